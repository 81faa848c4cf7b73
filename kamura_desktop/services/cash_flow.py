"""The cash flow statement (laporan arus kas) and the notes to the financial statements (CALK)
under SAK EP (issue 19 §2). Reads the ledger; the only write is the treasurer's own text of the
notes, kept per year.

The statement is built by the **direct method** from the ledger (see
:mod:`kamura_desktop.domain.cash_flow` for why and for the classification of each account):
every entry dated in the period that touches Kas or Bank, its other lines' credits as receipts
and debits as payments of the account's activity (operating, investing, financing). A
reversal counts against the line of the entry it reverses. The net change is then checked
against the balance sheet: Kas + Bank the day before the period + net change = Kas + Bank at
the period's end (:attr:`CashFlowStatement.reconciled`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine, User
from kamura_desktop.db.models.filings import CalkNote
from kamura_desktop.domain import cash_flow as rules
from kamura_desktop.domain import kolektibilitas as kol
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.dto.accounting import SECTION_ASSETS, SECTION_EQUITY, BalanceSheet
from kamura_desktop.dto.filings import (
    CalkLine,
    CalkNotes,
    CalkPolicy,
    CashBalance,
    CashFlowLine,
    CashFlowSection,
    CashFlowStatement,
)

from . import accounting, accounting_docs, audit, repayments
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

if TYPE_CHECKING:
    from kamura_desktop.documents import filings as doc

PERMISSIONS.update({
    "calk.edit": (frozenset({"bendahara"}), "menulis catatan atas laporan keuangan (CALK)"),
})

Progress = Generator[tuple[int, int, str], None, Path]
MAX_NOTE = 20_000


# ------------------------------------------------------------------ the statement

def _nets(db: Database, date_from: dt.date, date_to: dt.date) -> list[tuple[str, str, int, bool]]:
    """(account code, kind, amount, reversal?) of the non-cash lines of the entries dated in the
    period that touch a cash account, summed in SQL per account and reversal flag: the credits as
    receipts (+), the debits as payments (−) — a handful of rows however big the ledger."""
    with db.read() as s:
        cash_ids = list(s.scalars(select(Account.id).where(Account.code.in_(rules.CASH_ACCOUNTS))))
        cash_line = aliased(JournalLine)
        touches_cash = (select(cash_line.id).where(cash_line.entry_id == JournalLine.entry_id,
                                                   cash_line.account_id.in_(cash_ids)).exists())
        rev = JournalEntry.reversal_of_id.is_not(None)
        q = (select(Account.code, Account.kind, rev, func.sum(JournalLine.credit), func.sum(JournalLine.debit))
             .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
             .join(Account, Account.id == JournalLine.account_id)
             .where(JournalEntry.date >= date_from, JournalEntry.date <= date_to,
                    JournalLine.account_id.not_in(cash_ids), touches_cash)
             .group_by(Account.id, rev))
        out = []
        for code, kind, reversal, credit, debit in s.execute(q):
            out += [(code, kind, int(credit or 0), bool(reversal)), (code, kind, -int(debit or 0), bool(reversal))]
        return out


def _given(bs: BalanceSheet | None, as_of: dt.date, compare_as_of: dt.date) -> BalanceSheet | None:
    """A balance sheet the caller already has (the annual report: ``accounting.year_statements``,
    from the one grouped read of the lines it makes anyway), checked to be at the dates needed."""
    if bs is not None and (bs.as_of, bs.compare_as_of) != (as_of, compare_as_of):
        raise ValueError(f"balance sheet at {bs.as_of}/{bs.compare_as_of}, not {as_of}/{compare_as_of}")
    return bs


def cash_flow_statement(db: Database, *, date_from: dt.date, date_to: dt.date,
                        actor: Actor | None = None, balance_sheet: BalanceSheet | None = None
                        ) -> CashFlowStatement:
    """Laporan arus kas for a period, reconciled with the balance sheet at both ends
    (``balance_sheet``: that one at ``date_to`` beside the day before ``date_from``, when the
    caller has it already — it is not read again)."""
    if actor is not None:
        require(actor, "reports.view")
    if date_from > date_to:
        raise UserError(f"Tanggal awal {format_date_id(date_from)} sesudah tanggal akhir "
                        f"{format_date_id(date_to)}.", field="date_from")
    lines = rules.flow_lines(_nets(db, date_from, date_to))
    sections = []
    for activity in rules.ACTIVITIES:
        mine = tuple(CashFlowLine(x.label, x.amount, x.account_codes) for x in lines if x.activity == activity)
        sections.append(CashFlowSection(activity, rules.ACTIVITY_TITLES[activity], mine,
                                        sum(x.amount for x in mine)))
    before = date_from - dt.timedelta(days=1)
    bs = _given(balance_sheet, date_to, before) or accounting.balance_sheet(db, as_of=date_to, compare_as_of=before)
    return CashFlowStatement(date_from, date_to, tuple(sections), sum(s.net for s in sections),
                             _cash_lines(bs.compare), _cash_lines(bs))


def _cash_lines(bs) -> tuple[CashBalance, ...]:
    names = {x.code: x.label for x in bs.section(SECTION_ASSETS).lines if x.code}
    amounts = {x.code: x.amount for x in bs.section(SECTION_ASSETS).lines if x.code}
    return tuple(CashBalance(code, names.get(code, {"1101": "Kas", "1102": "Bank"}[code]), amounts.get(code, 0))
                 for code in rules.CASH_ACCOUNTS)


def year_statement(db: Database, *, year: int, actor: Actor | None = None,
                   balance_sheet: BalanceSheet | None = None) -> CashFlowStatement:
    return cash_flow_statement(db, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31), actor=actor,
                               balance_sheet=balance_sheet)


# ------------------------------------------------------------------ CALK

def _policies(db: Database, year: int) -> tuple[CalkPolicy, ...]:
    with db.read() as s:
        rule_set = repayments.rule_set(s)
    provisions = ", ".join(f"kol {i} {label.lower()} {bp / 100:g} %".replace(".", ",")
                           for i, (label, bp) in enumerate(zip(rule_set.labels, rule_set.provisions_bp,
                                                               strict=True), start=1))
    pct = {k: int(settings_service.get_setting(db, f"shu.pct.{k}") or 0)
           for k in ("cadangan", "anggota", "pengurus", "karyawan", "pendidikan", "sosial")}
    jasa_modal = int(settings_service.get_setting(db, "shu.jasa_modal_pct") or 0)
    sukarela = bool(settings_service.get_setting(db, "shu.include_sukarela"))
    return (
        CalkPolicy("Dasar penyusunan laporan keuangan",
                   f"Laporan keuangan tahun buku {year} disusun menurut Standar Akuntansi Keuangan Entitas "
                   "Privat (SAK EP) dengan dasar akrual, kecuali pendapatan jasa pinjaman (butir 4), dalam "
                   "rupiah penuh tanpa desimal. Laporan arus kas disusun dengan metode langsung."),
        CalkPolicy("Kas dan setara kas",
                   "Kas dan setara kas terdiri atas uang tunai di kantor (Kas) dan rekening giro/tabungan "
                   "koperasi di bank (Bank). Pemindahan antara Kas dan Bank bukan arus kas."),
        CalkPolicy("Piutang pinjaman dan penyisihan kerugian",
                   f"Piutang pinjaman dicatat sebesar pokok yang belum dibayar. Kolektibilitas dinilai menurut "
                   f"aturan '{rule_set.name}' yang dipilih di Pengaturan; penyisihan kerugian piutang (PPKA) "
                   f"dibentuk atas pokok yang menjadi risiko koperasi sendiri: {provisions}. Bagian pokok yang "
                   "didanai lender menjadi risiko lender."),
        CalkPolicy("Pengakuan pendapatan jasa",
                   "Pendapatan jasa pinjaman dan jasa dana bergulir diakui pada saat angsuran diterima "
                   "(bagian jasa dari setiap angsuran); jasa yang belum jatuh tempo atau belum dibayar tidak "
                   "diakui sebagai piutang. Bagian jasa untuk lender dicatat sebagai beban bagi hasil."),
        CalkPolicy("Simpanan anggota",
                   "Simpanan pokok dan simpanan wajib dicatat sebagai ekuitas; simpanan sukarela sebagai "
                   "liabilitas kepada anggota. Hibah dana bergulir dan donasi pemangku kepentingan dicatat "
                   "sebagai ekuitas (modal dana bergulir / modal donasi)."),
        CalkPolicy("Pembagian sisa hasil usaha (SHU)",
                   f"Menurut anggaran dasar, SHU dibagi: cadangan {pct['cadangan']} %, jasa anggota "
                   f"{pct['anggota']} %, dana pengurus {pct['pengurus']} %, dana karyawan {pct['karyawan']} %, "
                   f"dana pendidikan {pct['pendidikan']} %, dana sosial {pct['sosial']} %. Bagian anggota "
                   f"dibagi {jasa_modal} % jasa modal (menurut simpanan pokok dan wajib"
                   f"{' serta sukarela' if sukarela else ''}) dan {100 - jasa_modal} % jasa usaha (menurut "
                   "jasa yang dibayar). Pembagian ditetapkan oleh Rapat Anggota Tahunan."),
    )


def calk_notes(db: Database, *, year: int, actor: Actor | None = None,
               balance_sheet: BalanceSheet | None = None) -> CalkNotes:
    """The notes of a year: the policies the program applies (from Settings), every balance-sheet
    line at 31 December beside the year before (loans broken down by kolektibilitas), and the
    treasurer's text (``balance_sheet``: that one, when the caller has it already)."""
    if actor is not None:
        require(actor, "reports.view")
    end, prev = dt.date(year, 12, 31), dt.date(year - 1, 12, 31)
    bs = _given(balance_sheet, end, prev) or accounting.balance_sheet(db, as_of=end, compare_as_of=prev)
    lines: list[CalkLine] = []
    for i, section in enumerate(bs.sections):
        other = {(x.label, x.code): x.amount for x in bs.compare.sections[i].lines}
        surplus = [0, 0]  # the year's surplus once, closed or not (the close changes no figure)
        for x in section.lines:
            previous = other.get((x.label, x.code), 0)
            if section.title == SECTION_EQUITY and (x.code == Acc.SHU_TAHUN_BERJALAN
                                                    or x.label == accounting.SURPLUS_LABEL):
                surplus = [surplus[0] + x.amount, surplus[1] + previous]
                continue
            lines.append(CalkLine(section.title, x.label, x.code or "", x.amount, previous))
        for x in bs.compare.sections[i].lines:  # a line only the year before had
            if section.title == SECTION_EQUITY and (x.code == Acc.SHU_TAHUN_BERJALAN
                                                    or x.label == accounting.SURPLUS_LABEL) \
                    and (x.label, x.code) not in {(y.label, y.code) for y in section.lines}:
                surplus[1] += x.amount
        if section.title == SECTION_EQUITY:
            lines.append(CalkLine(section.title, "Sisa hasil usaha tahun berjalan", Acc.SHU_TAHUN_BERJALAN,
                                  *surplus))
        lines.append(CalkLine(section.title, f"Jumlah {section.title.lower()}", "", section.total,
                              bs.compare.sections[i].total))
        if section.title == SECTION_ASSETS:
            lines.append(_loans_by_kol(db, end, prev))
    with db.read() as s:
        row = s.scalar(select(CalkNote).where(CalkNote.year == year))
        text, by, at = "", None, None
        if row is not None:
            text, at = row.text, row.saved_at
            by = s.scalar(select(User.full_name).where(User.id == row.saved_by_id)) if row.saved_by_id else None
    return CalkNotes(year, settings_service.get_profile(db).name, _policies(db, year), tuple(lines), text, by, at)


