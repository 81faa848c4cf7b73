"""Members in and out of the program, and the membership book's printouts.

* :func:`export_members_xlsx` — the member list as the clerk filters it, with balances and
  wajib arrears, as an Excel workbook that is itself a valid import file.
* :func:`import_members` — a member list from Excel (the paper register typed up, or another
  program's export). Columns are found by their header in Indonesian or English, whatever
  the case, spacing and punctuation. A dry run lists every problem with its row and column;
  the real import is all-or-nothing: one transaction, and any problem means nothing is saved.
* :func:`import_savings` — opening balances (pokok, wajib, sukarela) brought over from the
  paper books, posted against *Ekuitas Saldo Awal*; all-or-nothing as well.
* :func:`receipt_pdf`, :func:`registration_form_pdf`, :func:`passbook_pdf` — the kwitansi,
  the registration form and the savings passbook (``documents/``), fed with DTOs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import AuditEntry, JournalEntry, Sequence, User
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import MAX_LISTED_PROBLEMS
from kamura_desktop.domain.money import format_number, format_rupiah
from kamura_desktop.domain.nik import nik_birth_info, validate_kk, validate_nik
from kamura_desktop.domain.text import clean_text, clip, is_digits

from . import audit, membership, savings
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, allowed, nik_in_list, nik_in_record, require

PERMISSIONS.update({
    "members.export": (frozenset({"petugas", "bendahara", "ketua", "admin"}),
                       "mengekspor data anggota"),
})


# ---------------------------------------------------------------- reports

@dataclass(frozen=True)
class Problem:
    """Something wrong in an import file, where Excel shows it."""

    row: int  # the row number Excel shows
    column: str  # the column's header as written in the file (or the expected header)
    reason: str  # Indonesian

    def __str__(self) -> str:
        return f"Baris {self.row}, kolom {self.column}: {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do).

    ``created`` is the number of members (member import) or savings rows (opening balances)
    written — in a dry run, how many would be written; 0 when a real import found problems.
    """

    created: int
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    rows: int = 0  # data rows read from the file
    warnings: list[Problem] = field(default_factory=list)  # not blocking (NIK vs birth date)

    more_problems: int = 0  # problems found beyond the first MAX_LISTED_PROBLEMS
    more_warnings: int = 0

    def __post_init__(self) -> None:
        # a broken file of 50.000 rows can hold a million problems: list the first ones
        for name, more in (("problems", "more_problems"), ("warnings", "more_warnings")):
            items = getattr(self, name)
            if len(items) > MAX_LISTED_PROBLEMS:
                object.__setattr__(self, more, getattr(self, more) + len(items)
                                   - MAX_LISTED_PROBLEMS)
                object.__setattr__(self, name, items[:MAX_LISTED_PROBLEMS])

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def problem_lines(self) -> list[str]:
        """The listed problems, then "… dan N masalah lain" when there were more."""
        return [str(p) for p in self.problems] + (
            [f"… dan {format_number(self.more_problems)} masalah lain."]
            if self.more_problems else [])

    def warning_lines(self) -> list[str]:
        return [str(p) for p in self.warnings] + (
            [f"… dan {format_number(self.more_warnings)} peringatan lain."]
            if self.more_warnings else [])


class _Problems(Exception):
    """Raised inside the write transaction to roll it back when problems were found."""


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", (text or "").lower())


