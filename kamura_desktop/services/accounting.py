"""Reports from the ledger (issue 8): cash book, general ledger, trial balance, balance sheet
(laporan posisi keuangan), income statement (perhitungan hasil usaha), changes in equity and
the drill-down from a statement line to its journal lines.

Reads only. Every figure is a SQL aggregate of ``journal_lines`` grouped by account (never a
stored counter); the cash book and the general ledger fetch one account's lines.

Conventions:
- Entries posted by the year-end close have ``source_type == "year_close"``. The income
  statement EXCLUDES them (a closed year still shows its surplus); the balance sheet, the
  trial balance and the changes in equity include them (after the close the surplus sits in
  the equity account it was closed to).
- The balance sheet balances at any date: income and expense accounts not yet closed are
  shown in equity as "Sisa hasil usaha tahun berjalan (belum ditutup)" (and, where an earlier
  year was never closed, "… tahun lalu belum ditutup").
- Contra-asset accounts (cadangan kerugian piutang, akumulasi penyusutan) are shown in Aset as
  negative lines under the accounts they reduce, followed by a net subtotal line
  (``is_total=True``; section totals add only the non-total lines).
- Drill-down (:func:`account_entries`) runs its balance on the statement's side: debit minus
  credit for assets, contra assets and expenses; credit minus debit for the others. For
  income and expense accounts it leaves out year-close entries, like the income statement,
  so the lines always add up to the income-statement line they were opened from. The
  balance sheet's surplus-not-yet-closed lines have no account codes (no drill-down): their
  figure mixes every income and expense account with the closes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.domain import statement_groups as groups
from kamura_desktop.domain.chart import DEBIT_NORMAL, Acc, signed_balance
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.accounting import (  # re-exported: the statements' DTOs live in dto/
    SECTION_ASSETS,
    SECTION_EQUITY,
    SECTION_EXPENSE,
    SECTION_INCOME,
    SECTION_LIABILITIES,
    AccountLedger,
    BalanceSheet,
    EquityChanges,
    EquityRow,
    IncomeStatement,
    LedgerRow,
    StatementGroup,
    StatementLine,
    StatementSection,
    TBRow,
    TrialBalanceReport,
)

from .permissions import ALL, PERMISSIONS

PERMISSIONS.update({"reports.view": (ALL, "melihat laporan keuangan")})

YEAR_CLOSE = "year_close"
EARLIEST = dt.date(1900, 1, 1)
PL_KINDS = ("income", "expense")
#: the statement side of a drill-down: these run debit − credit
DEBIT_SIDE = frozenset({"asset", "contra_asset", "expense"})

#: the subtotal label after an asset group that has a contra account (by the first two digits)
NET_LABELS = {"12": "Piutang pinjaman bersih", "15": "Nilai buku aset tetap"}
#: the year's surplus, ONE line whether the year is closed (in 3401) or not (income − expenses)
SURPLUS_LABEL = "Sisa hasil usaha tahun berjalan"
#: an earlier year's SHU closed but not yet shared out by the RAT (the rest of 3401, and 3402)
UNSHARED_LABEL = "SHU tahun lalu belum dibagi"
UNSHARED = "unshared"  # its marker among the lines shown
SHU_CODES = (Acc.SHU_TAHUN_BERJALAN, Acc.SHU_BELUM_DIBAGI)
PRIOR_SURPLUS_LABEL = "Sisa hasil usaha tahun lalu belum ditutup"
GROUPS_NOTE = ("Aset lancar/tidak lancar dan liabilitas jangka pendek/panjang dikelompokkan menurut SAK EP "
               "(kriteria 12 bulan dan siklus operasi normal).")
EQUITY_SURPLUS_LABEL = "Sisa hasil usaha belum ditutup"


# ---------------------------------------------------------------- DTOs

@dataclass(frozen=True)
class AccountDTO:
    code: str
    name: str
    kind: str
    active: bool


# ---------------------------------------------------------------- helpers

def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise UserError(f"Tanggal awal {format_date_id(date_from)} sesudah tanggal akhir "
                        f"{format_date_id(date_to)}.", field="date_from")


@dataclass(frozen=True)
class _Acc:
    id: int
    code: str
    name: str
    kind: str
    active: bool


def _chart(s: Session) -> list[_Acc]:
    q = select(Account.id, Account.code, Account.name, Account.kind, Account.active).order_by(Account.code)
    return [_Acc(*row) for row in s.execute(q)]


def _not_close():
    return or_(JournalEntry.source_type.is_(None), JournalEntry.source_type != YEAR_CLOSE)


def _sums(s: Session, *, date_from: dt.date | None, date_to: dt.date,
          exclude_close: bool = False) -> dict[int, tuple[int, int]]:
    """{account_id: (debit, credit)} of the lines dated date_from..date_to (one aggregate)."""
    q = (select(JournalLine.account_id, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalEntry.date <= date_to)
         .group_by(JournalLine.account_id))
    if date_from is not None:
        q = q.where(JournalEntry.date >= date_from)
    if exclude_close:
        q = q.where(_not_close())
    return {a: (int(d or 0), int(c or 0)) for a, d, c in s.execute(q)}


def _split_sums(s: Session, *, date_from: dt.date, date_to: dt.date, with_close: bool = False
                ) -> dict[int, tuple[int, ...]]:
    """{account_id: (debit before, credit before, debit in period, credit in period[, debit and
    credit of year-close entries in the period])}: one pass over the lines."""
    in_period = JournalEntry.date >= date_from
    cols = [func.sum(case((in_period, 0), else_=JournalLine.debit)),
            func.sum(case((in_period, 0), else_=JournalLine.credit)),
            func.sum(case((in_period, JournalLine.debit), else_=0)),
            func.sum(case((in_period, JournalLine.credit), else_=0))]
    if with_close:
        closing = and_(in_period, JournalEntry.source_type == YEAR_CLOSE)
        cols += [func.sum(case((closing, JournalLine.debit), else_=0)),
                 func.sum(case((closing, JournalLine.credit), else_=0))]
    q = (select(JournalLine.account_id, *cols)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalEntry.date <= date_to)
         .group_by(JournalLine.account_id))
    return {row[0]: tuple(int(x or 0) for x in row[1:]) for row in s.execute(q)}


def _side(kind: str, debit: int, credit: int) -> int:
    """Balance on the statement's side (contra assets negative in Aset)."""
    return debit - credit if kind in DEBIT_SIDE else credit - debit


