"""What one keystroke of the member search asks the database (issue 16: < 50 ms at 20.000
members on both engines): the page with its balances in one statement, the matches counted
only when that page is full, and the totals exact at every edge of a page."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from sqlalchemy import event

from kamura_desktop.services import membership, savings
from kamura_desktop.services.membership import MemberFilter
from tests.helpers_books import prepared

from .test_membership import make_nik, register

JOINED = dt.date(2024, 1, 1)
AS_OF = dt.date(2024, 6, 30)
SITI = ("Siti Aminah", "Siti Aisyah", "Siti Romlah")
OTHERS = ("Asep Saepudin", "Cucu Sumiati", "Dede Rohman", "Euis Rohaeti", "Ujang Hidayat")


@prepared
def eight(db, actors):
    """Eight members (three named Siti); each pays pokok and a different sukarela (built once
    per run, each test its own copy: tests/helpers_books.py)."""
    ids = {}
    for i, name in enumerate(SITI + OTHERS, start=1):
        female = name.startswith(("Siti", "Cucu", "Euis"))
        m = register(db, actors["petugas"], name=name, sex="P" if female else "L",
                     nik=make_nik(10 + i, 6, 80, i, female=female), birth_date=None,
                     joined_on=JOINED).member
        savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok",
                               amount=50_000, on_date=JOINED)
        savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="sukarela",
                               amount=10_000 * i, on_date=dt.date(2024, 2, 1))
        ids[name] = m.id
    return ids


@contextlib.contextmanager
def statements(db):
    """The queries (SELECTs) sent while the block runs; the transaction's own statements
    (BEGIN, PostgreSQL's SET TRANSACTION …) left out."""
    sent: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def counts(sent: list[str]) -> list[str]:
    return [s for s in sent if s.upper().startswith("SELECT COUNT(")]


def test_a_page_that_is_not_full_is_one_statement_with_its_balances(db, eight):
    with statements(db) as sent:
        page = membership.list_members(db, MemberFilter(query="siti"), as_of=AS_OF)
    assert [r.name for r in page.rows] == list(SITI) and page.total == 3
    assert [(r.pokok, r.sukarela) for r in page.rows] == [(50_000, 10_000), (50_000, 20_000),
                                                          (50_000, 30_000)]
    # wajib Jan–Jun 2024 at Rp10.000, none paid
    assert [r.wajib_arrears for r in page.rows] == [60_000] * 3
    assert not counts(sent), sent  # three rows on a page of 50: nothing to count
    members_reads = [s for s in sent if "FROM members" in s]
    assert len(members_reads) == 1 and "savings_transactions" in members_reads[0], sent
    # the whole statement list: the wajib rates and the page
    assert len(sent) == 2, sent


def test_a_full_page_counts_the_matches(db, eight):
    with statements(db) as sent:
        page = membership.list_members(db, MemberFilter(query="a"), limit=2, as_of=AS_OF)
    # every member's search text holds an "a" (the trade "Pengolahan ikan pindang")
    assert page.total == 8 and [r.name for r in page.rows] == ["Siti Aminah", "Siti Aisyah"]
    assert len(counts(sent)) == 1


@pytest.mark.parametrize(("offset", "limit", "names", "total"), [
    (0, 3, list(SITI), 3),        # exactly full: counted, three
    (2, 2, ["Siti Romlah"], 3),   # the last page, not full
    (3, 2, [], 3),                # past the end: counted
    (0, 0, [], 3),                # the CLI's "how many" (limit 0)
    (0, None, list(SITI), 3),     # everything
    (1, None, list(SITI[1:]), 3),
])
def test_the_total_is_exact_at_every_edge_of_a_page(db, eight, offset, limit, names, total):
    page = membership.list_members(db, MemberFilter(query="siti"), offset=offset, limit=limit)
    assert [r.name for r in page.rows] == names
    assert page.total == total and page.offset == offset


def test_nobody_found_is_zero_without_a_count(db, eight):
    with statements(db) as sent:
        page = membership.list_members(db, MemberFilter(query="zzz"))
    assert page.rows == () and page.total == 0
    assert not counts(sent)


@pytest.mark.parametrize(("sort", "descending", "first"), [
    ("number", True, "Ujang Hidayat"),
    ("name", False, "Asep Saepudin"),
    ("name", True, "Ujang Hidayat"),
    ("joined_on", False, "Siti Aminah"),  # same day for all: by id
])
def test_the_page_keeps_the_sort_with_its_balances(db, eight, sort, descending, first):
    page = membership.list_members(db, sort=sort, descending=descending, limit=3, as_of=AS_OF)
    assert page.rows[0].name == first and page.total == 8
    by_name = {r.name: r for r in membership.list_members(db, limit=None, as_of=AS_OF).rows}
    for r in page.rows:  # each row's balances are its own, whatever the order
        assert r.sukarela == by_name[r.name].sukarela == 10_000 * (1 + (SITI + OTHERS).index(r.name))
        assert r.pokok == 50_000


def test_a_sukarela_over_two_billion_comes_back_whole(db, eight, actors):
    """The page's sums are BIGINT on both engines (a Decimal or a 32-bit cut would show)."""
    savings.record_deposit(db, actor=actors["petugas"], member_id=eight["Dede Rohman"],
                           kind="sukarela", amount=3_000_000_000, on_date=dt.date(2024, 3, 1))
    [row] = membership.list_members(db, MemberFilter(query="dede")).rows
    assert row.sukarela == 3_000_060_000 and type(row.sukarela) is int


@pytest.mark.sqlite_only(reason="SQLite's query plan: PostgreSQL's planner reads the table")
def test_sqlite_counts_and_walks_the_page_from_the_search_index(db, eight):
    where = "search_text LIKE '%siti%'"
    with db.engine.connect() as conn:
        count_plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT count(id) FROM members WHERE {where}"))
        page_plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT id, name FROM members WHERE {where} "
            "ORDER BY number LIMIT 50"))
    assert "COVERING INDEX ix_members_number_search" in count_plan
    assert "ix_members_number_search" in page_plan and "TEMP B-TREE" not in page_plan