def _alias_table(spec: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, headers in spec.items():
        for header in headers:
            table[_norm(header)] = key
    return table


#: member field -> accepted headers (the first is the one the export writes)
MEMBER_HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("No Anggota", "Nomor Anggota", "No. Anggota", "Member number", "Member no",
               "Membership number"),
    "name": ("Nama", "Nama Lengkap", "Nama Anggota", "Name", "Full name"),
    "nik": ("NIK", "No KTP", "Nomor KTP", "No NIK", "Nomor NIK", "National ID", "ID number"),
    "kk_number": ("No KK", "No. KK", "Nomor KK", "KK", "No Kartu Keluarga",
                  "Nomor Kartu Keluarga", "Family card", "Family card number", "KK number"),
    "sex": ("Jenis Kelamin", "JK", "L/P", "Kelamin", "Sex", "Gender"),
    "birth_place": ("Tempat Lahir", "Birth place", "Place of birth"),
    "birth_date": ("Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Birth date", "Date of birth",
                   "DOB"),
    "kampung": ("Kampung", "Dusun", "Kampung/Dusun", "Kp", "Hamlet"),
    "rt": ("RT",),
    "rw": ("RW",),
    "desa": ("Desa", "Kelurahan", "Desa/Kelurahan", "Village"),
    "kecamatan": ("Kecamatan", "District"),
    "phone": ("Telepon", "Telp", "HP", "No HP", "Nomor HP", "No Telepon", "No Telp",
              "Nomor Telepon", "Phone", "Phone number", "Mobile"),
    "trade": ("Usaha", "Jenis Usaha", "Pekerjaan", "Trade", "Business"),
    "joined_on": ("Tanggal Masuk", "Tgl Masuk", "Tgl. Masuk", "Tanggal Daftar", "Joined",
                  "Joined on", "Date joined", "Join date"),
    "ktp_on_file": ("KTP", "KTP ada", "Fotokopi KTP", "KTP on file"),
    "kk_on_file": ("KK ada", "Fotokopi KK", "KK on file"),
    "poor_family": ("Keluarga Miskin", "Miskin", "Keluarga Prasejahtera", "Poor",
                    "Poor family"),
    "status": ("Status", "Status Anggota"),
    "left_on": ("Tanggal Keluar", "Tgl Keluar", "Left on", "Date left"),
    "tkm_role": ("Peran TKM", "TKM", "Jabatan TKM", "TKM role"),
    "notes": ("Catatan", "Keterangan", "Notes"),
}
MEMBER_ALIASES = _alias_table(MEMBER_HEADERS)
REQUIRED_MEMBER_FIELDS = ("name", "nik", "joined_on")

SAVINGS_HEADERS: dict[str, tuple[str, ...]] = {
    "number": MEMBER_HEADERS["number"],
    "nik": MEMBER_HEADERS["nik"],
    "name": MEMBER_HEADERS["name"],
    "pokok": ("Pokok", "Simpanan Pokok", "Saldo Pokok"),
    "wajib": ("Wajib", "Simpanan Wajib", "Saldo Wajib"),
    "sukarela": ("Sukarela", "Simpanan Sukarela", "Saldo Sukarela"),
    "on_date": ("Tanggal", "Tanggal Saldo", "Saldo per", "Per Tanggal", "Tgl", "Date",
                "As of", "Balance date"),
}
SAVINGS_ALIASES = _alias_table(SAVINGS_HEADERS)

_SEX = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L", "m": "L", "male": "L",
        "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P", "female": "P",
        "w": "P"}
_STATUS = {"calon": "applicant", "calonanggota": "applicant", "applicant": "applicant",
           "aktif": "active", "active": "active", "anggota": "active", "keluar": "left",
           "left": "left", "berhenti": "left"}
_MAX_LENGTH = {"number": 20}  # other texts: membership.MEMBER_TEXT and domain/limits


@dataclass
class _Sheet:
    """A sheet with its columns matched to fields."""

    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    header_row: int
    index: dict[str, int]  # field -> column index
    header: dict[str, str]  # field -> the header as written in the file
    problems: list[Problem]

    def value(self, values: tuple[Any, ...], key: str) -> Any:
        i = self.index.get(key)
        return None if i is None else values[i]

    def column(self, key: str, spec: dict[str, tuple[str, ...]]) -> str:
        return self.header.get(key) or spec[key][0]


def _read(path: Path | str, aliases: dict[str, str], spec: dict[str, tuple[str, ...]]) -> _Sheet:
    from kamura_desktop.documents import excel

    def is_header(texts) -> bool:
        return sum(1 for t in texts if _norm(t) in aliases) >= 2

    sheet = excel.read_sheet_rows(path, is_header=is_header)
    index: dict[str, int] = {}
    header: dict[str, str] = {}
    problems: list[Problem] = []
    for i, text in enumerate(sheet.header):
        key = aliases.get(_norm(text))
        if key is None:
            continue  # a column the import does not use (balances, row numbers, ...)
        if key in index:
            problems.append(Problem(sheet.header_row, text,
                                    f"kolom ini dan kolom '{header[key]}' sama-sama berarti "
                                    f"{spec[key][0]}; hapus salah satunya."))
            continue
        index[key], header[key] = i, text
    return _Sheet(sheet.rows, sheet.header_row, index, header, problems)


# ---------------------------------------------------------------- member import

@dataclass(frozen=True)
class _MemberRow:
    row: int
    data: membership.MemberInput
    number: str | None
    status: str
    left_on: dt.date | None


def _text(value: Any) -> str | None:
    from kamura_desktop.documents import excel

    return excel.cell_text(value)


def _member_text(key: str):
    label, kind = membership.MEMBER_TEXT[key]
    return lambda v: clean_text(_text(v), field=key, label=label, kind=kind,
                                multiline=key == "notes")


