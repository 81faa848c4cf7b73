"""The backup passphrase: asked twice when an encrypted backup is made, once when an
encrypted backup is restored. The passphrase is never stored; the service checks it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import backup


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, confirm: bool, file_name: str = ""):
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(self.tr("Kata sandi cadangan"))
        lay = QVBoxLayout(self)
        if confirm:
            text = self.tr(
                "Cadangan ini dienkripsi: tanpa kata sandi ini isinya (termasuk NIK anggota) tidak "
                "dapat dibaca siapa pun — juga tidak oleh kantor sendiri bila kata sandinya "
                "lupa. Simpan kata sandi di tempat aman, terpisah dari flashdisk.")
        else:
            text = self.tr("Cadangan {name} terenkripsi. Masukkan kata sandi cadangannya.").format(
                name=file_name)
        intro = QLabel(text)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi cadangan"), self.passphrase)
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            form.addRow(self.tr("Ulangi kata sandi"), self.again)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        value = self.passphrase.text()
        if self.confirm:
            try:
                backup.check_passphrase(value)
            except UserError as exc:
                return self._show(exc.message)
            if self.again.text() != value:
                return self._show(self.tr("Kedua kata sandi tidak sama."))
        elif not value:
            return self._show(self.tr("Masukkan kata sandi cadangan."))
        super().accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def ask_passphrase(parent: QWidget | None, *, confirm: bool, file_name: str = "") -> str | None:
    dialog = PassphraseDialog(parent, confirm=confirm, file_name=file_name)
    return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def backup_filter() -> str:
    """The file filter of every restore dialog: plain and encrypted backups."""
    return QCoreApplication.translate("PassphraseDialog",
                                      "Cadangan Kamura (*.sqlite *.enc);;Semua berkas (*)")
