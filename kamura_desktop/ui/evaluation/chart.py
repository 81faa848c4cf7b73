"""The IKM of a round per indicator, as horizontal bars painted with QPainter.

Each indicator's mean is a bar on the scale's range (1–5 or 1–4), coloured by its category;
the category bands of the scale are shaded lightly behind the bars and the round's IKM is a
dashed line across them, so the chair sees at a glance which indicator pulls the index
down. A handful of bars need no chart library.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .widgets import band_colour, fmt_decimal

TEXT_COLOUR = QColor("#333333")
GRID_COLOUR = QColor("#d5dcd9")


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: Decimal
    note: str  # the category
    colour: str


@dataclass(frozen=True)
class ChartBand:
    low: float
    high: float
    colour: str
    label: str


class IndicatorChart(QWidget):
    ROW = 34
    PAD = 10

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.bars: list[ChartBar] = []
        self.bands: list[ChartBand] = []
        self.low = 1
        self.high = 5
        self.ikm: Decimal | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.sizeHint().height())

    def set_result(self, result, scale, *, empty_text: str = "") -> None:
        """Bars for ``result.indicators`` on ``scale``; ``result`` None shows ``empty_text``."""
        self.empty_text = empty_text
        if result is None or scale is None:
            self.bars, self.bands, self.ikm = [], [], None
        else:
            self.low, self.high = scale.min_value, scale.max_value
            self.bars = [ChartBar(ind.name, ind.mean, ind.category.display,
                                  band_colour(scale, ind.category)) for ind in result.indicators]
            self.bands = [ChartBand(float(c.low), float(c.high), band_colour(scale, c), c.display)
                          for c in scale.categories]
            self.ikm = result.ikm
        self.setToolTip("\n".join(f"{b.label}: {fmt_decimal(b.value)} ({b.note})" for b in self.bars))
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.PAD * 2 + 72 + self.ROW * max(3, len(self.bars)))

    def x_of(self, value: float, left: float, width: float) -> float:
        span = max(self.high - self.low, 1)
        return left + width * (min(max(value, self.low), self.high) - self.low) / span

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#cfd8d4")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        fm, sfm = QFontMetrics(base), QFontMetrics(small)
        if not self.bars:
            p.setPen(QColor("#666666"))
            p.drawText(self.rect().adjusted(12, 12, -12, -12),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 14, self.width() // 3)
        value_w = max(fm.horizontalAdvance(fmt_decimal(b.value)) for b in self.bars) + 16
        left = self.PAD + label_w
        width = max(40.0, self.width() - left - value_w - self.PAD)
        top = self.PAD + 4
        bottom = top + self.ROW * len(self.bars)

        # category bands behind the bars (named in the legend under the axis)
        for band in self.bands:
            x0 = self.x_of(band.low, left, width)
            x1 = self.x_of(band.high, left, width)
            colour = QColor(band.colour)
            colour.setAlpha(28)
            p.fillRect(QRectF(x0, top, max(1.0, x1 - x0), bottom - top), colour)

        # the axis: one line per scale point
        for v in range(self.low, self.high + 1):
            x = self.x_of(v, left, width)
            p.setPen(QPen(GRID_COLOUR, 1))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(TEXT_COLOUR)
            p.drawText(QRectF(x - 20, bottom + 3, 40, sfm.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(v))

        # the bars
        for i, b in enumerate(self.bars):
            y = top + i * self.ROW
            bar_h = 16
            by = y + (self.ROW - bar_h) / 2 - 4
            p.setFont(base)
            p.setPen(TEXT_COLOUR)
            p.drawText(QRectF(self.PAD, by - 4, label_w - 8, bar_h + 8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 8))
            x1 = self.x_of(float(b.value), left, width)
            p.fillRect(QRectF(left, by, max(2.0, x1 - left), bar_h), QColor(b.colour))
            p.drawText(QRectF(x1 + 5, by - 4, value_w + width, bar_h + 8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, fmt_decimal(b.value))
            p.setFont(small)
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(left, by + bar_h, width, self.ROW - bar_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, b.note)

        # the round's IKM as a dashed line
        ly = bottom + sfm.height() + 8
        x_legend = float(self.PAD)
        p.setFont(small)
        if self.ikm is not None:
            x = self.x_of(float(self.ikm), left, width)
            p.setPen(QPen(QColor("#1d3a5a"), 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
            text = f"IKM {fmt_decimal(self.ikm)}"
            p.drawLine(QPointF(x_legend, ly + sfm.height() / 2), QPointF(x_legend + 18, ly + sfm.height() / 2))
            p.setPen(QColor("#1d3a5a"))
            p.drawText(QRectF(x_legend + 22, ly, sfm.horizontalAdvance(text) + 4, sfm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x_legend += 22 + sfm.horizontalAdvance(text) + 16
        # the legend of the category bands, as far as the width allows
        for band in self.bands:
            need = 14 + sfm.horizontalAdvance(band.label) + 12
            if x_legend + need > self.width() - self.PAD and x_legend > self.PAD:
                x_legend = float(self.PAD)  # on to the next line
                ly += sfm.height() + 3
            colour = QColor(band.colour)
            p.fillRect(QRectF(x_legend, ly + 2, 10, sfm.height() - 4), colour)
            p.setPen(TEXT_COLOUR)
            p.drawText(QRectF(x_legend + 14, ly, need, sfm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, band.label)
            x_legend += need
        p.end()
