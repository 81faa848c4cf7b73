"""The abbreviation tooltips (ui/widgets.AbbreviationTips) are made where the mouse rests —
on the main window's labels, buttons, box titles and column headings, and in a dialog —
without the program's every event passing through Python first (issue 20: the filter sat on
the application and was asked about every paint, timer and mouse move, ~622k times in seven
UI test files)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QToolTip,
    QVBoxLayout,
)

from kamura_desktop.ui import widgets
from kamura_desktop.ui.widgets import AbbreviationTips


def _hover(widget) -> None:
    pos = widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))


class _Counting(AbbreviationTips):
    """Counts the events it is asked about: of the ``watched`` widgets, and of any other
    than the main window (keeping no reference to what it is asked about)."""

    watched: tuple = ()
    window = None
    of_watched = 0
    of_others = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if any(obj is w for w in _Counting.watched):
            _Counting.of_watched += 1
        elif obj is not _Counting.window:
            _Counting.of_others += 1
        return super().eventFilter(obj, event)


def test_other_events_never_reach_the_tips_and_a_resting_mouse_gets_its_tip(
        qtbot, db, actors, monkeypatch):
    from kamura_desktop.ui.shell import main_window

    from .test_screen_fit import OFFICE, make_window

    monkeypatch.setattr(widgets, "AbbreviationTips", _Counting)
    monkeypatch.setattr(main_window, "AbbreviationTips", _Counting)
    window = make_window(db, actors["ketua"], OFFICE)  # its own: built with the counting tips
    qtbot.addWidget(window)
    assert isinstance(window.abbreviation_tips, _Counting)
    window.go_to("kredit")
    page = window.pages["kredit"]
    label = QLabel("Sehat", page)  # a label of the page, set to an abbreviation later
    label.move(5, 5)
    label.show()
    _Counting.watched, _Counting.window = (label, page), window
    _Counting.of_watched = _Counting.of_others = 0
    for _ in range(300):
        QApplication.sendEvent(label, QEvent(QEvent.Type.User))
        QApplication.sendEvent(page, QEvent(QEvent.Type.User))
    label.setText("PAR 30 hari")  # texts set later (figures loaded) are covered too
    QApplication.processEvents()
    # the window's own events at most, never one of the 600 sent to the page and its label
    assert _Counting.of_watched == 0
    assert _Counting.of_others == 0
    assert label.toolTip() == ""
    _hover(label)
    assert label.toolTip().startswith("PAR: Portfolio at Risk")
    label.deleteLater()


def _main_window(qtbot):
    """A window with the tips as the main window has them (MainWindow: for_windows(self))."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.tips = AbbreviationTips.for_windows(window)
    window.show()
    return window


def test_a_label_in_a_dialog_gets_its_tip(qtbot):
    window = _main_window(qtbot)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    lay = QVBoxLayout(dialog)
    label = QLabel("Nama KSM", dialog)
    lay.addWidget(label)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle(), timeout=5000)
    _hover(label)
    assert label.toolTip().startswith("KSM: Kelompok Swadaya Masyarakat")
    QToolTip.hideText()
    dialog.close()


def test_a_column_heading_in_a_dialog_gets_its_tip(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    window = _main_window(qtbot)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    lay = QVBoxLayout(dialog)
    view = QTableView(dialog)
    lay.addWidget(view)
    model = QStandardItemModel(1, 2, view)
    model.setHorizontalHeaderLabels(["Nama", "PPKA"])
    view.setModel(model)
    dialog.resize(400, 200)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle(), timeout=5000)
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    QToolTip.hideText()
    pos = QPoint(x, header.height() // 2)
    QApplication.sendEvent(header.viewport(),
                           QHelpEvent(QEvent.Type.ToolTip, pos, header.viewport().mapToGlobal(pos)))
    assert QToolTip.text().startswith("PPKA: Penyisihan Penghapusan Kredit Aktif")
    QToolTip.hideText()
    dialog.close()
