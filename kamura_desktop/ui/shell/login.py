"""The login dialog shown at start.

It is the first window of a start (issue 20) and may be shown before the books are open:
``LoginDialog(None, …)`` while ``app.main`` opens them on a worker thread, then
:meth:`LoginDialog.books_ready` hands them over. Masuk pressed before that waits for them
("Menyiapkan buku…" on the button, the fields held) and checks the password as soon as they
are there; the window never freezes. This module imports Qt only: the password is checked by
``services.users``, imported when the first check runs (by then the worker has imported it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from kamura_desktop.services.actor import Actor


class LoginDialog(QDialog):
    def __init__(self, db, *, coop_name: str, logo_png: bytes | None = None,
                 hint: str | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        #: Masuk was pressed before the books were ready: check the password when they are
        self.waiting = False
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
        self.masuk_text = self.tr("Masuk")
        self.ok_button = buttons.addButton(self.masuk_text, QDialogButtonBox.ButtonRole.AcceptRole)
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
        if self.db is None:  # the books are still being opened: wait for them, held
            self._hold(True)
            return
        from kamura_desktop.services import users

        try:
            self.actor = users.authenticate(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def books_ready(self, db) -> None:
        """The books are open: a press that waited for them is checked now."""
        self.db = db
        if self.waiting:
            self._hold(False)
            self.try_login()

    def _hold(self, waiting: bool) -> None:
        """The waiting state: the button says so and nothing can be changed meanwhile (what
        was typed is what gets checked); Keluar stays available."""
        self.waiting = waiting
        self.ok_button.setText(self.tr("Menyiapkan buku…") if waiting else self.masuk_text)
        for widget in (self.ok_button, self.username, self.password):
            widget.setEnabled(not waiting)
        if waiting:
            self.error.hide()
        # the button's new width now, not at the next event
        self.ok_button.parentWidget().layout().activate()
        self.layout().activate()
