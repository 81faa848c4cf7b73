"""Credit products as data (editable by the chair) and the holiday calendar.

Two products are built in: **Paket Usaha** (the pilot's in-kind business package:
Rp25.000 per member, group limit Rp125.000, 6 daily instalments of Rp4.200 — a fixed
service of Rp200) and **Pinjaman Bergulir** (the revolving fund: cash, up to Rp500.000 for
a first loan, 3–12 monthly instalments, flat 1,5–3 % a month on the original principal,
at most 4 loans per borrower). Editing a product never changes existing credits: an
application copies the terms it uses.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import CreditProduct, Holiday
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.eligibility import EligibilityRules
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.text import clean_text

from . import audit
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "products.view": (ALL, "melihat produk kredit"),
    "products.edit": (frozenset({"ketua"}), "mengubah produk kredit"),
    "holidays.edit": (frozenset({"ketua", "admin", "bendahara"}), "mengubah kalender hari libur"),
})

KIND_LABELS = {"in_kind": "Paket usaha (barang)", "cash": "Tunai"}
FREQUENCY_LABELS = {"daily": "harian", "weekly": "mingguan", "monthly": "bulanan"}


@dataclass(frozen=True)
class ProductDTO:
    id: int
    code: str
    name: str
    kind: str
    amount_min: int
    amount_max: int
    first_loan_max: int | None
    group_limit: int | None
    group_size_min: int
    group_size_max: int
    instalments_min: int
    instalments_max: int
    frequency: str
    service_mode: str
    rate_bp_min: int
    rate_bp_max: int
    service_fixed: int
    rounding_increment: int
    rounding_mode: str
    skip_sundays: bool
    max_cycles: int | None
    late_fee: int
    fund_source: str
    eligibility: EligibilityRules
    package_items: tuple[str, ...]
    active: bool

    @property
    def summary(self) -> str:
        if self.service_mode == "fixed":
            jasa = f"jasa tetap {format_rupiah(self.service_fixed)}"
        else:
            lo, hi = self.rate_bp_min / 100, self.rate_bp_max / 100
            rate = f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"
            jasa = f"jasa flat {rate.replace('.', ',')} % per bulan"
        n = (f"{self.instalments_min}" if self.instalments_min == self.instalments_max
             else f"{self.instalments_min}–{self.instalments_max}")
        return (f"{KIND_LABELS[self.kind]}, {format_rupiah(self.amount_min)}–"
                f"{format_rupiah(self.amount_max)} per anggota, {n} angsuran "
                f"{FREQUENCY_LABELS[self.frequency]}, {jasa}")


EDITABLE = tuple(f.name for f in fields(ProductDTO) if f.name not in ("id",))

BUILTIN = (
    dict(code="PAKET", name="Paket Usaha", kind="in_kind", amount_min=25_000, amount_max=25_000,
         first_loan_max=None, group_limit=125_000, group_size_min=5, group_size_max=5,
         instalments_min=6, instalments_max=6, frequency="daily", service_mode="fixed",
         rate_bp_min=0, rate_bp_max=0, service_fixed=200, rounding_increment=100,
         rounding_mode="last_absorbs", skip_sundays=True, max_cycles=None, late_fee=0,
         fund_source="own",
         eligibility=EligibilityRules(min_months_membership=3, require_pokok=True,
                                      require_wajib_current=True, require_ktp_kk=True,
                                      allowed_trades=("pindang",), no_arrears_other_credit=True),
         package_items=("Ikan pindang (bahan baku)", "Garam", "Bumbu", "Kayu bakar", "Besek/keranjang")),
    dict(code="BERGULIR", name="Pinjaman Bergulir", kind="cash", amount_min=100_000,
         amount_max=2_000_000, first_loan_max=500_000, group_limit=None, group_size_min=5,
         group_size_max=6, instalments_min=3, instalments_max=12, frequency="monthly",
         service_mode="flat_percent", rate_bp_min=150, rate_bp_max=300, service_fixed=0,
         rounding_increment=100, rounding_mode="last_absorbs", skip_sundays=True, max_cycles=4,
         late_fee=0, fund_source="revolving",
         eligibility=EligibilityRules(min_months_membership=3, require_pokok=True,
                                      require_wajib_current=True, require_ktp_kk=True,
                                      no_arrears_other_credit=True),
         package_items=()),
)


def _dto(p: CreditProduct) -> ProductDTO:
    values = {f.name: getattr(p, f.name) for f in fields(ProductDTO)
              if f.name not in ("eligibility", "package_items")}
    return ProductDTO(**values, eligibility=EligibilityRules.from_dict(json.loads(p.eligibility)),
                      package_items=tuple(json.loads(p.package_items)))


def _apply(p: CreditProduct, values: dict) -> None:
    for key, value in values.items():
        if key == "eligibility":
            p.eligibility = json.dumps(value.to_dict())
        elif key == "package_items":
            p.package_items = json.dumps(list(value))
        else:
            setattr(p, key, value)
    p.updated_at = dt.datetime.now().replace(microsecond=0)


def ensure_builtin_products(session: Session) -> None:
    existing = set(session.scalars(select(CreditProduct.code)))
    for spec in BUILTIN:
        if spec["code"] not in existing:
            p = CreditProduct()
            _apply(p, dict(spec, active=True))
            session.add(p)




_OPTIONAL = frozenset({"first_loan_max", "group_limit", "max_cycles"})
#: counts and rates of a product (not rupiah): each a whole number up to _MAX_COUNT
_COUNTS = {"group_size_min": "Ukuran kelompok minimal", "group_size_max": "Ukuran kelompok maksimal",
           "instalments_min": "Jumlah angsuran minimal", "instalments_max": "Jumlah angsuran maksimal",
           "rate_bp_min": "Jasa minimal", "rate_bp_max": "Jasa maksimal",
           "max_cycles": "Batas siklus pinjaman"}
_MAX_COUNT = 10_000


def validate_product(d: ProductDTO) -> None:
    def bad(msg: str, field: str) -> None:
        raise UserError(msg, field=field)

    if not (d.code or "").strip() or not d.code.strip().replace("-", "").isalnum():
        bad("Kode produk wajib diisi (huruf/angka, misalnya PAKET).", "code")
    if not clean_text(d.name, field="name", label="Nama produk"):
        bad("Nama produk wajib diisi.", "name")
    clean_text(d.code, field="code", label="Kode produk", kind="short")
    if d.kind not in KIND_LABELS:
        bad("Jenis produk harus barang atau tunai.", "kind")
    if d.frequency not in FREQUENCY_LABELS:
        bad("Frekuensi angsuran harus harian, mingguan atau bulanan.", "frequency")
    for name, label in (("amount_min", "Jumlah minimal per anggota"),
                        ("amount_max", "Jumlah maksimal per anggota"),
                        ("first_loan_max", "Maksimal pinjaman pertama"),
                        ("group_limit", "Plafon kelompok"), ("service_fixed", "Jasa tetap"),
                        ("late_fee", "Denda"), ("rounding_increment", "Pembulatan")):
        if getattr(d, name) is not None or name not in _OPTIONAL:
            check_amount(getattr(d, name), field=name, label=label, allow_zero=True)
    for name, label in _COUNTS.items():  # whole numbers far inside an integer column
        value = getattr(d, name)
        if value is None and name in _OPTIONAL:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_COUNT:
            bad(f"{label} harus bilangan bulat 0–{_MAX_COUNT}.", name)
    if not 0 < d.amount_min <= d.amount_max:
        bad("Jumlah per anggota: minimal harus lebih dari Rp0 dan tidak melebihi maksimal.", "amount_min")
    if d.group_limit is not None and d.group_limit < d.amount_min:
        bad("Plafon kelompok lebih kecil dari jumlah minimal per anggota.", "group_limit")
    if not 1 <= d.group_size_min <= d.group_size_max:
        bad("Ukuran kelompok tidak sah.", "group_size_min")
    if not 1 <= d.instalments_min <= d.instalments_max <= 366:
        bad("Jumlah angsuran tidak sah.", "instalments_min")
    if d.service_mode == "flat_percent":
        if not 0 <= d.rate_bp_min <= d.rate_bp_max <= 1000:
            bad("Jasa per bulan harus 0–10 % dan minimal ≤ maksimal.", "rate_bp_min")
    elif d.service_mode == "fixed":
        if d.service_fixed < 0:
            bad("Jasa tetap tidak boleh negatif.", "service_fixed")
    else:
        bad("Cara jasa harus flat % atau jumlah tetap.", "service_mode")
    if d.rounding_increment < 1:
        bad("Pembulatan minimal Rp1.", "rounding_increment")
    if d.rounding_mode not in ("last_absorbs", "equal_surplus_income"):
        bad("Cara pembulatan tidak dikenal.", "rounding_mode")
    if d.max_cycles is not None and d.max_cycles < 1:
        bad("Batas siklus pinjaman minimal 1.", "max_cycles")
    if d.late_fee < 0:
        bad("Denda tidak boleh negatif.", "late_fee")
    if d.fund_source not in ("own", "revolving"):
        bad("Sumber dana bawaan harus modal sendiri atau dana bergulir.", "fund_source")


def list_products(db: Database, *, include_inactive: bool = False) -> list[ProductDTO]:
    with db.read() as s:
        q = select(CreditProduct).order_by(CreditProduct.id)
        if not include_inactive:
            q = q.where(CreditProduct.active.is_(True))
        return [_dto(p) for p in s.scalars(q)]


def get_product(db: Database, product_id: int) -> ProductDTO:
    with db.read() as s:
        return product_in_session(s, product_id)


def product_in_session(s: Session, product_id: int) -> ProductDTO:
    p = s.get(CreditProduct, product_id)
    if p is None:
        raise NotFound(f"Produk kredit #{product_id} tidak ditemukan.")
    return _dto(p)


def product_by_code(db: Database, code: str) -> ProductDTO:
    with db.read() as s:
        p = s.scalar(select(CreditProduct).where(CreditProduct.code == code.upper()))
        if p is None:
            raise NotFound(f"Produk {code} tidak ditemukan.", field="product")
        return _dto(p)


def save_product(db: Database, *, actor: Actor, product: ProductDTO) -> Outcome[ProductDTO]:
    """Create (id 0) or edit a product. Existing credits keep the terms they were given."""
    require(actor, "products.edit")
    validate_product(product)
    with db.write() as s:
        clash = s.scalar(select(CreditProduct.id).where(CreditProduct.code == product.code.upper()))
        if product.id:
            p = s.get(CreditProduct, product.id)
            if p is None:
                raise NotFound(f"Produk kredit #{product.id} tidak ditemukan.")
            if clash and clash != p.id:
                raise UserError(f"Kode produk {product.code} sudah dipakai.", field="code")
            before = _dto(p)
        else:
            if clash:
                raise UserError(f"Kode produk {product.code} sudah dipakai.", field="code")
            p = CreditProduct()
            s.add(p)
            before = None
        values = {k: getattr(product, k) for k in EDITABLE}
        values["code"] = product.code.upper()
        _apply(p, values)
        s.flush()
        summary = (audit.describe_change({k: str(getattr(before, k)) for k in EDITABLE},
                                         {k: str(getattr(product, k)) for k in EDITABLE})
                   if before else f"produk baru {product.name}")
        audit.record(s, actor, action="product.save", entity="product", entity_id=p.code, summary=summary)
        dto = _dto(p)
    return Outcome(dto, Changes(credits=True))


def copy_product(product: ProductDTO, *, code: str, name: str) -> ProductDTO:
    return replace(product, id=0, code=code, name=name)


# ------------------------------------------------------------------ holidays

@dataclass(frozen=True)
class HolidayDTO:
    on_date: dt.date
    name: str


def holidays(db: Database, *, year: int | None = None) -> list[HolidayDTO]:
    with db.read() as s:
        q = select(Holiday).order_by(Holiday.on_date)
        if year:
            q = q.where(Holiday.on_date >= dt.date(year, 1, 1), Holiday.on_date <= dt.date(year, 12, 31))
        return [HolidayDTO(h.on_date, h.name) for h in s.scalars(q)]


def holiday_set(session: Session) -> frozenset[dt.date]:
    return frozenset(session.scalars(select(Holiday.on_date)))


def add_holiday(db: Database, *, actor: Actor, on_date: dt.date, name: str) -> Outcome[None]:
    require(actor, "holidays.edit")
    name = clean_text(name, field="name", label="Nama hari libur") or ""
    if not name:
        raise UserError("Nama hari libur wajib diisi.", field="name")
    with db.write() as s:
        if s.get(Holiday, on_date):
            raise UserError(f"{format_date_id(on_date)} sudah ada di kalender libur.", field="on_date")
        s.add(Holiday(on_date=on_date, name=name.strip()))
        audit.record(s, actor, action="holiday.add", entity="holiday", entity_id=on_date.isoformat(),
                     summary=name.strip())
    return Outcome(None, Changes(settings=True))


def remove_holiday(db: Database, *, actor: Actor, on_date: dt.date) -> Outcome[None]:
    """Schedules already made keep their dates; only new schedules see the change."""
    require(actor, "holidays.edit")
    with db.write() as s:
        h = s.get(Holiday, on_date)
        if h is None:
            raise NotFound(f"{format_date_id(on_date)} tidak ada di kalender libur.")
        audit.record(s, actor, action="holiday.remove", entity="holiday",
                     entity_id=on_date.isoformat(), summary=h.name)
        s.delete(h)
    return Outcome(None, Changes(settings=True))
