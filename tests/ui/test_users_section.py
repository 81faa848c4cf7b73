"""Pengaturan → Pengguna as the admin uses it, and Berkas → Ganti kata sandi for everyone:
add a clerk with a role (a new password at the first login), reset, unlock, deactivate (the
row and the audit stay), and the buttons that cannot be used say why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import audit, users
from kamura_desktop.ui.settings.page import SettingsPage
from kamura_desktop.ui.settings.users import ChangeOwnPasswordDialog

from .helpers import MessageBoxWatcher
from .test_members_dialogs import make_ctx
from .test_shell import make_window


def settings_page(qtbot, db, actor) -> SettingsPage:
    page = SettingsPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_the_admin_adds_a_clerk_who_changes_the_password_at_the_first_login(qtbot, db, actors):
    page = settings_page(qtbot, db, actors["admin"])
    section = page.users_section
    assert section is not None and section.table.rowCount() == 4
    dlg = section.add_user()
    qtbot.keyClicks(dlg.username, "rina")
    qtbot.keyClicks(dlg.full_name, "Rina Marlina")
    dlg.role.setCurrentIndex(dlg.role.findData("petugas"))
    qtbot.keyClicks(dlg.password, "awal-123")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.result is not None and dlg.result.role == "petugas"
    assert section.table.rowCount() == 5
    row = [u.username for u in section.rows].index("rina")
    assert section.table.item(row, 3).text() == "Aktif, wajib ganti kata sandi"
    assert any(a.action == "user.create" and "rina" in a.summary
               for a in audit.list_audit(db, actor=actors["admin"], limit=20))

    rina = users.authenticate(db, "rina", "awal-123")
    window = make_window(qtbot, db, rina)
    forced = window.ask_password_change_if_due()
    assert isinstance(forced, ChangeOwnPasswordDialog)
    qtbot.keyClicks(forced.old, "awal-123")
    qtbot.keyClicks(forced.new, "rina-rahasia")
    qtbot.keyClicks(forced.again, "rina-rahasia")
    qtbot.keyClick(forced.again, Qt.Key.Key_Return)
    assert forced.result is not None
    assert users.authenticate(db, "rina", "rina-rahasia").user_id == rina.user_id
    assert window.ask_password_change_if_due() is None


def test_reset_unlock_and_deactivate_from_the_list(qtbot, db, actors):
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(UserError):
            users.authenticate(db, "petugas", "salah")
    page = settings_page(qtbot, db, actors["admin"])
    section = page.users_section
    section.select_user("petugas")
    assert "terkunci" in section.table.item(section.table.currentRow(), 3).text()
    assert section.unlock_button.isEnabled()
    assert section.unlock_selected()
    assert not section.unlock_button.isEnabled()
    assert section.unlock_button.toolTip() == "Pengguna ini tidak sedang terkunci."

    dlg = section.reset_selected()
    qtbot.keyClicks(dlg.password, "123")  # too short: said under the field, nothing saved
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert "minimal 6" in dlg.errors.labels["password"].text()
    dlg.password.setText("sementara1")
    assert dlg.submit()
    clerk = users.authenticate(db, "petugas", "sementara1")
    assert users.must_change_password(db, clerk.user_id)

    section.select_user("petugas")
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    try:
        assert section.deactivate_selected()
    finally:
        watcher.stop()
    assert "Nonaktifkan" in watcher.seen[0][0]
    row = [u.username for u in section.rows].index("petugas")
    assert section.table.item(row, 3).text() == "Nonaktif"  # still listed: never deleted
    assert not section.deactivate_button.isEnabled()
    assert section.deactivate_button.toolTip() == "Pengguna ini sudah nonaktif."
    with pytest.raises(UserError):
        users.authenticate(db, "petugas", "sementara1")

    section.select_user("admin")  # one's own row
    assert not section.deactivate_button.isEnabled()
    assert "sendiri" in section.deactivate_button.toolTip()
    assert "Berkas" in section.reset_button.toolTip()


def test_the_chair_sees_the_users_but_the_buttons_say_only_the_admin(qtbot, db, actors):
    page = settings_page(qtbot, db, actors["ketua"])
    section = page.users_section
    assert section is not None and section.table.rowCount() == 4
    section.select_user("petugas")
    for b in (section.add_button, section.reset_button, section.unlock_button,
              section.deactivate_button):
        assert not b.isEnabled()
        assert b.toolTip() == "Hanya admin yang dapat mengelola pengguna."
    assert settings_page(qtbot, db, actors["petugas"]).users_section is None


def test_every_user_changes_the_own_password_from_the_berkas_menu(qtbot, db, actors):
    window = make_window(qtbot, db, actors["bendahara"])
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "changePassword")
    assert action.text() == "Ganti kata sandi…"
    action.trigger()
    dlg = window.password_dialog
    dlg.old.setText("keliru")
    dlg.new.setText("baru-sandi1")
    dlg.again.setText("baru-sandi2")
    assert not dlg.submit()
    assert "tidak sama" in dlg.errors.labels["again"].text()
    dlg.again.setText("baru-sandi1")
    assert not dlg.submit()
    assert dlg.errors.labels["old_password"].text() == "Kata sandi lama salah."
    dlg.old.setText("bendahara-sandi1")
    assert dlg.submit()
    assert users.authenticate(db, "bendahara", "baru-sandi1").role == "bendahara"


def test_the_receipt_paper_is_a_setting(qtbot, db, actors):
    from kamura_desktop.services import settings

    page = settings_page(qtbot, db, actors["admin"])
    assert page.receipt_format.currentData() == "a6"
    assert page.receipt_format.count() == 4
    page.receipt_format.setCurrentIndex(page.receipt_format.findData("thermal_58"))
    watcher = MessageBoxWatcher()
    try:
        page.save()
    finally:
        watcher.stop()
    assert settings.get_setting(db, "print.receipt_format") == "thermal_58"
