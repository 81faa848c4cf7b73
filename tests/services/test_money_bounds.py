"""Money beyond what the books can hold (issue 22 item 5, issue 21 item 11): one amount is
at most MAX_AMOUNT everywhere it enters; everything ever posted together stays within
MAX_BOOKS_TOTAL, so no balance and no report total can overflow. A test fills the books to
the bound exactly and builds every report, and `kamura check` stays healthy."""

import datetime as dt

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kamura_desktop.db.models.core import JournalLine
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_AMOUNT, MAX_BOOKS_TOTAL
from kamura_desktop.services import (
    accounting,
    accounting_docs,
    annual_report,
    integrity,
    journal,
    ledger,
    membership,
    savings,
    shu,
    year_end,
)
from kamura_desktop.services.lender_pool import fund
from tests.documents.pdf_text import page_texts


def drain(gen):
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def page_count(path) -> int:
    """The pages PDFium (the print preview's engine) opens in the file (pypdf's reader parsed
    the whole file in pure Python: issue 20)."""
    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def posted(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.coalesce(func.sum(JournalLine.debit), 0))))


@pytest.fixture
def member(db, actors):
    return membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P",
        joined_on=dt.date(2024, 1, 15))).value.member


@pytest.mark.parametrize("amount", [2**62, 2**63, 10**20, MAX_AMOUNT + 1])
def test_an_amount_beyond_the_bound_is_refused_everywhere_it_enters(db, actors, member, amount):
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    calls = [
        lambda: savings.record_deposit(db, actor=clerk, member_id=member.id, kind="sukarela",
                                       amount=amount, on_date=dt.date(2024, 2, 1)),
        lambda: savings.record_withdrawal(db, actor=treasurer, member_id=member.id,
                                          amount=amount, on_date=dt.date(2024, 2, 1)),
        lambda: savings.set_wajib_rate(db, actor=actors["ketua"], amount=amount,
                                       effective_from=dt.date(2025, 1, 1)),
        lambda: fund.receive_capital(db, actor=treasurer, fund="revolving", giver="Desa",
                                     on_date=dt.date(2024, 2, 1), amount=amount),
        lambda: journal.post_manual_entry(
            db, actor=treasurer, on_date=dt.date(2024, 2, 1), description="Uji",
            lines=[ledger.Line(Acc.KAS, amount, 0), ledger.Line(Acc.MODAL_DONASI, 0, amount)]),
    ]
    for call in calls:
        with pytest.raises(UserError) as err:
            call()
        assert "melebihi batas Rp10.000.000.000" in err.value.message, err.value.message
    assert posted(db) == 0


def test_the_largest_amount_itself_is_accepted(db, actors, member):
    savings.record_deposit(db, actor=actors["petugas"], member_id=member.id, kind="sukarela",
                           amount=MAX_AMOUNT, on_date=dt.date(2024, 2, 1))
    assert savings.balances(db, member.id).sukarela == MAX_AMOUNT


def _lines(debit: str, credit: str, times: int) -> list[ledger.Line]:
    return ([ledger.Line(debit, MAX_AMOUNT, 0)] * times
            + [ledger.Line(credit, 0, MAX_AMOUNT)] * times)


