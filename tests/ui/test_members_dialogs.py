"""The membership dialogs as a clerk and a treasurer use them: the deposit counter, the
withdrawal, reversal (and a clerk's refusal), leaving, editing, documents, print preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from kamura_desktop.services import membership, savings
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.members import MembersPage
from kamura_desktop.ui.members.detail import MemberDetailDialog
from kamura_desktop.ui.members.models import SavingsHistoryModel
from kamura_desktop.ui.members.savings_dialogs import DepositDialog, ReversalDialog
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.tasks import TaskRunner

from .helpers import MessageBoxWatcher


def joined_on(today: dt.date | None = None) -> dt.date:
    """The first of the month before last (three wajib months due): taken from the date the caller runs on (``today``, else now), never
    from the date the module was collected on — a run that crosses midnight still agrees with
    the dialogs, which take the date when they open."""
    return ((today or dt.date.today()).replace(day=1) - dt.timedelta(days=40)).replace(day=1)


H = SavingsHistoryModel


def nik(day: int, month: int, yy: int, serial: int, *, female: bool = False) -> str:
    return f"321714{day + 40 if female else day:02d}{month:02d}{yy:02d}{serial:04d}"


def make_ctx(db, actor) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())


def add_member(db, actor, name: str, serial: int, *, female: bool = True,
               pokok: bool = True) -> membership.MemberDTO:
    m = membership.register_member(db, actor=actor, data=MemberInput(
        name=name, nik=nik(1 + serial, 2, 85, serial, female=female), sex="P" if female else "L",
        joined_on=joined_on(), rt="1", rw="8", birth_date=dt.date(1985, 2, 1 + serial))).value.member
    if pokok:
        savings.record_deposit(db, actor=actor, member_id=m.id, kind="pokok", amount=50_000,
                               on_date=joined_on())
    return membership.get_member(db, m.id)


@pytest.fixture
def siti(db, actors):
    return add_member(db, actors["bendahara"], "Siti Aminah", 1)


def make_page(qtbot, db, actor) -> MembersPage:
    page = MembersPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.show()
    return page


def open_detail(qtbot, db, actor, member_id) -> MemberDetailDialog:
    dlg = MemberDetailDialog(make_ctx(db, actor), member_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


# ------------------------------------------------------------------ deposit

def test_a_deposit_through_the_dialog_updates_the_list_and_the_detail(qtbot, db, actors, siti):
    page = make_page(qtbot, db, actors["petugas"])
    detail = page.open_member(siti.id)
    row = page.model.row_of(siti.id)
    assert page.model.rows[row].sukarela == 0
    assert detail.card_sukarela.value.text() == "Rp0"

    dlg = page.open_deposit()
    assert dlg.picker.member is None  # nothing selected in the list: the clerk types the member
    qtbot.keyClicks(dlg.picker.edit, "1")  # the short number of KMR-0001
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member.id == siti.id
    assert "Siti Aminah" in dlg.picker.card.text()
    dlg.set_kind("sukarela")
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "Rp125.000")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)  # Enter posts

    assert dlg.last_receipt is not None
    assert dlg.last_receipt.receipt_no in dlg.result_text.text()
    assert not dlg.result.isHidden() and dlg.next_button.isDefault()
    assert savings.balances(db, siti.id).sukarela == 125_000
    # the hub told the list and the open detail window
    r = page.model.row_of(siti.id)
    assert page.model.data(page.model.index(r, page.model.COL_SUKARELA)) == "Rp125.000"
    assert detail.card_sukarela.value.text() == "Rp125.000"
    assert detail.history.rows[0].amount == 125_000


def test_the_amount_is_prefilled_with_what_is_owed(qtbot, db, actors):
    euis = add_member(db, actors["petugas"], "Euis Rohaeti", 2, pokok=False)
    siti = add_member(db, actors["petugas"], "Siti Aminah", 1)
    ctx = make_ctx(db, actors["petugas"])
    dlg = DepositDialog(ctx, euis, kind="pokok")
    qtbot.addWidget(dlg)
    assert dlg.amount.text() == "50.000"
    assert "status menjadi Aktif" in dlg.amount_hint.text()
    dlg.picker.set_member(siti)
    dlg.set_kind("wajib")
    arrears = savings.balances(db, siti.id).wajib_arrears
    assert arrears == 30_000  # three months of Rp10.000
    assert dlg.amount.text() == "30.000"
    assert "3 bulan" in dlg.amount_hint.text()
    assert dlg.post()
    assert savings.balances(db, siti.id).wajib_arrears == 0
    assert membership.get_member(db, siti.id).status == "active"


def test_next_deposit_clears_the_form_for_the_next_member(qtbot, db, actors, siti):
    ujang = add_member(db, actors["petugas"], "Ujang Saepudin", 2, female=False)
    dlg = DepositDialog(make_ctx(db, actors["petugas"]), siti, kind="sukarela")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.amount.setText("20000")
    assert dlg.post()
    qtbot.keyClick(dlg.next_button, Qt.Key.Key_Return)  # "Setoran berikutnya" is the default
    assert dlg.result.isHidden() and dlg.form_box.isEnabled()
    assert dlg.picker.member is None and dlg.amount.text() == "" and dlg.picker.edit.text() == ""
    assert dlg.kind() == "sukarela"  # the kind stays for the queue
    qtbot.keyClicks(dlg.picker.edit, ujang.nik)
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member.id == ujang.id
    dlg.amount.setText("15.000")
    assert dlg.post()
    assert savings.balances(db, ujang.id).sukarela == 15_000
    assert savings.balances(db, siti.id).sukarela == 20_000


def test_deposit_mistakes_show_next_to_their_field(qtbot, db, actors, siti):
    dlg = DepositDialog(make_ctx(db, actors["petugas"]), None, kind="sukarela")
    qtbot.addWidget(dlg)
    assert not dlg.post()
    assert "Pilih anggota" in dlg.errors.labels["member"].text()
    dlg.picker.set_member(siti)
    dlg.amount.setText("12,5")
    assert not dlg.post()
    assert "bukan jumlah rupiah" in dlg.errors.labels["amount"].text()
    dlg.set_kind("pokok")  # already paid: the service refuses, under the amount
    dlg.amount.setText("50000")
    assert not dlg.post()
    assert "sudah lunas" in dlg.errors.labels["amount"].text()
    assert len(savings.transactions(db, siti.id)) == 1  # only the pokok of the fixture


def test_picker_lists_several_matches_and_waits_for_a_choice(qtbot, db, actors, siti):
    add_member(db, actors["petugas"], "Siti Maryam", 2)
    dlg = DepositDialog(make_ctx(db, actors["petugas"]))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.picker.edit, "siti")
    assert not dlg.picker.resolve()
    assert dlg.picker.member is None
    assert dlg.picker.results.rowCount() == 2
    assert "2 anggota cocok" in dlg.picker.info.text()
    dlg.picker._activated(dlg.picker.results.index(1, 0))  # the clerk picks the second
    assert dlg.picker.member.name == "Siti Maryam"


def test_withdrawal_over_what_is_available_is_refused_under_the_amount(qtbot, db, actors, siti, today):
    savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                           amount=100_000, on_date=today)
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    dlg = detail.open_withdrawal()
    assert dlg.picker.member.id == siti.id
    assert "Rp100.000" in dlg.amount_hint.text()
    dlg.amount.setText("150.000")
    assert not dlg.post()
    assert "melebihi saldo sukarela" in dlg.errors.labels["amount"].text()
    dlg.amount.setText("40.000")
    assert dlg.post()
    assert detail.card_sukarela.value.text() == "Rp60.000"


# ------------------------------------------------------------------ reversal

def select_history_row(detail, receipt_no: str) -> None:
    for i, t in enumerate(detail.history.rows):
        if t.receipt_no == receipt_no:
            detail.history_view.selectRow(i)
            return
    raise AssertionError(receipt_no)


def test_a_clerk_cannot_reverse(qtbot, db, actors, siti, today):
    r = savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                               amount=500_000, on_date=today).value
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    select_history_row(detail, r.receipt_no)
    assert detail.receipt_button.isEnabled()
    assert not detail.reverse_button.isEnabled()  # the button is off…
    tx = detail.selected_tx()
    dlg = ReversalDialog(detail.ctx, tx, member_name=siti.name)
    qtbot.addWidget(dlg)
    dlg.reason.setText("salah ketik")
    watcher = MessageBoxWatcher()
    try:
        assert not dlg.submit()  # …and the service refuses anyway
        qtbot.waitUntil(lambda: len(watcher.seen) > 0, timeout=3000)
    finally:
        watcher.stop()
    title, text = watcher.seen[0]
    assert title == "Tidak diizinkan"
    assert "tidak berhak membalik transaksi simpanan" in text and "Bendahara" in text
    assert savings.balances(db, siti.id).sukarela == 500_000
    assert all(t.tx_type != "pembalikan" for t in savings.transactions(db, siti.id))


def test_the_treasurer_reverses_with_a_reason(qtbot, db, actors, siti, today):
    r = savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                               amount=500_000, on_date=today).value
    detail = open_detail(qtbot, db, actors["bendahara"], siti.id)
    select_history_row(detail, r.receipt_no)
    assert detail.reverse_button.isEnabled()
    dlg = detail.reverse_selected()
    assert not dlg.submit()  # no reason
    assert "Alasan pembalikan wajib diisi" in dlg.errors.labels["reason"].text()
    qtbot.keyClicks(dlg.reason, "Salah ketik jumlah")
    assert dlg.submit()
    assert savings.balances(db, siti.id).sukarela == 0
    assert detail.card_sukarela.value.text() == "Rp0"
    marks = {t.tx_type: detail.history.data(detail.history.index(i, H.COL_MARK))
             for i, t in enumerate(detail.history.rows) if t.kind == "sukarela"}
    assert marks == {"setoran": "Dibalik", "pembalikan": f"Membalik {r.receipt_no}"}
    select_history_row(detail, r.receipt_no)
    assert not detail.reverse_button.isEnabled()  # reversed once only


# ------------------------------------------------------------------ leave, edit, documents

def test_leaving_shows_the_refund_and_needs_a_reason(qtbot, db, actors, siti, today):
    savings.record_deposit(db, actor=actors["petugas"], member_id=siti.id, kind="sukarela",
                           amount=75_000, on_date=today)
    detail = open_detail(qtbot, db, actors["bendahara"], siti.id)
    dlg = detail.leave_member()
    texts = [w.text() for w in dlg.figures.findChildren(type(dlg.blockers))]
    assert "Dikembalikan tunai" in texts and "Rp125.000" in texts
    assert dlg.ok_button.isEnabled()
    assert not dlg.submit()
    assert "Alasan keluar wajib diisi" in dlg.errors.labels["reason"].text()
    dlg.reason.setText("Pindah ke Cimahi")
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    try:
        assert dlg.submit()
    finally:
        watcher.stop()
    assert "Rp125.000" in watcher.texts[0]
    assert membership.get_member(db, siti.id).status == "left"
    assert detail.subtitle.text().startswith("KMR-0001 · Keluar")
    assert not detail.deposit_button.isEnabled() and not detail.edit_button.isEnabled()
    assert not detail.leave_button.isEnabled()


def test_a_clerk_may_not_process_leaving(qtbot, db, actors, siti):
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    assert not detail.leave_button.isEnabled()
    assert detail.edit_button.isEnabled() and detail.deposit_button.isEnabled()


def test_editing_a_member_shows_its_data_and_a_nik_warning(qtbot, db, actors, siti):
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    form = detail.edit_member()
    assert form.name.text() == "Siti Aminah" and form.nik.text() == siti.nik
    assert form.sex.currentData() == "P" and form.birth_date.value() == siti.birth_date
    form.phone.setText("0812-9999-0000")
    form.birth_date.set_value(dt.date(1986, 7, 7))  # differs from the NIK: a warning only
    assert form.save()
    assert membership.get_member(db, siti.id).phone == "0812-9999-0000"
    assert detail.values["phone"].text() == "0812-9999-0000"
    assert "Perhatian" in detail.notice.text.text()


def test_adding_a_scanned_ktp_ticks_it(qtbot, db, actors, siti, tmp_path):
    scan = tmp_path / "ktp-siti.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    assert not detail.no_docs.isHidden()
    assert detail.add_document(scan, kind="ktp")
    assert detail.doc_table.rowCount() == 1
    assert detail.doc_table.item(0, 1).text() == "ktp-siti.png"
    assert membership.get_member(db, siti.id).ktp_on_file
    assert "KTP: ada" in detail.values["files"].text()
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan gambar")
    assert not detail.add_document(bad, kind="kk")
    assert "PNG/JPEG atau PDF" in detail.doc_error.text()
    # the books themselves picked as a scan: refused before a byte is read (reading the open
    # database with open() would drop this program's locks on it)
    assert not detail.add_document(db.path, kind="kk")
    assert "database SQLite" in detail.doc_error.text() and "pindaian KTP/KK" in detail.doc_error.text()
    assert detail.doc_table.rowCount() == 1
    viewer = detail.view_document()
    assert viewer is not None and viewer.isVisible()
    viewer.close()


# ------------------------------------------------------------------ printing

def test_a_receipt_opens_in_the_print_preview_and_prints(qtbot, db, actors, siti, tmp_path):
    detail = open_detail(qtbot, db, actors["petugas"], siti.id)
    select_history_row(detail, savings.transactions(db, siti.id)[0].receipt_no)
    shown: list[PrintPreviewDialog] = []
    from kamura_desktop.ui.members import printing
    tx = detail.selected_tx()
    task = printing.print_receipt(detail.ctx, detail, tx_id=tx.id, receipt_no=tx.receipt_no,
                                  on_shown=shown.append)
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)
    assert task.error is None, task.error
    preview = shown[0]
    assert preview.isVisible() and len(preview.images) == 1
    assert preview.page_labels[0].pixmap().width() > 100
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "dicetak.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "dicetak.pdf").stat().st_size > 1000
    copy = preview.save_as(str(tmp_path / "salinan"))
    assert copy == tmp_path / "salinan.pdf" and copy.read_bytes().startswith(b"%PDF")
    preview.close()


def test_the_passbook_and_the_form_print_through_the_task_runner(qtbot, db, actors, siti, today):
    detail = open_detail(qtbot, db, actors["bendahara"], siti.id)
    shown: list[PrintPreviewDialog] = []
    from kamura_desktop.ui.members import printing
    for task in (
        printing.print_passbook(detail.ctx, detail, member_id=siti.id, number=siti.number,
                                date_from=joined_on(today), date_to=today, on_shown=shown.append),
        printing.print_registration_form(detail.ctx, detail, member_id=siti.id,
                                         number=siti.number, on_shown=shown.append),
    ):
        qtbot.waitUntil(lambda t=task: t.is_finished, timeout=10_000)
        assert task.error is None, task.error
    assert len(shown) == 2 and all(len(p.images) >= 1 for p in shown)
    for p in shown:
        p.close()
