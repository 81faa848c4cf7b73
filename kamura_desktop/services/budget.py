"""Work plan and budget (RK/RAPB) and its realisation (issue 19 §3).

The chair or the treasurer enters next year's budget per income and expense account and the
work plan's targets (new members, credits disbursed, repayment rate); the chair records its
approval at the RAT (the date of the meeting), after which it is no longer changed. The
realisation report sets the budget beside the ledger's actual figures for a month or a year
(the income statement's figures: year-close entries left out) with the difference and the
percentage; the yearly report also compares the targets with the books.

Who may do what (from domain/roles.py: the chair leads the board and signs for the RAT, the
treasurer keeps the books; the clerk and the admin handle no plans): ``budget.edit`` ketua and
bendahara, ``budget.approve`` ketua only; everyone may read it (``reports.view``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Mapping
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, User
from kamura_desktop.db.models.filings import Budget, BudgetLine, BudgetTarget
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain import budget as rules
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.filings import (
    BudgetDTO,
    BudgetLineDTO,
    Realisation,
    RealisationRow,
    TargetRow,
)

from . import accounting, accounting_docs, audit, credits, repayments
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

PERMISSIONS.update({
    "budget.edit": (frozenset({"ketua", "bendahara"}), "menyusun rencana kerja dan anggaran (RK/RAPB)"),
    "budget.approve": (frozenset({"ketua"}), "mencatat pengesahan RAPB oleh RAT"),
})

Progress = Generator[tuple[int, int, str], None, Path]
MAX_AMOUNT = 10**13  # ten trillion rupiah: a typing slip, not a village budget


def _check_year(year: int) -> None:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise UserError("Tahun anggaran harus antara 2000 dan 2100.", field="year")


def _dto(s, b: Budget) -> BudgetDTO:
    accounts = {a.code: a for a in s.scalars(select(Account))}
    lines = sorted(s.scalars(select(BudgetLine).where(BudgetLine.budget_id == b.id)), key=lambda x: x.account_code)
    targets = {t.key: t.value for t in s.scalars(select(BudgetTarget).where(BudgetTarget.budget_id == b.id))}

    def name(uid):
        return s.scalar(select(User.full_name).where(User.id == uid)) if uid else None

    return BudgetDTO(b.year, b.status, b.approved_on, name(b.approved_by_id),
                     tuple(BudgetLineDTO(x.account_code, accounts[x.account_code].name, accounts[x.account_code].kind,
                                         x.amount) for x in lines if x.account_code in accounts),
                     {k: targets[k] for k in rules.TARGETS if k in targets}, name(b.saved_by_id), b.saved_at)


def get_budget(db: Database, *, year: int) -> BudgetDTO | None:
    _check_year(year)
    with db.read() as s:
        b = s.scalar(select(Budget).where(Budget.year == year))
        return _dto(s, b) if b is not None else None


def _clean_lines(s, lines: Mapping[str, int]) -> dict[str, int]:
    kinds = dict(s.execute(select(Account.code, Account.kind)).all())
    out = {}
    for code, amount in lines.items():
        if code not in kinds:
            raise UserError(f"Akun {code} tidak ada dalam bagan akun.", field=f"line.{code}")
        if kinds[code] not in ("income", "expense"):
            raise UserError(f"Akun {code} bukan akun pendapatan atau beban; anggaran hanya untuk akun 4xxx dan 5xxx.",
                            field=f"line.{code}")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise UserError(f"Anggaran akun {code} harus rupiah bulat, tidak negatif.", field=f"line.{code}")
        if amount > MAX_AMOUNT:
            raise UserError(f"Anggaran akun {code} ({format_rupiah(amount)}) terlalu besar.", field=f"line.{code}")
        if amount:
            out[code] = amount
    if not out:
        raise UserError("Anggaran kosong: isi sedikitnya satu akun pendapatan atau beban.", field="lines")
    return out


def _clean_targets(targets: Mapping[str, int]) -> dict[str, int]:
    out = {}
    for key, value in targets.items():
        if key not in rules.TARGETS:
            raise UserError(f"Target '{key}' tidak dikenal. Pilihan: {', '.join(rules.TARGETS)}.", field="targets")
        label = rules.TARGETS[key][0]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise UserError(f"Target {label.lower()} harus bilangan bulat, tidak negatif.", field=f"target.{key}")
        if key == "repayment_rate" and value > 100:
            raise UserError(f"Target tingkat pengembalian {value} % tidak mungkin: paling tinggi 100 %.",
                            field=f"target.{key}")
        out[key] = value
    return out


def save_budget(db: Database, *, actor: Actor, year: int, lines: Mapping[str, int],
                targets: Mapping[str, int] | None = None) -> Outcome[BudgetDTO]:
    """Enter (or replace, while still a draft) the budget of ``year``: {account code: rupiah a
    year} for income and expense accounts, and the targets."""
    require(actor, "budget.edit")
    _check_year(year)
    clean_targets = _clean_targets(targets or {})
    with db.write() as s:
        clean = _clean_lines(s, lines)
        b = s.scalar(select(Budget).where(Budget.year == year))
        if b is not None and b.status == "approved":
            raise UserError(f"RAPB {year} sudah disahkan RAT tanggal {format_date_id(b.approved_on)}; "
                            "anggaran yang disahkan tidak diubah lagi.", field="year")
        replaced = b is not None
        now = dt.datetime.now().replace(microsecond=0)
        if b is None:
            b = Budget(year=year, status="draft", saved_at=now)
            s.add(b)
            s.flush()
        b.saved_by_id, b.saved_at = actor.user_id, now
        s.execute(delete(BudgetLine).where(BudgetLine.budget_id == b.id))
        s.execute(delete(BudgetTarget).where(BudgetTarget.budget_id == b.id))
        s.add_all(BudgetLine(budget_id=b.id, account_code=c, amount=a) for c, a in sorted(clean.items()))
        s.add_all(BudgetTarget(budget_id=b.id, key=k, value=v) for k, v in clean_targets.items())
        s.flush()
        dto = _dto(s, b)
        audit.record(s, actor, action="budget.save", entity="budget", entity_id=b.id,
                     summary=f"{'Ubah' if replaced else 'Susun'} RAPB {year}: pendapatan "
                             f"{format_rupiah(dto.total_income)}, beban {format_rupiah(dto.total_expense)}, "
                             f"{len(clean)} akun, {len(clean_targets)} target")
    return Outcome(dto, Changes(books=True))


def approve_budget(db: Database, *, actor: Actor, year: int, rat_date: dt.date) -> Outcome[BudgetDTO]:
    """Record that the RAT held on ``rat_date`` approved the budget of ``year``."""
    require(actor, "budget.approve")
    _check_year(year)
    if not isinstance(rat_date, dt.date):
        raise UserError("Tanggal RAT tidak sah.", field="rat_date")
    if rat_date > dt.date.today():
        raise UserError(f"Tanggal RAT {format_date_id(rat_date)} belum lewat; catat pengesahan sesudah rapat.",
                        field="rat_date")
    if not dt.date(year - 1, 1, 1) <= rat_date <= dt.date(year, 12, 31):
        raise UserError(f"RAPB {year} disahkan pada RAT tahun {year - 1} atau {year}; tanggal "
                        f"{format_date_id(rat_date)} di luar itu.", field="rat_date")
    with db.write() as s:
        b = s.scalar(select(Budget).where(Budget.year == year))
        if b is None:
            raise NotFound(f"Belum ada RAPB tahun {year}; susun anggarannya dulu.")
        if b.status == "approved":
            raise UserError(f"RAPB {year} sudah disahkan RAT tanggal {format_date_id(b.approved_on)}.", field="year")
        b.status, b.approved_on, b.approved_by_id = "approved", rat_date, actor.user_id
        s.flush()
        dto = _dto(s, b)
        audit.record(s, actor, action="budget.approve", entity="budget", entity_id=b.id,
                     summary=f"RAPB {year} disahkan RAT tanggal {format_date_id(rat_date)}")
    return Outcome(dto, Changes(books=True))


# ------------------------------------------------------------------ realisation

def _row(code: str, name: str, kind: str, budget: int, actual: int) -> RealisationRow:
    return RealisationRow(code, name, kind, budget, actual, actual - budget, rules.realisation_pct(actual, budget))


def realisation(db: Database, *, year: int, month: int | None = None, actor: Actor | None = None) -> Realisation:
    """Budget beside actual for a month of ``year`` (1–12) or for the whole year (None)."""
    if actor is not None:
        require(actor, "reports.view")
    _check_year(year)
    if month is not None and (not isinstance(month, int) or not 1 <= month <= 12):
        raise UserError("Bulan harus 1 sampai 12.", field="month")
    b = get_budget(db, year=year)
    if b is None:
        raise NotFound(f"Belum ada RAPB tahun {year}; susun anggarannya dulu (Laporan › Anggaran).")
    if month is None:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:
        start = dt.date(year, month, 1)
        end = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    inc = accounting.income_statement(db, date_from=start, date_to=end)
    actual = {x.code: (x.label, kind, x.amount) for sec, kind in zip(inc.sections, ("income", "expense"), strict=True)
              for x in sec.lines if x.code}
    budgeted = {x.code: (x.name, x.kind, x.amount if month is None else rules.monthly_split(x.amount)[month - 1])
                for x in b.lines}
    rows = []
    for code in sorted(set(actual) | set(budgeted)):
        name, kind = (budgeted.get(code) or actual[code])[:2]
        rows.append(_row(code, name, kind, budgeted.get(code, (0, 0, 0))[2], actual.get(code, (0, 0, 0))[2]))
    tot = {k: (sum(r.budget for r in rows if r.kind == k), sum(r.actual for r in rows if r.kind == k))
           for k in ("income", "expense")}
    income = _row("", "Jumlah pendapatan", "income", *tot["income"])
    expense = _row("", "Jumlah beban", "expense", *tot["expense"])
    surplus = _row("", "SISA HASIL USAHA (SHU)", "", income.budget - expense.budget, income.actual - expense.actual)
    targets = _targets(db, b, start, end) if month is None else ()
    return Realisation(year, month, start, end, b.status, b.approved_on, tuple(rows), income, expense, surplus,
                       targets)


def _targets(db: Database, b: BudgetDTO, start: dt.date, end: dt.date) -> tuple[TargetRow, ...]:
    out = []
    for key, target in b.targets.items():
        label, unit = rules.TARGETS[key]
        if key == "new_members":
            with db.read() as s:
                actual = int(s.scalar(select(func.count(Member.id)).where(
                    Member.activated_on >= start, Member.activated_on <= end)) or 0)
            pct = rules.realisation_pct(actual, target)
        elif key == "credits_disbursed":
            actual = sum(c.principal for c in credits.list_credits(db)
                         if c.disbursed_on and start <= c.disbursed_on <= end)
            pct = rules.realisation_pct(actual, target)
        else:
            collected, due = repayments.collected_and_due(db, date_from=start, date_to=end)
            actual = rules.realisation_pct(collected, due) if due else Decimal(0)
            pct = rules.realisation_pct(int(actual * 10), target * 10) if due else None
        out.append(TargetRow(key, label, unit, target, actual, pct))
    return tuple(out)


# ------------------------------------------------------------------ documents

def realisation_grid(db: Database, *, year: int, month: int | None = None, actor: Actor | None = None):
    """The realisation as the grid the PDF, the workbook and the Laporan window show."""

    from kamura_desktop.documents import filings as doc

    return doc.realisation_grid(realisation(db, year=year, month=month, actor=actor))


def write_realisation(db: Database, *, year: int, path: Path | str, month: int | None = None,
                      actor: Actor | None = None) -> Progress:
    """The realisation report as PDF or Excel (by the extension of ``path``)."""

    from kamura_desktop.documents import filings as doc

    yield 0, 3, "Membaca anggaran dan buku besar"
    r = realisation(db, year=year, month=month, actor=actor)
    grid = doc.realisation_grid(r)
    yield 1, 3, "Menulis laporan"
    out = _write(db, grid, path)
    yield 3, 3, "Selesai"
    return out


def write_budget(db: Database, *, year: int, path: Path | str, actor: Actor | None = None) -> Progress:
    """The RAPB itself (accounts, totals, targets) as PDF or Excel."""

    from kamura_desktop.documents import filings as doc

    if actor is not None:
        require(actor, "reports.view")
    yield 0, 2, "Membaca anggaran"
    b = get_budget(db, year=year)
    if b is None:
        raise NotFound(f"Belum ada RAPB tahun {year}.")
    out = _write(db, doc.budget_grid(b), path)
    yield 2, 2, "Selesai"
    return out


def _write(db: Database, grid, path: Path | str) -> Path:
    from kamura_desktop.documents.financial_statements import build_grid_pdf, write_grid_workbook

    path = Path(path)
    profile = settings_service.get_profile(db)
    if path.suffix.lower() == ".pdf":
        return build_grid_pdf(path, grid, profile=profile, signatures=accounting_docs.signatures(db))
    if path.suffix.lower() == ".xlsx":
        for _ in write_grid_workbook(path, grid, cooperative=profile.name,
                                     info=[("Koperasi", profile.name), ("Laporan", grid.title.title()),
                                           ("Periode", grid.period),
                                           ("Dibuat", dt.datetime.now().replace(microsecond=0))]):
            pass
        return path
    raise UserError(f"Berkas tujuan {path.name} harus berakhiran .pdf atau .xlsx.", field="out")
