"""`kamura backup` / `restore` on the office server: pg_dump and pg_restore (custom format),
the current contents kept before a restore; a missing tool named. Real server, real tools
(pg_dump and pg_restore run as processes, found on the PATH the command is given); the
commands themselves run the same ``main`` a process runs, in this process
(tests/helpers_cli.kamura: exit code, stdout and stderr as a process gives them, its own
environment — the PATH too), without a second of imports per command (issue 20). A real
start's exit codes are proven by the real processes of tests/services/test_cli.py and
tests/cli/test_cli_copy.py."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import savings, server_backup, server_copy
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.helpers_cli import kamura as in_process

from ..conftest import TEST_USERS


def kamura(*args: str, user: str = "admin") -> subprocess.CompletedProcess:
    """``kamura ARGS --user USER`` with the server's tools on the PATH and the user's password
    in KAMURA_PASSWORD, in this process."""
    env = {**pg.tools_env(), "KAMURA_PASSWORD": TEST_USERS[user][1]}
    return in_process([*args, "--user", user], env=env)


@pytest.fixture
def office(fast_passwords, tmp_path):
    location = pg.new_database()
    db = open_books(location)
    from kamura_desktop.services import users

    for role, (name, password) in TEST_USERS.items():
        users.create_user(db, actor=Actor.system(), username=name, full_name=f"Uji {role}",
                          role=role, password=password)
    yield location, db
    db.close()
    pg.drop_database(location)


def _member_with_deposit(db) -> int:
    from kamura_desktop.services import membership
    from kamura_desktop.services.membership import MemberInput

    data = MemberInput(name="Iis Rohaeti", nik="3217014107850002", sex="P",
                       joined_on=dt.date(2026, 1, 5), rt="2", rw="8", kampung="Cibitung",
                       trade="Warung")
    mid = membership.register_member(db, actor=Actor.system(), data=data).value.member.id
    savings.record_deposit(db, actor=Actor.system(), member_id=mid, kind="sukarela",
                           amount=250_000, on_date=dt.date(2026, 1, 5))
    return mid


def test_backup_then_restore_brings_the_server_back_and_keeps_what_was_there(office, tmp_path):
    location, db = office
    _member_with_deposit(db)
    dump = tmp_path / "kantor.dump"
    made = kamura("--db", location, "backup", "--to", str(dump), user="bendahara")
    assert made.returncode == 0, made.stderr
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    before = server_copy.table_counts(db)
    ledger_hash = server_copy.table_hash(db, "journal_lines")

    # a later deposit, then the restore takes the server back to the backup
    savings.record_deposit(db, actor=Actor.system(), member_id=1, kind="sukarela",
                           amount=75_000, on_date=dt.date(2026, 1, 6))
    db.close()
    restored = kamura("--db", location, "restore", "--from", str(dump))
    assert restored.returncode == 0, restored.stderr
    assert "Isi sebelumnya disimpan sebagai" in restored.stdout
    kept = restored.stdout.rsplit("sebagai ", 1)[1].strip()
    assert kept.endswith(".dump")

    again = open_books(location)
    try:
        after = server_copy.table_counts(again)
        # the backup's rows (the login and backup audit rows of the restore itself aside)
        assert {k: v for k, v in after.items() if k != "audit_log"} == \
            {k: v for k, v in before.items() if k != "audit_log"}
        assert server_copy.table_hash(again, "journal_lines") == ledger_hash
    finally:
        again.close()


def test_restore_is_for_the_admin_only(office, tmp_path):
    location, db = office
    dump = tmp_path / "kantor.dump"
    assert kamura("--db", location, "backup", "--to", str(dump)).returncode == 0
    refused = kamura("--db", location, "restore", "--from", str(dump), user="petugas")
    assert refused.returncode == 1
    assert "Kesalahan" in refused.stderr


def test_a_missing_tool_is_named_with_what_to_install():
    with pytest.raises(UserError, match="pg_tidak_ada tidak ditemukan.*Command Line Tools"):
        server_backup.find_tool("pg_tidak_ada")
