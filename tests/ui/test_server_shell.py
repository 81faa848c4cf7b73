"""The app on the office server: the status bar names the server (never the password),
closing makes no per-PC backup, and a SQLite file on a network drive is recognised. The
window runs on the real test server (tests/pg.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamura_desktop.services import connection
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_status_bar_names_the_server_and_closing_makes_no_file_backup(qtbot, db, actors,
                                                                      tmp_path):
    assert db.is_server
    ctx = AppContext(db=db, db_path=Path(db.label), actor=actors["bendahara"],
                     hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx, backup_on_close=True)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    text = window.db_label.text()
    assert text.startswith("Database: server ") and f"/{db.url.database} (postgres)" in text
    window.grab().save(str(tmp_path / "server-status.png"))
    # the automatic backup on closing belongs to the server PC (pg_dump): the window closes
    # at once, no copy made
    assert window.close()
    assert not window.isVisible()


def test_credentials_are_kept_under_the_location_without_its_password():
    url = "postgresql+psycopg://kasir:rahasia@192.168.1.10:5432/kamura"
    assert connection.credential_key(url) == "postgresql+psycopg://kasir@192.168.1.10:5432/kamura"
    assert connection.has_password(url)
    bare = "postgresql+psycopg://kasir@192.168.1.10:5432/kamura"
    assert not connection.has_password(bare)
    assert connection.with_password(bare, "s4ndi") == \
        "postgresql+psycopg://kasir:s4ndi@192.168.1.10:5432/kamura"


@pytest.mark.parametrize(("path", "network"), [
    (r"\\SERVER-KANTOR\data\kamura.sqlite", True),
    ("//server/data/kamura.sqlite", True),
    ("/home/kasir/kamura.sqlite", False),
])
def test_a_file_on_a_network_share_is_recognised(path, network):
    assert connection.is_network_path(path) is network
