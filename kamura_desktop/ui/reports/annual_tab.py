"""Laporan tahunan (RAT): the annual report for the members' meeting — financial statements,
the state of the cooperative and its business, SHU — previewed, printed, saved as PDF or as
an Excel workbook. Long reports run off the UI thread with a progress bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import annual_report, year_end
from kamura_desktop.services.permissions import allowed

from .board_box import BoardBox
from .common import NoticeBar, export_xlsx, show_pdf
from .rat_book_box import RatBookBox


class AnnualTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.year = QSpinBox()
        self.year.setObjectName("annualYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.pdf_button.setObjectName("annualPdf")
        self.pdf_button.setDefault(True)
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        self.xlsx_button.setObjectName("annualXlsx")
        self.state = QLabel()
        self.state.setObjectName("annualState")
        self.state.setWordWrap(True)
        contents = QLabel(self.tr(
            "Isi laporan: sampul dengan profil koperasi; organisasi (pengurus, TKM, anggota awal "
            "tahun, masuk, keluar, akhir tahun menurut jenis kelamin, anggota keluarga miskin); "
            "simpanan per jenis; kredit (pencairan per produk dan siklus, sisa pinjaman, tingkat "
            "pengembalian, kolektibilitas dan PAR, penyisihan); lender (dana tersalur, kembali, "
            "bagi hasil); perkembangan dana bergulir dengan grafik; kegiatan pendampingan; "
            "laporan keuangan (neraca, perhitungan hasil usaha, perubahan ekuitas); pembagian SHU "
            "dan daftar SHU per anggota sebagai lampiran; tanda tangan ketua, sekretaris dan "
            "bendahara."))
        contents.setObjectName("pageHint")
        contents.setWordWrap(True)
        box = QGroupBox(self.tr("Laporan pertanggungjawaban pengurus untuk Rapat Anggota Tahunan"))
        bl = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tahun buku")))
        row.addWidget(self.year)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        bl.addLayout(row)
        bl.addWidget(self.state)
        bl.addWidget(contents)
        # the RAT's texts and the board register make the tab taller than the window: it scrolls
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.notice)
        lay.addWidget(box)
        self.rat = RatBookBox(ctx, self.year.value)  # issue 18: the meeting and the book's texts
        lay.addWidget(self.rat)
        self.board = BoardBox(ctx)  # issue 18: the Pengurus and Pengawas who sign the book
        lay.addWidget(self.board)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("annualScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if not allowed(ctx.actor, "report.annual"):
            for button in (self.pdf_button, self.xlsx_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Hanya ketua atau bendahara yang mengekspor laporan tahunan."))
        self.year.valueChanged.connect(lambda _y: (self.refresh(), self.rat.load()))
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger"):
            self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        try:
            closed = year_end.year_is_closed(self.ctx.db, year)
        except Exception:  # noqa: BLE001 - only a hint
            closed = None
        if closed:
            self.state.setText(self.tr("Tahun buku {year} sudah ditutup: angka laporan final.").format(year=year))
            self.state.setStyleSheet("color: #12503f;")
        elif closed is False:
            self.state.setText(self.tr("Tahun buku {year} belum ditutup: laporan ini masih sementara "
                                       "(draf).").format(year=year))
            self.state.setStyleSheet("color: #8a5a00;")

    def preview_pdf(self):
        year, db, actor = self.year.value(), self.ctx.db, self.ctx.actor
        return show_pdf(self.ctx, self,
                        lambda p: annual_report.write_annual_report_pdf(db, year=year, path=p, actor=actor),
                        title=self.tr("Laporan tahunan {year}").format(year=year),
                        filename=f"laporan-rat-{year}.pdf")

    def save_xlsx(self, path: str | None = None):
        year, db, actor = self.year.value(), self.ctx.db, self.ctx.actor
        return export_xlsx(self.ctx, self,
                           lambda p: annual_report.write_annual_report_xlsx(db, year=year, path=p,
                                                                            actor=actor),
                           suggested=f"laporan-rat-{year}.xlsx", notice=self.notice, path=path)
