"""What sharing the seal key through the admins' wraps costs at a login (issue 16), with the
production password hasher (argon2id, the same parameters derive the wraps' keys): a clerk's
login (the password checked: unchanged), an admin's login whose wrap is in place (the
password checked, and the wrap opened to see it still holds this PC's key), and an admin's
login that wraps the key (none yet: the first login after the upgrade).

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_seal_key.py --benchmark-enable``.

Measured on the shared 2-core development machine, 7 December 2026 (medians of 10, SQLite):

==========================================  ========
a clerk's login                             134 ms
an admin's login, wrap in place             157 ms
an admin's login that wraps the key         332 ms
==========================================  ========

A first version opened the wrap at every admin login to see it still held the key (one more
argon2 derivation): 538 ms. The wrap's MAC with the key (``seal_key_wraps.mac``) tells the
same without deriving anything.
"""

from __future__ import annotations

import pytest

from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor
from tests.helpers_rawsql import edit, location

ADMIN = ("admin", "admin-sandi-panjang1")
CLERK = ("petugas", "petugas-sandi-panjang1")


@pytest.fixture
def office(db):
    admin = users.create_user(db, actor=Actor.system(), username=ADMIN[0], full_name="Admin",
                              role="admin", password=ADMIN[1]).value
    actor = Actor(admin.id, admin.username, admin.full_name, admin.role)
    users.create_user(db, actor=actor, username=CLERK[0], full_name="Petugas", role="petugas",
                      password=CLERK[1])
    return db


def test_clerk_login(benchmark, office):
    benchmark.pedantic(users.authenticate, args=(office, *CLERK), rounds=10, warmup_rounds=1)


def test_admin_login_wrap_in_place(benchmark, office):
    benchmark.pedantic(users.authenticate, args=(office, *ADMIN), rounds=10, warmup_rounds=1)


def test_admin_login_that_wraps_the_key(benchmark, office):
    def no_wrap():
        edit(location(office), "DELETE FROM seal_key_wraps")
        return (office, *ADMIN), {}

    benchmark.pedantic(users.authenticate, setup=no_wrap, rounds=10)
