"""Membership book commands: import and export members, import opening balances, list
members, print kwitansi, passbooks and registration forms."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from kamura_desktop.domain.dates import parse_date
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import membership

from .common import add_input, add_output, add_user_option, command_group, login, needs, open_db

STATUSES = {"calon": "applicant", "applicant": "applicant", "aktif": "active",
            "active": "active", "keluar": "left", "left": "left"}


def _status(text: str) -> str:
    key = text.strip().lower()
    if key not in STATUSES:
        raise argparse.ArgumentTypeError("status: calon, aktif atau keluar")
    return STATUSES[key]


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:  # UserError: argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    imp = command_group(sub, "import", "impor data dari Excel (.xlsx)")
    p = imp.add_parser("members", parents=[parent], help="impor daftar anggota")
    add_input(p, "file", help="berkas .xlsx")
    p.add_argument("--dry-run", action="store_true",
                   help="periksa saja: daftar semua masalah, tidak ada yang disimpan")
    add_user_option(p)
    p.set_defaults(func=cmd_import_members)
    needs(p, "members.import")
    p = imp.add_parser("savings", parents=[parent],
                       help="impor saldo awal simpanan (No Anggota, Pokok, Wajib, Sukarela, "
                            "Tanggal)")
    add_input(p, "file", help="berkas .xlsx")
    p.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    add_user_option(p)
    p.set_defaults(func=cmd_import_savings)
    needs(p, "savings.opening")

    exp = command_group(sub, "export", "ekspor data ke Excel (.xlsx)")
    p = exp.add_parser("members", parents=[parent], help="ekspor daftar anggota")
    add_output(p, "file", kind="xlsx", help="berkas .xlsx tujuan")
    _filter_options(p)
    p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="saldo per tanggal")
    add_user_option(p)
    p.set_defaults(func=cmd_export_members)
    needs(p, "members.export")

    mem = command_group(sub, "members", "anggota")
    p = mem.add_parser("list", parents=[parent], help="daftar anggota dengan saldo simpanan")
    _filter_options(p)
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_members_list)
    needs(p, "members.view")

    prn = command_group(sub, "print", "cetak dokumen ke PDF")
    p = prn.add_parser("receipt", parents=[parent],
                       help="kwitansi (setoran, angsuran) atau bukti kas keluar (penarikan, "
                            "pengembalian anggota keluar, SHU tunai)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--receipt", metavar="KW-…", nargs="+",
                       help="nomor kwitansi (KW-…) atau bukti kas keluar (BKK-…); beberapa "
                            "nomor: satu PDF, satu per halaman")
    which.add_argument("--tx", type=int, metavar="ID", help="id transaksi simpanan")
    p.add_argument("--reprint", action="store_true",
                   help="cetak ulang: kertas bertanda CETAK ULANG, tercatat di log audit")
    p.add_argument("--size", choices=("a6", "half_a4", "thermal_58", "thermal_80"), default=None,
                   help="ukuran kertas: a6, half_a4 (setengah A4), thermal_58 atau thermal_80 "
                        "(rol printer thermal); bawaan: ukuran di Pengaturan")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_receipt)
    needs(p, "savings.view")
    p = prn.add_parser("passbook", parents=[parent], help="buku simpanan anggota")
    p.add_argument("--member", required=True, metavar="NOMOR", help="nomor anggota (KMR-0001)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="TANGGAL",
                   help="awal periode (bawaan: tanggal masuk)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="TANGGAL",
                   help="akhir periode (bawaan: hari ini)")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_passbook)
    needs(p, "savings.view")
    p = prn.add_parser("member-form", parents=[parent],
                       help="formulir pendaftaran anggota (kosong, atau terisi dengan --member)")
    p.add_argument("--member", metavar="NOMOR", help="nomor anggota; tanpa ini: formulir kosong")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_member_form)
    needs(p, "members.view")


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", type=_status, metavar="STATUS", help="calon, aktif atau keluar")
    p.add_argument("--query", default="", metavar="TEKS",
                   help="cari nama, nomor, NIK, RT/RW, kampung, usaha")


def _filter(args) -> membership.MemberFilter:
    return membership.MemberFilter(query=args.query or "", status=args.status)


def _print_report(report, *, what: str, file: Path) -> int:
    for w in report.warning_lines():
        print(f"Peringatan: {w}")
    if report.problems:
        print(f"Ditemukan {report.problem_count} masalah di {file.name}; tidak ada yang "
              "disimpan:", file=sys.stderr)
        for line in report.problem_lines():
            print(f"  {line}", file=sys.stderr)
        if report.dry_run and report.created:
            print(f"Baris lain ({report.created} {what}) tidak bermasalah.", file=sys.stderr)
        return 1
    if report.dry_run:
        print(f"Uji coba: {report.created} {what} dari {report.rows} baris siap diimpor dari "
              f"{file.name}. Tidak ada yang disimpan.")
    else:
        print(f"{report.created} {what} diimpor dari {file.name}.")
    return 0


def cmd_import_members(args) -> int:
    from kamura_desktop.services import member_io  # openpyxl, ReportLab: only here

    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        report = member_io.import_members(db, actor=actor, path=args.file, dry_run=args.dry_run)
    finally:
        db.close()
    return _print_report(report, what="anggota", file=args.file)


def cmd_import_savings(args) -> int:
    from kamura_desktop.services import member_io  # openpyxl, ReportLab: only here

    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        report = member_io.import_savings(db, actor=actor, path=args.file, dry_run=args.dry_run)
    finally:
        db.close()
    return _print_report(report, what="saldo awal", file=args.file)


def cmd_export_members(args) -> int:
    from kamura_desktop.services import member_io  # openpyxl, ReportLab: only here

    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        flt = _filter(args)
        path = member_io.export_members_xlsx(db, actor=actor, flt=flt, path=args.file,
                                             as_of=args.as_of)
        count = membership.list_members(db, flt, limit=0).total
    finally:
        db.close()
    print(f"{count} anggota diekspor ke {path}")
    return 0


def cmd_members_list(args) -> int:
    db = open_db(args, create=False)
    try:
        # the NIK as the logged-in role may see it in a list (masked without members.nik.view)
        rows = membership.list_members(db, _filter(args), limit=None, actor=login(db, args)).rows
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "number": r.number, "name": r.name, "nik": r.nik, "status": r.status,
            "pokok": r.pokok, "wajib": r.wajib, "sukarela": r.sukarela,
            "wajib_arrears": r.wajib_arrears,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.number:<10} {r.name[:28]:<28} {r.nik} {r.status_label:<13} "
              f"wajib {format_rupiah(r.wajib):>10}  sukarela {format_rupiah(r.sukarela):>12}"
              + (f"  tunggakan {format_rupiah(r.wajib_arrears)}" if r.wajib_arrears else ""))
    print(f"{len(rows)} anggota")
    return 0


def cmd_print_receipt(args) -> int:
    from kamura_desktop.services import member_io, receipt_print  # ReportLab: only here

    db = open_db(args, create=False)
    try:
        if args.tx is not None and not args.reprint:
            path = member_io.receipt_pdf(db, tx_id=args.tx, path=args.out, size=args.size)
        else:  # any receipt by its number, the savings' too (one definition of each)
            numbers = ([member_io.receipt_for(db, args.tx).receipt_no] if args.tx is not None
                       else [n.upper() for n in args.receipt])
            path = receipt_print.receipts_pdf(db, receipt_nos=numbers, path=args.out,
                                              size=args.size, actor=login(db, args),
                                              reprint=args.reprint)
    finally:
        db.close()
    print(f"{'Cetak ulang' if args.reprint else 'Kwitansi'} dicetak ke {path}")
    return 0


def cmd_print_passbook(args) -> int:
    from kamura_desktop.services import member_io  # openpyxl, ReportLab: only here

    db = open_db(args, create=False)
    try:
        member = membership.find_member_by_number(db, args.member)
        date_from = args.date_from or member.joined_on
        date_to = args.date_to or dt.date.today()
        path = member_io.passbook_pdf(db, member_id=member.id, date_from=date_from,
                                      date_to=date_to, path=args.out)
    finally:
        db.close()
    print(f"Buku simpanan {member.number} {member.name} dicetak ke {path}")
    return 0


def cmd_print_member_form(args) -> int:
    from kamura_desktop.services import member_io  # openpyxl, ReportLab: only here

    db = open_db(args, create=False)
    try:
        member_id = membership.find_member_by_number(db, args.member).id if args.member else None
        path = member_io.registration_form_pdf(db, member_id=member_id, path=args.out,
                                               actor=login(db, args))
    finally:
        db.close()
    print(f"Formulir pendaftaran dicetak ke {path}")
    return 0
