"""Financial reports from the ledger (issue 8). Reading a report needs no login, like
``kamura report arrears``: whoever can reach the file can read it anyway.

    kamura report trial-balance (--year TAHUN | --from TANGGAL --to TANGGAL) [--json]
    kamura report balance-sheet (--as-of TANGGAL | --year TAHUN) [--json]
    kamura report income-statement (--year TAHUN | --from TANGGAL --to TANGGAL) [--json]
    kamura report equity-changes (--year TAHUN | --from TANGGAL --to TANGGAL) [--json]
    kamura report cash-book --from TANGGAL --to TANGGAL [--account 1101] [--json]
    kamura report general-ledger --account KODE --from TANGGAL --to TANGGAL [--json]

Each also takes ``--pdf BERKAS.pdf`` and ``--xlsx BERKAS.xlsx``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.dates import format_date_id, parse_date
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import accounting, accounting_docs

from .common import add_output, command_group, needs, open_db


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:  # UserError: argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tahun tidak sah: {text}") from exc
    if not 1900 <= year <= 2999:
        raise argparse.ArgumentTypeError(f"tahun tidak sah: {text}")
    return year


def _outputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    add_output(p, "--pdf", kind="pdf", metavar="BERKAS", help="tulis juga ke PDF")
    add_output(p, "--xlsx", kind="xlsx", metavar="BERKAS", help="tulis juga ke Excel")


def _period_args(p: argparse.ArgumentParser, *, year: bool = True) -> None:
    if year:
        p.add_argument("--year", type=_year, metavar="TAHUN", help="tahun buku (1 Januari – 31 Desember)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="TANGGAL", help="dari tanggal")
    p.add_argument("--to", dest="date_to", type=_date, metavar="TANGGAL", help="sampai tanggal")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    rpt = command_group(sub, "report", "laporan")
    p = rpt.add_parser("trial-balance", parents=[parent], help="neraca saldo (akun, debit, kredit)")
    _period_args(p)
    _outputs(p)
    p.set_defaults(func=cmd_trial_balance)
    needs(p, "reports.view")

    p = rpt.add_parser("balance-sheet", parents=[parent], help="laporan posisi keuangan (neraca)")
    p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="per tanggal")
    p.add_argument("--year", type=_year, metavar="TAHUN", help="per 31 Desember tahun ini")
    p.add_argument("--compare", type=_date, metavar="TANGGAL",
                   help="dibandingkan dengan tanggal (bawaan: 31 Desember tahun sebelumnya)")
    _outputs(p)
    p.set_defaults(func=cmd_balance_sheet)
    needs(p, "reports.view")

    p = rpt.add_parser("income-statement", parents=[parent], help="perhitungan hasil usaha (SHU)")
    _period_args(p)
    _outputs(p)
    p.set_defaults(func=cmd_income_statement)
    needs(p, "reports.view")

    p = rpt.add_parser("equity-changes", parents=[parent], help="laporan perubahan ekuitas")
    _period_args(p)
    _outputs(p)
    p.set_defaults(func=cmd_equity_changes)
    needs(p, "reports.view")

    p = rpt.add_parser("cash-book", parents=[parent], help="buku kas harian dengan saldo berjalan")
    _period_args(p)
    p.add_argument("--account", default="1101", metavar="KODE", help="akun kas/bank (bawaan 1101 Kas)")
    _outputs(p)
    p.set_defaults(func=cmd_cash_book)
    needs(p, "reports.view")

    p = rpt.add_parser("general-ledger", parents=[parent], help="buku besar satu akun")
    _period_args(p)
    p.add_argument("--account", required=True, metavar="KODE", help="kode akun, mis. 2101")
    _outputs(p)
    p.set_defaults(func=cmd_general_ledger)
    needs(p, "reports.view")


# ---------------------------------------------------------------- helpers

def _period(args, *, need: bool = True) -> tuple[dt.date, dt.date]:
    year = getattr(args, "year", None)
    if year is not None:
        if args.date_from or args.date_to:
            raise SystemExit("Kesalahan: pakai --year ATAU --from/--to, bukan keduanya.")
        return accounting.year_period(year)
    if args.date_from and args.date_to:
        return args.date_from, args.date_to
    if need:
        what = "--year TAHUN atau --from TANGGAL --to TANGGAL" if hasattr(args, "year") else \
            "--from TANGGAL --to TANGGAL"
        raise SystemExit(f"Kesalahan: sebutkan periode: {what}.")
    return args.date_from, args.date_to


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _files(db, args, report: str, date_from: dt.date, date_to: dt.date, account: str | None = None) -> list[str]:
    done = []
    kwargs = dict(report=report, date_from=date_from, date_to=date_to, account_code=account)
    if args.pdf:
        done.append(f"PDF ditulis ke {drain(accounting_docs.write_statement_pdf(db, path=args.pdf, **kwargs))}")
    if args.xlsx:
        done.append(f"Excel ditulis ke {drain(accounting_docs.write_statement_xlsx(db, path=args.xlsx, **kwargs))}")
    return done


def _read(args, report: str, compute, date_from: dt.date, date_to: dt.date,
          account: str | None = None):
    """Open the file read-only, compute the report, write --pdf/--xlsx; (report, notes)."""
    db = open_db(args, create=False)
    try:
        return compute(db), _files(db, args, report, date_from, date_to, account)
    finally:
        db.close()


def _finish(args, notes: list[str]) -> int:
    if not args.json:
        for note in notes:
            print(note)
    return 0


def _money(amount: int) -> str:
    if amount == 0:
        return "-"
    return f"({format_rupiah(-amount)})" if amount < 0 else format_rupiah(amount)


def _print_sections(sections, width: int = 50, compare=None) -> None:
    """Sections with their lines; ``compare``: the same sections at another date (same lines)."""
    for k, sec in enumerate(sections):
        other = compare[k] if compare is not None else None
        print(sec.title.upper())
        for i, line in enumerate(sec.lines):
            label = ("  " * (line.level + 1)) + line.label
            code = line.code or ""
            extra = f" {_money(other.lines[i].amount):>20}" if other is not None else ""
            print(f"{label[:width]:<{width}} {code:<5} {_money(line.amount):>20}{extra}")
        extra = f" {_money(other.total):>20}" if other is not None else ""
        print(f"{'  Jumlah ' + sec.title.lower():<{width}} {'':<5} {_money(sec.total):>20}{extra}")


# ---------------------------------------------------------------- commands

def trial_balance_json(tb: accounting.TrialBalanceReport, year: int | None) -> dict:
    """The CLI's JSON: the closing balance of every account with one, on its side."""
    rows = [{"account": r.code, "name": r.name, "debit": r.closing_debit, "credit": r.closing_credit}
            for r in tb.rows if r.closing_debit or r.closing_credit]
    return {"year": year, "date_from": tb.date_from.isoformat(), "date_to": tb.date_to.isoformat(),
            "rows": rows, "total_debit": sum(r["debit"] for r in rows),
            "total_credit": sum(r["credit"] for r in rows)}


