"""Backup, encrypted backup and restore of the big membership book (20.000 members,
400.000 savings rows with their journal entries; ``conftest.big_db``).

The restore figure is the whole restore: the backup copied into the work area and checked
whole (integrity, ledger, savings = ledger), then swapped in under one write lock. The
"held" figure is how long other programs wait for it: from the safety copy to the commit.

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_backup.py --benchmark-enable``.
"""

from __future__ import annotations

import time

import pytest

from kamura_desktop.services import backup
from kamura_desktop.services.actor import Actor

SYSTEM = Actor.system()
PHRASE = "padi-menguning-2024"


@pytest.fixture(scope="module")
def plain_copy(big_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("cadangan") / "besar.sqlite"
    backup.backup_database(big_db, actor=SYSTEM, to=path)
    return path


def test_encrypted_backup(benchmark, big_db, tmp_path):
    target = tmp_path / "besar.sqlite.enc"
    info = benchmark.pedantic(
        lambda: backup.backup_database(big_db, actor=SYSTEM, to=target, passphrase=PHRASE).value,
        rounds=2, iterations=1)
    assert info.encrypted and info.size_bytes > 10_000_000


def test_restore_of_the_big_book(benchmark, big_db, plain_copy, tmp_path, monkeypatch):
    target = tmp_path / "kantor" / "kamura.sqlite"
    backup.backup_database(big_db, actor=SYSTEM, to=target)  # the current books
    held: list[float] = []
    real = backup._replace_contents

    def timed(lock):
        start = time.perf_counter()
        real(lock)
        held.append(time.perf_counter() - start)

    monkeypatch.setattr(backup, "_replace_contents", timed)
    benchmark.pedantic(lambda: backup.restore_database(target, source=plain_copy, actor=SYSTEM),
                       rounds=2, iterations=1)
    benchmark.extra_info["write_lock_held_s"] = round(max(held), 2)
    print(f"\nrestore held the write lock for at most {max(held):.2f} s (replacing the tables)")
