"""Small widgets of the membership windows: a notice bar, an optional date field, the member
picker of the counter dialogs, and date conversions."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import NotFound
from kamura_desktop.domain.text import is_digits
from kamura_desktop.services import credits, settings
from kamura_desktop.services.membership import (
    MemberFilter,
    find_member_by_number,
    format_member_number,
    get_member,
    list_members,
)

from ..widgets import TypedDateEdit
from .models import Labels

SEARCH_DEBOUNCE_MS = 150


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(TypedDateEdit):
    """The members book's date field (see :class:`kamura_desktop.ui.widgets.TypedDateEdit`)."""


def date_edit(value: dt.date | None = None) -> DateEdit:
    """A date field the Indonesian way, set to ``value`` (today)."""
    edit = DateEdit()
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


class OptionalDateEdit(DateEdit):
    """A date that may be left empty (birth date): the minimum date stands for "not filled"."""

    NULL = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "-",
                 open_at: dt.date = dt.date(1985, 1, 1)):
        super().__init__(parent)
        self.setMinimumDate(self.NULL)
        self.setSpecialValueText(empty_text)
        self.open_at = open_at
        self.setDate(self.NULL)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # an empty field opens its calendar on a likely birth year, not on 1900
        if obj is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            obj.setCurrentPage(self.open_at.year, self.open_at.month)
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        if self.is_empty() and event.text().isdigit():
            # typing into the empty field: start from a real date, the typed digits replace it
            self.setDate(to_qdate(self.open_at))
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        elif (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
              and self.lineEdit().selectedText() == self.lineEdit().text()):
            self.set_value(None)  # everything selected and deleted: empty again
            return
        super().keyPressEvent(event)

    def is_empty(self) -> bool:
        return self.date() == self.NULL

    def value(self) -> dt.date | None:
        return None if self.is_empty() else from_qdate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(self.NULL if value is None else to_qdate(value))


class NoticeBar(QFrame):
    """A non-blocking note at the top of a window (saved, with a warning, …)."""

    STYLES = {
        "ok": "background: #e3f3ea; border: 1px solid #7cbf98; color: #12432f;",
        "warn": "background: #fff4cf; border: 1px solid #e0b93c; color: #4d3b00;",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("border: none; background: transparent;")
        self.action = QPushButton()
        self.action.setAutoDefault(False)
        self.action.hide()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Tutup catatan"))
        self.close_button.setStyleSheet("border: none; background: transparent; font-size: 13pt;")
        self.close_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.action)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback = None
        self.action.clicked.connect(self._run_action)
        self.hide()

    def show_message(self, text: str, *, kind: str = "ok", action: str | None = None,
                     callback=None) -> None:
        self.setStyleSheet(f"QFrame#notice {{ {self.STYLES.get(kind, self.STYLES['ok'])} "
                           "border-radius: 4px; }")
        self.text.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action))
        self.action.setText(action or "")
        self.show()

    def _run_action(self) -> None:
        if self._callback:
            self._callback()


def member_card_lines(member: Any, *, credit_number: str | None = None,
                      tr=lambda t: t) -> tuple[str, str]:
    """(the member's name, "KMR-0013 · Kampung Sukamanah · RT 13 / RW 8") — what the counter
    shows large before the amount and repeats in the posted confirmation."""
    parts = [member.number]
    if getattr(member, "kampung", None):
        parts.append(tr("Kampung {name}").format(name=member.kampung))
    parts.append(tr("RT {rt} / RW {rw}").format(rt=getattr(member, "rt", None) or "-",
                                                 rw=getattr(member, "rw", None) or "-"))
    if credit_number:
        parts.append(tr("kredit {number}").format(number=credit_number))
    return member.name, " · ".join(parts)


