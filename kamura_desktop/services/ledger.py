"""The double-entry ledger. Every money movement in Kamura posts through :func:`post_entry`.

Rules enforced here (and, for immutability, by database triggers):
- an entry has at least two lines; each line is a debit or a credit of a positive whole
  number of rupiah; debits equal credits; accounts exist and are active;
- the date is not in a closed period (``books.closed_through``);
- a posted entry is never updated or deleted: :func:`reverse_entry` posts a mirror entry
  that points to the original, and an entry can be reversed only once.
Balances are sums of lines, never stored counters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, case, func, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.portable import advance_serial
from kamura_desktop.domain.chart import DEFAULT_CHART, PHYSICAL, signed_balance
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah

from . import audit, books_bound, settings, tamper, text_guard
from .actor import Actor
from .changes import Changes, Outcome
from .numbering import next_number, reserve_numbers
from .permissions import require


@dataclass(frozen=True)
class Line:
    """One line of an entry to post: an account code and a debit or a credit."""

    account: str
    debit: int = 0
    credit: int = 0
    memo: str | None = None


@dataclass(frozen=True)
class EntryLineDTO:
    account_code: str
    account_name: str
    debit: int
    credit: int
    memo: str | None


@dataclass(frozen=True)
class EntryDTO:
    id: int
    number: str
    date: dt.date
    description: str
    source_type: str | None
    source_id: str | None
    reversal_of_id: int | None
    reversed_by_id: int | None
    lines: tuple[EntryLineDTO, ...]

    @property
    def total(self) -> int:
        return sum(line.debit for line in self.lines)


@dataclass(frozen=True)
class AccountBalance:
    code: str
    name: str
    kind: str
    debit: int  # sum of debit lines
    credit: int  # sum of credit lines

    @property
    def balance(self) -> int:
        """On the account's normal side (positive = normal)."""
        return signed_balance(self.kind, self.debit, self.credit)


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit: int  # net debit balance, or 0
    credit: int  # net credit balance, or 0


@dataclass(frozen=True)
class TrialBalance:
    as_of: dt.date
    rows: tuple[TrialBalanceRow, ...]
    total_debit: int
    total_credit: int

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit


# ---------------------------------------------------------------- chart of accounts

def ensure_chart(session: Session) -> int:
    """Seed the default chart of accounts where missing; returns how many were added."""
    existing = set(session.scalars(select(Account.code)))
    added = 0
    for acc in DEFAULT_CHART:
        if acc.code not in existing:
            session.add(Account(code=acc.code, name=acc.name, kind=acc.kind, active=True))
            added += 1
    session.flush()
    return added


_ACCOUNTS = "ledger.accounts"  # session.info: (transaction, {code: Account row})
_ACCOUNTS_OF = select(Account).where(Account.code.in_(bindparam("codes", expanding=True)))


def _accounts_by_code(session: Session, codes: Iterable[str]) -> dict[str, Account]:
    """The accounts of ``codes`` (those that exist). Each is read once per transaction: the
    rows stay in the session, so a change of the transaction itself (an account deactivated)
    is seen; a collection sheet's five entries read the chart once (issue 16)."""
    tx = session.get_transaction()
    known = session.info.get(_ACCOUNTS)
    if known is None or known[0] is not tx:
        known = session.info[_ACCOUNTS] = (tx, {})
    codes = set(codes)
    missing = codes - known[1].keys()
    if missing:
        # no flush first: what waits in the session (the counters a posting moved) does not
        # change an account (the chart's seeder flushes what it adds; a change of a loaded
        # account is its row in the session), and goes with the transaction's next flush
        with session.no_autoflush:
            known[1].update((a.code, a) for a in session.scalars(_ACCOUNTS_OF,
                                                                 {"codes": list(missing)}))
    return {code: known[1][code] for code in codes if code in known[1]}


# ---------------------------------------------------------------- posting

def closed_through(session: Session) -> dt.date | None:
    value = settings.get_value(session, "books.closed_through")
    return dt.date.fromisoformat(value) if value else None