def cmd_trial_balance(args) -> int:
    date_from, date_to = _period(args)
    tb, notes = _read(args, "trial-balance",
                      lambda db: accounting.trial_balance_report(db, date_from=date_from, date_to=date_to),
                      date_from, date_to)
    data = trial_balance_json(tb, args.year)
    if args.json:
        _print_json(data)
        return 0
    print(f"Neraca saldo {format_date_id(date_from)} – {format_date_id(date_to)}")
    print(f"{'Akun':<6} {'Nama akun':<42} {'Debit':>20} {'Kredit':>20}")
    for r in data["rows"]:
        print(f"{r['account']:<6} {r['name'][:42]:<42} {_money(r['debit']):>20} {_money(r['credit']):>20}")
    print(f"{'':<6} {'Jumlah':<42} {_money(data['total_debit']):>20} {_money(data['total_credit']):>20}")
    print("Seimbang." if tb.balanced else "TIDAK SEIMBANG.")
    return _finish(args, notes)


def cmd_balance_sheet(args) -> int:
    if (args.as_of is None) == (args.year is None):
        raise SystemExit("Kesalahan: sebutkan --as-of TANGGAL atau --year TAHUN (salah satu).")
    as_of = args.as_of or dt.date(args.year, 12, 31)
    compare = args.compare or dt.date(as_of.year - 1, 12, 31)
    bs, notes = _read(args, "balance-sheet",
                      lambda db: accounting.balance_sheet(db, as_of=as_of, compare_as_of=compare),
                      as_of, as_of)
    if args.json:
        _print_json(_plain(bs))
        return 0
    print(f"Laporan posisi keuangan per {format_date_id(as_of)} (dibandingkan dengan {format_date_id(compare)})")
    print(f"{'':<56} {as_of.strftime('%d-%m-%Y'):>20} {compare.strftime('%d-%m-%Y'):>20}")
    _print_sections(bs.sections, compare=bs.compare.sections)
    print(f"{'JUMLAH LIABILITAS DAN EKUITAS':<56} {_money(bs.total_liabilities_equity):>20} "
          f"{_money(bs.compare.total_liabilities_equity):>20}")
    print("Seimbang." if bs.balanced else "TIDAK SEIMBANG.")
    return _finish(args, notes)


