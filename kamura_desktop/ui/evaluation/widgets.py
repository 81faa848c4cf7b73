"""Small pieces of the Evaluasi page: number formatting the Indonesian way, a figure card,
the permission check that only hides controls, and the shared look of the other books
(notice bar, read-only tables, section titles)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kamura_desktop.services import permissions

from ..members.widgets import MemberPicker
from ..repayments.widgets import (  # noqa: F401  (shared look of the books)
    DateEdit,
    NoticeBar,
    RupiahEdit,
    fit_columns,
    hint,
    section_title,
    setup_table,
    table_view,
)

#: category colours, from the lowest band to the highest (bars and the category card)
BAND_COLOURS = ("#b3261e", "#e07b24", "#c9a227", "#5b9b3c", "#12503f")
DASH = "–"


def can(actor, action: str) -> bool:
    """Whether to offer a control; the service decides anyway. An action nobody registered
    (an older build of the services) is not offered."""
    try:
        return permissions.allowed(actor, action)
    except KeyError:
        return False


def fmt_decimal(value: Decimal | float | int | None, places: int | None = None) -> str:
    """``3,4500`` / ``1.234.567,50``: thousands with a dot, decimals with a comma."""
    if value is None:
        return DASH
    if places is None:
        if isinstance(value, Decimal):
            exp = value.as_tuple().exponent
            places = max(0, -exp) if isinstance(exp, int) else 0
        else:
            places = 2
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def band_colour(scale, category) -> str:
    """The colour of a category: its place in the scale's table, spread over BAND_COLOURS."""
    try:
        i = list(scale.categories).index(category)
    except (ValueError, AttributeError):
        return BAND_COLOURS[-1]
    n = len(scale.categories)
    if n <= 1:
        return BAND_COLOURS[-1]
    return BAND_COLOURS[round(i * (len(BAND_COLOURS) - 1) / (n - 1))]


class FigureCard(QFrame):
    """A caption, a big figure and a small note (IKM, category, respondents…)."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet("QFrame#figureCard { border: 1px solid #cfd8d4; border-radius: 4px;"
                           " background: #fafcfb; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555555; border: none;")
        self.value = QLabel(DASH)
        self.value.setObjectName("figureValue")
        self.note = QLabel()
        self.note.setStyleSheet("color: #555555; font-size: 9pt; border: none;")
        self.note.setWordWrap(True)
        self.set_colour("#12503f")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)

    def set_colour(self, colour: str) -> None:
        self.value.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {colour}; border: none;")

    def set(self, value: str, note: str = "", *, colour: str = "#12503f") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.set_colour(colour)

    def clear(self) -> None:
        self.set(DASH)


class RespondentPicker(MemberPicker):
    """A member picker that also takes a free name: Enter on a name that matches no member
    announces ``free_name`` (the respondent is added under that name)."""

    free_name = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.edit.setPlaceholderText(self.tr("Nama anggota (Enter memilih) atau nama bebas"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.completer.popup().isVisible() \
                and self.member is None:
            text = self.edit.text().strip()
            if text:
                exact, rows = self.lookup(text)
                if exact is None and not rows:
                    self.timer.stop()
                    self.free_name.emit(text)
                    return True
        return super().eventFilter(obj, event)
