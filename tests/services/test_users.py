"""Users, passwords and logging in (kamura_desktop.services.users)."""

import datetime as dt
import itertools
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from kamura_desktop.db.models.core import AuditEntry, User
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.users import LOCK_SECONDS, MAX_FAILURES, WRONG_CREDENTIALS

SYSTEM = Actor.system()
T0 = dt.datetime(2024, 3, 28, 9, 0, 0)
_unique = itertools.count()


def audit_rows(db, action: str) -> list[SimpleNamespace]:
    with db.read() as s:
        return [SimpleNamespace(username=a.username, user_id=a.user_id, summary=a.summary)
                for a in s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                   .order_by(AuditEntry.id))]


def stored_user(db, username: str) -> SimpleNamespace:
    with db.read() as s:
        u = s.scalar(select(User).where(User.username == username))
        return SimpleNamespace(id=u.id, password_hash=u.password_hash,
                               failed_attempts=u.failed_attempts, locked_until=u.locked_until)


# ---------------------------------------------------------------- creating users

def test_first_user_must_be_admin(db, fast_passwords):
    for role in ("petugas", "bendahara", "ketua"):
        with pytest.raises(UserError, match="Pengguna pertama harus admin") as info:
            users.create_user(db, actor=SYSTEM, username="rina", full_name="Rina",
                              role=role, password="rahasia1")
        assert info.value.field == "role"
    assert users.user_count(db) == 0
    assert audit_rows(db, "user.create") == []

    out = users.create_user(db, actor=SYSTEM, username="  Admin ", full_name=" Admin Kantor ",
                            role="admin", password="rahasia1")
    assert out.changes.users
    assert (out.value.username, out.value.full_name, out.value.role) == (
        "admin", "Admin Kantor", "admin")
    assert out.value.role_label == "Admin"
    assert users.user_count(db) == 1
    (row,) = audit_rows(db, "user.create")
    assert (row.username, row.user_id) == ("admin", out.value.id)  # the new admin did it


def test_first_user_may_be_created_without_login_by_anyone(db, fast_passwords):
    """At the first start there is nobody to log in: the set-up creates the admin."""
    stranger = Actor(None, "tamu", "Tamu", "petugas")
    users.create_user(db, actor=stranger, username="admin", full_name="Admin",
                      role="admin", password="rahasia1")
    # ...but only the first one
    with pytest.raises(PermissionDenied):
        users.create_user(db, actor=stranger, username="admin2", full_name="Admin Dua",
                          role="admin", password="rahasia1")
    assert users.user_count(db) == 1


def test_production_password_hashing_is_strong(db):
    """Without the tests' fast hasher: argon2id at the library's recommended cost."""
    users.create_user(db, actor=SYSTEM, username="admin", full_name="Admin",
                      role="admin", password="rahasia1")
    hashed = stored_user(db, "admin").password_hash
    assert hashed.startswith("$argon2id$")
    params = dict(p.split("=") for p in hashed.split("$")[3].split(","))
    assert int(params["m"]) >= 65536 and int(params["t"]) >= 3
    assert "rahasia1" not in hashed
    assert users.authenticate(db, "admin", "rahasia1").username == "admin"


@pytest.mark.parametrize("role", ["petugas", "bendahara", "ketua"])
def test_only_admin_creates_users(db, actors, role):
    before = users.user_count(db)
    with pytest.raises(PermissionDenied) as info:
        users.create_user(db, actor=actors[role], username="baru", full_name="Baru",
                          role="petugas", password="rahasia1")
    assert "tidak berhak mengelola pengguna" in info.value.message
    assert users.user_count(db) == before
    users.create_user(db, actor=actors["admin"], username="baru", full_name="Baru",
                      role="petugas", password="rahasia1")
    assert users.user_count(db) == before + 1
    row = audit_rows(db, "user.create")[-1]
    assert row.username == "admin"


