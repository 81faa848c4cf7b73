"""Year-end close by the chair and reopening by an admin (issue 8).

**Closing a year** (permission "period.close", the chair): refused while the year has not
ended, while an earlier year that has entries is still open (years are closed in order), or
when it is closed already. One entry dated 31 December, ``source_type "year_close"``, closes
every income and expense account — each account's balance of the year, entries of earlier
closes left out — to SHU Tahun Berjalan (3401): the year's surplus (or deficit) stays there
until the members' meeting shares it (services/shu.py). ``books.closed_through`` moves to 31
December: from then on :func:`ledger.post_entry` refuses every date in the closed year, so a
correction is posted in the open period with a reference to the original. The next year's
opening balances are the balance-sheet accounts carried over (:func:`opening_balances`).

**Reopening** (permission "period.reopen", an admin) needs a reason, which goes into the audit
log and onto the close's row (never deleted). Only the latest closed year can be reopened.
``books.closed_through`` moves back to the end of the previous closed year and the closing
entry is reversed with an entry dated the same 31 December (so the year's income statement
shows its income and expenses again). Closing again adds a new close.

**SHU and reopening.** Once the members' meeting has approved the year's SHU (and all the more
after it was paid) the year cannot be reopened: the RAT decided on those books, the SHU
entries are in the next year, and changing the figures under them would make the approved
distribution wrong. A correction then goes into the open period. A draft SHU does not block;
it is checked against the books again when it is approved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.books import ShuDistribution, YearClose
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine, User
from kamura_desktop.db.portable import year_text
from kamura_desktop.domain.chart import DEBIT_NORMAL, Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.text import clean_text

from . import audit, ledger, settings
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import require

YEAR_CLOSE = "year_close"
BALANCE_SHEET_KINDS = ("asset", "contra_asset", "liability", "equity")


@dataclass(frozen=True)
class YearCloseDTO:
    year: int
    closed_on: dt.date
    surplus: int
    entry_number: str | None
    closed_by: str
    closed_at: dt.datetime | None = None
    reopened_at: dt.datetime | None = None
    reopened_by: str | None = None
    reopen_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.reopened_at is None


@dataclass(frozen=True)
class OpeningRow:
    code: str
    name: str
    kind: str
    debit: int
    credit: int


@dataclass(frozen=True)
class OpeningBalances:
    """The balance-sheet accounts carried into ``year`` (balances at the previous 31 Dec).

    When the previous year is not closed yet, its income and expenses are shown as they
    would be closed: folded into SHU Tahun Berjalan."""

    year: int
    as_of: dt.date
    previous_year_closed: bool
    rows: tuple[OpeningRow, ...]
    total_debit: int
    total_credit: int


def _dec31(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def _check_year(year: int) -> None:
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
        raise UserError("Tahun buku tidak sah.", field="year")


def income_expense_nets(s: Session, date_from: dt.date, date_to: dt.date) -> list[tuple[str, str, int]]:
    """(code, kind, balance on the normal side) of every income and expense account with a
    movement in the period, closing entries left out — one SQL aggregate."""
    q = (select(Account.code, Account.kind,
                func.coalesce(func.sum(JournalLine.debit), 0), func.coalesce(func.sum(JournalLine.credit), 0))
         .join(JournalLine, JournalLine.account_id == Account.id)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(Account.kind.in_(("income", "expense")),
                JournalEntry.date >= date_from, JournalEntry.date <= date_to,
                func.coalesce(JournalEntry.source_type, "") != YEAR_CLOSE)
         .group_by(Account.id).order_by(Account.code))
    out = []
    for code, kind, d, c in s.execute(q):
        net = int(d) - int(c) if kind in DEBIT_NORMAL else int(c) - int(d)
        out.append((code, kind, net))
    return out


def surplus_in_session(s: Session, year: int) -> int:
    """The year's surplus (income − expenses), year-close entries left out."""
    nets = income_expense_nets(s, dt.date(year, 1, 1), _dec31(year))
    return sum(n for _, k, n in nets if k == "income") - sum(n for _, k, n in nets if k == "expense")


def _active_close(s: Session, year: int) -> YearClose | None:
    return s.scalar(select(YearClose).where(YearClose.year == year, YearClose.reopened_at.is_(None)))


