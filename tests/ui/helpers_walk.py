"""One walk of every page and tab of the demo per role at the office screen size (1366×768),
shared by the tests that only look at what the walk shows (issue 20: each walk builds the main
window and loads every page and tab, seconds of CPU, and four tests walked the same screens
as the same role).

:func:`office_walk` walks once per role and **run** and keeps, per page and tab, what the
tests of tests/ui/test_screen_words.py (abbreviations without a tooltip, dates in another
style or cut) and tests/ui/test_disabled_buttons.py (disabled buttons that do not say why)
look at. The window is a fresh one of the test that asks first (its own copy of the demo,
its qtbot), closed with that test; the findings go to a file in the run's cache folder that
the xdist workers share (tests/helpers_files.py: written under a lock, so the other worker
waits for the walk instead of walking again), and the next tests — of either worker — read
the same findings. Each finding is plain text: where it was and what."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
)

from kamura_desktop.ui.widgets import ABBREVIATION, ABBREVIATIONS
from tests.helpers_files import code_key, locked, run_cache_dir

from .test_screen_fit import CELL_MARGIN, SMALL, SMALL_1280, demo_window, every_tab

#: a date on screen is "28 Maret 2024"; "28/03/2024" is for typing it, "28 Mar 2024" nowhere
OTHER_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}\b")


DATE = re.compile(r"\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
                  r"November|Desember) \d{4}")


@dataclass
class Walk:
    """What one walk of every page and tab as ``role`` found."""

    role: str
    #: the abbreviated texts seen on labels, buttons, box titles and column headings
    abbreviations_seen: set[str] = field(default_factory=set)
    #: those whose tooltip does not spell the abbreviation out
    abbreviations_silent: set[str] = field(default_factory=set)
    #: dates in another style than "28 Maret 2024" (the first 40 rows of every table)
    other_dates: set[str] = field(default_factory=set)
    #: dates in that style that do not fit their column
    dates_cut: set[str] = field(default_factory=set)
    #: disabled buttons without a tooltip saying why
    silent_buttons: set[str] = field(default_factory=set)
    #: every page and tab whose smallest size was compared with a 1024×600 screen's room
    fit_checked: set[str] = field(default_factory=set)
    #: what does not fit that screen (tests/ui/test_screen_fit.py): a page or tab needing more
    #: room, the window's own smallest size, a resize to 1024×600 or 1280×720 not kept
    fit_problems: set[str] = field(default_factory=set)


_WALKS: dict[str, Walk] = {}


def office_walk(qtbot, request, role: str) -> Walk:
    """The findings of a walk of every page and tab as ``role`` (walked once per run; the
    walking test takes its own copy of the demo, ``demo_db``, only when it walks)."""
    if role not in _WALKS:  # (the engine is the same for every test of a process)
        folder = run_cache_dir(request.getfixturevalue("tmp_path_factory")) / code_key()
        folder.mkdir(exist_ok=True)
        engine = request.getfixturevalue("db_engine")
        found = folder / f"office-walk-{engine}-{role}.json"
        with locked(folder / f"office-walk-{engine}-{role}.lock"):
            if found.is_file():
                data = json.loads(found.read_text())
                _WALKS[role] = Walk(role, **{k: set(v) for k, v in data.items() if k != "role"})
            else:
                request.getfixturevalue("fast_passwords")
                walk = _walk(qtbot, request.getfixturevalue("demo_db"), role)
                part = found.with_suffix(".part")
                part.write_text(json.dumps({k: sorted(v) if isinstance(v, set) else v
                                            for k, v in asdict(walk).items()}))
                part.replace(found)
                _WALKS[role] = walk
    return _WALKS[role]


#: the role whose walk paints every page and tab it shows (the charts' and delegates' own
#: painting run on the demo's data); the other roles' walks look at the same pages and tabs
#: with the window's painting off (issue 20: a third of a walk's CPU was painting 1366×768
#: again after each page and tab, and what the walk looks at — texts, tooltips, sizes,
#: enabled states — is the same painted or not: the findings of all three walks compared equal)
PAINTS = "ketua"


def _walk(qtbot, demo_db, role: str) -> Walk:
    window = demo_window(qtbot, demo_db, role)
    window.setUpdatesEnabled(role == PAINTS)
    walk = Walk(role)
    room = small_room(window)
    for key in window.pages:
        for where, tabs, i in every_tab(qtbot, window, key, pause=False):
            page = window.pages[key]
            _abbreviations(where, page, walk)
            _dates(where, page, walk)
            walk.silent_buttons |= {f"{where}: {b}" for b in _silent_buttons(page)}
            _fits(where, page, tabs, i, room, walk)
    _window_fits(qtbot, window, walk)
    return walk


def small_room(window) -> QSize:
    """The room a page has in the main window on a 1024×600 screen: less the navigation, the
    menu bar and the status bar (their sizes do not depend on the window's)."""
    return QSize(SMALL.width() - window.nav.width(),
                 SMALL.height() - window.menuBar().sizeHint().height()
                 - window.statusBar().sizeHint().height())


def _fits(where: str, page, tabs, i: int, room: QSize, walk: Walk) -> None:
    """A page's and a tab's smallest size (a layout's minimum, whatever the window's size:
    walked at 1366×768, judged against 1024×600) within ``room``."""
    walk.fit_checked.add(where)
    need = page.minimumSizeHint()
    if need.width() > room.width() or need.height() > room.height():
        walk.fit_problems.add(f"{where}: page needs {need.toTuple()}, room {room.toTuple()}")
    if tabs is not None:
        tab = tabs.widget(i).minimumSizeHint() if not hasattr(tabs, "scroll_area") \
            else tabs.scroll_area(i).minimumSizeHint()
        if tab.width() > room.width() or tab.height() > room.height():
            walk.fit_problems.add(f"{where}: tab needs {tab.toTuple()}")


def _window_fits(qtbot, window, walk: Walk) -> None:
    """After every page and tab was built: the window's smallest size fits 1024×600, and it
    takes that size and 1280×720 when asked (nothing forces it wider or taller)."""
    least = window.minimumSizeHint()
    if least.width() > SMALL.width() or least.height() > SMALL.height():
        walk.fit_problems.add(f"the window needs {least.toTuple()}")
    for size in (SMALL, SMALL_1280):
        window.resize(size)
        qtbot.wait(20)
        if window.size() != size:
            walk.fit_problems.add(f"resized to {size.toTuple()}, the window is {window.size().toTuple()}")


def _hover(widget, pos: QPoint) -> None:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))