def test_books_filled_to_the_bound_still_give_every_report(db, actors, member, tmp_path):
    treasurer, chair = actors["bendahara"], actors["ketua"]
    savings.record_deposit(db, actor=actors["petugas"], member_id=member.id, kind="pokok",
                           amount=50_000, on_date=dt.date(2025, 1, 10))

    def post(on, desc, lines):
        return journal.post_manual_entry(db, actor=treasurer, on_date=on, description=desc,
                                         lines=lines)

    # 2025: income 300 × MAX, expenses 100 × MAX; the close moves the income (300 × MAX)
    post(dt.date(2025, 3, 1), "Pendapatan", _lines(Acc.KAS, Acc.PENDAPATAN_LAIN, 300))
    post(dt.date(2025, 6, 1), "Beban", _lines(Acc.BEBAN_LAIN, Acc.KAS, 100))
    year_end.close_year(db, actor=chair, year=2025)
    assert posted(db) == 700 * MAX_AMOUNT + 50_000
    # 2026 takes the books to the bound exactly
    left = MAX_BOOKS_TOTAL - posted(db)
    post(dt.date(2026, 1, 5), "Donasi", _lines(Acc.KAS, Acc.MODAL_DONASI, left // MAX_AMOUNT)
         + [ledger.Line(Acc.KAS, left % MAX_AMOUNT, 0),
            ledger.Line(Acc.MODAL_DONASI, 0, left % MAX_AMOUNT)])
    assert posted(db) == MAX_BOOKS_TOTAL

    # one rupiah more is refused, whatever brings it; nothing is written
    with pytest.raises(UserError) as err:
        post(dt.date(2026, 1, 6), "Satu rupiah",
             [ledger.Line(Acc.KAS, 1, 0), ledger.Line(Acc.MODAL_DONASI, 0, 1)])
    assert err.value.code == "books_too_large"
    assert "Rp10.000.000.000.000" in err.value.message
    assert posted(db) == MAX_BOOKS_TOTAL

    # every report, at the bound
    tb = ledger.trial_balance(db, as_of=dt.date(2026, 12, 31))
    assert tb.balanced
    bs = accounting.balance_sheet(db, as_of=dt.date(2026, 12, 31))
    assert bs.total_assets == 500 * MAX_AMOUNT  # 300 in, 100 out, 300 less the pokok in
    inc = accounting.income_statement(db, date_from=dt.date(2025, 1, 1),
                                      date_to=dt.date(2025, 12, 31))
    assert inc.surplus == 200 * MAX_AMOUNT
    for report in accounting_docs.REPORTS:
        for year in (2025, 2026):
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            pdf = drain(accounting_docs.write_statement_pdf(
                db, report=report, path=tmp_path / f"{report}-{year}.pdf", date_from=start,
                date_to=end, account_code=Acc.KAS))
            assert page_count(pdf) >= 1
            xlsx = drain(accounting_docs.write_statement_xlsx(
                db, report=report, path=tmp_path / f"{report}-{year}.xlsx", date_from=start,
                date_to=end, account_code=Acc.KAS))
            assert load_workbook(xlsx).worksheets
    shu.create_shu_draft(db, actor=chair, year=2025)
    drain(shu.write_shu_list_pdf(db, year=2025, path=tmp_path / "shu.pdf"))
    drain(shu.write_shu_list_xlsx(db, year=2025, path=tmp_path / "shu.xlsx"))
    pdf = drain(annual_report.write_annual_report_pdf(db, year=2025, path=tmp_path / "rat.pdf"))
    assert "2.000.000.000.000" in "".join(page_texts(pdf))
    drain(annual_report.write_annual_report_xlsx(db, year=2025, path=tmp_path / "rat.xlsx"))
    check = integrity.check_database(db.url or db.path)  # the file, or the server
    assert not check.problems, check.problems


def test_the_remembered_sum_survives_a_refusal_and_a_new_file_at_the_same_path(tmp_path,
                                                                               fast_passwords,
                                                                               empty_books):
    """The bound's prefix sum covers committed lines only: a posting refused after its lines
    were flushed (not enough cash) leaves no trace in it, and a different file at the same
    path (a restore) is summed afresh. (Each file a new Kamura file: tests/services/
    closed_file.py.)"""
    from kamura_desktop.services import books_bound, users
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.setup import open_books

    from .closed_file import closed_file

    def fresh():
        db = open_books(closed_file(empty_books, tmp_path / "k.sqlite"))
        users.create_user(db, actor=Actor.system(), username="admin", full_name="A",
                          role="admin", password="admin-sandi1")
        users.create_user(db, actor=users.authenticate(db, "admin", "admin-sandi1"),
                          username="bendahara", full_name="B", role="bendahara",
                          password="bendahara-sandi1")
        return db, users.authenticate(db, "bendahara", "bendahara-sandi1")

    def post(db, actor, debit, credit, amount, times):
        return journal.post_manual_entry(db, actor=actor, on_date=dt.date(2025, 1, 2),
                                         description="Uji", lines=_lines(debit, credit, times)
                                         if amount == MAX_AMOUNT else
                                         [ledger.Line(debit, amount, 0),
                                          ledger.Line(credit, 0, amount)])

    db, bendahara = fresh()
    post(db, bendahara, Acc.KAS, Acc.MODAL_DONASI, MAX_AMOUNT, 400)
    with pytest.raises(UserError, match="tidak cukup"):  # flushed, then refused: rolled back
        post(db, bendahara, Acc.BEBAN_LAIN, Acc.KAS, MAX_AMOUNT, 500)
    post(db, bendahara, Acc.KAS, Acc.MODAL_DONASI, MAX_AMOUNT, 600)  # 400 + 600: the bound
    assert posted(db) == MAX_BOOKS_TOTAL
    with pytest.raises(UserError, match="melebihi batas"):
        post(db, bendahara, Acc.KAS, Acc.MODAL_DONASI, 1, 1)
    db.close()

    for leftover in tmp_path.glob("k.sqlite*"):
        leftover.unlink()
    db, bendahara = fresh()  # another file at the same path: nothing posted in it yet
    post(db, bendahara, Acc.KAS, Acc.MODAL_DONASI, MAX_AMOUNT, 999)
    post(db, bendahara, Acc.KAS, Acc.MODAL_DONASI, 1, 1)
    assert posted(db) == 999 * MAX_AMOUNT + 1
    assert books_bound._PREFIX  # the sum is remembered, and it was right both times
    db.close()
