"""Group credit book commands: list credits and groups, print the credit printouts.

    kamura credits list [--json] [--status S] [--group KODE]
    kamura groups list [--json] [--all]
    kamura print participation-form   --application PGJ-… --out F.pdf
    kamura print joint-liability      --group KLP-…       --out F.pdf
    kamura print credit-agreement     --credit KR-…       --out F.pdf
    kamura print disbursement-receipt --application PGJ-… --out F.pdf
    kamura print handover-list        --application PGJ-… --out F.pdf
"""

from __future__ import annotations

import argparse
import json

from kamura_desktop.domain.dates import format_date_short
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credit_docs, credits, groups

from .common import add_output, command_group, needs, open_db

#: what may follow --status: the codes and the Indonesian words the office uses
STATUSES = {
    "applied": "applied", "diajukan": "applied", "approved": "approved", "disetujui": "approved",
    "rejected": "rejected", "ditolak": "rejected", "cancelled": "cancelled", "dibatalkan": "cancelled",
    "active": "active", "berjalan": "active", "aktif": "active", "lunas": "lunas",
    "written_off": "written_off", "dihapusbukukan": "written_off",
}


def _status(text: str) -> str:
    key = text.strip().lower()
    if key not in STATUSES:
        raise argparse.ArgumentTypeError(
            "status: diajukan, disetujui, ditolak, dibatalkan, berjalan, lunas atau dihapusbukukan")
    return STATUSES[key]


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    crd = command_group(sub, "credits", "kredit kelompok")
    p = crd.add_parser("list", parents=[parent], help="daftar kredit")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.add_argument("--status", type=_status, metavar="STATUS",
                   help="hanya status ini (diajukan, disetujui, berjalan, lunas, …)")
    p.add_argument("--group", metavar="KODE", help="hanya kelompok ini (KLP-001, KSM-001)")
    p.set_defaults(func=cmd_credits_list)
    needs(p, "credits.view")

    grp = command_group(sub, "groups", "kelompok peminjam")
    p = grp.add_parser("list", parents=[parent], help="daftar kelompok")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.add_argument("--all", action="store_true", help="termasuk kelompok yang sudah bubar")
    p.set_defaults(func=cmd_groups_list)
    needs(p, "groups.view")

    prn = command_group(sub, "print", "cetak dokumen ke PDF")
    for name, help_text, target, func in (
        ("participation-form", "formulir kepesertaan kelompok (pengajuan)", "application",
         cmd_print_participation_form),
        ("joint-liability", "surat perjanjian tanggung renteng kelompok", "group", cmd_print_joint_liability),
        ("credit-agreement", "surat perjanjian kredit dengan jadwal angsuran", "credit",
         cmd_print_credit_agreement),
        ("disbursement-receipt", "bukti pencairan per anggota (pengajuan)", "application",
         cmd_print_disbursement_receipt),
        ("handover-list", "daftar serah terima paket usaha (pengajuan)", "application",
         cmd_print_handover_list),
    ):
        p = prn.add_parser(name, parents=[parent], help=help_text)
        if target == "application":
            p.add_argument("--application", required=True, metavar="PGJ-…", help="nomor pengajuan")
        elif target == "group":
            p.add_argument("--group", required=True, metavar="KODE", help="kode kelompok (KLP-001)")
        else:
            p.add_argument("--credit", required=True, metavar="KR-…", help="nomor kredit")
        add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
        p.set_defaults(func=func)
        needs(p, "credits.view")


# ---------------------------------------------------------------- lists

def cmd_credits_list(args) -> int:
    db = open_db(args, create=False)
    try:
        rows = credits.list_credits(db, status=args.status, group_code=args.group)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "number": r.number, "group": r.group, "member": r.member, "member_number": r.member_number,
            "product": r.product, "principal": r.principal, "service": r.service,
            "disbursed_on": r.disbursed_on.isoformat() if r.disbursed_on else None,
            "status": r.status, "outstanding": r.outstanding, "days_past_due": r.days_past_due,
            "kolektibilitas": r.kolektibilitas,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        owed = f"  sisa {format_rupiah(r.outstanding)}" if r.outstanding else ""
        if r.days_past_due:
            owed += f"  telat {r.days_past_due} hari"
        if r.kolektibilitas:
            owed += f"  kol {r.kolektibilitas}"
        print(f"{r.number:<14} {r.group:<8} {r.member[:24]:<24} {r.product:<9} "
              f"{format_rupiah(r.principal):>12} {format_date_short(r.disbursed_on):<10} "
              f"{credits.STATUS_LABELS[r.status]:<10}{owed}")
    print(f"{len(rows)} kredit, pokok {format_rupiah(sum(r.principal for r in rows))}")
    return 0


def cmd_groups_list(args) -> int:
    db = open_db(args, create=False)
    try:
        rows = groups.list_groups(db, include_dissolved=args.all)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "code": g.code, "name": g.name, "kind": g.kind, "rt": g.rt, "rw": g.rw,
            "leader": None if g.leader_member_id is None else g.leader_name,
            "members": len(g.members), "status": g.status,
        } for g in rows], ensure_ascii=False, indent=2))
        return 0
    for g in rows:
        print(f"{g.code:<8} {g.name[:22]:<22} {g.kind_label:<24} RT {g.rt or '-'}/RW {g.rw or '-'}  "
              f"{len(g.members)} orang  ketua {g.leader_name}" + ("" if g.status == "active" else "  (bubar)"))
    print(f"{len(rows)} kelompok")
    return 0


# ---------------------------------------------------------------- printouts

def _print(args, what: str, make) -> int:
    db = open_db(args, create=False)
    try:
        path = make(db)
    finally:
        db.close()
    print(f"{what} dicetak ke {path}")
    return 0


def cmd_print_participation_form(args) -> int:
    return _print(args, f"Formulir kepesertaan {args.application}", lambda db: credit_docs.participation_form_pdf(
        db, application_id=credit_docs.application_id_by_number(db, args.application), path=args.out))


def cmd_print_joint_liability(args) -> int:
    return _print(args, f"Perjanjian tanggung renteng {args.group}", lambda db: credit_docs.joint_liability_pdf(
        db, group_id=credit_docs.group_id_by_code(db, args.group), path=args.out))


def cmd_print_credit_agreement(args) -> int:
    return _print(args, f"Perjanjian kredit {args.credit}", lambda db: credit_docs.credit_agreement_pdf(
        db, credit_id=credit_docs.credit_id_by_number(db, args.credit), path=args.out))


def cmd_print_disbursement_receipt(args) -> int:
    return _print(args, f"Bukti pencairan {args.application}", lambda db: credit_docs.disbursement_receipt_pdf(
        db, application_id=credit_docs.application_id_by_number(db, args.application), path=args.out))


def cmd_print_handover_list(args) -> int:
    return _print(args, f"Daftar serah terima {args.application}", lambda db: credit_docs.handover_list_pdf(
        db, application_id=credit_docs.application_id_by_number(db, args.application), path=args.out))
