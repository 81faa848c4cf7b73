"""The demo cooperative (``read_demo``) or new, seeded books (``read_empty``) opened once per
test module and engine, for the tests that only read them (issue 20: each such test copied the
file — or cloned it on the PostgreSQL server — and opened it again). A test that writes keeps
the `demo_db` / `db` fixture (its own copy). At the module's end the shared books must hold
as many audit rows and ledger lines as when they were opened.

A module uses it by importing both fixtures::

    from tests.services import shared_demo

    read_demo = shared_demo.read_demo
    read_demo_books = shared_demo.read_demo_books

(``read_empty`` likewise, with the same ``read_demo_books``). Both ask for ``db_engine``, so
their tests run on both engines like `demo_db`'s and `db`'s."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from kamura_desktop.services.setup import open_books
from tests.helpers_files import copy_books

#: every write of the services leaves an audit row (and every money movement ledger lines):
#: the shared demo must end the module with as many as it began with
WRITTEN = "SELECT (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM journal_lines)"


def _written(database) -> tuple[int, int]:
    with database.read() as s:
        return tuple(s.execute(text(WRITTEN)).one())


@pytest.fixture(scope="module")
def read_demo_books(tmp_path_factory):
    """(books, engine) -> (the opened books, where they are, their audit and ledger rows) of
    this module; checked unwritten, closed (and a server database dropped) when the module's
    tests are done."""
    opened: dict[tuple[str, str], tuple] = {}
    yield opened
    for (kind, engine), (database, location, at_open) in opened.items():
        try:
            assert _written(database) == at_open, f"a test wrote to the shared {kind} ({engine})"
        finally:
            database.close()
            if engine == "postgresql":
                from tests import pg

                pg.drop_later(location)


@pytest.fixture
def read_demo(read_demo_books, db_engine: str, demo_template, tmp_path_factory):
    """The demo (Mekarmukti) on the test's engine, shared by the module's tests: read only."""

    def make():
        if db_engine == "postgresql":
            from tests import pg

            return pg.demo_database(demo_template)
        location = tmp_path_factory.mktemp("read-demo") / "kamura-demo.sqlite"
        shutil.copyfile(demo_template, location)
        return location

    return _opened(read_demo_books, ("demo", db_engine), make)


@pytest.fixture
def read_empty(read_demo_books, db_engine: str, empty_books, tmp_path_factory):
    """New books (migrated and seeded: the chart, the built-in scales and instruments) on the
    test's engine, shared by the module's tests: read only."""

    def make():
        if db_engine == "postgresql":
            from tests import pg

            return pg.new_database()
        location = tmp_path_factory.mktemp("read-empty") / "kamura.sqlite"
        return copy_books(empty_books(location.name), location)

    return _opened(read_demo_books, ("empty", db_engine), make)


def _opened(opened: dict, key: tuple[str, str], make):
    if key not in opened:
        location = make()
        database = open_books(location)
        opened[key] = (database, location, _written(database))
    return opened[key][0]
