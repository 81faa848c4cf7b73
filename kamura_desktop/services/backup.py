"""Backups and restore, through SQLite's online backup API (safe while the file is in use).

- :func:`backup_database` writes a copy to a chosen file, encrypted with a passphrase when
  one is given (a backup copied off the PC carries every member's NIK).
- :func:`auto_backup` writes ``kamura-otomatis-YYYYmmdd-HHMMSS[-n].sqlite`` beside the
  database (on closing the app) and keeps the newest N (setting ``backup.keep``, default 30).
- :func:`restore_database` replaces the books with a backup:

  1. the backup (decrypted first when it is encrypted) is copied into a private work folder
     beside the database (``tmp/``, never the system temp folder) and the whole
     ``kamura check`` runs on that copy (:func:`.integrity.check_database`: integrity,
     schema, balanced ledger, savings = ledger, …); a failing backup is refused, naming
     what failed. An older backup is then migrated on the copy, and the restore's audit row
     is written into it;
  2. the current file is held for writing (``BEGIN IMMEDIATE``) from the safety copy to the
     end: the safety copy (``kamura-sebelum-pulih-<stamp>[-n].sqlite``) is made while no
     other program can commit, the checked copy's tables replace the current ones in that
     same transaction, and the commit makes the restored books appear at once. Other
     programs' writes wait (they say "Menunggu…"), then land in the restored books: every
     write is either in the safety copy or after the restore;
  3. a current file that cannot be opened (damaged, not a Kamura file) is kept byte for
     byte, with its ``-wal``, as ``kamura-sebelum-pulih-<stamp>-rusak.sqlite`` before it is
     replaced.

Names of backups and safety copies never collide: each is reserved with an exclusive create.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kamura_desktop.db.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    NotAKamuraDatabase,
    check_kamura_file,
    create_private_file,
    damaged_advice,
    integrity_problems,
    is_sqlite_file,
    known_revisions,
    make_private_dir,
    open_database,
    record_full_check,
    reserve_unique,
    sqlite_backup,
)
from kamura_desktop.db.engine import BUSY_TIMEOUT_MS
from kamura_desktop.domain.errors import UserError

from . import audit, integrity, settings
from .actor import Actor
from .changes import EVERYTHING, Changes, Outcome
from .locations import backup_dir_for, work_folder
from .permissions import require

AUTO_PREFIX = "kamura-otomatis-"
SAFETY_PREFIX = "kamura-sebelum-pulih-"
ENCRYPTED_PREFIX = "kamura-terenkripsi-"
ENCRYPTED_SUFFIX = ".sqlite.enc"
#: a passphrase shorter than this is refused
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    at: dt.datetime
    encrypted: bool = False


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def reserve_name(folder: Path, prefix: str, suffix: str = ".sqlite", *, start: int = 0,
                 tag: str = "") -> Path:
    """Reserve ``<prefix><stamp>[-n]<tag><suffix>`` in ``folder`` (see
    :func:`~kamura_desktop.db.database.reserve_unique`): never a name already there."""
    return reserve_unique(folder, f"{prefix}{_stamp()}", f"{tag}{suffix}", start=start)


def _copy_live(db: Database, target: Path) -> None:
    """Copy the books, then run the full integrity check on the copy (the books themselves
    are opened with only a quick check after a clean close): a damaged copy is removed and
    refused, so it never pushes a good older backup out of the kept ones. A copy that passes
    counts as the books' full check (it is the same snapshot)."""
    raw = db.engine.raw_connection()
    try:
        sqlite_backup(raw.driver_connection, target)
    finally:
        raw.close()
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise UserError(
            f"Cadangan tidak dibuat: pemeriksaan lengkap menemukan database {db.path.name} "
            f"rusak ({problems[0]}). Cadangan lama tidak disentuh. {damaged_advice(db.path)}",
            field="to", code="damaged")
    if db.records_clean_close:
        record_full_check(db.path)


#: names SQLite gives the files beside a database: a backup written there would be read back
#: as the database's own log
_SIDE_FILE_ENDINGS = ("-wal", "-shm", "-journal")