def _validate(lines: list[Line]) -> None:
    if len(lines) < 2:
        raise UserError("Jurnal harus memiliki paling sedikit dua baris (debit dan kredit).",
                        field="lines")
    for i, line in enumerate(lines, start=1):
        for side in (line.debit, line.credit):
            if not isinstance(side, int) or isinstance(side, bool):
                raise UserError(f"Baris {i}: jumlah harus rupiah utuh (bilangan bulat).",
                                field="lines")
        if line.debit < 0 or line.credit < 0:
            raise UserError(f"Baris {i}: jumlah tidak boleh negatif.", field="lines")
        if (line.debit == 0) == (line.credit == 0):
            raise UserError(f"Baris {i}: isi debit atau kredit, salah satu saja.", field="lines")
    debit = sum(line.debit for line in lines)
    credit = sum(line.credit for line in lines)
    if debit != credit:
        raise UserError(
            f"Jurnal tidak seimbang: debit {format_rupiah(debit)}, kredit {format_rupiah(credit)} "
            f"(selisih {format_rupiah(abs(debit - credit))}). Tidak ada yang dibukukan.",
            field="lines",
            code="unbalanced",
        )


def post_entry(
    session: Session,
    actor: Actor,
    *,
    on_date: dt.date,
    description: str,
    lines: list[Line],
    source_type: str | None = None,
    source_id: object = None,
    reversal_of_id: int | None = None,
    flush: bool = True,
) -> JournalEntry:
    """Post a balanced entry inside the caller's transaction (used by every book).

    The caller has checked the actor's permission for its own use case. ``flush=False``: a
    caller posting many entries in one transaction (a collection sheet) lets the entry go to
    the database with its next flush, together with the others (on a server one statement
    per table instead of one per entry); what needs the rows in the database (the cash
    floor, the books bound's first look in a transaction) still flushes them first.
    """
    if not description or not description.strip():
        raise UserError("Keterangan jurnal wajib diisi.", field="description")
    _validate(lines)
    locked = closed_through(session)
    if locked is not None and on_date <= locked:
        raise UserError(
            f"Periode sampai {format_date_id(locked)} sudah ditutup; tidak ada yang boleh "
            f"dibukukan dengan tanggal {format_date_id(on_date)}. Bukukan koreksi pada periode "
            "yang masih terbuka dengan rujukan ke transaksi asal.",
            field="date",
            code="closed_period",
        )
    accounts = _accounts_by_code(session, (line.account for line in lines))
    for line in lines:
        acc = accounts.get(line.account)
        if acc is None:
            raise UserError(f"Akun {line.account} tidak ada dalam bagan akun.", field="lines")
        if not acc.active:
            raise UserError(f"Akun {acc.code} {acc.name} tidak aktif.", field="lines")
    seq = next_number(session, f"journal:{on_date.year}")
    # the entry's place in the hash chain, taken inside the write transaction
    entry_id, prev_hash = tamper.next_journal_link(session)
    fields = dict(
        id=entry_id,
        number=f"JU-{on_date.year}-{seq:06d}",
        date=on_date,
        description=description.strip(),
        source_type=source_type,
        source_id=None if source_id is None else str(source_id),
        reversal_of_id=reversal_of_id,
        created_at=dt.datetime.now().replace(microsecond=0),
        created_by_id=actor.user_id,
    )
    fields["row_hash"] = tamper.journal_hash(prev_hash, **fields, lines=[
        (line.account, line.debit, line.credit, line.memo) for line in lines])
    rows = [dict(entry_id=entry_id, account_id=accounts[line.account].id,
                 debit=line.debit, credit=line.credit, memo=line.memo)
            for line in lines]
    if flush or not books_bound.carried(session):
        entry, first_line_id = _insert_entry(session, fields, rows)
    else:  # waits in the session for the caller's next flush, with the other entries
        entry, first_line_id = JournalEntry(**fields), None
        session.add(entry)
        session.add_all(JournalLine(**row) for row in rows)
    tamper.journal_posted(session, entry_id, fields["row_hash"])
    _check_physical_floor(session, accounts, lines, on_date)
    with session.no_autoflush:  # it reads lines the ledger wrote itself (see _insert_entry)
        books_bound.check(session, first_new_line_id=first_line_id,
                          debits=sum(line.debit for line in lines))
    return entry


