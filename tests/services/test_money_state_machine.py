"""A Hypothesis state machine over the money books: random sequences of savings deposits
(pokok/wajib/sukarela), sukarela withdrawals and deposit reversals, credits applied for,
funded (own funds, the revolving fund, registered lenders' committed sukarela) and handed
over (Paket Usaha in kind, Pinjaman Bergulir in cash), repayments of random size and their
reversals, package purchases, grants to the revolving fund, expenses, bank moves, the close
of 2024 and its SHU (draft → RAT approval → payment into sukarela or in cash), on dates that
move forward day by day with some back-dated postings.

Any write may be refused with a UserError — that is expected — and a refusal must write
nothing. After every step the books must agree: Kas, Bank and the stock never below zero and
the revolving fund never lending more than it has, on any date; no member's sukarela below
zero on any date; a balanced ledger; savings rows equal to their Simpanan accounts; every
credit's principal outstanding (the schedule replayed) equal to what was disbursed less the
principal of its repayment rows, summing to the receivables (the revolving fund's part to
Piutang Dana Bergulir exactly); a Paket Usaha approval or hand-over within the group limit.

The machine reverses any payment still standing (not only a credit's latest), back-dated or
not, hands over revolving-fund loans back-dated past the fund's later loans, and now and then
lends a KSM all the revolving fund has left, so that reversing a repayment the fund has lent
again meets the fund's later days (refused: the fund never below zero); after every
step the posted books also follow each credit's schedule replayed from the payments that
stand: the service parts of its rows are the service the replay counts as repaid, the
service income (Pendapatan Jasa Pinjaman and Jasa Dana Bergulir) is the sum of the rows'
service (the revolving fund's part exactly), the standings' principal is the replay's, and
each lender has got back exactly their cumulative share of the principal and of the service
(Dana Lender Tersalur and Beban Bagi Hasil with them).

The cooperative (users, members, groups, a year of history, 2023 closed) is built once per
module and copied for each example. What the machine found is kept as plain examples at the
end.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from kamura_desktop.db.models.books import ShuDistribution, YearClose
from kamura_desktop.db.models.core import Account, AuditEntry, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditFunding, ScheduleLine
from kamura_desktop.db.models.lender import (
    CapitalContribution,
    CreditWriteOff,
    LenderProfile,
    WriteOffShare,
)
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain.allocation import ScheduleDue, ScheduleState, settled_state
from kamura_desktop.domain.chart import PHYSICAL, Acc, signed_balance
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import (
    credit_products,
    credits,
    events,
    journal,
    ledger,
    lender_pool,
    repayments,
    savings,
    shu,
    year_end,
)
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books

from ..helpers_hypothesis import examples
from ..stock import stock_packages
from .test_lender_pool import add_member, make_group, make_users

START = dt.date(2024, 12, 27)  # a Friday; the machine walks into 2025 and may close 2024
YEAR = 2024
BACK = st.sampled_from([0, 0, 0, 1, 2, 5, 12])  # days a posting is back-dated
PAKET_LIMIT = 125_000


# ---------------------------------------------------------------- the cooperative, built once

def _pay_instalments(db, actors, credit_ids: list[int], count: int) -> None:
    for cid in credit_ids:
        for line in credits.schedule_of(db, cid)[:count]:
            repayments.record_repayment(db, actor=actors["petugas"], credit_id=cid, amount=line.amount,
                                        on_date=line.due_date)


def _lend(db, actors, group_id: int, borrowers: list[int], code: str, *, amount: int, source: str,
          on: dt.date, instalments: int | None = None, rate_bp: int | None = None) -> list[int]:
    product = credit_products.product_by_code(db, code)
    app = credits.prepare_application(
        db, actor=actors["petugas"], group_id=group_id, product_id=product.id, on_date=on,
        instalments=instalments, rate_bp=rate_bp, lines=[ApplicationLine(m, amount, "Modal usaha") for m in borrowers]).value
    credits.approve_application(db, actor=actors["bendahara"], application_id=app.id, on_date=on)
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=app.id, source=source)
    credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id,
                                 on_date=on + dt.timedelta(days=1))
    return [c.id for c in app.credits]


@pytest.fixture(scope="module")
def base_file(tmp_path_factory):
    """Users; three savers with Rp2.000.000 sukarela (A registered as a lender), two members
    who have not paid their pokok yet, and six groups of five, all joined in October 2023;
    the year 2023 closed. In 2024: a Rp1.600.000 grant to the revolving fund lent to KSM
    Kenanga (5 × Rp300.000, 10 months at 3 %, 6 instalments paid), a Paket Usaha round of
    Harapan (bought, handed over, repaid in full), Rp2.000.000 from the printing unit and
    ten packages in stock — the year has a surplus to share."""
    path = tmp_path_factory.mktemp("money-machine-base") / "base.sqlite"
    db = open_books(path)
    try:
        actors = make_users(db)
        savers = [add_member(db, f"Penabung {k}", trade="Pedagang", sukarela=2_000_000) for k in "ABC"]
        newcomers = [add_member(db, f"Calon {k}", pay=False) for k in "AB"]
        groups = {name: make_group(db, actors, name)
                  for name in ("Sauyunan", "Mekar", "Harapan", "KSM Mawar", "KSM Melati", "KSM Kenanga")}
        year_end.close_year(db, actor=actors["ketua"], year=2023)
        lender_pool.register_lender(db, actor=actors["petugas"], member_id=savers[0], on_date=dt.date(2024, 6, 1))
        lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                    on_date=dt.date(2024, 6, 3), amount=1_600_000)
        kenanga = _lend(db, actors, *groups["KSM Kenanga"], "BERGULIR", amount=300_000, source="revolving",
                        on=dt.date(2024, 6, 4), instalments=10, rate_bp=300)
        _pay_instalments(db, actors, kenanga, 6)
        journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 11, 1),
                                  description="Pembelian paket usaha",
                                  lines=[Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=125_000),
                                         Line(Acc.KAS, credit=125_000)])
        harapan = _lend(db, actors, *groups["Harapan"], "PAKET", amount=25_000, source="own",
                        on=dt.date(2024, 11, 1))
        _pay_instalments(db, actors, harapan, 6)
        for on, lines in ((dt.date(2024, 9, 30), [Line(Acc.KAS, debit=2_000_000),
                                                   Line(Acc.PENDAPATAN_PERCETAKAN, credit=2_000_000)]),
                          (dt.date(2024, 12, 20), [Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=250_000),
                                                   Line(Acc.KAS, credit=250_000)])):
            journal.post_manual_entry(db, actor=actors["bendahara"], on_date=on, description="Dari buku kas",
                                      lines=lines)
        products = {code: credit_products.product_by_code(db, code).id for code in ("PAKET", "BERGULIR")}
        with db.read() as s:
            last_tx = s.scalar(select(func.max(SavingsTransaction.id)))
    finally:
        db.close()
    members = savers + newcomers + [m for _, ids in groups.values() for m in ids]
    return SimpleNamespace(path=path, actors=actors, savers=savers, newcomers=newcomers, members=members,
                           paket_groups=[groups[n] for n in ("Sauyunan", "Mekar", "Harapan")],
                           bergulir_groups=[groups[n] for n in ("KSM Mawar", "KSM Melati")],
                           products=products, last_base_tx=last_tx)


# ---------------------------------------------------------------- reading the books

#: the tables a refused write must leave as they were (counted), with the states it must not move
COUNTED = (JournalEntry, JournalLine, SavingsTransaction, Repayment, CreditFunding, ScheduleLine,
           AuditEntry, CapitalContribution, LenderProfile, YearClose)

#: the snapshot's questions, built once (each step asks them before every write): every count
#: and the released fundings in one statement, then the states
_COUNTS = select(*(select(func.count()).select_from(t).scalar_subquery() for t in COUNTED),
                 select(func.count(CreditFunding.id)).where(CreditFunding.released_at.is_not(None))
                 .scalar_subquery())
_STATES = (select(Credit.id, Credit.status, Credit.closed_on).order_by(Credit.id),
           select(CreditApplication.id, CreditApplication.status).order_by(CreditApplication.id),
           select(Member.id, Member.status).order_by(Member.id),
           select(ShuDistribution.year, ShuDistribution.status))


def snapshot(db) -> tuple:
    with db.read() as s:
        conn = s.connection()
        *counts, released = conn.execute(_COUNTS).one()
        states = (*(tuple(tuple(r) for r in conn.execute(q)) for q in _STATES), ledger.closed_through(s))
    return tuple(counts), released, states


def lowest_running(changes: list[tuple[dt.date, int]]) -> tuple[int, dt.date | None]:
    """The lowest end-of-day balance of the changes (and the day), never above 0."""
    per_day: dict[dt.date, int] = defaultdict(int)
    for day, change in changes:
        per_day[day] += change
    running, lowest, lowest_on = 0, 0, None
    for day, change in sorted(per_day.items()):
        running += change
        if running < lowest:
            lowest, lowest_on = running, day
    return lowest, lowest_on


# The invariant's questions, built once and asked on the session's Core connection (no ORM
# objects): every ledger fact comes from one sum of the lines per account, date and whether
# the entry is a year close; each other table is read once.
_YEAR_CLOSE = (func.coalesce(JournalEntry.source_type, "") == year_end.YEAR_CLOSE).label("year_close")
_LINES = (select(Account.code, JournalEntry.date, _YEAR_CLOSE, func.sum(JournalLine.debit),
                 func.sum(JournalLine.credit))
          .select_from(JournalLine)
          .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
          .join(Account, Account.id == JournalLine.account_id)
          .group_by(Account.code, JournalEntry.date, _YEAR_CLOSE))
_ACCOUNTS = select(Account.code, Account.kind)
#: entries unbalanced or with fewer than two lines: ledger.ledger_problems' own question
_UNBALANCED = ledger._UNBALANCED
_LOSSES = (select(CreditWriteOff.on_date, WriteOffShare.amount)
           .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
           .where(WriteOffShare.source == "revolving"))
_SAVINGS = (select(SavingsTransaction.kind, SavingsTransaction.member_id, SavingsTransaction.on_date,
                   func.sum(SavingsTransaction.amount))
            .group_by(SavingsTransaction.kind, SavingsTransaction.member_id, SavingsTransaction.on_date))
_REPAYMENT_PARTS = (select(Repayment.credit_id, func.sum(Repayment.principal_part), func.sum(Repayment.service_part))
                    .group_by(Repayment.credit_id))
_FUNDINGS = (select(CreditFunding.credit_id, CreditFunding.source, CreditFunding.lender_member_id,
                    func.sum(CreditFunding.amount))
             .where(CreditFunding.released_at.is_(None))
             .group_by(CreditFunding.credit_id, CreditFunding.source, CreditFunding.lender_member_id))
_RUNNING = Credit.status.in_(("active", "lunas"))
_CREDITS = select(Credit.id, Credit.number, Credit.status, Credit.principal, Credit.disbursed_on).where(_RUNNING)
_SCHEDULES = (select(ScheduleLine.credit_id, ScheduleLine.no, ScheduleLine.due_date, ScheduleLine.principal,
                     ScheduleLine.service)
              .join(Credit, Credit.id == ScheduleLine.credit_id).where(_RUNNING))
_PAYMENTS = select(Repayment.id, Repayment.credit_id, Repayment.amount, Repayment.reversal_of_id)
_CREDIT_SAVINGS = (select(SavingsTransaction.id, SavingsTransaction.credit_id, SavingsTransaction.member_id,
                          SavingsTransaction.tx_type, SavingsTransaction.reversal_of_id, SavingsTransaction.amount)
                   .where(SavingsTransaction.credit_id.is_not(None)))


def replayed_states(conn) -> dict[int, ScheduleState]:
    """{credit id: its schedule's state after the payments standing today} of every running or
    repaid credit, replayed here from the rows in two queries (a payment stands until a
    reversal row points to it; the paid state depends only on the sum paid)."""
    rows: dict[int, list[ScheduleDue]] = defaultdict(list)
    for cid, no, due, principal, service in conn.execute(_SCHEDULES):
        rows[cid].append(ScheduleDue(no, due, principal, service))
    pays = list(conn.execute(_PAYMENTS))
    reversed_ids = {r.reversal_of_id for r in pays if r.reversal_of_id is not None}
    paid: dict[int, int] = defaultdict(int)
    for r in pays:
        if r.reversal_of_id is None and r.id not in reversed_ids:
            paid[r.credit_id] += r.amount
    return {cid: settled_state(lines, paid[cid]) for cid, lines in rows.items()}


# ---------------------------------------------------------------- the machine

class MoneyMachine(RuleBasedStateMachine):
    base: SimpleNamespace  # set by the test
    folder: Path

    def __init__(self):
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(dir=self.folder))
        path = self.dir / "k.sqlite"
        shutil.copyfile(self.base.path, path)
        self.db = open_books(path)
        self.a = self.base.actors
        self.today = START
        self.pending: list[int] = []  # approved applications waiting for the hand-over
        self.closed = False  # the year 2024

    def teardown(self):
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # ------------------------------------------------------------ helpers

    def on(self, back: int) -> dt.date:
        return self.today - dt.timedelta(days=back)

    def attempt(self, what: str, fn, **kw):
        """Call a write; a UserError is an accepted refusal that must have written nothing."""
        before = snapshot(self.db)
        try:
            out = fn(self.db, **kw)
        except UserError as err:
            after = snapshot(self.db)
            assert after == before, f"{what} was refused ({err.message}) but wrote: {before} → {after}"
            event(f"{what}: refused ({err.code or 'other'})")
            return None
        event(f"{what}: done")
        return out

    def _pick(self, rows: list, pick: int):
        return rows[pick % len(rows)] if rows else None

    def _check_group_limit(self, application_id: int, on_date: dt.date) -> None:
        """Right after an approval or hand-over of a Paket Usaha: the group's open credits of
        the product on that date (this one included) are within the group limit."""
        with self.db.read() as s:
            app = s.get(CreditApplication, application_id)
            if app.product_id != self.base.products["PAKET"]:
                return
            others = credits.open_group_total(s, app, on_date)
            own = s.scalar(select(func.sum(Credit.principal)).where(Credit.application_id == app.id))
        assert others + own <= PAKET_LIMIT, (app.number, others, own)

    # ------------------------------------------------------------ time

    @rule()
    def next_day(self):
        self.today += dt.timedelta(days=1)

    @rule(days=st.integers(2, 8))
    def some_days_later(self, days):
        self.today += dt.timedelta(days=days)

    # ------------------------------------------------------------ savings

    @rule(pick=st.integers(0, 10_000), kind=st.sampled_from(["pokok", "wajib", "sukarela"]),
          amount=st.one_of(st.just(50_000), st.integers(1_000, 3_000_000)), back=BACK)
    def deposit(self, pick, kind, amount, back):
        member = self._pick(self.base.newcomers * 8 + self.base.members if kind == "pokok" else self.base.members,
                            pick)
        self.attempt(f"setoran {kind}", savings.record_deposit, actor=self.a["petugas"], member_id=member,
                     kind=kind, amount=amount, on_date=self.on(back))

    @rule(pick=st.integers(0, 10_000), amount=st.one_of(st.integers(1_000, 300_000), st.integers(300_000, 4_000_000)),
          back=BACK)
    def withdraw(self, pick, amount, back):
        member = self._pick(self.base.savers * 10 + self.base.members, pick)
        self.attempt("penarikan sukarela", savings.record_withdrawal, actor=self.a["petugas"], member_id=member,
                     amount=amount, on_date=self.on(back))

    @rule(pick=st.integers(0, 10_000), back=BACK)
    def reverse_deposit(self, pick, back):
        with self.db.read() as s:
            done = select(SavingsTransaction.reversal_of_id).where(SavingsTransaction.reversal_of_id.is_not(None))
            rows = list(s.execute(select(SavingsTransaction.id, SavingsTransaction.on_date)
                                  .where(SavingsTransaction.tx_type == "setoran",
                                         SavingsTransaction.id > self.base.last_base_tx,
                                         SavingsTransaction.id.not_in(done))
                                  .order_by(SavingsTransaction.id)))
        tx = self._pick(rows, pick)
        if tx is None:
            return
        self.attempt("pembalikan setoran", savings.reverse_savings_transaction, actor=self.a["bendahara"],
                     tx_id=tx.id, reason="Salah catat", on_date=max(tx.on_date, self.on(back)))

    # ------------------------------------------------------------ money in and out of the office

    @rule(packages=st.integers(1, 12), odd=st.integers(0, 24_999), back=BACK)
    def buy_packages(self, packages, odd, back):
        value = packages * 25_000 + (odd if odd % 5 == 0 else 0)
        self.attempt("beli paket", journal.post_manual_entry, actor=self.a["bendahara"], on_date=self.on(back),
                     description="Pembelian paket usaha",
                     lines=[Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=value), Line(Acc.KAS, credit=value)])

    @rule(amount=st.integers(100_000, 1_500_000), back=BACK, now=st.integers(0, 3))
    def grant(self, amount, back, now):
        """A grant now and then (one draw in four): a fund kept short lends its repaid money
        again, so that reversing a repayment to it meets the fund's later days."""
        if now:
            return
        self.attempt("hibah dana bergulir", lender_pool.receive_capital, actor=self.a["bendahara"], fund="revolving",
                     giver="KOTAKU", on_date=self.on(back), amount=amount)

    @rule(amount=st.one_of(st.integers(1_000, 300_000), st.integers(1_000_000, 25_000_000)), back=BACK)
    def expense(self, amount, back):
        self.attempt("beban", journal.post_manual_entry, actor=self.a["bendahara"], on_date=self.on(back),
                     description="Honor dan sewa",
                     lines=[Line(Acc.BEBAN_LAIN, debit=amount), Line(Acc.KAS, credit=amount)])

    @rule(to_bank=st.booleans(), amount=st.integers(10_000, 8_000_000), back=BACK)
    def bank(self, to_bank, amount, back):
        src, dst = (Acc.KAS, Acc.BANK) if to_bank else (Acc.BANK, Acc.KAS)
        self.attempt("setor/tarik bank", journal.post_manual_entry, actor=self.a["bendahara"], on_date=self.on(back),
                     description="Setor ke bank" if to_bank else "Tarik dari bank",
                     lines=[Line(dst, debit=amount), Line(src, credit=amount)])

    # ------------------------------------------------------------ credits

    @rule(pick=st.integers(0, 10_000))
    def register_lender(self, pick):
        member = self._pick(self.base.savers * 2 + self.base.newcomers, pick)
        self.attempt("daftar lender", lender_pool.register_lender, actor=self.a["petugas"], member_id=member,
                     on_date=self.today)

    @rule(paket=st.booleans(), group=st.integers(0, 2),
          amounts=st.lists(st.sampled_from([100_000, 150_000, 250_000, 487_300, 500_000]), min_size=5, max_size=5),
          too_much=st.integers(0, 9),
          instalments=st.integers(3, 12), revolving=st.booleans(), hand_over=st.sampled_from([None, None, 0, 1, 3]),
          lenders=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 4), st.integers(1, 1_000)),
                           max_size=3),
          back=BACK)
    def apply_for_credit(self, paket, group, amounts, too_much, instalments, revolving, hand_over, lenders, back):
        """Prepare (clerk) → approve (treasurer) → lenders commit → the gap funded by own
        funds or the revolving fund → handed over (now, back-dated ``hand_over`` days, or
        later by :meth:`disburse`); a refused approval cancels the application. A first
        Pinjaman Bergulir above Rp500.000 is refused now and then."""
        groups = self.base.paket_groups if paket else self.base.bergulir_groups
        gid, ids = groups[group % len(groups)]
        if too_much == 0:
            amounts = [650_000, *amounts[1:]]
        code = "PAKET" if paket else "BERGULIR"
        lines = [ApplicationLine(m, 25_000 if paket else a, "Modal usaha") for m, a in zip(ids, amounts, strict=True)]
        out = self.attempt(f"pengajuan {code}", credits.prepare_application, actor=self.a["petugas"], group_id=gid,
                           product_id=self.base.products[code], lines=lines,
                           instalments=None if paket else instalments, on_date=self.on(back))
        if out is None:
            return
        app = out.value
        if self.attempt(f"persetujuan {code}", credits.approve_application, actor=self.a["bendahara"],
                        application_id=app.id, on_date=self.on(back)) is None:
            self.attempt("pembatalan", credits.cancel_application, actor=self.a["petugas"], application_id=app.id,
                         reason="Tidak disetujui")
            return
        self._check_group_limit(app.id, self.on(back))
        committed = False
        for who, k, permille in lenders:
            credit = app.credits[k]
            amount = max(1, credit.principal * permille // 1_000)
            committed |= self.attempt("komitmen lender", lender_pool.commit_funds, actor=self.a["bendahara"],
                                      lender_member_id=self._pick(self.base.savers * 3 + self.base.newcomers, who),
                                      credit_id=credit.id, amount=amount) is not None
        if committed:
            self.attempt("izin ketua", credits.allow_gap_funding, actor=self.a["ketua"], application_id=app.id)
        self.attempt("dana sisa", credits.fund_remaining, actor=self.a["bendahara"], application_id=app.id,
                     source="revolving" if revolving and not paket else "own")
        self.pending.append(app.id)
        if hand_over is not None:
            self._disburse(app.id, self.on(min(hand_over, back)))

    @rule(group=st.integers(0, 1), instalments=st.integers(3, 12), back=BACK)
    def lend_all_the_fund_has(self, group, instalments, back):
        """A KSM borrows all the revolving fund has left (its repaid money lent again), handed
        over at once: reversing a repayment to the fund made before it must now be refused."""
        gid, ids = self.base.bergulir_groups[group]
        with self.db.read() as s:
            each = lender_pool.revolving_fund_available(s, events.RevolvingFundAvailable(self.on(back))) // 5
        if not 100_000 <= each <= 500_000:
            return
        out = self.attempt("pengajuan dana bergulir penuh", credits.prepare_application, actor=self.a["petugas"],
                           group_id=gid, product_id=self.base.products["BERGULIR"], instalments=instalments,
                           lines=[ApplicationLine(m, each, "Modal usaha") for m in ids], on_date=self.on(back))
        if out is None:
            return
        app_id = out.value.id
        if self.attempt("persetujuan", credits.approve_application, actor=self.a["bendahara"],
                        application_id=app_id, on_date=self.on(back)) is None:
            self.attempt("pembatalan", credits.cancel_application, actor=self.a["petugas"], application_id=app_id,
                         reason="Tidak disetujui")
            return
        self.attempt("dana sisa", credits.fund_remaining, actor=self.a["bendahara"], application_id=app_id,
                     source="revolving")
        self.pending.append(app_id)
        self._disburse(app_id, self.on(back))

    @precondition(lambda self: self.pending)
    @rule(pick=st.integers(0, 10_000), back=BACK)
    def disburse(self, pick, back):
        self._disburse(self._pick(self.pending, pick), self.on(back))

    def _disburse(self, app_id: int, on: dt.date) -> None:
        """Hand over on ``on`` (back-dated, a revolving-fund loan may fall before the fund's
        later loans: the fund is checked on every later day)."""
        if self.attempt("pencairan", credits.disburse_application, actor=self.a["bendahara"],
                        application_id=app_id, on_date=on) is not None:
            self.pending.remove(app_id)
            self._check_group_limit(app_id, on)

    @precondition(lambda self: self.pending)
    @rule(pick=st.integers(0, 10_000))
    def cancel(self, pick):
        app_id = self._pick(self.pending, pick)
        if self.attempt("pembatalan", credits.cancel_application, actor=self.a["petugas"], application_id=app_id,
                        reason="Kelompok mundur") is not None:
            self.pending.remove(app_id)

    # ------------------------------------------------------------ repayments

    @rule(pick=st.integers(0, 10_000), how=st.sampled_from(["part", "part", "all", "tiny", "over"]),
          permille=st.integers(1, 1_000), back=BACK)
    def repay(self, pick, how, permille, back):
        with self.db.read() as s:
            ids = list(s.scalars(select(Credit.id).where(Credit.status == "active").order_by(Credit.id)))
            cid = self._pick(ids, pick)
            if cid is None:
                return
            owed = repayments.state_in_session(s, cid).outstanding
            disbursed_on = s.get(Credit, cid).disbursed_on
        amount = {"part": max(1, owed * permille // 1_000), "all": owed, "tiny": min(owed, permille % 60 + 1),
                  "over": owed + permille}[how]
        self.attempt("angsuran", repayments.record_repayment, actor=self.a["petugas"], credit_id=cid,
                     amount=amount, on_date=max(disbursed_on, self.on(back)))

    @rule(pick=st.integers(0, 10_000), back=BACK)
    def reverse_repayment(self, pick, back):
        """The treasurer reverses any payment still standing — a credit's latest or an older
        one — on its date or later (refused when the revolving fund has lent the money again)."""
        with self.db.read() as s:
            done = select(Repayment.reversal_of_id).where(Repayment.reversal_of_id.is_not(None))
            rows = list(s.execute(select(Repayment.id, Repayment.on_date)
                                  .where(Repayment.reversal_of_id.is_(None), Repayment.id.not_in(done))
                                  .order_by(Repayment.id)))
        r = self._pick(rows, pick)
        if r is None:
            return
        self.attempt("pembalikan angsuran", repayments.reverse_repayment, actor=self.a["bendahara"],
                     repayment_id=r.id, reason="Salah catat", on_date=max(r.on_date, self.on(back)))

    # ------------------------------------------------------------ the year end and the SHU

    @precondition(lambda self: self.today.year > YEAR and not self.closed)
    @rule()
    def close_year(self):
        self.closed = self.attempt("tutup buku", year_end.close_year, actor=self.a["ketua"], year=YEAR) is not None

    @precondition(lambda self: self.today.year > YEAR)
    @rule(method=st.sampled_from(["sukarela", "tunai"]), upto=st.sampled_from(["draft", "approved", "paid"]),
          close_first=st.booleans(), redraft=st.booleans(), back=BACK)
    def shu(self, method, upto, close_first, redraft, back):
        """The year's SHU, from where it stands up to ``upto``: the draft (made again now and
        then), the RAT's approval (refused while the year is open or when the draft no longer
        matches the books), the payment into sukarela or in cash. Stops at a refusal."""
        if close_first and not self.closed:
            self.close_year()
        d = shu.get_shu(self.db, YEAR)
        status = d.status if d else None
        if status is None or status == "draft" and redraft:
            if self.attempt("draf SHU", shu.create_shu_draft, actor=self.a["bendahara"], year=YEAR) is None:
                return
            status = "draft"
        if upto == "draft":
            return
        if status == "draft":
            if self.attempt("RAT SHU", shu.approve_shu, actor=self.a["ketua"], year=YEAR,
                            rat_date=max(dt.date(YEAR + 1, 1, 1), self.on(back))) is None:
                return
            status = "approved"
        if upto == "paid":
            self.attempt(f"bayar SHU {method}", shu.pay_shu, actor=self.a["bendahara"], year=YEAR,
                         on_date=self.today, method=method)

    # ------------------------------------------------------------ invariants

    @invariant()
    def books_agree(self):
        with self.db.read() as s:
            conn = s.connection()
            # the ledger: every entry balanced with two lines or more, debits = credits
            # (ledger.ledger_problems), and the trial balance (every posting is dated before
            # today) balanced; the accounts' balances on their normal side (account_balances)
            unbalanced = list(conn.execute(_UNBALANCED))
            assert unbalanced == [], unbalanced
            kinds = dict(conn.execute(_ACCOUNTS).all())
            net: dict[str, int] = dict.fromkeys(kinds, 0)
            by_date: dict[str, list] = defaultdict(list)  # code -> [(date, debit − credit, year close?)]
            total_debit = total_credit = 0
            for code, day, year_close, debit, credit in conn.execute(_LINES):
                net[code] += int(debit) - int(credit)
                by_date[code].append((day, int(debit) - int(credit), bool(year_close)))
                total_debit, total_credit = total_debit + int(debit), total_credit + int(credit)
            assert total_debit == total_credit, ("debit", total_debit, "credit", total_credit)
            tb = [(max(n, 0), max(-n, 0)) for n in net.values()]
            assert sum(d for d, _ in tb) == sum(c for _, c in tb), "the trial balance"
            balances = {code: signed_balance(kinds[code], max(n, 0), max(-n, 0)) for code, n in net.items()}

            def changes(codes, *, sign: int = 1, skip_year_close: bool = False) -> dict[str, list]:
                """{code: [(date, net debit change × sign)]} of the accounts."""
                return {code: [(day, sign * amount) for day, amount, yc in by_date[code]
                               if not (skip_year_close and yc)] for code in codes if by_date.get(code)}

            # Kas, Bank and the stock never below zero on any date
            for code, moves in changes(PHYSICAL).items():
                lowest, when = lowest_running(moves)
                assert lowest >= 0, f"{PHYSICAL[code][0]} {lowest} on {when}"
            # the revolving fund: grants + its service income − its losses − principal out, every date
            fund = changes((Acc.MODAL_DANA_BERGULIR, Acc.PENDAPATAN_JASA_DANA_BERGULIR, Acc.PIUTANG_DANA_BERGULIR),
                           sign=-1, skip_year_close=True)
            losses = [(day, -int(amount)) for day, amount in conn.execute(_LOSSES)]
            lowest, when = lowest_running([c for moves in fund.values() for c in moves] + losses)
            assert lowest >= 0, f"the revolving fund lent {-lowest} more than it had on {when}"

            # savings: the rows of each kind are the Simpanan account; no member's sukarela below zero
            by_kind: dict[str, int] = defaultdict(int)
            per_member = defaultdict(list)
            for kind, mid, day, amount in conn.execute(_SAVINGS):
                by_kind[kind] += int(amount)
                if kind == "sukarela":
                    per_member[mid].append((day, int(amount)))
            for kind, code in savings.ACCOUNTS.items():
                assert by_kind.get(kind, 0) == balances[code], (kind, by_kind.get(kind), balances[code])
            for mid, moves in per_member.items():
                lowest, when = lowest_running(moves)
                assert lowest >= 0, f"member #{mid} sukarela {lowest} on {when}"

            # credits: principal outstanding = disbursed − principal of the repayment rows, and
            # the receivables are the principal outstanding (the revolving fund's part exactly)
            parts = {cid: (int(p or 0), int(sv or 0)) for cid, p, sv in conn.execute(_REPAYMENT_PARTS)}
            fundings: dict[int, dict[str, dict[int | None, int]]] = defaultdict(lambda: defaultdict(dict))
            for cid, source, lender, amount in conn.execute(_FUNDINGS):
                fundings[cid][source][lender] = int(amount)
            running = list(conn.execute(_CREDITS))
            total, revolving_out = 0, 0
            states = replayed_states(conn)
            for c in running:
                state = states[c.id]
                out = state.principal_outstanding
                by_rows = c.principal - parts.get(c.id, (0, 0))[0]
                assert out == by_rows, f"{c.number}: schedule says {out} owed, the repayment rows {by_rows}"
                assert (state.outstanding == 0) == (c.status == "lunas"), (c.number, c.status, state.outstanding)
                total += out
                part = sum(fundings[c.id]["revolving"].values()) if c.id in fundings else 0
                revolving_out += part - (c.principal - out) * part // c.principal
            self._books_follow_the_replayed_schedule(s, conn, running, states, parts, fundings, changes, balances)
        receivable = balances[Acc.PIUTANG_PINJAMAN] + balances[Acc.PIUTANG_DANA_BERGULIR]
        assert receivable == total, f"receivables {receivable} ≠ principal outstanding {total}"
        assert balances[Acc.PIUTANG_DANA_BERGULIR] == revolving_out, (balances[Acc.PIUTANG_DANA_BERGULIR], revolving_out)

    def _books_follow_the_replayed_schedule(self, s, conn, running: list, states: dict, parts: dict,
                                            fundings: dict, changes, balances: dict[str, int]) -> None:
        """The service, the standings and the lenders' flow-back follow each credit's schedule
        replayed from the payments that stand, whatever was reversed in between."""
        pct = 70  # lender.service_share_pct: the machine never changes it
        rows = list(conn.execute(_CREDIT_SAVINGS))
        tx_type = {r.id: r.tx_type for r in rows}
        received: dict[tuple[int, int, str], int] = defaultdict(int)
        for _id, cid, mid, kind, orig, amount in rows:
            received[(cid, mid, tx_type[orig] if orig else kind)] += amount
        standings = {st.credit_id: st for st in repayments.standings_in_session(s, self.today)}
        service_total = revolving_service = lenders_out = lenders_earned = 0
        for c in running:
            state = states[c.id]
            principal = c.principal - state.principal_outstanding
            service = sum(r.service_due for r in state.rows) - state.service_outstanding
            assert parts.get(c.id, (0, 0))[1] == service, (c.number, parts.get(c.id), service)
            service_total += service
            funded = fundings[c.id] if c.id in fundings else {}
            revolving_service += service * funded.get("revolving", {}).get(None, 0) // c.principal
            if state.outstanding and c.disbursed_on <= self.today:
                st = standings[c.id]
                assert (st.principal_outstanding, st.service_outstanding) == (
                    state.principal_outstanding, state.service_outstanding), c.number
            for lender, part in funded.get("lender", {}).items():
                back = received[(c.id, lender, "pengembalian_dana")]
                earned = received[(c.id, lender, "bagi_hasil")]
                assert back == principal * part // c.principal, (c.number, lender, back, principal, part)
                assert earned == service * part * pct // (c.principal * 100), (c.number, lender, earned)
                lenders_out += part - back
                lenders_earned += earned
        income = changes((Acc.PENDAPATAN_JASA_PINJAMAN, Acc.PENDAPATAN_JASA_DANA_BERGULIR, Acc.BEBAN_JASA_LENDER),
                         sign=-1, skip_year_close=True)
        total = {code: sum(a for _, a in moves) for code, moves in income.items()}
        assert total.get(Acc.PENDAPATAN_JASA_DANA_BERGULIR, 0) == revolving_service
        assert (total.get(Acc.PENDAPATAN_JASA_PINJAMAN, 0) + total.get(Acc.PENDAPATAN_JASA_DANA_BERGULIR, 0)
                == service_total)
        assert -total.get(Acc.BEBAN_JASA_LENDER, 0) == lenders_earned
        assert balances[Acc.DANA_LENDER_TERSALUR] == lenders_out


#: 12 runs of 30 steps in every test run, 100 nightly (tests/helpers_hypothesis.py)
SETTINGS = settings(max_examples=examples(ci=12, nightly=100), stateful_step_count=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.filter_too_much])


@pytest.mark.slow
def test_money_books_stay_whole_under_random_use(base_file, tmp_path_factory):
    machine = type("MoneyRun", (MoneyMachine,), {"base": base_file,
                                                  "folder": tmp_path_factory.mktemp("money-machine")})
    run_state_machine_as_test(machine, settings=SETTINGS)


# ---------------------------------------------------------------- what the machine found

def test_reversing_an_older_payment_keeps_the_receivable_on_the_schedule(db, actors):
    """Two instalments of a Paket Usaha credit paid, the first reversed (a clerk's mistake):
    the payment that stands was posted as instalment 2 (principal 4.167), but the schedule,
    replayed from the payments, now counts it as instalment 1 (principal 4.166). The reversal
    takes back principal 4.167 and service 33 (a Rp1 re-allocation beside the mirror of
    4.166/34), and paid on to the end the credit is lunas with Piutang at Rp0 for it and
    the whole Rp200 of service in income (it used to keep −Rp1 and Rp199)."""
    gid, borrowers = make_group(db, actors, "Sauyunan")
    stock_packages(db, on=dt.date(2024, 11, 1), value=125_000)
    cid, *others = _lend(db, actors, gid, borrowers, "PAKET", amount=25_000, source="own", on=dt.date(2024, 11, 1))
    schedule = credits.schedule_of(db, cid)  # 6 × Rp4.200
    assert [line.principal for line in schedule[:2]] == [4_166, 4_167]
    first, second = (repayments.record_repayment(db, actor=actors["petugas"], credit_id=cid, amount=line.amount,
                                                 on_date=line.due_date).value for line in schedule[:2])
    repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=first.repayment_id,
                                 reason="Salah catat", on_date=schedule[1].due_date)
    with db.read() as s:
        owed = repayments.state_in_session(s, cid).principal_outstanding
    assert owed == 25_000 - 4_166  # the schedule: instalment 1 paid
    rows = repayments.payments_of(db, cid)
    assert [(r.amount, r.principal_part, r.service_part) for r in rows] == [
        (4_200, 4_166, 34), (4_200, 4_167, 33), (-4_200, -4_167, -33)]
    assert 25_000 - sum(r.principal_part for r in rows) == owed  # was 20.833 by the rows
    assert ledger.balance_of(db, Acc.PIUTANG_PINJAMAN) == owed + 25_000 * len(others)  # and by the ledger
    standing = next(st for st in repayments.loan_standings(db, as_of=schedule[1].due_date) if st.credit_id == cid)
    assert standing.principal_outstanding == owed
    income_before = ledger.balance_of(db, Acc.PENDAPATAN_JASA_PINJAMAN)
    rest = repayments.credit_statement(db, cid).outstanding
    repayments.record_repayment(db, actor=actors["petugas"], credit_id=cid, amount=rest, on_date=schedule[1].due_date)
    assert repayments.credit_statement(db, cid).status == "lunas"
    assert ledger.balance_of(db, Acc.PIUTANG_PINJAMAN) == 25_000 * len(others)
    assert ledger.balance_of(db, Acc.PENDAPATAN_JASA_PINJAMAN) - income_before == 200 - 34
    assert sum(r.service_part for r in repayments.payments_of(db, cid)) == 200


def test_a_back_dated_loan_cannot_take_the_revolving_fund_below_zero_later(db, actors):
    mawar, melati = make_group(db, actors, "KSM Mawar"), make_group(db, actors, "KSM Melati")
    lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                on_date=dt.date(2024, 3, 1), amount=1_000_000)
    _lend(db, actors, *mawar, "BERGULIR", amount=120_000, source="revolving", on=dt.date(2024, 3, 9),
          instalments=10)  # Rp600.000 handed over on 10 March: Rp400.000 left
    # Melati's loan, entered afterwards from the paper records, dated 5 March: Rp500.000
    with pytest.raises(UserError) as err:
        _lend(db, actors, *melati, "BERGULIR", amount=100_000, source="revolving", on=dt.date(2024, 3, 4),
              instalments=10)
    assert err.value.code == "revolving_short"  # what happens: lent, and from 10 March on
    # the fund has lent Rp1.100.000 of its Rp1.000.000 (available −Rp100.000)
