"""Small widgets of the lender pool window: the funding bar (in a table cell and as a
widget), a rupiah field, and a read-only table set up the house way."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, parse_rupiah

from ..widgets import DataTable as DataTable  # noqa: F401 - the lender pages import it from here
from .models import PROGRESS_ROLE

BAR_BORDER = QColor("#b9c6c1")
BAR_PART = QColor("#e0b93c")  # partly funded
BAR_FULL = QColor("#2e7d5b")  # fully funded
BAR_TEXT = QColor("#1d2b27")


def paint_funding_bar(painter: QPainter, rect: QRect, funded: int, principal: int) -> None:
    """A flat bar: gold while partly funded, green once full, "60 %" in the middle."""
    share = min(funded, principal) / principal if principal > 0 else 0.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.setPen(QPen(BAR_BORDER, 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(box, 3, 3)
    if share > 0:
        fill = QRectF(box.left(), box.top(), box.width() * share, box.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_FULL if share >= 1 else BAR_PART)
        painter.drawRoundedRect(fill, 3, 3)
    painter.setPen(QColor("#ffffff") if share >= 1 else BAR_TEXT)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{int(share * 100)} %")
    painter.restore()


class FundingBarDelegate(QStyledItemDelegate):
    """Paints (funded, principal) from ``PROGRESS_ROLE`` as a funding bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        # the row's background and selection as for any cell, then the bar on top
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, option.widget)
        paint_funding_bar(painter, option.rect.adjusted(5, 5, -5, -5), *value)


class FundingBar(QWidget):
    """The same bar as a widget (the commitment dialog)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.funded = 0
        self.principal = 0
        self.setMinimumHeight(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, funded: int, principal: int) -> None:
        self.funded, self.principal = funded, principal
        self.update()

    def text(self) -> str:
        share = min(self.funded, self.principal) / self.principal if self.principal > 0 else 0.0
        return f"{int(share * 100)} %"

    def sizeHint(self) -> QSize:
        return QSize(200, 20)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        paint_funding_bar(p, self.rect(), self.funded, self.principal)
        p.end()


class MoneyEdit(QLineEdit):
    """A rupiah amount typed as 25000, 25.000 or Rp25.000; tidied to 25.000 on leaving."""

    def __init__(self, parent: QWidget | None = None, *, big: bool = False):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(self.tr("mis. 25.000"))
        if big:
            self.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.editingFinished.connect(self.tidy)

    def tidy(self) -> None:
        try:
            value = parse_rupiah(self.text())
        except UserError:
            return  # left as typed; the service's answer shows next to the field
        self.setText(format_number(value))

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_number(amount))
