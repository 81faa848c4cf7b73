"""What the screens say (issue 17): one date style on screen, Indonesian words for the group
kinds, and every abbreviation (PAR, LAR, RR, PPKA, TKM, KSM, UPK) spelled out in a tooltip
wherever it shows as a label, button, box title or column heading."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from .helpers_walk import office_walk


@pytest.mark.parametrize("role", ["petugas", "ketua"])
def test_every_visible_abbreviation_has_a_tooltip(qtbot, request, db_engine, role):
    # every page and tab as the role, walked once per process for the tests that look at it
    # (tests/ui/helpers_walk.py: labels, buttons, box titles hovered; headings hovered)
    walk = office_walk(qtbot, request, role)
    seen, silent = walk.abbreviations_seen, walk.abbreviations_silent
    assert any("PAR" in t for t in seen) and any("PPKA" in t for t in seen)
    assert not silent, "abbreviations without a tooltip:\n" + "\n".join(sorted(silent))


def test_dates_on_screen_have_one_style(qtbot, request, db_engine):
    walk = office_walk(qtbot, request, "ketua")  # the first 40 rows of every visible table
    others, cut = walk.other_dates, walk.dates_cut
    assert not others, "dates in another style:\n" + "\n".join(sorted(others)[:30])
    assert not cut, "dates cut:\n" + "\n".join(sorted(cut)[:30])


def test_payment_history_shows_dates_and_the_payers_name(qtbot, office_window):
    window = office_window("petugas")  # only looks: the module's window (tests/ui/conftest.py)
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


def test_group_kinds_are_in_indonesian(qtbot, office_window):
    window = office_window("petugas")
    window.go_to("kredit")
    view = window.pages["kredit"].groups_tab.view
    kinds = {view.model().index(r, 2).data() for r in range(view.model().rowCount())}
    assert kinds == {"Kelompok peminjam", "KSM (dana bergulir)"}