def list_accounts(db: Database) -> list[AccountDTO]:
    with db.read() as s:
        return [AccountDTO(a.code, a.name, a.kind, bool(a.active)) for a in _chart(s)]


# ---------------------------------------------------------------- balance sheet

def _net_is_negative(accs: list[_Acc], bal: dict[str, int]) -> bool:
    return sum(bal.get(a.code, 0) for a in accs) < 0


def _asset_blocks(chart: list[_Acc], show: set[str]) -> list[tuple[str, str, list[_Acc]]]:
    """(group, prefix, accounts) for the assets shown: by group (current first), then by the
    first two digits of the code, so a contra account follows what it reduces."""
    blocks: dict[tuple[str, str], list[_Acc]] = {}
    for a in chart:
        if a.kind in ("asset", "contra_asset") and a.code in show:
            blocks.setdefault((groups.group_of(a.code, a.kind), a.code[:2]), []).append(a)
    order = {g: i for i, g in enumerate(groups.ASSET_GROUPS)}
    return [(g, p, accs) for (g, p), accs in sorted(blocks.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def _bs_lines(chart: list[_Acc], bal: dict[str, int], show: set[str], unclosed: tuple[int, int],
              closed_now: int, skip_net: set[str]) -> tuple[StatementSection, ...]:
    """The three sections. ``closed_now``: what the close of the date's own year moved into SHU
    Tahun Berjalan (3401) — with the year's surplus not yet closed it is ONE line, "Sisa hasil
    usaha tahun berjalan"; the rest of 3401 (an earlier year's SHU the RAT has not shared out)
    joins SHU Tahun Lalu Belum Dibagi (3402). ``skip_net``: asset prefixes whose net subtotal is
    left out because a contra account exceeds what it reduces (see the sheet's notes)."""
    asset_lines: list[StatementLine] = []
    for group, prefix, accs in _asset_blocks(chart, show):
        plain = [a for a in accs if a.kind == "asset"]
        contra = [a for a in accs if a.kind == "contra_asset"]
        for a in plain:
            asset_lines.append(StatementLine(a.name, bal.get(a.code, 0), a.code, 0, False, (a.code,), group))
        for a in contra:
            asset_lines.append(StatementLine(f"Dikurangi: {a.name}", bal.get(a.code, 0), a.code, 1,
                                             False, (a.code,), group))
        if contra and plain and prefix not in skip_net:
            codes = tuple(a.code for a in accs)
            asset_lines.append(StatementLine(NET_LABELS.get(prefix, "Jumlah bersih"),
                                             sum(bal.get(c, 0) for c in codes), None, 0, True, codes, group))
    liab_lines = [StatementLine(a.name, bal.get(a.code, 0), a.code, 0, False, (a.code,),
                                groups.group_of(a.code, a.kind) or "")
                  for a in chart if a.kind == "liability" and a.code in show]
    order = {g: i for i, g in enumerate(groups.LIABILITY_GROUPS)}
    liab_lines.sort(key=lambda x: order[x.group])  # stable: code order within a group
    eq_lines = [StatementLine(a.name, bal.get(a.code, 0), a.code, 0, False, (a.code,))
                for a in chart if a.kind == "equity" and a.code in show and a.code not in SHU_CODES]
    unshared_codes = tuple(c for c in SHU_CODES if c in show)
    if UNSHARED in show:
        amount = bal.get(Acc.SHU_TAHUN_BERJALAN, 0) - closed_now + bal.get(Acc.SHU_BELUM_DIBAGI, 0)
        # its drill-down only while 3401 holds no close of the date's own year (else the
        # account's lines would not add up to this line)
        eq_lines.append(StatementLine(UNSHARED_LABEL, amount, None, 0, False,
                                      unshared_codes if not closed_now else ()))
    prior, current = unclosed
    if prior or "prior" in show:
        eq_lines.append(StatementLine(PRIOR_SURPLUS_LABEL, prior))
    # the year's surplus once, closed or not; its drill-down only when it is all in 3401
    eq_lines.append(StatementLine(SURPLUS_LABEL, closed_now + current, None, 0, False,
                                  (Acc.SHU_TAHUN_BERJALAN,) if closed_now and not current else ()))

    def section(title, lines, group_titles=()):
        shown = tuple(StatementGroup(g, sum(x.amount for x in lines if x.group == g and not x.is_total))
                      for g in group_titles)
        return StatementSection(title, tuple(lines), sum(x.amount for x in lines if not x.is_total), shown)

    return (section(SECTION_ASSETS, asset_lines, groups.ASSET_GROUPS),
            section(SECTION_LIABILITIES, liab_lines, groups.LIABILITY_GROUPS),
            section(SECTION_EQUITY, eq_lines))


def _bs_edges(dates: list[dt.date]) -> list[dt.date]:
    """Bucket edges for the balance sheets at ``dates``: bucket i holds the lines dated before
    edges[i] (and on or after edges[i-1]) — the dates' next days and their years' first days."""
    last = max(dates)
    day = dt.timedelta(days=1)
    cuts = sorted({c for x in dates for c in (dt.date(x.year, 1, 1), x + day)} - {last + day})
    return cuts + [last + day]


def _bs_figures_at(s: Session, chart: list[_Acc], dates: list[dt.date]
                   ) -> list[tuple[dict[str, int], tuple[int, int]]]:
    """For each date: balances on the statement side and the surplus not yet closed (from the
    years before, from its own year) — all dates from ONE pass over the lines, bucketed by
    the dates and their years' first days."""
    edges = _bs_edges(dates)
    cols = []
    lower = None
    for upper in edges:
        cond = JournalEntry.date < upper if lower is None else and_(JournalEntry.date >= lower,
                                                                    JournalEntry.date < upper)
        cols += [func.sum(case((cond, JournalLine.debit), else_=0)),
                 func.sum(case((cond, JournalLine.credit), else_=0))]
        lower = upper
    q = (select(JournalLine.account_id, *cols)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalEntry.date <= max(dates))
         .group_by(JournalLine.account_id))
    sums = {row[0]: [int(x or 0) for x in row[1:]] for row in s.execute(q)}
    return _bs_figures_from(chart, sums, edges, dates)


def _bs_figures_from(chart: list[_Acc], sums: dict[int, list[int]], edges: list[dt.date],
                     dates: list[dt.date]) -> list[tuple[dict[str, int], tuple[int, int]]]:
    """The per-date figures of :func:`_bs_figures_at` from the bucketed sums
    ({account_id: [debit, credit] per bucket of ``edges``})."""
    day = dt.timedelta(days=1)
    out = []
    for x in dates:
        end, year_start = x + day, dt.date(x.year, 1, 1)
        bal: dict[str, int] = {}
        prior = current = 0
        for a in chart:
            row = sums.get(a.id)
            d_prior = c_prior = d_cur = c_cur = 0
            if row is not None:
                for i, upper in enumerate(edges):
                    if upper > end:
                        break
                    if upper <= year_start:
                        d_prior += row[2 * i]
                        c_prior += row[2 * i + 1]
                    else:
                        d_cur += row[2 * i]
                        c_cur += row[2 * i + 1]
            if a.kind in PL_KINDS:
                prior += c_prior - d_prior
                current += c_cur - d_cur
            else:
                bal[a.code] = _side(a.kind, d_prior + d_cur, c_prior + c_cur)
        out.append((bal, (prior, current)))
    return out


def _make_bs(as_of, chart, bal, unclosed, closed_now, show, skip_net) -> BalanceSheet:
    sections = _bs_lines(chart, bal, show, unclosed, closed_now, skip_net)
    assets = sections[0].total
    le = sections[1].total + sections[2].total
    return BalanceSheet(as_of=as_of, sections=sections, total_assets=assets,
                        total_liabilities_equity=le, balanced=assets == le)


def _closes_into_3401(s: Session, until: dt.date) -> dict[dt.date, int]:
    """{date: what the year-close entries of that date (and their reversals on reopening) moved
    into SHU Tahun Berjalan}: a handful of rows, one per closed year."""
    q = (select(JournalEntry.date, func.sum(JournalLine.credit) - func.sum(JournalLine.debit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code == Acc.SHU_TAHUN_BERJALAN, JournalEntry.source_type == YEAR_CLOSE,
                JournalEntry.date <= until)
         .group_by(JournalEntry.date))
    return {d: int(v or 0) for d, v in s.execute(q)}


def _closed_in_own_year(closes: dict[dt.date, int], as_of: dt.date) -> int:
    start = dt.date(as_of.year, 1, 1)
    return sum(v for d, v in closes.items() if start <= d <= as_of)


def balance_sheet(db: Database, *, as_of: dt.date, compare_as_of: dt.date | None = None) -> BalanceSheet:
    """Laporan posisi keuangan at ``as_of`` (optionally beside another date, same lines)."""
    dates = [as_of] if compare_as_of is None else [as_of, compare_as_of]
    with db.read() as s:
        chart = _chart(s)
        figures = _bs_figures_at(s, chart, dates)
        closes = _closes_into_3401(s, max(dates))
    return _balance_sheet_from(chart, figures, closes, as_of, compare_as_of)


def _balance_sheet_from(chart: list[_Acc], figures, closes: dict[dt.date, int], as_of: dt.date,
                        compare_as_of: dt.date | None) -> BalanceSheet:
    columns = [(as_of, *figures[0])]
    if compare_as_of is not None:
        columns.append((compare_as_of, *figures[1]))
    show: set[str] = set()
    skip_net: set[str] = set()
    notes: list[str] = []
    for on, bal, unclosed in columns:
        show |= {code for code, v in bal.items() if v}
        if unclosed[0]:
            show.add("prior")
        if bal.get(Acc.SHU_TAHUN_BERJALAN, 0) - _closed_in_own_year(closes, on) or bal.get(Acc.SHU_BELUM_DIBAGI, 0):
            show.add(UNSHARED)
    for on, bal, _unclosed in columns:
        for _group, prefix, accs in _asset_blocks(chart, show):
            contra = [a for a in accs if a.kind == "contra_asset"]
            if contra and _net_is_negative(accs, bal):
                skip_net.add(prefix)
                plain = sum(bal.get(a.code, 0) for a in accs if a.kind == "asset")
                reduce = -sum(bal.get(a.code, 0) for a in contra)
                notes.append(
                    f"{contra[0].name} per {format_date_id(on)} ({format_rupiah(reduce)}) lebih besar dari "
                    f"yang dikuranginya ({format_rupiah(plain)}): penyisihan belum disesuaikan, misalnya "
                    f"dengan pinjaman yang sudah lunas. Bendahara membukukan penyisihan per tanggal itu "
                    f"(Laporan › Penyisihan); sampai itu jumlah bersihnya tidak ditampilkan.")
    sheets = [_make_bs(on, chart, bal, unclosed, _closed_in_own_year(closes, on), show, skip_net)
              for on, bal, unclosed in columns]
    sheet = sheets[0]
    notes.insert(0, _surplus_note(as_of, _closed_in_own_year(closes, as_of), figures[0][1][1]))
    notes.append(GROUPS_NOTE)
    return BalanceSheet(as_of=sheet.as_of, sections=sheet.sections, total_assets=sheet.total_assets,
                        total_liabilities_equity=sheet.total_liabilities_equity, balanced=sheet.balanced,
                        compare_as_of=compare_as_of, compare=sheets[1] if len(sheets) > 1 else None,
                        notes=tuple(notes))


def _surplus_note(as_of: dt.date, closed_now: int, current: int) -> str:
    if closed_now and not current:
        return (f"{SURPLUS_LABEL}: SHU tahun {as_of.year}, sudah ditutup ke akun {Acc.SHU_TAHUN_BERJALAN} "
                f"pada tutup buku; dibagi menurut keputusan RAT.")
    return (f"{SURPLUS_LABEL}: pendapatan dikurangi beban tahun {as_of.year} sampai "
            f"{format_date_id(as_of)}; tahun buku belum ditutup.")


# ---------------------------------------------------------------- income statement

def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def income_statement(db: Database, *, date_from: dt.date, date_to: dt.date,
                     compare: bool = False) -> IncomeStatement:
    """Perhitungan hasil usaha for a period; year-close entries are left out. ``compare``: with
    the same period a year earlier beside it (the same lines in both)."""
    _check_period(date_from, date_to)
    with db.read() as s:
        chart = _chart(s)
        sums = _sums(s, date_from=date_from, date_to=date_to, exclude_close=True)
        before = (_sums(s, date_from=year_before(date_from), date_to=year_before(date_to), exclude_close=True)
                  if compare else None)
    return _income_statement_from(chart, sums, date_from, date_to, before)


def _income_statement_from(chart: list[_Acc], sums: dict[int, tuple[int, int]], date_from: dt.date,
                           date_to: dt.date, before: dict[int, tuple[int, int]] | None = None) -> IncomeStatement:
    def amounts(of: dict[int, tuple[int, int]]) -> dict[int, int]:
        return {a.id: signed_balance(a.kind, *of[a.id]) for a in chart if a.kind in PL_KINDS and a.id in of}

    now = amounts(sums)
    then = amounts(before) if before is not None else {}
    shown = {i for i, v in (*now.items(), *then.items()) if v}

    def make(values: dict[int, int], start: dt.date, end: dt.date) -> IncomeStatement:
        sections = []
        for title, kind in ((SECTION_INCOME, "income"), (SECTION_EXPENSE, "expense")):
            lines = [StatementLine(a.name, values.get(a.id, 0), a.code, 0, False, (a.code,))
                     for a in chart if a.kind == kind and a.id in shown]
            sections.append(StatementSection(title, tuple(lines), sum(x.amount for x in lines)))
        income, expense = sections[0].total, sections[1].total
        return IncomeStatement(date_from=start, date_to=end, sections=tuple(sections),
                               total_income=income, total_expense=expense, surplus=income - expense)

    sheet = make(now, date_from, date_to)
    if before is None:
        return sheet
    return dataclasses.replace(sheet, compare=make(then, year_before(date_from), year_before(date_to)))


# ---------------------------------------------------------------- changes in equity

def equity_changes(db: Database, *, date_from: dt.date, date_to: dt.date) -> EquityChanges:
    """Each equity account's opening, increase (credits), decrease (debits) and closing, and the
    surplus not yet closed: the period's SHU less what the close moved to equity (a closed
    year's SHU appears once, as the increase of the account it was closed to)."""
    _check_period(date_from, date_to)
    with db.read() as s:
        chart = _chart(s)
        split = _split_sums(s, date_from=date_from, date_to=date_to, with_close=True)
    return _equity_changes_from(chart, split, date_from, date_to)


def _equity_changes_from(chart: list[_Acc], split: dict[int, tuple[int, ...]], date_from: dt.date,
                         date_to: dt.date) -> EquityChanges:
    rows = []
    pl_open = pl_period = pl_close = 0
    for a in chart:
        od, oc, d, c, yd, yc = split.get(a.id, (0, 0, 0, 0, 0, 0))
        if a.kind in PL_KINDS:
            pl_open += oc - od
            pl_period += (c - yc) - (d - yd)
            pl_close += yc - yd
            continue
        if a.kind != "equity" or not (od or oc or d or c):
            continue
        # a year's close and its reversal on reopening count by their net (a year reopened and
        # closed again shows the same changes as one closed once); other movements gross
        close_net = yc - yd
        inc, dec = (c - yc) + max(close_net, 0), (d - yd) + max(-close_net, 0)
        rows.append(EquityRow(a.code, a.name, oc - od, inc, dec, oc - od + inc - dec, (a.code,)))
    pl_codes = tuple(a.code for a in chart if a.kind in PL_KINDS)
    # only what is still unclosed: the part of the period's SHU the close moved shows once, in
    # the account it was closed to (otherwise it counts twice in the increases' total)
    net = pl_period + pl_close
    increase, decrease = max(net, 0), max(-net, 0)
    rows.append(EquityRow("", EQUITY_SURPLUS_LABEL, pl_open, increase, decrease,
                          pl_open + increase - decrease, pl_codes))
    return EquityChanges(
        date_from=date_from, date_to=date_to, rows=tuple(rows),
        total_opening=sum(r.opening for r in rows), total_increase=sum(r.increase for r in rows),
        total_decrease=sum(r.decrease for r in rows), total_closing=sum(r.closing for r in rows),
        surplus=pl_period)


# ---------------------------------------------------------------- a year's three statements at once

def year_statements(db: Database, *, year: int) -> tuple[BalanceSheet, IncomeStatement, EquityChanges]:
    """The balance sheet at 31 December (beside the year before), the income statement and the
    changes in equity of ``year`` from ONE grouped aggregate over the lines (the annual report
    needs all three; three separate calls would read every line three times). Equal to
    ``balance_sheet(as_of=31-12, compare_as_of=31-12 of the year before)``,
    ``income_statement(compare=True)`` and ``equity_changes`` of the year."""
    start, end = year_period(year)
    prev_start, prev_end = dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)
    source = func.coalesce(JournalEntry.source_type, "")  # NULL is not a close (never unknown)
    buckets = (JournalEntry.date < prev_start,
               and_(JournalEntry.date >= prev_start, JournalEntry.date < start, source != YEAR_CLOSE),
               and_(JournalEntry.date >= prev_start, JournalEntry.date < start, source == YEAR_CLOSE),
               and_(JournalEntry.date >= start, source != YEAR_CLOSE),
               and_(JournalEntry.date >= start, source == YEAR_CLOSE))
    cols = [func.sum(case((cond, side), else_=0)) for cond in buckets
            for side in (JournalLine.debit, JournalLine.credit)]
    q = (select(JournalLine.account_id, *cols)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalEntry.date <= end)
         .group_by(JournalLine.account_id))
    with db.read() as s:
        chart = _chart(s)
        raw = {row[0]: [int(x or 0) for x in row[1:]] for row in s.execute(q)}
    # what the closes moved into 3401, from the same aggregate (no second read of the lines)
    shu_id = next((a.id for a in chart if a.code == Acc.SHU_TAHUN_BERJALAN), None)
    r3401 = raw.get(shu_id, [0] * 10)
    closes = {prev_end: r3401[5] - r3401[4], end: r3401[9] - r3401[8]}
    # raw per account: debit, credit of (before the year before, the year before without its
    # close, the year before's close, the year without its close, the year's close)
    dates = [end, prev_end]
    edges = _bs_edges(dates)  # [1 Jan of the year before, 1 Jan, 1 Jan of the next year]
    bs_sums = {a: [r[0], r[1], r[2] + r[4], r[3] + r[5], r[6] + r[8], r[7] + r[9]] for a, r in raw.items()}
    bs = _balance_sheet_from(chart, _bs_figures_from(chart, bs_sums, edges, dates), closes, end, prev_end)
    income = _income_statement_from(chart, {a: (r[6], r[7]) for a, r in raw.items()}, start, end,
                                    {a: (r[2], r[3]) for a, r in raw.items()})
    split = {a: (r[0] + r[2] + r[4], r[1] + r[3] + r[5], r[6] + r[8], r[7] + r[9], r[8], r[9])
             for a, r in raw.items()}
    equity = _equity_changes_from(chart, split, start, end)
    return bs, income, equity


