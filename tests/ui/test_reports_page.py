"""The Laporan page as the treasurer and the chair use it: statements of a worked year with
drill-down to the journal, a manual entry typed in the dialog, reversal, the year-end close
and its lock, SHU on the demo, and reports previewed and saved (PDF and Excel)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import journal, shu
from kamura_desktop.services.ledger import Line
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.reports import ReportsPage
from kamura_desktop.ui.reports.statements_tab import DrillDownDialog, EntryDialog
from kamura_desktop.ui.tasks import TaskRunner

from ..stock import open_cash
from .helpers import MessageBoxWatcher


def worked_year_number() -> int:
    """Last year (it has ended, so it can be closed), from the date the caller runs on, never
    from the date the module was collected on (a run that crosses midnight)."""
    return dt.date.today().year - 1



def make_page(qtbot, db, actor, hub: SignalHub | None = None) -> ReportsPage:
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=hub or SignalHub(), tasks=TaskRunner())
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def worked_year(db, actor) -> None:
    """Capital Rp10.000.000 in cash, stationery Rp150.000, print-shop income Rp500.000."""
    post, year = journal.post_manual_entry, worked_year_number()
    post(db, actor=actor, on_date=dt.date(year, 1, 10), description="Modal dari pemerintah desa",
         lines=[Line("1101", debit=10_000_000), Line("3202", credit=10_000_000)])
    post(db, actor=actor, on_date=dt.date(year, 3, 1), description="Beli alat tulis",
         lines=[Line("5203", debit=150_000), Line("1101", credit=150_000)], attachment_note="nota 118")
    post(db, actor=actor, on_date=dt.date(year, 4, 1), description="Cetak undangan RAT desa",
         lines=[Line("1101", debit=500_000), Line("4301", credit=500_000)])


def entry_lines(dialog: EntryDialog):
    from kamura_desktop.ui.reports.common import ReportTable

    return dialog.findChild(ReportTable).model().rows


def rows_of(model) -> list[list[str]]:
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def find_row(model, label: str) -> int:
    for r in range(model.rowCount()):
        if any((model.index(r, c).data() or "").strip() == label for c in range(model.columnCount())):
            return r
    raise AssertionError(f"{label!r} not in {rows_of(model)}")


def test_statements_of_a_worked_year_drill_down_to_the_entries(qtbot, db, actors, today):
    worked_year(db, actors["bendahara"])
    page = make_page(qtbot, db, actors["ketua"])
    tab = page.statements
    tab.period.set_year(today.year - 1)

    tab.select_report("income-statement")
    model = tab.model
    shu_row = find_row(model, "SISA HASIL USAHA (SHU)")
    assert model.index(shu_row, 2).data() == "Rp350.000"
    assert "SHU Rp350.000" in tab.summary.text()

    tab.select_report("balance-sheet")
    assert "Rp10.350.000" in tab.summary.text() and "seimbang" in tab.summary.text()
    kas = find_row(tab.model, "Kas")
    assert tab.model.index(kas, 2).data() == "Rp10.350.000"

    # a double click on the line opens the three journal lines behind it
    dlg = tab.drill(tab.model.index(kas, 0).data(Qt.ItemDataRole.UserRole + 2))
    assert isinstance(dlg, DrillDownDialog)
    assert [r.debit - r.credit for r in dlg.rows] == [10_000_000, -150_000, 500_000]
    assert dlg.rows[-1].balance == 10_350_000
    entry_id = dlg.table.model().index(1, 0).data(Qt.ItemDataRole.UserRole + 2)
    entry = tab.drill(("entry", entry_id))
    assert isinstance(entry, EntryDialog) and "Beli alat tulis" in entry.windowTitle() + entry.findChild(
        type(tab.summary)).text()
    assert [(r.account_code, r.debit, r.credit) for r in entry_lines(entry)] == [
        ("5203", 150_000, 0), ("1101", 0, 150_000)]
    # the entry shows where it came from in words and the evidence noted when it was posted
    assert "Sumber: Jurnal manual" in entry.foot.text() and "Bukti: nota 118" in entry.foot.text()
    from PySide6.QtWidgets import QDialogButtonBox
    for d in (dlg, entry):  # Indonesian like the rest of the page (Qt's own word was "Close")
        assert d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).text() == "Tutup"
    entry.close()
    dlg.close()

    tab.select_report("trial-balance")
    total = rows_of(tab.model)[-1]
    assert total[1] == "Jumlah" and total[4] == total[5] == "Rp10.650.000"


def test_a_manual_entry_typed_in_the_dialog_is_checked_posted_and_reversed(qtbot, db, actors):
    clerk_page = make_page(qtbot, db, actors["petugas"])
    assert clerk_page.show_tab(1).new_button.isHidden()

    page = make_page(qtbot, db, actors["bendahara"])
    tab = page.show_tab(1)
    tab.period.set_year(dt.date.today().year)
    dlg = tab.new_entry()
    qtbot.keyClicks(dlg.description, "Setor kas ke bank")
    dlg.on_date.set_value(dt.date.today())
    dlg.set_line(0, "1102", debit=1_000_000)
    dlg.set_line(1, "1101", credit=900_000)
    assert "selisih Rp100.000" in dlg.totals.text()
    assert not dlg.submit()
    assert dlg.lines_error.isVisible() and "tidak seimbang" in dlg.lines_error.text()
    this_year = dt.date(dt.date.today().year, 1, 1)
    assert journal.list_journal(db, date_from=this_year, date_to=dt.date.today()) == []

    dlg.set_line(1, "1101", credit=1_000_000)
    qtbot.keyClicks(dlg.note, "slip setoran 0042")
    assert "selisih" not in dlg.totals.text()
    # the box is empty: the treasurer cannot take out money Kas does not hold
    assert not dlg.submit()
    shown = " ".join(w.text() for w in dlg.findChildren(QLabel) if w.isVisible())
    assert "Kas tidak cukup" in shown and "kurang Rp1.000.000" in shown
    assert journal.list_journal(db, date_from=this_year, date_to=dt.date.today()) == []
    open_cash(db, on=this_year - dt.timedelta(days=1), value=1_500_000)  # last year's box
    assert dlg.submit()
    rows = journal.list_journal(db, date_from=this_year, date_to=dt.date.today())
    assert [(r.total, r.attachment_note) for r in rows] == [(1_000_000, "slip setoran 0042")]
    assert tab.model.rowCount() == 1 and tab.model.index(0, 5).data() == "slip setoran 0042"

    tab.table.selectRow(0)
    assert tab.reverse_selected(reason="salah akun")
    statuses = {tab.model.index(r, 6).data() for r in range(tab.model.rowCount())}
    assert statuses == {"sudah dibalik", "pembalik"}


def test_the_chair_closes_the_year_then_nothing_is_posted_in_it_until_an_admin_reopens(qtbot, db, actors, today):
    worked_year(db, actors["bendahara"])
    clerk = make_page(qtbot, db, actors["petugas"]).show_tab(2)
    assert clerk.close_button.isHidden() and clerk.reopen_button.isHidden()

    hub = SignalHub()
    tab = make_page(qtbot, db, actors["ketua"], hub).show_tab(2)
    tab.year.setValue(today.year - 1)
    assert tab.close_year(ask=False)
    assert [(r.year, r.surplus) for r in tab.close_model.rows if r.active] == [((today.year - 1), 350_000)]
    with pytest.raises(UserError) as err:
        journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date((today.year - 1), 6, 1),
                                  description="terlambat", lines=[Line("5203", debit=1), Line("1101", credit=1)])
    assert "ditutup" in err.value.message

    admin = make_page(qtbot, db, actors["admin"], hub).show_tab(2)
    admin.year.setValue(today.year - 1)
    watcher = MessageBoxWatcher()
    try:
        assert not admin.reopen_year(reason="")  # a reason is required
    finally:
        watcher.stop()
    assert watcher.texts and "lasan" in watcher.texts[0]
    assert admin.reopen_year(reason="nota listrik Desember tertinggal")
    journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date((today.year - 1), 12, 20),
                              description="Listrik Desember", lines=[Line("5202", debit=50_000),
                                                                     Line("1101", credit=50_000)])


def test_shu_of_the_demo_year_and_its_list_as_pdf_and_excel(qtbot, demo_db, actors_demo, tmp_path):
    page = make_page(qtbot, demo_db, actors_demo["ketua"])
    tab = page.show_tab(3)
    tab.year.setValue(2024)
    dto = shu.get_shu(demo_db, 2024)
    assert dto is not None and tab.current.status == "draft"
    assert "draf" in tab.status.text()
    members = sum(r.total for r in tab.current.rows)
    assert members == tab.current.members_part == dto.members_part
    assert tab.approve_button.isEnabled() and tab.pay_button.isHidden()

    task = tab.save_xlsx(path=str(tmp_path / "shu.xlsx"))
    shown: list[PrintPreviewDialog] = []
    watcher = MessageBoxWatcher()
    try:
        qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
        assert task.error is None, task.error
        preview = tab.preview_pdf()
        qtbot.waitUntil(lambda: preview.is_finished, timeout=30_000)
        assert preview.error is None, preview.error
        qtbot.waitUntil(lambda: any(isinstance(w, PrintPreviewDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=10_000)
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    finally:
        watcher.stop()
    assert watcher.seen == []
    assert shown and len(shown[0].images) >= 1
    for w in shown:
        w.close()
    wb = openpyxl.load_workbook(tmp_path / "shu.xlsx")
    numbers = [c.value for row in wb.active.iter_rows() for c in row if isinstance(c.value, int)]
    assert members in numbers


def test_a_statement_is_previewed_and_saved_to_excel_from_the_page(qtbot, db, actors, tmp_path, today):
    worked_year(db, actors["bendahara"])
    page = make_page(qtbot, db, actors["ketua"])
    tab = page.statements
    tab.period.set_year(today.year - 1)
    tab.select_report("income-statement")
    watcher = MessageBoxWatcher()
    try:
        task = tab.save_xlsx(path=str(tmp_path / "phu.xlsx"))
        qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
        assert task.error is None, task.error
        preview = tab.preview_pdf()
        qtbot.waitUntil(lambda: preview.is_finished, timeout=30_000)
        assert preview.error is None, preview.error
    finally:
        watcher.stop()
    assert watcher.seen == []
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
    assert dialogs and dialogs[-1].images
    for w in dialogs:
        w.close()
    wb = openpyxl.load_workbook(tmp_path / "phu.xlsx")
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert 350_000 in values and 500_000 in values and 150_000 in values
    assert tab.notice.isVisible() and "phu.xlsx" in tab.notice.text.text()


@pytest.fixture
def actors_demo(demo_db, fast_passwords):
    """The demo's users logged in (their passwords are hashed at the tests' cost, as the demo
    is built: without fast_passwords each login rehashed at the office's cost)."""
    from kamura_desktop.services import users

    return {role: users.authenticate(demo_db, role, f"{role}123")
            for role in ("ketua", "bendahara", "petugas", "admin")}



