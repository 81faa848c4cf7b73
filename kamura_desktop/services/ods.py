"""The Kemenkop Online Data System (ODS) data sheet (issue 19 §4): the yearly figures the
ministry asks of every cooperative, in the order of its form, from the books, so the office
can type or paste them in.

Where each figure comes from (printed beside it):
- members on 31 December by sex: the membership book (activated on or before, not left);
- managers and staff: not kept by the program (the TKM and the board are not staff) — given
  by the office (``managers``/``staff``) or left "(diisi kantor)";
- own capital (modal sendiri) = total equity; outside capital (modal luar) = total liabilities;
  assets = total assets: the balance sheet at 31 December;
- business volume (volume usaha) = the year's total income (pendapatan bruto) of the income
  statement — the ODS guidance read does not define it for a savings-and-loan cooperative;
  the loans disbursed in the year are noted beside it;
- SHU = the year's surplus before tax (year-close entries left out);
- date of the RAT: the RAT that approved the year's SHU (SHU book), else the RAT that approved
  the next year's RAPB (the same meeting), else left for the office.

The order follows the ODS figures the Ministry's 2017 data training shows (anggota, manajer,
karyawan, modal sendiri, modal luar, volume usaha, SHU); where the live form places assets,
the RAT date and the split by sex was not confirmed (marked ``confirmed=False``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path

from sqlalchemy import func, select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.filings import OdsItem, OdsSheet

from . import accounting, accounting_docs, budget, credits, shu
from . import settings as settings_service
from .actor import Actor
from .permissions import require

Progress = Generator[tuple[int, int, str], None, Path]


def _members_by_sex(db: Database, end: dt.date) -> dict[str, int]:
    m = Member
    with db.read() as s:
        rows = s.execute(select(m.sex, func.count(m.id))
                         .where(m.activated_on.is_not(None), m.activated_on <= end,
                                (m.left_on.is_(None)) | (m.left_on > end))
                         .group_by(m.sex)).all()
    return {sex: int(n) for sex, n in rows}


def _count(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100_000:
        raise UserError(f"Jumlah {what} harus bilangan bulat 0 sampai 100.000.", field=what)
    return value


def ods_sheet(db: Database, *, year: int, managers: int | None = None, staff: int | None = None,
              actor: Actor | None = None) -> OdsSheet:
    """The year's ODS figures in the order of the form."""
    if actor is not None:
        require(actor, "reports.view")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise UserError("Tahun buku harus antara 2000 dan 2100.", field="year")
    if dt.date(year, 12, 31) >= dt.date.today():
        raise UserError(f"Tahun buku {year} belum selesai; data ODS diisi sesudah 31 Desember {year}.",
                        field="year")
    managers, staff = _count(managers, "manajer"), _count(staff, "karyawan")
    end = dt.date(year, 12, 31)
    profile = settings_service.get_profile(db)
    bs = accounting.balance_sheet(db, as_of=end)
    inc = accounting.income_statement(db, date_from=dt.date(year, 1, 1), date_to=end)
    sexes = _members_by_sex(db, end)
    disbursed = sum(c.principal for c in credits.list_credits(db)
                    if c.disbursed_on and dt.date(year, 1, 1) <= c.disbursed_on <= end)
    rat, rat_source = None, "belum ada RAT tercatat untuk tahun buku ini: diisi kantor"
    stored = shu.get_shu(db, year)
    if stored is not None and (stored.rat_date or stored.approved_on):
        rat, rat_source = stored.rat_date or stored.approved_on, f"Buku SHU: RAT yang mengesahkan SHU {year}"
    else:
        nxt = budget.get_budget(db, year=year + 1) if year < 2100 else None
        if nxt is not None and nxt.approved_on and nxt.approved_on.year == year + 1:
            rat, rat_source = nxt.approved_on, f"Anggaran: RAT yang mengesahkan RAPB {year + 1}"
    male, female = sexes.get("L", 0), sexes.get("P", 0)
    items = (
        OdsItem("1", "Nama koperasi", profile.name, "teks", "Pengaturan › Profil koperasi"),
        OdsItem("2", "Nomor badan hukum", profile.legal_number or None, "teks", "Pengaturan › Profil koperasi"),
        OdsItem("3", "Tahun buku", str(year), "teks", "tahun laporan"),
        OdsItem("4", "Tanggal RAT", rat, "tanggal", rat_source, confirmed=False),
        OdsItem("5", "Jumlah anggota laki-laki", male, "orang",
                f"Buku anggota: anggota aktif per {format_date_id(end)}", confirmed=False),
        OdsItem("6", "Jumlah anggota perempuan", female, "orang",
                f"Buku anggota: anggota aktif per {format_date_id(end)}", confirmed=False),
        OdsItem("7", "Jumlah anggota", male + female, "orang", "5 + 6"),
        OdsItem("8", "Jumlah manajer", managers, "orang",
                "diisi kantor (program tidak mencatat manajer)" if managers is None else "diisi kantor"),
        OdsItem("9", "Jumlah karyawan", staff, "orang",
                "diisi kantor (program tidak mencatat karyawan)" if staff is None else "diisi kantor"),
        OdsItem("10", "Modal sendiri", bs.total_equity, "rupiah",
                f"Neraca {format_date_id(end)}: jumlah ekuitas"),
        OdsItem("11", "Modal luar", bs.total_liabilities, "rupiah",
                f"Neraca {format_date_id(end)}: jumlah liabilitas"),
        OdsItem("12", "Aset", bs.total_assets, "rupiah", f"Neraca {format_date_id(end)}: jumlah aset",
                confirmed=False),
        OdsItem("13", "Volume usaha", inc.total_income, "rupiah",
                f"Perhitungan hasil usaha {year}: jumlah pendapatan"),
        OdsItem("14", "Sisa hasil usaha (SHU)", inc.surplus, "rupiah",
                f"Perhitungan hasil usaha {year}: SHU sebelum pajak"),
    )
    notes = (
        "Urutan isian mengikuti data ODS Kemenkop (anggota, manajer, karyawan, modal sendiri, modal luar, "
        "volume usaha, SHU); isian bertanda * belum dikonfirmasi letaknya pada formulir ODS yang berlaku.",
        f"Volume usaha diambil dari jumlah pendapatan; pinjaman yang dicairkan tahun {year}: "
        f"{format_rupiah(disbursed)} (bila Dinas meminta volume usaha simpan pinjam).",
    )
    return OdsSheet(year, profile.name, items, notes)


