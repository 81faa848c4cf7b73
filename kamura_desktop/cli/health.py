"""kamura report health: the health assessment of the KSP/USP (penilaian kesehatan).

    kamura report health --as-of 2024-12-31 [--scheme perdep06-2016|permenkop09-2020]
                         --out kesehatan-2024.pdf|.xlsx --user NAMA

The ratios come from the books as of the date; the management/governance checklist is the one
the chair saved for that date and scheme in the app (unanswered questions count as "tidak").
The file type follows the extension of --out. Requires a user allowed to see reports.
"""

from __future__ import annotations

import argparse

from kamura_desktop.domain import health as rules
from kamura_desktop.domain.dates import format_date_id, parse_date
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import health
from kamura_desktop.services.permissions import require

from .common import BY_SUFFIX, add_output, command_group, login, needs, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    rpt = command_group(sub, "report", "laporan")
    p = rpt.add_parser("health", parents=[parent],
                       help="penilaian kesehatan KSP/USP per tanggal (PDF atau Excel)")
    p.add_argument("--as-of", required=True, metavar="TANGGAL", help="posisi penilaian, mis. 2024-12-31")
    p.add_argument("--scheme", default="perdep06-2016", metavar="SKEMA",
                   help="perdep06-2016 (tujuh aspek, bawaan) atau permenkop09-2020 (empat aspek)")
    add_output(p, "--out", kind=BY_SUFFIX, required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx")
    p.set_defaults(func=cmd_health)
    needs(p, "health.view")


def cmd_health(args: argparse.Namespace) -> int:
    as_of = parse_date(args.as_of, field="as_of")
    scheme = rules.scheme(args.scheme)
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(f"Berkas tujuan {args.out.name} harus berakhiran .pdf atau .xlsx.", field="out")
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        require(actor, "health.view")
        result = health.assess(db, as_of=as_of, scheme=scheme.code, actor=actor)
        writer = health.write_health_pdf if suffix == ".pdf" else health.write_health_xlsx
        steps = writer(db, as_of=as_of, scheme=scheme.code, path=args.out, actor=actor, assessment=result)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                path = stop.value
                break
    finally:
        db.close()
    print(f"Penilaian kesehatan {scheme.short} per {format_date_id(as_of)}: Skor {rules.fmt_score(result.total)} — {result.predicate}")
    if result.saved_id is None:
        print("Catatan: belum ada daftar periksa tersimpan untuk tanggal ini; semua butir dihitung 'tidak'.")
    print(f"Ditulis: {path}")
    return 0
