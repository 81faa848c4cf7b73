"""Tamper evidence: what makes an edit with any SQLite tool visible (ARCHITECTURE.md,
"Tamper evidence").

* The journal and the audit log are **hash chains**: each row stores
  ``sha256(previous row's hash, its own canonical content)`` (``domain/tamper_hash.py``
  defines the content exactly), written in the writer's transaction. Writes start with
  ``BEGIN IMMEDIATE``, so the previous row read here is the last one: writers queue, the
  chain never forks.
* Users and settings carry a **row hash** (they change in place, so they are not chained).
* Each chain and each set has a **keyed seal** (table ``tamper_seals``): the head (last id
  and hash, or the set's digest) and an HMAC of it with a random key kept **outside the
  database**, in ``<data folder>/kunci/<file id>.key`` (readable by the user only). An edit
  whose hashes were recomputed from the published definition, a cut tail or a deleted row
  breaks the seal on a PC that holds the key.
* On an office server every PC needs that one key. It is **wrapped for each admin**
  (table ``seal_key_wraps``: AES-GCM under an argon2id key derived from the admin's
  password, bound to the file id and the user id), made whenever the services hold an
  admin's password on a PC whose key verifies the seals; a PC without the key gets it at an
  admin's login (:func:`install_key_from_wrap`, checked against the seals before it is
  kept). Until then such a PC neither reseals nor lets anyone else in (``users.authenticate``).

:func:`check` (``kamura check``, hence the weekly check and restore) verifies all of it and
the presence of every protective trigger; :func:`check_login_user` refuses a tampered user
at login; :func:`ensure_seal` (a seeder, at every open) seals a new or upgraded file (and on
SQLite reseals an intact file whose key is not on this PC; never on the server).
:func:`reseal_keyless` (``kamura reseal``) is the server's one reseal: an admin's, on a PC
without the key, when no PC holds it any more, over whole chains only; and
:func:`key_for_backup` decides, before a server dump replaces anything, where the dump's key
comes from (this PC, or the restoring admin's wrap inside the dump) or refuses the restore.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import secrets
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import bindparam, delete, event, insert, literal, null, select, union_all, update
from sqlalchemy.orm import Session

from kamura_desktop.db import ddl, tamper_rows
from kamura_desktop.db.database import make_private_dir
from kamura_desktop.db.models.core import (
    AuditEntry,
    JournalEntry,
    SealKeyWrap,
    Setting,
    TamperSeal,
    User,
)
from kamura_desktop.domain import tamper_hash as th
from kamura_desktop.domain.errors import UserError

from .locations import data_dir

KEY_DIRNAME = "kunci"
CHAINS = ("journal", "audit")
SETS = ("users", "settings")

#: every protective trigger as the migrations create it at head: name -> (its refusal, its
#: condition in SQLite's words or None). The statement is SQLite's
#: ``CREATE TRIGGER <name> BEFORE <VERB> ON <table> [WHEN <condition>] BEGIN SELECT
#: RAISE(ABORT, '<refusal>'); END`` (:func:`protective_trigger_sql`); on the server the
#: function and trigger ``db/ddl.pg_trigger_parts`` makes of it, as the migrations do.
#: tests/services/test_tamper.py compares each with a freshly migrated database on both
#: engines: a migration that adds or changes a trigger changes this too.
_BOOKED = "Baris {} sudah dibukukan dan tidak boleh diubah atau dihapus"
_SHU_APPROVED_CHANGED = (
    "OLD.status = 'paid' OR (OLD.status = 'approved' AND (NEW.status <> 'paid' "
    "OR NEW.year IS NOT OLD.year OR NEW.surplus IS NOT OLD.surplus "
    "OR NEW.pct_cadangan IS NOT OLD.pct_cadangan OR NEW.pct_anggota IS NOT OLD.pct_anggota "
    "OR NEW.pct_pengurus IS NOT OLD.pct_pengurus OR NEW.pct_karyawan IS NOT OLD.pct_karyawan "
    "OR NEW.pct_pendidikan IS NOT OLD.pct_pendidikan OR NEW.pct_sosial IS NOT OLD.pct_sosial "
    "OR NEW.jasa_modal_pct IS NOT OLD.jasa_modal_pct "
    "OR NEW.approve_entry_id IS NOT OLD.approve_entry_id OR NEW.rat_date IS NOT OLD.rat_date))")
PROTECTIVE_TRIGGERS: dict[str, tuple[str, str | None]] = {
    **{f"trg_{table}_no_{verb}": (f"{_BOOKED.format(table)}; gunakan jurnal pembalik.", None)
       for table in ("journal_entries", "journal_lines", "audit_log")  # 0001
       for verb in ("update", "delete")},
    **{f"trg_savings_transactions_no_{verb}": (  # 0002, again after 0005 rebuilt the table
        "Transaksi simpanan sudah dibukukan dan tidak boleh diubah atau dihapus; gunakan "
        "pembalikan.", None) for verb in ("update", "delete")},
    **{f"trg_schedule_lines_no_{verb}": (  # 0003
        "Jadwal angsuran sudah ditetapkan saat pencairan dan tidak boleh diubah atau dihapus.",
        None) for verb in ("update", "delete")},
    **{f"trg_{table}_no_{verb}": (f"{_BOOKED.format(table)}; gunakan pembalikan.", None)
       for table in ("repayments", "group_covers", "cover_settlements",  # 0004
                     "payout_receipts")  # 0017
       for verb in ("update", "delete")},
    **{f"trg_{table}_no_{verb}": (f"{_BOOKED.format(table)}.", None)
       for table in ("capital_contributions", "credit_write_offs", "write_off_shares",  # 0005
                     "provisions")  # 0009
       for verb in ("update", "delete")},
    # 0009: the books of the year
    **{f"trg_journal_attachments_no_{verb}": (
        "Catatan bukti jurnal tidak boleh diubah atau dihapus.", None)
       for verb in ("update", "delete")},
    "trg_year_closes_no_delete": ("Tutup buku tidak boleh dihapus; buka kembali tahun bukunya.",
                                  None),
    "trg_year_closes_no_update": (
        "Tutup buku tidak boleh diubah; hanya pembukaan kembali yang dicatat.",
        "OLD.reopened_at IS NOT NULL OR NEW.year IS NOT OLD.year "
        "OR NEW.closed_on IS NOT OLD.closed_on OR NEW.entry_id IS NOT OLD.entry_id "
        "OR NEW.surplus IS NOT OLD.surplus OR NEW.closed_at IS NOT OLD.closed_at "
        "OR NEW.closed_by_id IS NOT OLD.closed_by_id"),
    "trg_shu_distributions_no_delete": ("SHU yang sudah disetujui tidak boleh dihapus.",
                                        "OLD.status <> 'draft'"),
    "trg_shu_distributions_no_update": ("SHU yang sudah disetujui tidak boleh diubah.",
                                        _SHU_APPROVED_CHANGED),
    "trg_shu_member_shares_no_update": (
        "Bagian SHU anggota tidak boleh diubah; hitung ulang drafnya.", None),
    "trg_shu_member_shares_no_delete": (
        "Bagian SHU anggota yang sudah disetujui tidak boleh dihapus.",
        "(SELECT status FROM shu_distributions WHERE id = OLD.distribution_id) <> 'draft'"),
}
#: every trigger the migrations create
EXPECTED_TRIGGERS = tuple(sorted(PROTECTIVE_TRIGGERS))

SEALS = TamperSeal.__table__
_MOVE_SEAL = (update(SEALS).where(SEALS.c.name == bindparam("n"))
              .values(head_id=bindparam("h"), digest=bindparam("d"), mac=bindparam("m")))


def _head_of(table) -> object:
    return select(table.id, table.row_hash).order_by(table.id.desc()).limit(1).subquery()


_JOURNAL_HEAD, _AUDIT_HEAD = _head_of(JournalEntry), _head_of(AuditEntry)
#: what a write transaction knows of the seals and the two chains' heads, in one statement
#: (built once: no statement rebuilt per transaction); a head's row is named "#journal" or
#: "#audit", which no seal is
_TX_STATE = union_all(
    select(SEALS.c.name, SEALS.c.head_id, SEALS.c.digest, SEALS.c.mac),
    select(literal("#journal"), _JOURNAL_HEAD.c.id, _JOURNAL_HEAD.c.row_hash, null()),
    select(literal("#audit"), _AUDIT_HEAD.c.id, _AUDIT_HEAD.c.row_hash, null()))

CALL_ADMIN = "Hubungi admin dan jalankan `kamura check`."

#: keys read once per process: (data folder override, file id) -> key
_keys: dict[tuple[str | None, str], bytes] = {}
_keys_lock = threading.Lock()


# ---------------------------------------------------------------- the key, outside the database

def key_path(file_id: str) -> Path:
    return data_dir() / KEY_DIRNAME / f"{file_id}.key"


def _cache_key(file_id: str) -> tuple[str | None, str]:
    return os.environ.get("KAMURA_DATA_DIR"), file_id


def _load_key(file_id: str) -> bytes | None:
    with _keys_lock:
        cached = _keys.get(_cache_key(file_id))
        if cached is not None:
            return cached
        try:
            key = bytes.fromhex(key_path(file_id).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None
        _keys[_cache_key(file_id)] = key
        return key


def _create_key(file_id: str) -> bytes:
    return _store_key(file_id, secrets.token_bytes(32))


def _store_key(file_id: str, key: bytes) -> bytes:
    """Keep ``key`` in this PC's data folder (user-only, through a temporary file) and in the
    process's cache."""
    path = key_path(file_id)
    make_private_dir(path.parent)  # 0700, the data folder too when this makes it
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    tmp.replace(path)
    with _keys_lock:
        _keys[_cache_key(file_id)] = key
    return key


