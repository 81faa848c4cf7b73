"""SHU: the year's surplus allocated by the by-law percentages and shared per member (issue 8).

**Surplus** = the income statement of the year: income − expenses of the entries dated in
the year, year-close entries left out (one SQL aggregate, ``year_end.surplus_in_session``).

**Allocation** by the six by-law percentages in Settings (``shu.pct.*``, default reserve 40,
members 40, board 5, staff 5, education 5, social 5; they must total 100 %), largest
remainder so that the parts add up to the surplus exactly.

**Members' part** splits into *jasa modal* (``shu.jasa_modal_pct`` of it, default 50 %, the
RAT may decide another split) and *jasa usaha* (the rest), again by largest remainder.
- jasa modal per member: pokok + wajib (+ sukarela when ``shu.include_sukarela``) balance
  on 31 December ÷ all members' × the jasa modal part;
- jasa usaha per member: the service (jasa) paid in the year on the member's credits (the
  service parts of the repayments of credits the member borrowed, reversals subtracted) ÷
  all × the jasa usaha part.
Both in whole rupiah by largest remainder over the members in member-number order (a tie
goes to the lower number), so each part's shares add up to the part exactly. When nobody
paid any service in the year, the whole members' part is jasa modal (and the other way
round); with neither there is nobody to share with and the SHU is refused.

**Life cycle.** A *draft* (treasurer or chair; recomputable — a new draft replaces the old
one) → *approved* at the RAT by the chair, only once the year is closed and only while the
draft still matches the books and the settings; the approval posts, dated the RAT date (in
the open period), Dr SHU Tahun Berjalan / Cr Cadangan, Utang SHU Anggota, Dana Pengurus dan
Karyawan, Dana Pendidikan, Dana Sosial → *paid* by the treasurer, into each member's
sukarela (a savings row "shu" per member; Dr Utang SHU Anggota / Cr Simpanan Sukarela) or
in cash (Dr Utang SHU Anggota / Cr Kas). A member who has left (by the time the payment is
recorded) is paid in cash even when the rest go to sukarela: a left member's savings were
settled and cannot hold money again (:func:`payment_split` tells the two parts). There is one distribution per year: once
approved, another for the same year is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.books import ShuDistribution, ShuMemberShare
from kamura_desktop.db.models.credit import Credit
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah, split_largest_remainder
from kamura_desktop.domain.shu import share_out
from kamura_desktop.dto.shu import (  # re-exported: the SHU DTOs live in dto/
    STATUS_LABELS,
    ShuAllocation,
    ShuDTO,
    ShuMemberRow,
)

from . import audit, events, ledger, savings, year_end
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

PERMISSIONS.update({
    "shu.draft": (frozenset({"bendahara", "ketua"}), "menghitung draf SHU"),
    "shu.approve": (frozenset({"ketua"}), "menetapkan SHU hasil RAT"),
    "shu.pay": (frozenset({"bendahara"}), "membayarkan SHU"),
})

#: (key, label, account credited at the approval)
ALLOCATIONS: tuple[tuple[str, str, str], ...] = (
    ("cadangan", "Cadangan", Acc.CADANGAN),
    ("anggota", "Jasa anggota (jasa modal dan jasa usaha)", Acc.UTANG_SHU_ANGGOTA),
    ("pengurus", "Dana pengurus", Acc.DANA_PENGURUS_KARYAWAN),
    ("karyawan", "Dana karyawan", Acc.DANA_PENGURUS_KARYAWAN),
    ("pendidikan", "Dana pendidikan", Acc.DANA_PENDIDIKAN),
    ("sosial", "Dana sosial", Acc.DANA_SOSIAL),
)
PCT_KEYS = tuple(f"shu.pct.{key}" for key, _, _ in ALLOCATIONS)
DEFAULT_PCTS = {"cadangan": 40, "anggota": 40, "pengurus": 5, "karyawan": 5, "pendidikan": 5, "sosial": 5}
settings_service.DEFAULTS.update({f"shu.pct.{k}": v for k, v in DEFAULT_PCTS.items()})
settings_service.DEFAULTS.update({"shu.jasa_modal_pct": 50, "shu.include_sukarela": False})

METHOD_LABELS = {"sukarela": "ke simpanan sukarela", "tunai": "tunai"}


def _is_pct(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100


def validate_settings(values: dict[str, Any]) -> None:
    """Settings validator: the six percentages are saved together and total 100 %."""
    given = [k for k in PCT_KEYS if k in values]
    if given:
        if len(given) != len(PCT_KEYS):
            raise UserError("Keenam persentase pembagian SHU harus disimpan bersama.", field="shu.pct")
        for key in PCT_KEYS:
            if not _is_pct(values[key]):
                raise UserError("Persentase pembagian SHU harus bilangan bulat 0–100.", field=key)
        total = sum(values[k] for k in PCT_KEYS)
        if total != 100:
            raise UserError(f"Jumlah persentase pembagian SHU harus 100 %, sekarang {total} %.",
                            field="shu.pct", code="shu_pct_total")
    if "shu.jasa_modal_pct" in values and not _is_pct(values["shu.jasa_modal_pct"]):
        raise UserError("Bagian jasa modal harus bilangan bulat 0–100 %.", field="shu.jasa_modal_pct")
    if "shu.include_sukarela" in values and not isinstance(values["shu.include_sukarela"], bool):
        raise UserError("Pilihan simpanan sukarela harus ya atau tidak.", field="shu.include_sukarela")


def check_settings(s: Session, event: events.SettingsSaving) -> Changes:
    """Refuse SHU settings that do not add up (the settings book asks before saving)."""
    validate_settings(dict(event.values))
    return Changes()


# ------------------------------------------------------------------ computing

def _pcts(s: Session) -> dict[str, int]:
    pcts = {key: settings_service.get_value(s, f"shu.pct.{key}") for key, _, _ in ALLOCATIONS}
    if any(not _is_pct(v) for v in pcts.values()):
        raise UserError("Persentase pembagian SHU di Pengaturan tidak sah.", field="shu.pct")
    total = sum(pcts.values())
    if total != 100:
        raise UserError(f"Jumlah persentase pembagian SHU di Pengaturan {total} %, harus 100 %. "
                        "Perbaiki di Pengaturan → SHU (AD/ART).", field="shu.pct", code="shu_pct_total")
    return pcts


def _savings_bases(s: Session, year: int, include_sukarela: bool) -> dict[int, int]:
    end = dt.date(year, 12, 31)
    sums = savings.sums_by_member(s, None, as_of=end)
    out = {}
    for member_id, by_kind in sums.items():
        basis = by_kind["pokok"] + by_kind["wajib"] + (by_kind["sukarela"] if include_sukarela else 0)
        if basis > 0:
            out[member_id] = basis
    return out


def _service_bases(s: Session, year: int) -> dict[int, int]:
    q = (select(Credit.member_id, func.sum(Repayment.service_part))
         .join(Credit, Credit.id == Repayment.credit_id)
         .where(Repayment.on_date >= dt.date(year, 1, 1), Repayment.on_date <= dt.date(year, 12, 31))
         .group_by(Credit.member_id))
    return {mid: int(total) for mid, total in s.execute(q) if total and int(total) > 0}


def compute_in_session(s: Session, year: int, jasa_modal_pct: int | None = None) -> ShuDTO:
    year_end._check_year(year)
    pcts = _pcts(s)
    jm_pct = settings_service.get_value(s, "shu.jasa_modal_pct") if jasa_modal_pct is None else jasa_modal_pct
    if not _is_pct(jm_pct):
        raise UserError("Bagian jasa modal harus bilangan bulat 0–100 %.", field="jasa_modal_pct")
    include_sukarela = bool(settings_service.get_value(s, "shu.include_sukarela"))
    surplus = year_end.surplus_in_session(s, year)
    if surplus <= 0:
        what = f" (defisit {format_rupiah(-surplus)})" if surplus < 0 else ""
        raise UserError(f"Tahun {year} tidak menghasilkan SHU{what}; tidak ada yang dibagi.",
                        field="year", code="no_surplus")
    saving = _savings_bases(s, year, include_sukarela)
    service = _service_bases(s, year)
    ids = set(saving) | set(service)
    members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))} if ids else {}
    order = sorted(ids, key=lambda i: (members[i].number, i))
    split = share_out(surplus, [pcts[k] for k, _, _ in ALLOCATIONS], jm_pct,
                      [saving.get(i, 0) for i in order], [service.get(i, 0) for i in order])
    amounts, jm_total, ju_total, jm, ju = (split.allocations, split.jasa_modal_total,
                                           split.jasa_usaha_total, split.jasa_modal, split.jasa_usaha)
    allocations = tuple(ShuAllocation(k, label, pcts[k], amount)
                        for (k, label, _), amount in zip(ALLOCATIONS, amounts, strict=True))
    members_part = amounts[1]
    rows = tuple(ShuMemberRow(i, members[i].number, members[i].name, saving.get(i, 0), service.get(i, 0),
                              a, b, a + b) for i, a, b in zip(order, jm, ju, strict=True))
    return ShuDTO(None, year, "draft", surplus, allocations, members_part, jm_pct, jm_total, ju_total,
                  rows, None, None, None, None, include_sukarela)


def compute_shu(db: Database, *, year: int, jasa_modal_pct: int | None = None) -> ShuDTO:
    """The SHU of ``year`` as it would be drafted now (nothing written)."""
    with db.read() as s:
        return compute_in_session(s, year, jasa_modal_pct)


# ------------------------------------------------------------------ stored distributions

def _stored_dto(s: Session, d: ShuDistribution) -> ShuDTO:
    pcts = [d.pct_cadangan, d.pct_anggota, d.pct_pengurus, d.pct_karyawan, d.pct_pendidikan, d.pct_sosial]
    amounts = split_largest_remainder(d.surplus, pcts)
    allocations = tuple(ShuAllocation(k, label, p, a)
                        for (k, label, _), p, a in zip(ALLOCATIONS, pcts, amounts, strict=True))
    q = (select(ShuMemberShare, Member.number, Member.name)
         .join(Member, Member.id == ShuMemberShare.member_id)
         .where(ShuMemberShare.distribution_id == d.id).order_by(Member.number, Member.id))
    rows = tuple(ShuMemberRow(r.member_id, number, name, r.savings_basis, r.service_basis, r.jasa_modal,
                              r.jasa_usaha, r.total) for r, number, name in s.execute(q))
    return ShuDTO(d.id, d.year, d.status, d.surplus, allocations, amounts[1], d.jasa_modal_pct,
                  sum(r.jasa_modal for r in rows), sum(r.jasa_usaha for r in rows), rows,
                  d.approved_on, d.rat_date, d.paid_on, d.pay_method, d.include_sukarela)


def _row(s: Session, year: int) -> ShuDistribution | None:
    return s.scalar(select(ShuDistribution).where(ShuDistribution.year == year))


def _check_year_ended(year: int) -> None:
    year_end._check_year(year)
    if dt.date(year, 12, 31) >= dt.date.today():
        raise UserError(f"Tahun buku {year} belum berakhir; SHU dihitung sesudah 31 Desember {year}.",
                        field="year", code="year_not_ended")


def create_shu_draft(db: Database, *, actor: Actor, year: int,
                     jasa_modal_pct: int | None = None) -> Outcome[ShuDTO]:
    """Compute and keep the SHU draft of ``year`` (replaces an earlier draft)."""
    require(actor, "shu.draft")
    _check_year_ended(year)
    with db.write() as s:
        d = _row(s, year)
        if d is not None and d.status != "draft":
            raise UserError(f"SHU tahun {year} sudah {STATUS_LABELS[d.status].lower()}; pembagian "
                            "kedua untuk tahun yang sama ditolak.", field="year", code="shu_exists")
        fresh = compute_in_session(s, year, jasa_modal_pct)
        pcts = {a.key: a.pct for a in fresh.allocations}
        now = dt.datetime.now().replace(microsecond=0)
        if d is None:
            d = ShuDistribution(year=year, status="draft")
            s.add(d)
        else:
            s.execute(delete(ShuMemberShare).where(ShuMemberShare.distribution_id == d.id))
        d.surplus = fresh.surplus
        for key, value in pcts.items():
            setattr(d, f"pct_{key}", value)
        d.jasa_modal_pct, d.include_sukarela = fresh.jasa_modal_pct, fresh.include_sukarela
        d.computed_at, d.computed_by_id = now, actor.user_id
        s.flush()
        s.add_all(ShuMemberShare(distribution_id=d.id, member_id=r.member_id, savings_basis=r.savings_basis,
                                 service_basis=r.service_basis, jasa_modal=r.jasa_modal,
                                 jasa_usaha=r.jasa_usaha, total=r.total) for r in fresh.rows)
        s.flush()
        audit.record(s, actor, action="shu.draft", entity="shu", entity_id=year,
                     summary=f"Draf SHU {year}: {format_rupiah(fresh.surplus)}, {len(fresh.rows)} anggota, "
                             f"jasa modal {fresh.jasa_modal_pct} %")
        dto = _stored_dto(s, d)
    return Outcome(dto, Changes(books=True))


def approve_shu(db: Database, *, actor: Actor, year: int, rat_date: dt.date) -> Outcome[ShuDTO]:
    """The chair records the RAT's approval; posts the allocation dated ``rat_date``."""
    require(actor, "shu.approve")
    year_end._check_year(year)
    if rat_date <= dt.date(year, 12, 31):
        raise UserError(f"Tanggal RAT harus sesudah 31 Desember {year}.", field="rat_date")
    if rat_date > dt.date.today():
        raise UserError("Tanggal RAT tidak boleh di masa depan.", field="rat_date")
    with db.write() as s:
        d = _row(s, year)
        if d is None:
            raise UserError(f"Belum ada draf SHU tahun {year}; hitung drafnya lebih dulu.", field="year")
        if d.status != "draft":
            raise UserError(f"SHU tahun {year} sudah {STATUS_LABELS[d.status].lower()}; pembagian kedua "
                            "untuk tahun yang sama ditolak.", field="year", code="shu_exists")
        locked = ledger.closed_through(s)
        if locked is None or locked < dt.date(year, 12, 31):
            raise UserError(f"Tahun buku {year} belum ditutup; SHU ditetapkan sesudah tutup buku.",
                            field="year", code="year_open")
        stored = _stored_dto(s, d)
        fresh = compute_in_session(s, year, d.jasa_modal_pct)
        def figures(x: ShuDTO) -> tuple:
            return (x.surplus, x.allocations, x.include_sukarela,
                    tuple((r.member_id, r.savings_basis, r.service_basis, r.jasa_modal, r.jasa_usaha)
                          for r in x.rows))

        if figures(fresh) != figures(stored):
            raise UserError(f"Draf SHU {year} tidak lagi sesuai dengan pembukuan atau Pengaturan "
                            f"(SHU sekarang {format_rupiah(fresh.surplus)}); hitung ulang drafnya.",
                            field="year", code="stale_draft")
        credits: dict[str, int] = {}
        for (_key, _, account), alloc in zip(ALLOCATIONS, stored.allocations, strict=True):
            if alloc.amount:
                credits[account] = credits.get(account, 0) + alloc.amount
        entry = ledger.post_entry(
            s, actor, on_date=rat_date,
            description=f"Pembagian SHU {year} menurut keputusan RAT {format_date_id(rat_date)}",
            lines=[ledger.Line(Acc.SHU_TAHUN_BERJALAN, debit=stored.surplus),
                   *(ledger.Line(acc, credit=amount) for acc, amount in credits.items())],
            source_type="shu", source_id=str(year))
        d.status, d.approved_on, d.rat_date = "approved", dt.date.today(), rat_date
        d.approved_by_id, d.approve_entry_id = actor.user_id, entry.id
        s.flush()
        audit.record(s, actor, action="shu.approve", entity="shu", entity_id=year,
                     summary=f"SHU {year} {format_rupiah(stored.surplus)} disetujui RAT "
                             f"{format_date_id(rat_date)} ({entry.number})")
        dto = _stored_dto(s, d)
    return Outcome(dto, Changes(books=True, ledger=True))


