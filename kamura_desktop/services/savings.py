"""Simpanan: pokok (once), wajib (monthly, arrears from the rate table), sukarela (deposit and
withdraw). Every deposit and withdrawal posts a balanced ledger entry and gets a receipt
(kwitansi) with a running number; a wrong entry is reversed by the treasurer with a reason.
Balances are always sums of transaction rows.

Sukarela that a lender has committed to a credit is held: it stays in the balance but is
not available for withdrawal; the savings book asks the later books how much
(``events.SukarelaHeld``, answered by the lender pool).

This module is the one owner of ``savings_transactions``: other books write savings rows
through :func:`post_for_entry_in_session` (lender flow-back, SHU paid to sukarela, a leaving
member's refund) and :func:`reverse_for_entry_in_session`.

Postings (Dr / Cr): deposit — Kas / Simpanan {Pokok, Wajib, Sukarela}; withdrawal — Simpanan
Sukarela / Kas; opening balance — Ekuitas Saldo Awal / Simpanan; reversal — the mirror.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import JournalEntry, User
from kamura_desktop.db.models.membership import Member, SavingsTransaction, WajibRate
from kamura_desktop.db.models.receipts import PayoutReceipt
from kamura_desktop.db.portable import advance_serial
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.text import clean_text
from kamura_desktop.domain.wajib import WajibStatus, wajib_schedule, wajib_status
from kamura_desktop.dto.savings import (  # re-exported: the savings DTOs live in dto/
    KIND_LABELS,
    KINDS,
    TX_LABELS,
    Receipt,
    SavingsBalances,
    SavingsTxDTO,
    Statement,
    StatementLine,
)

from . import audit, events, ledger
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .numbering import next_number, reserve_numbers
from .permissions import PERMISSIONS, require

ALL_ROLES = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "savings.view": (ALL_ROLES, "melihat simpanan"),
    "savings.deposit": (frozenset({"petugas", "bendahara"}), "mencatat setoran simpanan"),
    "savings.withdraw": (frozenset({"petugas", "bendahara"}), "mencatat penarikan simpanan"),
    "savings.reverse": (frozenset({"bendahara"}), "membalik transaksi simpanan"),
    "savings.rates": (frozenset({"ketua"}), "mengubah besar simpanan wajib"),
    "savings.opening": (frozenset({"bendahara", "ketua", "admin"}), "mengimpor saldo awal simpanan"),
})
settings_service.DEFAULTS.update({"savings.pokok_amount": 50_000})

ACCOUNTS = {"pokok": Acc.SIMPANAN_POKOK, "wajib": Acc.SIMPANAN_WAJIB, "sukarela": Acc.SIMPANAN_SUKARELA}
DEFAULT_WAJIB = (dt.date(2000, 1, 1), 10_000)


def ensure_wajib_rates(session: Session) -> None:
    if session.scalar(select(WajibRate.id).limit(1)) is None:
        session.add(WajibRate(effective_from=DEFAULT_WAJIB[0], amount=DEFAULT_WAJIB[1]))
        session.info.pop(_RATES, None)




# ------------------------------------------------------------------ rates

_RATES = "savings.rates"  # session.info: (transaction, the wajib rates it read)
_RATE_TABLE = select(WajibRate.effective_from, WajibRate.amount).order_by(WajibRate.effective_from)


def rate_table(session: Session) -> list[tuple[dt.date, int]]:
    """The wajib rates, oldest first; read once per transaction (a group's application
    judges five members' arrears with them; only :func:`set_wajib_rate` and the seeder add
    a rate, and they forget what was read)."""
    tx = session.get_transaction()
    known = session.info.get(_RATES)
    if known is not None and tx is not None and known[0] is tx:
        return list(known[1])
    rates = [(effective_from, amount) for effective_from, amount in session.execute(_RATE_TABLE)]
    tx = session.get_transaction()  # the read began one if none was open
    if tx is not None:
        session.info[_RATES] = (tx, rates)
    return list(rates)


def wajib_rates(db: Database) -> list[tuple[dt.date, int]]:
    with db.read() as s:
        return rate_table(s)


def set_wajib_rate(db: Database, *, actor: Actor, effective_from: dt.date, amount: int) -> Outcome[None]:
    """A new monthly wajib amount from ``effective_from``'s month on (earlier months keep theirs)."""
    require(actor, "savings.rates")
    check_amount(amount, label="Besar simpanan wajib", allow_zero=True)
    with db.write() as s:
        row = s.scalar(select(WajibRate).where(WajibRate.effective_from == effective_from))
        if row is not None:
            raise UserError(f"Sudah ada tarif wajib mulai {format_date_id(effective_from)}.",
                            field="effective_from")
        s.add(WajibRate(effective_from=effective_from, amount=amount))
        s.info.pop(_RATES, None)
        audit.record(s, actor, action="savings.rate", entity="wajib_rate",
                     summary=f"{format_rupiah(amount)}/bulan mulai {format_date_id(effective_from)}")
    return Outcome(None, Changes(savings=True, members=True))