# ---------------------------------------------------------------- trial balance

def trial_balance_report(db: Database, *, date_from: dt.date, date_to: dt.date) -> TrialBalanceReport:
    """Neraca saldo: per account the opening balance, the period's debits and credits and the
    closing balance (year-close entries included: it is the ledger as it stands)."""
    _check_period(date_from, date_to)
    with db.read() as s:
        chart = _chart(s)
        split = _split_sums(s, date_from=date_from, date_to=date_to)
    rows = []
    for a in chart:
        if a.id not in split:
            continue
        od, oc, d, c = split[a.id]
        opening = od - oc
        closing = opening + d - c
        if not (opening or d or c):
            continue
        rows.append(TBRow(a.code, a.name, a.kind, max(opening, 0), max(-opening, 0), d, c,
                          max(closing, 0), max(-closing, 0)))
    return TrialBalanceReport(
        date_from=date_from, date_to=date_to, rows=tuple(rows),
        total_opening_debit=sum(r.opening_debit for r in rows),
        total_opening_credit=sum(r.opening_credit for r in rows),
        total_debit=sum(r.debit for r in rows), total_credit=sum(r.credit for r in rows),
        total_closing_debit=sum(r.closing_debit for r in rows),
        total_closing_credit=sum(r.closing_credit for r in rows))


