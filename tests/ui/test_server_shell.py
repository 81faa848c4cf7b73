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


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_first_run_connects_to_the_office_server(qtbot, db, tmp_path, monkeypatch):
    """The welcome screen's fourth way: the server fields, *Uji sambungan* in Indonesian,
    and the location remembered without its password."""
    from PySide6.QtCore import Qt

    from kamura_desktop.ui.shell.first_run import SERVER, FirstRunDialog
    from tests import pg

    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path))  # the remembered server: this test's
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.server_button.text() == "Sambungkan ke server kantor"
    qtbot.mouseClick(dlg.server_button, Qt.MouseButton.LeftButton)
    assert dlg.stack.currentIndex() == 2
    f = dlg.server_fields
    f["host"].setText("127.0.0.1")
    f["port"].setText("1")
    qtbot.mouseClick(dlg.test_server_button, Qt.MouseButton.LeftButton)
    assert "tidak dapat dihubungi" in dlg.server_result.text()
    f["port"].setText("54x")
    qtbot.mouseClick(dlg.test_server_button, Qt.MouseButton.LeftButton)
    assert dlg.server_result.text() == "Port harus angka (biasanya 5432)."
    dlg.grab().save(str(tmp_path / "first-run-server.png"))

    location = pg.new_database(empty=True)
    try:
        # the test server listens on a socket folder: give it as the host, as libpq allows
        f["host"].setText(pg.socket_dir())
        f["port"].setText("")
        f["database"].setText(location.rsplit("/", 1)[1].split("?", 1)[0])
        f["user"].setText("postgres")
        f["password"].setText("rahasia-kantor")
        qtbot.mouseClick(dlg.test_server_button, Qt.MouseButton.LeftButton)
        assert "database kosong" in dlg.server_result.text()
        qtbot.mouseClick(dlg.connect_server_button, Qt.MouseButton.LeftButton)
        assert dlg.result() == SERVER
        saved = connection.saved_location()
        assert saved is not None and "rahasia" not in saved
        assert (connection.saved_location() or "").startswith("postgresql+psycopg://postgres@")
    finally:
        pg.drop_database(location)