def pay_shu(db: Database, *, actor: Actor, year: int, on_date: dt.date, method: str) -> Outcome[ShuDTO]:
    """The treasurer pays the members' SHU: into sukarela or in cash."""
    require(actor, "shu.pay")
    year_end._check_year(year)
    if method not in METHOD_LABELS:
        raise UserError("Cara pembayaran SHU harus 'sukarela' atau 'tunai'.", field="method")
    if on_date > dt.date.today():
        raise UserError("Tanggal pembayaran tidak boleh di masa depan.", field="on_date")
    with db.write() as s:
        d = _row(s, year)
        if d is None or d.status == "draft":
            raise UserError(f"SHU tahun {year} belum disetujui RAT; belum dapat dibayarkan.", field="year")
        if d.status == "paid":
            raise UserError(f"SHU tahun {year} sudah dibayarkan pada {format_date_id(d.paid_on)}.",
                            field="year", code="shu_paid")
        if on_date < d.rat_date:
            raise UserError(f"Tanggal pembayaran sebelum RAT ({format_date_id(d.rat_date)}).",
                            field="on_date")
        dto = _stored_dto(s, d)
        status = dict(s.execute(select(Member.id, Member.status)
                                .where(Member.id.in_([r.member_id for r in dto.rows]))).all()) if dto.rows else {}
        paid_rows = [r for r in dto.rows if r.total > 0]
        to_sukarela = [r for r in paid_rows if method == "sukarela" and status.get(r.member_id) != "left"]
        to_cash = sum(r.total for r in paid_rows) - sum(r.total for r in to_sukarela)
        total = sum(r.total for r in paid_rows)
        entry = None
        if total:
            lines = [ledger.Line(Acc.UTANG_SHU_ANGGOTA, debit=total)]
            if to_sukarela:
                lines.append(ledger.Line(Acc.SIMPANAN_SUKARELA, credit=total - to_cash))
            if to_cash:
                lines.append(ledger.Line(Acc.KAS, credit=to_cash))
            entry = ledger.post_entry(
                s, actor, on_date=on_date,
                description=f"Pembayaran SHU {year} kepada {len(paid_rows)} anggota "
                            f"{METHOD_LABELS[method]}",
                lines=lines, source_type="shu_payment", source_id=str(year))
            now = dt.datetime.now().replace(microsecond=0)
            in_sukarela = {r.member_id for r in to_sukarela}
            for r in paid_rows:  # each member paid in cash gets a bukti kas keluar (BKK-)
                if r.member_id not in in_sukarela:
                    savings.add_payout_receipt_in_session(
                        s, actor, entry=entry, member_id=r.member_id, kind="shu", amount=r.total,
                        on_date=on_date, source_id=str(year),
                        purpose=f"SHU tahun {year} dibayar tunai (jasa modal "
                                f"{format_rupiah(r.jasa_modal)}, jasa usaha {format_rupiah(r.jasa_usaha)})")
            for r in to_sukarela:
                savings.post_for_entry_in_session(s, actor, entry=entry, member_id=r.member_id,
                                                  tx_type="shu", amount=r.total, on_date=on_date,
                                                  note=f"SHU tahun {year}", created_at=now)
        d.status, d.paid_on, d.pay_method = "paid", on_date, method
        d.paid_by_id, d.pay_entry_id = actor.user_id, entry.id if entry else None
        s.flush()
        audit.record(s, actor, action="shu.pay", entity="shu", entity_id=year,
                     summary=f"SHU {year} {format_rupiah(total)} dibayarkan {METHOD_LABELS[method]}"
                             + (f" ({format_rupiah(to_cash)} tunai kepada anggota yang sudah keluar)"
                                if method == "sukarela" and to_cash else ""))
        dto = _stored_dto(s, d)
    return Outcome(dto, Changes(books=True, ledger=True, savings=True, members=True))


