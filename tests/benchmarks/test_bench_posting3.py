"""The posting path round three (issue 20), per call on a small real book: a manual journal
entry (its entry and lines written by two Core INSERTs), a deposit at the counter and a
member's registration (each one flush of the ORM, not three), and history posted in bulk.
For information (no target); each notes its median CPU time in extra_info. Measured on
SQLite while the change was made (CPU, median of three paired runs, the program before →
after): a manual entry 2,4 → 1,8 ms, a deposit 3,3 → 2,5 ms, a registration 1,6 → 1,4 ms,
history in bulk 57 → 51 µs per entry.

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_posting3.py --benchmark-enable -n 0``.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import ledger, membership, savings

from ..services.test_repayments import JOINED, Lending
from .test_membership_bench import run

pytestmark = pytest.mark.slow


def test_manual_entry(benchmark, db, actors):
    treasurer = actors["bendahara"]
    ledger.post_journal_entry(db, actor=treasurer, on_date=JOINED, description="Saldo awal",
                              lines=[ledger.Line(Acc.KAS, debit=10**10),
                                     ledger.Line(Acc.MODAL_DONASI, credit=10**10)])
    posted = run(benchmark, lambda: ledger.post_journal_entry(
        db, actor=treasurer, on_date=JOINED, description="Biaya ATK",
        lines=[ledger.Line(Acc.BEBAN_ATK_CETAK, debit=12_500, memo="kertas"),
               ledger.Line(Acc.KAS, credit=12_500)]).value)
    assert posted.total == 12_500 and posted == ledger.get_entry(db, posted.id)


def test_deposit(benchmark, db, actors):
    member = Lending(db, actors).members(1)[0]
    receipt = run(benchmark, lambda: savings.record_deposit(
        db, actor=actors["petugas"], member_id=member, kind="sukarela", amount=10_000,
        on_date=JOINED).value)
    assert receipt.balance_after == savings.balances(db, member).sukarela


def test_registration(benchmark, db, actors):
    serial = itertools.count(1)

    def register():
        n = next(serial)
        data = membership.MemberInput(
            name=f"Anggota {n}", nik=f"3217010105{n:06d}", sex="P", joined_on=JOINED, rt="001",
            rw="008", kampung="Babakan Pindang", desa="Mekarmukti", trade="Dagang")
        return membership.register_member(db, actor=actors["petugas"], data=data).value

    saved = run(benchmark, register)
    assert membership.get_member(db, saved.member.id).number == saved.member.number


def test_history_in_bulk(benchmark, db, actors):
    at = dt.datetime(2024, 1, 2, 9, 0)
    days = itertools.count()

    def post_1000():
        first = next(days) * 1000
        entries = [ledger.BulkEntry(
            dt.date(2015, 1, 1) + dt.timedelta(days=(first + i) % 3000), f"Setoran {i}",
            [ledger.Line(Acc.KAS, debit=1_000 + i), ledger.Line(Acc.SIMPANAN_SUKARELA, credit=1_000 + i)],
            "savings", f"R{first + i}", at) for i in range(1_000)]
        with db.write() as s:
            return ledger.post_entries_in_bulk(s, actors["bendahara"], entries)

    ids = run(benchmark, post_1000)
    assert len(ids) == 1_000 and ledger.ledger_problems(db) == []