# ---------------------------------------------------------------- cash book, general ledger

def _account(s: Session, code: str) -> _Acc:
    row = s.execute(select(Account.id, Account.code, Account.name, Account.kind, Account.active)
                    .where(Account.code == code)).first()
    if row is None:
        raise NotFound(f"Akun {code} tidak ada dalam bagan akun.")
    return _Acc(*row)


def _line_rows(s: Session, account_ids: list[int], date_from: dt.date, date_to: dt.date,
               *, exclude_close_ids: Iterable[int] = ()):
    """The lines of some accounts dated date_from..date_to, by date, then journal number (the
    books print that order and say so: numbers are given as entries are posted)."""
    q = (select(JournalEntry.id, JournalEntry.date, JournalEntry.number, JournalEntry.description,
                JournalLine.debit, JournalLine.credit, JournalEntry.source_type, JournalLine.account_id,
                JournalLine.memo)
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalLine.account_id.in_(account_ids),
                JournalEntry.date >= date_from, JournalEntry.date <= date_to)
         .order_by(JournalEntry.date, JournalEntry.number, JournalEntry.id, JournalLine.id))
    skip = list(exclude_close_ids)
    if skip:
        q = q.where(or_(JournalLine.account_id.not_in(skip), _not_close()))
    return s.execute(q)