def _check_backup_target(db: Database, target: Path) -> None:
    """A backup never replaces a file: not the open books, not their side files, not another
    file already there (another cooperative's books, an older backup, a document). An empty
    file is allowed: :func:`reserve_unique` reserves a name by creating it empty."""
    if any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in str(target)):
        raise UserError("Nama berkas cadangan berisi karakter yang tidak sah (NUL atau karakter "
                        "rusak). Pilih nama lain.", field="to")
    if target == db.path:
        raise UserError("Cadangan tidak boleh menimpa database yang sedang dipakai.", field="to")
    if target.name.lower().endswith(_SIDE_FILE_ENDINGS):
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: nama itu milik berkas "
                        "pendamping database SQLite (-wal, -shm atau -journal). Pilih nama lain.",
                        field="to")
    try:
        is_folder = target.is_dir()
    except OSError as exc:  # a name too long for the disk, a folder not readable …
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: {exc.strerror or exc}. "
                        "Pilih nama atau folder lain.", field="to") from exc
    if is_folder:
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: itu sebuah folder. "
                        "Pilih nama berkas.", field="to")
    try:
        occupied = target.exists() and target.stat().st_size > 0
    except OSError:
        occupied = True
    if occupied:
        raise UserError(f"Berkas {target} sudah ada. Cadangan tidak pernah menimpa berkas lain; "
                        "pilih nama baru.", field="to")


def backup_database(db: Database, *, actor: Actor, to: Path | str,
                    passphrase: str | None = None) -> Outcome[BackupInfo]:
    """Copy the books to ``to``; with a passphrase, encrypted (see :func:`encrypt_file`)."""
    require(actor, "backup.create")
    target = Path(to).expanduser().absolute()
    _check_backup_target(db, target)
    if passphrase is not None:
        check_passphrase(passphrase)
    try:
        if passphrase is None:
            _copy_live(db, target)
        else:
            with work_folder(db.path, "cadangan") as work:
                plain = work / "salinan.sqlite"
                _copy_live(db, plain)
                encrypt_file(plain, target, passphrase)
    except OSError as exc:
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: {exc.strerror or exc}.",
                        field="to") from exc
    except sqlite3.Error as exc:
        raise UserError(f"Cadangan gagal: {exc}.", field="to") from exc
    now = _now()
    with db.write() as s:
        settings.set_value(s, "backup.last_at", now.isoformat())
        audit.record(s, actor, action="backup.create", entity="database",
                     summary=f"{target}{' (terenkripsi)' if passphrase is not None else ''}")
    return Outcome(BackupInfo(target, target.stat().st_size, now, passphrase is not None),
                   Changes(settings=True))


def auto_backup(db: Database, *, actor: Actor, backup_dir: Path | None = None) -> Outcome[BackupInfo]:
    require(actor, "backup.create")
    folder = backup_dir or backup_dir_for(db.path)
    stamp = _stamp()
    # several backups within one second get -1, -2, ...: always above any already there, so
    # that a name freed by pruning is never reused for a newer copy
    same_second = [n for s, n in map(_auto_key, list_backups(folder)) if s == stamp]
    target = reserve_name(folder, AUTO_PREFIX, start=max(same_second) + 1 if same_second else 0)
    try:
        outcome = backup_database(db, actor=actor, to=target)
    except BaseException:
        if target.exists() and target.stat().st_size == 0:
            target.unlink()
        raise
    prune_backups(folder, keep=settings.get_setting(db, "backup.keep"))
    return outcome


def encrypted_backup(db: Database, *, actor: Actor, passphrase: str,
                     backup_dir: Path | None = None) -> Outcome[BackupInfo]:
    """An encrypted copy in the backup folder, ``kamura-terenkripsi-<stamp>[-n].sqlite.enc``."""
    require(actor, "backup.create")
    check_passphrase(passphrase)
    target = reserve_name(backup_dir or backup_dir_for(db.path), ENCRYPTED_PREFIX,
                          ENCRYPTED_SUFFIX)
    try:
        return backup_database(db, actor=actor, to=target, passphrase=passphrase)
    except BaseException:
        if target.exists() and target.stat().st_size == 0:
            target.unlink()
        raise


