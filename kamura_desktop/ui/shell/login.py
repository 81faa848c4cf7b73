"""The login dialog shown at start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor


class LoginDialog(QDialog):
    def __init__(self, db, *, coop_name: str, logo_png: bytes | None = None,
                 hint: str | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — Kamura Desktop"))
        self.setMinimumWidth(420)

        head = QHBoxLayout()
        if logo_png:
            pix = QPixmap()
            pix.loadFromData(logo_png)
            logo = QLabel()
            logo.setPixmap(pix.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
            head.addWidget(logo)
        please = self.tr("Silakan masuk dengan akun Anda.")
        title = QLabel(f"<b>{coop_name}</b><br>{please}")
        title.setObjectName("loginTitle")
        head.addWidget(title, 1)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)

        self.hint = QLabel(hint or "")
        self.hint.setObjectName("pageHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = users.authenticate(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