def _loans_by_kol(db: Database, end: dt.date, prev: dt.date) -> CalkLine:
    now, before = repayments.loan_standings(db, as_of=end), repayments.loan_standings(db, as_of=prev)
    labels = kol.KOL_LABELS
    details = tuple((f"Kolektibilitas {k} — {labels[k - 1]} ({sum(1 for x in now if x.kolektibilitas == k)} "
                     f"pinjaman)", sum(x.principal_outstanding for x in now if x.kolektibilitas == k))
                    for k in range(1, 6))
    return CalkLine(SECTION_ASSETS, "Pokok pinjaman beredar menurut kolektibilitas (buku pinjaman)", "",
                    sum(x.principal_outstanding for x in now), sum(x.principal_outstanding for x in before),
                    details)


def save_calk_text(db: Database, *, actor: Actor, year: int, text: str) -> Outcome[CalkNotes]:
    """The treasurer's own text of a year's notes (replaces the earlier text; audited)."""
    require(actor, "calk.edit")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise UserError("Tahun buku harus antara 2000 dan 2100.", field="year")
    clean = (text or "").strip()
    if len(clean) > MAX_NOTE:
        raise UserError(f"Catatan terlalu panjang ({len(clean)} huruf); paling banyak {MAX_NOTE}.", field="text")
    with db.write() as s:
        row = s.scalar(select(CalkNote).where(CalkNote.year == year))
        replaced = row is not None
        if row is None:
            row = CalkNote(year=year, text=clean, saved_at=dt.datetime.now())
            s.add(row)
        row.text, row.saved_by_id = clean, actor.user_id
        row.saved_at = dt.datetime.now().replace(microsecond=0)
        s.flush()
        audit.record(s, actor, action="calk.save", entity="calk_note", entity_id=row.id,
                     summary=f"{'Ubah' if replaced else 'Tulis'} catatan CALK tahun {year} ({len(clean)} huruf)")
    return Outcome(calk_notes(db, year=year), Changes(books=True))