# ------------------------------------------------------------------ balances

def _sums_query(by_member: bool, by_date: bool):
    q = (select(SavingsTransaction.member_id, SavingsTransaction.kind,
                func.sum(SavingsTransaction.amount))
         .group_by(SavingsTransaction.member_id, SavingsTransaction.kind))
    if by_member:
        q = q.where(SavingsTransaction.member_id.in_(bindparam("ids", expanding=True)))
    if by_date:
        q = q.where(SavingsTransaction.on_date <= bindparam("as_of"))
    return q


#: (for given members?, up to a date?) -> the statement, built once (every deposit, every
#: balance and every eligibility asks; no statement rebuilt per call)
_SUMS = {(m, d): _sums_query(m, d) for m in (False, True) for d in (False, True)}


def sums_by_member(session: Session, member_ids: Iterable[int] | None, *,
                   as_of: dt.date | None = None) -> dict[int, dict[str, int]]:
    """{member_id: {'pokok': .., 'wajib': .., 'sukarela': ..}} for the given members (or all)."""
    params: dict = {}
    if member_ids is not None:
        params["ids"] = list(member_ids)
        if not params["ids"]:
            return {}
    if as_of is not None:
        params["as_of"] = as_of
    q = _SUMS[(member_ids is not None, as_of is not None)]
    out: dict[int, dict[str, int]] = defaultdict(lambda: {k: 0 for k in KINDS})
    for member_id, kind, total in session.execute(q, params):
        out[member_id][kind] = int(total or 0)
    return out


def holds_by_member(session: Session, member_ids: list[int] | None) -> dict[int, int]:
    held: dict[int, int] = defaultdict(int)
    for answer in events.ask(session, events.SukarelaHeld(member_ids)):
        for member_id, amount in answer.items():
            held[member_id] += amount
    return held


class WajibCalculator:
    """Wajib due per join month, cached: 20,000 members share a few hundred join months."""

    def __init__(self, rates: list[tuple[dt.date, int]], as_of: dt.date):
        self.rates = rates
        self.as_of = as_of
        self._due: dict[tuple[int, int], int] = {}

    def due(self, joined_on: dt.date) -> int:
        key = (joined_on.year, joined_on.month)
        if key not in self._due:
            # one schedule from this month to as_of gives every later join month too
            total = 0
            for month in reversed(wajib_schedule(joined_on.replace(day=1), self.as_of, self.rates)):
                total += month.amount
                self._due[(month.year, month.month)] = total
            self._due.setdefault(key, 0)  # joined after as_of: nothing due yet
        return self._due[key]

    def arrears(self, joined_on: dt.date, paid: int) -> int:
        return max(0, self.due(joined_on) - paid)


def balances_in_session(session: Session, member_id: int, *, as_of: dt.date | None = None) -> SavingsBalances:
    return balances_of_members(session, [member_id], as_of=as_of)[member_id]


def members_by_id(session: Session, member_ids: list[int]) -> list[Member]:
    """The members of ``member_ids`` in that order (NotFound names the first missing)."""
    members = []
    for member_id in member_ids:
        m = session.get(Member, member_id)
        if m is None:
            raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
        members.append(m)
    return members