# ---------------------------------------------------------------- accents (issue 16)

def test_the_search_is_blind_to_accents_and_case_the_same_on_both_engines(db, actors):
    """"jose" finds "José", "NONO" finds "Ñoño" and "josé" finds "Jose": the search text and
    the typed words are folded the same way in Python (domain/text.search_fold), so SQLite
    and PostgreSQL find the same members."""
    jose = register(db, actors["petugas"], name="José Ñoño", nik=make_nik(1, 2, 80, 1),
                    birth_date=None, joined_on=JOINED, kampung="Cibeureum").member
    plain = register(db, actors["petugas"], name="Jose Hidayat", nik=make_nik(2, 2, 80, 2),
                     birth_date=None, joined_on=JOINED, kampung="Cibeureum").member

    def found(query: str) -> list[int]:
        return [r.id for r in membership.list_members(db, MemberFilter(query=query)).rows]

    assert sorted(found("jose")) == sorted([jose.id, plain.id])
    assert sorted(found("JOSÉ")) == sorted([jose.id, plain.id])
    assert found("nono") == [jose.id]
    assert found("ÑOÑO") == [jose.id]
    assert found("jose hidayat") == [plain.id]
    assert found("jose\u0301 n\u0303ono") == [jose.id]  # accents typed as combining marks
    # the name itself is kept as written
    assert membership.list_members(db, MemberFilter(query="nono")).rows[0].name == "José Ñoño"


def test_the_migration_folds_the_search_text_already_there(tmp_path):
    """Members registered before 0019 kept "josé" lower-cased only: the upgrade folds it, so
    an office that upgrades finds them by "jose" at once (a SQLite file upgraded from 0018;
    the same migration runs on the server — every test db there is migrated by it)."""
    import sqlite3

    from kamura_desktop.db import database
    from tests.helpers_files import file_at_revision

    path = file_at_revision(tmp_path / "lama.sqlite", "0018")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO members (number, nik, name, sex, joined_on, ktp_on_file, "
                 "kk_on_file, poor_family, status, search_text, created_at, updated_at) VALUES "
                 "('KMR-0001', '3217014103850001', 'José Ñoño', 'L', '2024-01-01', 0, 0, 0, "
                 "'active', 'kmr-0001 josé ñoño 3217014103850001', '2024-01-01 00:00:00', "
                 "'2024-01-01 00:00:00')")
    conn.commit()
    conn.close()
    db = database.open_database(path)
    try:
        assert [r.name for r in membership.list_members(db, MemberFilter(query="jose nono")).rows] \
            == ["José Ñoño"]
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT search_text FROM members").fetchone() == (
            "kmr-0001 jose nono 3217014103850001",)
    finally:
        conn.close()
