"""The board register on the Laporan tahunan tab (issue 18): the chair picks the office, types
the name and the term and adds it; the table lists it; a second chair of the Pengurus for the
same term is refused next to the field with the service's words, nothing saved; the clerk
cannot add or remove."""

from __future__ import annotations

import datetime as dt

from kamura_desktop.services import board
from kamura_desktop.ui.table_model import SORT_ROLE

from .test_reports_page import make_page


def test_the_chair_keeps_the_board_register_on_the_annual_tab(qtbot, db, actors):
    clerk = make_page(qtbot, db, actors["petugas"]).show_tab(4)
    assert not clerk.board.add_button.isEnabled() and not clerk.board.remove_button.isEnabled()

    box = make_page(qtbot, db, actors["ketua"]).show_tab(4).board
    assert "Belum ada pengurus" in box.info.text()
    box.position.setCurrentIndex(box.position.findData("pengawas:ketua"))
    box.name.setText("Wawan Setiawan")
    box.term_start.set_value(dt.date(2023, 2, 18))
    box.term_end.set_value(dt.date(2027, 12, 31))
    assert box.add() is not None
    assert box.model.rowCount() == 1 and "dicatat" in box.info.text() and box.name.text() == ""
    cells = [box.model.index(0, c).data() for c in range(5)]
    assert cells == ["Pengawas", "Ketua Pengawas", "Wawan Setiawan", "18 Februari 2023", "31 Desember 2027"]
    assert box.model.index(0, 3).data(SORT_ROLE) == dt.date(2023, 2, 18)

    box.name.setText("Dede Supriatna")  # the same office for an overlapping term
    assert box.add() is None
    error = box.errors.labels["term_start"]
    assert not error.isHidden() and "sudah tercatat: Wawan Setiawan" in error.text()
    assert len(board.list_board(db)) == 1

    box.table.selectRow(0)
    assert box.remove() is not None
    assert box.model.rowCount() == 0 and board.list_board(db) == []