def balances_of_members(session: Session, member_ids: list[int], *,
                        as_of: dt.date | None = None) -> dict[int, SavingsBalances]:
    """:func:`balances_in_session` of several members at once: their sums and holds read in
    one statement each, not one per member (a group's credit application)."""
    members = members_by_id(session, member_ids)
    as_of = as_of or dt.date.today()
    sums = sums_by_member(session, member_ids, as_of=as_of)
    held = holds_by_member(session, member_ids)
    out = {}
    for m in members:
        mine = sums.get(m.id, {k: 0 for k in KINDS})
        if m.left_on is not None and m.left_on <= as_of:
            # a member who has left owes no more wajib: the refund settled the account
            status = WajibStatus(months_due=0, due=0, paid=0, arrears=0, paid_ahead=0,
                                 months_in_arrears=0, months_paid_ahead=0)
        else:
            status = wajib_status(m.joined_on, as_of, rate_table(session), max(0, mine["wajib"]))
        out[m.id] = SavingsBalances(
            member_id=m.id, as_of=as_of, pokok=mine["pokok"], wajib=mine["wajib"],
            sukarela=mine["sukarela"], sukarela_held=held.get(m.id, 0),
            pokok_required=int(settings_service.get_value(session, "savings.pokok_amount")),
            wajib_status=status,
        )
    return out


def balances(db: Database, member_id: int, *, as_of: dt.date | None = None) -> SavingsBalances:
    with db.read() as s:
        return balances_in_session(s, member_id, as_of=as_of)


# ------------------------------------------------------------------ writes

def _member_for_money(s: Session, member_id: int, on_date: dt.date) -> Member:
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    if m.status == "left":
        raise UserError(f"{m.name} ({m.number}) sudah keluar; tidak ada transaksi simpanan lagi.")
    if on_date > dt.date.today():
        raise UserError("Tanggal transaksi tidak boleh di masa depan.", field="on_date")
    if on_date < m.joined_on:
        raise UserError(f"Tanggal transaksi sebelum {m.name} masuk ({format_date_id(m.joined_on)}).",
                        field="on_date")
    return m


def _check_amount(amount: int) -> None:
    check_amount(amount)


_BALANCE_OF_KIND = (select(func.coalesce(func.sum(SavingsTransaction.amount), 0))
                    .where(SavingsTransaction.member_id == bindparam("member"),
                           SavingsTransaction.kind == bindparam("kind")))


def _receipt(s: Session, tx: SavingsTransaction, m: Member, entry: JournalEntry, actor: Actor) -> Receipt:
    balance = s.scalar(_BALANCE_OF_KIND, {"member": m.id, "kind": tx.kind})
    return Receipt(
        receipt_no=tx.receipt_no or "", tx_id=tx.id, member_id=m.id, member_number=m.number,
        member_name=m.name, kind=tx.kind, tx_type=tx.tx_type, amount=abs(tx.amount),
        on_date=tx.on_date, balance_after=int(balance), cashier=actor.full_name,
        journal_number=entry.number, note=tx.note,
    )


#: money received gets a kwitansi (KW-), money paid out a bukti kas keluar (BKK-): two series
RECEIPT_SERIES = {False: ("KW", "receipt"), True: ("BKK", "cash_out")}


def receipt_number(s: Session, on_date: dt.date, *, cash_out: bool) -> str:
    """The next number of the year in the series of money received or paid out."""
    prefix, sequence = RECEIPT_SERIES[cash_out]
    return f"{prefix}-{on_date.year}-{next_number(s, f'{sequence}:{on_date.year}'):06d}"


