"""Hasil IKM: the effectiveness index of one round, as KepMenPAN 25/2004 lays it out.

Per item: how many answered it, the sum of the answers, the mean (NRR) and NRR × NP; per
indicator: the sum and the mean of its item means; then NP, the IKM, its category and —
on the 4-point scales — the converted score (× 25). A bar per indicator shows which part of
the programme pulls the index down. Everything is computed by ``evaluation.round_result``
and follows the answers as they are typed (the hub's ``evaluation`` notices).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import evaluation, evaluation_report
from kamura_desktop.services.changes import Changes

from ..save_dialog import ask_save_path
from ..widgets import why_disabled
from .chart import IndicatorChart
from .models import IndicatorResultModel, ItemResultModel
from .printing import print_ikm, run_file_task, safe_name
from .widgets import (
    FigureCard,
    NoticeBar,
    band_colour,
    fmt_decimal,
    hint,
    section_title,
    setup_table,
)


class ResultsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: int | None = None
        self.round = None
        self.result = None
        self.scale = None
        self._stale = True

        self.round_box = QComboBox()
        self.round_box.setObjectName("resultRound")
        self.round_box.setMinimumContentsLength(40)
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_box.currentIndexChanged.connect(lambda _i: self.on_round_chosen())
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        why_disabled(self.pdf_button, self.tr("Pilih dulu survei yang sudah berisi jawaban."))
        self.pdf_button.setObjectName("ikmPdf")
        self.pdf_button.clicked.connect(lambda: self.print_pdf())
        self.xlsx_button = QPushButton(self.tr("Simpan Excel…"))
        why_disabled(self.xlsx_button, self.tr("Pilih dulu survei yang sudah berisi jawaban."))
        self.xlsx_button.setObjectName("ikmXlsx")
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Putaran")))
        top.addWidget(self.round_box, 1)
        top.addStretch(0)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.notice = NoticeBar()

        self.cards = {
            "respondents": FigureCard(self.tr("Responden")),
            "np": FigureCard(self.tr("NP (bobot per butir)")),
            "ikm": FigureCard(self.tr("IKM")),
            "category": FigureCard(self.tr("Kategori")),
            "converted": FigureCard(self.tr("Nilai konversi (IKM × 25)")),
        }
        self.cards["category"].setMinimumWidth(200)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        cards.addStretch(1)

        self.item_model = ItemResultModel(self)
        self.items = QTableView()
        self.items.setObjectName("itemResults")
        self.items.setModel(self.item_model)
        setup_table(self.items, stretch=ItemResultModel.COL_TEXT)
        IR = ItemResultModel
        for col, width in ((IR.COL_CODE, 44), (IR.COL_ANSWERED, 68), (IR.COL_TOTAL, 84),
                           (IR.COL_MEAN, 66), (IR.COL_WEIGHTED, 60), (IR.COL_CATEGORY, 112)):
            self.items.setColumnWidth(col, width)
        self.items.hideColumn(IR.COL_INDICATOR)  # the rows come in indicator order; see the right
        self.indicator_model = IndicatorResultModel(self)
        self.indicators = QTableView()
        self.indicators.setObjectName("indicatorResults")
        self.indicators.setModel(self.indicator_model)
        setup_table(self.indicators, stretch=IndicatorResultModel.COL_NAME)
        N = IndicatorResultModel
        for col, width in ((N.COL_TOTAL, 84), (N.COL_MEAN, 66), (N.COL_CATEGORY, 112)):
            self.indicators.setColumnWidth(col, width)
        self.indicators.hideColumn(N.COL_ITEMS)  # in the row's tooltip
        self.indicators.hideColumn(N.COL_ANSWERED)
        self.chart = IndicatorChart()

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(section_title(self.tr("Per butir")))
        ll.addWidget(self.items, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(section_title(self.tr("Per indikator")))
        rl.addWidget(self.indicators)
        rl.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([680, 460])
        split.setChildrenCollapsible(False)
        self.explain = hint(self.tr(
            "NRR = jumlah nilai ÷ banyaknya jawaban (jawaban kosong tidak dihitung) · NP = 1 ÷ "
            "banyaknya butir · IKM = Σ NRR × NP · kategori menurut tabel skala putaran ini."))

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addLayout(cards)
        lay.addWidget(split, 1)
        lay.addWidget(self.explain)

        ctx.hub.changed.connect(self.on_changed)

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("evaluation"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def select_round(self, round_id: int | None) -> None:
        """Show this round (the Survei tab's choice follows here)."""
        self.round_id = round_id
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def fill_rounds(self) -> None:
        rounds = evaluation.list_rounds(self.ctx.db)
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for r in rounds:
            self.round_box.addItem(self.tr("{title} — {code}, {date} ({n} responden)").format(
                title=r.title, code=r.instrument_code.upper(), date=format_date_id(r.held_on),
                n=r.respondents), r.id)
        if self.round_id is None and rounds:
            self.round_id = rounds[0].id
        i = self.round_box.findData(self.round_id)
        if i < 0 and rounds:
            self.round_id, i = rounds[0].id, 0
        self.round_box.setCurrentIndex(i)
        self.round_box.blockSignals(False)
        if not rounds:
            self.round_id = None

    def on_round_chosen(self) -> None:
        self.round_id = self.round_box.currentData()
        self.show_result()

    def reload(self) -> None:
        self.fill_rounds()
        self.show_result()

    def show_result(self) -> None:
        self.notice.clear()
        self.result = None
        self.round = evaluation.get_round(self.ctx.db, self.round_id) if self.round_id else None
        self.scale = self.round.scale if self.round else None
        if self.round is None:
            why = self.tr("Belum ada putaran survei.")
        else:
            try:
                self.result = evaluation.round_result(self.ctx.db, self.round_id)
                why = ""
            except UserError as exc:
                why = exc.message
        if self.result is None:
            if self.round is not None:
                self.notice.show_message(self.tr("IKM putaran ini belum dapat dihitung: {why}").format(
                    why=why), kind="warn")
            for card in self.cards.values():
                card.clear()
            self.cards["converted"].setVisible(False)
        else:
            self.show_cards()
        self.item_model.set_result(self.result, self.scale)
        self.indicator_model.set_result(self.result, self.scale)
        rows = max(3, self.indicator_model.rowCount())
        self.indicators.setFixedHeight(self.indicators.horizontalHeader().sizeHint().height()
                                       + rows * self.indicators.verticalHeader().defaultSectionSize() + 4)
        self.chart.set_result(self.result, self.scale, empty_text=why)
        self.pdf_button.setEnabled(self.result is not None)
        self.xlsx_button.setEnabled(self.result is not None)

    def show_cards(self) -> None:
        r, scale = self.result, self.scale
        blank = self.tr("{n} tanpa jawaban").format(n=r.blank_rows) if r.blank_rows else ""
        self.cards["respondents"].set(str(r.respondents), blank)
        self.cards["np"].set(fmt_decimal(r.np), self.tr("1 ÷ {n} butir").format(n=len(r.items)))
        colour = band_colour(scale, r.category)
        self.cards["ikm"].set(fmt_decimal(r.ikm), self.tr("skala {low}–{high}").format(
            low=scale.min_value, high=scale.max_value), colour=colour)
        note = ""
        if scale.classify_on == "converted":  # SKM: the table is read on the converted score
            note = self.tr("dibaca pada nilai konversi {value}").format(
                value=fmt_decimal(r.classified_value))
        self.cards["category"].set(r.category.display, note, colour=colour)
        self.cards["converted"].setVisible(r.converted is not None)
        if r.converted is not None:
            self.cards["converted"].set(fmt_decimal(r.converted), self.tr("dari 25 sampai 100"))

    # ------------------------------------------------------------ documents
    def print_pdf(self, on_shown=None):
        if self.result is None or self.round_id is None:
            return None
        return print_ikm(self.ctx, self, round_id=self.round_id, on_shown=on_shown)

    def save_xlsx(self, path: str | Path | None = None, on_done=None):
        if self.result is None or self.round is None:
            return None
        rnd = self.round
        path = ask_save_path(self, self.tr("Simpan hasil IKM"), f"ikm-{safe_name(rnd.title)}.xlsx",
                             kind="xlsx", path=path)
        if path is None:
            return None
        return run_file_task(
            self.ctx, self,
            lambda: evaluation_report.write_ikm_xlsx(self.ctx.db, round_id=rnd.id, path=path,
                                                   actor=self.ctx.actor),
            path=path, label=self.tr("Menulis hasil IKM ke Excel…"),
            done_text=self.tr("Hasil IKM disimpan di {path}."), on_done=on_done)
