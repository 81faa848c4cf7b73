"""First start on an empty database: create the admin user, or open the demo cooperative."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor

from ..widgets import FieldErrors

OPEN_DEMO = 2  # dialog result: the user chose the demo cooperative


class FirstRunDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Selamat datang di Kamura Desktop"))
        self.setMinimumWidth(480)

        intro = QLabel(self.tr(
            "Database ini masih kosong. Buat akun admin untuk mulai, atau buka koperasi "
            "contoh untuk mencoba program."))
        intro.setWordWrap(True)

        self.errors = FieldErrors()
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Nama pengguna admin"), self.username, "username")
        self.errors.add_row(form, self.tr("Nama lengkap"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Kata sandi"), self.password, "password")
        self.errors.add_row(form, self.tr("Ulangi kata sandi"), self.password2, "password2")

        self.create_button = QPushButton(self.tr("Buat admin dan mulai"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_admin)
        self.demo_button = QPushButton(self.tr("Buka koperasi contoh"))
        self.demo_button.clicked.connect(lambda: self.done(OPEN_DEMO))
        quit_button = QPushButton(self.tr("Keluar"))
        quit_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        row.addWidget(quit_button)
        row.addWidget(self.create_button)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addLayout(row)

    def create_admin(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password2.text():
            self.errors.show("password2", self.tr("Kedua kata sandi tidak sama."))
            return
        try:
            users.create_user(self.db, actor=Actor.system(), username=self.username.text(),
                              full_name=self.full_name.text(), role="admin",
                              password=self.password.text())
            self.actor = users.authenticate(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            if not self.errors.show(exc.field, exc.message):
                self.errors.show("username", exc.message)
            return
        self.accept()