def _spelled_out(tip: str, text: str) -> bool:
    return all(f"{a}: {ABBREVIATIONS[a].split(':')[0]}" in tip for a in ABBREVIATION.findall(text))


def _abbreviations(where: str, page, walk: Walk) -> None:
    for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) \
            + page.findChildren(QGroupBox):
        if w.isWindow():  # a tooltip being shown (Qt's tip label is a child of the hovered
            continue      # widget): the explanation itself, not a word on the page
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if not w.isVisible() or not ABBREVIATION.search(text) or "KSM-" in text:
            continue  # a group code (KSM-002) is data, not an abbreviation
        _hover(w, w.rect().center())
        walk.abbreviations_seen.add(text)
        if not _spelled_out(w.toolTip(), text) and not w.toolTip():
            walk.abbreviations_silent.add(f"{where}: {type(w).__name__} {text!r}")
    for view in page.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header, model = view.horizontalHeader(), view.model()
        for col in range(model.columnCount()):
            text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            if view.isColumnHidden(col) or not ABBREVIATION.search(text):
                continue
            walk.abbreviations_seen.add(text)
            x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
            QToolTip.hideText()
            _hover(header.viewport(), QPoint(x, header.height() // 2))
            if not _spelled_out(QToolTip.text(), text):
                walk.abbreviations_silent.add(f"{where}: heading {text!r}")


def _dates(where: str, page, walk: Walk) -> None:
    for view in page.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        for row in range(min(model.rowCount(), 40)):
            for col in range(model.columnCount()):
                text = str(model.index(row, col).data() or "")
                if OTHER_DATE.search(text):
                    walk.other_dates.add(f"{where}: {text!r}")
                elif (DATE.fullmatch(text) and not view.isColumnHidden(col)
                      and view.fontMetrics().horizontalAdvance(text) + CELL_MARGIN
                      > view.columnWidth(col)):
                    walk.dates_cut.add(f"{where}: {text!r} in a column of {view.columnWidth(col)} px")


def _silent_buttons(page) -> list[str]:
    out = []
    for b in page.findChildren(QPushButton):
        if b.isVisibleTo(page) and not b.isEnabled() and not b.toolTip().strip():
            out.append(f"{b.text()!r} ({b.objectName() or type(b.parent()).__name__})")
    return out