#: an entry's row, and its lines returning their ids: the statements the ORM's flush sent
#: for them (the same columns, values and types), built once
_INSERT_ENTRY = insert(JournalEntry.__table__)
_INSERT_LINES = insert(JournalLine.__table__).returning(JournalLine.__table__.c.id)
_INSERT_LINES_MANY = insert(JournalLine.__table__)  # history in bulk: no ids needed back


def _insert_entry(session: Session, fields: dict, rows: list[dict]) -> tuple[JournalEntry, int]:
    """Write an entry and its lines now (entries waiting in the session first, as a flush
    wrote them before this one; other rows waiting — the counters this posting moved — go
    with the transaction's next flush, one flush instead of one per posting); returns the
    entry as a persistent row of the session, as the ORM's flush left it, and the smallest
    id of its lines.

    Two Core INSERTs in place of the unit of work (about half a posting's CPU: issue 20),
    with the row bytes the flush wrote (tests/services/test_ledger.py compares the rows and
    hashes of both paths). The text guard, which checks rows at a flush, checks these two
    tables' text here."""
    for values in (fields, *rows):
        text_guard.check_values(values, JournalEntry if values is fields else JournalLine)
    if any(isinstance(row, (JournalEntry, JournalLine)) for row in session.new):
        session.flush()  # a sheet's earlier entries waiting in the session go first
    connection = session.connection()  # plain Core: no flush of the session first
    connection.execute(_INSERT_ENTRY, fields)
    first_line_id = min(connection.execute(_INSERT_LINES, rows).scalars())
    entry = JournalEntry(**fields)
    make_transient_to_detached(entry)  # as loaded: persistent, nothing to flush
    session.add(entry)
    return entry, first_line_id


def _check_physical_floor(session: Session, accounts: dict[str, Account], lines: list[Line],
                          on_date: dt.date) -> None:
    """Refuse an entry (already flushed, not committed) that takes cash, bank or stock below
    zero on its date or on any later date: a back-dated payment is checked against the lowest
    balance from its date on. The caller's transaction rolls back: nothing is written."""
    taken: dict[str, int] = {}
    for line in lines:
        if line.account in PHYSICAL:
            taken[line.account] = taken.get(line.account, 0) + line.credit - line.debit
    for code, out in taken.items():
        if out <= 0:
            continue  # money or goods coming in never need a check
        acc = accounts[code]
        lowest, lowest_on, before = _lowest_balance_from(session, acc.id, on_date)
        if lowest >= 0:
            continue
        what, hint = PHYSICAL[code]
        had = before + out  # the balance on that date before this entry
        later = (f" (saldo terendah sesudahnya pada {format_date_id(lowest_on)}: "
                 f"{format_rupiah(lowest + out)})" if lowest_on > on_date else "")
        raise UserError(
            f"{what[:1].upper()}{what[1:]} tidak cukup: saldo {what} pada "
            f"{format_date_id(on_date)} {format_rupiah(had)}{later}, yang akan dikeluarkan "
            f"{format_rupiah(out)} — kurang {format_rupiah(-lowest)}. Tidak ada yang dibukukan."
            + (f" {hint}" if hint else ""),
            field="amount", code="insufficient_" + ("stock" if hint else "cash"))