def cmd_income_statement(args) -> int:
    date_from, date_to = _period(args)
    st, notes = _read(args, "income-statement",
                      lambda db: accounting.income_statement(db, date_from=date_from, date_to=date_to),
                      date_from, date_to)
    if args.json:
        _print_json(_plain(st))
        return 0
    print(f"Perhitungan hasil usaha {format_date_id(date_from)} – {format_date_id(date_to)}")
    _print_sections(st.sections)
    print(f"{'SISA HASIL USAHA (SHU)':<56} {_money(st.surplus):>20}")
    return _finish(args, notes)


def cmd_equity_changes(args) -> int:
    date_from, date_to = _period(args)
    ec, notes = _read(args, "equity-changes",
                      lambda db: accounting.equity_changes(db, date_from=date_from, date_to=date_to),
                      date_from, date_to)
    if args.json:
        _print_json(_plain(ec))
        return 0
    print(f"Perubahan ekuitas {format_date_id(date_from)} – {format_date_id(date_to)}")
    print(f"{'Akun':<5} {'Ekuitas':<36} {'Saldo awal':>18} {'Penambahan':>18} {'Pengurangan':>18} {'Saldo akhir':>18}")
    for r in ec.rows:
        print(f"{r.code:<5} {r.name[:36]:<36} {_money(r.opening):>18} {_money(r.increase):>18} "
              f"{_money(r.decrease):>18} {_money(r.closing):>18}")
    print(f"{'':<5} {'Jumlah':<36} {_money(ec.total_opening):>18} {_money(ec.total_increase):>18} "
          f"{_money(ec.total_decrease):>18} {_money(ec.total_closing):>18}")
    return _finish(args, notes)


def _ledger(args, report: str) -> int:
    date_from, date_to = _period(args)
    if report == "cash-book":
        def compute(db):
            return accounting.cash_book(db, date_from=date_from, date_to=date_to, account_code=args.account)
    else:
        def compute(db):
            return accounting.general_ledger(db, account_code=args.account, date_from=date_from,
                                             date_to=date_to)
    gl, notes = _read(args, report, compute, date_from, date_to, args.account)
    if args.json:
        _print_json(_plain(gl))
        return 0
    name = "Buku kas harian" if report == "cash-book" else "Buku besar"
    print(f"{name} {gl.code} {gl.name} · {format_date_id(date_from)} – {format_date_id(date_to)}")
    print(f"{'':<10} {'':<14} {'Saldo awal':<44} {'':>16} {'':>16} {_money(gl.opening):>18}")
    for r in gl.rows:
        print(f"{r.date.strftime('%d-%m-%Y'):<10} {r.number:<14} {r.description[:44]:<44} "
              f"{_money(r.debit) if r.debit else '':>16} {_money(r.credit) if r.credit else '':>16} "
              f"{_money(r.balance):>18}")
    print(f"{'':<10} {'':<14} {'Saldo akhir':<44} {_money(gl.total_debit):>16} {_money(gl.total_credit):>16} "
          f"{_money(gl.closing):>18}")
    return _finish(args, notes)


def cmd_cash_book(args) -> int:
    return _ledger(args, "cash-book")


def cmd_general_ledger(args) -> int:
    return _ledger(args, "general-ledger")
