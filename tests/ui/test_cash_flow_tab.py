"""The Arus kas & CALK tab of the Laporan page: the treasurer reads the year's cash flow
statement (reconciled with the balance sheet), writes the notes' text, prints and exports."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from kamura_desktop.services import cash_flow
from kamura_desktop.ui.reports.filings_tab import CashFlowTab
from tests.services.test_health import build_coop

from .test_reports_page import make_page


def open_tab(qtbot, db, actor) -> CashFlowTab:
    page = make_page(qtbot, db, actor)
    tab = page.show_tab(6)
    assert isinstance(tab, CashFlowTab)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    tab.year.setValue(2024)
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    assert tab.task.error is None, tab.task.error
    return tab


def test_treasurer_reads_the_statement_writes_the_notes_and_exports(qtbot, db, actors, tmp_path):
    build_coop(db, actors)
    tab = open_tab(qtbot, db, actors["bendahara"])
    rows = {r[0].strip(): r[2] for r in tab.table.texts()}
    assert rows["Pinjaman dana bergulir yang dicairkan"] == "(Rp1.500.000)"
    assert rows["Arus kas bersih dari aktivitas operasi"] == "(Rp1.044.000)"
    assert rows["KENAIKAN (PENURUNAN) BERSIH KAS DAN BANK"] == "Rp456.000"
    assert rows["KAS DAN BANK AKHIR PERIODE"] == rows["Menurut neraca 31 Desember 2024"] == "Rp3.706.000"
    assert "cocok dengan neraca" in tab.status.text()

    tab.note.setPlainText("Kantor dipinjami Pemerintah Desa tanpa sewa.")
    qtbot.mouseClick(tab.save_note, Qt.MouseButton.LeftButton)
    assert cash_flow.calk_notes(db, year=2024).free_text == "Kantor dipinjami Pemerintah Desa tanpa sewa."
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)  # the hub's notice reloads it
    assert "Uji Bendahara" in tab.note_info.text()
    tab.grab().save(str(tmp_path / "cash_flow_tab.png"))

    task = tab.save_xlsx(str(tmp_path / "ak.xlsx"))
    qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
    wb = openpyxl.load_workbook(tmp_path / "ak.xlsx")
    assert [r[1] for r in wb["CALK Kebijakan"].iter_rows(values_only=True)][-1] == \
        "Kantor dipinjami Pemerintah Desa tanpa sewa."


def test_the_chair_reads_but_does_not_write_the_notes(qtbot, db, actors):
    build_coop(db, actors)
    tab = open_tab(qtbot, db, actors["ketua"])
    assert not tab.save_note.isEnabled() and tab.note.isReadOnly()
    assert "bendahara" in tab.save_note.toolTip()