def add_payout_receipt_in_session(s: Session, actor: Actor, *, entry: JournalEntry, member_id: int,
                                  kind: str, amount: int, on_date: dt.date, purpose: str,
                                  source_id: str) -> str:
    """The bukti kas keluar (next BKK- number) of cash paid out to a member that has no savings
    row of its own — a leaving member's refund (``kind`` "member_leave"), SHU paid in cash
    ("shu") — inside the caller's transaction, beside the entry that paid it; its number."""
    receipt_no = receipt_number(s, on_date, cash_out=True)
    s.add(PayoutReceipt(receipt_no=receipt_no, kind=kind, on_date=on_date, member_id=member_id,
                        amount=amount, purpose=purpose[:500], source_id=source_id,
                        journal_entry_id=entry.id,
                        created_at=dt.datetime.now().replace(microsecond=0),
                        created_by_id=actor.user_id))
    s.flush()
    return receipt_no


def _insert_tx(s: Session, actor: Actor, m: Member, *, kind: str, tx_type: str, amount: int,
               on_date: dt.date, note: str | None, debit: str, credit: str, description: str,
               with_receipt: bool = True, reversal_of_id: int | None = None,
               entry_lines: list[ledger.Line] | None = None,
               flush: bool = True) -> tuple[SavingsTransaction, JournalEntry]:
    """Post the journal entry first, then insert the savings row complete (rows are immutable).
    ``flush=False``: the row goes to the database with the caller's next statement (a
    deposit's audit row and receipt: one flush for both, not two)."""
    lines = entry_lines or [ledger.Line(debit, debit=abs(amount)), ledger.Line(credit, credit=abs(amount))]
    receipt_no = (receipt_number(s, on_date, cash_out=amount < 0) if with_receipt else None)
    entry = ledger.post_entry(s, actor, on_date=on_date, description=description, lines=lines,
                              source_type="savings", source_id=receipt_no or f"{m.number}:{kind}")
    tx = SavingsTransaction(
        member_id=m.id, kind=kind, tx_type=tx_type, on_date=on_date, amount=amount,
        receipt_no=receipt_no, journal_entry_id=entry.id, note=(note or "").strip() or None,
        reversal_of_id=reversal_of_id, created_at=dt.datetime.now().replace(microsecond=0),
        created_by_id=actor.user_id,
    )
    s.add(tx)
    if flush:
        s.flush()
    return tx, entry


def record_deposit(db: Database, *, actor: Actor, member_id: int, kind: str, amount: int,
                   on_date: dt.date, note: str | None = None) -> Outcome[Receipt]:
    """A member brings savings to the counter: pokok (exactly what is still owed), wajib or
    sukarela. Paying the simpanan pokok in full makes a calon anggota an active member."""
    require(actor, "savings.deposit")
    note = clean_text(note, field="note", label="Catatan", kind="reason")
    if kind not in KINDS:
        raise UserError("Jenis simpanan harus pokok, wajib atau sukarela.", field="kind")
    _check_amount(amount)
    with db.write() as s:
        m = _member_for_money(s, member_id, on_date)
        activate = False
        if kind == "pokok":
            required = int(settings_service.get_value(s, "savings.pokok_amount"))
            paid = sums_by_member(s, [m.id]).get(m.id, {"pokok": 0})["pokok"]
            left = required - paid
            if left <= 0:
                raise UserError(f"Simpanan pokok {m.name} sudah lunas ({format_rupiah(paid)}).",
                                field="amount")
            if amount != left:
                raise UserError(f"Simpanan pokok dibayar sekali sebesar {format_rupiah(left)}.",
                                field="amount")
            activate = m.status == "applicant"
        tx, entry = _insert_tx(
            s, actor, m, kind=kind, tx_type="setoran", amount=amount, on_date=on_date, note=note,
            debit=Acc.KAS, credit=ACCOUNTS[kind],
            description=f"Setoran {KIND_LABELS[kind].lower()} {m.number} {m.name}", flush=False)
        changes = Changes(savings=True, members=True, ledger=True)
        if activate:  # the membership book makes the calon anggota an active member
            changes |= events.publish(s, events.PokokPaid(actor, m, on_date))
        audit.record(s, actor, action="savings.deposit", entity="savings", entity_id=tx.receipt_no,
                     summary=f"{m.number} {KIND_LABELS[kind]} {format_rupiah(amount)}")
        receipt = _receipt(s, tx, m, entry, actor)
    return Outcome(receipt, changes)


