"""Tamper evidence (issue 21 item 9, issue 22 item 4): the journal and the audit log are hash
chains, users and settings carry row hashes, a keyed seal anchors them, and ``kamura check``
and the login see an edit made behind the program's back — with any SQLite tool on a file,
with psql as the superuser on the office server (issue 16: every attack below runs on both
engines, through tests/helpers_rawsql.py, unless its mark says why it cannot)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
import threading

import pytest
from alembic import command

from kamura_desktop.db import tamper_rows
from kamura_desktop.db.database import Database, alembic_config, upgrade
from kamura_desktop.db.engine import make_engine
from kamura_desktop.domain import tamper_hash as th
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import integrity, ledger, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books
from tests.helpers_cli import kamura as kamura_here
from tests.helpers_rawsql import (
    RawConnection,
    attacker,
    check_connection,
    location,
    on_server,
    one,
    table_names,
    trigger_names,
)
from tests.helpers_rawsql import edit as sql

from ..conftest import TEST_USERS

#: the one attack that exists on a file only: SQLite stores any value in any column
WRONG_KINDS = ("SQLite keeps a value of any kind in any column (a blob in a text column, 'abc' "
               "in an integer key); PostgreSQL refuses to store them (its column types), so "
               "the server's check never meets one")


def kamura(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``kamura ARGS`` run in this process (tests/helpers_cli.py): what is checked is the
    command's exit code and its words, which a new process would not change — only its
    start-up imports would cost about two seconds of CPU each time."""
    env = {k: v for k, v in os.environ.items() if k not in ("KAMURA_PASSWORD", "KAMURA_USER")
           } | (env or {})
    return kamura_here(list(args), env=env)


def recompute_journal_chain(conn) -> None:
    """What an attacker who read domain/tamper_hash.py runs after an edit."""
    prev = None
    for entry_id, _number, values, _ in list(tamper_rows.journal_rows(conn)):
        prev = th.chain_hash(prev, values)
        conn.execute("UPDATE journal_entries SET row_hash = ? WHERE id = ?", (prev, entry_id))


def recompute_user_hashes(conn) -> None:
    for user_id, _name, values, _ in list(tamper_rows.user_rows(conn)):
        conn.execute("UPDATE users SET row_hash = ? WHERE id = ?", (th.row_hash(values), user_id))


# ---------------------------------------------------------------- the attack of issue 21.9

