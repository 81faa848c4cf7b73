"""Lender pool commands: the lender list, the lenders' printouts and the revolving fund's
development.

    kamura lenders list [--json]
    kamura print lender-statement    --lender NOMOR [--from TANGGAL --to TANGGAL] --out F.pdf
    kamura print lender-registration --lender NOMOR --out F.pdf
    kamura print group-fact-sheet    --application PGJ-… --out F.pdf
    kamura report fund-development   [--json] [--pdf F.pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from kamura_desktop.domain.dates import parse_date
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import lender_docs, lender_pool

from .common import add_output, command_group, needs, open_db


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:  # UserError: argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    lnd = command_group(sub, "lenders", "lender (pemberi dana)")
    p = lnd.add_parser("list", parents=[parent], help="daftar lender dengan dana sukarela dan dana tersalur")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_lenders_list)
    needs(p, "lenders.view")

    prn = command_group(sub, "print", "cetak dokumen ke PDF")
    p = prn.add_parser("lender-statement", parents=[parent], help="laporan dana lender untuk satu periode")
    p.add_argument("--lender", required=True, metavar="NOMOR", help="nomor anggota lender (KMR-0001)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="TANGGAL",
                   help="awal periode (bawaan: 1 Januari tahun ini)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="TANGGAL", help="akhir periode (bawaan: hari ini)")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_lender_statement)
    needs(p, "lenders.view")
    p = prn.add_parser("lender-registration", parents=[parent],
                       help="formulir pendaftaran lender dan pernyataan komitmen")
    p.add_argument("--lender", required=True, metavar="NOMOR", help="nomor anggota (KMR-0001)")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_lender_registration)
    needs(p, "lenders.view")
    p = prn.add_parser("group-fact-sheet", parents=[parent], help="lembar fakta kelompok untuk calon lender")
    p.add_argument("--application", required=True, metavar="PGJ-…", help="nomor pengajuan")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_group_fact_sheet)
    needs(p, "lenders.view")

    rep = command_group(sub, "report", "laporan")
    p = rep.add_parser("fund-development", parents=[parent], help="perkembangan dana bergulir per tahun")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    add_output(p, "--pdf", kind="pdf", metavar="BERKAS", help="cetak juga ke PDF (dengan grafik)")
    p.set_defaults(func=cmd_report_fund_development)
    needs(p, "lenders.view")


def cmd_lenders_list(args) -> int:
    db = open_db(args, create=False)
    try:
        rows = lender_pool.list_lenders(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "number": r.number, "name": r.name, "sukarela": r.sukarela, "committed": r.committed,
            "deployed": r.deployed, "available": r.available, "returned": r.returned, "earned": r.earned,
            "lost": r.lost, "requirements_met": not r.requirements,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    head = ("No. anggota", "Nama", "Sukarela", "Komitmen", "Tersalur", "Tersedia", "Kembali", "Bagi hasil")
    print(f"{head[0]:<11} {head[1]:<22} " + " ".join(f"{h:>13}" for h in head[2:]))
    for r in rows:
        amounts = (r.sukarela, r.committed, r.deployed, r.available, r.returned, r.earned)
        flag = "  (syarat belum lengkap)" if r.requirements else ""
        print(f"{r.number:<11} {r.name[:22]:<22} " + " ".join(f"{format_rupiah(a):>13}" for a in amounts) + flag)
    print(f"{len(rows)} lender; tersalur {format_rupiah(sum(r.deployed for r in rows))}, "
          f"dikomitmenkan {format_rupiah(sum(r.committed for r in rows))}")
    return 0


def _print(args, what: str, make) -> int:
    db = open_db(args, create=False)
    try:
        path = make(db)
    finally:
        db.close()
    print(f"{what} dicetak ke {path}")
    return 0


def cmd_print_lender_statement(args) -> int:
    date_to = args.date_to or dt.date.today()
    date_from = args.date_from or date_to.replace(month=1, day=1)
    return _print(args, f"Laporan dana lender {args.lender}", lambda db: lender_docs.lender_statement_pdf(
        db, member_id=lender_docs.member_id_by_number(db, args.lender), date_from=date_from, date_to=date_to,
        path=args.out))


def cmd_print_lender_registration(args) -> int:
    return _print(args, f"Formulir pendaftaran lender {args.lender}",
                  lambda db: lender_docs.lender_registration_pdf(
                      db, member_id=lender_docs.member_id_by_number(db, args.lender), path=args.out))


def cmd_print_group_fact_sheet(args) -> int:
    return _print(args, f"Lembar fakta kelompok {args.application}",
                  lambda db: lender_docs.group_fact_sheet_pdf(
                      db, application_id=lender_docs.application_id_by_number(db, args.application),
                      path=args.out))


def cmd_report_fund_development(args) -> int:
    db = open_db(args, create=False)
    try:
        years = lender_pool.revolving_fund_development(db)
        if args.pdf:
            path = lender_docs.fund_development_pdf(db, path=args.pdf)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "year": y.year, "grants": y.grants, "lent": y.lent, "loans": y.loans, "repaid": y.repaid,
            "income": y.income, "losses": y.losses, "capital_end": y.capital_end,
            "outstanding_end": y.outstanding_end,
        } for y in years], ensure_ascii=False, indent=2))
    else:
        head = ("Tahun", "Hibah", "Disalurkan", "Kembali", "Jasa", "Kerugian", "Modal akhir", "Beredar akhir")
        print(f"{head[0]:<6}" + "".join(f"{h:>15}" for h in head[1:]))
        for y in years:
            amounts = (y.grants, y.lent, y.repaid, y.income, y.losses, y.capital_end, y.outstanding_end)
            print(f"{y.year:<6}" + "".join(f"{format_rupiah(a):>15}" for a in amounts))
        capital = years[-1].capital_end if years else 0
        print(f"Modal dana bergulir: {format_rupiah(capital)}")
    if args.pdf:  # on stderr with --json, so that stdout stays valid JSON
        print(f"Perkembangan dana bergulir dicetak ke {path}", file=sys.stderr if args.json else sys.stdout)
    return 0
