"""Tunggakan & kolektibilitas: every running credit's standing on a date, with PAR, the
repayment rate of a period and outstanding by kolektibilitas.

``loan_standings`` and ``collected_and_due`` replay every credit's payments, so both run
through ``ctx.tasks`` (off the UI thread). Filtering by group, product and minimum class
only chooses which of the returned rows to show; PAR and the chart use the group and
product filters (the slice of the portfolio) but not the class filter, which would make
every loan "at risk". The indicators are the domain's (``domain/portfolio.py``), all on the
principal still owed (the balance sheet's receivable); the service still owed is shown beside
it and the screen says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamura_desktop.domain.kolektibilitas import get_rule_set
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.portfolio import (
    Band,
    Ratio,
    arrears_totals,
    portfolio_figures,
    repayment_rate,
)
from kamura_desktop.services import credit_products, groups, repayments
from kamura_desktop.services import settings as settings_service
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.repayments import LoanStanding

from ..messages import show_error
from ..save_dialog import ask_save_path
from ..widgets import abbreviation_tip, keep_columns_whole
from .chart import Bar, KolBarChart
from .labels import RepaymentLabels
from .models import ID_ROLE, StandingsModel
from .printing import export_arrears
from .widgets import KOL_COLOURS, DateEdit, NoticeBar, fit_columns, hint, section_title, table_view


class Figure(QFrame):
    """A caption over a big number (an indicator card)."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet("QFrame#figure { background: #f6f9f8; border: 1px solid #cfd8d4; "
                           "border-radius: 4px; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555555; border: none;")
        # its abbreviation spelled out here: the card's own tooltip would take a request the
        # caption passes on before the window's AbbreviationTips saw it (ui/widgets.py)
        self.caption.setToolTip(abbreviation_tip(caption))
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 13pt; font-weight: bold; border: none; color: #12503f;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #666666; font-size: 8.5pt; border: none;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(0)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)

    def set(self, value: str, note: str = "", colour: str = "#12503f") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"font-size: 13pt; font-weight: bold; border: none; color: {colour};")
        self.note.setText(note)


