"""A small horizontal bar chart of outstanding by kolektibilitas, painted with QPainter
(no chart library: five bars do not need one)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamura_desktop.domain.money import format_rupiah


@dataclass(frozen=True)
class Bar:
    label: str
    amount: int
    note: str  # e.g. "3 kredit · 12,5 %"
    colour: str


class KolBarChart(QWidget):
    ROW = 31
    PAD = 8

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kolChart")
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_bars(self, bars: list[Bar], *, empty_text: str = "") -> None:
        self.bars = list(bars)
        self.empty_text = empty_text
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, self.PAD * 2 + self.ROW * max(5, len(self.bars)))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#cfd8d4")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        fm = QFontMetrics(base)
        total = sum(b.amount for b in self.bars)
        if not self.bars or total == 0:
            p.setPen(QColor("#666666"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 12, self.width() // 2)
        amount_w = max(fm.horizontalAdvance(format_rupiah(b.amount)) for b in self.bars) + 12
        left = self.PAD + label_w
        width = max(10, self.width() - left - amount_w - self.PAD)
        biggest = max(b.amount for b in self.bars) or 1
        for i, b in enumerate(self.bars):
            top = self.PAD + i * self.ROW
            bar_h = 14
            y = top + 2
            p.setFont(base)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(self.PAD, y - 2, label_w - 8, bar_h + 4),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 8))
            p.fillRect(QRectF(left, y, width, bar_h), QColor("#eef2f0"))
            w = width * b.amount / biggest if b.amount else 0
            if b.amount and w < 2:
                w = 2
            p.fillRect(QRectF(left, y, w, bar_h), QColor(b.colour))
            p.drawText(QRectF(left + width + 6, y - 2, amount_w, bar_h + 4),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_rupiah(b.amount))
            p.setFont(small)
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(left, y + bar_h, width + amount_w, self.ROW - bar_h - 4),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, b.note)
        p.end()