def general_ledger(db: Database, *, account_code: str, date_from: dt.date, date_to: dt.date) -> AccountLedger:
    """Buku besar of one account: opening balance, every line with its running balance, closing.
    Balances are on the account's normal side."""
    _check_period(date_from, date_to)
    with db.read() as s:
        acc = _account(s, account_code)
        od, oc = s.execute(
            select(func.coalesce(func.sum(JournalLine.debit), 0), func.coalesce(func.sum(JournalLine.credit), 0))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(and_(JournalLine.account_id == acc.id, JournalEntry.date < date_from))).one()
        opening = signed_balance(acc.kind, int(od), int(oc))
        debit_normal = acc.kind in DEBIT_NORMAL
        balance = opening
        rows = []
        for eid, on, number, desc, d, c, src, _acc, memo in _line_rows(s, [acc.id], date_from, date_to):
            balance += (d - c) if debit_normal else (c - d)
            text = f"{desc} — {memo}" if memo else desc
            rows.append(LedgerRow(eid, on, number, text, d, c, balance, src, acc.code))
    return AccountLedger(acc.code, acc.name, acc.kind, date_from, date_to, opening, tuple(rows), balance)


def cash_book(db: Database, *, date_from: dt.date, date_to: dt.date, account_code: str = "1101") -> AccountLedger:
    """Buku kas harian: the cash (or bank) account's lines with opening and running balance."""
    return general_ledger(db, account_code=account_code, date_from=date_from, date_to=date_to)