def test_dropped_triggers_and_edited_rows_are_reported_with_the_first_broken_row(demo_copy):
    path = location(demo_copy)
    assert integrity.check_database(path).ok
    # a balanced pair of lines in the middle of the journal, and an audit row
    entry_id, number = one(path, "SELECT id, number FROM journal_entries ORDER BY id "
                                 "LIMIT 1 OFFSET 40")
    debit_line = one(path, f"SELECT id FROM journal_lines WHERE entry_id={entry_id} AND debit>0")[0]
    credit_line = one(path, f"SELECT id FROM journal_lines WHERE entry_id={entry_id} AND credit>0")[0]
    audit_id = one(path, "SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 25")[0]
    sql(path,
        "DROP TRIGGER trg_journal_lines_no_update",
        "DROP TRIGGER trg_audit_log_no_update",
        f"UPDATE journal_lines SET debit = debit + 1000000 WHERE id = {debit_line}",
        f"UPDATE journal_lines SET credit = credit + 1000000 WHERE id = {credit_line}",
        f"UPDATE audit_log SET summary = 'tidak terjadi apa-apa' WHERE id = {audit_id}")

    report = integrity.check_database(path)
    assert not report.ok
    text = "\n".join(report.problems)
    assert "trg_journal_lines_no_update" in text and "trg_audit_log_no_update" in text
    journal = [p for p in report.problems if p.startswith("Rantai jurnal")]
    assert len(journal) == 1 and f"{number} (#{entry_id})" in journal[0]
    audit = [p for p in report.problems if p.startswith("Rantai catatan audit")]
    assert len(audit) == 1 and f"#{audit_id}" in audit[0]
    # the ledger is still balanced: only the chain sees it
    assert report.total_debit == report.total_credit

    proc = kamura("check", "--db", path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert number in proc.stdout and f"#{audit_id}" in proc.stdout
    assert "trg_journal_lines_no_update" in proc.stdout


def test_an_edit_with_every_trigger_off_for_one_session_is_seen(demo_copy):
    """The quiet way: triggers and foreign keys off for the attacker's own session only
    (``PRAGMA foreign_keys = OFF`` on a file; ``session_replication_role = replica`` as the
    superuser on the server), so no trigger is missing or disabled afterwards. The rows
    themselves must still give it away."""
    path = location(demo_copy)
    entry_id, number = one(path, "SELECT id, number FROM journal_entries ORDER BY id "
                                 "LIMIT 1 OFFSET 12")
    line = one(path, f"SELECT id FROM journal_lines WHERE entry_id={entry_id} AND debit>0")[0]
    statements = ["PRAGMA foreign_keys = OFF",
                  f"UPDATE journal_lines SET memo = 'pinjaman fiktif' WHERE id = {line}"]
    if not on_server(path):
        # a SQLite trigger cannot be switched off for one connection: it is dropped and put
        # back with its very own statement, as a careful attacker with DB Browser would
        kept = one(path, "SELECT sql FROM sqlite_master WHERE name = 'trg_journal_lines_no_update'")[0]
        statements[1:1] = ["DROP TRIGGER trg_journal_lines_no_update"]
        statements.append(kept)
    sql(path, *statements)

    report = integrity.check_database(path)
    assert not any("Pemicu pelindung" in p for p in report.problems), report.problems
    journal = [p for p in report.problems if p.startswith("Rantai jurnal")]
    assert len(journal) == 1 and f"{number} (#{entry_id})" in journal[0], report.problems


def test_a_later_broken_row_is_counted_not_hidden(demo_copy):
    path = location(demo_copy)
    with attacker(path) as conn:
        ids = list(conn.execute(
            "SELECT e.id, e.number, l.id FROM journal_entries e JOIN journal_lines l "
            "ON l.entry_id = e.id WHERE l.memo IS NULL ORDER BY e.id, l.id LIMIT 200"))
    first, later = ids[10], ids[150]
    sql(path, "DROP TRIGGER trg_journal_lines_no_update",
        f"UPDATE journal_lines SET memo = 'x' WHERE id = {later[2]}",
        f"UPDATE journal_lines SET memo = 'y' WHERE id = {first[2]}")
    problems = [p for p in integrity.check_database(path).problems if p.startswith("Rantai jurnal")]
    assert len(problems) == 1
    assert f"{first[1]} (#{first[0]})" in problems[0] and "1 jurnal lain" in problems[0]


def test_a_clean_demo_file_checks_clean(demo_copy):
    report = integrity.check_database(location(demo_copy))
    assert report.ok, report.problems
    assert not [n for n in report.notes if "segel" in n.lower()]
    proc = kamura("check", "--db", location(demo_copy))
    assert proc.returncode == 0, proc.stdout


def test_cutting_the_tail_of_the_journal_is_seen(demo_copy):
    path = location(demo_copy)
    last_id, last_number = one(path, "SELECT id, number FROM journal_entries ORDER BY id DESC")
    sql(path, "PRAGMA foreign_keys = OFF",
        "DROP TRIGGER trg_journal_lines_no_delete", "DROP TRIGGER trg_journal_entries_no_delete",
        f"DELETE FROM journal_lines WHERE entry_id = {last_id}",
        f"DELETE FROM journal_entries WHERE id = {last_id}")
    text = "\n".join(integrity.check_database(path).problems)
    assert f"#{last_id}" in text and "segel" in text.lower()


def test_recomputed_chain_is_caught_by_the_keyed_seal(db, actors):
    """An attacker who knows the published formula edits a line and recomputes every hash
    from there on: the chain is whole again, the seal (keyed, key outside the file) is not."""
    for amount in (100_000, 200_000, 300_000):
        ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 3, 1),
                                  description="Setoran modal", lines=[
                                      Line("1101", debit=amount), Line("4101", credit=amount)])
    path = location(db)
    db.close()
    with attacker(path) as conn:
        conn.execute("DROP TRIGGER trg_journal_lines_no_update")
        conn.execute("DROP TRIGGER trg_journal_entries_no_update")
        first = conn.one("SELECT MIN(id) FROM journal_entries")[0]
        conn.execute(f"UPDATE journal_lines SET debit = debit + 1000000 WHERE entry_id = {first} AND debit > 0")
        conn.execute(f"UPDATE journal_lines SET credit = credit + 1000000 WHERE entry_id = {first} AND credit > 0")
        recompute_journal_chain(conn)  # the attacker's own script
    report = integrity.check_database(path)
    chain = [p for p in report.problems if p.startswith("Rantai jurnal")]
    assert chain == []  # the plain chain was recomputed: it alone cannot see this
    seal = [p for p in report.problems if "segel" in p.lower() and "jurnal" in p.lower()]
    assert seal, report.problems


# ---------------------------------------------------------------- the role attack of issue 22.4

def test_a_role_raised_with_sqlite_is_refused_at_login_and_reported(db, actors):
    path = location(db)
    sql(path, "UPDATE users SET role = 'admin' WHERE username = 'petugas'")
    with pytest.raises(UserError) as refused:
        users.authenticate(db, *TEST_USERS["petugas"])
    message = refused.value.message
    assert "petugas" in message and "admin" in message.lower() and "kamura check" in message
    # the others still log in
    assert users.authenticate(db, *TEST_USERS["ketua"]).role == "ketua"
    report = integrity.check_database(path)
    assert any("Pengguna petugas" in p for p in report.problems), report.problems


