"""Issue 20: opening the books — every start of the program, every ``kamura`` command, and
every test's ``db`` fixture (thousands per run). Figures from ``--benchmark-enable``.

Measured with a micro-benchmark of ``open_books`` (median process CPU, n=30, 2-core machine
shared by seven; the server's own CPU not counted) before → after the one-read open
(services/setup.defaults_in_place), the one-connection look (db/file_check.look_at_file)
and the compiled SQL shared by engines (db/engine.COMPILED):

=================  ===========  ==========
books              before (ms)  after (ms)
=================  ===========  ==========
SQLite, empty        11,5          5,8
SQLite, demo         20,4         11,3
PostgreSQL, empty    18,3          5,3
PostgreSQL, demo     14,3          5,6
=================  ===========  ==========
"""

from __future__ import annotations

import shutil

import pytest

from kamura_desktop.db import database as database_files
from kamura_desktop.services.setup import open_books


@pytest.fixture(params=["empty", "demo"])
def closed_books(request, tmp_path, empty_books, demo_template):
    source = empty_books("kamura.sqlite") if request.param == "empty" else demo_template
    path = tmp_path / "kamura.sqlite"
    shutil.copyfile(source, path)
    database_files.record_clean_close(path)
    database_files.record_full_check(path)
    return path


def test_open_books_closed_cleanly(benchmark, closed_books):
    """Open (quick check after the clean close, defaults in place) and close again: the
    close leaves the clean-close record the next round's open takes."""
    def open_and_close() -> str:
        db = open_books(closed_books)
        try:
            return db.opening_check
        finally:
            db.close()

    assert benchmark(open_and_close) == "quick"
