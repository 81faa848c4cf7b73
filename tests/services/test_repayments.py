"""The repayment book on real SQLite files: allocation, partial/advance/over-payments,
reversals, collection sheets (all or nothing), tanggung renteng, kolektibilitas at its
boundaries under every rule set, PAR, the credit list's standings and the demo.

:class:`Lending` builds real credits through the services (members with pokok and wajib,
a group, application → approval → funding → disbursement on a past date); the document
and CLI tests import it too.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import given
from hypothesis import settings as settings_hyp
from hypothesis import strategies as st_hyp
from sqlalchemy import func, select

from kamura_desktop.db.models.core import Account, AuditEntry, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditProduct
from kamura_desktop.db.models.repayment import (
    CollectionAttendance,
    CollectionSheet,
    GroupCover,
    Repayment,
)
from kamura_desktop.domain.allocation import ScheduleDue, replay_payments
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.kolektibilitas import add_months
from kamura_desktop.domain.portfolio import Ratio, par_summary, repayment_rate
from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    integrity,
    membership,
    repayments,
    savings,
    settings,
)
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books
from tests.helpers_books import prepared

from ..stock import provide_for

PINDANG = "Pengolahan ikan pindang"
JOINED = dt.date(2023, 1, 9)
FIRST = ("Siti", "Euis", "Cucu", "Neneng", "Iis", "Enok", "Titin", "Imas", "Tati", "Nining",
         "Entin", "Omah", "Onah", "Iyah", "Eti", "Ai", "Lilis", "Yuyun", "Popon", "Nani")
LAST = ("Aminah", "Komariah", "Sumiati", "Hasanah", "Rahmawati", "Rohayati", "Suhartini",
        "Masitoh", "Nurhayati", "Kurniasih", "Kartini", "Maryamah", "Juhanah", "Sopiah")


class Lending:
    """Real credits through the services, disbursed on a chosen (past) day."""

    def __init__(self, db, actors: dict[str, Actor]):
        self.db, self.actors = db, actors
        self.count = 0

    def members(self, n: int, *, joined: dt.date = JOINED) -> list[int]:
        ids = []
        clerk = self.actors["petugas"]
        for _ in range(n):
            self.count += 1
            k = self.count
            day = k % 28 + 1
            data = membership.MemberInput(
                name=f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}",
                nik=f"321710{day + 40:02d}0585{k:04d}", sex="P", joined_on=joined,
                kampung="Babakan Pindang", rt="1", rw="8", desa="Mekarmukti",
                kecamatan="Cihampelas", phone=f"0812-2000-{k:04d}", trade=PINDANG,
                ktp_on_file=True, kk_on_file=True, poor_family=True)
            mid = membership.register_member(self.db, actor=clerk, data=data).value.member.id
            savings.record_deposit(self.db, actor=clerk, member_id=mid, kind="pokok",
                                   amount=50_000, on_date=joined)
            # five years of wajib paid ahead: never in arrears, whatever the test's dates
            savings.record_deposit(self.db, actor=clerk, member_id=mid, kind="wajib",
                                   amount=600_000, on_date=joined)
            ids.append(mid)
        return ids

    def group(self, member_ids: list[int], *, kind: str = "peer",
              formed: dt.date = dt.date(2023, 6, 1)) -> groups.GroupDTO:
        data = groups.GroupInput(name=f"Kelompok {self.count}", formed_on=formed, kind=kind,
                                 kampung="Babakan Pindang", rt="1", rw="8", meeting_day="Senin",
                                 meeting_place="rumah ketua")
        return groups.create_group(self.db, actor=self.actors["petugas"], data=data,
                                   member_ids=member_ids, leader_id=member_ids[0]).value

    def credits(self, product: str, amounts: list[int], *, on: dt.date, instalments: int | None = None,
                rate_bp: int | None = None) -> list[credits.CreditDTO]:
        """A new group (one member per amount) borrowing ``product`` disbursed on ``on``."""
        kind = "ksm" if product == "BERGULIR" else "peer"
        ids = self.members(len(amounts))
        group = self.group(ids, kind=kind)
        p = credit_products.product_by_code(self.db, product)
        lines = [credits.ApplicationLine(mid, amount) for mid, amount in zip(ids, amounts, strict=True)]
        a = self.actors
        app = credits.prepare_application(self.db, actor=a["petugas"], group_id=group.id,
                                          product_id=p.id, lines=lines, instalments=instalments,
                                          rate_bp=rate_bp, on_date=on).value
        credits.approve_application(self.db, actor=a["bendahara"], application_id=app.id, on_date=on)
        credits.fund_remaining(self.db, actor=a["bendahara"], application_id=app.id,
                               source="revolving" if product == "BERGULIR" else "own")
        provide_for(self.db, app.id, on=on)
        app = credits.disburse_application(self.db, actor=a["bendahara"], application_id=app.id,
                                           on_date=on).value
        return list(app.credits)

    def paket_group(self, on: dt.date = dt.date(2024, 1, 8)) -> list[credits.CreditDTO]:
        return self.credits("PAKET", [25_000] * 5, on=on)

    def pay(self, credit_id: int, amount: int, on: dt.date) -> repayments.RepaymentReceipt:
        return repayments.record_repayment(self.db, actor=self.actors["petugas"], credit_id=credit_id,
                                           amount=amount, on_date=on).value


@prepared
def paket_lent(db, actors) -> tuple[Lending, list[credits.CreditDTO]]:
    """A paket-usaha group of five disbursed on 8 Jan 2024 (6 × Rp4.200 each) and the Lending
    that made it: built once per run, each test writes its own copy (tests/helpers_books.py;
    also the books of test_cli_repayments and test_mentoring)."""
    lend = Lending(db, actors)
    return lend, lend.paket_group(dt.date(2024, 1, 8))


@prepared
def bergulir_lent(db, actors) -> tuple[Lending, list[credits.CreditDTO]]:
    """Five KSM members borrowing Rp300.000 each from the revolving fund on 8 Jan 2024, 3
    monthly instalments at 2 % (3 × Rp106.000), and the Lending that made it: built once per
    run, each test writes its own copy."""
    lend = Lending(db, actors)
    return lend, lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3,
                              rate_bp=200)


@pytest.fixture
def paket(paket_lent) -> list[credits.CreditDTO]:
    return paket_lent[1]


@pytest.fixture
def bergulir(bergulir_lent) -> list[credits.CreditDTO]:
    return bergulir_lent[1]


@pytest.fixture
def lend(request, db, actors) -> Lending:
    """The Lending of the test's books: the one that made ``paket`` or ``bergulir`` when the
    test uses it (its members counted on), else a new one."""
    for made in ("paket", "bergulir"):
        if made in request.fixturenames:
            return request.getfixturevalue(f"{made}_lent")[0]
    return Lending(db, actors)


def counts(db) -> dict[str, int]:
    with db.read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in
                (Repayment, JournalEntry, JournalLine, AuditEntry, CollectionSheet,
                 CollectionAttendance, GroupCover)}


def lines_of(db, receipt_no: str) -> dict[str, tuple[int, int]]:
    """{account code: (debit, credit)} of the journal entry of a receipt."""
    with db.read() as s:
        rows = s.execute(select(Account.code, JournalLine.debit, JournalLine.credit)
                         .join(JournalLine, JournalLine.account_id == Account.id)
                         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                         .where(JournalEntry.source_id == receipt_no)).all()
    return {code: (d, c) for code, d, c in rows}


def statement(db, credit_id: int, as_of: dt.date | None = None) -> repayments.CreditStatement:
    return repayments.credit_statement(db, credit_id, as_of=as_of)


# ------------------------------------------------------------------ allocation

def test_allocation_service_before_principal_oldest_first(db, lend, bergulir):
    # Rp300.000 at 2 % for 3 months: 3 × (Rp100.000 pokok + Rp6.000 jasa)
    c = bergulir[0]
    rows = statement(db, c.id).instalments
    assert [(i.principal, i.service) for i in rows] == [(100_000, 6_000)] * 3
    day = rows[1].due_date + dt.timedelta(days=3)  # two instalments are due

    receipt = lend.pay(c.id, 110_000, day)
    # the oldest instalment first and in full (jasa, then pokok), then the next one's jasa
    assert (receipt.service_part, receipt.principal_part) == (10_000, 100_000)
    with db.read() as s:
        state = repayments.state_in_session(s, c.id)
    assert [(p.service_paid, p.principal_paid) for p in state.paid] == [(6_000, 100_000), (4_000, 0), (0, 0)]
    # the revolving fund lent it: its receivable and its service income
    assert lines_of(db, receipt.receipt_no) == {
        Acc.KAS: (110_000, 0), Acc.PIUTANG_DANA_BERGULIR: (0, 100_000),
        Acc.PENDAPATAN_JASA_DANA_BERGULIR: (0, 10_000)}


def test_partial_then_advance_payment(db, lend, bergulir):
    c = bergulir[0]
    first_due = statement(db, c.id).instalments[0].due_date

    part = lend.pay(c.id, 50_000, first_due)
    assert (part.service_part, part.principal_part) == (6_000, 44_000)
    st = statement(db, c.id, first_due)
    assert [i.paid for i in st.instalments] == [50_000, 0, 0]
    assert st.instalments[0].paid_on is None  # not complete yet
    assert st.days_past_due == 0 and st.outstanding == 268_000

    # paying ahead fills the next instalments at their scheduled amounts, oldest first
    ahead = lend.pay(c.id, 200_000, first_due)
    assert (ahead.service_part, ahead.principal_part) == (12_000, 188_000)
    st = statement(db, c.id, first_due)
    assert [i.paid for i in st.instalments] == [106_000, 106_000, 38_000]
    assert [i.paid_on for i in st.instalments] == [first_due, first_due, None]
    assert st.outstanding == 68_000 and ahead.outstanding_after == 68_000 and not ahead.lunas
    assert st.kolektibilitas == 1


def test_over_payment_is_refused_and_nothing_is_written(db, lend, paket):
    c = paket[0]
    day = statement(db, c.id).instalments[0].due_date
    lend.pay(c.id, 21_000, day)
    before = counts(db)
    with pytest.raises(UserError) as err:
        lend.pay(c.id, 4_201, day)  # Rp4.200 is all that is left
    assert err.value.code == "overpayment" and "Rp4.200" in err.value.message
    with pytest.raises(UserError):
        lend.pay(c.id, 0, day)
    assert counts(db) == before
    assert statement(db, c.id).outstanding == 4_200
    # the exact rest is accepted and closes the credit
    assert lend.pay(c.id, 4_200, day).lunas


# ------------------------------------------------------------------ reversal

def test_reversal_restores_the_schedule_exactly(db, lend, actors, paket):
    c = paket[0]
    dues = [i.due_date for i in statement(db, c.id).instalments]
    for on in dues[:3]:
        lend.pay(c.id, 4_200, on)
    later = dues[5] + dt.timedelta(days=10)
    before = statement(db, c.id, later)

    receipt = lend.pay(c.id, 8_400, dues[3])
    assert statement(db, c.id, later) != before
    repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=receipt.repayment_id,
                                 reason="Salah catat", on_date=dues[3])
    assert statement(db, c.id, later) == before
    # the mirror entry cancels the payment in the books
    with db.read() as s:
        kas = s.scalar(select(func.sum(JournalLine.debit - JournalLine.credit))
                       .join(Account, Account.id == JournalLine.account_id)
                       .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                       .where(Account.code == Acc.KAS, JournalEntry.date == dues[3]))
    assert kas == 0


def test_reversal_reopens_a_lunas_credit(db, lend, actors, paket):
    c = paket[0]
    dues = [i.due_date for i in statement(db, c.id).instalments]
    for on in dues[:5]:
        lend.pay(c.id, 4_200, on)
    before = statement(db, c.id, dues[5])
    last = lend.pay(c.id, 4_200, dues[5])
    assert last.lunas and statement(db, c.id).status == "lunas"
    repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=last.repayment_id,
                                 reason="Uang palsu", on_date=dues[5])
    after = statement(db, c.id, dues[5])
    assert after.status == "active"
    assert after.instalments == before.instalments and after.outstanding == before.outstanding == 4_200
    with pytest.raises(UserError):  # a payment is reversed once
        repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=last.repayment_id,
                                     reason="lagi")


# ------------------------------------------------------------------ collection sheet

def test_collection_sheet_is_all_or_nothing_and_names_the_bad_row(db, lend, actors, paket):
    cs = paket
    group_id = cs[0].group_id
    day = statement(db, cs[0].id).instalments[0].due_date
    sheet = repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day)
    assert [ln.due_today for ln in sheet.lines] == [4_200] * 5 and sheet.total_suggested == 21_000
    order = [ln.member_id for ln in sheet.lines]
    bad_name = sheet.lines[2].member_name

    before = counts(db)
    entries = [repayments.SheetEntry(member_id=mid, paid=4_200) for mid in order]
    entries[2] = repayments.SheetEntry(member_id=order[2], paid=99_999)  # more than owed
    with pytest.raises(UserError) as err:
        repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                         meeting_date=day, entries=entries)
    assert err.value.field == "row:3"
    assert "Baris 3" in err.value.message and bad_name in err.value.message
    assert "Tidak ada yang dibukukan" in err.value.message
    assert counts(db) == before

    entries[2] = repayments.SheetEntry(member_id=order[2], paid=4_200)
    receipts = repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                                meeting_date=day, entries=entries).value
    assert len(receipts) == 5 and sum(r.amount for r in receipts) == 21_000
    assert repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day).already_posted
    with pytest.raises(UserError) as err:  # the same meeting cannot be posted twice
        repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                         meeting_date=day, entries=entries)
    assert err.value.code == "sheet_posted"


def test_tanggung_renteng_cover_debt_and_settlement(db, lend, actors, paket):
    cs = paket
    group_id = cs[0].group_id
    dues = [i.due_date for i in statement(db, cs[0].id).instalments]
    by_member = {c.member_id: c for c in cs}
    lines = repayments.open_collection_sheet(db, group_id=group_id, meeting_date=dues[0]).lines
    order = [ln.member_id for ln in lines]
    coverer, debtor = order[0], order[4]
    entries = [repayments.SheetEntry(member_id=mid, paid=4_200) for mid in order[:4]]
    entries.append(repayments.SheetEntry(member_id=debtor, paid=0, present=False,
                                         covers=((coverer, 4_200),)))
    receipts = repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                                meeting_date=dues[0], entries=entries).value
    assert len(receipts) == 5
    covered = next(r for r in receipts if r.credit_number == by_member[debtor].number)
    assert covered.payer_name == lines[0].member_name  # paid by the member who covered
    # the group kept the instalment paid: the debtor's credit is up to date
    assert statement(db, by_member[debtor].id, dues[0]).instalments[0].paid == 4_200
    assert statement(db, by_member[debtor].id, dues[1]).days_past_due == 0

    (debt,) = repayments.cover_debts(db, member_id=debtor)
    assert (debt.debtor_member_id, debt.coverer_member_id) == (debtor, coverer)
    assert (debt.covered, debt.settled, debt.outstanding) == (4_200, 0, 4_200)
    # the next meeting's sheet shows what the debtor owes the group
    nxt = repayments.open_collection_sheet(db, group_id=group_id, meeting_date=dues[1])
    assert next(ln for ln in nxt.lines if ln.member_id == debtor).cover_debt == 4_200

    after = repayments.settle_cover(db, actor=actors["petugas"], debtor_member_id=debtor,
                                    coverer_member_id=coverer, amount=3_000, on_date=dues[1]).value
    assert after.outstanding == 1_200
    with pytest.raises(UserError):
        repayments.settle_cover(db, actor=actors["petugas"], debtor_member_id=debtor,
                                coverer_member_id=coverer, amount=2_000, on_date=dues[1])
    repayments.settle_cover(db, actor=actors["petugas"], debtor_member_id=debtor,
                            coverer_member_id=coverer, amount=1_200, on_date=dues[2])
    (debt,) = repayments.cover_debts(db, member_id=debtor)
    assert debt.outstanding == 0 and debt.settled == 4_200
    # the cover is cash received by the cooperative like any instalment: Kas up, receivable down
    assert lines_of(db, covered.receipt_no)[Acc.KAS] == (4_200, 0)


def test_cover_by_someone_outside_the_group_is_refused(db, lend, actors, paket):
    cs = paket
    other = lend.members(1)[0]
    day = statement(db, cs[0].id).instalments[0].due_date
    before = counts(db)
    with pytest.raises(UserError) as err:
        repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=cs[0].group_id,
                                         meeting_date=day, entries=[
                                             repayments.SheetEntry(member_id=cs[0].member_id, paid=4_200),
                                             repayments.SheetEntry(member_id=cs[1].member_id,
                                                                   covers=((other, 4_200),))])
    assert err.value.field == "row:2"
    assert counts(db) == before


# ------------------------------------------------------------------ kolektibilitas

POJK40 = [(0, 1), (1, 2), (90, 2), (91, 3), (120, 3), (121, 4), (180, 4), (181, 5)]


def test_kolektibilitas_pojk40_boundaries_on_a_real_credit(db, lend, paket):
    c = paket[0]
    first_due = statement(db, c.id).instalments[0].due_date
    assert first_due == dt.date(2024, 1, 9)
    for days, kol in POJK40:
        as_of = first_due + dt.timedelta(days=days)
        (st,) = [x for x in repayments.loan_standings(db, as_of=as_of) if x.credit_id == c.id]
        assert (st.days_past_due, st.kolektibilitas) == (days, kol), days
        assert statement(db, c.id, as_of).kolektibilitas == kol


def _set_rule_set(db, actors, code: str) -> None:
    settings.update_settings(db, actor=actors["admin"], values={"credit.kol_rule_set": code})


def _kol(db, credit_id: int, as_of: dt.date) -> int:
    return next(s.kolektibilitas for s in repayments.loan_standings(db, as_of=as_of)
                if s.credit_id == credit_id)


def test_kolektibilitas_kukm14_boundaries_daily_credit(db, lend, actors):
    _set_rule_set(db, actors, "kukm14")
    c = lend.paket_group(dt.date(2024, 1, 8))[0]
    d1 = statement(db, c.id).instalments[0].due_date
    one = dt.timedelta(days=1)
    # daily instalments: lancar only with no arrears, then > 1, > 2, > 3 months late
    expected = [(d1, 1), (d1 + one, 2), (add_months(d1, 1), 2), (add_months(d1, 1) + one, 3),
                (add_months(d1, 2), 3), (add_months(d1, 2) + one, 4), (add_months(d1, 3), 4),
                (add_months(d1, 3) + one, 5)]
    assert [(on, _kol(db, c.id, on)) for on, _ in expected] == expected


def test_kolektibilitas_pnpm_boundaries_monthly_credit(db, lend, actors):
    _set_rule_set(db, actors, "pnpm")
    c = lend.credits("BERGULIR", [500_000] * 5, on=dt.date(2024, 1, 8), instalments=12, rate_bp=150)[0]
    dues = [i.due_date for i in statement(db, c.id).instalments]
    one = dt.timedelta(days=1)
    # instalments in arrears: 0 · 1–3 · 4–6 · 7–12 · more than 12
    expected = [(dues[0], 1), (dues[0] + one, 2), (dues[2] + one, 2), (dues[3] + one, 3),
                (dues[5] + one, 3), (dues[6] + one, 4), (dues[11] + one, 4),
                (add_months(dues[11], 1), 4), (add_months(dues[11], 1) + one, 5)]
    assert [(on, _kol(db, c.id, on)) for on, _ in expected] == expected


def test_unknown_rule_set_is_a_clear_error(db, lend, actors):
    # Settings refuses it outright, naming the field...
    with pytest.raises(UserError) as err:
        _set_rule_set(db, actors, "bogus")
    assert err.value.field == "credit.kol_rule_set"
    assert settings.get_setting(db, "credit.kol_rule_set") == "pojk40"
    # ...and a file that holds one anyway (written behind the program) still fails clearly
    with db.write() as s:
        settings.set_value(s, "credit.kol_rule_set", "bogus")
    with pytest.raises(UserError) as err:
        repayments.loan_standings(db, as_of=dt.date(2024, 6, 1))
    assert err.value.code == "unknown_rule_set"


# ------------------------------------------------------------------ PAR

def test_par_is_the_whole_outstanding_of_late_loans_not_the_overdue_share(db, lend, bergulir):
    # five KSM members, Rp300.000 each over 3 months at 2 %: 3 × Rp106.000
    cs = bergulir
    dues = [i.due_date for i in statement(db, cs[0].id).instalments]
    for c in cs[:4]:  # four pay the first two instalments on time; the fifth pays nothing
        lend.pay(c.id, 106_000, dues[0])
        lend.pay(c.id, 106_000, dues[1])
    as_of = dues[0] + dt.timedelta(days=35)
    assert dues[1] < as_of < dues[2]
    standings = repayments.loan_standings(db, as_of=as_of)
    late = next(s for s in standings if s.credit_id == cs[4].id)
    assert (late.days_past_due, late.outstanding, late.kolektibilitas) == (35, 318_000, 2)
    # the base is the principal still owed; the service still owed is kept beside it
    assert (late.principal_outstanding, late.service_outstanding) == (300_000, 18_000)

    par = par_summary([s.position() for s in standings])
    assert par[30] == par[1] == Ratio(300_000, 700_000)  # 42,86 %: 300.000 + 4 × 100.000
    assert par[90] == Ratio(0, 700_000)
    overdue = sum(i.remaining for i in statement(db, cs[4].id, as_of).instalments if i.due_date < as_of)
    assert overdue == 212_000
    assert Ratio(overdue, 742_000).percent_text() == "28,57 %"
    assert par[30].percent_text() == "42,86 %"  # the whole balance is at risk, not two instalments


# ------------------------------------------------------------------ the credit list

def test_credit_list_fills_outstanding_days_past_due_and_class(db, lend):
    today = dt.date.today()
    cs = lend.credits("PAKET", [25_000] * 5, on=today - dt.timedelta(days=40))
    dues = [i.due_date for i in statement(db, cs[0].id).instalments]
    for on in dues:
        lend.pay(cs[0].id, 4_200, on)  # lunas
    lend.pay(cs[1].id, 4_200, dues[0])
    rows = {r.number: r for r in credits.list_credits(db)}
    assert (rows[cs[0].number].outstanding, rows[cs[0].number].days_past_due,
            rows[cs[0].number].kolektibilitas) == (0, 0, None)
    late = rows[cs[1].number]
    assert late.outstanding == 21_000 and late.days_past_due == (today - dues[1]).days
    assert late.kolektibilitas == 2
    untouched = rows[cs[2].number]
    assert (untouched.outstanding, untouched.days_past_due) == (25_200, (today - dues[0]).days)


# ------------------------------------------------------------------ the demo

@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    """The demo cooperative (the run's, built once with cheap password hashing: see
    tests/conftest.py), one copy for these tests."""
    path = tmp_path_factory.mktemp("demo") / "kamura-demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_books(path)
    try:
        yield db, path
    finally:
        db.close()


def _pilot_ids(db) -> list[int]:
    """The Paket Usaha credits of the pilot's three cycles (its first three disbursements;
    later demo steps add more rounds)."""
    with db.read() as s:
        rows = s.execute(select(Credit.id, Credit.disbursed_on)
                         .join(CreditApplication, CreditApplication.id == Credit.application_id)
                         .join(CreditProduct, CreditProduct.id == CreditApplication.product_id)
                         .where(CreditProduct.code == "PAKET")).all()
    cycles = sorted({on for _, on in rows})[:3]
    return [cid for cid, on in rows if on in cycles]


def test_demo_pilot_repaid_100_percent(demo):
    db, _ = demo
    ids = _pilot_ids(db)
    assert len(ids) == 45  # three cycles × three groups × five members
    statements = [statement(db, cid) for cid in ids]
    assert {s.status for s in statements} == {"lunas"}
    due = sum(s.total_due for s in statements)
    collected = sum(i.paid for s in statements for i in s.instalments)
    assert repayment_rate(collected, due).percent == 100
    first = min(i.due_date for s in statements for i in s.instalments)
    last = max(i.due_date for s in statements for i in s.instalments)
    assert repayment_rate(*repayments.collected_and_due(db, date_from=first, date_to=last)).percent == 100


def test_demo_shows_kolektibilitas_classes_and_a_cover(demo):
    db, path = demo
    standings = repayments.loan_standings(db, as_of=dt.date.today())
    classes = {s.kolektibilitas for s in standings}
    assert len(classes) >= 3
    assert classes == {1, 2, 3, 4, 5}
    with db.read() as s:
        cover = s.execute(select(GroupCover.debtor_member_id, Repayment.collection_sheet_id)
                          .join(Repayment, Repayment.id == GroupCover.repayment_id)).all()
    assert cover and all(sheet is not None for _, sheet in cover)  # posted on a collection sheet
    debts = repayments.cover_debts(db, member_id=cover[0][0])
    assert any(0 < d.settled < d.covered for d in debts)  # half paid back to the leader
    assert integrity.check_database(path).ok


def test_demo_step_is_deterministic_given_the_day():
    from kamura_desktop.demo import repayments as demo_repayments

    with_holidays = frozenset()
    for today in (dt.date(2025, 9, 30), dt.date(2026, 2, 1), dt.date(2026, 11, 23), dt.date(2027, 3, 15)):
        plan = demo_repayments._plan(today, with_holidays)
        assert plan is not None and plan == demo_repayments._plan(today, with_holidays)
        ages = [(today - d).days for d in plan.due_dates]
        for lo, hi in demo_repayments.BANDS.values():
            assert any(lo <= a <= hi for a in ages)
        assert plan.applied < plan.disbursed <= today


def test_posting_into_the_future_is_refused(db, lend, paket):
    c = paket[0]
    with pytest.raises(UserError):
        lend.pay(c.id, 4_200, dt.date.today() + dt.timedelta(days=1))



def test_demo_standings_agree_with_each_credits_replayed_statement(demo):
    """The portfolio's one-query standings give what replaying each credit's payments gives."""
    db, _ = demo
    today = dt.date.today()
    with db.read() as s:
        disbursed = s.execute(select(Credit.id, Credit.disbursed_on)
                              .where(Credit.disbursed_on.is_not(None))).all()
    for as_of in (dt.date(2024, 10, 15), dt.date(2025, 3, 5), dt.date(2025, 5, 6), today):
        standings = {st.credit_id: st for st in repayments.loan_standings(db, as_of=as_of)}
        with db.read() as s:  # each credit's statement (what credit_statement reads), one read
            replayed = {cid: repayments.statement_in_session(s, cid, as_of)
                        for cid, on in disbursed if on <= as_of}
        for cid, st in replayed.items():
            if st.outstanding == 0:
                assert cid not in standings
                continue
            got = standings[cid]
            assert (got.outstanding, got.days_past_due, got.kolektibilitas) == \
                (st.outstanding, st.days_past_due, st.kolektibilitas), (cid, as_of)


@settings_hyp(max_examples=200, deadline=None)
@given(st_hyp.lists(st_hyp.tuples(st_hyp.integers(0, 60_000), st_hyp.integers(0, 9_000)),
                    min_size=1, max_size=12),
       st_hyp.lists(st_hyp.integers(1, 80_000), max_size=15))
def test_settled_state_is_the_replay_of_any_split(parts, payments):
    rows = [ScheduleDue(n, dt.date(2024, 1, 1) + dt.timedelta(days=7 * n), p, sv)
            for n, (p, sv) in enumerate(parts, start=1) if p + sv > 0]
    if not rows:
        return
    owed = sum(r.amount_due for r in rows)
    kept, total = [], 0
    for amount in payments:
        if total + amount <= owed:
            kept.append(amount)
            total += amount
    replayed = replay_payments(rows, kept)
    settled = repayments.settled_state(rows, total)
    assert settled.rows == replayed.rows and settled.paid == replayed.paid
