"""Issue 17, "every payment gets a receipt the clerk can print": an instalment posted in the
payment dialog and a collection sheet posted on its tab print their kwitansi with Ctrl+P (the
sheet's in one PDF, one per page, on the paper of the setting); a past payment reprinted from
the credit's history says CETAK ULANG with the date and the audit log names who reprinted it.
The PDFs the preview shows are read back as text."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.terbilang import terbilang_rupiah
from kamura_desktop.services import audit, repayments, savings, settings, shu, year_end
from kamura_desktop.services.actor import Actor
from kamura_desktop.ui.print_preview import PrintPreviewDialog, print_receipts
from kamura_desktop.ui.repayments.dialogs import RecordPaymentDialog

from ..services import test_shu as worked_shu
from . import test_members_dialogs as md
from . import test_repayments_page as rp
from .helpers import MessageBoxWatcher
from .test_repayments_page import S, first_credit, make_page, open_sheet, type_in
from .test_reports_page import make_page as reports_page

group = rp.group  # the fixture: a group of five, each with a running Paket Usaha credit

MM = 72 / 25.4


def pdf_pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def previews() -> list[PrintPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintPreviewDialog) and w.isVisible()]


def wait_preview(qtbot, before: list) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: len([p for p in previews() if p not in before]) == 1, timeout=15_000)
    dlg = [p for p in previews() if p not in before][0]
    qtbot.addWidget(dlg)
    return dlg


def press_ctrl_p(qtbot, window, widget) -> None:
    window.raise_()
    window.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_an_instalment_posted_in_the_dialog_prints_its_kwitansi_with_ctrl_p(qtbot, db, actors, group, today):
    credit = first_credit(group)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.credit_tab
    tab.open_credit(credit.id)
    dlg = tab.open_record_dialog()
    assert isinstance(dlg, RecordPaymentDialog)
    qtbot.waitExposed(dlg)
    assert not dlg.print_button.isVisible()  # nothing to print before the payment is posted
    dlg.amount.selectAll()
    qtbot.keyClicks(dlg.amount, "8400")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    receipt = dlg.receipt
    assert receipt is not None and receipt.receipt_no.startswith(f"KW-{today.year}-")
    assert dlg.print_button.isVisible() and "Ctrl+P" in dlg.print_button.text()
    before = previews()
    press_ctrl_p(qtbot, dlg, dlg.post_button)

    preview = wait_preview(qtbot, before)
    [text] = pdf_pages(preview.pdf_path)
    for part in ("KWITANSI", "Angsuran Kredit", receipt.receipt_no, credit.member_name,
                 receipt.member_number, credit.number, "Rp8.400",
                 "Delapan ribu empat ratus rupiah", "Sisa kewajiban", "Rp16.800", "Uji Petugas"):
        assert part in text, part
    assert "CETAK ULANG" not in text  # the first print is the original


def test_a_collection_sheet_prints_every_kwitansi_one_per_page_on_the_thermal_roll(
        qtbot, db, actors, group):
    settings.save_settings(db, actor=Actor.system(), profile={},
                           values={"print.receipt_format": "thermal_58"})
    page, model = open_sheet(qtbot, db, actors["petugas"], group)
    tab, table = page.sheet_tab, page.sheet_tab.table
    assert not tab.receipt_button.isEnabled()  # not posted yet
    lines = model.lines
    for row in range(len(lines)):
        type_in(qtbot, table, row, S.COL_PAID, str(lines[row].suggested))
    with qtbot.waitActive(page):
        page.activateWindow()
    table.setFocus()
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    try:
        qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        watcher.stop()
    posted = tab.last_receipts
    assert len(posted) == 5 and tab.receipt_button.isEnabled()
    before = previews()
    press_ctrl_p(qtbot, page, table)
    preview = wait_preview(qtbot, before)
    pages = pdf_pages(preview.pdf_path)
    assert len(pages) == 5  # one receipt per page
    reader = PdfReader(preview.pdf_path)
    assert {round(float(p.mediabox.width) / MM) for p in reader.pages} == {58}
    for text, r in zip(pages, posted, strict=True):
        assert re.findall(r"KW-\d{4}-\d{6}", text) == [r.receipt_no]
        assert r.member_name in text and r.member_number in text
        assert format_rupiah(r.amount) in text
        assert terbilang_rupiah(r.amount)[:1].upper() + terbilang_rupiah(r.amount)[1:] in text


def test_a_past_payment_is_reprinted_marked_and_audited(qtbot, db, actors, group, today):
    credit = first_credit(group)
    paid = repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit.id,
                                       amount=4_200, on_date=today).value
    page = make_page(qtbot, db, actors["bendahara"])
    tab = page.credit_tab
    tab.open_credit(credit.id)
    assert not tab.reprint_button.isEnabled()  # nothing selected yet
    tab.payments.selectRow(0)
    assert tab.reprint_button.isEnabled()
    before = previews()
    qtbot.mouseClick(tab.reprint_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, before)
    [text] = pdf_pages(preview.pdf_path)
    assert "CETAK ULANG" in text and paid.receipt_no in text and credit.member_name in text
    assert format_date_id(dt.date.today()) in text  # the date of the reprint
    assert "Uji Bendahara" in text
    rows = [a for a in audit.list_audit(db, actor=actors["admin"], limit=20)
            if a.action == "receipt.reprint"]
    assert len(rows) == 1
    assert rows[0].entity_id == paid.receipt_no and rows[0].username == actors["bendahara"].username
    assert "Rp4.200" in rows[0].summary and credit.member_name in rows[0].summary


@pytest.mark.parametrize("paper,width,height,name", [
    ("thermal_58", 58, 190, "Rol 58 mm"), ("thermal_80", 80, 160, "Rol 80 mm"),
    ("half_a4", 210, 148, "A5")])
def test_printing_presets_the_receipts_paper_in_the_print_dialog(qtbot, db, actors, group, tmp_path,
                                                               monkeypatch, paper, width, height, name, today):
    """Cetak… in the preview opens QPrintDialog on the receipt's own paper: a thermal roll's
    custom page of its width (the counter printer's roll), half A4 as A5 turned (not a page of
    swapped sides). The dialog is not shown: its exec checks what it was given, sends the job
    to a PDF file and accepts; the file's page size and text are read back."""
    settings.save_settings(db, actor=Actor.system(), profile={}, values={"print.receipt_format": paper})
    credit = first_credit(group)
    paid = repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit.id,
                                       amount=4_200, on_date=today).value
    page = make_page(qtbot, db, actors["petugas"])
    shown: list[PrintPreviewDialog] = []
    task = print_receipts(page.ctx, page, receipt_nos=[paid.receipt_no], on_shown=shown.append)
    qtbot.waitUntil(lambda: task.is_finished and bool(shown), timeout=15_000)
    preview = shown[0]
    qtbot.addWidget(preview)
    out = tmp_path / "dicetak.pdf"
    given = []

    def exec_(dialog) -> int:  # the user presses Print with the paper as it was preset
        printer = dialog.printer()
        layout = printer.pageLayout()
        given.append((layout.pageSize().id(), layout.pageSize().name(),
                      layout.fullRectPoints().width(), layout.fullRectPoints().height()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    [(size_id, size_name, w_pt, h_pt)] = given
    assert size_name == name
    assert (size_id == QPageSize.PageSizeId.Custom) == paper.startswith("thermal")
    assert (round(w_pt / MM), round(h_pt / MM)) == (width, height)
    reader = PdfReader(out)
    [printed] = reader.pages
    assert (round(float(printed.mediabox.width) / MM), round(float(printed.mediabox.height) / MM)) \
        == (width, height)
    text = " ".join(printed.extract_text().split())
    for part in (paid.receipt_no, credit.member_name, "KWITANSI", "Rp4.200"):
        assert part in text, part


# ------------------------------------------------------------------ savings and refunds

siti = md.siti  # the fixture: Siti Aminah, pokok paid


def test_a_past_deposit_is_reprinted_from_the_savings_history(qtbot, db, actors, siti, today):
    r = savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                               amount=75_000, on_date=today).value
    detail = md.open_detail(qtbot, db, actors["petugas"], siti.id)
    md.select_history_row(detail, r.receipt_no)
    assert detail.receipt_button.isEnabled()
    before = previews()
    qtbot.mouseClick(detail.receipt_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, before)
    [text] = pdf_pages(preview.pdf_path)
    for part in ("KWITANSI", "CETAK ULANG", format_date_id(dt.date.today()), r.receipt_no,
                 "Siti Aminah", "Rp75.000", "Tujuh puluh lima ribu rupiah"):
        assert part in text, part
    [row] = [a for a in audit.list_audit(db, actor=actors["admin"], limit=10)
             if a.action == "receipt.reprint"]
    assert row.entity_id == r.receipt_no and row.username == actors["petugas"].username


def test_leaving_shows_the_bukti_kas_keluar_and_prints_it_with_ctrl_p(qtbot, db, actors, siti, today):
    savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                           amount=75_000, on_date=today)
    detail = md.open_detail(qtbot, db, actors["bendahara"], siti.id)
    dlg = detail.leave_member()
    qtbot.waitExposed(dlg)
    assert not dlg.print_button.isVisible()
    dlg.reason.setText("Pindah ke Cimahi")
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    try:
        assert dlg.submit()
    finally:
        watcher.stop()
    number = f"BKK-{today.year}-000001"
    assert dlg.receipt_no == number and dlg.isVisible()
    assert number in dlg.result.text() and "Rp125.000" in dlg.result.text()
    assert dlg.print_button.isVisible() and dlg.ok_button.text() == "Selesai"
    before = previews()
    press_ctrl_p(qtbot, dlg, dlg.print_button)
    preview = wait_preview(qtbot, before)
    [text] = pdf_pages(preview.pdf_path)
    for part in ("BUKTI KAS KELUAR", number, "Dibayarkan kepada", "Siti Aminah", "Rp125.000",
                 "Seratus dua puluh lima ribu rupiah", "Pengembalian Simpanan Anggota Keluar"):
        assert part in text, part
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # Selesai closes
    assert not dlg.isVisible()
    # later: the refund rows in the savings history reprint that same bukti kas keluar
    rows = detail.history.rows
    detail.history_view.selectRow(next(i for i, t in enumerate(rows) if t.tx_type == "pengembalian"))
    assert detail.receipt_button.isEnabled()
    before = previews()
    qtbot.mouseClick(detail.receipt_button, Qt.MouseButton.LeftButton)
    [again] = pdf_pages(wait_preview(qtbot, before).pdf_path)
    assert number in again and "CETAK ULANG" in again and "Uji Bendahara" in again