class MemberPicker(QWidget):
    """Type a member number (``12`` or ``KMR-0012``), a credit number, a name, a NIK or an RT
    (or scan a code that holds a member or credit number); Enter or a choice from the list
    resolves it to one member.

    An exact member or credit number always wins over the suggestion list, whatever the
    timing: Enter while the list is open picks the suggestion only when the clerk moved to it
    with the arrow keys (or clicks it); otherwise the typed text decides.

    ``member`` is the chosen member (a MemberRow or MemberDTO: anything with id, number,
    name, rt, rw, kampung and status) or None. ``card`` shows it large.
    """

    member_changed = Signal(object)
    picked = Signal(object)  # a member was chosen by the clerk (move on to the next field)
    MAX_RESULTS = 12
    NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                       Qt.Key.Key_Home, Qt.Key.Key_End)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member: Any = None
        self.credit_number: str | None = None  # when the member was found by a credit number
        self.labels = Labels(self)
        self.edit = QLineEdit()
        self.edit.setObjectName("memberSearch")
        self.edit.setPlaceholderText(self.tr(
            "Ketik nomor anggota/kredit, nama, NIK atau RT lalu Enter"))
        self.edit.setClearButtonEnabled(True)
        self.info = QLabel()
        self.info.setObjectName("pageHint")
        self.info.setWordWrap(True)
        self.info.hide()
        self.card = QLabel()
        self.card.setObjectName("memberCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setStyleSheet("QLabel#memberCard { font-size: 14pt; color: #12432f; "
                                "background: #eef6f1; border: 1px solid #7cbf98; "
                                "border-radius: 4px; padding: 4px 8px; }")
        self.card.hide()
        self.results = QStandardItemModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(self.MAX_RESULTS)
        self.completer.setWidget(self.edit)
        # activated is overloaded (str and QModelIndex): take the index one
        self.completer.activated[QModelIndex].connect(self._activated)
        # installed after the completer's own filter, so it sees the popup's keys first
        self.completer.popup().installEventFilter(self)
        self._navigated = False  # the clerk moved in the suggestion list with the arrow keys
        self._found_by_credit: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        lay.addWidget(self.info)
        lay.addWidget(self.card)
        self._rows: list[Any] = []

    # ------------------------------------------------------------ typing
    def _edited(self, _text: str) -> None:
        self._navigated = False
        if self.member is not None:
            self.member = None
            self.credit_number = None
            self.set_info("")
            self._show_card()
            self.member_changed.emit(None)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(obj, event)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        popup = self.completer.popup()
        if obj is popup and event.key() in self.NAVIGATION_KEYS:
            self._navigated = True
        elif (obj is popup or obj is self.edit) and enter and popup.isVisible():
            if self._navigated and popup.currentIndex().isValid():
                popup.hide()
                self._activated(popup.currentIndex())  # the clerk moved to this line
            else:
                popup.hide()
                self.resolve()  # the typed text decides: an exact number wins
            return True
        elif obj is self.edit and enter:
            if self.member is None:
                self.resolve()
                return True
            return False  # already chosen: Enter goes on to the dialog
        return super().eventFilter(obj, event)

    def lookup(self, text: str) -> tuple[Any, list[Any]]:
        """(the member whose member or credit number was typed, or None; the members matching
        the text). Sets ``credit_number`` when a credit number found the member."""
        text = text.strip()
        self._found_by_credit = None
        if not text:
            return None, []
        exact = None
        candidates = [text]
        if is_digits(text) and len(text) <= 6:
            values = settings.all_settings(self.ctx.db)
            candidates.append(format_member_number(values["members.number_prefix"],
                                                   int(values["members.number_digits"]), int(text)))
        for number in candidates:
            try:
                exact = find_member_by_number(self.ctx.db, number)
                break
            except NotFound:
                continue
        if exact is None and not text.isdigit():
            try:
                member_id, credit_number = credits.borrower_of_credit_number(self.ctx.db, text)
            except NotFound:
                pass
            else:
                exact = get_member(self.ctx.db, member_id)
                self._found_by_credit = credit_number
        rows = list(list_members(self.ctx.db, MemberFilter(query=text), limit=self.MAX_RESULTS).rows)
        return exact, rows

    def search(self) -> None:
        self.timer.stop()
        text = self.edit.text()
        _exact, rows = self.lookup(text)
        self._fill(rows)
        if rows and self.edit.hasFocus() and self.member is None:
            self.completer.complete()
        elif not rows and text.strip() and _exact is None:
            self.set_info(self.tr("Tidak ada anggota yang cocok."))

    def resolve(self) -> bool:
        """Enter: pick the member if the text names exactly one; otherwise show the choices."""
        self.timer.stop()
        exact, rows = self.lookup(self.edit.text())
        credit_number = self._found_by_credit
        if exact is None and len(rows) == 1:
            exact = rows[0]
        if exact is not None:
            self.set_member(exact, credit_number=credit_number)
            self.picked.emit(exact)
            return True
        self._fill(rows)
        if rows:
            if len(rows) >= self.MAX_RESULTS:
                self.set_info(self.tr("Banyak anggota cocok; pilih dari daftar atau ketik lebih "
                                      "lengkap."))
            else:
                self.set_info(self.tr("{n} anggota cocok; pilih dari daftar.").format(n=len(rows)))
            self.completer.complete()
        else:
            self.set_info(self.tr("Tidak ada anggota yang cocok."))
        return False

    def _fill(self, rows: list[Any]) -> None:
        self._rows = rows
        self._navigated = False
        self.results.clear()
        for i, r in enumerate(rows):
            item = QStandardItem(f"{r.number} — {r.name}   (RT/RW {r.rt_rw}, "
                                 f"{self.labels.status(r.status)})")
            item.setData(i, Qt.ItemDataRole.UserRole)
            self.results.appendRow(item)

    def _activated(self, index) -> None:
        i = index.data(Qt.ItemDataRole.UserRole)
        if i is not None and 0 <= int(i) < len(self._rows):
            row = self._rows[int(i)]
            self.set_member(row)
            self.picked.emit(row)

    # ------------------------------------------------------------ the choice
    def set_member(self, member: Any, *, credit_number: str | None = None) -> None:
        self.member = member
        self.credit_number = credit_number if member is not None else None
        self.timer.stop()
        self.completer.popup().hide()
        if member is None:
            self.edit.clear()
        else:
            self.edit.setText(f"{member.number} — {member.name}")
        self.set_info("")
        self._show_card()
        self.member_changed.emit(member)

    def card_lines(self) -> tuple[str, str]:
        """The chosen member's name and "number · kampung · RT/RW" (empty when none)."""
        if self.member is None:
            return "", ""
        return member_card_lines(self.member, credit_number=self.credit_number, tr=self.tr)

    def _show_card(self) -> None:
        if self.member is None:
            self.card.clear()
            self.card.hide()
            return
        name, where = self.card_lines()
        status = self.labels.status(self.member.status)
        self.card.setText(f"<b>{escape(name)}</b> <span style='font-size: 10pt'>"
                          f"({escape(status)})</span><br><span style='font-size: 12pt'>"
                          f"{escape(where)}</span>")
        self.card.show()

    def clear(self) -> None:
        self.set_member(None)

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))