class ArrearsTab(QWidget):
    open_credit = Signal(int)  # credit id (double click on a row)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = RepaymentLabels(self)
        self.standings: list[LoanStanding] = []
        self.loading = False
        self._generation = 0
        self._rr_generation = 0
        self._loaded_once = False
        self._stale = False
        self.rr: Ratio | None = None

        # ---- filters
        today = dt.date.today()
        self.as_of = DateEdit(maximum=today)
        self.as_of.setObjectName("asOf")
        self.group = QComboBox()
        self.group.setObjectName("arrearsGroup")
        self.product = QComboBox()
        self.product.setObjectName("arrearsProduct")
        self.min_kol = QComboBox()
        self.min_kol.setObjectName("minKol")
        self.min_kol.addItem(self.tr("Semua kolektibilitas"), 1)
        for k in range(2, 6):
            self.min_kol.addItem(self.tr("Kol {k} ke atas").format(k=k), k)
            self.min_kol.setItemData(k - 1, self.tr("{k} {name} sampai 5 Macet").format(
                k=k, name=self.labels.kol_name(k)), Qt.ItemDataRole.ToolTipRole)
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.export_button.setObjectName("exportArrears")
        self.export_button.clicked.connect(lambda: self.export_excel())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Per tanggal")))
        filters.addWidget(self.as_of)
        filters.addSpacing(8)
        self.group.setMinimumWidth(170)
        self.product.setMinimumWidth(130)
        self.min_kol.setMinimumWidth(150)
        filters.addWidget(self.group, 2)
        filters.addWidget(self.product, 1)
        filters.addWidget(self.min_kol, 1)
        filters.addWidget(self.export_button)
        self.notice = NoticeBar()

        # ---- indicators
        self.fig_outstanding = Figure(self.tr("Pokok terutang"))
        self.fig_par = {d: Figure(self.tr("PAR > {d} hari").format(d=d)) for d in (1, 30, 90)}
        self.fig_rr = Figure(self.tr("Tingkat pengembalian"))
        for key, f in (("outstanding", self.fig_outstanding), ("par1", self.fig_par[1]),
                       ("par30", self.fig_par[30]), ("par90", self.fig_par[90]), ("rr", self.fig_rr)):
            f.setObjectName(f"figure_{key}")
            f.setStyleSheet(f"QFrame#figure_{key} {{ background: #f6f9f8; border: 1px solid #cfd8d4; "
                            "border-radius: 4px; }")
        self.fig_par[1].setToolTip(self.tr("Seluruh pokok terutang kredit yang punya angsuran terlambat "
                                           "lebih dari 1 hari ÷ seluruh pokok terutang"))
        self.fig_provision = Figure(self.tr("Cadangan (PPKA)"))
        self.fig_provision.setObjectName("figure_provision")
        self.fig_provision.setStyleSheet("QFrame#figure_provision { background: #f6f9f8; border: 1px solid "
                                         "#cfd8d4; border-radius: 4px; }")
        figures = QGridLayout()
        figures.setHorizontalSpacing(8)
        figures.setVerticalSpacing(8)
        for i, f in enumerate((self.fig_outstanding, self.fig_par[1], self.fig_par[30], self.fig_rr,
                               self.fig_par[90], self.fig_provision)):
            figures.addWidget(f, i // 3, i % 3)
        self.rr_from = DateEdit(today.replace(day=1), maximum=today)
        self.rr_from.setObjectName("rrFrom")
        self.rr_to = DateEdit(today, maximum=today)
        self.rr_to.setObjectName("rrTo")
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Tingkat pengembalian periode")))
        period.addWidget(self.rr_from)
        period.addWidget(QLabel(self.tr("s.d.")))
        period.addWidget(self.rr_to)
        period.addStretch(1)
        self.pnpm = hint()
        self.pnpm.setObjectName("pnpmIndicators")
        self.basis = hint()
        self.basis.setObjectName("arrearsBasis")
        self.basis.setWordWrap(True)

        # ---- the list and the chart
        self.model = StandingsModel(self)
        self.table = table_view(self.model, stretch=None)
        self.table.setObjectName("standingsTable")
        self.table.setSortingEnabled(False)
        fit_columns(self.table, {0: 150, 1: 74, 2: 92, 3: 84, 4: 70, 5: 76, 6: 180, 7: 104, 8: 120, 9: 112})
        keep_columns_whole(self.table, (0, 1, 6, 7, 8, 9))  # names, class, phone: never cut
        self.table.setToolTip(self.tr("Klik dua kali sebuah baris untuk membuka kreditnya."))
        self.table.doubleClicked.connect(self._open_row)
        self.totals = QLabel()
        self.totals.setObjectName("arrearsTotals")
        self.totals.setStyleSheet("font-weight: bold; color: #12503f;")
        self.chart = KolBarChart()
        self.chart_note = hint()
        summary_left = QVBoxLayout()
        summary_left.addLayout(figures)
        summary_left.addLayout(period)
        summary_left.addWidget(self.pnpm)
        summary_left.addWidget(self.basis)
        summary_left.addStretch(1)
        chart_box = QVBoxLayout()
        chart_box.setSpacing(2)
        chart_box.addWidget(section_title(self.tr("Pokok terutang per kolektibilitas")))
        chart_box.addWidget(self.chart)
        chart_box.addWidget(self.chart_note)
        summary = QHBoxLayout()
        summary.addLayout(summary_left, 3)
        summary.addLayout(chart_box, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.notice)
        lay.addLayout(summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)

        self.as_of.dateChanged.connect(lambda _d: self.reload())
        for combo in (self.group, self.product, self.min_kol):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.rr_from.dateChanged.connect(lambda _d: self.reload_rate())
        self.rr_to.dateChanged.connect(lambda _d: self.reload_rate())
        ctx.hub.changed.connect(self.on_changed)
        self.update_buttons()

    # ------------------------------------------------------------ loading
    def load_choices(self) -> None:
        for combo, everything, items in (
                (self.group, self.tr("Semua kelompok"),
                 [(f"{g.code} — {g.name}", g.id) for g in groups.list_groups(self.ctx.db, include_dissolved=True)]),
                (self.product, self.tr("Semua produk"),
                 [(p.name, p.code) for p in credit_products.list_products(self.ctx.db, include_inactive=True)])):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once or self._stale:
            self._stale = False
            self.reload()
        self.update_buttons()

    def reload(self) -> None:
        """Ask the services again (date changed, or a change notice)."""
        self._loaded_once = True
        self.load_choices()
        self._generation += 1
        generation = self._generation
        db, as_of = self.ctx.db, self.as_of.value()
        self.loading = True
        self.totals.setText(self.tr("Memuat…"))
        self.ctx.tasks.run(lambda: repayments.loan_standings(db, as_of=as_of),
                           label=self.tr("Menghitung tunggakan dan kolektibilitas…"), parent_widget=self,
                           on_done=lambda rows: self._apply(generation, rows),
                           on_error=lambda exc: self._failed(generation, exc))
        self.reload_rate()

    def _apply(self, generation: int, rows: list[LoanStanding]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.loading = False
        self.standings = rows
        self.apply_filters()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.loading = False
        self.totals.clear()
        show_error(self, exc)

    def reload_rate(self) -> None:
        self._rr_generation += 1
        generation = self._rr_generation
        db, start, end = self.ctx.db, self.rr_from.value(), self.rr_to.value()
        if start > end:
            self.fig_rr.set("–", self.tr("periode terbalik"), "#b00020")
            return
        self.fig_rr.set("…", "")

        def done(result: tuple[int, int]) -> None:
            if not isValid(self) or generation != self._rr_generation:
                return
            collected, due = result
            self.rr = repayment_rate(collected, due)
            self.show_rate()

        self.ctx.tasks.run(lambda: repayments.collected_and_due(db, date_from=start, date_to=end),
                           label=self.tr("Menghitung tingkat pengembalian…"), parent_widget=self,
                           on_done=done, on_error=lambda exc: show_error(self, exc))

    def show_rate(self) -> None:
        r = self.rr
        if r is None:
            return
        colour = "#12503f" if not r.defined or r.value >= 1 else ("#b00020" if r.value < 0.9 else "#c9a227")
        self.fig_rr.set(r.percent_text(), self.tr("{c} dari {d} jatuh tempo").format(
            c=format_rupiah(r.numerator), d=format_rupiah(r.denominator)) if r.defined
            else self.tr("tidak ada yang jatuh tempo"), colour)

    # ------------------------------------------------------------ showing
    def portfolio(self) -> list[LoanStanding]:
        """The rows of the chosen group and product (all classes)."""
        group_id, product = self.group.currentData(), self.product.currentData()
        return [s for s in self.standings
                if (group_id is None or s.group_id == group_id) and (product is None or s.product_code == product)]

    def apply_filters(self) -> None:
        slice_ = self.portfolio()
        min_kol = self.min_kol.currentData() or 1
        rows = sorted((s for s in slice_ if s.kolektibilitas >= min_kol),
                      key=lambda s: (-s.kolektibilitas, -s.days_past_due, s.group_code, s.member_name))
        self.model.set_rows(rows)
        shown = arrears_totals(s.position() for s in rows)
        self.totals.setText(self.tr("{n} kredit · pokok terutang {total} · {late} kredit terlambat, pokok "
                                    "{late_total} · jasa terutang {service} (tidak termasuk)").format(
            n=shown.count, total=format_rupiah(shown.outstanding), late=shown.late_count,
            late_total=format_rupiah(shown.late_outstanding), service=format_rupiah(shown.service_outstanding)))
        rule_set = get_rule_set(settings_service.all_settings(self.ctx.db)["credit.kol_rule_set"])
        fig = portfolio_figures([s.position() for s in slice_], rule_set)
        self.fig_outstanding.set(format_rupiah(fig.outstanding),
                                 self.tr("{n} kredit · jasa terutang {service}").format(
                                     n=fig.count, service=format_rupiah(fig.service_outstanding)))
        for days, ratio in fig.par:
            colour = "#12503f" if not ratio.defined or ratio.numerator == 0 else (
                "#b00020" if ratio.value >= 0.1 else "#c9a227")
            self.fig_par[days].set(ratio.percent_text(), format_rupiah(ratio.numerator) if ratio.defined else "",
                                   colour)
        ind = fig.pnpm
        bands = {Band.BAIK: self.tr("baik"), Band.CUKUP: self.tr("cukup"), Band.KURANG: self.tr("kurang"),
                 None: "–"}
        self.pnpm.setText(self.tr("Ukuran dana bergulir (≥ 3 angsuran tertunggak): LAR {lar} ({lar_b}) · "
                                  "PAR {par} ({par_b}) · RR {rr} ({rr_b})").format(
            lar=ind.lar.percent_text(), lar_b=bands[ind.lar_band], par=ind.par.percent_text(),
            par_b=bands[ind.par_band], rr=ind.rr.percent_text(), rr_b=bands[ind.rr_band]))
        self.chart.set_bars([
            Bar(f"{k + 1} {self.labels.kol_name(k + 1)}", b.outstanding,
                self.tr("{n} kredit · {share}").format(n=b.count, share=b.share.percent_text()),
                KOL_COLOURS[k]) for k, b in enumerate(fig.aging)],
            empty_text=self.tr("Tidak ada kredit berjalan pada tanggal ini."))
        self.chart_note.setText(self.tr("Aturan kolektibilitas: {rule}.").format(rule=rule_set.name))
        self.fig_provision.set(format_rupiah(fig.provision), self.tr("dasar {base} (tanpa bagian lender)").format(
            base=format_rupiah(fig.provision_base)))
        self.basis.setText(self.tr("Dasar PAR, LAR/RR, kolektibilitas dan PPKA: pokok terutang (sama dengan "
                                   "piutang di neraca). Jasa terutang {service} ditampilkan tersendiri dan tidak "
                                   "ikut dihitung.").format(service=format_rupiah(fig.service_outstanding)))
        self.update_buttons()

    def update_buttons(self) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setToolTip(self.tr("Simpan daftar tunggakan per tanggal ini ke Excel"))

    def _open_row(self, index) -> None:
        credit_id = index.siblingAtColumn(0).data(ID_ROLE)
        if credit_id is not None:
            self.open_credit.emit(int(credit_id))

    def export_excel(self, path: str | Path | None = None, on_done=None):
        as_of = self.as_of.value()
        default = Path.home() / f"tunggakan-{as_of:%Y-%m-%d}.xlsx"
        path = ask_save_path(self, self.tr("Ekspor daftar tunggakan"), default, kind="xlsx", path=path)
        if path is None:
            return None
        return export_arrears(self.ctx, self, as_of=as_of, path=path, on_done=on_done)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("repayments", "credits", "groups", "settings"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
