"""The main window: navigation to the books, a status bar, the File and Help menus.

Each book is its own package under ``ui/``; this window only hosts their pages. It holds
no business rule: backup and restore are service calls run through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from kamura_desktop.domain.dates import format_datetime_id
from kamura_desktop.services import backup, integrity, settings, users
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.locations import backup_dir_for
from kamura_desktop.services.permissions import PermissionDenied, require
from kamura_desktop.services.setup import open_books

from ..context import AppContext
from ..messages import confirm, show_error
from ..tasks import Task
from ..widgets import AbbreviationTips
from .about import AboutDialog
from .passphrase import ask_passphrase, backup_filter
from .seal_key_password import ask_seal_key_password

if TYPE_CHECKING:
    from ..settings.users import ChangeOwnPasswordDialog
    from .guide import GuideWindow


class PageFactory:
    """Builds a book's page, importing the book's UI package only then: the start imports
    the first page's book alone (each page package pulls in its dialogs and models)."""

    def __init__(self, page_class: Callable[[], type[QWidget]]) -> None:
        self.page_class = page_class

    def __call__(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        return self.page_class()(ctx, parent)


def _members_page() -> type[QWidget]:
    from ..members import MembersPage

    return MembersPage

def _lenders_page() -> type[QWidget]:
    from ..lenders import LendersPage

    return LendersPage

def _credit_page() -> type[QWidget]:
    from ..credit import CreditPage

    return CreditPage

def _repayments_page() -> type[QWidget]:
    from ..repayments import RepaymentsPage

    return RepaymentsPage

def _evaluation_page() -> type[QWidget]:
    from ..evaluation import EvaluationPage

    return EvaluationPage

def _reports_page() -> type[QWidget]:
    from ..reports import ReportsPage

    return ReportsPage

def _settings_page() -> type[QWidget]:
    from ..settings.page import SettingsPage

    return SettingsPage


def default_pages() -> list[tuple[str, str, Callable[[AppContext], QWidget]]]:
    """(key, navigation label, page factory), in the navigation's order."""
    return [
        ("anggota", QCoreApplication.translate("MainWindow", "Anggota"), PageFactory(_members_page)),
        ("lender", QCoreApplication.translate("MainWindow", "Lender"), PageFactory(_lenders_page)),
        ("kredit", QCoreApplication.translate("MainWindow", "Kelompok & Kredit"), PageFactory(_credit_page)),
        ("angsuran", QCoreApplication.translate("MainWindow", "Angsuran"), PageFactory(_repayments_page)),
        ("evaluasi", QCoreApplication.translate("MainWindow", "Evaluasi"), PageFactory(_evaluation_page)),
        ("laporan", QCoreApplication.translate("MainWindow", "Laporan"), PageFactory(_reports_page)),
        ("pengaturan", QCoreApplication.translate("MainWindow", "Pengaturan"), PageFactory(_settings_page)),
    ]


#: the weekly full check: first look shortly after the window opens, then every hour
CHECK_FIRST_DELAY_MS = 3_000
CHECK_POLL_MS = 3_600_000


class _Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built on first use — shown, or asked for by code —
    so the start builds only the first one (a page loads its book's data when built: on
    a cooperative with 20.000 members that is seconds the office should not wait for at
    start). Until then the stack holds an empty placeholder in the page's place."""

    def __init__(self, ctx: AppContext, stack: QStackedWidget) -> None:
        self._ctx = ctx
        self._stack = stack
        self._factories: dict[str, Callable[[AppContext], QWidget]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, key: str, factory: Callable[[AppContext], QWidget]) -> None:
        self._factories[key] = factory
        placeholder = QWidget()
        placeholder.setObjectName(f"placeholder_{key}")
        self._stack.addWidget(placeholder)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            factory = self._factories[key]  # KeyError for an unknown page, as a dict would
            index = list(self._factories).index(key)
            # built inside the stack (a page of ours): with the program's style sheet a
            # built page moved into the window is restyled whole, a tenth of its build
            page = factory(self._ctx, self._stack) if isinstance(factory, PageFactory) \
                else factory(self._ctx)
            page.setObjectName(f"page_{key}")
            placeholder = self._stack.widget(index)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages=None, *, backup_on_close: bool = True):
        super().__init__()
        self.ctx = ctx
        self.backup_on_close = backup_on_close
        self._close_backup_done = False
        self._check_running = False
        self.setObjectName("MainWindow")
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages = _Pages(ctx, self.stack)
        for key, label, factory in pages or default_pages():
            self.pages.add(key, factory)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)  # the first page, built where it stays (see _Pages)

        self._build_menu()
        # PAR, LAR, RR, PPKA, TKM, KSM, UPK spelled out wherever they show (ui/widgets.py)
        self.abbreviation_tips = AbbreviationTips.for_windows(self)
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDb")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("statusBackup")
        self.check_label = QLabel()
        self.check_label.setObjectName("statusCheck")
        for w in (self.user_label, self.db_label, self.backup_label, self.check_label):
            self.statusBar().addPermanentWidget(w)
        # on a small screen the backup and check notes are clipped (the whole text is their
        # tooltip) rather than widen the window past the screen: they may shrink to nothing
        for w in (self.backup_label, self.check_label):
            w.setMinimumWidth(1)
        self.refresh_status()
        self.show_check_status()
        ctx.hub.changed.connect(self.on_changed)
        # the weekly full check, once the window is up (the open ran only the quick one
        # after a clean close); then again every day the program stays open
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_POLL_MS)
        self.check_timer.timeout.connect(self.check_when_due)
        self.check_timer.start()
        QTimer.singleShot(CHECK_FIRST_DELAY_MS, self.check_when_due)

    # ------------------------------------------------------------ menus
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.backup_action = QAction(self.tr("Cadangkan sekarang"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(self.backup_action)
        self.backup_as_action = QAction(self.tr("Simpan cadangan ke…"), self)
        self.backup_as_action.triggered.connect(self.backup_to_file)
        file_menu.addAction(self.backup_as_action)
        self.restore_action = QAction(self.tr("Pulihkan dari cadangan…"), self)
        self.restore_action.triggered.connect(self.restore_from_file)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.password_action = QAction(self.tr("Ganti kata sandi…"), self)
        self.password_action.setObjectName("changePassword")
        self.password_action.triggered.connect(lambda: self.change_password())
        file_menu.addAction(self.password_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        self.guide_action = QAction(self.tr("Panduan"), self)
        self.guide_action.setObjectName("guide")
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        help_menu.addAction(self.guide_action)
        self.guide_window: GuideWindow | None = None
        self.about_action = QAction(self.tr("Tentang Kamura Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[list(self.pages)[row]]  # built on its first visit
        self.stack.setCurrentWidget(page)

    def change_password(self, *, forced: bool = False) -> ChangeOwnPasswordDialog:
        """Berkas → Ganti kata sandi (every user); forced after the admin's reset: cancelling
        it closes the program."""
        from ..settings.users import ChangeOwnPasswordDialog  # with its page: loaded when used

        dlg = ChangeOwnPasswordDialog(self.ctx, forced=forced, parent=self)
        if forced:
            dlg.rejected.connect(self.close)
        dlg.open()
        self.password_dialog = dlg
        return dlg

    def ask_password_change_if_due(self) -> ChangeOwnPasswordDialog | None:
        """After the login: a new user or a reset password must be changed first."""
        if users.must_change_password(self.ctx.db, self.ctx.actor.user_id):
            return self.change_password(forced=True)
        return None

    def go_to(self, key: str) -> None:
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(key))

    # ------------------------------------------------------------ status
    def refresh_status(self) -> None:
        profile = settings.get_profile(self.ctx.db)
        self.setWindowTitle(f"Kamura Desktop — {profile.name}")
        a = self.ctx.actor
        self.user_label.setText(
            self.tr("Pengguna: {name} ({role})").format(name=a.full_name, role=a.role_label)
        )
        # the file's name in the bar, the whole path in its tooltip: a long path must not
        # make the window wider than a small screen
        where = self.ctx.db.label if self.ctx.db.is_server else str(self.ctx.db_path)
        self.db_label.setText(self.tr("Database: {path}").format(
            path=where if self.ctx.db.is_server else Path(where).name))
        self.db_label.setToolTip(where)
        last = backup.last_backup_at(self.ctx.db)
        self.backup_label.setText(
            self.tr("Cadangan terakhir: {when}").format(
                when=format_datetime_id(last) if last else self.tr("belum pernah")
            )
        )
        self.backup_label.setToolTip(self.backup_label.text())
        if self.ctx.db.is_server:  # why closing this window makes no copy (issue 16)
            self.backup_label.setToolTip(self.backup_label.text() + "\n" + self.tr(
                "Database di server kantor: menutup program di komputer ini tidak membuat "
                "cadangan. Cadangan dibuat di komputer server dengan 'kamura backup' (pg_dump) "
                "terjadwal setiap hari."))

    def show_check_status(self, problem: str | None = None) -> None:
        if problem:  # short in the bar; the whole finding in its tooltip and the message
            self.check_label.setText(self.tr("Pemeriksaan lengkap: database RUSAK (lihat pesan)"))
            self.check_label.setToolTip(problem)
            self.check_label.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        if self.ctx.db.is_server:  # no file here: the server PC checks ('kamura check')
            self.check_label.setText(self.tr("Pemeriksaan lengkap: di komputer server"))
            self.check_label.setToolTip(self.tr(
                "Database di server kantor diperiksa di komputer server dengan 'kamura check' "
                "(terjadwal, bersama cadangan pg_dump)."))
            return
        last = integrity.last_full_check(self.ctx.db_path)
        self.check_label.setText(
            self.tr("Pemeriksaan lengkap: {when}").format(
                when=format_datetime_id(last) if last else self.tr("belum pernah"))
        )
        self.check_label.setToolTip(self.check_label.text())

    def check_when_due(self) -> Task | None:
        """Run the full check of the books in the background when a week has passed since
        the last one passed (services/integrity.py); the result goes to the status bar, a
        problem also to a message that says what to do."""
        if (self._check_running or self.ctx.db.is_server
                or not integrity.full_check_due(self.ctx.db_path)):
            # the office server has no file on this PC to check: its check is scheduled on
            # the server PC (docs/server-kantor.md), as its backups are
            return None
        self._check_running = True
        self.check_label.setText(self.tr("Pemeriksaan lengkap: sedang berjalan…"))

        def done(report):
            if not isValid(self):  # the window closed while the check ran
                return
            self._check_running = False
            if report.ok:
                self.show_check_status()
                return
            self.show_check_status(report.problems[0])
            # not modal: the office reads it when it looks up, nothing waits on it
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Database bermasalah"), self.tr(
                "Pemeriksaan mingguan menemukan masalah pada database: {problem}. Jangan "
                "menambah data; hubungi pengelola dan pulihkan dari cadangan terakhir yang "
                "baik (Berkas → Pulihkan dari cadangan).").format(problem=report.problems[0].rstrip(".")),
                QMessageBox.StandardButton.Ok, self)
            box.setObjectName("checkProblem")
            box.open()

        def failed(exc):
            if not isValid(self):
                return
            self._check_running = False
            self.show_check_status(str(exc))

        return self.ctx.tasks.run(
            lambda: integrity.scheduled_full_check(self.ctx.db_path),
            label=self.tr("Memeriksa database…"),
            on_done=done,
            on_error=failed,
            show_progress=False,
        )

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("settings", "users"):
            self.refresh_status()

    # ------------------------------------------------------------ backup and restore
    def backup_now(self) -> None:
        if self.ctx.db.is_server:
            self.statusBar().showMessage(self.tr(
                "Database di server kantor: cadangan dibuat dengan 'kamura backup' (pg_dump) "
                "di komputer server."), 10000)
            return

        def done(outcome):
            self.statusBar().showMessage(
                self.tr("Cadangan dibuat: {path}").format(path=outcome.value.path), 8000
            )

        self.ctx.perform_task(
            backup.auto_backup, label=self.tr("Membuat cadangan…"), source=self, on_done=done
        )

    def backup_to_file(self, path: str | None = None) -> None:
        """A copy to a chosen file (a flash drive): encrypted with a passphrase when the
        setting "backup.encrypt_copies" is on."""
        encrypt = bool(settings.get_setting(self.ctx.db, "backup.encrypt_copies"))
        if path:
            pass
        elif encrypt:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan cadangan terenkripsi"),
                str(backup_dir_for(self.ctx.db_path) / "kamura-cadangan.sqlite.enc"),
                self.tr("Cadangan terenkripsi (*.enc)"),
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan cadangan"),
                str(backup_dir_for(self.ctx.db_path) / "kamura-cadangan.sqlite"),
                self.tr("Database Kamura (*.sqlite)"),
            )
        if not path:
            return
        passphrase = ask_passphrase(self, confirm=True) if encrypt else None
        if encrypt and passphrase is None:
            return

        def done(_outcome):
            QMessageBox.information(
                self, self.tr("Cadangan"), self.tr("Cadangan disimpan di {path}.").format(path=path)
            )

        self.ctx.perform_task(
            backup.backup_database, label=self.tr("Membuat cadangan…"), source=self, on_done=done,
            to=Path(path), passphrase=passphrase,
        )

    def restore_from_file(self, path: str | None = None) -> None:
        try:
            require(self.ctx.actor, "backup.restore")
        except PermissionDenied as exc:
            show_error(self, exc)
            return
        if self.ctx.db.is_server:
            self.restore_server_backup(path)
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Pulihkan dari cadangan"),
                str(backup_dir_for(self.ctx.db_path)),
                backup_filter(),
            )
        if not path:
            return
        passphrase = None
        if backup.needs_passphrase(self.ctx.db_path, path):
            passphrase = ask_passphrase(self, confirm=False, file_name=Path(path).name)
            if passphrase is None:
                return
        if not confirm(
            self,
            self.tr("Pulihkan database"),
            self.tr(
                "Seluruh isi database sekarang akan diganti dengan isi cadangan {path}. "
                "Database sekarang disimpan dulu sebagai cadangan. Lanjutkan?"
            ).format(path=path),
        ):
            return
        ctx = self.ctx
        old_db = ctx.db
        old_db.close()
        self.setEnabled(False)

        def work():
            outcome = backup.restore_database(ctx.db_path, source=Path(path), actor=ctx.actor,
                                              passphrase=passphrase)
            return outcome, open_books(ctx.db_path)

        def done(result):
            outcome, new_db = result
            ctx.db = new_db
            self.setEnabled(True)
            ctx.announce(outcome, source=self)  # EVERYTHING: the whole file changed
            note = (
                self.tr("Database sebelumnya disimpan sebagai {path}.").format(
                    path=outcome.value.path
                )
                if outcome.value
                else ""
            )
            QMessageBox.information(
                self,
                self.tr("Pemulihan selesai"),
                self.tr("Database dipulihkan dari {path}.").format(path=path) + " " + note,
            )

        def failed(exc):
            ctx.db = open_books(ctx.db_path)  # the current file was left as it was
            self.setEnabled(True)
            show_error(self, exc)

        ctx.tasks.run(
            work,
            label=self.tr("Memulihkan database…"),
            parent_widget=self,
            on_done=done,
            on_error=failed,
        )

    def restore_server_backup(self, path: str | None = None) -> None:
        """The menu's restore on the office server: a ``pg_dump`` backup (``.dump``) replaces
        the server database for every PC (``server_backup``: its contents dumped first, then
        ``pg_restore`` in one transaction; the other PCs are told to reload everything). The
        books are opened again — an older backup is migrated then — and the new database
        object goes to the views and the change hub (``AppContext`` follows it)."""
        from kamura_desktop.services import server_backup

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Pulihkan dari cadangan server"),
                str(server_backup.backup_dir()),
                self.tr("Cadangan server Kamura (*.dump)"),
            )
        if not path:
            return
        ctx = self.ctx
        if not confirm(
            self,
            self.tr("Pulihkan database server"),
            self.tr(
                "Seluruh isi database di {server} akan diganti dengan isi cadangan {path}, "
                "untuk semua komputer kantor. Isi sekarang disimpan dulu sebagai cadangan "
                "server. Lanjutkan?"
            ).format(server=ctx.db.label, path=path),
        ):
            return
        self._run_server_restore(path)

    def _run_server_restore(self, path: str, password: str | None = None) -> None:
        """The server restore (confirmed) on the task runner. A dump sealed with a key this PC
        does not hold is refused without a password (``tamper.BackupKeyRefused``): when its
        wraps include this admin's, the admin's password is asked and the restore tried again
        with it (asked again after a wrong one); Batal, or no wrap for this admin, shows the
        refusal. Nothing is replaced until the key opens."""
        from kamura_desktop.services import server_backup
        from kamura_desktop.services.tamper import BackupKeyRefused

        ctx = self.ctx
        old_db = ctx.db
        self.setEnabled(False)

        def work():
            outcome = server_backup.restore_database(old_db, actor=ctx.actor, source=Path(path),
                                                     password=password)
            return outcome, open_books(old_db.url)

        def done(result):
            outcome, new_db = result
            ctx.db = new_db  # the hub now follows the new database, not the closed one
            old_db.close()
            self.setEnabled(True)
            ctx.announce(outcome, source=self)  # EVERYTHING: the whole database changed
            QMessageBox.information(
                self,
                self.tr("Pemulihan selesai"),
                self.tr("Database server dipulihkan dari {path}. Isi sebelumnya disimpan "
                        "sebagai {kept}.").format(path=path, kept=outcome.value.path),
            )

        def failed(exc):
            self.setEnabled(True)  # pg_restore ran in one transaction: the books are as they were
            if isinstance(exc, BackupKeyRefused) and ctx.actor.username in exc.wrapped_for:
                again = ask_seal_key_password(self, username=ctx.actor.username,
                                              file_name=Path(path).name,
                                              refused=password is not None)
                if again is not None:
                    self._run_server_restore(path, again)
                    return
            show_error(self, exc)

        ctx.tasks.run(
            work,
            label=self.tr("Memulihkan database server…"),
            parent_widget=self,
            on_done=done,
            on_error=failed,
        )

    def show_guide(self) -> GuideWindow:
        """Bantuan → Panduan (F1): the guide, open at the section of the page and tab in use."""
        from .guide import GuideWindow, section_for  # the guide's text is read when first asked

        row = self.nav.currentRow()
        key = list(self.pages)[row] if row >= 0 else None
        section = section_for(key, self.pages[key]) if key else "pengantar"
        if self.guide_window is None:
            self.guide_window = GuideWindow(self.ctx, parent=self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.show_section(section)
        return self.guide_window

    def about_dialog(self) -> AboutDialog:
        profile = settings.get_profile(self.ctx.db)
        return AboutDialog(coop_name=profile.name, db_path=self.ctx.db_path, parent=self)

    def show_about(self) -> None:
        self.about_dialog().exec()

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        # on the office server the backup is pg_dump on the server PC (docs/server-kantor.md),
        # not each PC's closing copy
        if not self.backup_on_close or self._close_backup_done or self.ctx.db.is_server:
            event.accept()
            return
        event.ignore()
        self.setEnabled(False)

        def finished(_=None):
            self._close_backup_done = True
            self.close()

        def failed(exc):
            show_error(self, exc, title=self.tr("Cadangan otomatis gagal"))
            finished()

        self.ctx.tasks.run(
            lambda: backup.auto_backup(self.ctx.db, actor=self.ctx.actor),
            label=self.tr("Membuat cadangan otomatis…"),
            parent_widget=self,
            on_done=finished,
            on_error=failed,
        )