def _phone(value: Any) -> str | None:
    from kamura_desktop.documents import excel

    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = excel.cell_text(value) or ""
        # a phone number typed into a number cell lost its leading 0 (812… → 0812…)
        return "0" + digits if digits.startswith("8") else digits
    text = _text(value)
    if text and not re.fullmatch(r"\+?[0-9][0-9 \-]*", text):
        raise UserError("Nomor telepon hanya boleh angka, spasi, + atau -.", field="phone")
    return text


def _sex(value: Any, nik: str | None) -> str:
    text = _norm(_text(value) or "")
    if not text:
        # read from the NIK (women's birth day + 40); without a valid NIK the NIK's own
        # problem is reported instead
        return nik_birth_info(nik).sex if nik else ""
    if text not in _SEX:
        raise UserError(f"'{value}' bukan jenis kelamin; isi L (laki-laki) atau P "
                        "(perempuan).", field="sex")
    return _SEX[text]


def _status(value: Any) -> str:
    text = _norm(_text(value) or "")
    if not text:
        return "applicant"
    if text not in _STATUS:
        raise UserError(f"Status '{value}' tidak dikenal; isi Calon anggota, Aktif atau "
                        "Keluar.", field="status")
    return _STATUS[text]


def _tkm(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    for role in membership.TKM_ROLES:
        if _norm(role) == _norm(text):
            return role
    raise UserError(f"Peran TKM '{text}' tidak dikenal; pilih salah satu: "
                    f"{', '.join(membership.TKM_ROLES)}.", field="tkm_role")


def _parse_member(sheet: _Sheet, number: int, values: tuple[Any, ...],
                  today: dt.date) -> tuple[_MemberRow | None, list[Problem], list[Problem]]:
    """One row → the member's input, or the problems of each bad cell."""

    from kamura_desktop.documents import excel

    problems: list[Problem] = []
    got: dict[str, Any] = {}

    def cell(key: str, convert) -> None:
        try:
            got[key] = convert(sheet.value(values, key))
        except UserError as exc:
            problems.append(Problem(number, sheet.column(key, MEMBER_HEADERS), exc.message))

    cell("name", _member_text("name"))
    cell("nik", lambda v: None if _text(v) is None else validate_nik(v))
    cell("kk_number", lambda v: None if _text(v) is None else validate_kk(v, field="kk_number"))
    cell("sex", lambda v: _sex(v, got.get("nik")))
    cell("birth_place", _member_text("birth_place"))
    cell("birth_date", lambda v: excel.cell_date(v, field="birth_date"))
    for key in ("kampung", "desa", "kecamatan", "trade", "notes"):
        cell(key, _member_text(key))
    cell("number", lambda v: clean_text(_text(v), field="number", label="Nomor anggota",
                                        kind="short"))
    for key in ("rt", "rw"):
        cell(key, lambda v, k=key: membership._rt_rw(_text(v), k))
    cell("phone", _phone)
    cell("joined_on", lambda v: excel.cell_date(v, field="joined_on"))
    for key in ("ktp_on_file", "kk_on_file", "poor_family"):
        cell(key, lambda v, k=key: excel.cell_bool(v, field=k))
    cell("status", _status)
    cell("left_on", lambda v: excel.cell_date(v, field="left_on"))
    cell("tkm_role", _tkm)
    for key, limit in _MAX_LENGTH.items():
        if got.get(key) and len(got[key]) > limit:
            problems.append(Problem(number, sheet.column(key, MEMBER_HEADERS),
                                    f"terlalu panjang (paling banyak {limit} huruf)."))
    for key, message in (("name", "Nama anggota wajib diisi."), ("nik", "NIK wajib diisi."),
                         ("joined_on", "Tanggal masuk wajib diisi.")):
        if key in got and not got[key]:
            problems.append(Problem(number, sheet.column(key, MEMBER_HEADERS), message))
    status, left_on = got.get("status"), got.get("left_on")
    if status == "left" and "left_on" in got and left_on is None:
        problems.append(Problem(number, sheet.column("left_on", MEMBER_HEADERS),
                                "anggota berstatus Keluar memerlukan tanggal keluar."))
    if left_on and status and status != "left":
        problems.append(Problem(number, sheet.column("status", MEMBER_HEADERS),
                                "ada tanggal keluar tetapi status bukan Keluar."))
    if problems:
        return None, problems, []
    data = membership.MemberInput(
        name=got["name"], nik=got["nik"], sex=got["sex"], joined_on=got["joined_on"],
        kk_number=got["kk_number"], birth_place=got["birth_place"],
        birth_date=got["birth_date"], kampung=got["kampung"], rt=got["rt"], rw=got["rw"],
        desa=got["desa"], kecamatan=got["kecamatan"], phone=got["phone"], trade=got["trade"],
        ktp_on_file=got["ktp_on_file"], kk_on_file=got["kk_on_file"],
        poor_family=got["poor_family"], tkm_role=got["tkm_role"], notes=got["notes"])
    try:
        clean, warnings = membership.validate_member(data, today=today)
    except UserError as exc:  # one problem per wrong field, each in its own column
        return None, [Problem(number, sheet.column(key if key in MEMBER_HEADERS else "name",
                                                   MEMBER_HEADERS), message)
                      for key, message in (exc.fields or {exc.field: exc.message}).items()], []
    if left_on and (left_on < clean.joined_on or left_on > today):
        return None, [Problem(number, sheet.column("left_on", MEMBER_HEADERS),
                              "tanggal keluar harus antara tanggal masuk dan hari ini.")], []
    notes = [Problem(number, sheet.column("nik", MEMBER_HEADERS), w) for w in warnings]
    return _MemberRow(number, clean, got["number"], status, left_on), [], notes


def import_members(db: Database, *, actor: Actor, path: Path | str,
                   dry_run: bool) -> ImportReport:
    """Import members from an .xlsx file. A dry run saves nothing and lists every problem;
    the real import saves every member or — when there is any problem — none."""
    require(actor, "members.import")
    today = dt.date.today()
    sheet = _read(path, MEMBER_ALIASES, MEMBER_HEADERS)
    problems = list(sheet.problems)
    for key in REQUIRED_MEMBER_FIELDS:
        if key not in sheet.index:
            names = ", ".join(MEMBER_HEADERS[key][:3])
            problems.append(Problem(sheet.header_row, MEMBER_HEADERS[key][0],
                                    f"kolom ini tidak ada (nama kolom yang dikenali: {names})."))
    parsed: list[_MemberRow] = []
    warnings: list[Problem] = []
    if not problems:
        niks: dict[str, int] = {}
        numbers: dict[str, int] = {}
        for number, values in sheet.rows:
            row, bad, notes = _parse_member(sheet, number, values, today)
            problems += bad
            warnings += notes
            if row is None:
                continue
            if row.status != "left":
                if row.data.nik in niks:
                    problems.append(Problem(number, sheet.column("nik", MEMBER_HEADERS),
                                            f"NIK {row.data.nik} sama dengan baris "
                                            f"{niks[row.data.nik]}."))
                    continue
                niks[row.data.nik] = number
            if row.number:
                key = row.number.upper()
                if key in numbers:
                    problems.append(Problem(number, sheet.column("number", MEMBER_HEADERS),
                                            f"nomor anggota {row.number} sama dengan baris "
                                            f"{numbers[key]}."))
                    continue
                numbers[key] = number
            parsed.append(row)

    def check_database(s: Session) -> None:
        taken = {nik: (num, name) for nik, num, name in s.execute(
            select(Member.nik, Member.number, Member.name).where(Member.status != "left"))}
        used = {n.upper() for n in s.scalars(select(Member.number))}
        for row in parsed:
            other = taken.get(row.data.nik)
            if other and row.status != "left":
                problems.append(Problem(row.row, sheet.column("nik", MEMBER_HEADERS),
                                        f"NIK {row.data.nik} sudah dipakai anggota {other[0]} "
                                        f"({other[1]})."))
            if row.number and row.number.upper() in used:
                problems.append(Problem(row.row, sheet.column("number", MEMBER_HEADERS),
                                        f"nomor anggota {row.number} sudah dipakai."))

    total_rows = len(sheet.rows)
    if not sheet.rows and not problems:
        problems.append(Problem(sheet.header_row + 1, MEMBER_HEADERS["name"][0],
                                "tidak ada baris anggota di bawah judul kolom."))
    if dry_run or problems:
        if parsed:
            with db.read() as s:
                check_database(s)
        problems.sort(key=lambda p: p.row)
        ok_rows = len({r.row for r in parsed} - {p.row for p in problems})
        return ImportReport(ok_rows if dry_run else 0, problems, dry_run, total_rows, warnings)
    try:
        with db.write() as s:
            check_database(s)
            if problems:
                raise _Problems
            _advance_member_numbers(s, [r.number for r in parsed if r.number])
            added = membership.add_members_in_session(
                s, actor, [(r.data, r.number, r.status) for r in parsed])
            for row, m in zip(parsed, added, strict=True):
                if row.status == "left":
                    m.left_on = row.left_on
            audit.record(s, actor, action="member.import", entity="member",
                         summary=f"{len(parsed)} anggota diimpor dari {Path(path).name}")
    except _Problems:
        problems.sort(key=lambda p: p.row)
        return ImportReport(0, problems, dry_run, total_rows, warnings)
    return ImportReport(len(parsed), [], dry_run, total_rows, warnings)


def _advance_member_numbers(s: Session, given: list[str]) -> None:
    """Move the member-number sequence past the numbers a file brings (KMR-0412 → next
    KMR-0413), so that numbers generated for rows without one never collide with them."""
    prefix = str(settings_service.get_value(s, "members.number_prefix"))
    highest = 0
    for number in given:
        tail = number[len(prefix):] if number.upper().startswith(prefix.upper()) else ""
        if is_digits(tail):
            highest = max(highest, int(tail))
    if not highest:
        return
    seq = s.get(Sequence, "member")
    if seq is None:
        s.add(Sequence(name="member", next_value=highest + 1))
    elif seq.next_value <= highest:
        seq.next_value = highest + 1
    s.flush()


def import_members_outcome(db: Database, *, actor: Actor, path: Path | str,
                           dry_run: bool) -> Outcome[ImportReport]:
    """:func:`import_members` with the change notice for the UI's hub."""
    report = import_members(db, actor=actor, path=path, dry_run=dry_run)
    return Outcome(report, Changes(members=bool(report.created and not dry_run)))


# ---------------------------------------------------------------- opening balances

@dataclass(frozen=True)
class _SavingsRow:
    row: int
    member_id: int
    on_date: dt.date
    amounts: dict[str, int]


def import_savings(db: Database, *, actor: Actor, path: Path | str,
                   dry_run: bool) -> ImportReport:
    """Opening balances from the paper books: columns No Anggota (or NIK), Pokok, Wajib,
    Sukarela and Tanggal (the date the balances are as of). Each amount posts a *saldo awal*
    row and a journal entry (Dr Ekuitas Saldo Awal / Cr Simpanan …). A member whose simpanan
    pokok is then paid in full becomes active. All-or-nothing, like the member import."""

    from kamura_desktop.documents import excel

    require(actor, "savings.opening")
    today = dt.date.today()
    sheet = _read(path, SAVINGS_ALIASES, SAVINGS_HEADERS)
    problems = list(sheet.problems)

    def col(key: str) -> str:
        return sheet.column(key, SAVINGS_HEADERS)
    if "number" not in sheet.index and "nik" not in sheet.index:
        problems.append(Problem(sheet.header_row, "No Anggota",
                                "kolom No Anggota (atau NIK) tidak ada."))
    if not any(k in sheet.index for k in savings.KINDS):
        problems.append(Problem(sheet.header_row, "Pokok",
                                "tidak ada kolom Pokok, Wajib atau Sukarela."))
    if "on_date" not in sheet.index:
        problems.append(Problem(sheet.header_row, "Tanggal",
                                "kolom Tanggal (saldo per tanggal) tidak ada."))
    if not sheet.rows and not problems:
        problems.append(Problem(sheet.header_row + 1, col("number" if "number" in sheet.index
                                                          else "nik"),
                                "tidak ada baris saldo di bawah judul kolom."))
    if problems:
        return ImportReport(0, problems, dry_run, len(sheet.rows))

    def work(s: Session) -> list[_SavingsRow]:
        members = {m.id: m for m in s.scalars(select(Member))}
        by_number = {m.number.upper(): m for m in members.values()}
        by_nik = {m.nik: m for m in members.values() if m.status != "left"}
        opened = set(s.execute(select(SavingsTransaction.member_id, SavingsTransaction.kind)
                               .where(SavingsTransaction.tx_type == "saldo_awal")).all())
        seen: dict[int, int] = {}
        good: list[_SavingsRow] = []
        for number, values in sheet.rows:
            bad: list[Problem] = []
            member = None
            ref_number = _text(sheet.value(values, "number"))
            raw_nik = sheet.value(values, "nik")
            if ref_number:
                member = by_number.get(ref_number.upper())
                if member is None:
                    bad.append(Problem(number, col("number"),
                                       f"anggota bernomor {clip(ref_number, 40)} tidak ada."))
            elif _text(raw_nik) or isinstance(raw_nik, int):
                try:
                    nik = validate_nik(raw_nik)
                    member = by_nik.get(nik)
                    if member is None:
                        bad.append(Problem(number, col("nik"),
                                           f"tidak ada anggota dengan NIK {nik}."))
                except UserError as exc:
                    bad.append(Problem(number, col("nik"), exc.message))
            else:
                bad.append(Problem(number, col("number" if "number" in sheet.index else "nik"),
                                   "nomor anggota (atau NIK) wajib diisi."))
            name = _text(sheet.value(values, "name"))
            if member is not None and name and _norm(name) != _norm(member.name):
                bad.append(Problem(number, col("name"),
                                   f"nama '{clip(name, 60)}' tidak sama dengan nama anggota "
                                   f"{member.number} ({member.name})."))
            if member is not None and member.status == "left":
                bad.append(Problem(number, col("number" if ref_number else "nik"),
                                   f"{member.name} ({member.number}) sudah keluar."))
            if member is not None and member.id in seen:
                bad.append(Problem(number, col("number" if ref_number else "nik"),
                                   f"anggota {member.number} sudah ada di baris "
                                   f"{seen[member.id]}."))
            on_date = None
            try:
                on_date = excel.cell_date(sheet.value(values, "on_date"), field="on_date")
                if on_date is None:
                    bad.append(Problem(number, col("on_date"), "tanggal saldo wajib diisi."))
                elif on_date > today:
                    bad.append(Problem(number, col("on_date"),
                                       "tanggal saldo tidak boleh di masa depan."))
                elif member is not None and on_date < member.joined_on:
                    bad.append(Problem(number, col("on_date"),
                                       f"tanggal saldo sebelum {member.name} masuk "
                                       f"({format_date_id(member.joined_on)})."))
            except UserError as exc:
                bad.append(Problem(number, col("on_date"), exc.message))
            amounts: dict[str, int] = {}
            for kind in savings.KINDS:
                if kind not in sheet.index:
                    continue
                try:
                    amount = excel.cell_rupiah(sheet.value(values, kind), field=kind)
                except UserError as exc:
                    bad.append(Problem(number, col(kind), exc.message))
                    continue
                if amount:
                    amounts[kind] = amount
                    if member is not None and (member.id, kind) in opened:
                        bad.append(Problem(number, col(kind),
                                           f"{member.number} sudah punya saldo awal "
                                           f"{savings.KIND_LABELS[kind].lower()}; "
                                           "berkas ini sudah pernah diimpor?"))
            if not amounts and not bad:
                bad.append(Problem(number, col(next(k for k in savings.KINDS
                                                    if k in sheet.index)),
                                   "tidak ada saldo yang diisi pada baris ini."))
            if member is not None:
                seen.setdefault(member.id, number)
            problems.extend(bad)
            if not bad:
                good.append(_SavingsRow(number, member.id, on_date, amounts))
        return good

    if dry_run:
        with db.read() as s:
            good = work(s)
        problems.sort(key=lambda p: p.row)
        return ImportReport(sum(len(r.amounts) for r in good), problems, True, len(sheet.rows))
    created = 0
    try:
        with db.write() as s:
            good = work(s)
            if problems:
                raise _Problems
            required = int(settings_service.get_value(s, "savings.pokok_amount"))
            for row in good:
                m = s.get(Member, row.member_id)
                for kind, amount in row.amounts.items():
                    try:
                        savings.post_opening_balance_in_session(s, actor, m, kind=kind,
                                                                amount=amount,
                                                                on_date=row.on_date)
                        created += 1
                    except UserError as exc:
                        column = col("on_date") if exc.field in ("date", "on_date") else col(kind)
                        problems.append(Problem(row.row, column, exc.message))
                        break
                if m.status == "applicant" and "pokok" in row.amounts:
                    paid = savings.sums_by_member(s, [m.id])[m.id]["pokok"]
                    if paid >= required:  # the pokok is paid: a full member since joining
                        membership.activate_in_session(s, actor, m, m.joined_on)
            if problems:
                raise _Problems
            total = sum(sum(r.amounts.values()) for r in good)
            audit.record(s, actor, action="savings.opening", entity="savings",
                         summary=f"saldo awal {len(good)} anggota, {format_rupiah(total)}, "
                                 f"dari {Path(path).name}")
    except _Problems:
        problems.sort(key=lambda p: p.row)
        return ImportReport(0, problems, False, len(sheet.rows))
    return ImportReport(created, [], False, len(sheet.rows))


# ---------------------------------------------------------------- export

@dataclass(frozen=True)
class MemberExportRow:
    """One exported line: the member's particulars and savings (``MEMBER_COLUMNS``)."""

    member: membership.MemberDTO
    pokok: int
    wajib: int
    sukarela: int
    wajib_arrears: int

    def __getattr__(self, name: str) -> Any:
        # the member's fields (name, nik, status_label, ...) read through
        if name.startswith("_") or name == "member":
            raise AttributeError(name)
        return getattr(self.member, name)


def _export_rows(db: Database, flt: membership.MemberFilter, as_of: dt.date,
                 actor: Actor) -> list[MemberExportRow]:
    page = membership.list_members(db, flt, as_of=as_of, limit=None)
    ids = [r.id for r in page.rows]
    members: dict[int, membership.MemberDTO] = {}
    with db.read() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for m in s.scalars(select(Member).where(Member.id.in_(chunk))):
                members[m.id] = membership.member_dto(m)
    if not allowed(actor, "members.nik.view"):  # NIK and No. KK masked for this role
        members = {i: replace(m, nik=nik_in_list(actor, m.nik),
                              kk_number=nik_in_list(actor, m.kk_number) if m.kk_number else m.kk_number)
                   for i, m in members.items()}
    return [MemberExportRow(members[r.id], r.pokok, r.wajib, r.sukarela, r.wajib_arrears)
            for r in page.rows]


def export_members_steps(db: Database, *, actor: Actor, flt: membership.MemberFilter,
                         path: Path | str, as_of: dt.date | None = None
                         ) -> Generator[tuple[int, int], None, Path]:
    """:func:`export_members_xlsx` as a generator yielding ``(done, total)`` for a progress
    bar (the UI's task runner takes it as it is)."""

    from kamura_desktop.documents import excel

    require(actor, "members.export")
    as_of = as_of or dt.date.today()
    rows = _export_rows(db, flt, as_of, actor)
    profile = settings_service.get_profile(db)
    labels = {"applicant": "calon anggota", "active": "aktif", "left": "keluar"}
    shown = [f"status {labels.get(flt.status, flt.status)}" if flt.status else "",
             f"pencarian '{flt.query}'" if flt.query else "",
             {True: "menunggak wajib", False: "tidak menunggak"}.get(flt.wajib_arrears, ""),
             {True: "lender", False: "bukan lender"}.get(flt.lender, ""),
             {True: "peminjam", False: "bukan peminjam"}.get(flt.borrower, "")]
    info = [("Koperasi", profile.name), ("Alamat", profile.address_line()),
            ("Saldo per", as_of), ("Jumlah anggota", str(len(rows))),
            ("Saringan", ", ".join(x for x in shown if x) or "semua anggota"),
            ("Diekspor oleh", actor.full_name),
            ("Diekspor pada", dt.datetime.now().strftime("%d/%m/%Y %H.%M")),
            ("Catatan", "Berkas ini dapat diimpor kembali (Impor anggota). Kolom simpanan "
                        "dan tunggakan hanya keterangan dan tidak ikut diimpor.")]
    if not allowed(actor, "members.nik.view"):
        info.append(("NIK dan No. KK", f"disamarkan (3217••••••••0442): peran {actor.role_label} "
                                       "tidak melihat nomor lengkap; berkas ini tidak dapat "
                                       "diimpor kembali"))
    result = yield from excel.write_members_workbook(path, rows, info=info)
    with db.write() as s:
        audit.record(s, actor, action="member.export", entity="member",
                     summary=f"{len(rows)} anggota diekspor ke {Path(path).name}")
    return result


def export_members_xlsx(db: Database, *, actor: Actor, flt: membership.MemberFilter,
                        path: Path | str, as_of: dt.date | None = None) -> Path:
    """Export the members the list shows (``flt``) with balances and wajib arrears as of
    ``as_of`` (today) to an .xlsx file that the member import accepts."""

    from kamura_desktop.documents import excel

    return excel.drain(export_members_steps(db, actor=actor, flt=flt, path=path, as_of=as_of))


# ---------------------------------------------------------------- printouts

def _user_name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return "Sistem"
    user = s.get(User, user_id)
    return user.full_name if user else "Sistem"


def _only_user_with_role(s: Session, role: str) -> str | None:
    names = list(s.scalars(select(User.full_name).where(User.role == role,
                                                         User.active.is_(True)).limit(2)))
    return names[0] if len(names) == 1 else None


def find_receipt(db: Database, receipt_no: str) -> int:
    """The id of the savings transaction with this kwitansi number."""
    with db.read() as s:
        tx_id = s.scalar(select(SavingsTransaction.id).where(
            func.upper(SavingsTransaction.receipt_no) == receipt_no.strip().upper()))
    if tx_id is None:
        raise NotFound(f"Kwitansi {receipt_no} tidak ditemukan.", field="receipt")
    return tx_id


def receipt_for(db: Database, tx_id: int) -> savings.Receipt:
    """The kwitansi of a deposit or withdrawal, as it was when it was recorded (for reprints)."""
    with db.read() as s:
        tx = s.get(SavingsTransaction, tx_id)
        if tx is None:
            raise NotFound(f"Transaksi simpanan #{tx_id} tidak ditemukan.")
        if not tx.receipt_no:
            raise UserError("Transaksi ini tidak memiliki kwitansi (hanya setoran dan penarikan "
                            "yang berkwitansi).", field="tx")
        m = s.get(Member, tx.member_id)
        balance = s.scalar(select(func.coalesce(func.sum(SavingsTransaction.amount), 0)).where(
            SavingsTransaction.member_id == m.id, SavingsTransaction.kind == tx.kind,
            SavingsTransaction.id <= tx.id))
        entry = s.get(JournalEntry, tx.journal_entry_id) if tx.journal_entry_id else None
        return savings.Receipt(
            receipt_no=tx.receipt_no, tx_id=tx.id, member_id=m.id, member_number=m.number,
            member_name=m.name, kind=tx.kind, tx_type=tx.tx_type, amount=abs(tx.amount),
            on_date=tx.on_date, balance_after=int(balance),
            cashier=_user_name(s, tx.created_by_id),
            journal_number=entry.number if entry else "", note=tx.note)


def receipt_pdf(db: Database, *, tx_id: int, path: Path | str, size: str | None = None,
                actor: Actor | None = None) -> Path:
    """Print the kwitansi of a deposit or the bukti kas keluar of a withdrawal on ``size``
    (a key of settings.RECEIPT_FORMATS; None: the paper chosen in Pengaturan)."""

    from kamura_desktop.documents.receipts import SIZES, build_receipt

    if actor is not None:
        require(actor, "savings.view")
    size = size or settings_service.get_setting(db, "print.receipt_format")
    if size not in SIZES:
        raise UserError("Ukuran kwitansi harus salah satu dari: "
                        + ", ".join(settings_service.RECEIPT_FORMATS.values()) + ".", field="size")
    receipt = receipt_for(db, tx_id)
    return build_receipt(path, receipt=receipt, profile=settings_service.get_profile(db),
                         size=size)


def _wajib_rate(rates: Iterable[tuple[dt.date, int]], on: dt.date) -> int:
    amount = 0
    for effective_from, value in sorted(rates):
        if effective_from.replace(day=1) <= on:
            amount = value
    return amount


def registration_form_pdf(db: Database, *, member_id: int | None, path: Path | str,
                          actor: Actor | None = None) -> Path:
    """Print the registration form: blank (``member_id=None``) or filled in. With ``actor``,
    the NIK and No. KK as the member's record shows them to that role (permissions.nik_in_record)."""

    from kamura_desktop.documents.member_forms import build_registration_form

    if actor is not None:
        require(actor, "members.view")
    profile = settings_service.get_profile(db)
    member = membership.get_member(db, member_id) if member_id is not None else None
    if member is not None and actor is not None:  # masked for a role that neither registers
        member = replace(member, nik=nik_in_record(actor, member.nik),  # members nor needs it
                         kk_number=nik_in_record(actor, member.kk_number) if member.kk_number
                         else member.kk_number)
    with db.read() as s:
        pokok = int(settings_service.get_value(s, "savings.pokok_amount"))
        wajib = _wajib_rate(savings.rate_table(s), dt.date.today())
        chair = _only_user_with_role(s, "ketua")
        clerk = pokok_paid = None
        if member is not None:
            paid = savings.sums_by_member(s, [member.id]).get(member.id, {}).get("pokok", 0)
            pokok_paid = paid >= pokok
            username = s.scalar(select(AuditEntry.username).where(
                AuditEntry.action == "member.create", AuditEntry.entity_id == member.number)
                .order_by(AuditEntry.id).limit(1))
            if username:
                clerk = s.scalar(select(User.full_name).where(User.username == username))
    return build_registration_form(path, profile=profile, member=member, pokok_amount=pokok,
                                   wajib_amount=wajib, pokok_paid=pokok_paid, clerk_name=clerk,
                                   chair_name=chair)


def passbook_pdf(db: Database, *, member_id: int, date_from: dt.date, date_to: dt.date,
                 path: Path | str, actor: Actor | None = None) -> Path:
    """Print the member's savings passbook for a period, with wajib arrears at its end."""

    from kamura_desktop.documents.passbook import build_passbook

    if actor is not None:
        require(actor, "savings.view")
    member = membership.get_member(db, member_id)
    statement = savings.statement(db, member_id, date_from=date_from, date_to=date_to)
    balances = savings.balances(db, member_id, as_of=date_to)
    with db.read() as s:
        treasurer = _only_user_with_role(s, "bendahara")
    return build_passbook(path, profile=settings_service.get_profile(db), member=member,
                          statement=statement, balances=balances, signer_name=treasurer)
