"""The main window: navigation to the books, a status bar, the File and Help menus.

Each book is its own package under ``ui/``; this window only hosts their pages. It holds
no business rule: backup and restore are service calls run through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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

from kamura_desktop.domain.dates import format_datetime_id
from kamura_desktop.services import backup, settings
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.locations import backup_dir_for
from kamura_desktop.services.permissions import PermissionDenied, require
from kamura_desktop.services.setup import open_books

from ..context import AppContext
from ..credit import CreditPage
from ..evaluation import EvaluationPage
from ..lenders import LendersPage
from ..members import MembersPage
from ..messages import confirm, show_error
from ..repayments import RepaymentsPage
from ..reports import ReportsPage
from ..settings.page import SettingsPage
from .about import AboutDialog
from .passphrase import ask_passphrase, backup_filter


def default_pages() -> list[tuple[str, str, Callable[[AppContext], QWidget]]]:
    """(key, navigation label, page factory). Later books replace their placeholder."""
    return [
        ("anggota", QCoreApplication.translate("MainWindow", "Anggota"), MembersPage),
        ("lender", QCoreApplication.translate("MainWindow", "Lender"), LendersPage),
        ("kredit", QCoreApplication.translate("MainWindow", "Kelompok & Kredit"), CreditPage),
        ("angsuran", QCoreApplication.translate("MainWindow", "Angsuran"), RepaymentsPage),
        ("evaluasi", QCoreApplication.translate("MainWindow", "Evaluasi"), EvaluationPage),
        ("laporan", QCoreApplication.translate("MainWindow", "Laporan"), ReportsPage),
        (
            "pengaturan",
            QCoreApplication.translate("MainWindow", "Pengaturan"),
            lambda ctx: SettingsPage(ctx),
        ),
    ]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages=None, *, backup_on_close: bool = True):
        super().__init__()
        self.ctx = ctx
        self.backup_on_close = backup_on_close
        self._close_backup_done = False
        self.setObjectName("MainWindow")
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, label, factory in pages or default_pages():
            page = factory(ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menu()
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDb")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("statusBackup")
        for w in (self.user_label, self.db_label, self.backup_label):
            self.statusBar().addPermanentWidget(w)
        self.refresh_status()
        ctx.hub.changed.connect(self.on_changed)

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
        quit_action = QAction(self.tr("Keluar"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        self.about_action = QAction(self.tr("Tentang Kamura Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

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
        self.db_label.setText(self.tr("Database: {path}").format(
            path=self.ctx.db.label if self.ctx.db.is_server else self.ctx.db_path))
        last = backup.last_backup_at(self.ctx.db)
        self.backup_label.setText(
            self.tr("Cadangan terakhir: {when}").format(
                when=format_datetime_id(last) if last else self.tr("belum pernah")
            )
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