# ------------------------------------------------------------------ documents

def statement_grid(db: Database, *, year: int, actor: Actor | None = None) -> doc.ReportGrid:
    """The year's statement as the grid the PDF, the workbook and the Laporan window show."""

    from kamura_desktop.documents import filings as doc

    return doc.cash_flow_grid(year_statement(db, year=year, actor=actor))


def write_cash_flow_pdf(db: Database, *, year: int, path: Path | str, actor: Actor | None = None,
                        with_notes: bool = True) -> Progress:
    """The cash flow statement of a year (and, by default, the CALK after it) as a PDF."""

    from kamura_desktop.documents import filings as doc

    yield 0, 3, "Membaca buku besar"
    cf = year_statement(db, year=year, actor=actor)
    profile = settings_service.get_profile(db)
    sig = accounting_docs.signatures(db)
    yield 1, 3, "Menyusun PDF"
    notes = calk_notes(db, year=year) if with_notes else None
    out = doc.write_cash_flow_pdf(path, cf, notes, profile=profile, signatures=sig)
    yield 3, 3, "Selesai"
    return out


def write_cash_flow_xlsx(db: Database, *, year: int, path: Path | str, actor: Actor | None = None) -> Progress:
    from kamura_desktop.documents import filings as doc

    yield 0, 3, "Membaca buku besar"
    cf = year_statement(db, year=year, actor=actor)
    notes = calk_notes(db, year=year)
    yield 1, 3, "Menyusun buku kerja"
    out = doc.write_cash_flow_xlsx(path, cf, notes, cooperative=settings_service.get_profile(db).name)
    yield 3, 3, "Selesai"
    return out
