"""The Anggaran (RAPB) tab: the treasurer types next year's budget and targets, the chair
records the RAT's approval (after which the plan is locked), the realisation shows beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kamura_desktop.services import budget
from kamura_desktop.ui.reports.filings_tab import BudgetTab
from tests.services.test_budget import worked_2025

from .helpers import MessageBoxWatcher
from .test_reports_page import make_page


def open_tab(qtbot, db, actor, year=2025) -> BudgetTab:
    page = make_page(qtbot, db, actor)
    tab = page.show_tab(7)
    assert isinstance(tab, BudgetTab)
    tab.year.setValue(year)
    return tab


def set_amount(tab: BudgetTab, code: str, text: str) -> None:
    row = next(i for i in range(tab.lines.rowCount()) if tab.lines.item(i, 0).text() == code)
    tab.lines.item(row, 2).setText(text)


def test_treasurer_enters_chair_approves_and_the_realisation_shows(qtbot, db, actors, tmp_path):
    worked_2025(db, actors["bendahara"])
    tab = open_tab(qtbot, db, actors["bendahara"])
    assert "Belum ada RAPB 2025" in tab.status.text()
    assert not tab.approve_button.isEnabled()  # the treasurer does not approve
    set_amount(tab, "4301", "1.200.000")
    set_amount(tab, "5203", "600000")
    tab.targets["repayment_rate"].setText("95")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = budget.get_budget(db, year=2025)
    assert {x.code: x.amount for x in saved.lines} == {"4301": 1_200_000, "5203": 600_000}
    assert saved.targets == {"repayment_rate": 95}
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    rows = {r[0]: r for r in tab.real_table.texts() if r[0]}
    assert rows["4301"][2:] == ["Rp1.200.000", "Rp800.000", "(Rp400.000)", "66,7 %"]
    assert "rancangan" in tab.real_notes.text()
    tab.grab().save(str(tmp_path / "budget_tab.png"))

    chair = open_tab(qtbot, db, actors["ketua"])
    chair.rat_date.set_value(dt.date(2025, 3, 15))
    qtbot.mouseClick(chair.approve_button, Qt.MouseButton.LeftButton)
    assert budget.get_budget(db, year=2025).status == "approved"
    assert "disahkan RAT tanggal 15 Maret 2025" in chair.status.text()
    assert not chair.lines.isEnabled() and not chair.save_button.isVisible()
    chair.period.setCurrentIndex(3)  # March
    # the month's figures replace the year's once the background computation is shown
    qtbot.waitUntil(lambda: chair.task.is_finished and {r[0]: r for r in chair.real_table.texts()
                                                          if r[0]}["4301"][2] != "Rp1.200.000",
                    timeout=30_000)
    rows = {r[0]: r for r in chair.real_table.texts() if r[0]}
    assert rows["4301"][2:] == ["Rp100.000", "Rp500.000", "Rp400.000", "500,0 %"]


def test_a_bad_amount_is_refused_and_nothing_saved(qtbot, db, actors):
    tab = open_tab(qtbot, db, actors["ketua"])
    set_amount(tab, "4301", "sejuta")
    watcher = MessageBoxWatcher()
    try:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(watcher.seen), timeout=5_000)
    finally:
        watcher.stop()
    assert watcher.texts == ["Anggaran akun 4301 Pendapatan Usaha Percetakan: 'sejuta' bukan jumlah rupiah "
                             "yang sah. Tulis misalnya 125000 atau Rp125.000."]
    assert budget.get_budget(db, year=2025) is None