def _auto_key(path: Path) -> tuple[str, int]:
    """(time stamp, n) of ``kamura-otomatis-YYYYmmdd-HHMMSS[-n].sqlite``: sorting by name
    alone would put ``…-HHMMSS.sqlite`` after ``…-HHMMSS-1.sqlite`` and ``-10`` before ``-9``."""
    parts = path.stem[len(AUTO_PREFIX):].split("-")
    n = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    return "-".join(parts[:2]), n


def list_backups(folder: Path) -> list[Path]:
    """Automatic backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite"), key=_auto_key, reverse=True)


def prune_backups(folder: Path, *, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def last_backup_at(db: Database) -> dt.datetime | None:
    value = settings.get_setting(db, "backup.last_at")
    return dt.datetime.fromisoformat(value) if value else None


# ---------------------------------------------------------------------------- encryption
# File format, version 1 (all of it authenticated):
#   header  = MAGIC (9) | version (1) | scrypt log2 N (1) | r (1) | p (1) | salt (16)
#             | nonce prefix (7)
#   check   = AES-256-GCM tag of nothing (nonce prefix | FFFFFFFF | 02; header as AAD):
#             tells a wrong passphrase from a changed file
#   chunks  = AES-256-GCM of each 1 MiB of the plain file, nonce prefix | counter (4) |
#             last (1), header as AAD: a changed, reordered, dropped or cut chunk fails
# The key is scrypt(passphrase in NFC, salt) — 2^15 × 8: about 32 MB and a tenth of a second.

ENC_MAGIC = b"KAMURAENC"
ENC_VERSION = 1
SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P = 15, 8, 1
CHUNK = 1 << 20
_HEADER_LEN = len(ENC_MAGIC) + 4 + 16 + 7
_TAG = 16


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise UserError(f"Kata sandi cadangan minimal {MIN_PASSPHRASE} karakter.",
                        field="passphrase")
    _passphrase_bytes(passphrase)


def _passphrase_bytes(passphrase: str) -> bytes:
    """The passphrase as the key derivation takes it (NFC, UTF-8). A lone surrogate (pasted
    from a broken source) cannot be a key: refused naming the field, not a crash — when a
    backup is written and when one is restored."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("Kata sandi cadangan berisi karakter yang tidak sah; ketik ulang kata "
                        "sandinya dengan papan ketik.", field="passphrase",
                        code="passphrase") from None