def test_a_copied_password_hash_is_refused(db, actors):
    """The clerk copies their own password hash onto the admin: no code needed, and without
    the row hash they would log in as admin with their own password."""
    path = location(db)
    sql(path, "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
              "username = 'petugas') WHERE username = 'admin'")
    with pytest.raises(UserError, match="diubah di luar"):
        users.authenticate(db, "admin", TEST_USERS["petugas"][1])
    assert any("Pengguna admin" in p for p in integrity.check_database(path).problems)


def test_a_recomputed_user_row_is_refused_by_the_seal(db, actors):
    path = location(db)
    with attacker(path) as conn:
        conn.execute("UPDATE users SET role = 'admin' WHERE username = 'petugas'")
        recompute_user_hashes(conn)
    with pytest.raises(UserError, match="kamura check"):
        users.authenticate(db, *TEST_USERS["petugas"])
    assert any("segel" in p.lower() and "pengguna" in p.lower()
               for p in integrity.check_database(path).problems)


def test_legitimate_user_changes_keep_the_file_clean(db, actors):
    users.set_active(db, actor=actors["admin"], username="petugas", active=False)
    users.set_active(db, actor=actors["admin"], username="petugas", active=True)
    users.change_password(db, actor=actors["admin"], username="ketua", new_password="baru-sandi9")
    with pytest.raises(UserError):
        users.authenticate(db, "bendahara", "salah-salah")
    assert users.authenticate(db, "ketua", "baru-sandi9").role == "ketua"
    report = integrity.check_database(location(db))
    assert report.ok, report.problems


def test_a_moved_closing_date_is_reported(db, actors):
    from kamura_desktop.services import settings

    settings.update_settings(db, actor=actors["admin"], values={"backup.keep": 10})
    sql(db, "UPDATE settings SET value = '90' WHERE key = 'backup.keep'")
    problems = integrity.check_database(location(db)).problems
    assert any("Pengaturan backup.keep" in p for p in problems), problems


def test_expected_triggers_are_every_trigger_the_migrations_create(db):
    from kamura_desktop.services import tamper

    assert trigger_names(db) == set(tamper.EXPECTED_TRIGGERS)


#: ways a superuser makes a trigger harmless on the server while it stays present and
#: "enabled" in the catalogue's plain sense (found by running the tamper tests on PostgreSQL)
SERVER_DEFUSED = {
    # fires only while session_replication_role = replica, i.e. never for a normal session
    "replica-only": ["ALTER TABLE journal_lines ENABLE REPLICA TRIGGER trg_journal_lines_no_update"],
    "when-false": ["DROP TRIGGER trg_journal_lines_no_update ON journal_lines",
                   "CREATE TRIGGER trg_journal_lines_no_update BEFORE UPDATE ON journal_lines "
                   "FOR EACH ROW WHEN (false) EXECUTE FUNCTION trg_journal_lines_no_update_fn()"],
    "moved-table": ["DROP TRIGGER trg_journal_lines_no_update ON journal_lines",
                    "CREATE TRIGGER trg_journal_lines_no_update BEFORE UPDATE ON alembic_version "
                    "FOR EACH ROW EXECUTE FUNCTION trg_journal_lines_no_update_fn()"],
    "after-insert": ["DROP TRIGGER trg_journal_lines_no_update ON journal_lines",
                     "CREATE TRIGGER trg_journal_lines_no_update AFTER INSERT ON journal_lines "
                     "FOR EACH STATEMENT EXECUTE FUNCTION trg_journal_lines_no_update_fn()"],
    # still says RAISE EXCEPTION, never reaches it
    "never-raises": ["CREATE OR REPLACE FUNCTION trg_journal_lines_no_update_fn() RETURNS "
                     "trigger LANGUAGE plpgsql AS $$ BEGIN IF false THEN RAISE EXCEPTION "
                     "'Baris journal_lines sudah dibukukan'; END IF; RETURN NEW; END $$"],
}
#: the same on a file: the trigger put back on another table or for another verb
FILE_DEFUSED = {
    "moved-table": ["DROP TRIGGER trg_journal_lines_no_update",
                    "CREATE TRIGGER trg_journal_lines_no_update BEFORE UPDATE ON alembic_version "
                    "BEGIN SELECT RAISE(ABORT, 'Baris journal_lines sudah dibukukan'); END"],
    "after-insert": ["DROP TRIGGER trg_journal_lines_no_update",
                     "CREATE TRIGGER trg_journal_lines_no_update AFTER INSERT ON journal_lines "
                     "WHEN NEW.id < 0 BEGIN SELECT RAISE(ABORT, 'Baris journal_lines'); END"],
    "when-never": ["DROP TRIGGER trg_journal_lines_no_update",
                   "CREATE TRIGGER trg_journal_lines_no_update BEFORE UPDATE ON journal_lines "
                   "WHEN 0 BEGIN SELECT RAISE(ABORT, 'Baris journal_lines sudah dibukukan'); END"],
}


