"""qtbot tests of the application shell: login, first run (welcome screen), navigation,
refusals, settings, backup, About, and the data folders the program refuses."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from kamura_desktop import __version__
from kamura_desktop import app as kamura_app
from kamura_desktop.services import audit, backup, settings, users
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.i18n import install_translator
from kamura_desktop.ui.shell.first_run import OPEN_DEMO, RESTORED, FirstRunDialog
from kamura_desktop.ui.shell.login import LoginDialog
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner
from tests.conftest import TEST_USERS  # noqa: E402  (the users the actors fixture made)

from .helpers import MessageBoxWatcher


def make_window(qtbot, db, actor, *, backup_on_close=False) -> MainWindow:
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx, backup_on_close=backup_on_close)
    qtbot.addWidget(window)
    window.show()
    return window


def login_dialog(qtbot, db) -> LoginDialog:
    dlg = LoginDialog(db, coop_name="Koperasi Uji")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_login_with_the_right_password_gives_the_user(qtbot, db, actors):
    dlg = login_dialog(qtbot, db)
    qtbot.keyClicks(dlg.username, "bendahara")
    qtbot.keyClicks(dlg.password, TEST_USERS["bendahara"][1])
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.role == "bendahara"
    assert dlg.actor.username == "bendahara"


def test_wrong_password_stays_on_the_dialog_with_a_message_and_no_hint(qtbot, db, actors):
    dlg = login_dialog(qtbot, db)
    qtbot.keyClicks(dlg.username, "ketua")
    qtbot.keyClicks(dlg.password, "salah-sekali")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.actor is None
    assert dlg.error.text() == users.WRONG_CREDENTIALS
    assert dlg.password.text() == ""  # cleared for the next try
    # an unknown name gets exactly the same words
    dlg.username.setText("tidakada")
    qtbot.keyClicks(dlg.password, "apa-saja1")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.error.text() == users.WRONG_CREDENTIALS


def test_five_wrong_passwords_lock_the_name(qtbot, db, actors):
    dlg = login_dialog(qtbot, db)
    for _ in range(5):
        dlg.username.setText("petugas")
        dlg.password.setText("keliru-terus")
        dlg.try_login()
    dlg.username.setText("petugas")
    dlg.password.setText(TEST_USERS["petugas"][1])  # the right one, but locked now
    dlg.try_login()
    assert dlg.actor is None
    assert "Terlalu banyak percobaan" in dlg.error.text()


def test_navigation_shows_each_book_and_the_status_bar(qtbot, db, actors):
    window = make_window(qtbot, db, actors["petugas"])
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Anggota", "Lender", "Kelompok & Kredit", "Angsuran", "Evaluasi", "Laporan",
                      "Pengaturan"]
    for row, key in enumerate(window.pages):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget() is window.pages[key]
        assert window.stack.currentWidget().objectName() == f"page_{key}"
    assert "Uji Petugas (Petugas)" in window.user_label.text()
    assert db.path.name in window.db_label.text() and window.db_label.toolTip() == str(db.path)
    assert "belum pernah" in window.backup_label.text()


def test_a_clerk_is_refused_restore_with_a_clear_message_and_nothing_changes(qtbot, db, actors, tmp_path):
    other = tmp_path / "lain.sqlite"
    backup.backup_database(db, actor=actors["admin"], to=other)
    before = len(audit.list_audit(db, actor=actors["admin"], limit=1000))
    window = make_window(qtbot, db, actors["petugas"])
    watcher = MessageBoxWatcher()
    window.restore_from_file(str(other))
    qtbot.waitUntil(lambda: len(watcher.seen) > 0, timeout=3000)
    watcher.stop()
    title, text = watcher.seen[0]
    assert title == "Tidak diizinkan"
    assert "tidak berhak memulihkan database" in text and "Admin" in text
    assert window.ctx.db is db  # the database was not closed or swapped
    assert len(audit.list_audit(db, actor=actors["admin"], limit=1000)) == before


def test_settings_are_read_only_for_a_clerk(qtbot, db, actors):
    window = make_window(qtbot, db, actors["petugas"])
    page = window.pages["pengaturan"]
    assert page.fields["name"].isReadOnly()
    assert not page.save_button.isEnabled()
    assert "hanya dapat dilihat" in page.notice.text()


def test_chair_saves_the_profile_and_the_window_title_follows(qtbot, db, actors):
    window = make_window(qtbot, db, actors["ketua"])
    window.go_to("pengaturan")
    page = window.pages["pengaturan"]
    page.fields["name"].clear()
    qtbot.keyClicks(page.fields["name"], "Koperasi Mukti Rahayu")
    page.fields["founded_year"].setText("2018")
    watcher = MessageBoxWatcher()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(watcher.seen) > 0, timeout=3000)
    watcher.stop()
    assert settings.get_profile(db).name == "Koperasi Mukti Rahayu"
    assert settings.get_profile(db).founded_year == 2018
    assert window.windowTitle().endswith("Koperasi Mukti Rahayu")


def test_a_bad_profile_shows_the_error_next_to_the_field_and_saves_nothing(qtbot, db, actors):
    window = make_window(qtbot, db, actors["ketua"])
    page = window.pages["pengaturan"]
    before = settings.get_profile(db)
    page.fields["phone"].setText("0812-1111-2222")
    page.fields["name"].setText("   ")
    page.save()
    err: QLabel = page.errors.labels["name"]
    assert not err.isHidden() and err.text() == "Nama koperasi wajib diisi."
    assert settings.get_profile(db) == before  # the phone was not saved either
    page.fields["name"].setText("Koperasi Uji")
    page.fields["founded_year"].setText("dua ribu")
    page.save()
    assert "harus angka" in page.errors.labels["founded_year"].text()
    assert settings.get_profile(db) == before


def test_backup_now_from_the_menu_runs_off_the_ui_thread_and_updates_the_status(qtbot, db, actors):
    window = make_window(qtbot, db, actors["petugas"])
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: backup.last_backup_at(db) is not None, timeout=5000)
    qtbot.waitUntil(lambda: "belum pernah" not in window.backup_label.text(), timeout=3000)
    files = backup.list_backups(db.path.parent / "cadangan")
    assert len(files) == 1 and files[0].stat().st_size > 0


def test_closing_the_window_makes_an_automatic_backup(qtbot, db, actors):
    window = make_window(qtbot, db, actors["bendahara"], backup_on_close=True)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert len(backup.list_backups(db.path.parent / "cadangan")) == 1


def test_admin_restores_a_backup_through_the_menu(qtbot, db, actors, tmp_path):
    saved = tmp_path / "simpan.sqlite"
    backup.backup_database(db, actor=actors["admin"], to=saved)
    settings.update_profile(db, actor=actors["admin"], name="Nama Setelah Cadangan")
    window = make_window(qtbot, db, actors["admin"])
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    window.restore_from_file(str(saved))
    qtbot.waitUntil(lambda: any("dipulihkan" in t for t in watcher.texts), timeout=8000)
    watcher.stop()
    assert window.ctx.db is not db
    assert settings.get_profile(window.ctx.db).name != "Nama Setelah Cadangan"
    assert window.windowTitle().endswith(settings.get_profile(window.ctx.db).name)
    window.ctx.db.close()


def first_run(qtbot, db) -> FirstRunDialog:
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_first_run_creates_the_admin(qtbot, db):
    dlg = first_run(qtbot, db)
    dlg.full_name.setText("Ibu Admin")
    dlg.password.setText("rahasia1")
    dlg.password2.setText("beda-sekali")
    dlg.create_admin()
    assert "tidak sama" in dlg.errors.labels["password2"].text()
    assert users.user_count(db) == 0
    dlg.password2.setText("rahasia1")
    dlg.create_admin()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.role == "admin"
    assert [u.username for u in users.list_users(db)] == ["admin"]


def test_welcome_screen_offers_three_ways_in_indonesian(qtbot, db):
    dlg = first_run(qtbot, db)
    assert dlg.windowTitle() == "Selamat datang di Kamura Desktop"
    assert dlg.stack.currentIndex() == 0
    assert [b.text() for b in (dlg.new_button, dlg.demo_button, dlg.restore_button)] == [
        "Koperasi baru", "Buka koperasi contoh", "Pulihkan dari cadangan…"]
    assert str(db.path) in " ".join(w.text() for w in dlg.findChildren(QLabel))
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    assert dlg.stack.currentIndex() == 1 and dlg.profile_fields["name"].isVisible()
    assert dlg.language.currentData() == "id"  # Indonesian unless chosen otherwise


def test_first_run_saves_the_profile_the_admin_and_the_language(qtbot, db):
    dlg = first_run(qtbot, db)
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    dlg.profile_fields["name"].setText("Koperasi Sinar Tani")
    dlg.profile_fields["short_name"].setText("KST")
    dlg.profile_fields["village"].setText("Mekarmukti")
    dlg.profile_fields["regency"].setText("Bandung Barat")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.full_name.setText("Ibu Admin")
    qtbot.keyClicks(dlg.password, "rahasia-123")
    qtbot.keyClicks(dlg.password2, "rahasia-123")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    profile = settings.get_profile(db)
    assert (profile.name, profile.short_name, profile.village, profile.regency) == (
        "Koperasi Sinar Tani", "KST", "Mekarmukti", "Bandung Barat")
    assert settings.get_setting(db, "ui.language") == "en"
    assert dlg.actor.username == "admin" and dlg.actor.role == "admin"


def test_first_run_with_an_empty_name_saves_nothing_and_says_where(qtbot, db):
    dlg = first_run(qtbot, db)
    dlg.stack.setCurrentIndex(1)
    dlg.profile_fields["name"].setText("   ")
    dlg.full_name.setText("Ibu Admin")
    dlg.password.setText("rahasia-123")
    dlg.password2.setText("rahasia-123")
    dlg.create_admin()
    err = dlg.errors.labels["name"]
    assert not err.isHidden() and err.text() == "Nama koperasi wajib diisi."
    assert users.user_count(db) == 0
    assert dlg.result() != QDialog.DialogCode.Accepted
    # corrected, the same press works (the profile was checked before the admin was made)
    dlg.profile_fields["name"].setText("Koperasi Uji")
    dlg.create_admin()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert users.user_count(db) == 1


def test_first_run_opens_the_demo_on_request(qtbot, db):
    dlg = first_run(qtbot, db)
    qtbot.mouseClick(dlg.demo_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == OPEN_DEMO
    assert users.user_count(db) == 0


def test_first_run_restores_the_books_from_a_backup(qtbot, db, actors, tmp_path):
    saved = tmp_path / "cadangan-lama.sqlite"
    backup.backup_database(db, actor=actors["admin"], to=saved)
    db.close()
    from kamura_desktop.services.setup import open_books

    empty = open_books(tmp_path / "baru" / "kamura.sqlite")
    dlg = first_run(qtbot, empty)
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    dlg.restore_from_file(str(saved))
    qtbot.waitUntil(lambda: dlg.result() == RESTORED, timeout=15_000)
    watcher.stop()
    assert any("cadangan-lama.sqlite" in t for t in watcher.texts)  # asked first
    assert dlg.db is not empty
    try:
        assert users.user_count(dlg.db) == len(TEST_USERS)
        assert dlg.db.path == tmp_path / "baru" / "kamura.sqlite"
    finally:
        dlg.db.close()


def test_first_run_refuses_a_file_that_is_not_a_backup_and_keeps_going(qtbot, db, tmp_path):
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"bukan database" * 100)
    dlg = first_run(qtbot, db)
    watcher = MessageBoxWatcher()
    dlg.restore_from_file(str(junk), ask=False)
    qtbot.waitUntil(lambda: len(watcher.seen) > 0, timeout=15_000)
    watcher.stop()
    assert "bukan database Kamura" in watcher.texts[0]
    assert dlg.isEnabled() and dlg.result() != RESTORED
    assert users.user_count(dlg.db) == 0  # the empty database is open again, unharmed
    dlg.db.close()


def test_about_dialog_names_version_cooperative_and_database(qtbot, db, actors):
    window = make_window(qtbot, db, actors["petugas"])
    help_menu = window.menuBar().actions()[-1]
    assert help_menu.text() == "&Bantuan"
    assert window.about_action in help_menu.menu().actions()
    about = window.about_dialog()
    qtbot.addWidget(about)
    assert about.windowTitle() == "Tentang Kamura Desktop"
    assert about.facts["version"].text() == __version__
    assert about.facts["cooperative"].text() == settings.get_profile(db).name
    assert about.facts["database"].text() == str(db.path)
    assert about.facts["python"].text().startswith(platform.python_version())
    assert about.facts["qt"].text().startswith(qVersion())
    assert "Koperasi Awilarangan Mukti Rahayu" in about.facts["licence"].text()
    about.copy_details()
    assert f"version: {__version__}" in QGuiApplication.clipboard().text()


@pytest.fixture
def app_state():
    """app.main() styles the whole QApplication: put it back for the next tests."""
    app = QApplication.instance()
    sheet, font = app.styleSheet(), app.font()
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


def test_the_program_refuses_a_data_folder_on_a_removed_usb_drive(qtbot, tmp_path, app_state):
    gone = tmp_path / "media" / "FLASHDISK" / "kamura.sqlite"
    watcher = MessageBoxWatcher()
    assert kamura_app.main(["--db", str(gone)]) == 1
    watcher.stop()
    assert len(watcher.texts) == 1
    assert "tidak ditemukan" in watcher.texts[0] and "flashdisk" in watcher.texts[0]
    assert not (tmp_path / "media").exists()  # nothing made on the wrong disk


def test_the_program_refuses_a_folder_it_cannot_write(qtbot, tmp_path, app_state):
    blocker = tmp_path / "Kamura"
    blocker.write_text("berkas, bukan folder")
    watcher = MessageBoxWatcher()
    assert kamura_app.main(["--db", str(blocker / "kamura.sqlite")]) == 1
    watcher.stop()
    assert "tidak dapat dipakai" in watcher.texts[0]
    assert blocker.read_text() == "berkas, bukan folder"


def test_english_is_selectable_through_qt_translations(qtbot, db, actors):
    app = QCoreApplication.instance()
    try:
        assert install_translator(app, "en")
        window = make_window(qtbot, db, actors["ketua"])
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels == ["Members", "Lenders", "Groups & Credit", "Repayments", "Evaluation",
                          "Reports", "Settings"]
        assert window.user_label.text().startswith("User: ")
    finally:
        install_translator(app, "id")


def test_main_window_grab_renders(qtbot, db, actors, tmp_path):
    window = make_window(qtbot, db, actors["ketua"])
    window.resize(1100, 720)
    window.go_to("pengaturan")
    out = tmp_path / "shell.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000




def test_chair_chooses_the_kolektibilitas_rule_set_in_settings(qtbot, db, actors):
    window = make_window(qtbot, db, actors["ketua"])
    page = window.pages["pengaturan"]
    assert page.kol_rule_set.currentData() == "pojk40"  # the default
    page.kol_rule_set.setCurrentIndex(page.kol_rule_set.findData("pnpm"))
    watcher = MessageBoxWatcher()
    page.save()
    qtbot.waitUntil(lambda: len(watcher.seen) > 0, timeout=3000)
    watcher.stop()
    assert settings.get_setting(db, "credit.kol_rule_set") == "pnpm"