def _key(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> AESGCM:
    if not (10 <= log2n <= 20 and 1 <= r <= 32 and 1 <= p <= 4):
        raise UserError("Berkas cadangan terenkripsi ini rusak (kepala berkas tidak sah).",
                        field="source")
    data = _passphrase_bytes(passphrase)
    return AESGCM(Scrypt(salt=salt, length=32, n=1 << log2n, r=r, p=p).derive(data))


def _nonce(prefix: bytes, counter: int, last: int) -> bytes:
    return prefix + counter.to_bytes(4, "big") + bytes([last])


def is_encrypted_backup(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(ENC_MAGIC)) == ENC_MAGIC
    except OSError:
        return False


def needs_passphrase(target: Path | str, source: Path | str) -> bool:
    """Whether restoring ``source`` over ``target`` will ask for a backup passphrase. The
    current books themselves are never read with ``open()`` (that would drop this process's
    locks on them); restoring a file onto itself is refused by the restore."""
    source = Path(source).expanduser().absolute()
    if source == Path(target).expanduser().absolute():
        return False
    return is_encrypted_backup(source)


def encrypt_file(plain: Path, target: Path, passphrase: str) -> None:
    """Encrypt ``plain`` into ``target`` (a private temporary file renamed into place)."""
    check_passphrase(passphrase)
    salt, prefix = os.urandom(16), os.urandom(7)
    header = (ENC_MAGIC + bytes([ENC_VERSION, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P]) + salt + prefix)
    aead = _key(passphrase, salt, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P)
    make_private_dir(target.parent, tighten_existing=False)
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{os.urandom(4).hex()}.part")
    create_private_file(tmp)
    try:
        with open(plain, "rb") as src, open(tmp, "wb") as out:
            out.write(header)
            out.write(aead.encrypt(_nonce(prefix, 0xFFFFFFFF, 2), b"", header))
            chunk = src.read(CHUNK)
            for counter in itertools.count():
                following = src.read(CHUNK)
                out.write(aead.encrypt(_nonce(prefix, counter, 0 if following else 1), chunk,
                                       header))
                if not following:
                    break
                chunk = following
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Decrypt an encrypted backup; a wrong passphrase or a changed byte is a refusal."""
    changed = UserError(f"Berkas cadangan {source.name} telah diubah atau rusak (pemeriksaan "
                        "keaslian gagal); tidak dipulihkan.", field="source")
    create_private_file(target)
    with open(source, "rb") as src, open(target, "wb") as out:
        header = src.read(_HEADER_LEN)
        if len(header) < _HEADER_LEN or not header.startswith(ENC_MAGIC):
            raise changed
        version = header[len(ENC_MAGIC)]
        if version != ENC_VERSION:
            raise UserError(f"Berkas cadangan {source.name} dienkripsi oleh versi Kamura Desktop "
                            "yang lebih baru; pasang versi terbaru program.", field="source")
        log2n, r, p = header[len(ENC_MAGIC) + 1: len(ENC_MAGIC) + 4]
        salt = header[len(ENC_MAGIC) + 4: len(ENC_MAGIC) + 20]
        prefix = header[len(ENC_MAGIC) + 20:]
        aead = _key(passphrase or "", salt, log2n, r, p)
        try:
            aead.decrypt(_nonce(prefix, 0xFFFFFFFF, 2), src.read(_TAG), header)
        except InvalidTag:
            raise UserError("Kata sandi cadangan salah (atau kepala berkas cadangan diubah); "
                            "tidak dipulihkan.", field="passphrase", code="passphrase") from None
        block = src.read(CHUNK + _TAG)
        for counter in itertools.count():
            following = src.read(CHUNK + _TAG)
            try:
                out.write(aead.decrypt(_nonce(prefix, counter, 0 if following else 1), block,
                                       header))
            except InvalidTag:
                raise changed from None
            if not following:
                break
            block = following


# ---------------------------------------------------------------------------- restore

def restore_database(
    target: Path | str, *, source: Path | str, actor: Actor | None = None,
    login: Callable[[Database], Actor] | None = None, passphrase: str | None = None,
    backup_dir: Path | None = None,
) -> Outcome[BackupInfo | None]:
    """Replace the database at ``target`` with the backup ``source`` (see the module text).

    ``actor`` is the logged-in user of the current books (the app). Instead, ``login`` (the
    CLI) logs a user in on books it is given, once the backup has passed its check: the
    current books when they can be opened, else — a damaged or missing file — the checked
    books being restored; either way that user must be allowed to restore. ``passphrase``
    opens an encrypted backup (without it such a backup is refused with
    ``code="passphrase"``). The caller closes its own connections to ``target`` first. Returns the safety copy of the replaced database (None
    when there was none to keep).
    """
    if actor is None and login is None:
        raise ValueError("restore_database needs an actor or a login")
    if actor is not None:
        require(actor, "backup.restore")
    target = Path(target).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if source == target:
        raise UserError("Berkas cadangan sama dengan database yang sedang dipakai.", field="source")
    if not source.is_file():
        raise UserError(f"Berkas {source} tidak ditemukan.", field="source")
    folder = backup_dir or backup_dir_for(target)

    with work_folder(target, "pulih") as work:
        probe = work / "periksa.sqlite"
        _candidate_copy(source, probe, work, passphrase)
        db = open_database(probe, create=False, backup_dir=work / "migrasi")  # an older backup
        try:
            opens = _opens(target)
            who = actor if actor is not None else _login(login, target, db if not opens else None,
                                                         folder)
            require(who, "backup.restore")
            safety = reserve_name(folder, SAFETY_PREFIX, tag="" if opens else "-rusak") \
                if _has_books(target) else None
            with db.write() as s:
                # the restored file may not hold this user's row: record the name only
                audit.record(s, Actor(None, who.username, who.full_name, who.role),
                             action="backup.restore", entity="database",
                             summary=f"dipulihkan dari {source}; salinan lama: "
                                     f"{safety if safety else '-'}")
        finally:
            db.close()
        try:
            kept = _swap_in(target, probe, safety)
        except BaseException:
            if safety is not None and safety.exists() and safety.stat().st_size == 0:
                safety.unlink()
            raise
    return Outcome(kept, EVERYTHING)


def _login(login: Callable[[Database], Actor], target: Path, candidate: Database | None,
           folder: Path) -> Actor:
    """Log in on the current books, or on the candidate when given (current cannot open)."""
    if candidate is not None:
        return login(candidate)
    current = open_database(target, create=False, backup_dir=folder)
    try:
        return login(current)
    finally:
        current.close()


def _candidate_copy(source: Path, probe: Path, work: Path, passphrase: str | None) -> None:
    """The backup, decrypted when needed, copied to ``probe`` and checked whole; raises a
    DatabaseError/UserError naming what is wrong."""
    plain = source
    if is_encrypted_backup(source):
        if passphrase is None:
            raise UserError(f"Berkas cadangan {source.name} terenkripsi: masukkan kata sandi "
                            "cadangannya.", field="passphrase", code="passphrase")
        plain = work / "dibuka.sqlite"
        decrypt_file(source, plain, passphrase)
    if not is_sqlite_file(plain):
        raise NotAKamuraDatabase(f"Berkas {source.name} bukan database Kamura (bukan berkas "
                                 "SQLite).", field="source")
    src = sqlite3.connect(f"file:{plain}?mode=ro", uri=True, timeout=30)
    try:
        sqlite_backup(src, probe)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # a damaged schema text reaches Python as bytes that are not even UTF-8
        raise DatabaseDamaged(f"Cadangan {source.name} rusak ({exc}); tidak dipulihkan.",
                              field="source") from exc
    finally:
        src.close()
    try:  # every schema text must read back: the restore copies the tables by their SQL
        conn = sqlite3.connect(f"file:{probe}?mode=ro", uri=True, timeout=30)
        try:
            conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseDamaged(f"Cadangan {source.name} rusak ({exc}); tidak dipulihkan.",
                              field="source") from exc
    report = integrity.check_database(probe)
    if report.refusal is not None:  # not SQLite, someone else's SQLite file, damaged
        raise report.refusal
    if report.problems:
        if set(report.schema) - known_revisions():
            raise DatabaseTooNew(
                f"Cadangan {source.name} dibuat oleh versi Kamura Desktop yang lebih baru "
                f"(skema {', '.join(report.schema)}). Pasang versi terbaru program; database "
                "sekarang tidak diubah.", field="source")
        shown = report.problems[:5]
        more = len(report.problems) - len(shown)
        raise UserError(
            f"Cadangan {source.name} tidak dipulihkan: pemeriksaan menemukan masalah — "
            + " ".join(shown) + (f" (dan {more} masalah lain)" if more else "")
            + " Database sekarang tidak diubah.", field="source", code="check")


def _has_books(path: Path) -> bool:
    """Anything to keep at ``path``: the file, or a WAL holding what is not yet in it."""
    return any(p.exists() and p.stat().st_size > 0 for p in (path, Path(f"{path}-wal")))


def _opens(path: Path) -> bool:
    """Whether the current file is a healthy Kamura database (else it is kept byte for byte)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        check_kamura_file(path)
    except DatabaseError:
        return False
    return True


def _swap_in(target: Path, probe: Path, safety: Path | None) -> BackupInfo | None:
    if safety is not None and safety.name.endswith("-rusak.sqlite"):
        return _replace_unopenable(target, probe, safety)
    if safety is None:  # no current books: the checked copy simply becomes the file
        sqlite_backup(probe, target)
        return None
    lock = sqlite3.connect(f"file:{target}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level=None)
    try:
        lock.execute("PRAGMA cache_size = -131072")  # 128 MB: the index builds while held
        lock.execute("ATTACH DATABASE ? AS cand", (f"file:{probe}?mode=ro",))
        # from here to the commit no other program can commit: every write they made is in
        # the safety copy, every later one lands in the restored books
        lock.execute("BEGIN IMMEDIATE")
        try:
            sqlite_backup(target, safety)  # its own read connection: the last committed state
            _replace_contents(lock)
            lock.execute("COMMIT")
        except BaseException:
            if lock.in_transaction:
                lock.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                f"Database {target.name} sedang dipakai program lain dan tidak kunjung dilepas; "
                "pemulihan dibatalkan, tidak ada yang berubah. Coba lagi sebentar lagi.") from exc
        raise DatabaseError(f"Pemulihan gagal: {exc}. Database sekarang tidak diubah.") from exc
    finally:
        lock.close()
    return BackupInfo(safety, safety.stat().st_size, _now())


def _objects(conn: sqlite3.Connection, schema: str) -> Iterator[tuple[str, str, str]]:
    yield from conn.execute(
        f"SELECT type, name, sql FROM {schema}.sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _replace_contents(lock: sqlite3.Connection) -> None:
    """Inside the lock's transaction: drop every object of the current books, create the
    checked copy's and copy its rows (triggers last, so they do not fire on the copy).

    Running numbers continue above the replaced books' (``sequences``): a receipt or journal
    number handed out before the restore is never handed out again after it (the numbers in
    between stay unused; the restore's audit row explains the gap)."""
    old = list(_objects(lock, "main"))
    before = _sequences(lock, "main")
    for kind in ("view", "trigger", "table"):
        for type_, name, _ in old:
            if type_ == kind:
                lock.execute(f"DROP {kind.upper()} IF EXISTS main.{_q(name)}")
    new = list(_objects(lock, "cand"))
    for type_, name, sql in new:
        if type_ == "table":
            lock.execute(sql)
            lock.execute(f"INSERT INTO main.{_q(name)} SELECT * FROM cand.{_q(name)}")
    main_tables = {r[0] for r in lock.execute("SELECT name FROM main.sqlite_master")}
    cand_tables = {r[0] for r in lock.execute("SELECT name FROM cand.sqlite_master")}
    for special in ("sqlite_sequence", "sqlite_stat1"):
        if special in main_tables:
            lock.execute(f"DELETE FROM main.{special}")
            if special in cand_tables:
                lock.execute(f"INSERT INTO main.{special} SELECT * FROM cand.{special}")
    for kind in ("index", "trigger", "view"):
        for type_, _, sql in new:
            if type_ == kind:
                lock.execute(sql)
    version = lock.execute("PRAGMA cand.user_version").fetchone()[0]
    lock.execute(f"PRAGMA main.user_version = {int(version)}")
    if before and _sequences(lock, "main") is not None:
        for name, next_value in before.items():
            lock.execute("INSERT INTO main.sequences (name, next_value) VALUES (?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET next_value = "
                         "max(next_value, excluded.next_value)", (name, next_value))


def _sequences(conn: sqlite3.Connection, schema: str) -> dict[str, int] | None:
    found = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' "
                         "AND name = 'sequences'").fetchone()
    if found is None:
        return None
    return dict(conn.execute(f"SELECT name, next_value FROM {schema}.sequences").fetchall())


def _replace_unopenable(target: Path, probe: Path, safety: Path) -> BackupInfo:
    """A current file that cannot be opened: keep its bytes (and its -wal) as they are for a
    technician, then put the checked copy in its place. Nobody can be using such a file."""
    shutil.copyfile(target, safety)
    wal = Path(str(target) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(safety) + "-wal"))
    at = _now()
    size = safety.stat().st_size
    sqlite_backup(probe, target.with_name(target.name + ".pulih"))
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.with_name(target.name + ".pulih").replace(target)
    return BackupInfo(safety, size, at)
