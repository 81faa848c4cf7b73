"""Users, passwords (argon2) and logging in.

Wrong credentials always give the same message, whether the name or the password was
wrong. After 5 failures in a row a name is locked for one minute (also a name that does
not exist, so that the lock does not reveal which names are real).

Where the services hold an admin's password (their login, a new admin, a password change or
reset) on a PC whose seal key is in force, the key is wrapped for that admin
(services/tamper.py, "the key wrapped for each admin"); a PC of an office server without
the key gets it at an admin's login and lets nobody else in before (nothing is written from
it meanwhile: a failed attempt there is counted in memory, as for an unknown name).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.roles import ADMIN, ROLE_LABELS, ROLES
from kamura_desktop.domain.text import clean_text

from . import audit, tamper
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import require

MAX_FAILURES = 5
LOCK_SECONDS = 60
MIN_PASSWORD = 6
WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah."

_hasher = PasswordHasher()
# failures for names that do not exist live only in memory (nothing to write them to)
_unknown_failures: dict[str, tuple[int, dt.datetime | None]] = {}
_unknown_lock = threading.Lock()


@dataclass(frozen=True)
class UserDTO:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    created_at: dt.datetime
    locked_until: dt.datetime | None = None
    must_change_password: bool = False

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def is_locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and (now or dt.datetime.now()) < self.locked_until


def _dto(u: User) -> UserDTO:
    return UserDTO(u.id, u.username, u.full_name, u.role, u.active, u.created_at,
                   u.locked_until, bool(u.must_change_password))


def _kdf_params() -> tamper.KdfParams:
    """The seal key's wraps are derived like the password hashes (the same argon2id cost)."""
    return tamper.KdfParams(_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)


def _wrap_for_admin(s: Session, user: User, password: str, *, renew: bool) -> None:
    if user.role == ADMIN:
        tamper.keep_wrap(s, user, password, _kdf_params(), renew=renew)


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD} karakter.", field="password")
    if any(ch == "\x00" or "\ud800" <= ch <= "\udfff" for ch in password):
        # a lone surrogate cannot even be hashed (UTF-8): refuse it with the reason
        raise UserError("Kata sandi berisi karakter yang tidak sah (NUL atau karakter rusak).",
                        field="password")


def _clean_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not name or not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise UserError("Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.",
                        field="username")
    if len(name) > 40:
        raise UserError("Nama pengguna terlalu panjang (maksimal 40).", field="username")
    return name


def user_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(User.id))) or 0


def create_user(
    db: Database, *, actor: Actor, username: str, full_name: str, role: str, password: str,
    must_change_password: bool = False,
) -> Outcome[UserDTO]:
    """Add a user. Allowed to an admin, or to anyone while the database has no user yet
    (the first start creates the admin). ``must_change_password``: the admin hands over a
    first password the user replaces at the first login (Pengaturan → Pengguna)."""
    name = _clean_username(username)
    if role not in ROLES:
        raise UserError(f"Peran '{role}' tidak dikenal. Pilih: {', '.join(ROLES)}.", field="role")
    full_name = clean_text(full_name, field="full_name", label="Nama lengkap", required=True)
    _check_password(password)
    with db.write() as s:
        first = (s.scalar(select(func.count(User.id))) or 0) == 0
        if first:
            if role != ADMIN:
                raise UserError("Pengguna pertama harus admin.", field="role")
            if tamper.key_missing_here(s):  # its seal would not hold on the PC that made it
                raise UserError(tamper.NO_KEY_FOR_FIRST_ADMIN, field="username",
                                code="no_seal_key")
        else:
            require(actor, "users.manage")
        if s.scalar(select(User.id).where(User.username == name)):
            raise UserError(f"Nama pengguna '{name}' sudah dipakai.", field="username")
        user = User(username=name, full_name=full_name.strip(), role=role,
                    password_hash=_hasher.hash(password), active=True, failed_attempts=0,
                    created_at=dt.datetime.now().replace(microsecond=0),
                    must_change_password=bool(must_change_password) and not first)
        s.add(user)
        tamper.user_changed(s, user)
        _wrap_for_admin(s, user, password, renew=True)
        who = actor if not first else Actor(user.id, user.username, user.full_name, user.role)
        audit.record(s, who, action="user.create", entity="user", entity_id=user.id,
                     summary=f"{name} ({ROLE_LABELS[role]})")
        dto = _dto(user)
    return Outcome(dto, Changes(users=True))


