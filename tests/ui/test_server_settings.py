"""Pengaturan → Database: which database is open (the file, or the server's host, port,
database and user — never the password), and the admin's *Salin ke server kantor…*: the
open file copied to an empty database on the real test server (tests/pg.py) through the
task runner, with its proof, and this PC pointed at the server for its next start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kamura_desktop.db.database import open_database
from kamura_desktop.services import connection, membership, savings, server_copy
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.settings.page import SettingsPage
from kamura_desktop.ui.tasks import TaskRunner
from tests import pg


def _page(qtbot, db, actor) -> SettingsPage:
    ctx = AppContext(db=db, db_path=Path(db.label) if db.is_server else db.path, actor=actor,
                     hub=SignalHub(), tasks=TaskRunner())
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    return page


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_settings_name_the_open_file_and_only_the_admin_may_copy_it(qtbot, db, actors,
                                                                    tmp_path):
    page = _page(qtbot, db, actors["admin"])
    page.grab().save(str(tmp_path / "settings-file.png"))
    section = page.database_section
    assert section.where.text() == f"Berkas {db.path}"
    assert section.copy_button.isVisible()
    clerk_page = _page(qtbot, db, actors["petugas"])
    clerk = clerk_page.database_section
    assert clerk.where.text() == f"Berkas {db.path}" and not clerk.copy_button.isVisible()


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_settings_name_the_server_without_the_password(qtbot, db, actors, tmp_path):
    page = _page(qtbot, db, actors["admin"])
    text = page.database_section.where.text()
    assert text == (f"Server kantor {pg.socket_dir()}:5432, database {db.url.database}, "
                    "pengguna postgres")
    assert "rahasia" not in text and "password" not in text.lower()
    assert not page.database_section.copy_button.isVisible()  # already on the server
    page.database_section.grab().save(str(tmp_path / "settings-server.png"))


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_the_admin_copies_the_file_to_the_office_server_with_progress(
        qtbot, db, actors, tmp_path, monkeypatch):
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path))  # where this PC remembers its server
    clerk = actors["petugas"]
    member = membership.register_member(db, actor=clerk, data=MemberInput(
        name="Siti Aminah", nik="3217144101800001", sex="P", joined_on=dt.date(2024, 1, 10),
        rt="1", rw="8", kampung="Babakan", trade="Pindang")).value.member.id
    savings.record_deposit(db, actor=clerk, member_id=member, kind="pokok", amount=50_000,
                           on_date=dt.date(2024, 1, 10))
    page = _page(qtbot, db, actors["admin"])
    location = pg.new_database(empty=True)
    try:
        dialog = page.database_section.copy_to_server()  # a child of the page: closed with it
        f = dialog.fields
        f["host"].setText(pg.socket_dir())
        f["port"].setText("")
        f["database"].setText(location.rsplit("/", 1)[1].split("?", 1)[0])
        f["user"].setText("postgres")
        f["password"].setText("rahasia-kantor")
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert dialog.task is not None and not dialog.copy_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.task.is_finished, timeout=120_000)
        assert dialog.report is not None, dialog.result.text()
        assert dialog.report.identical
        assert dialog.result.text().startswith("Sama persis")
        assert "BEDA" not in dialog.proof.toPlainText()
        assert "members" in dialog.proof.toPlainText()
        dialog.grab().save(str(tmp_path / "copy-to-server.png"))
        # the server holds the same books (opened without the seeders, which would add
        # their own audit row)
        server = open_database(location)
        try:
            assert server_copy.table_counts(server) == server_copy.table_counts(db)
            assert savings.balances(server, member).pokok == 50_000
        finally:
            server.close()
        saved = connection.saved_location()
        assert saved is not None and "rahasia" not in saved
        assert location.rsplit("/", 1)[1].split("?", 1)[0] in saved

        # a second copy into the now filled database is refused, nothing changed
        dialog.copy_button.setEnabled(True)
        dialog.report = None
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "tidak kosong" in dialog.result.text(), timeout=60_000)
    finally:
        pg.drop_database(location)
