"""Small widgets shared by the books: a form row with its own error label, the tabs of a page
(each scrolls when the window is smaller than its form), a disabled button's reason."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.roles import ROLE_LABELS
from kamura_desktop.services.permissions import PERMISSIONS, allowed

from .table_model import ID_ROLE
from .view_prefs import hidden_columns, set_hidden_columns


class FieldErrors:
    """Error labels shown right under the fields of a QFormLayout (inline validation)."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.labels[field] = err
        form.addRow(label, box)

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.clear()
            lab.hide()

    def show_or(self, field: str | None, message: str, fallback: QLabel) -> None:
        """Show the message next to its field, or in ``fallback`` (the form's general error
        label) when the field is not on this form."""
        if not self.show(field, message):
            fallback.setText(message)
            fallback.show()

    def show_all(self, fields: dict[str, str]) -> list[str]:
        """Mark every field of a refusal that names several (``UserError.fields``) at once;
        returns the messages of the fields this form does not hold."""
        return [message for field, message in fields.items() if not self.show(field, message)]

    def show_error(self, exc, fallback: QLabel) -> None:
        """A refusal on this form: every field it names marked at once, what has no field
        here in ``fallback`` (the form's general error label)."""
        if len(exc.fields) > 1:
            left = self.show_all(exc.fields)
            if left:
                fallback.setText(" ".join(left))
                fallback.show()
            return
        self.show_or(exc.field, exc.message, fallback)

    def first_shown(self, fields: dict[str, str]) -> str | None:
        return next((f for f in fields if f in self.labels), None)

    def show(self, field: str | None, message: str) -> bool:
        """Show the message next to its field; False when the field is not on this form."""
        lab = self.labels.get(field or "")
        if lab is None:
            return False
        lab.setText(message)
        lab.show()
        return True


class TypedDateEdit(QDateEdit):
    """dd/MM/yyyy with a calendar popup, that also takes dates typed as in Excel.

    Qt moves to the next part of the date by itself once a part is complete ("05" for the
    day); a clerk then types the "/" anyway, which Qt would take as "skip the month". Here a
    separator right after such an automatic move is ignored, so 05/06/1980, 5/6/1980 and
    05061980 all give 5 June 1980. Every book's date field derives from this one.
    """

    SEPARATORS = "/.-"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self._moved_by_itself = False

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text and text in self.SEPARATORS:
            if self._moved_by_itself:
                self._moved_by_itself = False
                return
            super().keyPressEvent(event)
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSection() != before

    def focusInEvent(self, event) -> None:
        self._moved_by_itself = False
        super().focusInEvent(event)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(TypedDateEdit):
    """A date the Indonesian way (dd/MM/yyyy) with a calendar; ``value()`` is a ``date``."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 maximum: dt.date | None = None):
        super().__init__(parent)
        if maximum is not None:
            self.setMaximumDate(to_qdate(maximum))
        self.setDate(to_qdate(value or dt.date.today()))

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(to_qdate(value))


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHint")
    label.setWordWrap(True)
    return label


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        view.setColumnWidth(col, width)


class InputGridView(QTableView):
    """A keyboard grid like a paper form in a spreadsheet (the collection sheet, a meeting's
    attendance): typing edits the cell, Tab and Shift+Tab walk only the cells that take input,
    Enter commits and goes down to the same column of the next row. The model names its input
    columns in ``INPUT_COLUMNS`` and answers ``is_input(index)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.setWordWrap(False)
        self.horizontalHeader().setHighlightSections(False)

    def input_cells(self) -> list[tuple[int, int]]:
        m = self.model()
        return [(r, c) for r in range(m.rowCount()) for c in m.INPUT_COLUMNS if m.is_input(m.index(r, c))]

    def next_input(self, current: QModelIndex, step: int) -> QModelIndex:
        """The next (step +1) or previous (-1) cell that takes input, for Tab and Shift+Tab."""
        cells = self.input_cells()
        if not cells:
            return current
        pos = (current.row(), current.column())
        if step > 0:
            after = [c for c in cells if c > pos]
            target = after[0] if after else cells[-1]
        else:
            before = [c for c in cells if c < pos]
            target = before[-1] if before else cells[0]
        return self.model().index(*target)

    def below(self, current: QModelIndex) -> QModelIndex:
        """The same column on the next row that takes input (Enter, as in a spreadsheet)."""
        m = self.model()
        for r in range(current.row() + 1, m.rowCount()):
            idx = m.index(r, current.column())
            if m.is_input(idx):
                return idx
        return current

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        current = self.currentIndex()
        if current.isValid() and self.model() is not None:
            if action == QAbstractItemView.CursorAction.MoveNext:
                return self.next_input(current, +1)
            if action == QAbstractItemView.CursorAction.MovePrevious:
                return self.next_input(current, -1)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 - Qt's name
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter in a cell: commit, then down to the next row like a spreadsheet
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.go_to(self.below(self.currentIndex()))
            return
        super().closeEditor(editor, hint)

    def commit_editing(self) -> None:
        """Commit the cell being typed (before posting or saving, for instance)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def go_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)


class DataTable(QTableView):
    """A read-only list: whole rows, one at a time; Enter or a double click asks to open the row
    (``open_requested`` with the row's ID_ROLE)."""

    open_requested = Signal(object)  # the row's ID_ROLE

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self._open_index)

    def set_widths(self, widths: dict[int, int], *, stretch: int | None = None) -> None:
        header = self.horizontalHeader()
        for col, width in widths.items():
            header.resizeSection(col, width)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.open_requested.emit(value)

    def selected_id(self):
        model = self.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, value) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == value:
                self.selectRow(row)
                return True
        return False



