"""The menu's restore on the office server of a ``.dump`` sealed with a key this PC does not
hold (issue 16): the service refuses it without the restoring admin's password (its wrap in
the dump holds the key). The app asks that admin for the password in a small dialog and
restores again with it; a wrong password is said in the dialog, which asks again; Batal
leaves the server database as it was, the refusal shown. A dump without a wrap for this admin
is refused as before, no password asked. On the real test server (tests/pg.py) with its own
pg_dump/pg_restore, each PC a data folder of its own (the dump made on "pc-lama")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamura_desktop.services import integrity, server_backup, settings, users
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.shell.seal_key_password import SealKeyPasswordDialog
from kamura_desktop.ui.tasks import TaskRunner
from tests import helpers_rawsql as rawsql
from tests import pg
from tests.conftest import TEST_USERS
from tests.helpers_rawsql import one
from tests.services.test_seal_key_recovery import _dump_of_books_sealed_on, _on_pc

from .helpers import MessageBoxWatcher

ON_SERVER = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
ADMIN, ADMIN_PASSWORD = TEST_USERS["admin"]


class PasswordAnswers:
    """Answers each seal-key password dialog that opens with the next of ``answers`` (None:
    Batal), recording what it said (its text, its error line) each time."""

    def __init__(self, answers: list[str | None]):
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SealKeyPasswordDialog) or not dialog.isVisible():
            return
        self.asked.append((dialog.intro.text(),
                           dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""))
        answer = self.answers.pop(0) if self.answers else None
        if answer is None:
            dialog.reject()
        else:
            dialog.password.setText(answer)
            dialog.accept()

    def stop(self) -> None:
        self.timer.stop()


def _file_id(where: str) -> str:
    return one(where, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]


def _count(where: str, action: str) -> int:
    return one(where, f"SELECT count(*) FROM audit_log WHERE action = '{action}'")[0]


def _kept_dumps() -> set[Path]:
    folder = server_backup.backup_dir()
    return set(folder.glob("*")) if folder.exists() else set()


def _restore_from_menu(qtbot, db, admin, dump, answers, *, until):
    """The admin's *Pulihkan dari cadangan* of ``dump``, confirmed, the password dialog
    answered with ``answers``; returns (window, the message boxes' texts, the dialogs)."""
    hub = SignalHub()
    ctx = AppContext(db=db, db_path=Path(db.label), actor=admin, hub=hub, tasks=TaskRunner())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    boxes = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    passwords = PasswordAnswers(answers)
    try:
        window.restore_from_file(str(dump))
        qtbot.waitUntil(lambda: until(boxes.texts) and window.isEnabled(), timeout=90_000)
    finally:
        boxes.stop()
        passwords.stop()
        hub.stop_following()
    return window, boxes.texts, passwords.asked


@ON_SERVER
def test_the_admins_password_is_asked_and_the_dump_restored_with_its_key(
        qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    admin = actors["admin"]
    office = db.location
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(tmp_path / "pc-lama", dump, monkeypatch)
    _on_pc(monkeypatch, data_dir)
    assert _file_id(office) != old_id
    kept_before = _kept_dumps()

    window, texts, asked = _restore_from_menu(
        qtbot, db, admin, dump, [ADMIN_PASSWORD], until=lambda t: any("dipulihkan" in x for x in t))
    try:
        assert len(asked) == 1 and asked[0][1] == ""  # asked once, no error shown
        assert "belum ada di komputer ini" in asked[0][0] and f"(pengguna {ADMIN})" in asked[0][0]
        assert not any("Kunci segel cadangan" in t for t in texts)  # no refusal shown
        assert any("untuk semua komputer kantor" in t for t in texts)  # the confirmation, once
        assert sum("untuk semua komputer kantor" in t for t in texts) == 1
        new_db = window.ctx.db
        assert new_db is not db and new_db.is_server  # the books reopened
        assert settings.get_profile(new_db) is not None
        assert _file_id(office) == old_id
        assert (data_dir / "kunci" / f"{old_id}.key").read_text() == \
            (tmp_path / "pc-lama" / "kunci" / f"{old_id}.key").read_text()
        assert _count(office, "seal.key_installed") == 1
        assert _count(office, "backup.restore") == 1
        # the current contents dumped once: by the restore that went through, not the refused
        kept = _kept_dumps() - kept_before
        assert len(kept) == 1 and next(iter(kept)).name.startswith("kamura-server-sebelum-pulih")
        summary = one(office, "SELECT summary FROM audit_log WHERE action = 'seal.key_installed'")[0]
        assert old_id in summary and ADMIN in summary and dump.name in summary
        report = integrity.check_server_database(office)
        assert report.ok, report.problems
    finally:
        if window.ctx.db is not db:
            window.ctx.db.close()


@ON_SERVER
def test_a_wrong_password_is_said_and_batal_leaves_the_server_database_unchanged(
        qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    admin = actors["admin"]
    office = db.location
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(tmp_path / "pc-lama", dump, monkeypatch)
    _on_pc(monkeypatch, data_dir)
    before = rawsql.fingerprint(office)
    kept_before = _kept_dumps()

    window, texts, asked = _restore_from_menu(
        qtbot, db, admin, dump, ["bukan-sandinya", None],
        until=lambda t: any("Kunci segel cadangan" in x for x in t))
    assert window.ctx.db is db
    assert len(asked) == 2
    assert asked[0][1] == ""
    assert "salah" in asked[1][1] and "tidak membuka" in asked[1][1]  # the second time: said
    refusal = next(t for t in texts if "Kunci segel cadangan" in t)  # Batal: the refusal stays
    assert old_id in refusal and "Tidak ada yang diubah" in refusal
    assert not any("dipulihkan dari" in t for t in texts)
    assert rawsql.fingerprint(office) == before  # row counts and every row's hash
    assert _kept_dumps() == kept_before  # not even the current contents were dumped
    assert not (data_dir / "kunci" / f"{old_id}.key").exists()
    assert _file_id(office) != old_id


@ON_SERVER
def test_a_dump_without_a_wrap_for_this_admin_is_refused_without_asking(
        qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    admin = actors["admin"]
    office = db.location
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(tmp_path / "pc-lama", dump, monkeypatch, keep_wraps=False)
    _on_pc(monkeypatch, data_dir)
    before = rawsql.fingerprint(office)

    window, texts, asked = _restore_from_menu(
        qtbot, db, admin, dump, [ADMIN_PASSWORD],
        until=lambda t: any("Kunci segel cadangan" in x for x in t))
    assert asked == []  # no password asked: it would open nothing
    refusal = next(t for t in texts if "Kunci segel cadangan" in t)
    assert old_id in refusal and "tidak menyimpan kuncinya untuk admin mana pun" in refusal
    assert window.ctx.db is db
    assert rawsql.fingerprint(office) == before
    assert not (data_dir / "kunci" / f"{old_id}.key").exists()


@ON_SERVER
def test_another_admin_is_told_who_holds_a_wrap_without_being_asked(
        qtbot, db, actors, data_dir, tmp_path, monkeypatch):
    """The dump holds a wrap for the admin of that day only: a second admin, logged in here,
    is not asked for a password that could open nothing; the refusal names who can do it."""
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    office = db.location
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(tmp_path / "pc-lama", dump, monkeypatch)
    _on_pc(monkeypatch, data_dir)
    users.create_user(db, actor=actors["admin"], username="wawan", full_name="Wawan Admin Dua",
                      role="admin", password="sandi-wawan-2")
    second = users.authenticate(db, "wawan", "sandi-wawan-2")
    before = rawsql.fingerprint(office)

    window, texts, asked = _restore_from_menu(
        qtbot, db, second, dump, ["sandi-wawan-2"],
        until=lambda t: any("Kunci segel cadangan" in x for x in t))
    assert asked == []
    refusal = next(t for t in texts if "Kunci segel cadangan" in t)
    assert old_id in refusal and f"({ADMIN})" in refusal and "wawan" not in refusal
    assert window.ctx.db is db
    assert rawsql.fingerprint(office) == before
    assert not (data_dir / "kunci" / f"{old_id}.key").exists()