def _mac(key: bytes, file_id: str, seal: TamperSeal | tuple) -> str:
    name, head_id, digest = ((seal.name, seal.head_id, seal.digest) if isinstance(seal, TamperSeal)
                             else seal)
    return th.seal_mac(key, file_id=file_id, name=name, head_id=head_id, digest_hex=digest)


# ---------------------------------------------------------------- the key wrapped for each admin (the server's PCs)

#: the login refusals of a PC of an office server that does not hold the seal key yet
NO_KEY_HERE = ("Komputer ini belum memegang kunci segel buku kantor. Minta admin masuk sekali "
               "di komputer ini (kuncinya dipasang otomatis), lalu masuk lagi.")
NO_WRAP_FOR_ADMIN = ("Komputer ini belum memegang kunci segel buku kantor, dan server belum "
                     "menyimpannya untuk admin {name}. Masuklah sekali sebagai {name} di "
                     "komputer yang sudah memegang kunci (mis. komputer yang menjalankan "
                     "kamura copy), lalu masuk lagi di komputer ini. Bila tidak ada lagi "
                     "komputer yang memegang kunci itu: `kamura reseal --user {name}` "
                     "(docs/server-kantor.md bagian 7).")
NO_KEY_FOR_FIRST_ADMIN = ("Database server ini sudah disegel oleh komputer yang pertama "
                          "membukanya, dan kuncinya tidak ada di komputer ini. Buat admin "
                          "pertama di komputer itu, lalu admin masuk sekali di komputer ini.")
WRAP_REFUSED = ("Kunci segel yang disimpan di server untuk admin {name} tidak cocok dengan segel "
                "buku kantor (diganti di luar Kamura); kunci tidak dipasang dan login ditolak. "
                "Jalankan `kamura check` di komputer yang memegang kunci, lalu {name} masuk "
                "sekali di sana (kuncinya disimpan ulang), kemudian di komputer ini.")

#: bounds on the parameters a wrap names (a row put in by hand must not make a login derive
#: with gigabytes of memory or forever)
_KDF_MAX_MEMORY_KIB = 1024 * 1024
_KDF_MAX_TIME = 20
_KDF_MAX_LANES = 16
_KDF = re.compile(r"argon2id:t=(\d+),m=(\d+),p=(\d+)")


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters of a key-encryption key: those of the password hasher
    (``users._hasher``), so a wrap costs a guesser as much as the password hash beside it."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int

    def text(self) -> str:
        return f"argon2id:t={self.time_cost},m={self.memory_cost},p={self.parallelism}"

    @classmethod
    def parse(cls, text: str) -> KdfParams | None:
        found = _KDF.fullmatch(text or "")
        if found is None:
            return None
        params = cls(*(int(v) for v in found.groups()))
        if not (1 <= params.time_cost <= _KDF_MAX_TIME and 1 <= params.parallelism <= _KDF_MAX_LANES
                and 8 * params.parallelism <= params.memory_cost <= _KDF_MAX_MEMORY_KIB):
            return None
        return params