def test_duplicate_username_refused(db, actors):
    before = users.user_count(db)
    with pytest.raises(UserError, match="sudah dipakai") as info:
        users.create_user(db, actor=actors["admin"], username="PETUGAS", full_name="Lain",
                          role="petugas", password="rahasia1")
    assert info.value.field == "username"
    assert users.user_count(db) == before


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"password": "12345"}, "password"),
        ({"password": ""}, "password"),
        ({"username": "a b"}, "username"),
        ({"username": ""}, "username"),
        ({"username": "x" * 41}, "username"),
        ({"full_name": "  "}, "full_name"),
        ({"role": "bos"}, "role"),
    ],
)
def test_bad_user_input_refused(db, actors, kwargs, field):
    before = users.user_count(db)
    args = {"username": "baru", "full_name": "Baru", "role": "petugas", "password": "rahasia1"}
    with pytest.raises(UserError) as info:
        users.create_user(db, actor=actors["admin"], **{**args, **kwargs})
    assert info.value.field == field
    assert users.user_count(db) == before


def test_list_users(db, actors):
    rows = users.list_users(db, actor=actors["ketua"])
    assert [u.username for u in rows] == ["admin", "bendahara", "ketua", "petugas"]
    with pytest.raises(PermissionDenied):
        users.list_users(db, actor=actors["petugas"])


# ---------------------------------------------------------------- logging in

def test_authenticate(db, actors):
    actor = users.authenticate(db, "  Bendahara ", "bendahara-sandi1")
    assert isinstance(actor, Actor)
    assert (actor.username, actor.role) == ("bendahara", "bendahara")
    assert actor.user_id == stored_user(db, "bendahara").id
    rows = audit_rows(db, "login")
    assert rows[-1].username == "bendahara" and rows[-1].user_id == actor.user_id


def test_wrong_password_and_unknown_user_look_the_same(db, actors):
    with pytest.raises(UserError) as wrong:
        users.authenticate(db, "petugas", "salah-sandi")
    with pytest.raises(UserError) as unknown:
        users.authenticate(db, f"tidakada{next(_unique)}", "petugas-sandi1")
    assert wrong.value.message == unknown.value.message == WRONG_CREDENTIALS
    assert wrong.value.code == unknown.value.code == "credentials"
    assert wrong.value.field == unknown.value.field
    with pytest.raises(UserError) as empty:
        users.authenticate(db, "petugas", "")
    assert empty.value.message == WRONG_CREDENTIALS


def test_failed_login_is_audited_and_counted(db, actors):
    with pytest.raises(UserError):
        users.authenticate(db, "petugas", "salah", now=T0)
    assert stored_user(db, "petugas").failed_attempts == 1
    (row,) = audit_rows(db, "login.failed")
    assert row.username == "petugas" and "gagal ke-1" in row.summary
    users.authenticate(db, "petugas", "petugas-sandi1", now=T0)
    assert stored_user(db, "petugas").failed_attempts == 0  # success resets the count


def test_five_failures_lock_for_a_minute(db, actors):
    for i in range(MAX_FAILURES):
        with pytest.raises(UserError) as info:
            users.authenticate(db, "ketua", "salah", now=T0 + dt.timedelta(seconds=i))
        assert info.value.code == "credentials"
    last_failure = T0 + dt.timedelta(seconds=MAX_FAILURES - 1)
    assert stored_user(db, "ketua").locked_until == last_failure + dt.timedelta(seconds=LOCK_SECONDS)
    assert "dikunci" in audit_rows(db, "login.failed")[-1].summary

    # even the right password is refused while locked, and the refusal says why
    for later in (1, 30, LOCK_SECONDS - 1):
        with pytest.raises(UserError, match="Terlalu banyak percobaan") as info:
            users.authenticate(db, "ketua", "ketua-sandi1",
                               now=last_failure + dt.timedelta(seconds=later))
        assert info.value.code == "locked"
    # other users are not affected
    assert users.authenticate(db, "petugas", "petugas-sandi1", now=last_failure).role == "petugas"

    actor = users.authenticate(db, "ketua", "ketua-sandi1",
                               now=last_failure + dt.timedelta(seconds=LOCK_SECONDS + 1))
    assert actor.role == "ketua"
    assert stored_user(db, "ketua").locked_until is None


