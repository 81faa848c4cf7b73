"""First start on an empty database: the welcome screen.

Three ways in: set up a new cooperative (its profile and the admin user), open the demo
cooperative to try the program, or restore the books from a backup file (a new PC, a
reinstalled Windows). Indonesian by default; the language can be chosen for the new books.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.text import is_digits
from kamura_desktop.resources import resource
from kamura_desktop.services import backup, settings, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.locations import backup_dir_for
from kamura_desktop.services.setup import open_books

from ..messages import confirm, show_error
from ..tasks import TaskRunner
from ..widgets import FieldErrors
from .passphrase import ask_passphrase, backup_filter

OPEN_DEMO = 2  # dialog result: the user chose the demo cooperative
RESTORED = 3   # dialog result: the books were restored from a backup (``self.db`` reopened)
SERVER = 4     # dialog result: connect to the office server (``self.server_location``)

#: the profile fields asked for at the start (the rest are in Settings)
PROFILE_ROWS = ("name", "short_name", "address", "village", "district", "regency", "province")


class _Pages(QWidget):
    """Pages shown one at a time, the dialog as big as the page shown (a QStackedWidget
    is as big as its biggest page: the welcome page is short, the form is tall)."""

    currentChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - as QStackedWidget
        self._pages.append(page)
        self._lay.addWidget(page)
        if self._current < 0:
            self._current = 0
        else:
            page.hide()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if index == self._current:
            return
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        self._current = index
        self.currentChanged.emit(index)

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def currentWidget(self) -> QWidget:  # noqa: N802
        return self._pages[self._current]


class FirstRunDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.restore_note = ""
        self.tasks = TaskRunner(self)
        self.setObjectName("FirstRunDialog")
        self.setWindowTitle(self.tr("Selamat datang di Kamura Desktop"))
        self.setMinimumWidth(560)

        self.stack = _Pages()
        self.stack.addWidget(self._welcome_page())
        self.stack.addWidget(self._setup_page())
        self.stack.addWidget(self._server_page())
        self.server_location: str | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack)
        self.stack.currentChanged.connect(lambda _: self.adjustSize())

    # ------------------------------------------------------------ page 1: three ways in
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcomePage")
        head = QHBoxLayout()
        logo = QLabel()
        pix = QPixmap(str(resource("logo.png")))
        if not pix.isNull():
            logo.setPixmap(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
            head.addWidget(logo)
        title = QLabel(self.tr("Selamat datang di Kamura Desktop"))
        title.setObjectName("pageTitle")
        head.addWidget(title, 1)

        intro = QLabel(self.tr(
            "Database ini masih kosong. Pilih cara memulai. Data disimpan di komputer ini, "
            "di berkas {path}.").format(path=self.db.path))
        intro.setWordWrap(True)
        intro.setObjectName("pageHint")

        self.new_button = QCommandLinkButton(
            self.tr("Koperasi baru"),
            self.tr("Isi profil koperasi dan buat akun admin (pengelola program)."))
        self.new_button.setObjectName("newCooperative")
        self.new_button.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        self.demo_button = QCommandLinkButton(
            self.tr("Buka koperasi contoh"),
            self.tr("Koperasi Mekarmukti dengan anggota, kredit dan angsuran contoh, "
                    "untuk mencoba dan berlatih."))
        self.demo_button.setObjectName("openDemo")
        self.demo_button.clicked.connect(lambda: self.done(OPEN_DEMO))
        self.restore_button = QCommandLinkButton(
            self.tr("Pulihkan dari cadangan…"),
            self.tr("Pakai berkas cadangan dari komputer lama atau flashdisk."))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(lambda: self.restore_from_file())

        self.server_button = QCommandLinkButton(
            self.tr("Sambungkan ke server kantor"),
            self.tr("Beberapa komputer memakai satu database PostgreSQL di komputer kantor."))
        self.server_button.setObjectName("connectServer")
        self.server_button.clicked.connect(lambda: self.stack.setCurrentIndex(2))

        for button in (self.new_button, self.demo_button, self.restore_button,
                       self.server_button):
            # a dialog makes the focused push button its "default" (green, white text in
            # style.qss), which a command link cannot show: keep them plain cards
            button.setAutoDefault(False)
            button.setDefault(False)
        page.setStyleSheet(
            "QCommandLinkButton { background: white; border: 1px solid #c9d6d1;"
            " border-radius: 4px; padding: 6px; }"
            "QCommandLinkButton:hover, QCommandLinkButton:focus { border: 1px solid #12503f;"
            " background: #eef5f2; }")

        quit_button = QPushButton(self.tr("Keluar"))
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(quit_button)

        lay = QVBoxLayout(page)
        lay.addLayout(head)
        lay.addWidget(intro)
        lay.addSpacing(8)
        lay.addWidget(self.new_button)
        lay.addWidget(self.demo_button)
        lay.addWidget(self.restore_button)
        lay.addWidget(self.server_button)
        lay.addStretch(1)
        lay.addLayout(bottom)
        return page

    # ------------------------------------------------------------ page 3: the office server
    def _server_page(self) -> QWidget:
        from PySide6.QtWidgets import QFormLayout, QLineEdit

        page = QWidget()
        page.setObjectName("serverPage")
        title = QLabel(self.tr("Sambungkan ke server kantor"))
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr(
            "Isi alamat server PostgreSQL kantor. Kata sandi disimpan di pengelola kredensial "
            "Windows, tidak di berkas pengaturan. Panduan admin: docs/server-kantor.md."))
        hint.setWordWrap(True)
        hint.setObjectName("pageHint")
        self.server_fields = {
            "host": QLineEdit(), "port": QLineEdit("5432"), "database": QLineEdit("kamura"),
            "user": QLineEdit("kamura"), "password": QLineEdit()}
        self.server_fields["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.server_fields["host"].setPlaceholderText("192.168.1.10")
        form = QFormLayout()
        labels = {"host": self.tr("Alamat server"), "port": self.tr("Port"),
                  "database": self.tr("Nama database"), "user": self.tr("Pengguna"),
                  "password": self.tr("Kata sandi")}
        for key, field in self.server_fields.items():
            field.setObjectName(f"server_{key}")
            form.addRow(labels[key], field)
        self.server_result = QLabel("")
        self.server_result.setWordWrap(True)
        self.server_result.setObjectName("serverResult")
        self.test_server_button = QPushButton(self.tr("Uji sambungan"))
        self.test_server_button.setAutoDefault(False)
        self.test_server_button.clicked.connect(self.test_server)
        self.connect_server_button = QPushButton(self.tr("Sambungkan"))
        self.connect_server_button.setAutoDefault(False)
        self.connect_server_button.clicked.connect(self.connect_server)
        back = QPushButton(self.tr("Kembali"))
        back.setAutoDefault(False)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        bottom.addWidget(self.test_server_button)
        bottom.addWidget(self.connect_server_button)
        lay = QVBoxLayout(page)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.server_result)
        lay.addStretch(1)
        lay.addLayout(bottom)
        return page

    def _server_entry(self) -> str:
        from kamura_desktop.services import connection

        f = {k: w.text().strip() for k, w in self.server_fields.items()}
        if not f["host"] or not f["database"]:
            raise UserError(self.tr("Isi alamat server dan nama database."), field="host")
        if f["port"] and not is_digits(f["port"]):
            raise UserError(self.tr("Port harus angka (biasanya 5432)."), field="port")
        return connection.build_location(host=f["host"], port=f["port"], database=f["database"],
                                         user=f["user"], password=self.server_fields["password"].text())

    def test_server(self) -> bool:
        from kamura_desktop.services import connection

        try:
            self.server_result.setText(connection.check_server(self._server_entry()))
            return True
        except UserError as exc:
            self.server_result.setText(exc.message)
            return False

    def connect_server(self) -> None:
        from kamura_desktop.services import connection

        if not self.test_server():
            return
        location = self._server_entry()
        connection.remember_password(location, self.server_fields["password"].text())
        connection.save_location(location)
        self.server_location = location
        self.done(SERVER)

    # ------------------------------------------------------------ page 2: a new cooperative
    def _setup_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("setupPage")
        self.errors = FieldErrors()
        profile = settings.get_profile(self.db)

        labels = {
            "name": self.tr("Nama koperasi"),
            "short_name": self.tr("Nama singkat"),
            "address": self.tr("Alamat"),
            "village": self.tr("Desa/Kelurahan"),
            "district": self.tr("Kecamatan"),
            "regency": self.tr("Kabupaten/Kota"),
            "province": self.tr("Provinsi"),
        }
        coop_box = QGroupBox(self.tr("Profil koperasi"))
        coop_form = QFormLayout(coop_box)
        self.profile_fields: dict[str, QLineEdit] = {}
        for key in PROFILE_ROWS:
            edit = QLineEdit(str(getattr(profile, key) or ""))
            edit.setObjectName(key)
            self.profile_fields[key] = edit
            self.errors.add_row(coop_form, labels[key], edit, key)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.get_setting(self.db, "ui.language"))))
        coop_form.addRow(self.tr("Bahasa tampilan"), self.language)

        admin_box = QGroupBox(self.tr("Akun admin"))
        form = QFormLayout(admin_box)
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
        admin_hint = QLabel(self.tr(
            "Admin mengelola pengguna, pengaturan dan pemulihan data, bukan uang. Simpan "
            "kata sandinya di tempat yang aman."))
        admin_hint.setWordWrap(True)
        admin_hint.setObjectName("pageHint")
        form.addRow(admin_hint)

        inner = QWidget()
        inner_lay = QVBoxLayout(inner)
        inner_lay.setContentsMargins(0, 0, 0, 0)
        inner_lay.addWidget(coop_box)
        inner_lay.addWidget(admin_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        # the whole form fits on a 768-pixel-high laptop screen; the scroll bar is for less
        scroll.setMinimumHeight(min(inner.sizeHint().height() + 4, 560))

        back = QPushButton(self.tr("Kembali"))
        back.setAutoDefault(False)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Buat koperasi dan mulai"))
        self.create_button.setObjectName("createCooperative")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_admin)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.create_button)

        lay = QVBoxLayout(page)
        lay.addWidget(scroll, 1)
        lay.addLayout(row)
        return page

    def create_admin(self) -> None:
        """Save the profile, create the admin and log them in (the dialog's result)."""
        self.errors.clear()
        if self.password.text() != self.password2.text():
            self.errors.show("password2", self.tr("Kedua kata sandi tidak sama."))
            return
        profile = {key: edit.text() for key, edit in self.profile_fields.items()}
        try:
            # the profile first: fixing a bad name and pressing again must not meet an
            # admin that already exists
            settings.update_profile(self.db, actor=Actor.system(), **profile)
            users.create_user(self.db, actor=Actor.system(), username=self.username.text(),
                              full_name=self.full_name.text(), role="admin",
                              password=self.password.text())
            self.actor = users.authenticate(self.db, self.username.text(), self.password.text())
            settings.update_settings(self.db, actor=self.actor,
                                     values={"ui.language": self.language.currentData()})
        except UserError as exc:
            self.errors.show_or(exc.field, exc.message, self.errors.labels["username"])
            return
        self.accept()

    # ------------------------------------------------------------ restore
    def restore_from_file(self, path: str | None = None, *, ask: bool = True) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Pulihkan dari cadangan"), str(backup_dir_for(self.db.path)),
                backup_filter())
        if not path:
            return
        passphrase = None
        if backup.needs_passphrase(self.db.path, path):
            passphrase = ask_passphrase(self, confirm=False, file_name=Path(path).name)
            if passphrase is None:
                return
        if ask and not confirm(self, self.tr("Pulihkan database"), self.tr(
                "Buku koperasi akan diisi dari cadangan {path}. Lanjutkan?").format(path=path)):
            return
        target = Path(self.db.path)
        self.db.close()
        self.setEnabled(False)

        def work():
            outcome = backup.restore_database(target, source=Path(path), actor=Actor.system(),
                                              passphrase=passphrase)
            return outcome, open_books(target)

        def done(result) -> None:
            outcome, new_db = result
            self.db = new_db
            self.setEnabled(True)
            self.restore_note = self.tr("Database dipulihkan dari {path}.").format(path=path)
            self.done(RESTORED)

        def failed(exc: BaseException) -> None:
            self.db = open_books(target)  # the empty file was left as it was
            self.setEnabled(True)
            show_error(self, exc)

        self.tasks.run(work, label=self.tr("Memulihkan database…"), parent_widget=self,
                       on_done=done, on_error=failed)