def _changes_from_query():
    day = case((JournalEntry.date > bindparam("on_date"), JournalEntry.date), else_=None)
    return (select(day, func.sum(JournalLine.debit - JournalLine.credit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalLine.account_id == bindparam("account")).group_by(day))


#: an account's lines up to a day summed together (their day NULL), later ones per day;
#: built once (every payment out of cash asks it)
_CHANGES_FROM = _changes_from_query()


def _lowest_balance_from(session: Session, account_id: int, on_date: dt.date) -> tuple[int, dt.date, int]:
    """(lowest debit balance on ``on_date`` or any later date, the date it falls on, the
    balance at the end of ``on_date``) of an asset account, as the ledger stands now. One
    statement: the lines up to ``on_date`` summed together (their day NULL), later ones per
    day."""
    balance, changes = 0, []
    for when, change in session.execute(_CHANGES_FROM, {"on_date": on_date, "account": account_id}):
        if when is None:
            balance = int(change or 0)
        else:
            changes.append((when, int(change)))
    lowest, lowest_on, running = balance, on_date, balance
    for when, change in sorted(changes):
        running += change
        if running < lowest:
            lowest, lowest_on = running, when
    return lowest, lowest_on, balance


@dataclass(frozen=True)
class BulkEntry:
    """One entry of history posted in bulk (:func:`post_entries_in_bulk`)."""

    on_date: dt.date
    description: str
    lines: list[Line]
    source_type: str | None
    source_id: str | None
    created_at: dt.datetime


def post_entries_in_bulk(session: Session, actor: Actor, entries: list[BulkEntry]) -> list[int]:
    """Post many entries at once inside the caller's transaction — history brought in from
    the paper books (the demo's years of savings), thousands of entries in a second. The
    same checks as :func:`post_entry` (balanced, whole rupiah, accounts active, no closed
    period); numbers are taken per year in date order. Returns the new entries' ids."""
    if not entries:
        return []
    locked = closed_through(session)
    codes = {line.account for e in entries for line in e.lines}
    accounts = _accounts_by_code(session, codes)
    for e in entries:
        if not e.description or not e.description.strip():
            raise UserError("Keterangan jurnal wajib diisi.", field="description")
        _validate(e.lines)
        if locked is not None and e.on_date <= locked:
            raise UserError(f"Periode sampai {format_date_id(locked)} sudah ditutup.", field="date",
                            code="closed_period")
    for code in codes:
        acc = accounts.get(code)
        if acc is None or not acc.active:
            raise UserError(f"Akun {code} tidak ada atau tidak aktif.", field="lines")
    per_year: dict[int, int] = {}
    for e in entries:
        per_year[e.on_date.year] = per_year.get(e.on_date.year, 0) + 1
    number = {y: reserve_numbers(session, f"journal:{y}", n) for y, n in sorted(per_year.items())}
    # ids and the place in the hash chain taken in the write transaction (BEGIN IMMEDIATE):
    # no other writer can take them
    first_id, prev_hash = tamper.next_journal_link(session)
    rows, lines = [], []
    for k, e in enumerate(entries):
        y = e.on_date.year
        row = dict(id=first_id + k, number=f"JU-{y}-{number[y]:06d}", date=e.on_date,
                   description=e.description.strip(), source_type=e.source_type,
                   source_id=None if e.source_id is None else str(e.source_id),
                   reversal_of_id=None, created_at=e.created_at,
                   created_by_id=actor.user_id)
        prev_hash = row["row_hash"] = tamper.journal_hash(prev_hash, **row, lines=[
            (ln.account, ln.debit, ln.credit, ln.memo) for ln in e.lines])
        rows.append(row)
        number[y] += 1
        lines += [dict(entry_id=first_id + k, account_id=accounts[ln.account].id, debit=ln.debit,
                       credit=ln.credit, memo=ln.memo) for ln in e.lines]
    connection = session.connection()  # plain Core: the ORM's bulk path costs per row
    connection.execute(_INSERT_ENTRY, rows)
    connection.execute(_INSERT_LINES_MANY, lines)
    advance_serial(session, JournalEntry)
    tamper.journal_posted(session, rows[-1]["id"], prev_hash)
    first = min(e.on_date for e in entries)
    for code in codes & set(PHYSICAL):
        lowest, lowest_on, _ = _lowest_balance_from(session, accounts[code].id, first)
        if lowest < 0:
            raise UserError(f"{PHYSICAL[code][0]} menjadi {format_rupiah(lowest)} pada "
                            f"{format_date_id(lowest_on)}; riwayat ini tidak dapat dibukukan.",
                            field="lines", code="insufficient_cash")
    books_bound.check(session, first_new_line_id=session.scalar(
        select(func.min(JournalLine.id)).where(JournalLine.entry_id >= first_id)))
    return [r["id"] for r in rows]


def reverse_in_session(
    session: Session, actor: Actor, *, entry_id: int, reason: str, on_date: dt.date
) -> JournalEntry:
    """Post the mirror of an entry (debits ↔ credits) inside the caller's transaction."""
    return _reverse(session, actor, entry_id=entry_id, reason=reason, on_date=on_date)[0]


def _reverse(session: Session, actor: Actor, *, entry_id: int, reason: str,
             on_date: dt.date) -> tuple[JournalEntry, list[Line]]:
    """:func:`reverse_in_session`, and the lines it posted."""
    if not reason or not reason.strip():
        raise UserError("Alasan pembalikan wajib diisi.", field="reason")
    original = session.get(JournalEntry, entry_id)
    if original is None:
        raise NotFound(f"Jurnal #{entry_id} tidak ditemukan.")
    if original.reversal_of_id is not None:
        raise UserError(f"Jurnal {original.number} adalah jurnal pembalik; tidak dapat dibalik lagi.")
    already = session.scalar(select(JournalEntry.number).where(JournalEntry.reversal_of_id == entry_id))
    if already:
        raise UserError(f"Jurnal {original.number} sudah dibalik oleh {already}.")
    # the original's lines with their accounts' codes in one statement (not one per line)
    lines = [Line(account=line.account, debit=line.credit, credit=line.debit, memo=line.memo)
             for line in _lines_of(session, entry_id)]
    entry = post_entry(
        session, actor, on_date=on_date,
        description=f"Pembalikan {original.number}: {reason.strip()}",
        lines=lines, source_type=original.source_type, source_id=original.source_id,
        reversal_of_id=original.id,
    )
    return entry, lines


def post_journal_entry(
    db: Database,
    *,
    actor: Actor,
    on_date: dt.date,
    description: str,
    lines: list[Line],
    source_type: str = "manual",
    source_id: object = None,
) -> Outcome[EntryDTO]:
    """A manual journal entry by the treasurer (expenses, bank deposits, adjustments)."""
    require(actor, "ledger.post_manual")
    with db.write() as s:
        entry = post_entry(s, actor, on_date=on_date, description=description, lines=lines,
                           source_type=source_type, source_id=source_id)
        audit.record(s, actor, action="ledger.post", entity="journal", entity_id=entry.number,
                     summary=f"{description} ({format_rupiah(sum(x.debit for x in lines))})")
        dto = _posted_dto(s, entry, lines)
    return Outcome(dto, Changes(ledger=True))


def reverse_entry(
    db: Database, *, actor: Actor, entry_id: int, reason: str, on_date: dt.date | None = None
) -> Outcome[EntryDTO]:
    require(actor, "ledger.reverse")
    with db.write() as s:
        rev, lines = _reverse(s, actor, entry_id=entry_id, reason=reason,
                              on_date=on_date or dt.date.today())
        audit.record(s, actor, action="ledger.reverse", entity="journal", entity_id=rev.number,
                     summary=f"membalik jurnal #{entry_id}: {reason}")
        dto = _posted_dto(s, rev, lines)
    return Outcome(dto, Changes(ledger=True))


# ---------------------------------------------------------------- reading

def _posted_dto(session: Session, entry: JournalEntry, lines: list[Line]) -> EntryDTO:
    """The DTO of an entry this transaction has just posted, from what the posting knew (its
    lines in their order, the accounts it read): what :func:`get_entry` reads back after
    the commit, without a second transaction and five more statements. Nothing reverses
    an entry in the transaction that posts it, so ``reversed_by_id`` is None."""
    accounts = _accounts_by_code(session, (line.account for line in lines))
    return EntryDTO(
        id=entry.id, number=entry.number, date=entry.date, description=entry.description,
        source_type=entry.source_type, source_id=entry.source_id,
        reversal_of_id=entry.reversal_of_id, reversed_by_id=None,
        lines=tuple(EntryLineDTO(line.account, accounts[line.account].name, line.debit,
                                 line.credit, line.memo) for line in lines))


def _lines_of(session: Session, entry_id: int) -> list[Line]:
    """An entry's lines as posted (in their order), as :class:`Line`."""
    return [Line(code, debit, credit, memo) for code, debit, credit, memo in session.execute(
        select(Account.code, JournalLine.debit, JournalLine.credit, JournalLine.memo)
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.entry_id == entry_id).order_by(JournalLine.id))]