def test_unknown_names_lock_too(db, actors):
    """So that the lock does not reveal which names are real."""
    name = f"penyusup{next(_unique)}"
    for i in range(MAX_FAILURES):
        with pytest.raises(UserError) as info:
            users.authenticate(db, name, "x", now=T0 + dt.timedelta(seconds=i))
        assert info.value.code == "credentials"
    with pytest.raises(UserError) as info:
        users.authenticate(db, name, "x", now=T0 + dt.timedelta(seconds=10))
    assert info.value.code == "locked"
    with pytest.raises(UserError) as info:
        users.authenticate(db, name, "x", now=T0 + dt.timedelta(seconds=MAX_FAILURES + 61))
    assert info.value.code == "credentials"


def test_inactive_user_cannot_log_in(db, actors):
    users.set_active(db, actor=actors["admin"], username="petugas", active=False)
    with pytest.raises(UserError) as info:
        users.authenticate(db, "petugas", "petugas-sandi1")
    assert info.value.message == WRONG_CREDENTIALS
    with pytest.raises(UserError, match="akun Anda sendiri"):
        users.set_active(db, actor=actors["admin"], username="admin", active=False)
    users.set_active(db, actor=actors["admin"], username="petugas", active=True)
    assert users.authenticate(db, "petugas", "petugas-sandi1").role == "petugas"


# ---------------------------------------------------------------- passwords

def test_change_own_password_needs_old_one(db, actors):
    petugas = actors["petugas"]
    with pytest.raises(UserError, match="Kata sandi lama salah") as info:
        users.change_password(db, actor=petugas, username="petugas", new_password="baru-sandi9",
                              old_password="tebakan")
    assert info.value.field == "old_password"
    with pytest.raises(UserError):
        users.change_password(db, actor=petugas, username="petugas", new_password="baru-sandi9")
    users.authenticate(db, "petugas", "petugas-sandi1")  # unchanged so far

    users.change_password(db, actor=petugas, username="petugas", new_password="baru-sandi9",
                          old_password="petugas-sandi1")
    assert users.authenticate(db, "petugas", "baru-sandi9").username == "petugas"
    with pytest.raises(UserError):
        users.authenticate(db, "petugas", "petugas-sandi1")
    row = audit_rows(db, "user.password")[-1]
    assert row.username == "petugas"


def test_new_password_too_short(db, actors):
    with pytest.raises(UserError, match="minimal 6") as info:
        users.change_password(db, actor=actors["petugas"], username="petugas",
                              new_password="123", old_password="petugas-sandi1")
    assert info.value.field == "password"


def test_admin_resets_any_password(db, actors):
    # a locked-out clerk
    for i in range(MAX_FAILURES):
        with pytest.raises(UserError):
            users.authenticate(db, "bendahara", "lupa", now=T0 + dt.timedelta(seconds=i))
    users.change_password(db, actor=actors["admin"], username="bendahara",
                          new_password="sandi-baru-1")
    assert users.authenticate(db, "bendahara", "sandi-baru-1", now=T0 + dt.timedelta(seconds=10))
    row = audit_rows(db, "user.password")[-1]
    assert row.username == "admin" and "bendahara" in row.summary


def test_others_cannot_reset_passwords(db, actors):
    with pytest.raises(PermissionDenied):
        users.change_password(db, actor=actors["ketua"], username="petugas",
                              new_password="sandi-baru-1", old_password="petugas-sandi1")
    assert users.authenticate(db, "petugas", "petugas-sandi1")
    with pytest.raises(NotFound):
        users.change_password(db, actor=actors["admin"], username="hantu",
                              new_password="sandi-baru-1")