@pytest.mark.parametrize("db_engine, attack", [
    *(("postgresql", a) for a in SERVER_DEFUSED), *(("sqlite", a) for a in FILE_DEFUSED)],
    indirect=["db_engine"])
def test_a_trigger_defused_but_present_is_reported(db, actors, db_engine, attack):
    """A protective trigger left in place under its own name but no longer refusing an edit
    of a posted line: the attacker's edit goes through, and the check names the trigger."""
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 5, 2),
                              description="Setoran", lines=[Line("1101", debit=500),
                                                            Line("4101", credit=500)])
    attacks = SERVER_DEFUSED if on_server(db) else FILE_DEFUSED
    with attacker(db) as conn:
        for statement in attacks[attack]:
            conn.execute(statement)
        # the attack works: a posted line is edited from a normal session
        conn.execute("UPDATE journal_lines SET memo = 'diubah' WHERE id = "
                     "(SELECT MIN(id) FROM journal_lines)")
    problems = integrity.check_database(location(db)).problems
    assert any(p.startswith("Pemicu pelindung diubah atau dimatikan (tidak lagi menolak): "
                            "trg_journal_lines_no_update") for p in problems), problems


# ------------------------------------------- every protective trigger exactly as migrated

def _trigger_problems(where) -> list[str]:
    """The check's findings about the protective triggers (its "Pemicu pelindung" lines),
    read as ``integrity.check_database`` reads them — on the same kind of read-only
    connection, by the same ``tamper`` function — without the rest of the check (the file's
    page check, every chain and seal over the demo's thousands of rows), which the tests
    that call this do not look at: the full check is asserted on in the tests above."""
    from kamura_desktop.services import tamper

    findings = tamper.Findings()
    with check_connection(where, lambda _sql: None) as conn:
        tamper._check_triggers(conn, findings)
    return [p for p in findings.problems if p.startswith("Pemicu pelindung")]


def test_every_protective_trigger_is_exactly_what_the_migrations_create(db):
    """The check's expected definitions (tamper.PROTECTIVE_TRIGGERS, the server's form made
    from them as the migrations make it) equal a freshly migrated database's, trigger by
    trigger, on each engine: a migration that changes a trigger must change the data too."""
    from kamura_desktop.services import tamper

    assert len(tamper.EXPECTED_TRIGGERS) == 34
    with check_connection(db, lambda _sql: None) as conn:  # as the check reads them
        found = tamper.trigger_definitions(conn)
    assert set(found) == set(tamper.EXPECTED_TRIGGERS)
    for name in tamper.EXPECTED_TRIGGERS:
        definition, fires = found[name]
        assert fires, name
        assert definition == tamper.expected_definition(name, server=on_server(db)), name
    assert _trigger_problems(db) == []


#: each of the four conditional triggers rewritten so that its condition never holds
#: (the server's spelling, the file's): the trigger stays, its name, its table, its verb and
#: its refusal too — only the WHEN / IF is a lie
NEVER_HOLDS = {
    "trg_year_closes_no_update": ("false", "1=0"),
    "trg_shu_distributions_no_delete": ("OLD.status = 'tidak-ada'", "OLD.status = 'tidak-ada'"),
    "trg_shu_distributions_no_update": ("OLD.status = 'tidak-ada'", "OLD.status = 'tidak-ada'"),
    "trg_shu_member_shares_no_delete": (
        "(SELECT status FROM shu_distributions WHERE id = OLD.distribution_id) = 'tidak-ada'",
        "(SELECT status FROM shu_distributions WHERE id = OLD.distribution_id) = 'tidak-ada'"),
}
#: the edit each of them refuses on the demo (with its 2024 SHU approved and a 2023 one
#: made approved beside it): refused before the rewrite, done after it
REFUSED_EDIT = {
    "trg_year_closes_no_update": "UPDATE year_closes SET surplus = surplus + 1000000",
    "trg_shu_distributions_no_delete": "DELETE FROM shu_distributions WHERE year = 2023",
    "trg_shu_distributions_no_update":
        "UPDATE shu_distributions SET surplus = surplus + 1000000 WHERE year = 2024",
    "trg_shu_member_shares_no_delete":
        "DELETE FROM shu_member_shares WHERE id = (SELECT MIN(id) FROM shu_member_shares)",
}


