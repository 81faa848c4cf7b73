"""What the screens say (issue 17): one date style on screen, Indonesian words for the group
kinds, and every abbreviation (PAR, LAR, RR, PPKA, TKM, KSM, UPK) spelled out in a tooltip
wherever it shows as a label, button, box title or column heading."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTableView,
    QToolTip,
)

from kamura_desktop.ui.widgets import ABBREVIATION, ABBREVIATIONS

from .test_screen_fit import CELL_MARGIN, demo_window, every_tab

#: a date on screen is "28 Maret 2024"; "28/03/2024" is for typing it, "28 Mar 2024" nowhere
OTHER_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}\b")


DATE = re.compile(r"\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
                  r"November|Desember) \d{4}")


def _hover(widget, pos: QPoint) -> None:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))


def _spelled_out(tip: str, text: str) -> bool:
    return all(f"{a}: {ABBREVIATIONS[a].split(':')[0]}" in tip for a in ABBREVIATION.findall(text))


@pytest.mark.parametrize("role", ["petugas", "ketua"])
def test_every_visible_abbreviation_has_a_tooltip(qtbot, demo_db, fast_passwords, role):
    window = demo_window(qtbot, demo_db, role)
    seen, silent = set(), set()
    for key in window.pages:
        for where, _tabs, _i in every_tab(qtbot, window, key):
            page = window.pages[key]
            for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) \
                    + page.findChildren(QGroupBox):
                text = w.title() if isinstance(w, QGroupBox) else w.text()
                if not w.isVisible() or not ABBREVIATION.search(text) or "KSM-" in text:
                    continue  # a group code (KSM-002) is data, not an abbreviation
                _hover(w, w.rect().center())
                seen.add(text)
                if not _spelled_out(w.toolTip(), text) and not w.toolTip():
                    silent.add(f"{where}: {type(w).__name__} {text!r}")
            for view in page.findChildren(QTableView):
                if not view.isVisible() or view.model() is None:
                    continue
                header, model = view.horizontalHeader(), view.model()
                for col in range(model.columnCount()):
                    text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                    if view.isColumnHidden(col) or not ABBREVIATION.search(text):
                        continue
                    seen.add(text)
                    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
                    QToolTip.hideText()
                    _hover(header.viewport(), QPoint(x, header.height() // 2))
                    if not _spelled_out(QToolTip.text(), text):
                        silent.add(f"{where}: heading {text!r}")
    assert any("PAR" in t for t in seen) and any("PPKA" in t for t in seen)
    assert not silent, "abbreviations without a tooltip:\n" + "\n".join(sorted(silent))


def test_dates_on_screen_have_one_style(qtbot, demo_db, fast_passwords):
    window = demo_window(qtbot, demo_db, "ketua")
    others, cut = set(), set()
    for key in window.pages:
        for where, _tabs, _i in every_tab(qtbot, window, key):
            page = window.pages[key]
            for view in page.findChildren(QTableView):
                model = view.model()
                if not view.isVisible() or model is None:
                    continue
                for row in range(min(model.rowCount(), 40)):
                    for col in range(model.columnCount()):
                        text = str(model.index(row, col).data() or "")
                        if OTHER_DATE.search(text):
                            others.add(f"{where}: {text!r}")
                        elif (DATE.fullmatch(text) and not view.isColumnHidden(col)
                              and view.fontMetrics().horizontalAdvance(text) + CELL_MARGIN
                              > view.columnWidth(col)):
                            cut.add(f"{where}: {text!r} in a column of {view.columnWidth(col)} px")
    assert not others, "dates in another style:\n" + "\n".join(sorted(others)[:30])
    assert not cut, "dates cut:\n" + "\n".join(sorted(cut)[:30])


def test_payment_history_shows_dates_and_the_payers_name(qtbot, demo_db, fast_passwords):
    window = demo_window(qtbot, demo_db, "petugas")
    window.go_to("angsuran")
    tab = window.pages["angsuran"].credit_tab
    tab.search.setText("KR-2026-00001")
    window.ctx.tasks.wait_all(20_000)
    tab.find()
    window.ctx.tasks.wait_all(20_000)
    qtbot.wait(30)
    model = tab.payments.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", first[headers.index("Tanggal")])
    assert first[headers.index("Dibayar oleh")] == "Yuyun Yuningsih"


def test_group_kinds_are_in_indonesian(qtbot, demo_db, fast_passwords):
    window = demo_window(qtbot, demo_db, "petugas")
    window.go_to("kredit")
    view = window.pages["kredit"].groups_tab.view
    kinds = {view.model().index(r, 2).data() for r in range(view.model().rowCount())}
    assert kinds == {"Kelompok peminjam", "KSM (dana bergulir)"}