def test_the_chair_previews_and_saves_the_rat_report_a_clerk_cannot_export(qtbot, demo_db, actors_demo, tmp_path):
    clerk = make_page(qtbot, demo_db, actors_demo["petugas"]).show_tab(4)
    assert not clerk.pdf_button.isEnabled() and not clerk.xlsx_button.isEnabled()

    tab = make_page(qtbot, demo_db, actors_demo["ketua"]).show_tab(4)
    tab.year.setValue(2024)
    assert "sudah ditutup" in tab.state.text()
    watcher = MessageBoxWatcher()
    try:
        saving = tab.save_xlsx(path=str(tmp_path / "rat.xlsx"))
        qtbot.waitUntil(lambda: saving.is_finished, timeout=60_000)
        assert saving.error is None, saving.error
        preview = tab.preview_pdf()
        qtbot.waitUntil(lambda: preview.is_finished, timeout=60_000)
        assert preview.error is None, preview.error
    finally:
        watcher.stop()
    assert watcher.seen == []
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    assert dialogs and len(dialogs[-1].images) >= 10  # cover, contents, nine chapters, appendix
    for w in dialogs:
        w.close()
    wb = openpyxl.load_workbook(tmp_path / "rat.xlsx")
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert shu.get_shu(demo_db, 2024).surplus in values


