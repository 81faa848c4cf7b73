"""Issue 20 (the suite on two cores; every start and every CLI command): opening books costs
one read where it cost a write transaction of every seeder and three connections to look
at the file — without changing what any file ends up with."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select

from kamura_desktop.db import database as database_files
from kamura_desktop.db.engine import COMPILED, WRITE_OPTION, SharedCompiledCache
from kamura_desktop.db.models.core import Account, Sequence
from kamura_desktop.db.models.credit import CreditProduct
from kamura_desktop.db.models.evaluation import EvalInstrument, EvalItem
from kamura_desktop.db.models.membership import WajibRate
from kamura_desktop.services import setup, wiring
from kamura_desktop.services.setup import open_books

from .closed_file import closed_file


@contextlib.contextmanager
def transactions_begun():
    """Every transaction any engine begins meanwhile: "write" or "read"."""
    begun: list[str] = []

    def on_begin(conn) -> None:
        begun.append("write" if conn.get_execution_options().get(WRITE_OPTION) else "read")

    event.listen(Engine, "begin", on_begin)
    try:
        yield begun
    finally:
        event.remove(Engine, "begin", on_begin)


def _seeded(db) -> dict[str, object]:
    """What the seeders put in a file, as values."""
    with db.read() as s:
        return {
            "accounts": sorted(s.execute(select(Account.code, Account.name, Account.kind))),
            "wajib": sorted(s.execute(select(WajibRate.effective_from, WajibRate.amount))),
            "products": sorted(s.scalars(select(CreditProduct.code))),
            "instruments": sorted(s.scalars(select(EvalInstrument.code))),
            "items": s.scalar(select(EvalItem.id).limit(1)) is not None,
        }


def test_an_open_of_books_with_every_default_writes_nothing(db_location):
    """Before: every open ran every seeder in a write transaction (BEGIN IMMEDIATE, the
    server's write lock). Now the second open of the same books begins no write at all and
    reads once for the defaults."""
    open_books(db_location).close()  # the file is created (or the server clone seeded)
    with transactions_begun() as begun:
        db = open_books(db_location)
        try:
            assert "write" not in begun
            assert setup.defaults_in_place(db)
            seeded = _seeded(db)
        finally:
            db.close()
    assert len(seeded["accounts"]) > 20 and seeded["wajib"] and seeded["items"]
    assert set(seeded["instruments"]) >= {"ksm", "upk"}


@pytest.mark.sqlite_only(reason="the defaults removed by hand with a SQLite tool")
@pytest.mark.parametrize("removed", ["wajib", "product", "instrument", "account"])
def test_a_default_removed_by_hand_is_seeded_again(tmp_path, removed):
    """No marker says "seeded": each open asks the seeders' own question, so a default that
    went missing comes back as it always did, and the books end up as a new file's."""
    path = tmp_path / "kamura.sqlite"
    db = open_books(path)
    expected = _seeded(db)
    db.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        if removed == "wajib":
            conn.execute("DELETE FROM wajib_rates")
        elif removed == "product":
            conn.execute("DELETE FROM credit_products WHERE code = ?", (expected["products"][0],))
        elif removed == "instrument":
            for table in ("eval_items", "eval_indicators"):
                conn.execute(f"DELETE FROM {table} WHERE instrument_id = "
                             "(SELECT id FROM eval_instruments WHERE code = 'upk')")
            conn.execute("DELETE FROM eval_instruments WHERE code = 'upk'")
        else:
            conn.execute("DELETE FROM accounts WHERE code = ?", (expected["accounts"][-1][0],))
    conn.close()
    db = open_books(path)
    try:
        assert _seeded(db) == expected
        assert setup.defaults_in_place(db)
    finally:
        db.close()


def test_a_seeder_without_a_question_makes_every_open_run_them_all(db_location, monkeypatch):
    """A book that adds a seeder but no "nothing missing" question is never skipped: the
    open runs every seeder, in a write, as before."""
    open_books(db_location).close()
    calls = []
    monkeypatch.setattr(wiring, "SEEDERS", (*wiring.SEEDERS, lambda s: calls.append(s)))
    with transactions_begun() as begun:
        db = open_books(db_location)
        try:
            assert not setup.defaults_in_place(db)
        finally:
            db.close()
    assert len(calls) == 1 and "write" in begun


def test_every_seeder_has_its_question():
    """Kept in step: a new seeder gets its question in setup.NOTHING_MISSING, or every open
    pays for a write again (the test above shows it stays correct either way)."""
    assert set(wiring.SEEDERS) - set(setup.NOTHING_MISSING) == {setup.tamper.ensure_seal}


@pytest.mark.sqlite_only(reason="the file's own look: SQLite's header, PRAGMA checks")
def test_the_look_at_open_answers_as_its_three_questions_did(tmp_path, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    look = database_files.look_at_file(path, quick=True)
    assert look.is_sqlite and look.problems == []
    assert look.tables == database_files._table_names(path)
    assert look.revisions == database_files.known_heads()
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert database_files.look_at_file(other).revisions is None
    text = tmp_path / "notes.sqlite"
    text.write_bytes(b"not a database at all" * 500)
    assert database_files.look_at_file(text).is_sqlite is False
    assert database_files.is_sqlite_file(text) is False
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert database_files.look_at_file(empty).is_sqlite is False


def test_engines_share_the_sql_they_compiled(db_location):
    """Books opened again (a new engine) reuse the SQL the first engine compiled (SQLAlchemy
    kept it per engine: every open compiled every statement again)."""
    query = select(Account.name).where(Account.code.in_(["1101", "2102"]), Account.active)

    def run(db):
        with db.read() as s:
            result = s.connection().execute(query)
            result.all()
            return result.context.cache_hit, result.context.dialect

    first = open_books(db_location)
    try:
        run(first)
    finally:
        first.close()
    second = open_books(db_location)
    try:
        hit, dialect = run(second)
    finally:
        second.close()
    assert hit == dialect.CACHE_HIT
    assert len(COMPILED) > 0


def test_dialects_that_differ_never_share(db_location):
    db = open_books(db_location)
    try:
        setup.defaults_in_place(db)
        dialect = db.engine.dialect
        twin = type(dialect)()
        twin.__dict__.update({k: v for k, v in vars(dialect).items()
                              if k != SharedCompiledCache._SIGNATURE})
        assert SharedCompiledCache.signature(twin) == SharedCompiledCache.signature(dialect)
        older = type(dialect)()
        older.__dict__.update({k: v for k, v in vars(dialect).items()
                               if k != SharedCompiledCache._SIGNATURE})
        older.server_version_info = (3, 7, 0)
        assert SharedCompiledCache.signature(older) != SharedCompiledCache.signature(dialect)
    finally:
        db.close()


def test_a_too_new_file_is_still_refused_from_the_look(tmp_path, empty_books):
    """The schema revisions now come from the look at open: a file of a newer program is
    refused as before, untouched."""
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(database_files.DatabaseTooNew, match="lebih baru"):
        open_books(path)
    assert Path(path).read_bytes() == before


# ---------------------------------------------------------------- settings, numbers, the check

def _two_pcs(db_location):
    open_books(db_location).close()
    return open_books(db_location), open_books(db_location)


def test_a_setting_is_read_again_in_every_transaction(db_location):
    """Another PC's change (another engine on the same books) is seen by the next
    transaction, never hidden by what an earlier one read; within one write, the value the
    transaction itself stored."""
    from kamura_desktop.services import settings
    from kamura_desktop.services.actor import Actor

    here, there = _two_pcs(db_location)
    try:
        assert settings.get_setting(here, "backup.keep") == 30  # the default: no row yet
        settings.update_settings(there, actor=Actor.system(), values={"backup.keep": 12})
        assert settings.get_setting(here, "backup.keep") == 12
        settings.update_settings(there, actor=Actor.system(), values={"backup.keep": 7})
        with here.write() as s:
            assert settings.get_value(s, "backup.keep") == 7
            assert settings.set_value(s, "backup.keep", 9) == 7
            assert settings.get_value(s, "backup.keep") == 9
            assert settings.get_value(s, "print.receipt_format") == "a6"
            assert settings.set_value(s, "print.receipt_format", "thermal_58") == "a6"
            assert settings.get_value(s, "print.receipt_format") == "thermal_58"
        assert settings.get_setting(there, "backup.keep") == 9
        assert settings.all_settings(there)["print.receipt_format"] == "thermal_58"
        try:
            with here.write() as s:
                settings.set_value(s, "backup.keep", 100)
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        with here.write() as s:  # the rolled-back value is not remembered
            assert settings.get_value(s, "backup.keep") == 9
    finally:
        here.close()
        there.close()


def test_a_setting_is_read_once_per_transaction_as_a_value(db):
    """One SELECT per key and transaction, of the stored text: no ORM row is loaded (the
    ORM get cost ~0,5 ms each, 8.600 times in the services' tests)."""
    from kamura_desktop.db.models.core import Setting
    from kamura_desktop.services import settings

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.read() as s:
            for _ in range(3):
                assert settings.get_value(s, "profile.name")
                assert settings.get_value(s, "books.closed_through") is None
            assert not [o for o in s.identity_map.values() if isinstance(o, Setting)]
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len([q for q in statements if "settings" in q]) == 2


def test_numbers_run_on_across_transactions_and_pcs(db_location):
    from kamura_desktop.services import numbering

    here, there = _two_pcs(db_location)
    try:
        with here.write() as s:
            assert numbering.next_number(s, "uji") == 1
            assert numbering.reserve_numbers(s, "uji", 3) == 2
            assert numbering.next_number(s, "uji") == 5
        with there.write() as s:
            assert numbering.next_number(s, "uji") == 6
        try:
            with here.write() as s:
                assert numbering.next_number(s, "uji") == 7
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        with here.write() as s:  # the rolled-back number is given back
            assert numbering.next_number(s, "uji", start=100) == 7
            assert numbering.next_number(s, "baru", start=100) == 100
        with there.read() as s:
            rows = dict(s.execute(select(Sequence.name, Sequence.next_value)
                                  .where(Sequence.name.in_(["uji", "baru"]))).all())
        assert rows == {"uji": 8, "baru": 101}
    finally:
        here.close()
        there.close()


@pytest.mark.sqlite_only(reason="a damaged SQLite file")
def test_a_problem_is_confirmed_by_a_second_look_at_once(tmp_path, monkeypatch, empty_books):
    """The second look reads the file on fresh connections straight away: the 0,2 s pause
    before it is gone (it cost every check that finds a problem)."""
    import time

    from kamura_desktop.services import integrity

    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    looks = []
    real = integrity._check_once
    monkeypatch.setattr(integrity, "_check_once", lambda p: looks.append(p) or real(p))
    pauses = []
    monkeypatch.setattr(time, "sleep", pauses.append)
    report = integrity.check_database(path)
    assert not report.ok and "rusak" in report.problems[0]
    assert len(looks) == 2 and pauses == []