#: a member's sukarela movements per day after a day, built once (every withdrawal and every
#: lender's part taken at a disbursement asks)
_SUKARELA_LATER = (select(func.sum(SavingsTransaction.amount))
                   .where(SavingsTransaction.member_id == bindparam("member"),
                          SavingsTransaction.kind == "sukarela",
                          SavingsTransaction.on_date > bindparam("on_date"))
                   .group_by(SavingsTransaction.on_date).order_by(SavingsTransaction.on_date))


def _lowest_sukarela_from(s: Session, member_id: int, on_date: dt.date) -> int:
    """The lowest sukarela balance on ``on_date`` or any later date: the most that a movement
    dated ``on_date`` may take out without overdrawing the account at some later point."""
    balance = sums_by_member(s, [member_id], as_of=on_date).get(member_id, {"sukarela": 0})["sukarela"]
    lowest = balance
    for amount in s.scalars(_SUKARELA_LATER, {"member": member_id, "on_date": on_date}):
        balance += int(amount)
        lowest = min(lowest, balance)
    return lowest


def record_withdrawal(db: Database, *, actor: Actor, member_id: int, amount: int,
                      on_date: dt.date, note: str | None = None) -> Outcome[Receipt]:
    """Withdraw simpanan sukarela; never more than is available (held lender funds excluded)."""
    require(actor, "savings.withdraw")
    note = clean_text(note, field="note", label="Catatan", kind="reason")
    _check_amount(amount)
    with db.write() as s:
        m = _member_for_money(s, member_id, on_date)
        bal = balances_in_session(s, m.id)
        if amount > bal.sukarela_available:
            held = (f" ({format_rupiah(bal.sukarela_held)} sedang dikomitmenkan sebagai lender)"
                    if bal.sukarela_held else "")
            raise UserError(
                f"Penarikan {format_rupiah(amount)} melebihi saldo sukarela yang tersedia "
                f"{format_rupiah(bal.sukarela_available)}{held}.", field="amount", code="over_available")
        then = _lowest_sukarela_from(s, m.id, on_date)
        if amount > then:
            raise UserError(f"Sejak {format_date_id(on_date)} saldo sukarela paling rendah "
                            f"{format_rupiah(then)}; penarikan tidak dapat bertanggal lebih awal.",
                            field="on_date")
        tx, entry = _insert_tx(
            s, actor, m, kind="sukarela", tx_type="penarikan", amount=-amount, on_date=on_date,
            note=note, debit=Acc.SIMPANAN_SUKARELA, credit=Acc.KAS,
            description=f"Penarikan simpanan sukarela {m.number} {m.name}")
        audit.record(s, actor, action="savings.withdraw", entity="savings", entity_id=tx.receipt_no,
                     summary=f"{m.number} {format_rupiah(amount)}")
        receipt = _receipt(s, tx, m, entry, actor)
    return Outcome(receipt, Changes(savings=True, members=True, ledger=True))