def _entry_dto(session: Session, entry: JournalEntry) -> EntryDTO:
    reversed_by = session.scalar(
        select(JournalEntry.id).where(JournalEntry.reversal_of_id == entry.id)
    )
    return EntryDTO(
        id=entry.id, number=entry.number, date=entry.date, description=entry.description,
        source_type=entry.source_type, source_id=entry.source_id,
        reversal_of_id=entry.reversal_of_id, reversed_by_id=reversed_by,
        lines=tuple(
            EntryLineDTO(line.account.code, line.account.name, line.debit, line.credit, line.memo)
            for line in entry.lines
        ),
    )


def get_entry(db: Database, entry_id: int) -> EntryDTO:
    with db.read() as s:
        entry = s.get(JournalEntry, entry_id)
        if entry is None:
            raise NotFound(f"Jurnal #{entry_id} tidak ditemukan.")
        return _entry_dto(s, entry)


def entries_for_source(db: Database, source_type: str, source_id: object) -> list[EntryDTO]:
    with db.read() as s:
        q = (select(JournalEntry)
             .where(JournalEntry.source_type == source_type,
                    JournalEntry.source_id == str(source_id))
             .order_by(JournalEntry.id))
        return [_entry_dto(s, e) for e in s.scalars(q)]


def _balances_query(up_to_date: bool):
    sums = (
        select(JournalLine.account_id,
               func.coalesce(func.sum(JournalLine.debit), 0).label("d"),
               func.coalesce(func.sum(JournalLine.credit), 0).label("c"))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .group_by(JournalLine.account_id)
    )
    if up_to_date:
        sums = sums.where(JournalEntry.date <= bindparam("as_of"))
    sums = sums.subquery()
    return (select(Account.code, Account.name, Account.kind,
                   func.coalesce(sums.c.d, 0), func.coalesce(sums.c.c, 0))
            .outerjoin(sums, sums.c.account_id == Account.id)
            .order_by(Account.code))


