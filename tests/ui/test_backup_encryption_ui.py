"""Issue 21 item 8 in the app: the Settings option to encrypt backups copied off the PC,
the passphrase asked twice when such a backup is made and once when it is restored."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamura_desktop.services import backup, settings
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.settings.page import SettingsPage
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.shell.passphrase import PassphraseDialog
from kamura_desktop.ui.tasks import TaskRunner

from .helpers import MessageBoxWatcher

PHRASE = "padi-menguning-2024"


def context(db, actor) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())


def answer_passphrase(*answers: str) -> list[str]:
    """Type into the next passphrase dialog(s) as a user would; returns the errors shown."""
    errors: list[str] = []
    pending = list(answers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and pending:
            first, again = pending.pop(0).split("|") if "|" in pending[0] else (pending.pop(0), "")
            dialog.passphrase.setText(first)
            dialog.again.setText(again)
            dialog.accept()
            if dialog.isVisible():
                errors.append(dialog.error.text())
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return errors


def test_settings_page_saves_the_encryption_option(qtbot, db, actors):
    page = SettingsPage(context(db, actors["admin"]))
    qtbot.addWidget(page)
    page.show()
    assert not page.backup_encrypt.isChecked()
    qtbot.mouseClick(page.backup_encrypt, Qt.MouseButton.LeftButton)
    watcher = MessageBoxWatcher()
    page.save()
    watcher.stop()
    assert settings.get_setting(db, "backup.encrypt_copies") is True
    page.grab().save(str(db.path.parent / "pengaturan.png"))

    clerk = SettingsPage(context(db, actors["petugas"]))
    qtbot.addWidget(clerk)
    assert clerk.backup_encrypt.isChecked() and not clerk.backup_encrypt.isEnabled()


def test_encrypted_copy_from_the_menu_then_restored_with_its_passphrase(qtbot, db, actors,
                                                                       tmp_path):
    settings.update_settings(db, actor=actors["admin"], values={"backup.encrypt_copies": True})
    window = MainWindow(context(db, actors["admin"]), backup_on_close=False)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "flashdisk" / "kamura-cadangan.sqlite.enc"
    # a short one, then two that differ, then the same one twice
    errors = answer_passphrase("pendek|pendek", f"{PHRASE}|{PHRASE}x", f"{PHRASE}|{PHRASE}")
    watcher = MessageBoxWatcher()
    window.backup_to_file(str(target))
    qtbot.waitUntil(lambda: any("disimpan" in t for t in watcher.texts), timeout=10000)
    watcher.stop()
    assert errors == ["Kata sandi cadangan minimal 8 karakter.", "Kedua kata sandi tidak sama."]
    assert target.read_bytes().startswith(backup.ENC_MAGIC)

    settings.update_profile(db, actor=actors["admin"], name="Nama Setelah Cadangan")
    answer_passphrase(PHRASE)
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    window.restore_from_file(str(target))
    qtbot.waitUntil(lambda: any("dipulihkan" in t for t in watcher.texts), timeout=15000)
    watcher.stop()
    assert settings.get_profile(window.ctx.db).name != "Nama Setelah Cadangan"
    window.ctx.db.close()


def test_wrong_passphrase_in_the_app_is_a_clear_refusal(qtbot, db, actors, tmp_path):
    target = tmp_path / "c.sqlite.enc"
    backup.backup_database(db, actor=actors["admin"], to=target, passphrase=PHRASE)
    settings.update_profile(db, actor=actors["admin"], name="Tetap Sama")
    window = MainWindow(context(db, actors["admin"]), backup_on_close=False)
    qtbot.addWidget(window)
    window.show()
    answer_passphrase("bukan-kata-sandinya")
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    window.restore_from_file(str(target))
    qtbot.waitUntil(lambda: any("Kata sandi cadangan salah" in t for t in watcher.texts),
                    timeout=15000)
    watcher.stop()
    assert settings.get_profile(window.ctx.db).name == "Tetap Sama"
    window.ctx.db.close()


def test_passphrase_dialog_looks_right(qtbot, tmp_path):
    for confirm in (True, False):
        dialog = PassphraseDialog(confirm=confirm, file_name="kamura-cadangan.sqlite.enc")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.again.isVisible() is confirm
        dialog.grab().save(str(tmp_path / f"sandi-{confirm}.png"))


def test_the_books_themselves_are_never_read_as_the_logo(qtbot, db, actors):
    """Picking the open database as the logo is refused under the field, before a byte is
    read (reading it with open() would drop this program's locks on the books)."""
    page = SettingsPage(context(db, actors["admin"]))
    qtbot.addWidget(page)
    page.show()
    page.set_logo_file(db.path)
    shown = page.errors.labels["logo"]
    assert not shown.isHidden()
    assert "database SQLite" in shown.text() and "gambar logo" in shown.text()
    assert settings.get_setting(db, "profile.logo_blob_id") is None
