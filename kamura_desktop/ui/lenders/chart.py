"""The revolving fund's development as a small bar chart painted with QPainter: for each
year the fund's capital at the end of the year beside the loans still outstanding then.
A dozen years of two bars do not need a chart library."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamura_desktop.domain.money import format_rupiah

CAPITAL_COLOUR = QColor("#12503f")
OUTSTANDING_COLOUR = QColor("#e0b93c")
GRID_COLOUR = QColor("#e3e8e6")
TEXT_COLOUR = QColor("#444444")


@dataclass(frozen=True)
class ChartYear:
    year: int
    capital: int
    outstanding: int


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2 or 5 × 10^n rupiah) so that ``ticks`` steps reach ``top``."""
    if top <= 0:
        return 1
    raw = top / ticks
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for m in (1, 2, 5, 10):
        if m * magnitude >= raw:
            return m * magnitude
    return 10 * magnitude


def short_rupiah(amount: int) -> str:
    """An axis label: 40 jt, 2,5 jt, 500 rb, 0."""
    if amount >= 1_000_000:
        text = f"{amount / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return QCoreApplication.translate("FundChart", "{n} jt").format(n=text)
    if amount >= 1_000:
        return QCoreApplication.translate("FundChart", "{n} rb").format(n=amount // 1_000)
    return str(amount)


class FundChart(QWidget):
    PAD = 10

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fundChart")
        self.years: list[ChartYear] = []
        self.empty_text = ""
        self.capital_text = self.tr("Modal dana bergulir")
        self.outstanding_text = self.tr("Pinjaman beredar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def set_years(self, years: list[ChartYear], *, empty_text: str = "") -> None:
        self.years = list(years)
        self.empty_text = empty_text
        self.setToolTip("\n".join(
            f"{y.year}: {self.capital_text.lower()} {format_rupiah(y.capital)}, "
            f"{self.outstanding_text.lower()} {format_rupiah(y.outstanding)}" for y in self.years))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#cfd8d4")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        fm = QFontMetrics(small)
        top_value = max([max(y.capital, y.outstanding) for y in self.years] + [0])
        if not self.years or top_value <= 0:
            p.setPen(QColor("#666666"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
            p.end()
            return
        p.setFont(small)

        # ---- legend across the top
        x = self.PAD + 4
        legend_y = self.PAD
        for colour, text in ((CAPITAL_COLOUR, self.capital_text),
                             (OUTSTANDING_COLOUR, self.outstanding_text)):
            p.fillRect(QRectF(x, legend_y + 2, 12, 10), colour)
            p.setPen(TEXT_COLOUR)
            p.drawText(QPointF(x + 16, legend_y + fm.ascent()), text)
            x += 16 + fm.horizontalAdvance(text) + 18

        # the latest year's figures at the right of the legend
        last = self.years[-1]
        latest = self.tr("{year}: modal {capital} · beredar {outstanding}").format(
            year=last.year, capital=short_rupiah(last.capital), outstanding=short_rupiah(last.outstanding))
        p.setPen(TEXT_COLOUR)
        p.drawText(QRectF(x, legend_y, self.width() - self.PAD - 4 - x, fm.height() + 2),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, latest)

        # ---- the axis
        step = nice_step(top_value)
        ticks = -(-top_value // step)
        axis_top = step * ticks
        label_w = max(fm.horizontalAdvance(short_rupiah(step * i)) for i in range(ticks + 1)) + 8
        plot = QRectF(self.PAD + label_w, self.PAD + fm.height() + 10,
                      self.width() - 2 * self.PAD - label_w, 0)
        plot.setBottom(self.height() - self.PAD - fm.height() - 4)
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            p.setPen(QPen(GRID_COLOUR if i else QColor("#9aa8a3"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT_COLOUR)
            p.drawText(QRectF(self.PAD, y - fm.height() / 2, label_w - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       short_rupiah(step * i))

        # ---- two bars per year
        n = len(self.years)
        slot = plot.width() / n
        bar_w = max(2.0, min(28.0, slot * 0.34))
        label_every = max(1, -(-(fm.horizontalAdvance("2024") + 6) // int(max(slot, 1))))
        for i, y in enumerate(self.years):
            centre = plot.left() + slot * (i + 0.5)
            for k, (value, colour) in enumerate(((y.capital, CAPITAL_COLOUR),
                                                 (y.outstanding, OUTSTANDING_COLOUR))):
                h = plot.height() * max(value, 0) / axis_top
                left = centre - bar_w - 1 if k == 0 else centre + 1
                p.fillRect(QRectF(left, plot.bottom() - h, bar_w, h), colour)
            if (n - 1 - i) % label_every == 0:  # counted from the end: the last year always shows
                p.setPen(TEXT_COLOUR)
                p.drawText(QRectF(centre - slot / 2 - 10, plot.bottom() + 3, slot + 20, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(y.year))
        p.end()
