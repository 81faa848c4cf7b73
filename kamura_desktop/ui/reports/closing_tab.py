"""Penyisihan & tutup buku: the loan-loss provision (PPKA) at a date from kolektibilitas —
posted by the treasurer as the change since the last provision — and the year-end close by
the chair (reopening only by an admin, with a reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import provisions, year_end
from kamura_desktop.services.permissions import allowed

from ..messages import confirm
from ..widgets import DateEdit
from .common import NoticeBar, ReportTable
from .models import Column, RowsModel


def _last_year_end() -> dt.date:
    return dt.date(dt.date.today().year - 1, 12, 31)


class ClosingTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.quote = None

        # ---- provision
        self.as_of = DateEdit(_last_year_end())
        self.as_of.setObjectName("provision_as_of")
        self.quote_button = QPushButton(self.tr("Hitung"))
        self.quote_button.setObjectName("quoteProvision")
        self.post_button = QPushButton(self.tr("Bukukan penyisihan"))
        self.post_button.setObjectName("postProvision")
        self.post_button.setVisible(allowed(ctx.actor, "provision.post"))
        self.prov_model = RowsModel([
            Column(self.tr("Kol."), lambda r: r.kol),
            Column(self.tr("Kolektibilitas"), lambda r: r.label),
            Column(self.tr("Pinjaman"), lambda r: r.loans, "int"),
            Column(self.tr("Sisa pokok"), lambda r: r.outstanding, "money"),
            Column(self.tr("PPKA %"), lambda r: r.pct, "pct"),
            Column(self.tr("Penyisihan wajib"), lambda r: r.required, "money"),
        ], self)
        self.prov_table = ReportTable()
        self.prov_table.setObjectName("provisionTable")
        self.prov_table.setModel(self.prov_model)
        self.prov_table.fit({0: 50, 2: 90, 3: 160, 4: 90, 5: 160}, stretch=1)
        self.prov_summary = QLabel()
        self.prov_summary.setObjectName("provisionSummary")
        self.prov_summary.setWordWrap(True)
        prov_box = QGroupBox(self.tr("Penyisihan kerugian piutang (PPKA)"))
        pl = QVBoxLayout(prov_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Per tanggal")))
        row.addWidget(self.as_of)
        row.addWidget(self.quote_button)
        row.addStretch(1)
        row.addWidget(self.post_button)
        pl.addLayout(row)
        pl.addWidget(self.prov_table, 1)
        pl.addWidget(self.prov_summary)

        # ---- year-end close
        self.year = QSpinBox()
        self.year.setObjectName("closeYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.close_button = QPushButton(self.tr("Tutup tahun buku…"))
        self.close_button.setObjectName("closeYearButton")
        self.close_button.setVisible(allowed(ctx.actor, "period.close"))
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.reopen_button.setObjectName("reopenYearButton")
        self.reopen_button.setVisible(allowed(ctx.actor, "period.reopen"))
        self.close_model = RowsModel([
            Column(self.tr("Tahun"), lambda r: str(r.year)),
            Column(self.tr("Ditutup"), lambda r: r.closed_on, "date"),
            Column(self.tr("SHU"), lambda r: r.surplus, "money"),
            Column(self.tr("Jurnal penutup"), lambda r: r.entry_number),
            Column(self.tr("Oleh"), lambda r: r.closed_by),
            Column(self.tr("Status"), self._close_status),
        ], self, muted=lambda r: bool(getattr(r, "reopened_at", None)))
        self.close_table = ReportTable()
        self.close_table.setObjectName("closeTable")
        self.close_table.setModel(self.close_model)
        self.close_table.fit({0: 70, 1: 170, 2: 150, 3: 150, 4: 180}, stretch=5)
        explain = QLabel(self.tr(
            "Menutup tahun memindahkan pendapatan dan beban ke SHU tahun berjalan dan mengunci "
            "periode itu: tidak ada transaksi yang boleh dibukukan dengan tanggal di dalamnya. "
            "Koreksi dibukukan pada periode yang masih terbuka dengan rujukan ke transaksi asal. "
            "Hanya admin yang dapat membuka kembali, dengan alasan yang dicatat."))
        explain.setObjectName("pageHint")
        explain.setWordWrap(True)
        close_box = QGroupBox(self.tr("Tutup buku akhir tahun"))
        cl = QVBoxLayout(close_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tahun buku")))
        row.addWidget(self.year)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        cl.addLayout(row)
        cl.addWidget(self.close_table, 1)
        cl.addWidget(explain)

        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(prov_box, 3)
        lay.addWidget(close_box, 2)

        self.quote_button.clicked.connect(self.refresh_quote)
        self.post_button.clicked.connect(lambda: self.post_provision())
        self.close_button.clicked.connect(lambda: self.close_year())
        self.reopen_button.clicked.connect(lambda: self.reopen_year())
        self.refresh()

    def _close_status(self, r) -> str:
        if getattr(r, "reopened_at", None):
            return self.tr("dibuka kembali: {reason}").format(reason=getattr(r, "reopen_reason", "") or "")
        return self.tr("ditutup")

    def on_changes(self, changes) -> None:
        if changes.touches("ledger", "books", "repayments", "credits"):
            self.refresh()

    def refresh(self) -> None:
        self.refresh_quote()
        try:
            self.close_model.set_rows(year_end.list_year_closes(self.ctx.db))
        except Exception as exc:  # noqa: BLE001 - said in place, not in a dialog on every refresh
            self.close_model.set_rows([])
            self.notice.show_message(str(getattr(exc, "message", exc)), kind="warn")

    def refresh_quote(self) -> None:
        try:
            self.quote = provisions.provision_quote(self.ctx.db, as_of=self.as_of.value())
        except Exception as exc:  # noqa: BLE001
            self.prov_model.set_rows([])
            self.prov_summary.setText(str(getattr(exc, "message", exc)))
            return
        q = self.quote
        self.prov_model.set_rows(q.rows)
        change = q.change
        what = (self.tr("tambah {x}").format(x=format_rupiah(change)) if change > 0 else
                self.tr("kurangi {x}").format(x=format_rupiah(-change)) if change < 0 else
                self.tr("tidak ada perubahan"))
        self.prov_summary.setText(self.tr(
            "Penyisihan yang dibutuhkan per {date}: {req} · sudah dibukukan: {booked} · "
            "jurnal penyesuaian: {what}").format(date=format_date_id(q.as_of),
                                                 req=format_rupiah(q.required),
                                                 booked=format_rupiah(q.booked), what=what))

    def post_provision(self, *, ask: bool = True) -> bool:
        if ask and not confirm(self, self.tr("Bukukan penyisihan"), self.prov_summary.text()):
            return False
        if self.ctx.perform(provisions.post_provision, source=self, as_of=self.as_of.value()) is None:
            return False
        self.notice.show_message(self.tr("Penyisihan per {date} dibukukan.").format(
            date=format_date_id(self.as_of.value())))
        self.refresh()
        return True

    def close_question(self, year: int) -> str:
        """The chair's confirmation, warning when the loan-loss provision at 31 December does
        not match the loans yet (after the close the treasurer can no longer adjust it)."""
        text = self.tr("Tutup buku tahun {year}? Setelah ditutup tidak ada transaksi yang dapat "
                       "dibukukan dengan tanggal di tahun itu.").format(year=year)
        try:
            change = provisions.provision_quote(self.ctx.db, as_of=dt.date(year, 12, 31)).change
        except (UserError, PermissionDenied):
            return text
        if change:
            adjust = (self.tr("tambah {amount}") if change > 0 else self.tr("kurangi {amount}")).format(
                amount=format_rupiah(abs(change)))
            text += "\n\n" + self.tr(
                "Perhatian: penyisihan kerugian piutang per 31 Desember {year} belum dibukukan sesuai "
                "kolektibilitas (jurnal penyesuaian oleh bendahara: {adjust}). Sesudah tutup buku "
                "penyesuaian itu tidak dapat lagi bertanggal di tahun {year}.").format(year=year, adjust=adjust)
        return text

    def close_year(self, *, ask: bool = True) -> bool:
        year = self.year.value()
        if ask and not confirm(self, self.tr("Tutup tahun buku"), self.close_question(year)):
            return False
        outcome = self.ctx.perform(year_end.close_year, source=self, year=year)
        if outcome is None:
            return False
        self.notice.show_message(self.tr("Tahun buku {year} ditutup; SHU {shu}.").format(
            year=year, shu=format_rupiah(outcome.value.surplus)))
        self.refresh()
        return True

    def reopen_year(self, reason: str | None = None) -> bool:
        year = self.year.value()
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Buka kembali tahun buku"),
                                              self.tr("Alasan membuka kembali tahun {year} (wajib):")
                                              .format(year=year))
            if not ok:
                return False
        if self.ctx.perform(year_end.reopen_year, source=self, year=year, reason=reason) is None:
            return False
        self.notice.show_message(self.tr("Tahun buku {year} dibuka kembali.").format(year=year))
        self.refresh()
        return True