def test_a_deposit_prints_its_kwitansi_with_the_same_key(qtbot, db, actors, siti):
    detail = md.open_detail(qtbot, db, actors["petugas"], siti.id)
    dlg = detail.open_deposit("sukarela")  # the member open in the detail carries in
    qtbot.waitExposed(dlg)
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "Rp125.000")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)  # Enter posts
    r = dlg.last_receipt
    assert r is not None and "Ctrl+P" in dlg.print_button.text()
    before = previews()
    press_ctrl_p(qtbot, dlg, dlg.next_button)
    preview = wait_preview(qtbot, before)
    [text] = pdf_pages(preview.pdf_path)
    for part in ("KWITANSI", r.receipt_no, "Siti Aminah", "Rp125.000",
                 "Seratus dua puluh lima ribu rupiah"):
        assert part in text, part
    assert "CETAK ULANG" not in text


# ------------------------------------------------------------------ SHU paid in cash

year = worked_shu.year  # the fixture: test_shu's worked year 2024 of five members


def test_shu_paid_in_cash_prints_every_bukti_kas_keluar_from_the_shu_tab(qtbot, db, actors, year):
    year_end.close_year(db, actor=actors["ketua"], year=2023)
    year_end.close_year(db, actor=actors["ketua"], year=worked_shu.Y)
    shu.create_shu_draft(db, actor=actors["bendahara"], year=worked_shu.Y)
    shu.approve_shu(db, actor=actors["ketua"], year=worked_shu.Y, rat_date=worked_shu.RAT)
    page = reports_page(qtbot, db, actors["bendahara"])
    tab = page.show_tab(3)
    tab.year.setValue(worked_shu.Y)
    assert not tab.payout_button.isEnabled()  # approved, not paid
    assert tab.pay(on_date=worked_shu.RAT, method="tunai")
    assert tab.payout_button.isEnabled()
    assert "5 bukti kas keluar (BKK-2025-000001 s.d. BKK-2025-000005)" in tab.notice.text.text()
    before = previews()
    qtbot.mouseClick(tab.payout_button, Qt.MouseButton.LeftButton)
    pages = pdf_pages(wait_preview(qtbot, before).pdf_path)
    assert len(pages) == 5
    for text, row, expected in zip(pages, tab.current.rows, worked_shu.EXPECTED, strict=True):
        assert "BUKTI KAS KELUAR" in text and row.name in text and format_rupiah(expected[4]) in text
        assert "CETAK ULANG" not in text  # paid just now: the first print
    # another day (another window): the same papers again are reprints
    later = reports_page(qtbot, db, actors["bendahara"]).show_tab(3)
    later.year.setValue(worked_shu.Y)
    before = previews()
    later.print_payouts()
    again = pdf_pages(wait_preview(qtbot, before).pdf_path)
    assert len(again) == 5 and all("CETAK ULANG" in t for t in again)


def test_ctrl_p_collides_with_no_other_key_of_the_main_window(qtbot, db, actors):
    """The receipt key is the collection sheet's only, in the whole main window (every page
    built); the payment and counter dialogs are windows of their own."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton

    from kamura_desktop.ui.print_preview import PRINT_RECEIPT_KEY

    from .test_shell import make_window

    window = make_window(qtbot, db, actors["bendahara"])
    for key in list(window.pages):
        window.go_to(key)
    key = QKeySequence(PRINT_RECEIPT_KEY)
    owners = [type(s.parent()).__name__ for s in window.findChildren(QShortcut) if s.key() == key]
    owners += [a.text() for a in window.findChildren(QAction) if key in a.shortcuts()]
    owners += [b.text() for b in window.findChildren(QAbstractButton) if b.shortcut() == key]
    assert owners == ["CollectionSheetTab"]