def _kek(password: str, salt: bytes, params: KdfParams) -> AESGCM:
    raw = hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                          memory_cost=params.memory_cost, parallelism=params.parallelism,
                          hash_len=32, type=Type.ID)
    return AESGCM(raw)


def _aad(file_id: str, user_id: int) -> bytes:
    return f"{file_id}:{user_id}".encode("ascii")


WRAP_TAG = "kamura.seal_key_wrap.v1"


def _wrap_mac(key: bytes, *, user_id: int, file_id: str, kdf: str, salt: str, nonce: str,
              wrapped: str) -> str:
    return hmac.new(key, th.canonical([WRAP_TAG, file_id, user_id, kdf, salt, nonce, wrapped]),
                    hashlib.sha256).hexdigest()


def wrap_key(key: bytes, *, file_id: str, user_id: int, password: str,
             params: KdfParams) -> dict[str, str]:
    """The columns of a ``seal_key_wraps`` row holding ``key`` for ``user_id``."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = _kek(password, salt, params).encrypt(nonce, key, _aad(file_id, user_id))
    values = {"file_id": file_id, "kdf": params.text(), "salt": salt.hex(), "nonce": nonce.hex(),
              "wrapped": wrapped.hex()}
    return {**values, "mac": _wrap_mac(key, user_id=user_id, **values)}


def _made_with(key: bytes, wrap: SealKeyWrap) -> bool:
    """Whether this PC (holding ``key``) made the wrap as it is: no password derivation."""
    return th.macs_equal(wrap.mac, _wrap_mac(
        key, user_id=wrap.user_id, file_id=wrap.file_id, kdf=wrap.kdf, salt=wrap.salt,
        nonce=wrap.nonce, wrapped=wrap.wrapped))


def unwrap_key(wrap: SealKeyWrap, password: str) -> bytes | None:
    """The key a wrap holds, or None when it does not open with ``password`` (another
    password, another file or user, a row changed by hand)."""
    params = KdfParams.parse(wrap.kdf)
    if params is None:
        return None
    try:
        return _kek(password, bytes.fromhex(wrap.salt), params).decrypt(
            bytes.fromhex(wrap.nonce), bytes.fromhex(wrap.wrapped), _aad(wrap.file_id, wrap.user_id))
    except (InvalidTag, ValueError, TypeError, UnicodeEncodeError):
        return None


def _valid_key(session: Session) -> tuple[str | None, bytes | None]:
    """(file id, this PC's key) — the key only when the ``users`` seal, as this transaction
    found it, verifies with it (the key in force, not an old one)."""
    state = _tx_state(session)
    file_id = state["file_id"]
    key = _load_key(file_id) if file_id is not None else None
    if key is None:
        return file_id, None
    valid = state.setdefault("valid", {})
    if "users" not in valid:  # not moved by this transaction yet: the stored seal
        current = state["seals"].get("users")
        valid["users"] = current is not None and th.macs_equal(
            current[2], _mac(key, file_id, ("users", current[0], current[1])))
    return file_id, key if valid["users"] else None


def keep_wrap(session: Session, user: User, password: str, params: KdfParams, *,
              renew: bool) -> None:
    """Give an admin a wrap of the key in force on this PC. ``renew`` (a new password, a new
    admin): always a new wrap, or none when this PC cannot make one (the old password must
    not open the key any more). At a login: only when the admin has none for this file or
    theirs is not one made with this key (replaced by hand: its MAC, checked without deriving
    anything, so an admin's login costs no more than before while the wrap is whole)."""
    wrap = session.scalar(select(SealKeyWrap).where(SealKeyWrap.user_id == user.id))
    file_id, key = _valid_key(session)
    if key is None:
        if renew and wrap is not None:
            session.delete(wrap)
        return
    if not renew and wrap is not None and wrap.file_id == file_id and _made_with(key, wrap):
        return
    values = wrap_key(key, file_id=file_id, user_id=user.id, password=password, params=params)
    if wrap is None:
        wrap = SealKeyWrap(user_id=user.id)
        session.add(wrap)
    for name, value in values.items():
        setattr(wrap, name, value)
    wrap.created_at = dt.datetime.now().replace(microsecond=0)
    session.flush()


def drop_wrap(session: Session, user_id: int) -> None:
    """A deactivated admin's wrap goes (their password must not open the key any more)."""
    session.execute(delete(SealKeyWrap).where(SealKeyWrap.user_id == user_id))


def _session_on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def key_missing_here(session: Session) -> bool:
    """True on a PC of an office server that does not hold the key of the sealed database:
    nothing may be written from here until an admin's login installs it."""
    if not _session_on_server(session):
        return False
    file = session.get(TamperSeal, "file")
    return file is not None and _load_key(file.digest) is None


def install_key_from_wrap(session: Session, user: User, password: str) -> str:
    """Unwrap the key an admin's wrap holds (their password just verified), check that the
    ``users`` seal verifies with it, and keep it on this PC as :func:`_create_key` does;
    returns the file id. Raises UserError when the admin has no wrap for this file or the
    wrap gives a key the seals refuse (a wrap someone replaced): nothing is kept then."""
    write_moved_seals(session)
    file = session.get(TamperSeal, "file")
    wrap = session.scalar(select(SealKeyWrap).where(SealKeyWrap.user_id == user.id))
    if file is None or wrap is None or wrap.file_id != file.digest:
        raise UserError(NO_WRAP_FOR_ADMIN.format(name=user.username), field="username",
                        code="no_seal_key")
    key = unwrap_key(wrap, password)
    seal = session.get(TamperSeal, "users")
    if key is None or seal is None or not th.macs_equal(seal.mac, _mac(key, file.digest, seal)):
        raise UserError(WRAP_REFUSED.format(name=user.username), field="username",
                        code="seal_key_refused")
    _store_key(file.digest, key)
    state = session.info.get("tamper")
    if state is not None:
        state.pop("valid", None)  # judged without the key earlier in this transaction
    return file.digest


# ---------------------------------------------------------------- a server dump sealed with another key

NO_KEY_FOR_BACKUP = (
    "Kunci segel cadangan {name} (kunci {file_id}) tidak ada di komputer ini, {why}. Tidak "
    "ada yang diubah. Pulihkan dari komputer yang memegang kuncinya (berkas kunci\\"
    "{file_id}.key di folder data Kamura){by_admin}. Bila kunci itu benar-benar hilang: "
    "`kamura restore … --paksa`, lalu `kamura reseal`.")
BY_ADMIN_OF_BACKUP = (", atau dengan perintah `kamura restore --db … --from {name} --user NAMA` "
                      "sebagai admin yang kuncinya tersimpan di cadangan itu ({admins}), dengan "
                      "kata sandinya saat cadangan dibuat: kuncinya dibuka dari cadangan")
NO_WRAP_IN_BACKUP = "dan cadangan itu tidak menyimpan kuncinya untuk admin mana pun"
NO_PASSWORD_FOR_BACKUP = "dan pemulihan dari aplikasi tidak memegang kata sandi admin"
WRAP_DOES_NOT_OPEN = ("dan kunci yang disimpan di cadangan itu untuk admin {user} tidak terbuka "
                      "dengan kata sandinya sekarang (atau tidak cocok dengan segel cadangan)")


class BackupKeyRefused(UserError):
    """:func:`key_for_backup`'s refusal (code ``no_seal_key``, field ``--from``), naming in
    ``wrapped_for`` the active admins whose wraps the dump holds: the app asks the restoring
    admin's password and tries again when they are among them, else shows the refusal."""

    def __init__(self, message: str, *, wrapped_for: tuple[str, ...]):
        super().__init__(message, field="--from", code="no_seal_key")
        self.wrapped_for = wrapped_for


@dataclass(frozen=True)
class BackupSeal:
    """What a server dump says of its seal, read from its data before anything is restored:
    its file id (None: books never sealed), its ``users`` seal (head id, digest, MAC), the
    wraps it holds (``seal_key_wraps`` columns) and its active admins (id -> name)."""

    file_id: str | None
    users_seal: tuple[int | None, str, str | None] | None
    wraps: tuple[dict[str, str | None], ...]
    admins: dict[int, str]


def key_for_backup(seal: BackupSeal, *, label: str, username: str,
                   password: str | None) -> bytes | None:
    """Decide, before a server dump replaces anything, how its seal will verify once restored
    (the restore writes an audit row, which moves the audit seal): None when there is nothing
    to do (never sealed, or this PC holds its key); the dump's key, opened from the restoring
    admin's wrap in the dump and checked against the dump's ``users`` seal, to keep on this
    PC; else a UserError — a restore that would leave a seal the key-holders see broken (a
    false alarm of tampering on every PC) is refused."""
    if seal.file_id is None or _load_key(seal.file_id) is not None:
        return None
    wrapped_for = sorted(seal.admins[int(w["user_id"])] for w in seal.wraps
                         if w["file_id"] == seal.file_id and int(w["user_id"]) in seal.admins)

    def refused(why: str) -> BackupKeyRefused:
        by_admin = (BY_ADMIN_OF_BACKUP.format(name=label, admins=", ".join(wrapped_for))
                    if wrapped_for else "")
        return BackupKeyRefused(NO_KEY_FOR_BACKUP.format(name=label, file_id=seal.file_id,
                                                         why=why, by_admin=by_admin),
                                wrapped_for=tuple(wrapped_for))

    if not wrapped_for:
        raise refused(NO_WRAP_IN_BACKUP)
    if password is None:
        raise refused(NO_PASSWORD_FOR_BACKUP)
    user_id = next((uid for uid, name in seal.admins.items() if name == username), None)
    row = next((w for w in seal.wraps if user_id is not None and int(w["user_id"]) == user_id
                and w["file_id"] == seal.file_id), None)
    key = None
    if row is not None:
        key = unwrap_key(SealKeyWrap(user_id=user_id, file_id=row["file_id"], kdf=row["kdf"],
                                     salt=row["salt"], nonce=row["nonce"],
                                     wrapped=row["wrapped"]), password)
    if (key is None or seal.users_seal is None or not th.macs_equal(
            seal.users_seal[2], _mac(key, seal.file_id, ("users", *seal.users_seal[:2])))):
        raise refused(WRAP_DOES_NOT_OPEN.format(user=username))
    return key


def keep_key(file_id: str, key: bytes) -> None:
    """Keep a key checked against its books' seals on this PC (:func:`key_for_backup`)."""
    _store_key(file_id, key)


# ---------------------------------------------------------------- no PC holds the key: ``kamura reseal``

RESEAL_ONLY_SERVER = ("`kamura reseal` hanya untuk database server kantor. Berkas .sqlite yang "
                      "kuncinya tidak ada di komputer ini disegel ulang otomatis saat dibuka "
                      "bila semuanya utuh.")
RESEAL_KEY_HERE = ("Komputer ini memegang kunci segel database ini: tidak perlu disegel ulang. "
                   "Bila komputer lain belum memegangnya, admin masuk sekali di komputer itu.")
RESEAL_OWN_WRAP = ("Kunci segel database ini tersimpan di server untuk admin {name} dan terbuka "
                   "dengan kata sandinya: tidak perlu disegel ulang, cukup masuk sebagai {name} "
                   "di komputer ini (kuncinya dipasang otomatis).")
RESEAL_OTHER_WRAPS = ("Kunci segel database ini tersimpan di server untuk admin {names}: minta "
                      "salah satunya masuk sekali di komputer ini (kuncinya dipasang otomatis). "
                      "Bila tidak ada yang dapat (lupa kata sandi, tidak dapat datang), jalankan "
                      "lagi dengan --paksa.")
RESEAL_BROKEN = ("Database tidak disegel ulang: {problem} Segel baru di atas perubahan itu akan "
                 "menyembunyikannya. Jalankan `kamura check` dan pulihkan cadangan yang "
                 "pemeriksaannya bersih.")


def reseal_keyless(session: Session, user: User, password: str, params: KdfParams, *,
                   force: bool) -> tuple[str, str]:
    """Seal server books whose key no PC here holds with a new key on this PC, for an active
    admin whose password was just verified (``users.reseal_server_books``): refused when the
    admin's own wrap opens to the key in force (a login installs it), when other admins hold
    wraps (unless ``force``), or when any chain, row hash or seal head is broken (never seal
    over tampering). Drops the old wraps and wraps the new key for the admin; returns
    (old file id, new file id). The caller writes the audit row."""
    write_moved_seals(session)
    file = session.get(TamperSeal, "file")
    if file is None or _load_key(file.digest) is not None:
        raise UserError(RESEAL_KEY_HERE, code="seal_key_here")
    wraps = list(session.scalars(select(SealKeyWrap).where(SealKeyWrap.file_id == file.digest)))
    own = next((w for w in wraps if w.user_id == user.id), None)
    seal = session.get(TamperSeal, "users")
    if own is not None and seal is not None:
        key = unwrap_key(own, password)
        if key is not None and th.macs_equal(seal.mac, _mac(key, file.digest, seal)):
            raise UserError(RESEAL_OWN_WRAP.format(name=user.username), code="seal_key_wrapped")
    others = sorted(session.scalars(select(User.username).where(
        User.id.in_([w.user_id for w in wraps if w.user_id != user.id]),
        User.active.is_(True))))
    if others and not force:
        raise UserError(RESEAL_OTHER_WRAPS.format(names=", ".join(others)), field="--paksa",
                        code="seal_key_wrapped")
    problem = _first_break(session, sealed=True)
    if problem is not None:
        raise UserError(RESEAL_BROKEN.format(problem=problem), code="tampered")
    old_id, new_id = _seal_with_new_key(session, file)
    keep_wrap(session, user, password, params, renew=True)
    return old_id, new_id


# ---------------------------------------------------------------- writing (inside the writer's transaction)

def _tx_state(session: Session) -> dict:
    """What this write transaction knows of the seals, of the audit chain's head and of the
    journal's, read once per transaction in one statement (the write holds the lock: nobody
    else moves them meanwhile; only :func:`add_audit_row` adds audit rows and only the ledger
    journal entries, and each reports its new head here)."""
    tx = session.get_transaction()
    state = session.info.get("tamper")
    if state is None or state["tx"] is not tx:
        seals, heads = {}, {"#journal": (0, None), "#audit": (0, None)}
        for name, head_id, digest, mac in session.connection().execute(_TX_STATE):
            if name in heads:
                heads[name] = (head_id, digest)
            else:
                seals[name] = [head_id, digest, mac]
        file = seals.get("file")
        state = session.info["tamper"] = {"tx": tx, "seals": seals,
                                          "audit_head": heads["#audit"],
                                          "journal_head": heads["#journal"], "moved": set(),
                                          "file_id": file[1] if file else None}
        if not session.info.get("tamper.listening"):
            event.listen(session, "before_commit", write_moved_seals)
            session.info["tamper.listening"] = True
    return state


def _advance_seal(session: Session, name: str, head_id: int | None, digest: str) -> None:
    """Move a seal to a new head. The MAC is renewed only when the old one was valid with
    this PC's key: a broken seal stays broken (the evidence is kept), and a PC without the
    key cannot seal.

    The seal's row is written once, when the transaction commits (:func:`write_moved_seals`):
    a collection sheet moves the journal's and the audit log's seals with every payment, and
    only the last head counts — on a server each UPDATE was a round trip (issue 16)."""
    state = _tx_state(session)
    current = state["seals"].get(name)
    if current is None:  # a file the migration did not reach (cannot happen at head)
        session.connection().execute(insert(SEALS).values(name=name, head_id=head_id, digest=digest,
                                                          mac=None))
        state["seals"][name] = [head_id, digest, None]
        return
    file_id = state["file_id"]
    key = _load_key(file_id) if file_id is not None else None
    mac = current[2]
    valid = state.setdefault("valid", {})
    if name not in valid:  # checked once per transaction; later this writer made the MAC
        valid[name] = key is not None and th.macs_equal(
            mac, _mac(key, file_id, (name, current[0], current[1])))
    if valid[name]:
        mac = _mac(key, file_id, (name, head_id, digest))
    state["seals"][name] = [head_id, digest, mac]
    state["moved"].add(name)


def write_moved_seals(session: Session) -> None:
    """Write the seals this transaction moved (the session's ``before_commit``; also before
    anything here reads a seal through the session)."""
    state = session.info.get("tamper")
    if not state or not state["moved"] or state["tx"] is not session.get_transaction():
        return
    moved, state["moved"] = sorted(state["moved"]), set()
    session.connection().execute(_MOVE_SEAL, [
        {"n": name, "h": state["seals"][name][0], "d": state["seals"][name][1],
         "m": state["seals"][name][2]} for name in moved])


def next_journal_link(session: Session) -> tuple[int, str | None]:
    """(id for the next journal entry, hash of the last one) — read inside the write
    transaction, so no other writer can take the same place in the chain; read once per
    transaction (only the ledger adds journal entries, and it reports each head to
    :func:`journal_posted`)."""
    last_id, last_hash = _tx_state(session)["journal_head"]
    return last_id + 1, last_hash


def journal_hash(prev_hash: str | None, **values) -> str:
    return th.chain_hash(prev_hash, th.journal_values(**values))


def journal_posted(session: Session, head_id: int, head_hash: str) -> None:
    _tx_state(session)["journal_head"] = (head_id, head_hash)
    _advance_seal(session, "journal", head_id, head_hash)


def add_audit_row(session: Session, **values) -> AuditEntry:
    """Insert an audit row at the end of the chain (``services/audit.record`` calls it)."""
    state = _tx_state(session)
    row_id, prev = state["audit_head"][0] + 1, state["audit_head"][1]
    row_hash = th.chain_hash(prev, th.audit_values(id=row_id, **values))
    row = AuditEntry(id=row_id, row_hash=row_hash, **values)
    session.add(row)  # flushed with the transaction's other rows
    state["audit_head"] = (row_id, row_hash)
    _advance_seal(session, "audit", row_id, row_hash)
    return row


def _user_hash(user: User) -> str:
    return th.row_hash(th.user_values(
        id=user.id, username=user.username, full_name=user.full_name, role=user.role,
        password_hash=user.password_hash, active=bool(user.active),
        failed_attempts=user.failed_attempts, locked_until=user.locked_until,
        created_at=user.created_at))


def user_changed(session: Session, user: User) -> None:
    """Rehash a user row the services just changed (flushed, so it has its id) and reseal."""
    session.flush()
    user.row_hash = _user_hash(user)
    session.flush()
    hashes = session.scalars(select(User.row_hash).order_by(User.id))
    _advance_seal(session, "users", None, th.digest(hashes))


def setting_changed(session: Session, row: Setting) -> None:
    row.row_hash = th.row_hash(th.setting_values(key=row.key, value=row.value))
    session.flush()
    hashes = session.scalars(select(Setting.row_hash).order_by(Setting.key))
    _advance_seal(session, "settings", None, th.digest(hashes))


# ---------------------------------------------------------------- sealing a file

def ensure_seal(session: Session) -> None:
    """Seeder: seal a file with this PC's key when it has none yet (a new file, a file just
    upgraded by migration 0012) or when its key is not on this PC (a backup restored on a
    new PC). Resealing happens only when every chain and row hash is whole; otherwise the
    file stays as it is and ``kamura check`` names what broke. On an office server a PC
    without the key never reseals (the key comes at an admin's login); a new server database
    is sealed by the first PC that opens it."""
    write_moved_seals(session)
    file = session.get(TamperSeal, "file")
    if file is not None and _load_key(file.digest) is not None:
        return
    if file is not None and _session_on_server(session):
        # a PC of an office server without the key: the other PCs hold it, so a new key
        # would set them against each other. It comes at an admin's login (install_key_from_wrap);
        # until then nothing is written from here — no chain walk either (it is slow)
        return
    if _first_break(session, sealed=file is not None) is not None:
        return  # never seal over it: ``kamura check`` names what broke
    old_id, file_id = _seal_with_new_key(session, file)
    if old_id is None:
        return
    # a new key for a file sealed elsewhere: say so in the (chained, sealed) audit log
    add_audit_row(session, at=dt.datetime.now().replace(microsecond=0), user_id=None,
                  username="sistem", action="database.reseal", entity="database",
                  entity_id=None, summary=f"kunci segel {old_id} tidak ada di komputer ini "
                  f"({key_path(old_id).parent}); rantai utuh, disegel ulang dengan kunci {file_id}")


def _first_break(session: Session, *, sealed: bool) -> str | None:
    """What forbids sealing the books anew, in the check's words (the first broken journal
    entry or audit row, a changed user or setting; for sealed books also a seal whose head
    is not the table's: a cut tail, a removed row), or None when every chain, row hash and
    head is whole."""
    conn = session.connection().connection.driver_connection
    findings = Findings()
    _check_rows(conn, findings)
    if findings.problems:
        return findings.problems[0]
    if not sealed:
        return None
    stored = _stored_heads(conn)
    for seal in session.scalars(select(TamperSeal).where(TamperSeal.name.in_(CHAINS + SETS))):
        if (seal.head_id, seal.digest) != stored[seal.name]:
            return (f"Segel {SEAL_LABELS[seal.name]} tidak cocok dengan isi tabelnya: baris "
                    "dihapus, ditambah, atau hash dihitung ulang di luar Kamura.")
    return None


def _seal_with_new_key(session: Session, file: TamperSeal | None) -> tuple[str | None, str]:
    """Seal the (whole: :func:`_first_break`) books with a new key kept on this PC: every
    seal's MAC renewed, a new file id, the old wraps deleted (they hold the old key: each
    admin's next login on a PC holding the new one wraps it). Returns (old file id or None
    for books never sealed, new file id); the caller writes the audit row of a reseal."""
    conn = session.connection().connection.driver_connection
    heads = {s.name: s for s in session.scalars(select(TamperSeal))}
    stored = _stored_heads(conn)
    file_id = secrets.token_hex(16)
    key = _create_key(file_id)
    for name in CHAINS + SETS:
        head_id, digest = stored[name]
        seal = heads.get(name)
        if seal is None:
            seal = TamperSeal(name=name)
            session.add(seal)
        seal.head_id, seal.digest = head_id, digest
        seal.mac = _mac(key, file_id, seal)
    session.info.pop("tamper", None)  # what this transaction knew of the seals is stale
    if file is None:
        session.add(TamperSeal(name="file", head_id=None, digest=file_id, mac=None))
        session.flush()
        return None, file_id
    old_id, file.digest = file.digest, file_id
    session.execute(delete(SealKeyWrap))
    session.flush()
    return old_id, file_id


def _stored_heads(conn) -> dict[str, tuple[int | None, str]]:
    j = conn.execute("SELECT id, row_hash FROM journal_entries ORDER BY id DESC LIMIT 1").fetchone()
    a = conn.execute("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return {
        "journal": (j[0], j[1] or "") if j else (None, ""),
        "audit": (a[0], a[1] or "") if a else (None, ""),
        "users": (None, th.digest(r[0] for r in conn.execute("SELECT row_hash FROM users ORDER BY id"))),
        "settings": (None, th.digest(r[0] for r in conn.execute(
            "SELECT row_hash FROM settings ORDER BY key"))),
    }


# ---------------------------------------------------------------- verifying

@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_to(self, problems: list[str], notes: list[str]) -> None:
        problems.extend(self.problems)
        notes.extend(self.notes)


def check(conn) -> Findings:
    """Verify a file on a (read-only) sqlite3 connection: the protective triggers, the
    journal and audit chains (naming the first broken row), users and settings, and the
    keyed seals. ``integrity.check_database`` calls this once."""
    findings = Findings()
    # one snapshot for the rows and their seals: a write committed between two reads would
    # otherwise look like a moved seal (a false alarm while others write)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        tables = _table_names(conn)
        _check_triggers(conn, findings)
        if "tamper_seals" not in tables:
            findings.notes.append("Database ini belum memiliki rantai pengaman; dibuat saat "
                                  "database dibuka oleh program (setelah dibuat salinan cadangan).")
            return findings
        _check_rows(conn, findings)
        _check_seals(conn, findings)
    except (TypeError, ValueError) as exc:  # a value of the wrong kind put in by hand
        findings.problems.append(f"Data pengaman tidak dapat dibaca ({exc}): berkas diubah di "
                                 "luar Kamura.")
    finally:
        if own:
            conn.rollback()
    return findings


def _on_server(conn) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def _table_names(conn) -> set[str]:
    if _on_server(conn):
        return {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")}
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


#: a protective trigger's name says what it guards: ``trg_<table>_no_<update|delete>``
def _guarded(name: str) -> tuple[str, str]:
    table, _, verb = name[len("trg_"):].rpartition("_no_")
    return table, verb


def protective_trigger_sql(name: str) -> str:
    """The SQLite statement the migrations create the protective trigger ``name`` with."""
    refusal, condition = PROTECTIVE_TRIGGERS[name]
    table, verb = _guarded(name)
    when = f"WHEN {condition} " if condition else ""
    return (f"CREATE TRIGGER {name} BEFORE {verb.upper()} ON {table} {when}"
            f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")


#: the only protective triggers with a condition (an approved SHU, a reopened close: migration
#: 0009); the check holds them, like every other, to their whole definition
CONDITIONAL_TRIGGERS = frozenset(n for n, (_r, cond) in PROTECTIVE_TRIGGERS.items() if cond)

#: a definition in tokens: a string literal ('…', kept as written: the refusal and the
#: statuses a condition compares with), a quoted name, whitespace, anything else
_SQL_TOKENS = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\s+"""
                         r"""|[^'"`\[\s]+|.""", re.S)
_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_$]*")
_TIGHT = "(),;"


def normal_sql(text: str, *, server: bool) -> str:
    """A trigger's definition in the one form the check compares: whitespace collapsed (none
    beside brackets, commas and semicolons), keywords and plain names in lower case, a quoted
    name that needs no quotes unquoted; string literals exactly as written. So what the
    engines themselves rewrite is no difference: SQLite quotes a table's name in its
    triggers after ``ALTER TABLE … RENAME`` and keeps the case it was renamed to (its names
    ignore case); a restore or copy writes the same text in another layout. On the server
    a quoted name keeps its case (there ``"Year_Closes"`` is another table) and only
    ``"…"`` quotes; in SQLite ``[…]`` and backticks quote too, and case never counts."""
    out: list[str] = []
    for token in _SQL_TOKENS.findall(text):
        first = token[0]
        if first == "'":
            out.append(token)
        elif token.isspace():
            out.append(" ")
        elif first == '"' or (not server and first in "`["):
            name = token[1:-1].replace(first * 2, first) if first != "[" else token[1:-1]
            if not server:
                name = name.lower()
            out.append(name if _PLAIN_NAME.fullmatch(name) else '"' + name.replace('"', '""') + '"')
        else:
            out.append(token.lower())
    # spaces: one between words, none at the ends or beside brackets, commas, semicolons
    tight: list[str] = []
    for i, token in enumerate(out):
        if token == " ":
            after = out[i + 1] if i + 1 < len(out) else ""
            if not tight or tight[-1] == " " or tight[-1][-1] in _TIGHT or not after \
                    or after[0] in _TIGHT:
                continue
        tight.append(token)
    return "".join(tight).strip()


def _pg_definition(trigger: str, language: str, body: str) -> str:
    """The server's definition as compared: the trigger (``pg_get_triggerdef``), its
    function's language and settings, and the function's source (``prosrc``)."""
    return (f"{normal_sql(trigger, server=True)} | language {language} | "
            f"{normal_sql(body, server=True)}")


@cache
def expected_definition(name: str, *, server: bool) -> str:
    """What the check accepts as the definition of the protective trigger ``name``."""
    statement = protective_trigger_sql(name)
    if not server:
        return normal_sql(statement, server=False)
    parts = ddl.pg_trigger_parts(statement)
    return _pg_definition(parts.trigger, "plpgsql", parts.body)


#: pg_trigger.tgenabled: 'O' fires in a normal session, 'A' always, 'R' only while
#: session_replication_role = replica (never for the program or psql), 'D' never — not part
#: of pg_get_triggerdef, so read beside it
_PG_FIRES = ("O", "A")


def trigger_definitions(conn) -> dict[str, tuple[str, bool]]:
    """{trigger name: (its definition in :func:`normal_sql`'s form, whether it fires in a
    normal session)} for every trigger of the books. On the server the definition is
    ``pg_get_triggerdef`` (timing, verb, table, FOR EACH ROW, a WHEN, the function called)
    with the books' own schema left out of the names, the function's language — with
    ``security definer`` and its ``SET`` options when it has any — and its source: a function
    rewritten with ``CREATE OR REPLACE`` (``IF false THEN``) shows there."""
    found: dict[str, tuple[str, bool]] = {}
    if _on_server(conn):
        schema = normal_sql(conn.execute("SELECT quote_ident(current_schema())").fetchone()[0],
                            server=True)
        for name, trigger, enabled, language, definer, config, source in conn.execute(
                "SELECT t.tgname, pg_get_triggerdef(t.oid), t.tgenabled, l.lanname, "
                "p.prosecdef, p.proconfig, p.prosrc FROM pg_trigger t "
                "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_language l ON l.oid = p.prolang "
                "JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"):
            trigger = normal_sql(trigger, server=True)
            for word in ("on", "function", "procedure"):
                trigger = trigger.replace(f" {word} {schema}.", f" {word} ")
            trigger = trigger.replace(" execute procedure ", " execute function ")  # before 11
            if definer:
                language += " security definer"
            if config:
                language += " set " + ", ".join(config)
            enabled = enabled.decode() if isinstance(enabled, bytes) else str(enabled)
            found[name] = (_pg_definition(trigger, language, source or ""), enabled in _PG_FIRES)
        return found
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"):
        found[name] = (normal_sql(sql or "", server=False), True)
    return found


def _refusing_triggers(conn) -> dict[str, bool]:
    """{trigger name: whether it still refuses what the migrations made it refuse}: its whole
    definition is exactly the one the migrations create (:func:`expected_definition`), and on
    the server it is neither switched off (``DISABLE TRIGGER``) nor set to fire for replicas
    only (``ENABLE REPLICA TRIGGER``). Anything else — another table, verb or timing, a
    condition added, or one of :data:`CONDITIONAL_TRIGGERS` rewritten so it never holds
    (``WHEN 1=0``, ``IF false THEN``), another body — does not count as refusing."""
    server = _on_server(conn)
    return {name: fires and name in PROTECTIVE_TRIGGERS
            and definition == expected_definition(name, server=server)
            for name, (definition, fires) in trigger_definitions(conn).items()}


def _check_triggers(conn, findings: Findings) -> None:
    present = _refusing_triggers(conn)
    missing = [n for n in EXPECTED_TRIGGERS if n not in present]
    altered = [n for n in EXPECTED_TRIGGERS if n in present and not present[n]]
    if missing:
        findings.problems.append(
            f"Pemicu pelindung hilang: {', '.join(missing)}. Baris yang seharusnya tidak dapat "
            "diubah atau dihapus bisa telah diubah dengan alat database di luar Kamura.")
    if altered:
        findings.problems.append(
            f"Pemicu pelindung diubah atau dimatikan (tidak lagi menolak): {', '.join(altered)}. "
            "Isinya tidak lagi sama dengan yang dibuat program, jadi baris yang dilindunginya "
            "bisa telah diubah di luar Kamura.")


def _chain_breaks(rows) -> list[tuple]:
    """Rows whose stored hash is not the hash of their content after the stored hash of the
    row before: each edited row shows up once, the rows after it still verify."""
    broken, prev = [], None
    for label, values, stored in rows:
        if stored != th.chain_hash(prev, values):
            broken.append(label)
        prev = stored
    return broken


def _check_rows(conn, findings: Findings) -> None:
    broken = _chain_breaks(((number, entry_id), values, stored)
                           for entry_id, number, values, stored in tamper_rows.journal_rows(conn))
    if broken:
        number, entry_id = broken[0]
        more = f"; sesudahnya {len(broken) - 1} jurnal lain juga rusak" if len(broken) > 1 else ""
        findings.problems.append(
            f"Rantai jurnal putus, pertama pada jurnal {number} (#{entry_id}): isinya atau "
            f"baris-barisnya diubah di luar Kamura sesudah dibukukan{more}. Bandingkan dengan "
            "cadangan yang lebih lama.")
    broken = _chain_breaks((audit_id, values, stored)
                           for audit_id, values, stored in tamper_rows.audit_rows(conn))
    if broken:
        more = f"; sesudahnya {len(broken) - 1} catatan lain juga rusak" if len(broken) > 1 else ""
        findings.problems.append(
            f"Rantai catatan audit putus, pertama pada catatan audit #{broken[0]}: catatan itu "
            f"diubah di luar Kamura{more}.")
    for _user_id, username, values, stored in tamper_rows.user_rows(conn):
        if stored != th.row_hash(values):
            findings.problems.append(
                f"Pengguna {username}: peran, kata sandi, status atau kuncinya diubah di luar "
                "Kamura; login pengguna ini ditolak sampai admin memeriksanya.")
    for key, values, stored in tamper_rows.setting_rows(conn):
        if stored != th.row_hash(values):
            findings.problems.append(f"Pengaturan {key} diubah di luar Kamura (nilai sekarang "
                                     f"{values[2][:80]}).")


SEAL_LABELS = {"journal": "jurnal", "audit": "catatan audit", "users": "pengguna",
               "settings": "pengaturan"}


def _check_seals(conn, findings: Findings) -> None:
    seals = {r[0]: r for r in conn.execute("SELECT name, head_id, digest, mac FROM tamper_seals")}
    file = seals.get("file")
    if file is None:
        if any(seals.get(n) and seals[n][3] for n in CHAINS + SETS):
            findings.problems.append("Segel database dihapus di luar Kamura (baris 'file' pada "
                                     "tamper_seals hilang).")
        else:
            findings.notes.append("Database belum disegel dengan kunci; disegel saat dibuka oleh "
                                  "program.")
        return
    stored = _stored_heads(conn)
    key = _load_key(file[2])
    for name in CHAINS + SETS:
        label = SEAL_LABELS[name]
        seal = seals.get(name)
        if seal is None:
            findings.problems.append(f"Segel {label} hilang dari database.")
            continue
        head_id, digest = stored[name]
        if (seal[1], seal[2]) != (head_id, digest):
            where = (f"mencatat {label} terakhir #{seal[1]}, di berkas #{head_id}" if name in CHAINS
                     else "tidak cocok dengan isi tabelnya")
            findings.problems.append(
                f"Segel {label} {where}: baris dihapus, ditambah, atau hash dihitung ulang di "
                "luar Kamura.")
        elif key is not None and not th.macs_equal(seal[3], _mac(key, file[2], seal[:3])):
            findings.problems.append(
                f"Segel {label} tidak cocok dengan kunci di komputer ini: hash {label} dihitung "
                "ulang di luar Kamura.")
    if key is None and _on_server(conn):
        findings.notes.append(
            f"Kunci segel database ini tidak ada di komputer ini ({key_path(file[2])}): rantai dan "
            "hash diperiksa, segel berkunci tidak. Di server kantor kunci dipasang di komputer "
            "ini saat seorang admin masuk (login) di sini; sebelum itu pengguna lain tidak "
            "dapat masuk di komputer ini.")
    elif key is None:
        findings.notes.append(
            f"Kunci segel database ini tidak ada di komputer ini ({key_path(file[2])}): rantai dan "
            "hash diperiksa, segel berkunci tidak. Saat dibuka di sini, program membuat segel "
            "baru bila semuanya utuh.")


def check_login_user(session: Session, user: User) -> None:
    """Refuse a login whose user row, or the users' seal, was changed outside Kamura."""
    write_moved_seals(session)
    if user.row_hash is None and session.get(TamperSeal, "file") is None:
        return  # a file not sealed yet (only between migration and the first open)
    if user.row_hash != _user_hash(user):
        raise UserError(
            f"Data pengguna {user.username} diubah di luar Kamura; login ditolak. {CALL_ADMIN}",
            field="username", code="tampered")
    seal = session.get(TamperSeal, "users")
    file = session.get(TamperSeal, "file")
    hashes = session.scalars(select(User.row_hash).order_by(User.id))
    digest = th.digest(hashes)
    key = _load_key(file.digest) if file is not None else None
    if (seal is None or seal.digest != digest
            or (key is not None and not th.macs_equal(seal.mac, _mac(key, file.digest, seal)))):
        raise UserError(
            f"Daftar pengguna diubah di luar Kamura; login ditolak. {CALL_ADMIN}",
            field="username", code="tampered")