def reverse_savings_transaction(db: Database, *, actor: Actor, tx_id: int, reason: str,
                                on_date: dt.date | None = None) -> Outcome[SavingsTxDTO]:
    """The treasurer reverses a wrong deposit or withdrawal: a new row with the opposite
    amount and a mirror journal entry, both pointing to the original."""
    require(actor, "savings.reverse")
    reason = clean_text(reason, field="reason", label="Alasan pembalikan", kind="reason",
                        required=True)
    on_date = on_date or dt.date.today()
    with db.write() as s:
        tx = s.get(SavingsTransaction, tx_id)
        if tx is None:
            raise NotFound(f"Transaksi simpanan #{tx_id} tidak ditemukan.")
        if tx.tx_type not in ("setoran", "penarikan", "saldo_awal"):
            raise UserError(f"Transaksi {TX_LABELS[tx.tx_type].lower()} tidak dapat dibalik di sini.")
        done = s.scalar(select(SavingsTransaction.id).where(SavingsTransaction.reversal_of_id == tx.id))
        if done:
            raise UserError(f"Transaksi {tx.receipt_no or tx.id} sudah dibalik.")
        m = s.get(Member, tx.member_id)
        if m.status == "left":
            raise UserError(f"{m.name} ({m.number}) sudah keluar dan simpanannya sudah "
                            "dikembalikan; transaksinya tidak dapat dibalik lagi.")
        if on_date < tx.on_date or on_date > dt.date.today():
            raise UserError(f"Tanggal pembalikan harus antara {format_date_id(tx.on_date)} "
                            "(tanggal transaksi asal) dan hari ini.", field="on_date")
        if tx.amount > 0 and tx.kind == "sukarela":
            bal = balances_in_session(s, m.id)
            available = min(bal.sukarela_available, _lowest_sukarela_from(s, m.id, on_date))
            if tx.amount > available:
                raise UserError(
                    f"Setoran ini tidak dapat dibalik: saldo sukarela yang tersedia tinggal "
                    f"{format_rupiah(available)}.", field="tx")
        rev_entry = ledger.reverse_in_session(s, actor, entry_id=tx.journal_entry_id, reason=reason,
                                              on_date=on_date)
        rev = SavingsTransaction(
            member_id=m.id, kind=tx.kind, tx_type="pembalikan", on_date=on_date, amount=-tx.amount,
            receipt_no=None, journal_entry_id=rev_entry.id, note=reason.strip(),
            reversal_of_id=tx.id, created_at=dt.datetime.now().replace(microsecond=0),
            created_by_id=actor.user_id,
        )
        s.add(rev)
        s.flush()
        audit.record(s, actor, action="savings.reverse", entity="savings",
                     entity_id=tx.receipt_no or str(tx.id),
                     summary=f"{m.number} {format_rupiah(tx.amount)} dibalik: {reason.strip()}")
        dto = _tx_dtos(s, [rev])[0]
    return Outcome(dto, Changes(savings=True, members=True, ledger=True))


def post_opening_balance_in_session(s: Session, actor: Actor, m: Member, *, kind: str,
                                    amount: int, on_date: dt.date) -> SavingsTransaction:
    """Balance brought in from the paper books (import): Dr Ekuitas Saldo Awal / Cr Simpanan."""
    check_amount(amount, label="Saldo awal")
    tx, _ = _insert_tx(s, actor, m, kind=kind, tx_type="saldo_awal", amount=amount, on_date=on_date,
                       note="Saldo awal dari pembukuan sebelumnya", debit=Acc.SALDO_AWAL,
                       credit=ACCOUNTS[kind], with_receipt=False,
                       description=f"Saldo awal {KIND_LABELS[kind].lower()} {m.number} {m.name}")
    return tx


#: savings movements whose journal entry another book posts, and the kind they move
FOR_ENTRY_TYPES = {
    "penyaluran": "sukarela",         # lender pool: committed sukarela leaves at disbursement
    "pengembalian_dana": "sukarela",  # lender pool: principal flows back
    "bagi_hasil": "sukarela",         # lender pool: the lender's share of the service
    "shu": "sukarela",                # SHU paid to sukarela
    "pengembalian": None,             # membership: a leaving member's refund (any kind)
}


def post_for_entry_in_session(s: Session, actor: Actor, *, entry: JournalEntry, member_id: int,
                              tx_type: str, amount: int, on_date: dt.date, kind: str = "sukarela",
                              credit_id: int | None = None, note: str | None = None,
                              created_at: dt.datetime | None = None) -> SavingsTransaction:
    """The savings row of a movement whose balanced journal ``entry`` another book posted in
    this transaction (it holds the Simpanan line). ``amount`` is signed: + into the account."""
    if tx_type not in FOR_ENTRY_TYPES or FOR_ENTRY_TYPES[tx_type] not in (None, kind) \
            or kind not in KINDS:
        raise ValueError(f"savings row {tx_type!r}/{kind!r} is not posted for another book")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount == 0:
        raise ValueError(f"savings amount must be a non-zero int, got {amount!r}")
    tx = SavingsTransaction(
        member_id=member_id, kind=kind, tx_type=tx_type, on_date=on_date, amount=amount,
        journal_entry_id=entry.id, credit_id=credit_id, note=note,
        created_at=created_at or dt.datetime.now().replace(microsecond=0),
        created_by_id=actor.user_id)
    s.add(tx)
    return tx


