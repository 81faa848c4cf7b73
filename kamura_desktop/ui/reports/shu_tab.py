"""SHU: the year's surplus allocated by the by-law percentages (Settings), the members' part
split into jasa modal and jasa usaha, each member's share; a draft, approved by the chair at
the members' meeting (RAT), paid out by the treasurer to sukarela or in cash. Each member paid
in cash gets a bukti kas keluar (BKK-): "Bukti kas keluar SHU" prints them all, one per page
(marked CETAK ULANG unless just paid here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import receipt_print, shu
from kamura_desktop.services.permissions import allowed

from ..print_preview import print_receipts
from ..widgets import DateEdit, why_disabled
from .common import NoticeBar, ReportTable, export_xlsx, show_pdf
from .models import Column, RowsModel


class DateDialog(QDialog):
    """Ask a date (the RAT date, the payment date) and, for payment, the method."""

    def __init__(self, title: str, label: str, *, methods: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on_date = DateEdit(dt.date.today())
        self.on_date.setObjectName("on_date")
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method.addItem(self.tr("Ke simpanan sukarela anggota"), "sukarela")
        self.method.addItem(self.tr("Tunai dari kas"), "tunai")
        form = QFormLayout()
        form.addRow(label, self.on_date)
        if methods:
            form.addRow(self.tr("Cara pembayaran"), self.method)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)


class ShuTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.current = None
        self.year = QSpinBox()
        self.year.setObjectName("shuYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.jasa_modal = QSpinBox()
        self.jasa_modal.setObjectName("jasaModalPct")
        self.jasa_modal.setRange(0, 100)
        self.jasa_modal.setSuffix(" %")
        self.jasa_modal.setToolTip(self.tr("Bagian jasa modal dari SHU untuk anggota (sisanya jasa usaha), "
                                           "sesuai keputusan RAT"))
        self.compute_button = QPushButton(self.tr("Hitung"))
        self.compute_button.setObjectName("computeShu")
        self.draft_button = QPushButton(self.tr("Simpan draf"))
        why_disabled(self.draft_button, self.tr("SHU tahun ini sudah ditetapkan; draf tidak dihitung ulang."))
        self.draft_button.setObjectName("draftShu")
        self.draft_button.setVisible(allowed(ctx.actor, "shu.draft"))
        self.approve_button = QPushButton(self.tr("Setujui di RAT…"))
        why_disabled(self.approve_button, self.tr("Hitung dulu draf SHU tahun ini."))
        self.approve_button.setObjectName("approveShu")
        self.approve_button.setVisible(allowed(ctx.actor, "shu.approve"))
        self.pay_button = QPushButton(self.tr("Bayarkan…"))
        why_disabled(self.pay_button, self.tr("SHU dibayarkan setelah ditetapkan di RAT."))
        self.pay_button.setObjectName("payShu")
        self.pay_button.setVisible(allowed(ctx.actor, "shu.pay"))
        self.pdf_button = QPushButton(self.tr("Daftar SHU (PDF)"))
        self.pdf_button.setObjectName("shuPdf")
        self.xlsx_button = QPushButton(self.tr("Daftar SHU (Excel)"))
        self.xlsx_button.setObjectName("shuXlsx")
        self.payout_button = QPushButton(self.tr("Bukti kas keluar SHU"))
        self.payout_button.setObjectName("shuPayouts")
        self.payout_button.setToolTip(self.tr("Bukti kas keluar setiap anggota yang menerima SHU "
                                              "tunai, satu per halaman, untuk ditandatangani"))
        self.payout_button.setEnabled(False)
        self._paid_here: int | None = None  # the year paid in this session (its first print)
        self.payout_numbers: list[str] = []

        self.status = QLabel()
        self.status.setObjectName("shuStatus")
        self.status.setWordWrap(True)
        # the parts' names in the user's language (the service's labels are Indonesian)
        self.alloc_labels = {
            "cadangan": self.tr("Cadangan"), "anggota": self.tr("Jasa anggota"),
            "pengurus": self.tr("Dana pengurus"), "karyawan": self.tr("Dana karyawan"),
            "pendidikan": self.tr("Dana pendidikan"), "sosial": self.tr("Dana sosial"),
        }
        self.alloc_model = RowsModel([
            Column(self.tr("Pembagian"), lambda r: self.alloc_labels.get(r.key, r.label)),
            Column(self.tr("%"), lambda r: r.pct, "pct"),
            Column(self.tr("Jumlah"), lambda r: r.amount, "money"),
        ], self)
        self.alloc_table = ReportTable()
        self.alloc_table.setObjectName("allocationTable")
        self.alloc_table.setModel(self.alloc_model)
        self.alloc_table.fit({1: 60, 2: 130}, stretch=0)
        self.member_model = RowsModel([
            Column(self.tr("No. anggota"), lambda r: r.number),
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Simpanan"), lambda r: r.savings_basis, "money"),
            Column(self.tr("Jasa dibayar"), lambda r: r.service_basis, "money"),
            Column(self.tr("Jasa modal"), lambda r: r.jasa_modal, "money"),
            Column(self.tr("Jasa usaha"), lambda r: r.jasa_usaha, "money"),
            Column(self.tr("SHU anggota"), lambda r: r.total, "money"),
        ], self)
        self.member_table = ReportTable()
        self.member_table.setObjectName("shuMembers")
        self.member_table.setModel(self.member_model)
        self.member_table.setSortingEnabled(False)
        self.member_table.fit({0: 100, 1: 220, 2: 120, 3: 120, 4: 110, 5: 110, 6: 120}, stretch=1)
        self.totals = QLabel()
        self.totals.setObjectName("shuTotals")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun buku")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Jasa modal")))
        top.addWidget(self.jasa_modal)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.draft_button)
        top.addWidget(self.approve_button)
        top.addWidget(self.pay_button)
        exports = QHBoxLayout()
        exports.addWidget(self.totals, 1)
        exports.addWidget(self.payout_button)
        exports.addWidget(self.pdf_button)
        exports.addWidget(self.xlsx_button)
        split = QSplitter()
        split.addWidget(self.alloc_table)
        split.addWidget(self.member_table)
        split.setSizes([330, 800])
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        lay.addLayout(exports)

        self.compute_button.clicked.connect(lambda: self.refresh(recompute=True))
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.draft_button.clicked.connect(lambda: self.save_draft())
        self.approve_button.clicked.connect(lambda: self.approve())
        self.pay_button.clicked.connect(lambda: self.pay())
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.payout_button.clicked.connect(lambda: self.print_payouts())
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self._jasa_set = False
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger", "settings", "members"):
            self.refresh()

    def refresh(self, *, recompute: bool = False) -> None:
        year = self.year.value()
        try:
            saved = shu.get_shu(self.ctx.db, year)
            if saved is not None and not recompute:
                dto = saved
            else:
                pct = self.jasa_modal.value() if self._jasa_set else None
                dto = shu.compute_shu(self.ctx.db, year=year, jasa_modal_pct=pct)
        except Exception as exc:  # noqa: BLE001
            self.current = None
            self.alloc_model.set_rows([])
            self.member_model.set_rows([])
            code = getattr(exc, "code", None)
            if code == "no_surplus":
                text = self.tr("Tahun {year} tidak menghasilkan SHU; tidak ada yang dibagi.").format(year=year)
            elif code == "no_basis":
                text = self.tr("Tidak ada anggota dengan simpanan atau jasa pinjaman; SHU anggota tidak "
                               "dapat dibagi.")
            else:
                text = str(getattr(exc, "message", exc))
            self.status.setText(text)
            self.totals.setText("")
            for button in (self.draft_button, self.approve_button, self.pay_button,
                           self.payout_button):
                button.setEnabled(False)
            return
        self.current = dto
        self.jasa_modal.blockSignals(True)
        self.jasa_modal.setValue(dto.jasa_modal_pct)
        self.jasa_modal.blockSignals(False)
        self._jasa_set = True
        self.alloc_model.set_rows(dto.allocations)
        self.member_model.set_rows(dto.rows)
        states = {"draft": self.tr("draf (belum disetujui RAT)"),
                  "approved": self.tr("disetujui RAT"), "paid": self.tr("sudah dibayarkan")}
        state = states.get(dto.status, self.tr("perhitungan (belum disimpan)")) if dto.id else \
            self.tr("perhitungan (belum disimpan)")
        when = []
        if dto.rat_date:
            when.append(self.tr("RAT {date}").format(date=format_date_id(dto.rat_date)))
        if dto.paid_on:
            when.append(self.tr("dibayar {date} ({method})").format(date=format_date_id(dto.paid_on),
                                                                  method=dto.pay_method or ""))
        self.status.setText(self.tr("SHU tahun {year}: {surplus} · status: {state}{when}").format(
            year=year, surplus=format_rupiah(dto.surplus), state=state,
            when=(" · " + ", ".join(when)) if when else ""))
        self.totals.setText(self.tr("{n} anggota · jasa modal {jm} · jasa usaha {ju} · jumlah {t}").format(
            n=len(dto.rows), jm=format_rupiah(dto.jasa_modal_total), ju=format_rupiah(dto.jasa_usaha_total),
            t=format_rupiah(sum(r.total for r in dto.rows))))
        status = dto.status if dto.id else None
        self.draft_button.setEnabled(status in (None, "draft"))
        self.approve_button.setEnabled(status == "draft")
        self.pay_button.setEnabled(status == "approved")
        self.payout_numbers = (receipt_print.payout_numbers(self.ctx.db, kind="shu", source_id=str(year))
                               if status == "paid" else [])
        self.payout_button.setEnabled(bool(self.payout_numbers))

    def _written(self, message: str) -> bool:
        """After a write went through: say so and show the distribution again."""
        self.notice.show_message(message)
        self.refresh()
        return True

    def save_draft(self) -> bool:
        year = self.year.value()
        if self.ctx.perform(shu.create_shu_draft, source=self, year=year,
                            jasa_modal_pct=self.jasa_modal.value()) is None:
            return False
        return self._written(self.tr("Draf SHU {year} disimpan.").format(year=year))

    def approve(self, rat_date: dt.date | None = None) -> bool:
        year = self.year.value()
        if rat_date is None:
            dlg = DateDialog(self.tr("Setujui SHU di RAT"), self.tr("Tanggal RAT"), parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            rat_date = dlg.on_date.value()
        if self.ctx.perform(shu.approve_shu, source=self, year=year, rat_date=rat_date) is None:
            return False
        return self._written(self.tr("SHU {year} disetujui RAT dan dibukukan.").format(year=year))

    def pay(self, on_date: dt.date | None = None, method: str | None = None) -> bool:
        year = self.year.value()
        if on_date is None or method is None:
            dlg = DateDialog(self.tr("Bayarkan SHU"), self.tr("Tanggal pembayaran"), methods=True, parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            on_date, method = dlg.on_date.value(), dlg.method.currentData()
        if self.ctx.perform(shu.pay_shu, source=self, year=year, on_date=on_date,
                            method=method) is None:
            return False
        self._paid_here = year
        self._written(self.tr("SHU {year} dibayarkan.").format(year=year))
        if self.payout_numbers:  # cash handed over: the papers to sign
            self.notice.show_message(self.tr(
                "SHU {year} dibayarkan; {n} bukti kas keluar ({first} s.d. {last}) untuk anggota "
                "yang dibayar tunai: cetak dengan \"Bukti kas keluar SHU\".").format(
                year=year, n=len(self.payout_numbers), first=self.payout_numbers[0],
                last=self.payout_numbers[-1]))
        return True

    def print_payouts(self, on_shown=None):
        """The bukti kas keluar of the members paid in cash, one per page."""
        if not self.payout_button.isEnabled():
            return None
        return print_receipts(self.ctx, self, receipt_nos=self.payout_numbers,
                              reprint=self._paid_here != self.year.value(), on_shown=on_shown)

    def preview_pdf(self):
        year, db = self.year.value(), self.ctx.db
        return show_pdf(self.ctx, self, lambda p: shu.write_shu_list_pdf(db, year=year, path=p),
                        title=self.tr("Daftar SHU anggota {year}").format(year=year),
                        filename=f"shu-{year}.pdf")

    def save_xlsx(self, path: str | None = None):
        year, db = self.year.value(), self.ctx.db
        return export_xlsx(self.ctx, self, lambda p: shu.write_shu_list_xlsx(db, year=year, path=p),
                           suggested=f"shu-{year}.xlsx", notice=self.notice, path=path)

