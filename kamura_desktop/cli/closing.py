"""The books' closing commands: manual journal, loan-loss provision, SHU, year-end close.

    kamura journal list [--from TANGGAL] [--to TANGGAL] [--search TEKS] [--source JENIS] [--json]
    kamura journal post --date TANGGAL --desc "…" --line 5203:D:150000 --line 1101:C:150000
                        [--note "…"] --user NAMA
    kamura journal reverse --number JU-… --reason "…" [--date TANGGAL] --user NAMA
    kamura provision quote|post [--as-of TANGGAL] [--json] [--user NAMA]
    kamura shu compute --year Y [--jasa-modal PERSEN] [--json]
    kamura shu draft --year Y [--jasa-modal PERSEN] --user NAMA
    kamura shu approve --year Y --rat-date TANGGAL --user NAMA
    kamura shu pay --year Y --method sukarela|tunai [--date TANGGAL] --user NAMA
    kamura shu list --year Y [--pdf F.pdf] [--xlsx F.xlsx] [--json]
    kamura close-year --year Y --user NAMA
    kamura reopen-year --year Y --reason "…" --user NAMA
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.dates import format_date_id, parse_date
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import journal, provisions, settings, shu, year_end
from kamura_desktop.services.ledger import Line

from .common import add_output, add_user_option, command_group, login, needs, open_db


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except Exception as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _line(text: str) -> Line:
    """``5203:D:150000`` (account, D or K/C, amount)."""
    parts = text.split(":")
    if len(parts) != 3 or parts[1].upper() not in ("D", "K", "C"):
        raise argparse.ArgumentTypeError(f"baris jurnal '{text}' harus AKUN:D:JUMLAH atau AKUN:K:JUMLAH")
    try:
        amount = parse_rupiah(parts[2])
    except Exception as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if parts[1].upper() == "D":
        return Line(parts[0].strip(), debit=amount)
    return Line(parts[0].strip(), credit=amount)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    jr = command_group(sub, "journal", "jurnal umum: daftar dan jurnal manual bendahara")
    p = jr.add_parser("list", parents=[parent], help="daftar jurnal satu periode")
    p.add_argument("--from", dest="date_from", type=_date, metavar="TANGGAL",
                   help="dari tanggal (bawaan: 1 Januari tahun ini)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="TANGGAL", help="sampai (bawaan: hari ini)")
    p.add_argument("--search", metavar="TEKS", help="cari nomor, keterangan atau catatan bukti")
    p.add_argument("--source", metavar="JENIS", help="hanya jenis ini (manual, savings, repayment, …)")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_journal_list)
    needs(p, "ledger.view")
    p = jr.add_parser("post", parents=[parent], help="bukukan jurnal manual (bendahara)")
    p.add_argument("--date", type=_date, required=True, metavar="TANGGAL")
    p.add_argument("--desc", required=True, metavar="TEKS", help="keterangan/alasan")
    p.add_argument("--line", type=_line, action="append", required=True, metavar="AKUN:D|K:JUMLAH",
                   help="satu baris jurnal, diulang: 5203:D:150000 --line 1101:K:150000")
    p.add_argument("--note", default="", metavar="TEKS", help="catatan bukti (nota, kuitansi)")
    add_user_option(p)
    p.set_defaults(func=cmd_journal_post)
    needs(p, "ledger.post_manual")
    p = jr.add_parser("reverse", parents=[parent], help="balik jurnal manual dengan alasan")
    p.add_argument("--number", required=True, metavar="JU-…")
    p.add_argument("--reason", required=True, metavar="TEKS")
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="tanggal pembalikan (bawaan: hari ini)")
    add_user_option(p)
    p.set_defaults(func=cmd_journal_reverse)
    needs(p, "ledger.reverse")

    pv = command_group(sub, "provision", "penyisihan kerugian piutang (PPKA)")
    for name, text in (("quote", "hitung penyisihan tanpa membukukan"),
                       ("post", "bukukan perubahan penyisihan (bendahara)")):
        p = pv.add_parser(name, parents=[parent], help=text)
        p.add_argument("--as-of", type=_date, metavar="TANGGAL", help="per tanggal (bawaan: hari ini)")
        p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
        if name == "post":
            add_user_option(p)
        p.set_defaults(func=cmd_provision, post=name == "post")
        needs(p, "provision.post" if name == "post" else "reports.view")

    sh = command_group(sub, "shu", "sisa hasil usaha: hitung, draf, tetapkan, bayar, daftar")
    p = sh.add_parser("compute", parents=[parent], help="hitung SHU tanpa menyimpan")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--jasa-modal", type=int, metavar="PERSEN", help="bagian jasa modal (bawaan: Pengaturan)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_shu_compute)
    needs(p, "reports.view")
    p = sh.add_parser("draft", parents=[parent], help="simpan draf SHU (menggantikan draf lama)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--jasa-modal", type=int, metavar="PERSEN")
    add_user_option(p)
    p.set_defaults(func=cmd_shu_draft)
    needs(p, "shu.draft")
    p = sh.add_parser("approve", parents=[parent], help="tetapkan SHU hasil RAT (ketua)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--rat-date", type=_date, required=True, metavar="TANGGAL")
    add_user_option(p)
    p.set_defaults(func=cmd_shu_approve)
    needs(p, "shu.approve")
    p = sh.add_parser("pay", parents=[parent], help="bayarkan SHU anggota (bendahara)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--method", choices=("sukarela", "tunai"), required=True)
    p.add_argument("--date", type=_date, metavar="TANGGAL", help="tanggal bayar (bawaan: hari ini)")
    add_user_option(p)
    p.set_defaults(func=cmd_shu_pay)
    needs(p, "shu.pay")
    p = sh.add_parser("list", parents=[parent], help="daftar SHU per anggota (PDF/Excel)")
    p.add_argument("--year", type=int, required=True)
    add_output(p, "--pdf", kind="pdf", metavar="BERKAS")
    add_output(p, "--xlsx", kind="xlsx", metavar="BERKAS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_shu_list)
    needs(p, "reports.view")

    p = sub.add_parser("close-year", parents=[parent], help="tutup buku satu tahun (ketua)")
    p.add_argument("--year", type=int, required=True)
    add_user_option(p)
    p.set_defaults(func=cmd_close_year)
    needs(p, "period.close")
    p = sub.add_parser("reopen-year", parents=[parent], help="buka kembali tahun buku (admin, dengan alasan)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--reason", required=True, metavar="TEKS")
    add_user_option(p)
    p.set_defaults(func=cmd_reopen_year)
    needs(p, "period.reopen")


# ---------------------------------------------------------------- journal

def cmd_journal_list(args) -> int:
    today = dt.date.today()
    date_from = args.date_from or dt.date(today.year, 1, 1)
    date_to = args.date_to or today
    db = open_db(args, create=False)
    try:
        rows = journal.list_journal(db, date_from=date_from, date_to=date_to, search=args.search,
                                    source_type=args.source)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{
            "entry_id": r.entry_id, "number": r.number, "date": r.date.isoformat(),
            "description": r.description, "total": r.total, "source_type": r.source_type,
            "reversal_of_id": r.reversal_of_id, "reversed_by_id": r.reversed_by_id,
            "attachment_note": r.attachment_note} for r in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"Jurnal {format_date_id(date_from)} – {format_date_id(date_to)}: {len(rows)} entri")
    for r in rows:
        mark = " (dibalik)" if r.reversed_by_id else (" (pembalik)" if r.reversal_of_id else "")
        note = f"  [bukti: {r.attachment_note}]" if r.attachment_note else ""
        print(f"  {r.number}  {r.date.isoformat()}  {format_rupiah(r.total):>14}  {r.description}{mark}{note}")
    return 0


def cmd_journal_post(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        entry = journal.post_manual_entry(db, actor=actor, on_date=args.date, description=args.desc,
                                          lines=args.line, attachment_note=args.note).value
    finally:
        db.close()
    print(f"{entry.number} {format_date_id(entry.date)}: {entry.description} ({format_rupiah(entry.total)})")
    for line in entry.lines:
        side = f"D {format_rupiah(line.debit)}" if line.debit else f"K {format_rupiah(line.credit)}"
        print(f"  {line.account_code} {line.account_name:<40} {side}")
    return 0


def cmd_journal_reverse(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        entry_id = _find_entry(db, args.number)
        rev = journal.reverse_manual_entry(db, actor=actor, entry_id=entry_id, reason=args.reason,
                                           on_date=args.date or dt.date.today()).value
    finally:
        db.close()
    print(f"{rev.number}: {rev.description}")
    return 0


def _find_entry(db, number: str) -> int:
    number = number.strip().upper()
    try:
        year = int(number.split("-")[1])
    except (IndexError, ValueError):
        raise UserError(f"Nomor jurnal '{number}' tidak sah (JU-TAHUN-NOMOR).", field="number") from None
    for r in journal.list_journal(db, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31),
                                  search=number):
        if r.number == number:
            return r.entry_id
    raise UserError(f"Jurnal {number} tidak ditemukan.", field="number")


# ---------------------------------------------------------------- provision

def cmd_provision(args) -> int:
    as_of = args.as_of or dt.date.today()
    db = open_db(args, create=False)
    try:
        if args.post:
            actor = login(db, args)
            q = provisions.post_provision(db, actor=actor, as_of=as_of).value
        else:
            q = provisions.provision_quote(db, as_of=as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "as_of": q.as_of.isoformat(), "rule_set": q.rule_set, "required": q.required,
            "booked": q.booked, "change": q.change, "posted": bool(args.post),
            "rows": [{"kol": r.kol, "label": r.label, "loans": r.loans, "outstanding": r.outstanding,
                      "pct": str(r.pct), "required": r.required} for r in q.rows]},
            ensure_ascii=False, indent=2))
        return 0
    print(f"Penyisihan kerugian piutang per {format_date_id(q.as_of)} — {q.rule_set_name}")
    for r in q.rows:
        print(f"  {r.kol} {r.label:<24} {r.loans:>4} kredit {format_rupiah(r.outstanding):>14} "
              f"× {r.pct:>5} % = {format_rupiah(r.required):>12}")
    print(f"Dibutuhkan {format_rupiah(q.required)}; sudah dibukukan {format_rupiah(q.booked)}; "
          f"perubahan {format_rupiah(q.change)}" + (" — DIBUKUKAN" if args.post and q.change else ""))
    return 0


# ---------------------------------------------------------------- SHU

def _shu_json(d: shu.ShuDTO) -> dict:
    return {
        "year": d.year, "status": d.status, "surplus": d.surplus, "members_part": d.members_part,
        "jasa_modal_pct": d.jasa_modal_pct, "jasa_modal_total": d.jasa_modal_total,
        "jasa_usaha_total": d.jasa_usaha_total, "include_sukarela": d.include_sukarela,
        "rat_date": d.rat_date.isoformat() if d.rat_date else None,
        "paid_on": d.paid_on.isoformat() if d.paid_on else None, "pay_method": d.pay_method,
        "allocations": [{"key": a.key, "label": a.label, "pct": a.pct, "amount": a.amount}
                        for a in d.allocations],
        "members": [{"number": r.number, "name": r.name, "savings_basis": r.savings_basis,
                     "service_basis": r.service_basis, "jasa_modal": r.jasa_modal,
                     "jasa_usaha": r.jasa_usaha, "total": r.total} for r in d.rows],
    }


def _print_shu(d: shu.ShuDTO, *, members: bool = False) -> None:
    print(f"SHU {d.year} ({d.status_label}): {format_rupiah(d.surplus)}")
    for a in d.allocations:
        print(f"  {a.label:<44} {a.pct:>3} %  {format_rupiah(a.amount):>14}")
    print(f"  jasa modal {d.jasa_modal_pct} %: {format_rupiah(d.jasa_modal_total)}; jasa usaha "
          f"{100 - d.jasa_modal_pct} %: {format_rupiah(d.jasa_usaha_total)}; {len(d.rows)} anggota")
    if members:
        for r in d.rows:
            print(f"  {r.number:<10} {r.name:<28} {format_rupiah(r.jasa_modal):>12} "
                  f"{format_rupiah(r.jasa_usaha):>12} {format_rupiah(r.total):>12}")


def cmd_shu_compute(args) -> int:
    db = open_db(args, create=False)
    try:
        d = shu.compute_shu(db, year=args.year, jasa_modal_pct=args.jasa_modal)
    finally:
        db.close()
    if args.json:
        print(json.dumps(_shu_json(d), ensure_ascii=False, indent=2))
    else:
        _print_shu(d, members=True)
    return 0


def _write(args, fn, **kwargs) -> shu.ShuDTO:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        return fn(db, actor=actor, **kwargs).value
    finally:
        db.close()


def cmd_shu_draft(args) -> int:
    _print_shu(_write(args, shu.create_shu_draft, year=args.year, jasa_modal_pct=args.jasa_modal))
    return 0


def cmd_shu_approve(args) -> int:
    d = _write(args, shu.approve_shu, year=args.year, rat_date=args.rat_date)
    print(f"SHU {d.year} {format_rupiah(d.surplus)} ditetapkan RAT {format_date_id(d.rat_date)}.")
    return 0


def _split_text(db, year: int) -> str:
    """The note "(RpX ke simpanan sukarela, RpY tunai kepada anggota yang sudah keluar)" when
    a payment into sukarela paid someone in cash; else empty."""
    split = shu.payment_split(db, year)
    if not split or not split[0] or not split[1]:
        return ""
    return (f" ({format_rupiah(split[0])} ke simpanan sukarela, {format_rupiah(split[1])} tunai "
            "kepada anggota yang sudah keluar)")


def cmd_shu_pay(args) -> int:
    d = _write(args, shu.pay_shu, year=args.year, on_date=args.date or dt.date.today(), method=args.method)
    db = open_db(args, create=False)
    try:
        extra = _split_text(db, d.year)
    finally:
        db.close()
    print(f"SHU {d.year} dibayarkan {shu.METHOD_LABELS[d.pay_method]} pada {format_date_id(d.paid_on)}: "
          f"{format_rupiah(sum(r.total for r in d.rows))} kepada {len(d.rows)} anggota{extra}.")
    return 0


def cmd_shu_list(args) -> int:
    db = open_db(args, create=False)
    try:
        d = shu.get_shu(db, args.year) or shu.compute_shu(db, year=args.year)
        extra = _split_text(db, args.year) if d.status == "paid" else ""
        if args.pdf:
            drain(shu.write_shu_list_pdf(db, year=args.year, path=args.pdf))
        if args.xlsx:
            drain(shu.write_shu_list_xlsx(db, year=args.year, path=args.xlsx))
    finally:
        db.close()
    if args.json:
        print(json.dumps(_shu_json(d), ensure_ascii=False, indent=2))
    else:
        _print_shu(d, members=not (args.pdf or args.xlsx))
        if d.status == "paid":
            print(f"  dibayarkan {shu.METHOD_LABELS[d.pay_method]} pada {format_date_id(d.paid_on)}{extra}")
    for path in (args.pdf, args.xlsx):
        if path:
            print(f"Daftar SHU {d.year} ditulis ke {path}")
    return 0


# ---------------------------------------------------------------- year end

def cmd_close_year(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        c = year_end.close_year(db, actor=actor, year=args.year).value
        opening = year_end.opening_balances(db, args.year + 1)
    finally:
        db.close()
    journal_text = f"jurnal penutup {c.entry_number}" if c.entry_number else "tanpa jurnal penutup"
    print(f"Tahun buku {c.year} ditutup per {format_date_id(c.closed_on)}: SHU {format_rupiah(c.surplus)}, "
          f"{journal_text}.")
    print(f"Saldo awal {args.year + 1} (akun neraca):")
    for r in opening.rows:
        side = f"D {format_rupiah(r.debit)}" if r.debit else f"K {format_rupiah(r.credit)}"
        print(f"  {r.code} {r.name:<42} {side}")
    return 0


def cmd_reopen_year(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        c = year_end.reopen_year(db, actor=actor, year=args.year, reason=args.reason).value
        value = settings.get_setting(db, "books.closed_through")
        locked = dt.date.fromisoformat(value) if value else None
    finally:
        db.close()
    print(f"Tahun buku {c.year} dibuka kembali: {c.reopen_reason}. "
          + (f"Periode tertutup sekarang sampai {format_date_id(locked)}." if locked
             else "Tidak ada periode yang tertutup."))
    return 0
