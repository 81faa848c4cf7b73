"""The demo cooperative opened once per test module and engine, for the tests that only read
it (issue 20: each such test copied the demo — or cloned it on the PostgreSQL server — and
opened it again). A test that writes to the demo keeps the `demo_db` fixture (its own copy).

A module uses it by importing both fixtures::

    from tests.services import shared_demo

    read_demo = shared_demo.read_demo
    read_demo_books = shared_demo.read_demo_books

``read_demo`` asks for ``db_engine``, so its tests run on both engines like `demo_db`'s."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from kamura_desktop.services.setup import open_books

#: every write of the services leaves an audit row (and every money movement ledger lines):
#: the shared demo must end the module with as many as it began with
WRITTEN = "SELECT (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM journal_lines)"


def _written(database) -> tuple[int, int]:
    with database.read() as s:
        return tuple(s.execute(text(WRITTEN)).one())


@pytest.fixture(scope="module")
def read_demo_books(tmp_path_factory):
    """engine -> (the opened demo, where it is, its audit and ledger rows) of this module;
    checked unwritten, closed (and a server database dropped) when the module's tests are done."""
    opened: dict[str, tuple] = {}
    yield opened
    for engine, (database, location, at_open) in opened.items():
        try:
            assert _written(database) == at_open, f"a test wrote to the shared demo ({engine})"
        finally:
            database.close()
            if engine == "postgresql":
                from tests import pg

                pg.drop_later(location)


@pytest.fixture
def read_demo(read_demo_books, db_engine: str, demo_template, tmp_path_factory):
    """The demo (Mekarmukti) on the test's engine, shared by the module's tests: read only."""
    if db_engine not in read_demo_books:
        if db_engine == "postgresql":
            from tests import pg

            location = pg.demo_database(demo_template)
        else:
            location = tmp_path_factory.mktemp("read-demo") / "kamura-demo.sqlite"
            shutil.copyfile(demo_template, location)
        database = open_books(location)
        read_demo_books[db_engine] = (database, location, _written(database))
    return read_demo_books[db_engine][0]