def account_entries(db: Database, *, account_codes: Iterable[str], date_from: dt.date,
                    date_to: dt.date) -> list[LedgerRow]:
    """Drill-down: the journal lines behind a statement line. The running balance starts at 0
    on date_from, on the statement's side of the first account (see the module notes)."""
    codes = [c for c in dict.fromkeys(account_codes) if c]
    if not codes:
        return []
    _check_period(date_from, date_to)
    with db.read() as s:
        accs = {a.id: a for a in _chart(s) if a.code in codes}
        if len(accs) != len(codes):
            missing = sorted(set(codes) - {a.code for a in accs.values()})
            raise NotFound(f"Akun {', '.join(missing)} tidak ada dalam bagan akun.")
        first = next(a for a in accs.values() if a.code == codes[0])
        debit_side = first.kind in DEBIT_SIDE
        pl_ids = [i for i, a in accs.items() if a.kind in PL_KINDS]
        balance = 0
        rows = []
        for eid, on, number, desc, d, c, src, acc_id, memo in _line_rows(
                s, list(accs), date_from, date_to, exclude_close_ids=pl_ids):
            balance += (d - c) if debit_side else (c - d)
            text = f"{desc} — {memo}" if memo else desc
            rows.append(LedgerRow(eid, on, number, text, d, c, balance, src, accs[acc_id].code))
    return rows
