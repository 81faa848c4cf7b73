"""Loan-loss provision (services/provisions.py): the change since the last provision,
grown and shrunk, with hand-computed amounts.

Five members borrow Rp300.000 each from the revolving fund on 8 Jan 2024 (3 monthly
instalments of Rp100.000 + Rp6.000 jasa, the first due 8 Feb). POJK 40/2019 rates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.books import Provision
from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import ledger, provisions, settings
from tests.helpers_books import prepared
from tests.services.test_lender_pool import DISBURSED, commit, coop, disburse  # noqa: F401 - fixture
from tests.services.test_repayments import Lending
from tests.services.test_shu import entry_lines


@prepared
def loans(db, actors):
    """Five Rp300.000 revolving-fund loans of 8 Jan 2024, the first member's February paid:
    built once per run, each test its own copy (tests/helpers_books.py)."""
    lend = Lending(db, actors)
    cs = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)
    lend.pay(cs[0].id, 106_000, dt.date(2024, 2, 8))
    return lend, cs


def entry_of(db, as_of: dt.date) -> int:
    with db.read() as s:
        return s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "provision",
                                                      JournalEntry.source_id == as_of.isoformat()))


def test_provision_grows_then_shrinks_by_the_change_only(db, actors, loans):
    lend, cs = loans
    treasurer = actors["bendahara"]
    # 31 Jan: nobody late → all class 1 (1 %): 5 × 300.000 × 1 % = 15.000
    jan = provisions.post_provision(db, actor=treasurer, as_of=dt.date(2024, 1, 31)).value
    assert (jan.required, jan.booked, jan.change) == (15_000, 0, 15_000)
    assert entry_lines(db, entry_of(db, dt.date(2024, 1, 31))) == {
        Acc.BEBAN_PENYISIHAN_PIUTANG: (15_000, 0), Acc.CADANGAN_KERUGIAN_PIUTANG: (0, 15_000)}

    # 1 Mar: member 1 paid February (principal 200.000 left, not late → 1 % = 2.000); the
    # other four are 22 days late → class 2 (5 %) on 300.000 = 15.000 each → 60.000
    q = provisions.provision_quote(db, as_of=dt.date(2024, 3, 1))
    by_kol = {r.kol: r for r in q.rows}
    assert (by_kol[1].loans, by_kol[1].outstanding, by_kol[1].pct, by_kol[1].required) == (
        1, 200_000, Decimal(1), 2_000)
    assert (by_kol[2].loans, by_kol[2].outstanding, by_kol[2].pct, by_kol[2].required) == (
        4, 1_200_000, Decimal(5), 60_000)
    assert (q.required, q.booked, q.change, q.rule_set) == (62_000, 15_000, 47_000, "pojk40")
    provisions.post_provision(db, actor=treasurer, as_of=dt.date(2024, 3, 1))
    assert entry_lines(db, entry_of(db, dt.date(2024, 3, 1))) == {
        Acc.BEBAN_PENYISIHAN_PIUTANG: (47_000, 0), Acc.CADANGAN_KERUGIAN_PIUTANG: (0, 47_000)}

    # 4 Mar the four pay February: 5 × 200.000 × 1 % = 10.000 → shrink by 52.000
    for c in cs[1:]:
        lend.pay(c.id, 106_000, dt.date(2024, 3, 4))
    mar = provisions.post_provision(db, actor=treasurer, as_of=dt.date(2024, 3, 5)).value
    assert (mar.required, mar.booked, mar.change) == (10_000, 62_000, -52_000)
    assert entry_lines(db, entry_of(db, dt.date(2024, 3, 5))) == {
        Acc.CADANGAN_KERUGIAN_PIUTANG: (52_000, 0), Acc.BEBAN_PENYISIHAN_PIUTANG: (0, 52_000)}
    assert ledger.balance_of(db, Acc.CADANGAN_KERUGIAN_PIUTANG) == 10_000
    assert ledger.balance_of(db, Acc.BEBAN_PENYISIHAN_PIUTANG) == 10_000

    # nothing changed: recorded without an entry
    same = provisions.post_provision(db, actor=treasurer, as_of=dt.date(2024, 3, 5)).value
    assert same.change == 0
    records = provisions.list_provisions(db)
    assert [(r.as_of, r.change, r.entry_number is None) for r in records][:2] == [
        (dt.date(2024, 3, 5), 0, True), (dt.date(2024, 3, 5), -52_000, False)]
    assert records[0].posted_by == "Uji Bendahara"


def test_kukm14_rule_set_uses_the_same_rates(db, actors, loans):
    settings.update_settings(db, actor=actors["ketua"], values={"credit.kol_rule_set": "kukm14"})
    q = provisions.provision_quote(db, as_of=dt.date(2024, 3, 1))
    assert q.rule_set == "kukm14"
    # 22 days late on monthly instalments is class 2 under kukm14 too (arrears up to 3 months)
    assert q.required == 62_000


def test_refusals(db, actors, loans):
    with pytest.raises(PermissionDenied):
        provisions.post_provision(db, actor=actors["petugas"], as_of=dt.date(2024, 3, 1))
    with pytest.raises(PermissionDenied):
        provisions.post_provision(db, actor=actors["ketua"], as_of=dt.date(2024, 3, 1))
    provisions.post_provision(db, actor=actors["bendahara"], as_of=dt.date(2024, 3, 1))
    with pytest.raises(UserError, match="lebih awal"):
        provisions.post_provision(db, actor=actors["bendahara"], as_of=dt.date(2024, 2, 1))
    with pytest.raises(UserError, match="masa depan"):
        provisions.post_provision(db, actor=actors["bendahara"],
                                  as_of=dt.date.today() + dt.timedelta(days=1))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Provision)) == 1
    with db.engine.begin() as conn, pytest.raises(Exception, match="tidak boleh"):
        conn.exec_driver_sql("UPDATE provisions SET required = 0")


def test_the_lenders_part_is_left_out(coop):  # noqa: F811 - the lender pool test's fixture
    """Lenders bear the loss of the money they put in, so the cooperative provides only for
    its own part: a Rp25.000 package with Rp10.000 from a lender → base Rp15.000."""
    commit(coop, coop.lenders[0], coop.app.credits[0].id, 10_000)
    disburse(coop)
    q = provisions.provision_quote(coop.db, as_of=DISBURSED)
    # 15.000 + 4 × 25.000 = 115.000 in class 1; 1 % per loan: 150 + 4 × 250
    assert [(r.kol, r.loans, r.outstanding, r.required) for r in q.rows if r.loans] == [(1, 5, 115_000, 1_150)]
