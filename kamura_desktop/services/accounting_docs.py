"""Financial statements to PDF and Excel (issue 8).

:func:`write_statement_pdf` and :func:`write_statement_xlsx` read one report from
``services.accounting`` and hand it to ``documents.financial_statements``. Both are
generators yielding ``(done, total, text)`` progress for ``ctx.tasks.run`` (iterate them to
the end to write the file; the generator returns the path). Printing changes nothing.

Reports: ``cash-book``, ``general-ledger`` (``account_code`` required), ``trial-balance``,
``balance-sheet`` (at ``date_to``, beside 31 December of the year before), ``income-statement``,
``equity-changes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.documents import financial_statements as fs
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError

from . import accounting
from . import settings as settings_service

REPORTS = ("cash-book", "general-ledger", "trial-balance", "balance-sheet", "income-statement",
           "equity-changes")
REPORT_NAMES = {
    "cash-book": "Buku kas harian",
    "general-ledger": "Buku besar",
    "trial-balance": "Neraca saldo",
    "balance-sheet": "Laporan posisi keuangan (neraca)",
    "income-statement": "Perhitungan hasil usaha",
    "equity-changes": "Laporan perubahan ekuitas",
}

Progress = Generator[tuple[int, int, str], None, Path]


def _only_user(db: Database, role: str) -> str | None:
    """The name of the one active user with this role (None when there are none or several)."""
    with db.read() as s:
        names = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                               .order_by(User.id).limit(2)))
    return names[0] if len(names) == 1 else None


def signatures(db: Database, signed_on: dt.date | None = None) -> fs.Signatures:
    return fs.Signatures(chair=_only_user(db, "ketua"), treasurer=_only_user(db, "bendahara"),
                         signed_on=signed_on or dt.date.today())


def report_grid(db: Database, *, report: str, date_from: dt.date, date_to: dt.date,
                account_code: str | None = None) -> fs.ReportGrid:
    """The report as the grid both the PDF and the workbook are drawn from."""
    if report not in REPORTS:
        raise UserError(f"Laporan '{report}' tidak dikenal. Pilihan: {', '.join(REPORTS)}.", field="report")
    if report == "balance-sheet":
        compare = dt.date(date_to.year - 1, 12, 31)
        return fs.balance_sheet_grid(accounting.balance_sheet(db, as_of=date_to, compare_as_of=compare))
    if report == "income-statement":
        # SAK EP statements are comparative: the same period a year earlier beside it
        return fs.income_statement_grid(accounting.income_statement(db, date_from=date_from, date_to=date_to,
                                                                    compare=True))
    if report == "equity-changes":
        return fs.equity_changes_grid(accounting.equity_changes(db, date_from=date_from, date_to=date_to))
    if report == "trial-balance":
        return fs.trial_balance_grid(accounting.trial_balance_report(db, date_from=date_from, date_to=date_to))
    if report == "cash-book":
        gl = accounting.cash_book(db, date_from=date_from, date_to=date_to, account_code=account_code or "1101")
        return fs.ledger_grid(gl, cash_book=True)
    if not account_code:
        raise UserError("Pilih akun untuk buku besar.", field="account_code")
    return fs.ledger_grid(accounting.general_ledger(db, account_code=account_code, date_from=date_from,
                                                    date_to=date_to))


def write_statement_pdf(db: Database, *, report: str, path: Path | str, date_from: dt.date, date_to: dt.date,
                        account_code: str | None = None) -> Progress:
    """Write one report as an A4 PDF; yields (done, total, text) and returns the path."""
    name = REPORT_NAMES.get(report, report)
    yield 0, 3, f"Membaca buku besar untuk {name.lower()}…"
    grid = report_grid(db, report=report, date_from=date_from, date_to=date_to, account_code=account_code)
    profile = settings_service.get_profile(db)
    sig = signatures(db)
    yield 1, 3, f"Menyusun {len(grid.rows)} baris ke halaman PDF…"
    out = fs.build_grid_pdf(path, grid, profile=profile, signatures=sig)
    yield 3, 3, "Selesai"
    return out


def write_statement_xlsx(db: Database, *, report: str, path: Path | str, date_from: dt.date, date_to: dt.date,
                         account_code: str | None = None) -> Progress:
    """Write one report as an Excel workbook (numbers as numbers, dates as dates)."""
    name = REPORT_NAMES.get(report, report)
    yield 0, 100, f"Membaca buku besar untuk {name.lower()}…"
    grid = report_grid(db, report=report, date_from=date_from, date_to=date_to, account_code=account_code)
    profile = settings_service.get_profile(db)
    info = [("Koperasi", profile.name), ("Laporan", name), ("Dari tanggal", date_from),
            ("Sampai tanggal", date_to), ("Dibuat", dt.datetime.now().replace(microsecond=0)),
            ("Jumlah", "dalam rupiah; angka negatif dalam tanda kurung")]
    if account_code:
        info.insert(2, ("Akun", account_code))
    for done, total in fs.write_grid_workbook(path, grid, cooperative=profile.name, info=info):
        yield 10 + (85 * done // total if total else 85), 100, f"Menulis baris {done} dari {total}…"
    yield 100, 100, "Selesai"
    return Path(path)


def default_filename(report: str, date_from: dt.date, date_to: dt.date, ext: str) -> str:
    if report == "balance-sheet":
        return f"{report}-{date_to.isoformat()}.{ext}"
    return f"{report}-{date_from.isoformat()}-{date_to.isoformat()}.{ext}"


def period_label(date_from: dt.date, date_to: dt.date) -> str:
    return f"{format_date_id(date_from)} – {format_date_id(date_to)}"