def reverse_for_entry_in_session(s: Session, actor: Actor, *, entry_id: int, reversal: JournalEntry,
                                 on_date: dt.date, credit_id: int | None = None,
                                 created_at: dt.datetime | None = None) -> list[SavingsTransaction]:
    """Mirror every savings row of the journal entry ``entry_id`` (which another book has just
    reversed with ``reversal``): a negative 'pembalikan' row pointing to each original."""
    out = []
    for tx in list(s.scalars(select(SavingsTransaction)
                             .where(SavingsTransaction.journal_entry_id == entry_id))):
        rev = SavingsTransaction(
            member_id=tx.member_id, kind=tx.kind, tx_type="pembalikan", on_date=on_date,
            amount=-tx.amount, journal_entry_id=reversal.id, reversal_of_id=tx.id,
            credit_id=credit_id, note=f"Pembalikan {tx.note or ''}".strip(),
            created_at=created_at or dt.datetime.now().replace(microsecond=0),
            created_by_id=actor.user_id)
        s.add(rev)
        out.append(rev)
    return out


@dataclass(frozen=True)
class HistoryMove:
    """One deposit (+) or withdrawal (−) of the savings history brought in in bulk."""

    member_id: int
    kind: str
    on_date: dt.date
    amount: int
    note: str | None
    at: dt.datetime  # when it happened (the receipt's time)


_INSERT_ROWS = insert(SavingsTransaction.__table__)


def post_history_in_session(s: Session, actor: Actor, moves: list[HistoryMove]) -> tuple[int, Changes]:
    """Post years of savings history at once, exactly as :func:`record_deposit` and
    :func:`record_withdrawal` would have posted it one by one (receipt, balanced entry,
    savings row, audit row; pokok paid in full makes a calon anggota active) — in bulk,
    thousands of movements in a second. ``moves`` in date order. The caller holds the write
    transaction. Returns the number of savings rows and what changed."""
    if not moves:
        return 0, Changes()
    members = {m.id: m for m in s.scalars(select(Member).where(
        Member.id.in_({mv.member_id for mv in moves})))}
    per_year: dict[tuple[int, bool], int] = {}
    for mv in moves:
        if mv.kind not in KINDS or not isinstance(mv.amount, int) or mv.amount == 0:
            raise ValueError(f"bad history movement {mv!r}")
        key = (mv.on_date.year, mv.amount < 0)
        per_year[key] = per_year.get(key, 0) + 1
    receipt_no = {(y, out): reserve_numbers(s, f"{RECEIPT_SERIES[out][1]}:{y}", n)
                  for (y, out), n in sorted(per_year.items())}
    entries, rows, changes = [], [], Changes(savings=True, members=True, ledger=True)
    for mv in moves:
        m = members[mv.member_id]
        key = (mv.on_date.year, mv.amount < 0)
        receipt = f"{RECEIPT_SERIES[key[1]][0]}-{key[0]}-{receipt_no[key]:06d}"
        receipt_no[key] += 1
        label = KIND_LABELS[mv.kind].lower()
        amount = abs(mv.amount)
        if mv.amount > 0:
            description = f"Setoran {label} {m.number} {m.name}"
            debit, credit, tx_type, action = Acc.KAS, ACCOUNTS[mv.kind], "setoran", "savings.deposit"
        else:
            description = f"Penarikan {label} {m.number} {m.name}"
            debit, credit, tx_type, action = ACCOUNTS[mv.kind], Acc.KAS, "penarikan", "savings.withdraw"
        entries.append(ledger.BulkEntry(mv.on_date, description,
                                        [ledger.Line(debit, debit=amount), ledger.Line(credit, credit=amount)],
                                        "savings", receipt, mv.at))
        rows.append(dict(member_id=m.id, kind=mv.kind, tx_type=tx_type, on_date=mv.on_date,
                         amount=mv.amount, receipt_no=receipt, reversal_of_id=None, note=mv.note,
                         created_at=mv.at, created_by_id=actor.user_id))
        audit.record(s, actor, action=action, entity="savings", entity_id=receipt, at=mv.at,
                     summary=f"{m.number} {KIND_LABELS[mv.kind]} {format_rupiah(amount)}")
        if mv.kind == "pokok" and m.status == "applicant":  # the membership book activates
            changes |= events.publish(s, events.PokokPaid(actor, m, mv.on_date, at=mv.at))
    for row, entry_id in zip(rows, ledger.post_entries_in_bulk(s, actor, entries), strict=True):
        row["journal_entry_id"] = entry_id
    first_id = (s.scalar(select(func.max(SavingsTransaction.id))) or 0) + 1
    for k, row in enumerate(rows):
        row["id"] = first_id + k
    s.connection().execute(_INSERT_ROWS, rows)  # plain Core: the ORM's bulk path costs per row
    advance_serial(s, SavingsTransaction)
    s.flush()
    return len(rows), changes