class PageTabs(QTabWidget):
    """The tabs of a book's page. Each tab sits in a frameless scroll area that gives it the
    whole room when there is enough and scrolls when there is not: a wide or tall form never
    forces the main window beyond a 1024×600 screen (the office's small laptops).

    ``widget(i)``, ``currentWidget()``, ``indexOf(w)`` and ``setCurrentWidget(w)`` speak of the
    tab itself, not of its scroll area, so the pages use it as a plain QTabWidget."""

    def addTab(self, widget: QWidget, label: str) -> int:  # noqa: N802 - Qt's name
        area = QScrollArea()
        area.setObjectName("tabScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        index = super().addTab(area, label)
        area.setWidget(widget)
        return index

    def scroll_area(self, index: int) -> QScrollArea | None:
        area = super().widget(index)
        return area if isinstance(area, QScrollArea) else None

    def widget(self, index: int) -> QWidget | None:
        area = self.scroll_area(index)
        return area.widget() if area is not None else super().widget(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt's name
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        for i in range(self.count()):
            if self.widget(i) is widget:
                return i
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)


class _WhyDisabled(QObject):
    """Keeps a button's tooltip saying why while the button is disabled (by role or state)."""

    def __init__(self, button: QAbstractButton, why: str):
        super().__init__(button)
        self.why = why
        self.tip = button.toolTip()
        button.installEventFilter(self)
        self.apply(button)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.EnabledChange:
            self.apply(obj)
        return False

    def apply(self, button: QAbstractButton) -> None:
        if button.isEnabled():
            if button.toolTip() == self.why:
                button.setToolTip(self.tip)
        else:
            if button.toolTip() != self.why:
                self.tip = button.toolTip()
            button.setToolTip(self.why)


def why_disabled(button: QAbstractButton, why: str) -> QAbstractButton:
    """Whenever ``button`` is disabled its tooltip says ``why`` ("Pilih dulu satu anggota di
    daftar.", "Hanya bendahara yang dapat …"); enabled again, its own tooltip comes back. Set
    once where the button is made; the code that enables it stays as it is."""
    filt = button.findChild(_WhyDisabled)
    if filt is not None:
        filt.why = why
        filt.apply(button)
        return button
    _WhyDisabled(button, why)
    return button


def _who(roles) -> str:
    names = [ROLE_LABELS[r] for r in ROLE_LABELS if r in roles]
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("RoleBanner", "{first} atau {last}").format(
        first=", ".join(names[:-1]), last=names[-1])


def only_roles(action: str) -> str:
    """"Hanya Bendahara yang dapat mencairkan kredit." — from the permission table, the one
    source of who may do what (services/permissions.py)."""
    roles, what = PERMISSIONS[action]
    return QCoreApplication.translate("RoleBanner", "Hanya {who} yang dapat {what}.").format(
        who=_who(roles), what=action_text(what))


def action_text(what: str) -> str:
    """An action's description from the permission table in the interface's language (the
    English is kept by hand in resources/translations/kamura_en_permissions.ts)."""
    return QCoreApplication.translate("Permissions", what)


def why_not_allowed(button: QAbstractButton, actor, action: str) -> bool:
    """Disable ``button`` when ``actor`` may not do ``action``, its tooltip saying who may;
    returns whether the actor may."""
    may = allowed(actor, action)
    if not may:
        why_disabled(button, only_roles(action))
        button.setEnabled(False)
    return may


class RoleBanner(QLabel):
    """The page's line on who is logged in and what their role cannot do here ("Anda masuk
    sebagai Petugas. Hanya Bendahara yang dapat mencairkan kredit."), built from the
    permission table for the page's actions. Hidden when the role may do them all."""

    def __init__(self, actor, actions: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roleBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#roleBanner { background: #eef4fb; border: 1px solid #9bb8d8; "
                           "color: #1d3a5a; border-radius: 4px; padding: 3px 8px; }")
        denied: dict[str, list[str]] = {}
        for action in actions:
            if not allowed(actor, action):
                roles, what = PERMISSIONS[action]
                denied.setdefault(_who(roles), []).append(action_text(what))
        self.denied = [a for a in actions if not allowed(actor, a)]
        if not denied:
            self.hide()
            return
        parts = [self.tr("hanya {who} yang dapat {what}").format(who=who, what=", ".join(whats))
                 for who, whats in denied.items()]
        text = self.tr("Anda masuk sebagai {role}: {limits}.").format(
            role=actor.role_label, limits="; ".join(parts))
        self.setText(text)


class ColumnChooser(QObject):
    """Columns shown on demand: a right click on the table's header lists every column with a
    tick; the choice is remembered per user (ui/view_prefs.py). ``keys`` names each column by
    a stable key (the saved choice survives a reordering of the columns)."""

    def __init__(self, view: QTableView, *, name: str, username: str, keys: list[str],
                 default_hidden: set[str]):
        super().__init__(view)
        self.view, self.name, self.username, self.keys = view, name, username, keys
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        header.setToolTip(self.tr("Klik kanan judul kolom: pilih kolom yang ditampilkan"))
        saved = hidden_columns(username, name)
        hidden = default_hidden if saved is None else set(saved)
        for col, key in enumerate(keys):
            view.setColumnHidden(col, key in hidden)

    def hidden(self) -> list[str]:
        return [k for col, k in enumerate(self.keys) if self.view.isColumnHidden(col)]

    def menu(self):
        menu = QMenu(self.view)
        menu.setObjectName("columnMenu")
        model = self.view.model()
        for col, _key in enumerate(self.keys):
            title = str(model.headerData(col, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.toggled.connect(lambda on, col=col: self.set_shown(col, on))
        return menu

    def show_menu(self, pos) -> None:
        self.menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_shown(self, col: int, shown: bool) -> None:
        if not shown and sum(not self.view.isColumnHidden(c) for c in range(len(self.keys))) <= 1:
            return  # the last column stays
        self.view.setColumnHidden(col, not shown)
        header = self.view.horizontalHeader()
        need = max(self.view.sizeHintForColumn(col), header.sectionSizeHint(col))
        if shown and self.view.columnWidth(col) < need:  # shown whole, in the program's font
            header.resizeSection(col, need)
        set_hidden_columns(self.username, self.name, self.hidden())


def keep_columns_whole(view: QTableView, columns) -> None:
    """Each time the list reloads, widen ``columns`` to their longest text (never narrower than
    they are): a name with its number, a phone number, a kolektibilitas class are read whole,
    never "Dalam Perhatian K…". A stretched column is left to the header."""

    def fit() -> None:
        header = view.horizontalHeader()
        for col in columns:
            if view.isColumnHidden(col) or header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch:
                continue
            need = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
            if header.sectionSize(col) < need:
                header.resizeSection(col, need)

    model = view.model()
    model.modelReset.connect(fit)
    model.layoutChanged.connect(fit)
    model.rowsInserted.connect(fit)
    model.dataChanged.connect(fit)
    fit()


#: the abbreviations the screens use, spelled out in a tooltip wherever they show as a label,
#: a button, a box title or a column heading (English in kamura_en_screens.ts)
ABBREVIATIONS = {
    "PAR": "Portfolio at Risk: pokok terutang kredit yang terlambat lebih dari sekian hari dibagi "
           "seluruh pokok terutang",
    "LAR": "Loan at Risk: kelompok dengan tunggakan 3 angsuran atau lebih dibagi kelompok aktif",
    "RR": "Repayment Rate: tingkat pengembalian",
    "PPKA": "Penyisihan Penghapusan Kredit Aktif: cadangan kerugian piutang menurut kolektibilitas",
    "TKM": "Tim Kerja Masyarakat: tim kerja program di kampung",
    "KSM": "Kelompok Swadaya Masyarakat: kelompok peminjam dana bergulir",
    "UPK": "Unit Pengelola Keuangan: pengelola dana bergulir",
}
ABBREVIATION = re.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")\b")


def abbreviation_tip(text: str) -> str:
    """One line per abbreviation in ``text`` ("PAR: Portfolio at Risk: …"), or ""."""
    found = list(dict.fromkeys(ABBREVIATION.findall(text or "")))
    return "\n".join(f"{a}: {QCoreApplication.translate('Abbreviations', ABBREVIATIONS[a])}"
                     for a in found)


class AbbreviationTips(QObject):
    """Installed by the main window on itself and on every other window of the program when it
    becomes the active one (a dialog): a label, button or box title holding PAR, LAR, RR, PPKA,
    TKM, KSM or UPK (and without a tooltip of its own) gets one spelling them out when the
    mouse rests on it; a column heading likewise. Texts set later (figures loaded in the
    background) are covered too, since the tip is made when it is asked for.

    Qt hands a tooltip request that a widget without a tooltip ignores on to its parent, up to
    its window; the window's filter then finds the widget under the mouse. Only a window's own
    events pass through this filter, never every event of the program (issue 20: on the
    application it was asked about every paint, timer and mouse move)."""

    @classmethod
    def for_windows(cls, main_window: QWidget) -> AbbreviationTips:
        tips = cls(main_window)
        main_window.installEventFilter(tips)
        QApplication.instance().focusWindowChanged.connect(tips._window_activated)
        return tips

    def _window_activated(self, handle) -> None:
        if handle is None:
            return
        for window in QApplication.topLevelWidgets():
            if window.windowHandle() is handle:
                window.installEventFilter(self)  # once: Qt keeps a filter installed once

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ToolTip or not isinstance(obj, QWidget):
            return False
        pos = event.pos()
        under = obj.childAt(pos)
        while under is not None and under is not obj:  # the widget under the mouse, then up
            if isinstance(under, (QLabel, QAbstractButton, QGroupBox)):
                if not under.toolTip():
                    tip = abbreviation_tip(under.title() if isinstance(under, QGroupBox)
                                           else under.text())
                    if tip:
                        under.setToolTip(tip)
                        QToolTip.showText(event.globalPos(), tip, under)
                        return True
            elif isinstance(under.parent(), QHeaderView) and under is under.parent().viewport():
                return self._heading_tip(under.parent(), under.mapFrom(obj, pos), event)
            under = under.parentWidget()
        return False

    @staticmethod
    def _heading_tip(header: QHeaderView, pos, event) -> bool:
        model = header.model()
        section = header.logicalIndexAt(pos) if model is not None else -1
        if section < 0:
            return False
        orientation = header.orientation()
        if model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole):
            return False
        tip = abbreviation_tip(str(model.headerData(section, orientation,
                                                    Qt.ItemDataRole.DisplayRole) or ""))
        if tip:
            QToolTip.showText(event.globalPos(), tip, header)
            return True
        return False
