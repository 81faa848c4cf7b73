"""Repayment book commands: record an instalment, show a credit's statement, print pocket
books and a meeting's collection sheet, report arrears (PAR and kolektibilitas).

    kamura repayments record --credit KR-… --amount 4200 [--date TANGGAL] --user NAMA
    kamura repayments statement --credit KR-… [--as-of TANGGAL] [--json]
    kamura print pocket-books (--credit KR-… | --group KODE | --disbursed-on TANGGAL)
                              --out F.pdf [--layout a6_4up|a5_2up]
    kamura print collection-sheet --group KODE [--date TANGGAL] --out F.pdf
    kamura report arrears [--as-of TANGGAL] [--json] [--xlsx F.xlsx]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kamura_desktop.documents.pocket_book import DEFAULT_LAYOUT, LAYOUTS
from kamura_desktop.domain.dates import format_date_id, format_date_short, parse_date
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import groups, repayment_docs, repayments

from .common import add_output, add_user_option, command_group, login, needs, open_db


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:  # UserError: argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _rupiah(text: str) -> int:
    try:
        return parse_rupiah(text)
    except Exception as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    rep = command_group(sub, "repayments", "angsuran kredit")
    p = rep.add_parser("record", parents=[parent], help="catat angsuran dari buku saku")
    p.add_argument("--credit", required=True, metavar="KR-…", help="nomor kredit")
    p.add_argument("--amount", required=True, type=_rupiah, metavar="JUMLAH",
                   help="jumlah dibayar (4200 atau Rp4.200)")
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="tanggal bayar (bawaan: hari ini)")
    p.add_argument("--note", metavar="TEKS", help="catatan")
    add_user_option(p)
    p.set_defaults(func=cmd_record)
    needs(p, "repayments.record")
    p = rep.add_parser("statement", parents=[parent], help="jadwal dan pembayaran satu kredit")
    p.add_argument("--credit", required=True, metavar="KR-…", help="nomor kredit")
    p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="per tanggal (bawaan: hari ini)")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_statement)
    needs(p, "repayments.view")

    prn = command_group(sub, "print", "cetak dokumen ke PDF")
    p = prn.add_parser("pocket-books", parents=[parent],
                       help="buku saku angsuran: satu kredit, satu kelompok atau satu pencairan")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--credit", metavar="KR-…", help="nomor kredit")
    which.add_argument("--group", metavar="KODE", help="kredit berjalan kelompok ini (KLP-001)")
    which.add_argument("--disbursed-on", type=_date, metavar="TANGGAL",
                       help="semua kredit yang dicairkan pada tanggal ini")
    p.add_argument("--layout", choices=sorted(LAYOUTS), default=DEFAULT_LAYOUT,
                   help="a6_4up (bawaan: 4 halaman A6 per lembar A4), a6_booklet (buku lipat: "
                        "2 halaman A6 per lembar A5, cetak bolak-balik, lipat, staples) atau a5_2up")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_pocket_books)
    needs(p, "repayments.view")
    p = prn.add_parser("collection-sheet", parents=[parent],
                       help="lembar penagihan dan daftar hadir pertemuan kelompok")
    p.add_argument("--group", required=True, metavar="KODE", help="kode kelompok (KLP-001)")
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="tanggal pertemuan (bawaan: hari ini)")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_collection_sheet)
    needs(p, "repayments.view")

    rpt = command_group(sub, "report", "laporan")
    p = rpt.add_parser("arrears", parents=[parent],
                       help="tunggakan: PAR 1/30/90 dan kolektibilitas (jumlah dan nilai)")
    p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="per tanggal (bawaan: hari ini)")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    add_output(p, "--xlsx", kind="xlsx", metavar="BERKAS", help="juga tulis daftar tunggakan ke Excel")
    p.set_defaults(func=cmd_report_arrears)
    needs(p, "repayments.view")


# ---------------------------------------------------------------- repayments

def cmd_record(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        credit_id = repayment_docs.find_credit_id(db, args.credit)
        receipt = repayments.record_repayment(db, actor=actor, credit_id=credit_id, amount=args.amount,
                                              on_date=args.date or dt.date.today(), note=args.note).value
    finally:
        db.close()
    print(f"{receipt.receipt_no}: {format_rupiah(receipt.amount)} untuk {receipt.credit_number} "
          f"{receipt.member_name} ({receipt.group_code}), {format_date_id(receipt.on_date)}")
    print(f"  jasa {format_rupiah(receipt.service_part)}, pokok {format_rupiah(receipt.principal_part)}; "
          f"sisa {format_rupiah(receipt.outstanding_after)}" + ("  — LUNAS" if receipt.lunas else ""))
    return 0


def cmd_statement(args) -> int:
    db = open_db(args, create=False)
    try:
        credit_id = repayment_docs.find_credit_id(db, args.credit)
        st = repayments.credit_statement(db, credit_id, as_of=args.as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "number": st.number, "member": st.member_name, "member_number": st.member_number,
            "group": st.group_code, "status": st.status, "as_of": st.as_of.isoformat(),
            "principal": st.principal, "total_due": st.total_due, "paid": st.paid,
            "outstanding": st.outstanding, "days_past_due": st.days_past_due,
            "kolektibilitas": st.kolektibilitas,
            "instalments": [{"no": i.no, "due_date": i.due_date.isoformat(), "amount": i.amount,
                             "principal": i.principal, "service": i.service, "paid": i.paid,
                             "paid_on": i.paid_on.isoformat() if i.paid_on else None}
                            for i in st.instalments],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"{st.number}  {st.member_name} ({st.member_number})  {st.group_code}  per "
          f"{format_date_id(st.as_of)}")
    for i in st.instalments:
        paid = f"{format_rupiah(i.paid):>12} {format_date_short(i.paid_on)}" if i.paid else ""
        print(f"  {i.no:>3}  {format_date_short(i.due_date)}  {format_rupiah(i.amount):>12}  {paid}")
    kol = f", kolektibilitas {st.kolektibilitas}" if st.kolektibilitas else ""
    print(f"Dibayar {format_rupiah(st.paid)} dari {format_rupiah(st.total_due)}; sisa "
          f"{format_rupiah(st.outstanding)}; tunggakan {st.days_past_due} hari{kol}")
    return 0


# ---------------------------------------------------------------- printouts

def cmd_print_pocket_books(args) -> int:
    db = open_db(args, create=False)
    try:
        ids = repayment_docs.pocket_book_credit_ids(
            db, credit_number=args.credit, group_code=args.group, disbursed_on=args.disbursed_on)
        path = repayment_docs.pocket_books_pdf(db, credit_ids=ids, path=args.out, layout=args.layout)
    finally:
        db.close()
    print(f"{len(ids)} buku saku dicetak ke {path} ({LAYOUTS[args.layout].label})")
    return 0


def cmd_print_collection_sheet(args) -> int:
    db = open_db(args, create=False)
    try:
        group = groups.group_by_code(db, args.group)
        on = args.date or dt.date.today()
        path = repayment_docs.collection_sheet_pdf(db, group_id=group.id, meeting_date=on, path=args.out)
    finally:
        db.close()
    print(f"Lembar penagihan {group.code} {format_date_id(on)} dicetak ke {path}")
    return 0


# ---------------------------------------------------------------- reports

def cmd_report_arrears(args) -> int:
    db = open_db(args, create=False)
    try:
        report = repayment_docs.arrears_report(db, as_of=args.as_of)
        xlsx = repayment_docs.arrears_xlsx(db, as_of=report.as_of, path=args.xlsx) if args.xlsx else None
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"Tunggakan per {format_date_id(report.as_of)} — {report.rule_set.name}")
    print(f"{len(report.standings)} kredit berjalan, pokok terutang {format_rupiah(report.outstanding)} "
          f"(jasa terutang {format_rupiah(report.service_outstanding)}, di luar PAR)")
    print("PAR dan kolektibilitas: dasar pokok terutang")
    for days, ratio in report.par.items():
        print(f"  PAR {days:<3} {ratio.percent_text():>9}  ({format_rupiah(ratio.numerator)} "
              f"dari {format_rupiah(ratio.denominator)})")
    print("Kolektibilitas:")
    for b in report.by_kol:
        print(f"  {b.key} {b.label:<24} {b.count:>4} kredit {format_rupiah(b.outstanding):>14}  "
              f"{b.share.percent_text():>9}  cadangan {format_rupiah(b.provision)}")
    if xlsx:
        print(f"Daftar tunggakan ditulis ke {xlsx}")
    return 0