#: up to a date? -> every account's debit and credit totals, built once (the trial balance,
#: every report and the money checks read them)
_BALANCES = {d: _balances_query(d) for d in (False, True)}


def account_balances(db: Database, *, as_of: dt.date | None = None) -> list[AccountBalance]:
    """Every account with its debit and credit totals up to and including ``as_of``."""
    with db.read() as s:
        rows = (s.execute(_BALANCES[False]) if as_of is None
                else s.execute(_BALANCES[True], {"as_of": as_of}))
        return [AccountBalance(code, name, kind, int(d), int(c)) for code, name, kind, d, c in rows]


def balance_of(db: Database, code: str, *, as_of: dt.date | None = None) -> int:
    for row in account_balances(db, as_of=as_of):
        if row.code == code:
            return row.balance
    raise NotFound(f"Akun {code} tidak ada.")


def trial_balance(db: Database, *, as_of: dt.date) -> TrialBalance:
    rows = []
    for b in account_balances(db, as_of=as_of):
        net = b.debit - b.credit
        if net == 0 and b.debit == 0:
            continue
        rows.append(TrialBalanceRow(b.code, b.name, max(net, 0), max(-net, 0)))
    return TrialBalance(
        as_of=as_of, rows=tuple(rows),
        total_debit=sum(r.debit for r in rows), total_credit=sum(r.credit for r in rows),
    )


#: entries that are unbalanced or have fewer than two lines; the totals of every line
_UNBALANCED = (
    select(JournalEntry.number,
           func.count(JournalLine.id),
           func.coalesce(func.sum(JournalLine.debit), 0),
           func.coalesce(func.sum(JournalLine.credit), 0))
    .outerjoin(JournalLine, JournalLine.entry_id == JournalEntry.id)
    .group_by(JournalEntry.id)
    .having((func.count(JournalLine.id) < 2)
            | (func.coalesce(func.sum(JournalLine.debit), 0)
               != func.coalesce(func.sum(JournalLine.credit), 0)))
)
_TOTALS = select(func.coalesce(func.sum(JournalLine.debit), 0),
                 func.coalesce(func.sum(JournalLine.credit), 0))


def ledger_problems(db: Database) -> list[str]:
    """Entries that are unbalanced or have fewer than two lines (should never exist)."""
    with db.read() as s:
        problems = [
            f"Jurnal {n} tidak seimbang atau tidak lengkap ({k} baris, debit {d}, kredit {c})."
            for n, k, d, c in s.execute(_UNBALANCED)
        ]
        total_d, total_c = s.execute(_TOTALS).one()
        if total_d != total_c:
            problems.append(f"Total debit {total_d} ≠ total kredit {total_c}.")
    return problems


def count_entries(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(JournalEntry.id))) or 0