# ------------------------------------------------------------------ history

def _tx_dtos(s: Session, rows: list[SavingsTransaction]) -> list[SavingsTxDTO]:
    ids = [r.id for r in rows]
    reversed_by = dict(s.execute(
        select(SavingsTransaction.reversal_of_id, SavingsTransaction.id)
        .where(SavingsTransaction.reversal_of_id.in_(ids))).all()) if ids else {}
    entries = dict(s.execute(select(JournalEntry.id, JournalEntry.number)
                             .where(JournalEntry.id.in_({r.journal_entry_id for r in rows}))).all())
    names = dict(s.execute(select(User.id, User.full_name)).all())
    return [SavingsTxDTO(
        id=r.id, member_id=r.member_id, kind=r.kind, tx_type=r.tx_type, on_date=r.on_date,
        amount=r.amount, receipt_no=r.receipt_no, note=r.note, reversal_of_id=r.reversal_of_id,
        reversed_by_id=reversed_by.get(r.id), journal_number=entries.get(r.journal_entry_id),
        cashier=names.get(r.created_by_id, "Sistem"),
    ) for r in rows]


def transactions(db: Database, member_id: int, *, kind: str | None = None,
                 limit: int | None = None) -> list[SavingsTxDTO]:
    """Newest first."""
    with db.read() as s:
        q = (select(SavingsTransaction).where(SavingsTransaction.member_id == member_id)
             .order_by(SavingsTransaction.on_date.desc(), SavingsTransaction.id.desc()))
        if kind:
            q = q.where(SavingsTransaction.kind == kind)
        if limit:
            q = q.limit(limit)
        return _tx_dtos(s, list(s.scalars(q)))


def statement(db: Database, member_id: int, *, date_from: dt.date, date_to: dt.date) -> Statement:
    """Passbook/statement for a period: opening balance, every line with running balance."""
    if date_from > date_to:
        raise UserError("Tanggal awal sesudah tanggal akhir.", field="date_from")
    with db.read() as s:
        if s.get(Member, member_id) is None:
            raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
        before = sums_by_member(s, [member_id], as_of=date_from - dt.timedelta(days=1)).get(
            member_id, {k: 0 for k in KINDS})
        rows = list(s.scalars(
            select(SavingsTransaction)
            .where(SavingsTransaction.member_id == member_id,
                   SavingsTransaction.on_date >= date_from, SavingsTransaction.on_date <= date_to)
            .order_by(SavingsTransaction.on_date, SavingsTransaction.id)))
        dtos = _tx_dtos(s, rows)
    running = dict(before)
    lines: dict[str, list[StatementLine]] = {k: [] for k in KINDS}
    for tx in dtos:
        running[tx.kind] += tx.amount
        lines[tx.kind].append(StatementLine(tx, running[tx.kind]))
    return Statement(member_id, date_from, date_to, dict(before),
                     {k: tuple(v) for k, v in lines.items()}, running)
