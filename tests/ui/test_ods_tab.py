"""The Data ODS tab on the demo: the year's figures in the form's order, typed into Excel."""

from __future__ import annotations

import openpyxl

from kamura_desktop.ui.reports.filings_tab import OdsTab

from .test_reports_page import make_page


def test_ods_figures_and_export(qtbot, demo_db, tmp_path, fast_passwords):
    from kamura_desktop.services import users

    actor = users.authenticate(demo_db, "ketua", "ketua123")
    page = make_page(qtbot, demo_db, actor)
    tab = page.show_tab(8)
    assert isinstance(tab, OdsTab)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    tab.year.setValue(2024)
    tab.staff.setValue(2)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    rows = {r[0]: r[2] for r in tab.table.texts()}
    assert rows["7"] == "41 orang" and rows["9"] == "2 orang" and rows["8"] == "(diisi kantor)"
    assert rows["10"] == "Rp74.133.040" and rows["14"] == "Rp1.453.040" and rows["4"] == "15 Maret 2025"
    tab.grab().save(str(tmp_path / "ods_tab.png"))
    task = tab.save_xlsx(str(tmp_path / "ods.xlsx"))
    qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
    values = {r[0]: r[2] for r in openpyxl.load_workbook(tmp_path / "ods.xlsx")["Data ODS"].iter_rows(
        min_row=5, values_only=True) if r[0]}
    assert values["12"] == 107_235_000 and values["9"] == 2