def _never_holding(conn, name: str) -> list[str]:
    """The attacker's statements: the trigger's own definition read back from the books with
    only its condition replaced."""
    server, file = NEVER_HOLDS[name]
    if conn.server:
        source = conn.one("SELECT pg_get_functiondef(p.oid) FROM pg_trigger t "
                          "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgname = ?", (name,))[0]
        rewritten, count = re.subn(r"IF .+ THEN RAISE", f"IF {server} THEN RAISE", source,
                                   flags=re.S)
        assert count == 1
        return [rewritten]
    source = conn.one("SELECT sql FROM sqlite_master WHERE name = ?", (name,))[0]
    rewritten, count = re.subn(r"WHEN .+ BEGIN", f"WHEN {file} BEGIN", source, flags=re.S)
    assert count == 1
    return [f"DROP TRIGGER {name}", rewritten]


@pytest.mark.parametrize("name", sorted(NEVER_HOLDS))
def test_a_condition_rewritten_never_to_hold_is_reported_by_name(demo_copy, name):
    path = location(demo_copy)
    sql(path,  # the 2024 draft approved (a draft may change) and an approved 2023 beside it
        "UPDATE shu_distributions SET status = 'approved' WHERE year = 2024",
        "INSERT INTO shu_distributions (year, status, surplus, pct_cadangan, pct_anggota, "
        "pct_pengurus, pct_karyawan, pct_pendidikan, pct_sosial, jasa_modal_pct, "
        "include_sukarela, computed_at) SELECT 2023, status, surplus, pct_cadangan, "
        "pct_anggota, pct_pengurus, pct_karyawan, pct_pendidikan, pct_sosial, jasa_modal_pct, "
        "include_sukarela, computed_at FROM shu_distributions WHERE year = 2024")
    assert _trigger_problems(path) == []
    refused = RawConnection(path)
    try:
        with pytest.raises(Exception, match="tidak boleh"):
            refused.execute(REFUSED_EDIT[name])
    finally:
        refused.rollback()
        refused.close()

    with attacker(path) as conn:
        for statement in _never_holding(conn, name):
            conn.execute(statement)
        assert conn.execute(REFUSED_EDIT[name]).rowcount >= 1  # the attack works

    problems = _trigger_problems(path)  # this one, by name, and no other
    assert len(problems) == 1, problems
    assert problems[0].startswith(
        f"Pemicu pelindung diubah atau dimatikan (tidak lagi menolak): {name}. "), problems


