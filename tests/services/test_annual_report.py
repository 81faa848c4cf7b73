"""The annual report's data on a worked year whose every figure is computed by hand, the
demo's 2024 report, the one-query repayment rate against the service, permissions and the
``kamura report annual`` command.

:func:`worked_year` builds the year through the services; the document tests import it.

The worked year 2024 (all amounts in rupiah):

* before 2024: five women of a paket group (pokok 50.000 and wajib 600.000 each, all from
  poor families) and one man, Asep (pokok 50.000) → 6 members on 1 January, 1 L + 5 P;
* 2 January: the treasurer buys paket goods for 125.000 (Dr persediaan / Cr kas);
* 8 January: the five women get a paket credit of 25.000 each (6 × 4.200 = 25.200), all
  repaid on 20 January (5 × 25.200 = 126.000; service 5 × 200 = 1.000);
* Dadan (L) joins on 1 March (pokok 50.000, wajib 10.000), deposits sukarela 200.000 on
  1 April and withdraws 50.000 on 1 June; Euis (P, poor family) joins on 2 May (pokok 50.000);
* 1 July: stationery 30.000 (expense); 1 August: printing income 150.000;
* 30 September: Asep leaves and gets his pokok 50.000 back.

So: members 1 L + 5 P → joined 1 L + 1 P, left 1 L → 1 L + 6 P = 7 at the end, 6 poor;
pokok 300.000 + 100.000 − 50.000 = 350.000; wajib 3.000.000 + 10.000 = 3.010.000; sukarela
0 + 200.000 − 50.000 = 150.000; income 1.000 + 150.000, expenses 30.000 → surplus 121.000;
cash 3.300.000 + 100.000 + 10.000 + 200.000 − 50.000 − 50.000 − 125.000 + 126.000 + 150.000
− 30.000 = 3.631.000 = total assets = sukarela 150.000 + pokok 350.000 + wajib 3.010.000 +
surplus 121.000.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kamura_desktop.cli.main import main
from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.resources import resource
from kamura_desktop.services import (
    annual_report,
    journal,
    ledger,
    membership,
    repayments,
    savings,
    settings,
)
from kamura_desktop.services.actor import Actor
from tests.helpers_books import prepared
from tests.services.test_repayments import Lending

D = dt.date
SURPLUS = 121_000
TOTAL_ASSETS = 3_631_000


def worked_year(db, actors) -> SimpleNamespace:
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    settings.set_logo(db, actor=system, data=resource("logo.png").read_bytes(), filename="logo.png")
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    lend = Lending(db, actors)
    women = lend.members(5)  # joined 9 January 2023: pokok 50.000 + wajib 600.000 each

    def join(name: str, nik: str, sex: str, on: dt.date, *, poor: bool = False) -> int:
        m = membership.register_member(db, actor=clerk, data=membership.MemberInput(
            name=name, nik=nik, sex=sex, joined_on=on, kampung="Cibitung", rt="2", rw="8",
            desa="Mekarmukti", kecamatan="Cihampelas", trade="Pindang", ktp_on_file=True,
            kk_on_file=True, poor_family=poor)).value.member
        savings.record_deposit(db, actor=clerk, member_id=m.id, kind="pokok", amount=50_000, on_date=on)
        return m.id

    asep = join("Asep Saepudin", "3217010101800001", "L", D(2023, 1, 9))

    def entry(on: dt.date, text: str, debit: str, credit: str, amount: int) -> None:
        journal.post_manual_entry(db, actor=treasurer, on_date=on, description=text, lines=[
            ledger.Line(debit, debit=amount), ledger.Line(credit, credit=amount)])

    entry(D(2024, 1, 2), "Pembelian barang paket usaha", Acc.PERSEDIAAN_PAKET_USAHA, Acc.KAS, 125_000)
    group = lend.group(women)
    from kamura_desktop.services import credit_products, credits
    product = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(db, actor=clerk, group_id=group.id, product_id=product.id,
                                      lines=[credits.ApplicationLine(m, 25_000) for m in women],
                                      on_date=D(2024, 1, 8)).value
    credits.approve_application(db, actor=treasurer, application_id=app.id, on_date=D(2024, 1, 8))
    credits.fund_remaining(db, actor=treasurer, application_id=app.id, source="own")
    app = credits.disburse_application(db, actor=treasurer, application_id=app.id, on_date=D(2024, 1, 8)).value
    for c in app.credits:
        lend.pay(c.id, 25_200, D(2024, 1, 20))

    dadan = join("Dadan Ramdani", "3217010202850002", "L", D(2024, 3, 1))
    savings.record_deposit(db, actor=clerk, member_id=dadan, kind="wajib", amount=10_000, on_date=D(2024, 3, 1))
    savings.record_deposit(db, actor=clerk, member_id=dadan, kind="sukarela", amount=200_000,
                           on_date=D(2024, 4, 1))
    savings.record_withdrawal(db, actor=clerk, member_id=dadan, amount=50_000, on_date=D(2024, 6, 1))
    euis = join("Euis Nurjanah", "3217014503900003", "P", D(2024, 5, 2), poor=True)
    entry(D(2024, 7, 1), "Pembelian alat tulis", Acc.BEBAN_ATK_CETAK, Acc.KAS, 30_000)
    entry(D(2024, 8, 1), "Jasa cetak undangan", Acc.KAS, Acc.PENDAPATAN_PERCETAKAN, 150_000)
    membership.member_leave(db, actor=treasurer, member_id=asep, on_date=D(2024, 9, 30), reason="pindah")
    return SimpleNamespace(db=db, actors=actors, women=women, asep=asep, dadan=dadan, euis=euis)


@prepared
def year(db, actors) -> SimpleNamespace:
    return worked_year(db, actors)


def test_worked_year_members_by_sex(year):
    r = annual_report.annual_report_data(year.db, year=2024)
    m = r.membership
    assert (m.start.male, m.start.female) == (1, 5)
    assert (m.joined.male, m.joined.female) == (1, 1)
    assert (m.left.male, m.left.female) == (1, 0)
    assert (m.end.male, m.end.female, m.end.total) == (1, 6, 7)
    assert (m.poor_end.male, m.poor_end.female) == (0, 6)
    assert m.start.total + m.joined.total - m.left.total == m.end.total
    # the year before: the six founders joined, nobody at its start
    before = annual_report.annual_report_data(year.db, year=2023).membership
    assert (before.start.total, before.joined.total, before.end.total) == (0, 6, 6)


def test_worked_year_savings_by_type(year):
    r = annual_report.annual_report_data(year.db, year=2024)
    rows = {s.kind: (s.opening, s.inflow, s.outflow, s.closing, s.savers) for s in r.savings}
    assert rows == {
        "pokok": (300_000, 100_000, 50_000, 350_000, 7),
        "wajib": (3_000_000, 10_000, 0, 3_010_000, 6),
        "sukarela": (0, 200_000, 50_000, 150_000, 1),
    }
    assert r.savings_total_end == 3_510_000


def test_worked_year_credit(year):
    c = annual_report.annual_report_data(year.db, year=2024).credit
    assert [(d.product_code, d.cycle, d.credits, d.amount) for d in c.disbursed] == [("PAKET", 1, 5, 125_000)]
    assert (c.disbursed_credits, c.disbursed_amount, c.borrowers) == (5, 125_000, 5)
    assert (c.collected, c.due) == (126_000, 126_000)
    assert c.repayment_rate.percent_text() == "100,00 %"
    assert (c.outstanding_credits, c.outstanding) == (0, 0)
    assert [k.credits for k in c.kolektibilitas] == [0, 0, 0, 0, 0]
    assert c.provision.required == 0 and c.provision.booked == 0
    assert annual_report.annual_report_data(year.db, year=2023).credit.disbursed == ()


def test_worked_year_financial_statements_and_shu(year):
    r = annual_report.annual_report_data(year.db, year=2024)
    assert r.income_statement.total_income == 151_000
    assert r.income_statement.total_expense == 30_000
    assert r.surplus == SURPLUS
    bs = r.balance_sheet
    assert bs.total_assets == bs.total_liabilities_equity == TOTAL_ASSETS
    assert bs.compare is not None and bs.compare.total_assets == 3_300_000
    assert r.shu.surplus == SURPLUS
    assert sum(a.amount for a in r.shu.allocations) == SURPLUS
    assert r.shu_status.source == "computed"
    # the seven members at the year's end share the members' part exactly (Asep has left)
    assert sum(x.total for x in r.shu.rows) == r.shu.members_part
    assert {x.member_id for x in r.shu.rows} == {*year.women, year.dadan, year.euis}


def test_worked_year_organisation_and_signers(year):
    r = annual_report.annual_report_data(year.db, year=2024)
    assert [o.role for o in r.officers] == ["Ketua", "Bendahara"]
    assert r.signers.chair == "Uji Ketua" and r.signers.treasurer == "Uji Bendahara"
    assert r.signers.secretary is None  # no TKM secretary: a line to write the name on
    assert r.tkm == ()


#: (engine, year) -> the demo's annual report data: every demo_db is a copy of the one demo
#: the run built, and these tests only read it, so each engine computes a year's report once
_DEMO_REPORTS: dict[tuple[str, int], annual_report.AnnualReportDTO] = {}


def demo_report(demo_db, year: int) -> annual_report.AnnualReportDTO:
    """``annual_report_data(demo_db, year=year)``, computed once per run and engine."""
    key = ("sqlite" if demo_db.url is None else "postgresql", year)
    if key not in _DEMO_REPORTS:
        _DEMO_REPORTS[key] = annual_report.annual_report_data(demo_db, year=year)
    return _DEMO_REPORTS[key]


def test_demo_signers_and_tkm(demo_db):
    r = demo_report(demo_db, 2024)
    # the board register (demo/board.py) names the Pengurus and the Pengawas who sign
    assert r.signers == annual_report.Signers("H. Ujang Suryana", "Neneng Hasanah", "Euis Komariah",
                                              "Wawan Setiawan", ("Jajang Nurjaman", "Lilis Suryani"))
    assert [(o.role, o.name) for o in r.officers] == [
        ("Ketua", "H. Ujang Suryana"), ("Sekretaris", "Neneng Hasanah"), ("Bendahara", "Euis Komariah"),
        ("Ketua Pengawas", "Wawan Setiawan"), ("Anggota Pengawas", "Jajang Nurjaman"),
        ("Anggota Pengawas", "Lilis Suryani")]
    assert {(o.term_start, o.term_end) for o in r.officers} == {(dt.date(2023, 2, 18), dt.date(2027, 12, 31))}


def test_lender_pool_and_fund_on_the_demo(demo_db):
    r = demo_report(demo_db, 2024)
    lp = r.lenders
    assert lp.lenders > 0 and lp.active_lenders == len(lp.rows) > 0
    assert lp.deployed == sum(x.deployed for x in lp.rows) > 0
    assert lp.returned == sum(x.returned for x in lp.rows)
    assert lp.earned == sum(x.earned for x in lp.rows) > 0
    assert r.fund_years and r.fund_years[-1].year <= 2024
    assert [t.role for t in r.tkm][:3] == ["Ketua", "Sekretaris", "Bendahara"]
    assert r.mentoring is not None


def replayed_collected_and_due(db, start, end, *, as_of):
    """The repayment rate's inputs by replaying each credit's payments counted on ``as_of``."""
    from sqlalchemy import select

    from kamura_desktop.db.models.credit import ScheduleLine

    with db.read() as s:
        due = sum(s.scalars(select(ScheduleLine.amount).where(ScheduleLine.due_date.between(start, end))))
        collected = 0
        for cid in set(s.scalars(select(ScheduleLine.credit_id).where(ScheduleLine.due_date.between(start, end)))):
            state = repayments.state_in_session(s, cid, as_of)
            paid = {p.no: p.amount_paid for p in state.paid}
            collected += sum(paid[r.no] for r in state.rows if start <= r.due_date <= end)
    return collected, due


@pytest.mark.parametrize("year_", [2023, 2024, 2025])
def test_repayment_rate_query_equals_a_replay_of_the_payments_made_by_year_end(demo_db, year_):
    start, end = D(year_, 1, 1), D(year_, 12, 31)
    with demo_db.read() as s:
        fast = annual_report.collected_and_due_sql(s, start, end)
    assert fast == replayed_collected_and_due(demo_db, start, end, as_of=end)
    assert fast == repayments.collected_and_due(demo_db, date_from=start, date_to=end)
    # a payment made after 31 December does not raise the year's rate afterwards
    later = replayed_collected_and_due(demo_db, start, end, as_of=None)
    assert later[1] == fast[1] and later[0] >= fast[0]
    if year_ == 2024:
        assert later[0] > fast[0]  # a Sukamanah instalment late at the end of 2024 was paid in 2025


def test_demo_2024_report_builds_with_every_part(demo_db, tmp_path):
    r = demo_report(demo_db, 2024)
    assert r.membership.end.total > 0 and r.credit.disbursed_credits > 0
    assert r.shu is not None and r.shu.rows
    steps = list(annual_report.write_annual_report_pdf(demo_db, year=2024, path=tmp_path / "rat.pdf"))
    assert steps[-1][0] == steps[-1][1] == 100
    assert all(0 <= d <= t for d, t, _ in steps) and [d for d, _, _ in steps] == sorted(d for d, _, _ in steps)
    assert (tmp_path / "rat.pdf").read_bytes().startswith(b"%PDF")


def test_permissions_and_year_check(year, tmp_path):
    actors = year.actors
    with pytest.raises(PermissionDenied):
        list(annual_report.write_annual_report_pdf(year.db, year=2024, path=tmp_path / "x.pdf",
                                                   actor=actors["petugas"]))
    assert not (tmp_path / "x.pdf").exists()
    annual_report.annual_report_data(year.db, year=2024, actor=actors["petugas"])  # everyone may read
    for role in ("ketua", "bendahara"):
        list(annual_report.write_annual_report_xlsx(year.db, year=2024, path=tmp_path / f"{role}.xlsx",
                                                    actor=actors[role]))
        assert (tmp_path / f"{role}.xlsx").exists()
    with pytest.raises(UserError) as err:
        annual_report.annual_report_data(year.db, year=1999)
    assert err.value.field == "year"


def test_cli_writes_pdf_and_workbook(demo_copy, fast_passwords, tmp_path, capsys, monkeypatch):
    pdf, xlsx = tmp_path / "rat-2024.pdf", tmp_path / "rat-2024.xlsx"
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua123")  # a login (issue 21)
    assert main(["report", "annual", "--year", "2024", "--out", str(pdf), "--xlsx", str(xlsx),
                 "--db", str(demo_copy), "--user", "ketua"]) == 0
    out = capsys.readouterr().out
    assert "[100%]" in out and "Keanggotaan" in out
    assert f"PDF ditulis: {pdf}" in out and f"Excel ditulis: {xlsx}" in out
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0


def test_cli_refuses_a_clerk_and_a_bad_year(demo_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas123")
    from kamura_desktop.services import users
    from tests.conftest import FAST_HASHER
    monkeypatch.setattr(users, "_hasher", FAST_HASHER)
    assert main(["report", "annual", "--year", "2024", "--out", str(tmp_path / "a.pdf"),
                 "--user", "petugas", "--db", str(demo_copy)]) == 1
    assert "tidak berhak" in capsys.readouterr().err
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua123")
    assert main(["report", "annual", "--year", "1800", "--out", str(tmp_path / "b.pdf"),
                 "--db", str(demo_copy), "--user", "ketua"]) == 1
    assert "Tahun buku" in capsys.readouterr().err


def test_an_empty_book_still_gives_a_report(db, tmp_path):
    r = annual_report.annual_report_data(db, year=2024)
    assert r.membership.end.total == 0 and r.credit.disbursed == () and r.fund_years == ()
    assert r.shu is None and r.shu_status.source == "none"  # no surplus: said, not failed
    for writer, name in ((annual_report.write_annual_report_pdf, "kosong.pdf"),
                         (annual_report.write_annual_report_xlsx, "kosong.xlsx")):
        list(writer(db, year=2024, path=tmp_path / name))
        assert (tmp_path / name).stat().st_size > 0


def test_demo_report_carries_the_other_books_own_figures(demo_db):
    """The provision, mentoring, statements and year-end state are those books' services'
    figures (imported plainly: a renamed function fails here instead of leaving a part out)."""
    from kamura_desktop.services import accounting, mentoring, provisions, year_end

    r = demo_report(demo_db, 2024)
    q = provisions.provision_quote(demo_db, as_of=D(2024, 12, 31))
    pv = r.credit.provision
    assert (pv.as_of, pv.rule_set, pv.required, pv.booked, pv.change) == (
        q.as_of, q.rule_set_name, q.required, q.booked, q.change)
    assert [(x.kol, x.label, x.loans, x.base, x.pct, x.required) for x in pv.rows] == [
        (x.kol, x.label, x.loans, x.outstanding, x.pct, x.required) for x in q.rows]
    m = mentoring.mentoring_summary(demo_db, date_from=D(2024, 1, 1), date_to=D(2024, 12, 31))
    ms = r.mentoring
    assert (ms.meetings, ms.groups_met, ms.attendance, ms.home_visits, ms.followups_open, ms.followups_done) == (
        m.meetings, m.groups_met, m.attendance_rate, m.home_visits, m.followups_open, m.followups_done)
    assert [(g.code, g.name, g.meetings, g.attendance_pct) for g in ms.by_group] == [
        tuple(g) for g in m.meetings_by_group] != []
    assert (r.balance_sheet, r.income_statement, r.equity_changes) == accounting.year_statements(demo_db, year=2024)
    assert r.year_closed is year_end.year_is_closed(demo_db, 2024) is True  # the demo closes 2024


@pytest.mark.parametrize("year_", [2024, 2025])
def test_cash_flow_and_notes_of_the_report_equal_those_services_on_their_own(demo_db, year_):
    """Issue 16: the report hands the cash flow statement and the notes (CALK) the balance
    sheet ``year_statements`` computed once; every figure equals the statement and the notes
    each service computes alone, with a balance sheet read on its own (the slow path)."""
    from kamura_desktop.services import accounting, cash_flow

    r = demo_report(demo_db, year_)
    end, prev = D(year_, 12, 31), D(year_ - 1, 12, 31)
    assert r.balance_sheet == accounting.balance_sheet(demo_db, as_of=end, compare_as_of=prev)
    alone = cash_flow.year_statement(demo_db, year=year_)
    assert r.cash_flow == alone
    assert alone.reconciled and any(s.lines for s in alone.sections)
    notes = cash_flow.calk_notes(demo_db, year=year_)
    assert r.calk == notes and len(notes.lines) > 10
    # a balance sheet at other dates is refused, never used for the wrong year
    with pytest.raises(ValueError, match="not"):
        cash_flow.calk_notes(demo_db, year=year_ + 1, balance_sheet=r.balance_sheet)
    with pytest.raises(ValueError, match="not"):
        cash_flow.year_statement(demo_db, year=year_ - 1, balance_sheet=r.balance_sheet)