def payment_split(db: Database, year: int) -> tuple[int, int] | None:
    """(into sukarela, in cash) of a paid distribution, from its payment entry (members who had
    left are paid in cash even when the rest went to sukarela); None before it is paid."""
    from kamura_desktop.db.models.core import Account, JournalLine

    with db.read() as s:
        d = _row(s, year)
        if d is None or d.status != "paid":
            return None
        if d.pay_entry_id is None:
            return 0, 0
        q = (select(Account.code, func.sum(JournalLine.credit)).join(Account, Account.id == JournalLine.account_id)
             .where(JournalLine.entry_id == d.pay_entry_id).group_by(Account.code))
        credited = {code: int(total or 0) for code, total in s.execute(q)}
    return credited.get(Acc.SIMPANAN_SUKARELA, 0), credited.get(Acc.KAS, 0)


def get_shu(db: Database, year: int) -> ShuDTO | None:
    with db.read() as s:
        d = _row(s, year)
        return _stored_dto(s, d) if d else None


def list_shu(db: Database) -> list[ShuDTO]:
    """Every year's distribution, newest year first."""
    with db.read() as s:
        return [_stored_dto(s, d) for d in s.scalars(select(ShuDistribution).order_by(ShuDistribution.year.desc()))]


# ------------------------------------------------------------------ printouts

def _for_print(db: Database, year: int) -> ShuDTO:
    return get_shu(db, year) or compute_shu(db, year=year)


def write_shu_list_pdf(db: Database, *, year: int, path: Path | str) -> Iterator[tuple[int, int, str]]:
    """The per-member SHU list as PDF (the stored distribution, else a preview of the draft)."""
    from kamura_desktop.documents import shu_list

    yield 0, 2, "Menghitung SHU"
    dto = _for_print(db, year)
    profile = settings_service.get_profile(db)
    yield 1, 2, "Menyusun PDF"
    shu_list.build_shu_list_pdf(path, dto, profile=profile)
    yield 2, 2, "Selesai"


def write_shu_list_xlsx(db: Database, *, year: int, path: Path | str) -> Iterator[tuple[int, int, str]]:
    """The per-member SHU list as an Excel workbook."""
    from kamura_desktop.documents import shu_list

    yield 0, 2, "Menghitung SHU"
    dto = _for_print(db, year)
    profile = settings_service.get_profile(db)
    yield 1, 2, "Menyusun lembar kerja"
    shu_list.build_shu_list_xlsx(path, dto, profile=profile)
    yield 2, 2, "Selesai"