def _dto(s: Session, row: YearClose) -> YearCloseDTO:
    names = dict(s.execute(select(User.id, User.full_name)).all())
    number = s.scalar(select(JournalEntry.number).where(JournalEntry.id == row.entry_id)) \
        if row.entry_id else None
    return YearCloseDTO(row.year, row.closed_on, row.surplus, number,
                        names.get(row.closed_by_id, "Sistem"), row.closed_at, row.reopened_at,
                        (names.get(row.reopened_by_id, "Sistem") if row.reopened_at else None),
                        row.reopen_reason)


def close_year(db: Database, *, actor: Actor, year: int) -> Outcome[YearCloseDTO]:
    """The chair closes a financial year (see the module notes)."""
    require(actor, "period.close")
    _check_year(year)
    end = _dec31(year)
    if end >= dt.date.today():
        raise UserError(f"Tahun buku {year} belum berakhir; tutup buku baru dapat dilakukan "
                        f"sesudah {format_date_id(end)}.", field="year", code="year_not_ended")
    with db.write() as s:
        if _active_close(s, year) is not None:
            raise UserError(f"Tahun buku {year} sudah ditutup.", field="year", code="already_closed")
        locked = ledger.closed_through(s)
        if locked is not None and locked >= end:
            raise UserError(f"Periode sampai {format_date_id(locked)} sudah ditutup.", field="year",
                            code="already_closed")
        earlier = select(func.min(JournalEntry.date)).where(JournalEntry.date < dt.date(year, 1, 1))
        if locked is not None:
            earlier = earlier.where(JournalEntry.date > locked)
        first_open = s.scalar(earlier)
        if first_open is not None:
            raise UserError(f"Tahun buku {first_open.year} masih terbuka dan berisi jurnal; tutup "
                            f"tahun-tahun sebelumnya lebih dulu, berurutan.", field="year",
                            code="earlier_year_open")
        nets = income_expense_nets(s, dt.date(year, 1, 1), end)
        lines: list[ledger.Line] = []
        for code, kind, net in nets:
            if net == 0:
                continue
            # move the balance out: debit a credit-normal income account, credit an expense
            to_debit = (kind == "income") == (net > 0)
            lines.append(ledger.Line(code, debit=abs(net)) if to_debit else ledger.Line(code, credit=abs(net)))
        surplus = (sum(n for _, k, n in nets if k == "income")
                   - sum(n for _, k, n in nets if k == "expense"))
        if surplus > 0:
            lines.append(ledger.Line(Acc.SHU_TAHUN_BERJALAN, credit=surplus))
        elif surplus < 0:
            lines.append(ledger.Line(Acc.SHU_TAHUN_BERJALAN, debit=-surplus))
        entry = None
        if lines:
            word = "SHU" if surplus >= 0 else "Defisit"
            entry = ledger.post_entry(
                s, actor, on_date=end,
                description=f"Tutup buku {year}: pendapatan dan beban ditutup ke SHU Tahun Berjalan "
                            f"({word} {format_rupiah(abs(surplus))})",
                lines=lines, source_type=YEAR_CLOSE, source_id=str(year))
        settings.set_value(s, "books.closed_through", end.isoformat())
        row = YearClose(year=year, closed_on=end, entry_id=entry.id if entry else None, surplus=surplus,
                        closed_at=dt.datetime.now().replace(microsecond=0), closed_by_id=actor.user_id)
        s.add(row)
        s.flush()
        audit.record(s, actor, action="period.close", entity="year", entity_id=year,
                     summary=f"Tutup buku {year}, SHU {format_rupiah(surplus)}"
                             + (f", jurnal {entry.number}" if entry else ", tanpa jurnal penutup"))
        dto = _dto(s, row)
    return Outcome(dto, Changes(books=True, ledger=True, settings=True))


