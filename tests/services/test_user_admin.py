"""The admin's user screen as services: add with a role (a new password at the first login),
reset a password, unlock, deactivate (never delete), and everyone changes their own password.
Each change writes an audit row and keeps the users' tamper seal valid (the login checks it)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry, User
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import users

from .test_users import audit_rows


def test_the_admin_adds_a_clerk_who_must_choose_a_password_at_the_first_login(db, actors):
    dto = users.create_user(db, actor=actors["admin"], username="Rina", full_name="Rina Marlina",
                            role="petugas", password="awal-123", must_change_password=True).value
    assert (dto.username, dto.role, dto.must_change_password) == ("rina", "petugas", True)
    rina = users.authenticate(db, "rina", "awal-123")  # the seal moved with the new row
    assert users.must_change_password(db, rina.user_id)
    users.change_own_password(db, actor=rina, old_password="awal-123", new_password="rahasia-rina")
    assert not users.must_change_password(db, rina.user_id)
    assert users.authenticate(db, "rina", "rahasia-rina").user_id == rina.user_id
    assert [a.summary for a in audit_rows(db, "user.password")][-1] == \
        "rina mengganti kata sandinya sendiri"


def test_a_reset_password_must_be_changed_and_lifts_the_lock(db, actors):
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(UserError):
            users.authenticate(db, "petugas", "salah")
    with pytest.raises(UserError, match="Terlalu banyak"):
        users.authenticate(db, "petugas", "petugas-sandi1")
    listed = {u.username: u for u in users.list_users(db, actor=actors["admin"])}
    assert listed["petugas"].is_locked()
    users.reset_password(db, actor=actors["admin"], username="petugas", new_password="sementara1")
    clerk = users.authenticate(db, "petugas", "sementara1")
    assert users.must_change_password(db, clerk.user_id)
    assert audit_rows(db, "user.password_reset")[-1].summary == \
        "kata sandi petugas direset; wajib diganti saat masuk"
    with pytest.raises(UserError, match="harus berbeda") as exc:
        users.change_own_password(db, actor=clerk, old_password="sementara1",
                                  new_password="sementara1")
    assert exc.value.field == "new_password"


def test_unlock_keeps_the_password(db, actors):
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(UserError):
            users.authenticate(db, "bendahara", "salah")
    users.unlock_user(db, actor=actors["admin"], username="bendahara")
    assert users.authenticate(db, "bendahara", "bendahara-sandi1").role == "bendahara"
    assert audit_rows(db, "user.unlock")[-1].summary == "kunci bendahara dibuka"
    with pytest.raises(UserError, match="tidak sedang terkunci"):
        users.unlock_user(db, actor=actors["admin"], username="bendahara")


def test_deactivate_never_deletes_and_the_audit_rows_stay(db, actors):
    with db.read() as s:
        before = s.scalar(select(func.count(AuditEntry.id))
                          .where(AuditEntry.username == "petugas"))
    assert before >= 1  # the login of the fixture
    users.deactivate_user(db, actor=actors["admin"], username="petugas")
    with pytest.raises(UserError, match="salah"):
        users.authenticate(db, "petugas", "petugas-sandi1")
    with db.read() as s:
        assert s.scalar(select(User).where(User.username == "petugas")).active is False
        assert s.scalar(select(func.count(AuditEntry.id))
                        .where(AuditEntry.username == "petugas")) == before
    # the seal moved with the change: another user still logs in
    assert users.authenticate(db, "ketua", "ketua-sandi1").role == "ketua"


def test_only_the_admin_manages_users_and_a_wrong_old_password_is_refused(db, actors):
    for role in ("ketua", "bendahara", "petugas"):
        with pytest.raises(PermissionDenied):
            users.reset_password(db, actor=actors[role], username="admin", new_password="x" * 8)
        with pytest.raises(PermissionDenied):
            users.unlock_user(db, actor=actors[role], username="admin")
    with pytest.raises(UserError, match="Kata sandi lama salah") as exc:
        users.change_own_password(db, actor=actors["ketua"], old_password="keliru",
                                  new_password="baru-ketua1")
    assert exc.value.field == "old_password"
    with pytest.raises(UserError, match="Berkas"):
        users.reset_password(db, actor=actors["admin"], username="admin", new_password="x" * 8)
