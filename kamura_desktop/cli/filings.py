"""``kamura report cash-flow|budget|ods``, ``kamura budget set|approve`` and ``kamura reminders``
(issue 19 §2–5): the yearly filings and the reminders from the command line, on the same
services as the app. The file type of ``--out`` follows its extension (.pdf or .xlsx)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.dates import format_date_id, parse_date
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import budget, cash_flow, ods, reminders
from kamura_desktop.services.permissions import require

from .common import BY_SUFFIX, add_output, command_group, login, needs, open_db


def _out(p: argparse.ArgumentParser, *, pdf_only: bool = False) -> None:
    add_output(p, "--out", kind="pdf" if pdf_only else BY_SUFFIX, required=True, metavar="BERKAS",
               help="berkas .pdf" if pdf_only else "berkas .pdf atau .xlsx")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    rpt = command_group(sub, "report", "laporan")
    p = rpt.add_parser("cash-flow", parents=[parent], help="laporan arus kas dan CALK setahun (PDF atau Excel)")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN")
    p.add_argument("--without-notes", action="store_true", help="tanpa catatan atas laporan keuangan (CALK)")
    _out(p)
    p.set_defaults(func=cmd_cash_flow)
    needs(p, "reports.view")

    p = rpt.add_parser("budget", parents=[parent], help="realisasi anggaran (bulan atau tahun) atau RAPB-nya")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN")
    p.add_argument("--month", type=int, metavar="BULAN", help="1–12; tanpa ini: setahun")
    p.add_argument("--plan", action="store_true", help="cetak RAPB-nya saja (anggaran dan target)")
    _out(p)
    p.set_defaults(func=cmd_budget_report)
    needs(p, "reports.view")

    p = rpt.add_parser("ods", parents=[parent], help="data Online Data System (ODS) Kemenkop setahun")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN")
    p.add_argument("--managers", type=int, metavar="N", help="jumlah manajer (program tidak mencatatnya)")
    p.add_argument("--staff", type=int, metavar="N", help="jumlah karyawan (program tidak mencatatnya)")
    _out(p)
    p.set_defaults(func=cmd_ods)
    needs(p, "reports.view")

    bud = sub.add_parser("budget", help="rencana kerja dan anggaran (RK/RAPB)")
    bsub = bud.add_subparsers(dest="budget_what", metavar="TINDAKAN", required=True)
    p = bsub.add_parser("set", parents=[parent], help="susun/ubah RAPB yang belum disahkan")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN")
    p.add_argument("--line", action="append", default=[], metavar="AKUN=RUPIAH",
                   help="anggaran setahun per akun pendapatan/beban, mis. 4301=3.600.000 (boleh berulang)")
    p.add_argument("--new-members", type=int, metavar="N", help="target anggota baru")
    p.add_argument("--credits-disbursed", metavar="RUPIAH", help="target pinjaman dicairkan")
    p.add_argument("--repayment-rate", type=int, metavar="PERSEN", help="target tingkat pengembalian")
    p.set_defaults(func=cmd_budget_set)
    needs(p, "budget.edit")
    p = bsub.add_parser("approve", parents=[parent], help="catat pengesahan RAPB oleh RAT (ketua)")
    p.add_argument("--year", required=True, type=int, metavar="TAHUN")
    p.add_argument("--rat-date", required=True, metavar="TANGGAL", help="tanggal RAT, mis. 2025-03-15")
    p.set_defaults(func=cmd_budget_approve)
    needs(p, "budget.approve")

    p = sub.add_parser("reminders", parents=[parent],
                       help="pengingat angsuran (tautan WhatsApp) dan surat peringatan")
    p.add_argument("--date", metavar="TANGGAL", help="hari pengingat (bawaan: hari ini)")
    p.add_argument("--group", metavar="KODE", help="hanya satu kelompok")
    p.add_argument("--per-group", action="store_true",
                   help="satu pesan per kelompok untuk ketua kelompoknya (tanggung renteng)")
    add_output(p, "--letters", kind="pdf", metavar="BERKAS.pdf",
               help="tulis surat peringatan 1/2/3 untuk pinjaman kolektibilitas 3–5")
    p.set_defaults(func=cmd_reminders)
    needs(p, "reminders.view")


def _drain(steps) -> Path:
    return drain(steps)


def _check_out(path: Path, *, pdf_only: bool = False) -> str:
    suffix = path.suffix.lower()
    allowed = (".pdf",) if pdf_only else (".pdf", ".xlsx")
    if suffix not in allowed:
        raise UserError(f"Berkas tujuan {path.name} harus berakhiran {' atau '.join(allowed)}.", field="out")
    return suffix


def cmd_cash_flow(args: argparse.Namespace) -> int:
    suffix = _check_out(args.out)
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        cf = cash_flow.year_statement(db, year=args.year, actor=actor)
        if suffix == ".pdf":
            path = _drain(cash_flow.write_cash_flow_pdf(db, year=args.year, path=args.out, actor=actor,
                                                        with_notes=not args.without_notes))
        else:
            path = _drain(cash_flow.write_cash_flow_xlsx(db, year=args.year, path=args.out, actor=actor))
    finally:
        db.close()
    for sec in cf.sections:
        print(f"{sec.title}: {format_rupiah(sec.net) if sec.net >= 0 else '-' + format_rupiah(-sec.net)}")
    print(f"Kas dan bank awal {format_rupiah(cf.opening_total)}, akhir {format_rupiah(cf.closing_total)} — "
          + ("cocok dengan neraca" if cf.reconciled else "TIDAK cocok dengan neraca"))
    print(f"Ditulis: {path}")
    return 0 if cf.reconciled else 1


def cmd_budget_report(args: argparse.Namespace) -> int:
    _check_out(args.out)
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        if args.plan:
            path = _drain(budget.write_budget(db, year=args.year, path=args.out, actor=actor))
            print(f"RAPB {args.year} ditulis: {path}")
            return 0
        r = budget.realisation(db, year=args.year, month=args.month, actor=actor)
        path = _drain(budget.write_realisation(db, year=args.year, month=args.month, path=args.out, actor=actor))
    finally:
        db.close()
    print(f"Pendapatan: anggaran {format_rupiah(r.income.budget)}, realisasi {format_rupiah(r.income.actual)}")
    print(f"Beban: anggaran {format_rupiah(r.expense.budget)}, realisasi {format_rupiah(r.expense.actual)}")
    print(f"Ditulis: {path}")
    return 0


def cmd_budget_set(args: argparse.Namespace) -> int:
    lines = {}
    for item in args.line:
        code, sep, amount = item.partition("=")
        if not sep:
            raise UserError(f"Baris anggaran '{item}' harus berbentuk AKUN=RUPIAH.", field="line")
        lines[code.strip()] = parse_rupiah(amount, field=f"line.{code.strip()}")
    targets = {}
    if args.new_members is not None:
        targets["new_members"] = args.new_members
    if args.credits_disbursed is not None:
        targets["credits_disbursed"] = parse_rupiah(args.credits_disbursed, field="credits_disbursed")
    if args.repayment_rate is not None:
        targets["repayment_rate"] = args.repayment_rate
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        b = budget.save_budget(db, actor=actor, year=args.year, lines=lines, targets=targets).value
    finally:
        db.close()
    print(f"RAPB {b.year} (rancangan): pendapatan {format_rupiah(b.total_income)}, "
          f"beban {format_rupiah(b.total_expense)}, {len(b.lines)} akun")
    return 0


def cmd_budget_approve(args: argparse.Namespace) -> int:
    rat = parse_date(args.rat_date, field="rat_date")
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        b = budget.approve_budget(db, actor=actor, year=args.year, rat_date=rat).value
    finally:
        db.close()
    print(f"RAPB {b.year} disahkan RAT tanggal {format_date_id(b.approved_on)}.")
    return 0


def cmd_ods(args: argparse.Namespace) -> int:
    _check_out(args.out)
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        path = _drain(ods.write_ods(db, year=args.year, path=args.out, managers=args.managers, staff=args.staff,
                                   actor=actor))
    finally:
        db.close()
    print(f"Data ODS {args.year} ditulis: {path}")
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    on = parse_date(args.date, field="date") if args.date else None
    if args.letters is not None:
        _check_out(args.letters, pdf_only=True)
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        require(actor, "reminders.view")
        rows = reminders.reminder_list(db, on_date=on, group_code=args.group, actor=actor)
        groups = reminders.group_reminders(db, on_date=on, actor=actor) if args.per_group else None
        letters_path = None
        if args.letters is not None:
            letters = reminders.reminder_letters(db, on_date=on, actor=actor)
            letters_path = _drain(reminders.write_letters_pdf(db, path=args.letters, on_date=on, actor=actor))
    finally:
        db.close()
    if groups is not None:
        if args.group:
            groups = [g for g in groups if g.group_code.upper() == args.group.strip().upper()]
        return _print_groups(groups, letters_path, letters if letters_path else [])
    with_phone = [r for r in rows if r.phone]
    without = [r for r in rows if not r.phone]
    kinds = {"besok": "jatuh tempo besok", "tunggakan": "tunggakan"}
    if not rows:
        print("Tidak ada angsuran jatuh tempo besok atau tertunggak.")
    for r in with_phone:
        print(f"{r.group_code}\t{r.member_number}\t{r.member_name}\t{kinds[r.kind]}\t{format_rupiah(r.amount)}\t"
              f"{format_date_id(r.due_date)}\t{r.link}")
    if without:
        print(f"\nTanpa nomor telepon yang bisa dipakai ({len(without)}): hubungi lewat ketua kelompok")
        for r in without:
            print(f"{r.group_code}\t{r.member_number}\t{r.member_name}\t{kinds[r.kind]}\t{format_rupiah(r.amount)}\t"
                  f"{format_date_id(r.due_date)}\t{r.raw_phone or '-'}")
    if letters_path is not None:
        print(f"\n{len(letters)} surat peringatan ditulis: {letters_path}")
    return 0


def _print_groups(groups, letters_path, letters) -> int:
    if not groups:
        print("Tidak ada angsuran jatuh tempo besok atau tertunggak.")
    for g in groups:
        print(f"{g.group_code}\t{g.leader_name or '-'}\t{g.members} anggota\t{format_rupiah(g.total)}\t"
              f"{g.link or 'ketua tanpa nomor telepon yang bisa dipakai: ' + (g.raw_phone or '-')}")
    if letters_path is not None:
        print(f"\n{len(letters)} surat peringatan ditulis: {letters_path}")
    return 0