def sheet_grid(db: Database, *, year: int, managers: int | None = None, staff: int | None = None,
               actor: Actor | None = None):
    """The sheet as the grid the PDF and the Laporan window show."""

    from kamura_desktop.documents import filings as doc

    return doc.ods_grid(ods_sheet(db, year=year, managers=managers, staff=staff, actor=actor))


def write_ods(db: Database, *, year: int, path: Path | str, managers: int | None = None, staff: int | None = None,
              actor: Actor | None = None) -> Progress:
    """The ODS sheet as Excel (one sheet, typed values) or PDF, by the extension of ``path``."""

    from kamura_desktop.documents import filings as doc
    from kamura_desktop.documents.financial_statements import build_grid_pdf

    yield 0, 2, "Mengumpulkan data ODS"
    sheet = ods_sheet(db, year=year, managers=managers, staff=staff, actor=actor)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        out = doc.write_ods_xlsx(path, sheet)
    elif path.suffix.lower() == ".pdf":
        out = build_grid_pdf(path, doc.ods_grid(sheet), profile=settings_service.get_profile(db),
                             signatures=accounting_docs.signatures(db))
    else:
        raise UserError(f"Berkas tujuan {path.name} harus berakhiran .pdf atau .xlsx.", field="out")
    yield 2, 2, "Selesai"
    return out
