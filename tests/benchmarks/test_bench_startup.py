"""Start-up figures as whole processes (issue 20): ``kamura --version``/``--help`` against a
bare Python start, ``kamura members list --json`` on the demo (< 1 s), the desktop from
process start to the main window shown on the 20.000-member, 2.000.000-line file against a
bare PySide6 window in the same run, and the check at open (quick after a clean close, full
after an unclean one) on that file.

The processes keep their compiled bytecode (in a folder of the temp dir, whatever
PYTHONDONTWRITEBYTECODE says), as an installed program does: compiling the sources again at
every start would be a cost no office pays.

    QT_QPA_PLATFORM=offscreen pytest tests/benchmarks/test_bench_startup.py --benchmark-enable -s

Each figure and its ratio is printed and kept in the benchmark's extra_info.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kamura_desktop.db import database, tamper_rows
from kamura_desktop.services.setup import open_books

from .books_data import BENDAHARA, cached_books_file
from .run_folder import bench_env

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("startup_probe.py")
#: every process started here: the run's data folder named (the file's seal key is there)
ENV = bench_env({k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "kamura-bench-pycache"))


def wall(args: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env or ENV, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - start


def probe(*args: str) -> dict:
    env = {**ENV, "KAMURA_PROBE_T0": repr(time.time())}
    out = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True,
                         text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def big_books(tmp_path_factory):
    """A copy of the 20.000-member, 2.000.000-line file as the office has it: its hash chains
    filled (the builder writes the rows with bare SQL), sealed with this PC's key (the run's
    data folder) and cleanly closed once, as every evening; and the bendahara's login.
    Without the chains and the key every open would first verify 850.000 chained entries to
    try to reseal the file (tens of seconds), which no office file does."""
    path = tmp_path_factory.mktemp("start") / "kamura.sqlite"
    shutil.copyfile(cached_books_file(), path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        tamper_rows.fill_chains(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    open_books(path).close()  # sealed with this PC's key
    db = open_books(path)
    assert db.opening_check == "quick"
    db.close()
    return (path, *BENDAHARA)


@pytest.mark.parametrize("argv", [["--version"], ["--help"]], ids=["version", "help"])
def test_kamura_version_and_help(benchmark, argv):
    bare = min(wall([sys.executable, "-c", "pass"]) for _ in range(3))
    seconds = benchmark.pedantic(
        lambda: wall([sys.executable, "-m", "kamura_desktop.cli.main", *argv]),
        rounds=5, iterations=1)
    best = benchmark.stats.stats.min
    benchmark.extra_info.update(bare_python_s=bare, ratio=best / bare)
    print(f"\nkamura {argv[0]}: {best:.3f} s (bare Python {bare:.3f} s, {best / bare:.1f}×)")
    assert seconds > 0


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo cooperative with the program's own password hashing (the test suite's demo
    uses a fast hasher, which would make the login look cheaper than it is)."""
    from kamura_desktop.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "kamura-demo.sqlite"
    create_demo(path).close()
    return path


def test_members_list_json_on_the_demo(benchmark, demo_file):
    """Issue 20: ``kamura members list --json`` on the demo in under a second, as a whole
    process (open the books, log in, list the members with their balances, print)."""
    argv = [sys.executable, "-m", "kamura_desktop.cli.main", "members", "list", "--json",
            "--db", str(demo_file), "--user", "petugas"]
    env = {**ENV, "KAMURA_PASSWORD": "petugas123"}
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=True, timeout=300)
    members = json.loads(out.stdout)
    assert len(members) >= 40 and all(m["number"].startswith("KMR-") for m in members)
    bare = min(wall([sys.executable, "-c", "pass"]) for _ in range(3))
    benchmark.pedantic(lambda: wall(argv, env), rounds=5, iterations=1)
    best = benchmark.stats.stats.min
    benchmark.extra_info.update(bare_python_s=bare, ratio=best / bare, members=len(members))
    print(f"\nkamura members list --json on the demo ({len(members)} members): {best:.3f} s "
          f"(bare Python {bare:.3f} s, {best / bare:.1f}×)")


def test_open_check_quick_after_clean_close_and_full_after_crash(benchmark, big_books):
    path, _user, _password = big_books

    def quick():
        db = open_books(path)
        assert db.opening_check == "quick"
        db.close()

    benchmark.pedantic(quick, rounds=3, iterations=1)
    quick_s = benchmark.stats.stats.min
    start = time.perf_counter()
    problems = database.integrity_problems(path)
    full_s = time.perf_counter() - start
    assert problems == []
    benchmark.extra_info.update(full_integrity_check_s=full_s, quick_open_s=quick_s)
    print(f"\nopen after clean close {quick_s:.2f} s; full integrity_check alone {full_s:.2f} s")


def test_desktop_start_to_main_window(benchmark, big_books):
    path, user, password = big_books
    bares = [probe("bare") for _ in range(3)]
    bare = min(b["shown"] for b in bares)
    bare_cpu = min(b["shown_cpu"] for b in bares)
    runs = []

    def start():
        marks = probe("kamura", str(path), user, password)
        runs.append(marks)
        return marks

    benchmark.pedantic(start, rounds=3, iterations=1)
    best = min(runs, key=lambda m: m["shown"])
    least_cpu = min(m["shown_cpu"] for m in runs)
    benchmark.extra_info.update(bare_pyside6_window_s=bare, ratio=best["shown"] / bare,
                                bare_pyside6_window_cpu_s=bare_cpu,
                                least_cpu_s=least_cpu, cpu_ratio=least_cpu / bare_cpu, **best)
    print(f"\ndesktop start on the 20.000-member file: {best} (bare PySide6 window {bare:.2f} s, "
          f"{best['shown'] / bare:.1f}×; CPU {least_cpu:.2f} s against {bare_cpu:.2f} s, "
          f"{least_cpu / bare_cpu:.1f}×; load {os.getloadavg()[0]:.1f})")
    assert best["check"] == "quick"