def list_users(db: Database, *, actor: Actor | None = None) -> list[UserDTO]:
    if actor is not None:
        require(actor, "users.view")
    with db.read() as s:
        return [_dto(u) for u in s.scalars(select(User).order_by(User.username))]


def _tampered(s: Session, user: User) -> UserError | None:
    try:
        tamper.check_login_user(s, user)
    except UserError as exc:
        return exc
    return None


def _password_ok(user: User, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash, password or "")
    except (VerificationError, InvalidHashError, UnicodeEncodeError):  # a lone surrogate
        return False  # matches no password: a failed attempt like any other
    return True


def _locked_message() -> str:
    return f"Terlalu banyak percobaan gagal. Coba lagi dalam {LOCK_SECONDS // 60} menit."


def _locked_in_memory(name: str, now: dt.datetime) -> bool:
    with _unknown_lock:
        _count, until = _unknown_failures.get(name, (0, None))
        return bool(until and now < until)


def _fail_in_memory(name: str, now: dt.datetime) -> UserError:
    """A failed attempt nothing can be written for (a name that does not exist, or a PC without
    the seal key): counted in this process, locked like a real name after MAX_FAILURES."""
    with _unknown_lock:
        count, until = _unknown_failures.get(name, (0, None))
        if until and now < until:
            return UserError(_locked_message(), code="locked")
        count = 0 if until else count
        count += 1
        _unknown_failures[name] = (
            (0, now + dt.timedelta(seconds=LOCK_SECONDS)) if count >= MAX_FAILURES
            else (count, None)
        )
    return UserError(WRONG_CREDENTIALS, code="credentials")


