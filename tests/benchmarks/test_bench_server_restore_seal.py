"""What reading a server dump's seal adds to a restore (issue 16: a ``.dump`` sealed with a
key this PC lacks is decided on before anything is replaced): ``pg_restore --data-only`` of
the seal, the wraps and the users to standard output, parsed (``server_backup._dump_seal``),
beside the ``pg_restore --list`` the restore already ran and the whole restore of the same
dump. The demo cooperative on the test server (tests/pg.py), its dump made once.

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_server_restore_seal.py --benchmark-enable
-n 0``.

Measured on the shared 2-core development machine, 7 December 2026 (medians):

=============================================  ========
reading the dump's seal (new)                    4,3 ms
``pg_restore --list`` (already there)            4,0 ms
the whole restore (``server_backup.restore``)    488 ms
=============================================  ========

So the decision costs about 1 % of a restore of the demo. When the key comes from the
admin's wrap, one argon2id derivation at the password hasher's cost is added (the same as
an admin's login that opens a wrap: tests/benchmarks/test_bench_seal_key.py).
"""

from __future__ import annotations

import subprocess

import pytest

from kamura_desktop.services import server_backup, users
from kamura_desktop.services.setup import open_books
from tests import pg


@pytest.fixture
def demo_dump(demo_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    books = open_books(demo_copy)
    try:
        server_backup.dump(books, tmp_path / "demo.dump")
    finally:
        books.close()
    return demo_copy, tmp_path / "demo.dump"


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_reading_the_dumps_seal(benchmark, db_engine, demo_dump):
    _where, dump = demo_dump
    tool = server_backup.find_tool("pg_restore")
    seal = benchmark.pedantic(server_backup._dump_seal, args=(tool, dump), rounds=10,
                              warmup_rounds=1)
    assert seal.file_id and seal.users_seal is not None and seal.admins


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_listing_the_dump(benchmark, db_engine, demo_dump):
    _where, dump = demo_dump
    tool = server_backup.find_tool("pg_restore")
    benchmark.pedantic(subprocess.run, args=([tool, "--list", str(dump)],),
                       kwargs={"capture_output": True, "stdin": subprocess.DEVNULL},
                       rounds=10, warmup_rounds=1)


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_the_whole_restore(benchmark, db_engine, demo_dump):
    where, dump = demo_dump
    books = open_books(where)
    try:
        admin = users.authenticate(books, "admin", _demo_password("admin"))

        def restore():
            server_backup.restore(books, actor=admin, source=dump)

        benchmark.pedantic(restore, rounds=3)
    finally:
        books.close()


def _demo_password(username: str) -> str:
    from kamura_desktop.demo import DEMO_USERS

    return next(u.password for u in DEMO_USERS if u.username == username)
