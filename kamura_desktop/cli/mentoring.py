"""Mentoring commands: print a group meeting's attendance list, list the meetings, and the
period's mentoring figures.

    kamura print attendance-list --group KODE [--date TANGGAL] [--blank] --out F.pdf
    kamura mentoring list [--group KODE] [--from TANGGAL] [--to TANGGAL] [--json]
    kamura mentoring summary --from TANGGAL --to TANGGAL [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kamura_desktop.domain.dates import format_date_id, parse_date
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import groups, mentoring

from .common import add_output, command_group, needs, open_db


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:  # UserError: argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    prn = command_group(sub, "print", "cetak dokumen ke PDF")
    p = prn.add_parser("attendance-list", parents=[parent],
                       help="daftar hadir pertemuan kelompok (kosong sebelum, terisi sesudah pertemuan)")
    p.add_argument("--group", required=True, metavar="KODE", help="kode kelompok (KLP-001)")
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="tanggal pertemuan (bawaan: hari ini)")
    p.add_argument("--blank", action="store_true",
                   help="daftar kosong untuk dibawa ke pertemuan (bawaan: terisi dari pertemuan yang dicatat)")
    add_output(p, "--out", kind="pdf", required=True, help="berkas PDF tujuan")
    p.set_defaults(func=cmd_print_attendance_list)
    needs(p, "mentoring.view")

    men = command_group(sub, "mentoring", "pendampingan kelompok")
    p = men.add_parser("list", parents=[parent], help="daftar pertemuan kelompok, terbaru dahulu")
    p.add_argument("--group", metavar="KODE", help="hanya kelompok ini")
    p.add_argument("--from", dest="date_from", type=_date, metavar="TANGGAL", help="sejak tanggal")
    p.add_argument("--to", dest="date_to", type=_date, metavar="TANGGAL", help="sampai tanggal")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_list)
    needs(p, "mentoring.view")
    p = men.add_parser("summary", parents=[parent], help="ringkasan pendampingan satu periode")
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="TANGGAL")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="TANGGAL")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_summary)
    needs(p, "mentoring.view")


def cmd_print_attendance_list(args) -> int:
    db = open_db(args, create=False)
    try:
        group = groups.group_by_code(db, args.group)
        on = args.date or dt.date.today()
        path = mentoring.attendance_list_pdf(db, path=args.out, group_id=group.id, on_date=on, blank=args.blank)
    finally:
        db.close()
    kind = "kosong" if args.blank else "terisi"
    print(f"Daftar hadir ({kind}) {group.code} {format_date_id(on)} dicetak ke {path}")
    return 0


def cmd_list(args) -> int:
    db = open_db(args, create=False)
    try:
        group_id = groups.group_by_code(db, args.group).id if args.group else None
        rows = mentoring.list_meetings(db, group_id=group_id, date_from=args.date_from, date_to=args.date_to)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "id": r.id, "group": r.group_code, "group_name": r.group_name, "date": r.held_on.isoformat(),
            "place": r.place, "facilitator": r.facilitator, "members": r.members, "present": r.present,
            "excused": r.excused, "absent": r.absent, "behind": r.behind, "arrears": r.arrears,
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Belum ada pertemuan yang dicatat.")
        return 0
    for r in rows:
        behind = f", {r.behind} tertinggal {format_rupiah(r.arrears)}" if r.behind else ""
        print(f"{r.held_on.isoformat()}  {r.group_code:<8} {r.group_name:<24} hadir {r.present}/{r.members}"
              f" ({r.attendance_rate.percent_text()}){behind} — {r.facilitator}")
    print(f"{len(rows)} pertemuan")
    return 0


def cmd_summary(args) -> int:
    db = open_db(args, create=False)
    try:
        s = mentoring.mentoring_summary(db, date_from=args.date_from, date_to=args.date_to)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "date_from": s.date_from.isoformat(), "date_to": s.date_to.isoformat(), "meetings": s.meetings,
            "groups_met": s.groups_met, "attendance_pct": s.attendance_pct, "home_visits": s.home_visits,
            "followups_open": s.followups_open, "followups_done": s.followups_done,
            "followups_raised": s.followups_raised, "members_behind": s.members_behind,
            "by_group": [g._asdict() for g in s.meetings_by_group],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Pendampingan {format_date_id(s.date_from)} – {format_date_id(s.date_to)}")
    print(f"  {s.meetings} pertemuan, {s.groups_met} kelompok, kehadiran {s.attendance_text}")
    print(f"  {s.home_visits} kunjungan rumah; tindak lanjut: {s.followups_done} selesai, "
          f"{s.followups_open} masih terbuka")
    for g in s.meetings_by_group:
        pct = "–" if g.attendance_pct is None else f"{g.attendance_pct:.2f}".replace(".", ",") + " %"
        print(f"  {g.group_code:<8} {g.group_name:<24} {g.meetings} pertemuan, kehadiran {pct}")
    return 0
