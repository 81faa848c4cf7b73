"""Pengaturan → Database: which database is open (the file's path, or the office server's
host, port, database and user — never the password) and, for the admin on a SQLite file,
*Salin ke server kantor…*: the whole cooperative copied to an empty server database with
progress through the task runner, proved by row counts and hashes, and this PC connected to
the server from its next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.text import is_digits
from kamura_desktop.services import connection, server_copy
from kamura_desktop.services.permissions import allowed

from ..context import AppContext


def database_text(ctx: AppContext) -> str:
    """The open database in the words of Settings and the status bar."""
    where = connection.where_open(ctx.db)
    if where.server:
        return QCoreApplication.translate(
            "DatabaseSection", "Server kantor {host}:{port}, database {database}, pengguna "
            "{user}").format(host=where.host, port=where.port, database=where.database,
                             user=where.user)
    return QCoreApplication.translate("DatabaseSection", "Berkas {path}").format(path=where.path)


class DatabaseSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Database"), parent)
        self.ctx = ctx
        self.setObjectName("databaseSection")
        form = QFormLayout(self)
        self.where = QLabel()
        self.where.setObjectName("openDatabase")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Yang dibuka"), self.where)
        self.copy_button = QPushButton(self.tr("Salin ke server kantor…"))
        self.copy_button.setObjectName("copyToServer")
        self.copy_button.setToolTip(self.tr(
            "Memindahkan kantor ke server PostgreSQL: seluruh isi berkas ini disalin ke "
            "database server yang masih kosong, lalu dibuktikan sama (jumlah baris dan hash)."))
        self.copy_button.clicked.connect(self.copy_to_server)
        on_file = not connection.where_open(ctx.db).server
        self.copy_button.setVisible(on_file and allowed(ctx.actor, "backup.restore"))
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        form.addRow("", row)
        self.refresh()

    def refresh(self) -> None:
        self.where.setText(database_text(self.ctx))

    def copy_to_server(self) -> CopyToServerDialog:
        dialog = CopyToServerDialog(self.ctx, self)
        dialog.open()
        return dialog


class CopyToServerDialog(QDialog):
    """The server's fields, *Uji sambungan*, and the copy with its proof."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.report: server_copy.CopyReport | None = None
        self.setWindowTitle(self.tr("Salin ke server kantor"))
        hint = QLabel(self.tr(
            "Seluruh isi berkas ini (anggota, buku besar, log audit, nomor urut) disalin ke "
            "database server yang masih kosong. Berkas ini tidak diubah. Setelah salinan "
            "terbukti sama, komputer ini memakai server mulai program dibuka lagi."))
        hint.setWordWrap(True)
        hint.setObjectName("pageHint")
        self.fields = {"host": QLineEdit(), "port": QLineEdit("5432"),
                       "database": QLineEdit("kamura"), "user": QLineEdit("kamura"),
                       "password": QLineEdit()}
        self.fields["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.fields["host"].setPlaceholderText("192.168.1.10")
        labels = {"host": self.tr("Alamat server"), "port": self.tr("Port"),
                  "database": self.tr("Nama database"), "user": self.tr("Pengguna"),
                  "password": self.tr("Kata sandi")}
        form = QFormLayout()
        for key, field in self.fields.items():
            field.setObjectName(f"copy_{key}")
            form.addRow(labels[key], field)
        self.result = QLabel("")
        self.result.setObjectName("copyResult")
        self.result.setWordWrap(True)
        self.proof = QPlainTextEdit()
        self.proof.setObjectName("copyProof")
        self.proof.setReadOnly(True)
        self.proof.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.proof.setVisible(False)
        self.test_button = QPushButton(self.tr("Uji sambungan"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_server)
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.setObjectName("startCopy")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.start_copy)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.copy_button)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.result)
        lay.addWidget(self.proof)
        lay.addLayout(buttons)
        self.proof.setMinimumHeight(140)
        self.resize(600, 620)

    def location(self) -> str:
        f = {k: w.text().strip() for k, w in self.fields.items()}
        if not f["host"] or not f["database"]:
            raise UserError(self.tr("Isi alamat server dan nama database."), field="host")
        if f["port"] and not is_digits(f["port"]):
            raise UserError(self.tr("Port harus angka (biasanya 5432)."), field="port")
        return connection.build_location(host=f["host"], port=f["port"], database=f["database"],
                                         user=f["user"], password=self.fields["password"].text())

    def test_server(self) -> bool:
        try:
            self.result.setText(connection.check_server(self.location()))
            return True
        except UserError as exc:
            self.result.setText(exc.message)
            return False

    def start_copy(self) -> None:
        if not self.test_server():
            return
        target = self.location()
        db, actor = self.ctx.db, self.ctx.actor
        self.copy_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Menyalin…"))
        self.task = self.ctx.tasks.run(
            lambda: server_copy.copy_to_server(db, actor=actor, target=target),
            label=self.tr("Menyalin ke server kantor"), parent_widget=self,
            on_done=lambda report: self.copied(report, target), on_error=self.failed)

    def copied(self, report: server_copy.CopyReport, target: str) -> None:
        self.report = report
        self.proof.setPlainText("\n".join(report.lines()))
        self.proof.setVisible(True)
        if not report.identical:
            self.result.setText(self.tr(
                "GAGAL: salinan tidak sama dengan sumbernya (lihat BEDA). Jangan pakai database "
                "server itu; komputer ini tetap memakai berkasnya."))
            self.copy_button.setEnabled(True)
            self.test_button.setEnabled(True)
            return
        connection.remember_password(target, self.fields["password"].text())
        connection.save_location(target)
        self.result.setText(self.tr(
            "Sama persis: jumlah baris semua tabel dan hash buku besar serta simpanan. Mulai "
            "program dibuka lagi, komputer ini memakai {where}; komputer lain: "
            "'Sambungkan ke server kantor'.").format(where=connection.describe(target)))

    def failed(self, exc: BaseException) -> None:
        self.result.setText(exc.message if isinstance(exc, UserError) else str(exc))
        self.copy_button.setEnabled(True)
        self.test_button.setEnabled(True)