def test_shu_parts_are_named_in_english_too(qtbot, demo_db, actors_demo):
    """The allocation table named the parts in Indonesian on an English page."""
    from kamura_desktop.ui.i18n import install_translator

    app = QApplication.instance()
    assert install_translator(app, "en")
    try:
        page = make_page(qtbot, demo_db, actors_demo["bendahara"])
        tab = page.show_tab(3)
        tab.year.setValue(2024)
        names = [row[0] for row in rows_of(tab.alloc_model)]
    finally:
        install_translator(app, "id")
    assert names[:2] == ["Reserve", "Members' part"] and "Social fund" in names
    assert not any(n in names for n in ("Cadangan", "Dana sosial"))


def test_closing_warns_the_chair_when_the_year_end_provision_is_not_posted(qtbot, demo_db, actors_demo):
    """The demo's 2024 provision was posted before its close: no warning. At the end of 2025
    the loans are repaid but Rp23.000 is still provided: the chair is told before closing."""
    from kamura_desktop.domain.money import format_rupiah
    from kamura_desktop.services import provisions

    page = make_page(qtbot, demo_db, actors_demo["ketua"])
    tab = page.show_tab(2)
    assert "Perhatian" not in tab.close_question(2024)
    changes = {y: provisions.provision_quote(demo_db, as_of=dt.date(y, 12, 31)).change for y in (2024, 2025)}
    assert changes[2024] == 0 and changes[2025] != 0
    text = tab.close_question(2025)
    assert "Perhatian: penyisihan kerugian piutang per 31 Desember 2025" in text
    assert ("kurangi " if changes[2025] < 0 else "tambah ") + format_rupiah(abs(changes[2025])) in text
