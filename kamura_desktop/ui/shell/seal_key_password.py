"""The restoring admin's password, asked when a server ``.dump`` is sealed with a key this PC
does not hold: the dump keeps that key wrapped with the password each admin had when it was
made (``seal_key_wraps``), so the restore opens it with this admin's. The password is never
stored; the service checks it (``server_backup.restore``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SealKeyPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, username: str, file_name: str,
                 refused: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kunci segel cadangan"))
        lay = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Cadangan ini disegel dengan kunci yang belum ada di komputer ini. Masukkan kata "
            "sandi Anda (pengguna {name}) untuk memasang kuncinya dari cadangan.").format(
                name=username))
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        note = QLabel(self.tr("Cadangan: {file}. Kata sandi yang dipakai saat cadangan itu dibuat. "
                              "Database server belum diubah.").format(file=file_name))
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi"), self.password)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(refused)
        if refused:
            self.error.setText(self.tr(
                "Kata sandi salah: kata sandi itu tidak membuka kunci di cadangan ini. Coba lagi "
                "dengan kata sandi Anda saat cadangan dibuat, atau Batal."))
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()

    def accept(self) -> None:
        if not self.password.text():
            self.error.setText(self.tr("Masukkan kata sandi Anda."))
            self.error.show()
            return
        super().accept()


def ask_seal_key_password(parent: QWidget | None, *, username: str, file_name: str,
                          refused: bool = False) -> str | None:
    """The admin's password, or None on Batal. ``refused``: the last one did not open the key."""
    dialog = SealKeyPasswordDialog(parent, username=username, file_name=file_name,
                                   refused=refused)
    return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
