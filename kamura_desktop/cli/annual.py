"""kamura report annual: the annual report for the members' meeting (RAT).

    kamura report annual --year 2024 --out laporan-rat-2024.pdf [--xlsx laporan-rat-2024.xlsx]
                         [--user NAMA]

Prints a progress line for each step. Without --user the report is read from the file as
any other report command does; with --user the user must be allowed to export it (ketua or
bendahara).
"""

from __future__ import annotations

import argparse
import sys

from kamura_desktop.services import annual_report
from kamura_desktop.services.permissions import require

from .common import add_output, add_user_option, command_group, login, needs, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    rpt = command_group(sub, "report", "laporan")
    p = rpt.add_parser("annual", parents=[parent],
                       help="laporan tahunan untuk Rapat Anggota Tahunan (PDF, dan Excel bila diminta)")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN", help="tahun buku, mis. 2024")
    add_output(p, "--out", kind="pdf", required=True, metavar="BERKAS.pdf", help="berkas PDF tujuan")
    add_output(p, "--xlsx", kind="xlsx", metavar="BERKAS.xlsx", help="juga tulis buku kerja Excel")
    p.add_argument("--quiet", action="store_true", help="tanpa baris kemajuan")
    add_user_option(p)
    p.set_defaults(func=cmd_annual)
    needs(p, "report.annual")


def _run(steps, *, quiet: bool, what: str):
    last = None
    while True:
        try:
            done, total, text = next(steps)
        except StopIteration as stop:
            return stop.value
        line = f"{what:5s} [{100 * done // max(1, total):3d}%] {text}"
        if not quiet and line != last:
            print(line, flush=True)
        last = line


def cmd_annual(args: argparse.Namespace) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)  # main() logged in and checked report.annual
        require(actor, "report.annual")
        # gathered once for both files
        report = _run(annual_report.collect(db, year=args.year), quiet=args.quiet, what="Data")
        pdf = _run(annual_report.write_annual_report_pdf(db, year=args.year, path=args.out, actor=actor,
                                                         report=report), quiet=args.quiet, what="PDF")
        print(f"PDF ditulis: {pdf}")
        if args.xlsx:
            xlsx = _run(annual_report.write_annual_report_xlsx(db, year=args.year, path=args.xlsx,
                                                               actor=actor, report=report), quiet=args.quiet, what="Excel")
            print(f"Excel ditulis: {xlsx}")
    finally:
        db.close()
    sys.stdout.flush()
    return 0