def authenticate(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a login. Returns the Actor, or raises UserError with no hint which part was wrong.
    On a PC of an office server without the seal key only an admin with a wrap gets in (and
    installs the key); anyone else is told what to do, and nothing is written."""
    now = now or dt.datetime.now()
    name = (username or "").strip().lower()
    locked_msg = _locked_message()
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == name))
        if user is None or not user.active:
            raise _fail_in_memory(name, now)
        keyless = tamper.key_missing_here(s)
        tampered = _tampered(s, user)
        if tampered is not None and keyless:
            raise tampered  # seen, but not written from a PC that cannot seal what it writes
        if keyless and (_locked_in_memory(name, now)
                        or (user.locked_until and now < user.locked_until)):
            raise UserError(locked_msg, code="locked")
        if keyless and not _password_ok(user, password):
            raise _fail_in_memory(name, now)
        installed = None
        if keyless:
            if user.role != ADMIN:
                raise UserError(tamper.NO_KEY_HERE, field="username", code="no_seal_key")
            installed = tamper.install_key_from_wrap(s, user, password)  # or refused
        if tampered is not None:
            # obeying the changed row is what the attacker wants: refuse it, and say so in the
            # audit log (committed, like a failed login)
            audit.record(s, Actor(user.id, user.username, user.full_name, user.role),
                         action="login.tampered", entity="user", entity_id=user.id,
                         summary="login ditolak: data pengguna diubah di luar Kamura")
            failed = True
        elif user.locked_until and now < user.locked_until:
            raise UserError(locked_msg, code="locked")
        elif installed is None and not _password_ok(user, password):  # (checked when installed)
            user.failed_attempts += 1
            summary = f"gagal ke-{user.failed_attempts}"
            if user.failed_attempts >= MAX_FAILURES:
                user.locked_until = now + dt.timedelta(seconds=LOCK_SECONDS)
                user.failed_attempts = 0
                summary += f"; dikunci {LOCK_SECONDS} detik"
            tamper.user_changed(s, user)
            audit.record(s, Actor(user.id, user.username, user.full_name, user.role),
                         action="login.failed", entity="user", entity_id=user.id, summary=summary)
            failed = True
        else:
            failed = False
            user.failed_attempts = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            tamper.user_changed(s, user)
            actor = Actor(user.id, user.username, user.full_name, user.role)
            audit.record(s, actor, action="login", entity="user", entity_id=user.id)
            if installed is not None:
                audit.record(s, actor, action="seal.key_installed", entity="database",
                             summary=f"kunci segel {installed} dipasang di komputer ini dari "
                                     f"server (dibuka dengan kata sandi admin {user.username})")
            if installed is None:  # the wrap that installed the key is whole
                _wrap_for_admin(s, user, password, renew=False)
    if tampered is not None:
        raise tampered
    if failed:  # raised after the commit so that the failure count is kept
        raise UserError(WRONG_CREDENTIALS, code="credentials")
    return actor


@dataclass(frozen=True)
class ResealDTO:
    old_file_id: str
    new_file_id: str
    key_path: str


RESEAL_ADMIN_ONLY = "Hanya admin yang dapat menyegel ulang database server."


def reseal_server_books(db: Database, *, username: str, password: str, force: bool = False,
                        now: dt.datetime | None = None) -> Outcome[ResealDTO]:
    """``kamura reseal``: server books whose seal key no PC holds any more and no admin can
    unwrap (the key-holding PC lost before any admin logged in there) are sealed with a new
    key on this PC — by an admin whose password is checked as the keyless login checks it
    (nothing written for a failure: counted in memory), only on a PC without the key, and
    only when every chain and row hash is whole (``tamper.reseal_keyless``). The old wraps
    go, the admin's wrap of the new key is made, and the audit log names the admin."""
    now = now or dt.datetime.now()
    name = (username or "").strip().lower()
    with db.write() as s:
        if s.get_bind().dialect.name != "postgresql":
            raise UserError(tamper.RESEAL_ONLY_SERVER, field="--db")
        user = s.scalar(select(User).where(User.username == name))
        if user is None or not user.active:
            raise _fail_in_memory(name, now)
        if not tamper.key_missing_here(s):
            raise UserError(tamper.RESEAL_KEY_HERE, field="--db", code="seal_key_here")
        tampered = _tampered(s, user)
        if tampered is not None:
            raise tampered
        if _locked_in_memory(name, now) or (user.locked_until and now < user.locked_until):
            raise UserError(_locked_message(), code="locked")
        if not _password_ok(user, password):
            raise _fail_in_memory(name, now)
        if user.role != ADMIN:
            raise UserError(RESEAL_ADMIN_ONLY, field="--user", code="permission")
        old_id, new_id = tamper.reseal_keyless(s, user, password, _kdf_params(), force=force)
        audit.record(s, Actor(user.id, user.username, user.full_name, user.role),
                     action="database.reseal", entity="database",
                     summary=f"kunci segel {old_id} tidak ada di komputer mana pun dan tidak "
                             f"tersimpan untuk admin yang dapat membukanya; rantai utuh, "
                             f"disegel ulang dengan kunci {new_id} oleh admin {user.username} "
                             f"(kamura reseal{' --paksa' if force else ''})")
        dto = ResealDTO(old_id, new_id, str(tamper.key_path(new_id)))
    return Outcome(dto, Changes(users=True))


def change_password(
    db: Database, *, actor: Actor, username: str, new_password: str, old_password: str | None = None
) -> Outcome[None]:
    """A user changes their own password (giving the old one); an admin resets anyone's."""
    name = _clean_username(username)
    _check_password(new_password)
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFound(f"Pengguna '{name}' tidak ditemukan.", field="username")
        own = actor.user_id == user.id
        if own and actor.role != "system" and actor.role != ADMIN:
            try:
                _hasher.verify(user.password_hash, old_password or "")
            except (VerificationError, InvalidHashError, UnicodeEncodeError):
                raise UserError("Kata sandi lama salah.", field="old_password") from None
        elif not own:
            require(actor, "users.manage")
        user.password_hash = _hasher.hash(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        tamper.user_changed(s, user)
        _wrap_for_admin(s, user, new_password, renew=True)
        audit.record(s, actor, action="user.password", entity="user", entity_id=user.id,
                     summary=f"kata sandi {name} diganti")
    return Outcome(None, Changes(users=True))


def set_active(db: Database, *, actor: Actor, username: str, active: bool) -> Outcome[None]:
    require(actor, "users.manage")
    name = _clean_username(username)
    with db.write() as s:
        user = s.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFound(f"Pengguna '{name}' tidak ditemukan.", field="username")
        if user.id == actor.user_id and not active:
            raise UserError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        user.active = active
        tamper.user_changed(s, user)
        if not active:
            tamper.drop_wrap(s, user.id)
        audit.record(s, actor, action="user.active", entity="user", entity_id=user.id,
                     summary=f"{name} {'diaktifkan' if active else 'dinonaktifkan'}")
    return Outcome(None, Changes(users=True))


# ------------------------------------------------------------------ the admin's user screen

def _user_for_update(s: Session, username: str) -> User:
    name = _clean_username(username)
    user = s.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFound(f"Pengguna '{name}' tidak ditemukan.", field="username")
    return user


def reset_password(db: Database, *, actor: Actor, username: str,
                   new_password: str) -> Outcome[UserDTO]:
    """The admin gives a user a temporary password; the user must choose a new one at the next
    login. Also lifts a lock (the user was locked out, the admin helps)."""
    require(actor, "users.manage")
    _check_password(new_password)
    with db.write() as s:
        user = _user_for_update(s, username)
        if user.id == actor.user_id:
            raise UserError("Ganti kata sandi Anda sendiri lewat Berkas → Ganti kata sandi.",
                            field="username")
        user.password_hash = _hasher.hash(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        user.must_change_password = True
        tamper.user_changed(s, user)
        _wrap_for_admin(s, user, new_password, renew=True)
        audit.record(s, actor, action="user.password_reset", entity="user", entity_id=user.id,
                     summary=f"kata sandi {user.username} direset; wajib diganti saat masuk")
        dto = _dto(user)
    return Outcome(dto, Changes(users=True))


def unlock_user(db: Database, *, actor: Actor, username: str) -> Outcome[UserDTO]:
    """Lift the lock after too many failed logins (the password stays)."""
    require(actor, "users.manage")
    with db.write() as s:
        user = _user_for_update(s, username)
        if user.locked_until is None and not user.failed_attempts:
            raise UserError(f"Pengguna {user.username} tidak sedang terkunci.", field="username")
        user.failed_attempts = 0
        user.locked_until = None
        tamper.user_changed(s, user)
        audit.record(s, actor, action="user.unlock", entity="user", entity_id=user.id,
                     summary=f"kunci {user.username} dibuka")
        dto = _dto(user)
    return Outcome(dto, Changes(users=True))


def deactivate_user(db: Database, *, actor: Actor, username: str) -> Outcome[None]:
    """A user who leaves the office cannot log in any more; the row and every audit row they
    wrote stay (users are never deleted)."""
    return set_active(db, actor=actor, username=username, active=False)


def change_own_password(db: Database, *, actor: Actor, old_password: str,
                        new_password: str) -> Outcome[UserDTO]:
    """Every user changes their own password (Berkas → Ganti kata sandi; forced at the login
    after a reset). The old password is asked whatever the role."""
    _check_password(new_password)
    if new_password == old_password:
        raise UserError("Kata sandi baru harus berbeda dari yang lama.", field="new_password")
    with db.write() as s:
        user = s.get(User, actor.user_id) if actor.user_id else None
        if user is None or not user.active:
            raise NotFound("Pengguna yang sedang masuk tidak ditemukan.", field="username")
        if not _password_ok(user, old_password):
            raise UserError("Kata sandi lama salah.", field="old_password")
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = False
        tamper.user_changed(s, user)
        _wrap_for_admin(s, user, new_password, renew=True)
        audit.record(s, actor, action="user.password", entity="user", entity_id=user.id,
                     summary=f"{user.username} mengganti kata sandinya sendiri")
        dto = _dto(user)
    return Outcome(dto, Changes(users=True))


def must_change_password(db: Database, user_id: int | None) -> bool:
    """True when the admin added the user or reset the password since their last change."""
    if not user_id:
        return False
    with db.read() as s:
        user = s.get(User, user_id)
        return bool(user is not None and user.must_change_password)
