"""Every report tells the same truth, on the demo cooperative:

* PAR, the classes, the arrears screen's figures and the provision stand on the **principal**
  still owed, the balance sheet's receivable (Piutang Pinjaman Anggota + Piutang Dana
  Bergulir); the service still owed is its own figure, never mixed in.
* A collection sheet reprinted for a past meeting shows what was posted at that meeting,
  even when the credits have been repaid since.
"""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from kamura_desktop.db.models.credit import Credit
from kamura_desktop.db.models.repayment import CollectionSheet, GroupCover, Repayment
from kamura_desktop.domain.portfolio import portfolio_figures
from kamura_desktop.services import (
    accounting,
    evaluation_report,
    provisions,
    repayment_docs,
    repayments,
)


def _receivable(db, as_of: dt.date) -> int:
    bs = accounting.balance_sheet(db, as_of=as_of)
    return sum(line.amount for section in bs.sections for line in section.lines
               if line.code in ("1201", "1202"))


def _pdf_text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_par_the_classes_and_the_provision_share_the_balance_sheets_base(demo_db, tmp_path):
    today = dt.date.today()
    receivable = _receivable(demo_db, today)
    report = repayment_docs.arrears_report(demo_db, as_of=today)
    standings = report.standings
    assert receivable > 0 and standings
    # PAR's denominator and the arrears total are the receivable: the principal still owed
    assert report.outstanding == receivable
    assert all(r.denominator == receivable for r in report.par.values())
    assert sum(b.outstanding for b in report.by_kol) == receivable
    # the service still owed is kept beside it, and with it makes what the members still pay
    assert report.service_outstanding > 0
    assert sum(st.outstanding for st in standings) == receivable + report.service_outstanding
    assert sum(b.service_outstanding for b in report.by_kol) == report.service_outstanding
    for st in standings:
        cs = repayments.credit_statement(demo_db, st.credit_id, as_of=today)
        assert st.outstanding == cs.outstanding  # principal + service, as the credit's statement

    # the provision: the same principal, less the lenders' part, gives the posted quote exactly
    quote = provisions.provision_quote(demo_db, as_of=today)
    assert report.provision == quote.required
    assert sum(st.own_risk_principal for st in standings) == sum(r.outstanding for r in quote.rows)
    assert (sum(r.outstanding for r in quote.rows) + sum(st.lender_principal for st in standings)
            == report.par[30].denominator)

    # the screen's figures (the domain's) and the evaluation report's portfolio say the same
    fig = portfolio_figures([st.position() for st in standings], report.rule_set)
    assert (fig.outstanding, fig.provision) == (receivable, quote.required)
    assert fig.provision_base == sum(r.outstanding for r in quote.rows)
    section = evaluation_report.portfolio_section(demo_db, date_from=today.replace(month=1, day=1),
                                                  date_to=today)
    assert (section.outstanding, section.service_outstanding) == (receivable, report.service_outstanding)
    assert all(r.denominator == receivable for _, r in section.par)

    # the workbook: principal and service in their own columns, the base said on the summary
    path = repayment_docs.arrears_xlsx(demo_db, as_of=today, path=tmp_path / "tunggakan.xlsx")
    wb = load_workbook(path)
    ws = wb["Tunggakan"]
    head = [c.value for c in ws[1]]
    principal_col = head.index("Pokok Terutang (dasar PAR)") + 1
    service_col = head.index("Jasa Terutang") + 1
    provision_col = head.index("Cadangan (PPKA)") + 1
    total_row = ws.max_row
    assert ws.cell(row=total_row, column=1).value == "Jumlah"
    assert ws.cell(row=total_row, column=principal_col).value == receivable
    assert ws.cell(row=total_row, column=service_col).value == report.service_outstanding
    assert ws.cell(row=total_row, column=provision_col).value == quote.required
    summary = " ".join(str(c.value) for row in wb["Ringkasan"].iter_rows() for c in row if c.value)
    assert "dasar: pokok terutang" in summary and "Jasa terutang" in summary


def _posted_sheet_of_repaid_credits(db):
    """A posted sheet whose payments went to credits that are lunas now."""
    with db.read() as s:
        for sheet in s.scalars(select(CollectionSheet).order_by(CollectionSheet.meeting_date.desc())):
            credits = set(s.scalars(select(Repayment.credit_id).where(
                Repayment.collection_sheet_id == sheet.id, Repayment.reversal_of_id.is_(None))))
            if credits and all(s.get(Credit, c).status == "lunas" for c in credits):
                return sheet.group_id, sheet.meeting_date, sheet.id
    raise AssertionError("the demo has no posted sheet of repaid credits")


def test_a_reprinted_sheet_shows_what_was_posted_at_the_meeting(demo_db, tmp_path):
    group_id, day, sheet_id = _posted_sheet_of_repaid_credits(demo_db)
    with demo_db.read() as s:
        posted = {}
        for r in s.scalars(select(Repayment).where(Repayment.collection_sheet_id == sheet_id,
                                                   Repayment.reversal_of_id.is_(None))):
            c = s.get(Credit, r.credit_id)
            posted[c.number] = posted.get(c.number, 0) + r.amount
    doc = repayment_docs.collection_sheet_doc(demo_db, group_id=group_id, meeting_date=day)
    assert doc.already_posted
    rows = {r.credit_number: r for r in doc.rows if r.credit_number}
    # every credit paid at that meeting is listed with what was posted for it that day
    assert set(posted) <= set(rows)
    for number, amount in posted.items():
        assert (rows[number].paid or 0) + rows[number].covered == amount
        assert rows[number].expected >= amount  # it was owed when the meeting began
    assert all(r.present is not None for r in doc.rows)  # attendance as posted

    pdf = repayment_docs.collection_sheet_pdf(demo_db, group_id=group_id, meeting_date=day,
                                              path=tmp_path / "sheet.pdf")
    text = _pdf_text(pdf)
    assert "tidak ada kredit berjalan" not in text
    for number in posted:
        assert number in text
    paid_total = sum((r.paid or 0) for r in doc.rows)
    assert paid_total > 0
    received = sum(posted.values())
    assert f"Uang diterima: Rp{received:,}".replace(",", ".") in text


def test_a_reprint_names_the_covers_and_the_absent_as_posted(demo_db, tmp_path):
    with demo_db.read() as s:
        gc = s.scalars(select(GroupCover).order_by(GroupCover.id)).first()
        rep = s.get(Repayment, gc.repayment_id)
        sheet = s.get(CollectionSheet, rep.collection_sheet_id)
        group_id, day = sheet.group_id, sheet.meeting_date
        debtor, coverer, amount = gc.debtor_member_id, gc.coverer_member_id, gc.amount
    posted = repayments.posted_collection_sheet(demo_db, group_id=group_id, meeting_date=day)
    line = next(ln for ln in posted.lines if ln.member_id == debtor)
    assert [(c.coverer_member_id, c.amount) for c in line.posted_covers] == [(coverer, amount)]
    # the open sheet of the same day still shows what is owed now (the clerk's grid)
    assert repayments.open_collection_sheet(demo_db, group_id=group_id, meeting_date=day).already_posted
    assert repayments.posted_collection_sheet(demo_db, group_id=group_id,
                                              meeting_date=day - dt.timedelta(days=400)) is None
    pdf = repayment_docs.collection_sheet_pdf(demo_db, group_id=group_id, meeting_date=day,
                                              path=tmp_path / "cover.pdf")
    text = _pdf_text(pdf)
    assert line.posted_covers[0].coverer_name in text