def test_renames_made_by_the_database_itself_are_no_false_alarm(db):
    """``ALTER TABLE … RENAME`` there and back (a table, a column, a table's case): SQLite
    rewrites the triggers' text (quotes, case), the server keeps its own catalogue; either
    way every trigger still guards the same thing, and nothing is reported."""
    sql(db,
        "ALTER TABLE year_closes RENAME TO tutup_lama",
        "ALTER TABLE tutup_lama RENAME TO year_closes",
        "ALTER TABLE shu_distributions RENAME TO shu_lama",
        "ALTER TABLE shu_lama RENAME TO shu_distributions",
        "ALTER TABLE shu_distributions RENAME COLUMN status TO keadaan",
        "ALTER TABLE shu_distributions RENAME COLUMN keadaan TO status",
        "ALTER TABLE journal_lines RENAME TO baris_lama",
        "ALTER TABLE baris_lama RENAME TO Journal_Lines")
    if not on_server(db):  # the file's text did change: quotes and case
        texts = dict(RawConnection(db).execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        assert 'ON "year_closes"' in texts["trg_year_closes_no_update"]
        assert 'ON "Journal_Lines"' in texts["trg_journal_lines_no_update"]
    assert _trigger_problems(db) == []


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_copies_and_backups_there_and_back_are_no_false_alarm(db_engine, demo_template, tmp_path,
                                                              monkeypatch):
    """``kamura copy`` file → server → file, a server backup restored with pg_dump and
    pg_restore, and a file backup restored: every trigger of each result is still exactly
    what the migrations create.

    The file → server copy is the one the run already makes of the demo for every test of
    the demo on the server (tests/pg.py demo_database: ``server_copy.copy_database`` of the
    demo file into an empty database, refused unless identical, then cloned — a clone keeps
    its template's catalogue, triggers and all): its clone is checked here rather than the
    demo copied a second time (two seconds of CPU)."""
    from kamura_desktop.services import backup, server_backup, server_copy
    from kamura_desktop.services.actor import Actor
    from tests import pg

    server = pg.demo_database(demo_template)  # the demo copied file → server (identical)
    try:
        demo = sqlite3.connect(f"file:{demo_template}?mode=ro&immutable=1", uri=True)
        try:  # (the run's own demo file: read without a lock or a journal of any kind)
            entries = demo.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
        finally:
            demo.close()
        assert one(server, "SELECT COUNT(*) FROM journal_entries")[0] == entries > 1_000
        assert _trigger_problems(server) == []
        back = tmp_path / "kembali.sqlite"
        assert server_copy.copy_database(server, back).identical
        assert _trigger_problems(back) == []

        monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
        books = open_books(server)
        try:
            dump = server_backup.backup(books, actor=Actor.system(), to=tmp_path / "k.dump").path
            server_backup.restore(books, actor=Actor.system(), source=dump)
        finally:
            books.close()
        assert _trigger_problems(server) == []
    finally:
        pg.drop_database(server)

    books = open_books(back)
    try:
        copy = backup.backup_database(books, actor=Actor.system(),
                                      to=tmp_path / "cadangan" / "k.sqlite").value.path
    finally:
        books.close()
    backup.restore_database(back, source=copy, actor=Actor.system(),
                            backup_dir=tmp_path / "aman")
    assert _trigger_problems(back) == []
    # and the file dumped to SQL text and read back into a new file (sqlite3's .dump)
    dumped = tmp_path / "dari-dump.sqlite"
    source, target = sqlite3.connect(back), sqlite3.connect(dumped)
    try:
        target.executescript("\n".join(source.iterdump()))
    finally:
        source.close()
        target.close()
    assert len(trigger_names(dumped)) == 34 and _trigger_problems(dumped) == []


# ---------------------------------------------------------------- the migration

def test_the_migration_fills_the_chain_of_an_older_file(tmp_path, fast_passwords):
    """A file at revision 0010 (before tamper evidence) with users, postings and audit rows:
    upgrading it fills every chain, and it checks clean; an edit of an old row is then seen."""
    path = tmp_path / "lama.sqlite"
    path.touch()
    old = Database(path=path, engine=make_engine(path))
    upgrade(old, "0010")
    old.close()
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO users (id, username, full_name, role, password_hash, active, failed_attempts,
                           created_at)
        VALUES (1, 'admin', 'Admin Lama', 'admin', 'x', 1, 0, '2024-01-02 08:00:00.000000'),
               (2, 'petugas', 'Petugas Lama', 'petugas', 'y', 1, 0, '2024-01-02 08:00:00.000000');
        INSERT INTO accounts (id, code, name, kind, active)
        VALUES (1, '1-1100', 'Kas', 'asset', 1), (2, '3-1300', 'Modal', 'equity', 1);
        INSERT INTO journal_entries (id, number, date, description, created_at, created_by_id)
        VALUES (1, 'JU-2024-000001', '2024-01-03', 'Modal awal', '2024-01-03 09:00:00.000000', 1),
               (2, 'JU-2024-000002', '2024-01-04', 'Modal kedua', '2024-01-04 09:00:00.000000', 1);
        INSERT INTO journal_lines (entry_id, account_id, debit, credit)
        VALUES (1, 1, 500000, 0), (1, 2, 0, 500000), (2, 1, 250000, 0), (2, 2, 0, 250000);
        INSERT INTO audit_log (id, at, user_id, username, action, entity, summary)
        VALUES (1, '2024-01-03 09:00:00.000000', 1, 'admin', 'ledger.post', 'journal', 'a'),
               (2, '2024-01-04 09:00:00.000000', 1, 'admin', 'ledger.post', 'journal', 'b');
        INSERT INTO settings (key, value) VALUES ('backup.keep', '7');
    """)
    conn.commit()
    conn.close()

    db = open_books(path)
    db.close()
    assert one(path, "SELECT COUNT(*) FROM journal_entries WHERE row_hash IS NULL")[0] == 0
    report = integrity.check_database(path)
    assert report.ok, report.problems

    sql(path, "DROP TRIGGER trg_journal_lines_no_update",
        "UPDATE journal_lines SET debit = 400000 WHERE id = 1",
        "UPDATE journal_lines SET credit = 400000 WHERE id = 2")
    assert any("JU-2024-000001 (#1)" in p for p in integrity.check_database(path).problems)


def test_the_migration_goes_down_and_up_again(demo_copy):
    """The demo's thousands of rows taken back to 0010 (no hashes) and upgraded again: the
    migration fills every chain and the file checks clean."""
    db_path = location(demo_copy)
    db = open_books(db_path)
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
        conn.commit()
    db.close()
    assert "tamper_seals" not in table_names(db_path)
    open_books(db_path).close()
    report = integrity.check_database(db_path)
    # (the server's one note: its pages are its own business, there is no file to check)
    assert report.ok and [n for n in report.notes
                          if n != integrity.SERVER_FILE_CHECK_NOTE] == [], report
    assert one(db_path, "SELECT COUNT(*) FROM audit_log WHERE row_hash IS NULL")[0] == 0


# ---------------------------------------------------------------- concurrent writers

WRITER = r"""
import datetime as dt, sys
from kamura_desktop.services import ledger, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books
db = open_books(sys.argv[1])
if sys.argv[4:] == ["--wait"]:  # started with the others: ready, then write at the word go
    print("ready", flush=True)
    sys.stdin.readline()
actor = Actor(3, "bendahara", "Uji Bendahara", "bendahara")
for k in range(int(sys.argv[2])):
    ledger.post_journal_entry(db, actor=actor, on_date=dt.date(2024, 5, 1),
        description=f"Setoran {sys.argv[3]}-{k}",
        lines=[Line("1101", debit=1000 + k), Line("4101", credit=1000 + k)])
db.close()
"""


class InProcessWriters:
    """Writers of :data:`WRITER` run as threads of this process on its own open books (as
    the program's background tasks write): beside one writer process, the other writers
    prove nothing more as processes of their own (each would import the program again,
    about a second of CPU) — every writer has its own connection and transactions either way.
    """

    def __init__(self, path: str, count: int, tags: list[str],
                 go: threading.Event | None = None) -> None:
        self.books = open_books(path)
        self.errors: list[BaseException] = []
        actor = Actor(3, "bendahara", "Uji Bendahara", "bendahara")

        def write(tag: str) -> None:
            try:
                if go is not None:
                    go.wait(timeout=300)
                for k in range(count):
                    ledger.post_journal_entry(
                        self.books, actor=actor, on_date=dt.date(2024, 5, 1),
                        description=f"Setoran {tag}-{k}",
                        lines=[Line("1101", debit=1000 + k), Line("4101", credit=1000 + k)])
            except BaseException as exc:  # noqa: BLE001 - asserted by join()
                self.errors.append(exc)

        self.threads = [threading.Thread(target=write, args=(tag,)) for tag in tags]
        for t in self.threads:
            t.start()

    def alive(self) -> bool:
        return any(t.is_alive() for t in self.threads)

    def join(self) -> None:
        for t in self.threads:
            t.join(timeout=300)
        self.books.close()
        assert not self.alive() and self.errors == [], self.errors


def test_concurrent_writers_never_fork_the_chain(db, actors, tmp_path):
    """Four writers at once, 40 entries each: one a program of its own (a real process),
    three the background writers of this one."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    before = ledger.count_entries(db)
    path = location(db)
    db.close()
    procs = [subprocess.Popen([sys.executable, str(script), path, "40", "0"],
                              stderr=subprocess.PIPE, text=True)]
    here = InProcessWriters(path, 40, ["1", "2", "3"])
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    here.join()
    assert one(path, "SELECT COUNT(*) FROM journal_entries")[0] == before + 160
    # no two rows share a predecessor: one chain, no fork
    assert one(path, "SELECT COUNT(DISTINCT row_hash) FROM journal_entries")[0] == before + 160
    report = integrity.check_database(path)
    assert report.ok, report.problems


def test_the_role_attack_through_the_cli_is_refused(demo_copy):
    """The attack as found: petugas raised to admin with a SQLite tool, then
    ``kamura reopen-year --user petugas``. The login refuses it; nothing is reopened."""
    from kamura_desktop.demo import DEMO_USERS

    clerk = next(u for u in DEMO_USERS if u.role == "petugas")
    demo_copy = location(demo_copy)
    sql(demo_copy, f"UPDATE users SET role = 'admin' WHERE username = '{clerk.username}'")
    closed_before = one(demo_copy, "SELECT value FROM settings WHERE key = 'books.closed_through'")
    proc = kamura("reopen-year", "--year", "2024", "--reason", "coba", "--user", clerk.username,
                  "--db", demo_copy, env={"KAMURA_PASSWORD": clerk.password})
    assert proc.returncode != 0
    out = proc.stdout + proc.stderr
    assert "diubah di luar Kamura" in out and "kamura check" in out, out
    assert one(demo_copy, "SELECT value FROM settings WHERE key = 'books.closed_through'") == closed_before
    assert one(demo_copy, "SELECT COUNT(*) FROM audit_log WHERE action = 'login.tampered'")[0] == 1


@pytest.mark.sqlite_only(reason="a server database is never resealed by a PC without its key: "
                                "the key comes at an admin's login (tests/services/"
                                "test_server_two_pcs.py, test_seal_key_wraps.py)")
def test_on_a_pc_without_the_key_the_chain_still_checks_and_the_file_is_resealed(
        demo_copy, tmp_path, monkeypatch):
    """A backup restored on a new PC: the key file stayed on the old one. The check says so
    (a note, not a problem) and still verifies every hash; opening the file there seals it
    with a new key, and the audit log says so."""
    demo_copy = location(demo_copy)
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "pc-baru"))
    report = integrity.check_database(demo_copy)
    assert report.ok, report.problems
    assert any("Kunci segel" in n for n in report.notes)
    old_id = one(demo_copy, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]

    open_books(demo_copy).close()
    new_id = one(demo_copy, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
    assert new_id != old_id and (tmp_path / "pc-baru" / "kunci" / f"{new_id}.key").is_file()
    summary = one(demo_copy, "SELECT summary FROM audit_log WHERE action = 'database.reseal'")[0]
    assert old_id in summary and new_id in summary
    report = integrity.check_database(demo_copy)
    assert report.ok and not any("Kunci segel" in n for n in report.notes), report


@pytest.mark.parametrize("edit", [
    ("UPDATE users SET role = 'admin' WHERE username = 'petugas'",),
    ("PRAGMA foreign_keys = OFF", "DROP TRIGGER trg_journal_lines_no_delete",
     "DROP TRIGGER trg_journal_entries_no_delete",
     "DELETE FROM journal_lines WHERE entry_id = (SELECT MAX(id) FROM journal_entries)",
     "DELETE FROM journal_entries WHERE id = (SELECT MAX(id) FROM journal_entries)"),
], ids=["role", "cut-tail"])
def test_a_file_edited_where_the_key_is_missing_is_not_resealed(demo_copy, tmp_path, monkeypatch,
                                                                 edit):
    demo_copy = location(demo_copy)
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "pc-baru"))
    sql(demo_copy, *edit)
    old_id = one(demo_copy, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
    open_books(demo_copy).close()
    assert one(demo_copy, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0] == old_id
    assert not integrity.check_database(demo_copy).ok


def test_the_key_file_is_readable_by_the_user_only(db):
    from kamura_desktop.services import tamper

    file_id = one(db, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
    path = tamper.key_path(file_id)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert len(bytes.fromhex(path.read_text())) == 32


def test_checks_while_others_write_raise_no_false_alarm(db, actors, tmp_path):
    """Rows and seals are read on one snapshot: a write committed in between must never look
    like a moved seal. Two writers (a process of its own and a background writer of this one)
    post while this process checks again and again.

    Both writers start writing at one word, once the process has started and opened the
    books, and the checks start with them: no check is spent while the process is still
    importing the program (a second of CPU per engine that raced with one writer or none).
    The writes are as many as before. With the one snapshot taken out of the check (no BEGIN
    on the file, every statement its own snapshot on the server) this form fails on
    PostgreSQL 2 runs of 2, as the form before it did (2 of 2); on SQLite neither form saw
    the race in 2 runs each (the second look hides it there) — the deterministic test below
    fails on SQLite."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    path = location(db)
    db.close()
    procs = [subprocess.Popen([sys.executable, str(script), path, "60", "0", "--wait"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)]
    go = threading.Event()
    here = InProcessWriters(path, 60, ["1"], go)  # the second writer: InProcessWriters says why
    for p in procs:
        assert p.stdout.readline() == "ready\n", p.stderr.read()
        p.stdin.write("go\n")
        p.stdin.flush()
    go.set()
    checks, alarms = 0, []
    while any(p.poll() is None for p in procs) or here.alive() or checks < 5:
        report = integrity.check_database(path)
        checks += 1
        alarms += report.problems
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    here.join()
    assert checks >= 5 and alarms == [], (checks, alarms[:3])


def test_a_write_between_two_reads_of_the_check_is_not_an_alarm(db, actors):
    """Deterministic form of the above: a write is committed exactly between the check's read
    of the seals and its read of the journal's last row."""
    from kamura_desktop.services import tamper

    def post():
        ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 5, 2),
                                  description="Setoran di tengah pemeriksaan",
                                  lines=[Line("1101", debit=500), Line("4101", credit=500)])

    post()
    wrote = []

    def before(statement: str) -> None:
        if not wrote and statement.startswith("SELECT id, row_hash FROM journal_entries"):
            wrote.append(statement)
            post()  # another connection commits here

    with check_connection(db, before) as conn:
        findings = tamper.check(conn)
    assert wrote
    assert findings.problems == []
    assert ledger.count_entries(db) == 2  # the write in the middle was committed


@pytest.mark.sqlite_only(reason=WRONG_KINDS)
def test_values_of_the_wrong_kind_get_a_message_not_a_traceback(db, actors):
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 5, 2),
                              description="Setoran", lines=[Line("1101", debit=500),
                                                            Line("4101", credit=500)])
    sql(db.path, "DROP TRIGGER trg_journal_lines_no_update", "DROP TRIGGER trg_audit_log_no_update",
        "UPDATE journal_lines SET memo = x'00ff' WHERE id = (SELECT MIN(id) FROM journal_lines)",
        "UPDATE audit_log SET summary = x'01' WHERE id = (SELECT MAX(id) FROM audit_log)")
    problems = integrity.check_database(db.path).problems
    assert any(p.startswith("Rantai jurnal") for p in problems), problems
    assert any(p.startswith("Rantai catatan audit") for p in problems), problems
    sql(db.path, "PRAGMA foreign_keys = OFF", "UPDATE journal_lines SET entry_id = 'abc' "
        "WHERE id = (SELECT MAX(id) FROM journal_lines)")
    problems = integrity.check_database(db.path).problems
    assert any("berkas diubah di luar Kamura" in p for p in problems), problems
