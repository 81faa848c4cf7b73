"""Settings and the cooperative profile (name, address, legal entity number, logo), used
on every printout. Values are stored as JSON under dotted keys in the ``settings`` table."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.login_facts import DEFAULT_COOP_NAME, DEFAULT_LANGUAGE
from kamura_desktop.db.models.core import Blob, Setting
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_AMOUNT
from kamura_desktop.domain.text import clean_text
from kamura_desktop.dto.settings import CooperativeProfile  # re-exported: defined in dto/

from . import audit, events, tamper
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import require

#: every setting with its default; later books add theirs
DEFAULTS: dict[str, Any] = {
    "profile.name": DEFAULT_COOP_NAME,
    "profile.short_name": "KAMURA",
    "profile.address": "",
    "profile.village": "",
    "profile.district": "",
    "profile.regency": "",
    "profile.province": "",
    "profile.legal_number": "",
    "profile.phone": "",
    "profile.founded_year": None,
    "profile.logo_blob_id": None,
    "ui.language": DEFAULT_LANGUAGE,
    "backup.keep": 30,
    # "Simpan cadangan ke…" (a copy taken off the PC) asks for a passphrase and encrypts it
    "backup.encrypt_copies": False,
    "backup.last_at": None,
    "books.closed_through": None,  # ISO date; nothing may be posted on or before it
    # paper of the kwitansi and bukti kas keluar (RECEIPT_FORMATS): the counter's printer
    "print.receipt_format": "a6",
}

#: the receipt papers (documents/receipts.SIZES has one page format for each key)
RECEIPT_FORMATS = {"a6": "A6 (seperempat A4)", "half_a4": "Setengah A4",
                   "thermal_58": "Rol thermal 58 mm", "thermal_80": "Rol thermal 80 mm"}

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

#: later books add fn(values) that raises UserError for a bad value of one of their keys;
#: ``values`` holds only the keys being saved

PROFILE_FIELDS = (
    "name", "short_name", "address", "village", "district", "regency", "province",
    "legal_number", "phone", "founded_year",
)


_READ = "settings.read"  # session.info: (transaction, {key: stored JSON text, or None: no row})

#: one setting's stored text, as a plain SQL read (no ORM object: the value is all it needs)
_VALUE = select(Setting.value).where(Setting.key == bindparam("key"))


def _read_in_transaction(session: Session) -> dict[str, str | None]:
    """The settings this transaction has read or written: ``{key: stored text or None}``.
    Kept for one transaction only (a new one reads again: another PC may have saved since);
    within it nobody else can change a setting (every write holds the write lock, and a
    server's read transaction sees one snapshot)."""
    tx = session.get_transaction()
    held = session.info.get(_READ)
    if held is None or tx is None or held[0] is not tx:
        held = session.info[_READ] = [tx, {}]
    return held[1]


def get_value(session: Session, key: str) -> Any:
    # each key is read once per transaction — the ledger asks for books.closed_through with
    # every entry, and on a server each look-up is a round trip (issue 16) — with one plain
    # SELECT of its text (an ORM get cost ~0,5 ms: issue 20); set_value keeps it current
    known = _read_in_transaction(session)
    if key in known:
        text = known[key]
    else:
        text = session.connection().execute(_VALUE, {"key": key}).scalar()
        known = _read_in_transaction(session)  # the read began the transaction if none was
        known[key] = text
    return DEFAULTS.get(key) if text is None else json.loads(text)


def set_value(session: Session, key: str, value: Any) -> Any:
    """Store a setting inside the caller's transaction; returns the previous value."""
    before = get_value(session, key)
    row = session.get(Setting, key)
    text = json.dumps(value)
    if row is None:
        row = Setting(key=key, value=text)
        session.add(row)
    else:
        row.value = text
    _read_in_transaction(session)[key] = text
    tamper.setting_changed(session, row)
    return before


def get_setting(db: Database, key: str) -> Any:
    with db.read() as s:
        return get_value(s, key)


#: whole-number settings that are not money, with their bounds
_COUNTS = {"members.number_digits": (1, 10), "backup.keep": (1, 365)}


def _check_kind(key: str, value: Any) -> None:
    """A setting keeps the type of its default; numbers stay within the limits (a money
    amount within MAX_AMOUNT, a percentage 0–100); text is cleaned text."""
    default = DEFAULTS[key]
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise UserError(f"Pengaturan '{key}' harus ya atau tidak.", field=key)
    elif isinstance(default, int):
        low, high = _COUNTS.get(key, (0, 100 if "pct" in key else MAX_AMOUNT))
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise UserError(f"Pengaturan '{key}' harus bilangan bulat {low}–{high:,}."
                            .replace(",", "."), field=key)
    elif isinstance(default, str):
        if clean_text(value, field=key, label=f"Pengaturan '{key}'", kind="short") != value:
            raise UserError(f"Pengaturan '{key}' memuat spasi atau karakter yang tidak sah.",
                            field=key)


def _validate_values(s: Session, values: dict[str, Any]) -> None:
    """Refuse unknown keys and bad values; the books whose settings these are check theirs
    (``events.SettingsSaving``), inside the write, before anything is saved."""
    for key in values:
        if key not in DEFAULTS or key.startswith("profile."):
            raise UserError(f"Pengaturan '{key}' tidak dikenal.", field=key)
    for key, value in values.items():
        _check_kind(key, value)
    if "ui.language" in values and values["ui.language"] not in LANGUAGES:
        raise UserError("Bahasa harus 'id' atau 'en'.", field="ui.language")
    if "credit.kol_rule_set" in values:
        from kamura_desktop.domain.kolektibilitas import RULE_SETS
        if values["credit.kol_rule_set"] not in RULE_SETS:
            raise UserError("Aturan kolektibilitas tidak dikenal.", field="credit.kol_rule_set")
    if "backup.encrypt_copies" in values and not isinstance(values["backup.encrypt_copies"], bool):
        raise UserError("Pilihan enkripsi cadangan harus ya atau tidak.",
                        field="backup.encrypt_copies")
    if "print.receipt_format" in values and values["print.receipt_format"] not in RECEIPT_FORMATS:
        raise UserError("Ukuran kwitansi harus salah satu dari: "
                        + ", ".join(RECEIPT_FORMATS.values()) + ".", field="print.receipt_format")
    if "backup.keep" in values:
        keep = values["backup.keep"]
        if not isinstance(keep, int) or isinstance(keep, bool) or not 1 <= keep <= 365:
            raise UserError("Jumlah cadangan yang disimpan harus 1–365.", field="backup.keep")
    events.publish(s, events.SettingsSaving(values))


def _validate_profile(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise UserError(f"Isian profil tidak dikenal: {', '.join(sorted(unknown))}.")
    if "name" in fields and not str(fields["name"] or "").strip():
        raise UserError("Nama koperasi wajib diisi.", field="name")
    if fields.get("founded_year") not in (None, ""):
        year = fields["founded_year"]
        if not isinstance(year, int) or not 1900 <= year <= 2100:
            raise UserError("Tahun berdiri tidak sah.", field="founded_year")
    return {k: (clean_text(v, field=k, label=_PROFILE_LABELS.get(k, k),
                           kind=_PROFILE_KINDS.get(k, "place")) or ""
                if isinstance(v, str) else v) for k, v in fields.items()}


_PROFILE_LABELS = {"name": "Nama koperasi", "short_name": "Nama singkat", "address": "Alamat",
                   "village": "Desa", "district": "Kecamatan", "regency": "Kabupaten",
                   "province": "Provinsi", "legal_number": "Nomor badan hukum",
                   "phone": "Telepon"}
_PROFILE_KINDS = {"name": "name", "short_name": "short", "address": "address",
                  "legal_number": "name", "phone": "short"}


def _apply_values(s: Session, actor: Actor, values: dict[str, Any]) -> None:
    for key, value in values.items():
        before = set_value(s, key, value)
        if before != value:
            audit.record(s, actor, action="settings.update", entity="setting", entity_id=key,
                         summary=f"{before!r} → {value!r}")


def _apply_profile(s: Session, actor: Actor, clean: dict[str, Any]) -> None:
    before = {k: get_value(s, f"profile.{k}") for k in clean}
    for key, value in clean.items():
        set_value(s, f"profile.{key}", value)
    audit.record(s, actor, action="profile.update", entity="profile",
                 summary=audit.describe_change(before, clean))


def update_settings(db: Database, *, actor: Actor, values: dict[str, Any]) -> Outcome[None]:
    require(actor, "settings.app")
    with db.write() as s:
        _validate_values(s, values)
        _apply_values(s, actor, values)
    return Outcome(None, Changes(settings=True))


def get_profile(db: Database) -> CooperativeProfile:
    with db.read() as s:
        values = {f: get_value(s, f"profile.{f}") for f in PROFILE_FIELDS}
        logo = None
        blob_id = get_value(s, "profile.logo_blob_id")
        if blob_id is not None:
            blob = s.get(Blob, blob_id)
            logo = blob.data if blob else None
    return CooperativeProfile(**{k: (v if v is not None or k == "founded_year" else "")
                                 for k, v in values.items()}, logo_png=logo)


def update_profile(db: Database, *, actor: Actor, **fields: Any) -> Outcome[CooperativeProfile]:
    require(actor, "settings.profile")
    clean = _validate_profile(fields)
    with db.write() as s:
        _apply_profile(s, actor, clean)
    return Outcome(get_profile(db), Changes(settings=True))


def save_settings(
    db: Database, *, actor: Actor, profile: dict[str, Any], values: dict[str, Any]
) -> Outcome[CooperativeProfile]:
    """The Settings page's Save: profile and program settings in one transaction."""
    require(actor, "settings.profile")
    require(actor, "settings.app")
    clean = _validate_profile(profile)
    with db.write() as s:
        _validate_values(s, values)
        _apply_profile(s, actor, clean)
        _apply_values(s, actor, values)
    return Outcome(get_profile(db), Changes(settings=True))


def set_logo(db: Database, *, actor: Actor, data: bytes, filename: str) -> Outcome[None]:
    """Keep the cooperative's logo inside the database (so backups carry it)."""
    require(actor, "settings.profile")
    if not data.startswith(b"\x89PNG") and not data.startswith(b"\xff\xd8"):
        raise UserError("Logo harus berupa gambar PNG atau JPEG.", field="logo")
    if len(data) > 2_000_000:
        raise UserError("Logo terlalu besar (maksimal 2 MB).", field="logo")
    mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    with db.write() as s:
        blob = Blob(kind="logo", filename=filename, mime_type=mime, data=data,
                    created_at=dt.datetime.now().replace(microsecond=0))
        s.add(blob)
        s.flush()
        set_value(s, "profile.logo_blob_id", blob.id)
        audit.record(s, actor, action="profile.logo", entity="profile", summary=filename)
    return Outcome(None, Changes(settings=True))


def all_settings(db: Database) -> dict[str, Any]:
    with db.read() as s:
        stored = {r.key: json.loads(r.value) for r in s.scalars(select(Setting))}
    return {**DEFAULTS, **stored}


def profile_as_dict(profile: CooperativeProfile) -> dict[str, Any]:
    d = asdict(profile)
    d.pop("logo_png")
    return d
