"""Pengaturan → Pengguna: the admin adds users with a role, resets a password (the user picks
a new one at the next login), unlocks a locked name and deactivates a user (never deletes:
their audit rows stay). Every change is a call of services/users.py (audit row, tamper seal).
Also the dialog in which every user changes their own password (Berkas → Ganti kata sandi)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.roles import ROLE_LABELS, ROLES
from kamura_desktop.services import users
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.permissions import allowed
from kamura_desktop.services.users import UserDTO

from ..widgets import FieldErrors


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _buttons(dialog: QDialog, ok_text: str, ok) -> QHBoxLayout:
    ok_button = QPushButton(ok_text)
    ok_button.setObjectName("ok")
    ok_button.setDefault(True)
    ok_button.clicked.connect(ok)
    cancel = QPushButton(dialog.tr("Batal"))
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(ok_button)
    row.addWidget(cancel)
    return row


class _FormDialog(QDialog):
    """A small form whose refusals show under their field; nothing saved on a refusal."""

    def __init__(self, ctx, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.result = None

    def finish_layout(self, intro: str, ok_text: str) -> None:
        lay = QVBoxLayout(self)
        if intro:
            hint = QLabel(intro)
            hint.setObjectName("pageHint")
            hint.setWordWrap(True)
            lay.addWidget(hint)
        lay.addLayout(self.form)
        lay.addWidget(self.general_error)
        lay.addLayout(_buttons(self, ok_text, self.submit))

    def run(self, write, **kwargs) -> bool:
        self.errors.clear()
        self.general_error.hide()
        outcome = self.ctx.perform(write, source=self, errors=self.errors,
                                   general=self.general_error, **kwargs)
        if outcome is None:
            return False
        self.result = outcome.value
        self.accept()
        return True

    def submit(self) -> bool:
        raise NotImplementedError


class AddUserDialog(_FormDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Tambah pengguna"), parent)
        self.setObjectName("addUserDialog")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        self.password = _password_edit("password")
        self.errors.add_row(self.form, self.tr("Nama pengguna *"), self.username, "username")
        self.errors.add_row(self.form, self.tr("Nama lengkap *"), self.full_name, "full_name")
        self.errors.add_row(self.form, self.tr("Peran *"), self.role, "role")
        self.errors.add_row(self.form, self.tr("Kata sandi awal *"), self.password, "password")
        self.finish_layout(self.tr(
            "Berikan kata sandi awal kepada pengguna; ia wajib menggantinya saat pertama masuk."),
            self.tr("Tambah"))

    def submit(self) -> bool:
        return self.run(users.create_user, username=self.username.text(),
                        full_name=self.full_name.text(), role=self.role.currentData(),
                        password=self.password.text(), must_change_password=True)


class ResetPasswordDialog(_FormDialog):
    def __init__(self, ctx, user: UserDTO, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Atur ulang kata sandi {name}").format(name=user.username),
                         parent)
        self.setObjectName("resetPasswordDialog")
        self.user = user
        self.password = _password_edit("password")
        self.errors.add_row(self.form, self.tr("Kata sandi sementara *"), self.password,
                            "password")
        self.finish_layout(self.tr(
            "{name} wajib mengganti kata sandi sementara ini saat masuk berikutnya. Kunci karena "
            "salah kata sandi ikut dibuka.").format(name=user.full_name), self.tr("Atur ulang"))

    def submit(self) -> bool:
        return self.run(users.reset_password, username=self.user.username,
                        new_password=self.password.text())


class ChangeOwnPasswordDialog(_FormDialog):
    """Every user, from Berkas → Ganti kata sandi; forced after the admin's reset."""

    def __init__(self, ctx, *, forced: bool = False, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Ganti kata sandi"), parent)
        self.setObjectName("changePasswordDialog")
        self.old = _password_edit("old_password")
        self.new = _password_edit("new_password")
        self.again = _password_edit("again")
        self.errors.add_row(self.form, self.tr("Kata sandi lama *"), self.old, "old_password")
        self.errors.add_row(self.form, self.tr("Kata sandi baru *"), self.new, "new_password")
        self.errors.add_row(self.form, self.tr("Ulangi kata sandi baru *"), self.again, "again")
        intro = (self.tr("Admin telah mereset kata sandi Anda. Pilih kata sandi baru sebelum "
                         "melanjutkan.") if forced else "")
        self.finish_layout(intro, self.tr("Simpan kata sandi"))

    def submit(self) -> bool:
        if self.new.text() != self.again.text():
            self.errors.clear()
            self.errors.show("again", self.tr("Kata sandi baru dan ulangannya tidak sama."))
            return False
        return self.run(users.change_own_password, old_password=self.old.text(),
                        new_password=self.new.text())


class UsersSection(QGroupBox):
    """The list of users with what the admin can do to the selected one."""

    COLUMNS = ("username", "full_name", "role", "state")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Pengguna"))
        self.setObjectName("usersSection")
        self.ctx = ctx
        self.rows: list[UserDTO] = []
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"),
                                              self.tr("Peran"), self.tr("Keadaan")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.add_button = QPushButton(self.tr("Tambah pengguna…"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(lambda: self.add_user())
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(lambda: self.reset_selected())
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(lambda: self.unlock_selected())
        self.deactivate_button = QPushButton(self.tr("Nonaktifkan"))
        self.deactivate_button.setObjectName("deactivate")
        self.deactivate_button.clicked.connect(lambda: self.deactivate_selected())
        self.hint = QLabel(self.tr(
            "Setiap perubahan pengguna langsung tersimpan dan tercatat di jejak audit. Pengguna "
            "tidak pernah dihapus: yang berhenti dinonaktifkan, jejak auditnya tetap."))
        self.hint.setObjectName("pageHint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.unlock_button, self.deactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.reload()
        ctx.hub.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes, _source=None) -> None:
        if getattr(changes, "users", False):
            self.reload()

    def state_text(self, u: UserDTO) -> str:
        if not u.active:
            return self.tr("Nonaktif")
        parts = [self.tr("Aktif")]
        if u.is_locked():
            parts.append(self.tr("terkunci"))
        if u.must_change_password:
            parts.append(self.tr("wajib ganti kata sandi"))
        return ", ".join(parts)

    def reload(self) -> None:
        keep = self.selected()
        self.rows = users.list_users(self.ctx.db, actor=self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for r, u in enumerate(self.rows):
            for c, text in enumerate((u.username, u.full_name, u.role_label, self.state_text(u))):
                self.table.setItem(r, c, QTableWidgetItem(text))
            if keep is not None and u.id == keep.id:
                self.table.selectRow(r)
        self.update_buttons()

    def selected(self) -> UserDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_user(self, username: str) -> None:
        for r, u in enumerate(self.rows):
            if u.username == username:
                self.table.selectRow(r)
                return
        raise LookupError(username)

    def _set(self, button: QPushButton, why_not: str | None, tip: str) -> None:
        """Enabled, or disabled with the reason in the tooltip."""
        button.setEnabled(why_not is None)
        button.setToolTip(tip if why_not is None else why_not)

    def update_buttons(self) -> None:
        manage = allowed(self.ctx.actor, "users.manage")
        u = self.selected()
        no_right = self.tr("Hanya admin yang dapat mengelola pengguna.") if not manage else None
        pick = self.tr("Pilih pengguna di daftar dulu.")
        self._set(self.add_button, no_right, self.tr("Tambah pengguna dengan peran"))
        own = u is not None and u.id == self.ctx.actor.user_id
        self._set(self.reset_button, no_right or (pick if u is None else None) or (
            self.tr("Kata sandi Anda sendiri diganti lewat Berkas → Ganti kata sandi.")
            if own else None) or (self.tr("Pengguna ini nonaktif.") if not u.active else None),
            self.tr("Beri kata sandi sementara; wajib diganti saat masuk"))
        self._set(self.unlock_button, no_right or (pick if u is None else None) or (
            self.tr("Pengguna ini tidak sedang terkunci.") if not u.is_locked() else None),
            self.tr("Buka kunci setelah terlalu banyak salah kata sandi"))
        self._set(self.deactivate_button, no_right or (pick if u is None else None) or (
            self.tr("Anda tidak dapat menonaktifkan akun Anda sendiri.") if own else None) or (
            self.tr("Pengguna ini sudah nonaktif.") if not u.active else None),
            self.tr("Pengguna tidak dapat masuk lagi; jejak auditnya tetap"))

    def _open(self, dlg: QDialog) -> QDialog:
        self.dialog = dlg
        dlg.open()
        return dlg

    def add_user(self) -> AddUserDialog:
        return self._open(AddUserDialog(self.ctx, self))

    def reset_selected(self) -> ResetPasswordDialog | None:
        u = self.selected()
        return None if u is None else self._open(ResetPasswordDialog(self.ctx, u, self))

    def unlock_selected(self) -> bool:
        u = self.selected()
        return u is not None and self.ctx.perform(
            users.unlock_user, source=self, username=u.username) is not None

    def deactivate_selected(self) -> bool:
        u = self.selected()
        if u is None:
            return False
        answer = QMessageBox.question(self, self.tr("Nonaktifkan pengguna"), self.tr(
            "Nonaktifkan {name} ({username})? Ia tidak dapat masuk lagi; data dan jejak auditnya "
            "tetap tersimpan.").format(name=u.full_name, username=u.username))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.ctx.perform(users.deactivate_user, source=self,
                                username=u.username) is not None