def reopen_year(db: Database, *, actor: Actor, year: int, reason: str) -> Outcome[YearCloseDTO]:
    """An admin reopens the latest closed year with a reason (see the module notes)."""
    require(actor, "period.reopen")
    _check_year(year)
    reason = clean_text(reason, field="reason", label="Alasan", kind="reason") or ""
    if not reason:
        raise UserError("Alasan membuka kembali tahun buku wajib diisi.", field="reason")
    reason = reason.strip()
    with db.write() as s:
        row = _active_close(s, year)
        if row is None:
            raise UserError(f"Tahun buku {year} tidak dalam keadaan ditutup.", field="year")
        later = s.scalar(select(func.max(YearClose.year))
                         .where(YearClose.year > year, YearClose.reopened_at.is_(None)))
        if later is not None:
            raise UserError(f"Tahun buku {later} sudah ditutup; buka kembali tahun {later} lebih dulu.",
                            field="year")
        shu = s.scalar(select(ShuDistribution).where(ShuDistribution.year == year))
        if shu is not None and shu.status != "draft":
            word = "dibayarkan" if shu.status == "paid" else "disetujui RAT"
            raise UserError(f"SHU tahun {year} sudah {word}; tahun buku {year} tidak dapat dibuka "
                            "kembali. Bukukan koreksi pada periode yang masih terbuka dengan rujukan "
                            "ke transaksi asal.", field="year", code="shu_approved")
        previous = s.scalar(select(func.max(YearClose.closed_on))
                            .where(YearClose.year < year, YearClose.reopened_at.is_(None)))
        settings.set_value(s, "books.closed_through", previous.isoformat() if previous else None)
        rev = None
        if row.entry_id is not None:
            rev = ledger.reverse_in_session(s, actor, entry_id=row.entry_id,
                                            reason=f"tahun buku {year} dibuka kembali: {reason}",
                                            on_date=row.closed_on)
        row.reopened_at = dt.datetime.now().replace(microsecond=0)
        row.reopened_by_id = actor.user_id
        row.reopen_reason = reason
        row.reopen_entry_id = rev.id if rev else None
        s.flush()
        audit.record(s, actor, action="period.reopen", entity="year", entity_id=year,
                     summary=f"Tahun buku {year} dibuka kembali: {reason}"
                             + (f" (jurnal pembalik {rev.number})" if rev else ""))
        dto = _dto(s, row)
    return Outcome(dto, Changes(books=True, ledger=True, settings=True))


def list_year_closes(db: Database) -> list[YearCloseDTO]:
    """Every close, reopened ones included, newest year first."""
    with db.read() as s:
        rows = list(s.scalars(select(YearClose).order_by(YearClose.year.desc(), YearClose.id.desc())))
        return [_dto(s, r) for r in rows]


def year_is_closed(db: Database, year: int) -> bool:
    """True when nothing may be posted in ``year`` any more (books.closed_through ≥ 31 Dec)."""
    with db.read() as s:
        locked = ledger.closed_through(s)
    return locked is not None and locked >= _dec31(year)


def open_years_with_entries(db: Database, *, before: int) -> list[int]:
    """Years before ``before`` that have entries and are still open, oldest first."""
    with db.read() as s:
        locked = ledger.closed_through(s)
        q = select(year_text(JournalEntry.date)).where(
            JournalEntry.date < dt.date(before, 1, 1)).distinct()
        if locked is not None:
            q = q.where(JournalEntry.date > locked)
        return sorted(int(y) for y in s.scalars(q))


def opening_balances(db: Database, year: int) -> OpeningBalances:
    """The balance-sheet accounts carried into ``year`` (balances at 31 December before)."""
    _check_year(year)
    as_of = _dec31(year - 1)
    with db.read() as s:
        sums = (select(JournalLine.account_id,
                       func.coalesce(func.sum(JournalLine.debit), 0).label("d"),
                       func.coalesce(func.sum(JournalLine.credit), 0).label("c"))
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(JournalEntry.date <= as_of).group_by(JournalLine.account_id).subquery())
        acc = aliased(Account)
        rows = s.execute(select(acc.code, acc.name, acc.kind, sums.c.d, sums.c.c)
                         .join(sums, sums.c.account_id == acc.id).order_by(acc.code)).all()
        names = dict(s.execute(select(Account.code, Account.name)).all())
        locked = ledger.closed_through(s)
    unclosed = 0  # income − expense not yet closed: carried in SHU Tahun Berjalan
    net_by_code: dict[str, tuple[str, str, int]] = {}
    for code, name, kind, d, c in rows:
        net = int(d) - int(c)  # debit positive
        if kind in ("income", "expense"):
            unclosed += -net
            continue
        net_by_code[code] = (name, kind, net)
    if unclosed:
        name, kind, net = net_by_code.get(Acc.SHU_TAHUN_BERJALAN,
                                          (names.get(Acc.SHU_TAHUN_BERJALAN, "SHU Tahun Berjalan"),
                                           "equity", 0))
        net_by_code[Acc.SHU_TAHUN_BERJALAN] = (name, kind, net - unclosed)
    out = tuple(OpeningRow(code, name, kind, max(net, 0), max(-net, 0))
                for code, (name, kind, net) in sorted(net_by_code.items()) if net)
    return OpeningBalances(year, as_of, locked is not None and locked >= as_of, out,
                           sum(r.debit for r in out), sum(r.credit for r in out))
