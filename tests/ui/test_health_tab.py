"""The Kesehatan KSP tab of the Laporan page as the chair uses it: pick the date and scheme,
read the components and a ratio's figures, tick the checklist (the score moves at once),
save, and print/export; the treasurer sees it but cannot save."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kamura_desktop.services import health
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.reports.health_tab import HealthTab
from tests.services.test_health import AS_OF, build_coop

from .helpers import MessageBoxWatcher
from .test_reports_page import make_page


def open_tab(qtbot, db, actor) -> HealthTab:
    page = make_page(qtbot, db, actor)
    tab = page.show_tab(5)
    assert isinstance(tab, HealthTab)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    tab.as_of.set_value(AS_OF)
    compute(qtbot, tab)
    return tab


def compute(qtbot, tab: HealthTab) -> None:
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)  # a reload after a change
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    assert tab.task.error is None, tab.task.error


def item_by_code(tree, code):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, Qt.ItemDataRole.UserRole) == code:
                return top.child(j)
    raise AssertionError(code)


def test_chair_answers_the_checklist_saves_and_prints(qtbot, db, actors, tmp_path):
    build_coop(db, actors)
    tab = open_tab(qtbot, db, actors["ketua"])
    # nothing answered yet: management 0 → 52 − 10,5
    assert tab.verdict.text() == "Skor 41,50 — Dalam Pengawasan Khusus"
    assert tab.tree.topLevelItemCount() == 7
    rpm = item_by_code(tab.tree, "rpm")
    assert [rpm.text(c) for c in range(5)] == [
        "Rasio risiko pinjaman bermasalah terhadap pinjaman yang diberikan", "71,43 %", "0", "5", "0,00"]
    tab.tree.setCurrentItem(item_by_code(tab.tree, "cadangan_rpm"))
    detail = tab.detail.toPlainText()
    assert "63 %" in detail and "Rp630.000" in detail and "1209" in detail and "Rp1.000.000" in detail

    # the chair ticks all 12 general-management questions: +3 points at once
    umum = tab.checklist.topLevelItem(0)
    assert umum.childCount() == 12
    for j in range(12):
        umum.child(j).setCheckState(0, Qt.CheckState.Checked)
    assert tab.verdict.text() == "Skor 44,50 — Dalam Pengawasan Khusus"
    assert item_by_code(tab.tree, "m_umum").text(4) == "3,00"

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)  # the hub's notice reloads it
    saved = health.saved_answers(db, scheme="perdep06_2016", as_of=AS_OF)
    assert sum(saved.values()) == 12 and saved["m_umum.01"] is True
    assert "Uji Ketua" in tab.compare.text()

    tab.grab().save(str(tmp_path / "health_tab.png"))

    # a later date compares with the saved one
    tab.as_of.set_value(dt.date(2024, 7, 31))
    compute(qtbot, tab)
    assert "Penilaian sebelumnya per 30 Juni 2024: skor 44,50" in tab.compare.text()

    # Excel and PDF from the tab
    out = tmp_path / "kesehatan.xlsx"
    watcher = MessageBoxWatcher()
    try:
        task = tab.save_xlsx(str(out))
        qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
        assert task.error is None, task.error
        preview = tab.preview_pdf()
        qtbot.waitUntil(lambda: preview.is_finished, timeout=30_000)
        assert preview.error is None, preview.error
    finally:
        watcher.stop()
    assert watcher.seen == []
    assert openpyxl.load_workbook(out)["Ringkasan"]["A2"].value == "Penilaian Kesehatan KSP/USP"
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    assert dialogs and len(dialogs[-1].images) >= 2
    for w in dialogs:
        w.close()


def test_treasurer_sees_but_cannot_save(qtbot, db, actors):
    build_coop(db, actors)
    tab = open_tab(qtbot, db, actors["bendahara"])
    assert not tab.save_button.isEnabled()
    assert tab.verdict.text().startswith("Skor 41,50")
    # switching scheme rescales to the 2020 aspects
    tab.scheme.setCurrentIndex(tab.scheme.findData("permenkop09_2020"))
    compute(qtbot, tab)
    assert tab.tree.topLevelItemCount() == 4
    assert tab.verdict.text() == "Skor 39,50 — Dalam Pengawasan"
