"""Nothing is written outside the data folder the program is given (issue 20: tamper key
files ``kunci/<file id>.key`` kept appearing in the real ``~/.local/share/Kamura`` during
test runs and self-checks although ``KAMURA_DATA_DIR`` was set or meant to be).

Each test starts the real program as a subprocess with ``HOME`` and ``XDG_DATA_HOME`` in a
temporary folder, so the user data folder the program would fall back on is a folder this
test can look into: nothing may appear there, and a ``KAMURA_DATA_DIR`` that does not exist
is not made by a program that is not asked to keep books there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess  # noqa: F401
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers_processes import ROOT  # noqa: F401 - the folder the program runs in
from tests.helpers_processes import isolated_env as _env
from tests.helpers_processes import run as _run
from tests.helpers_processes import written as _written
from tests.plugin_demo_copy import BENCH_ROUNDS_ENV, DEMO_FILE_ENV


def test_the_self_check_leaves_no_key_in_the_user_data_folder(tmp_path):
    """``kamura --self-check`` (which runs ``kamura-desktop --self-check`` too) on a PC whose
    data folder is the real one: its temporary books are sealed with a key kept in the check's
    own temporary folder, so nothing is left in the user's data folder."""
    env, home = _env(tmp_path, None)
    done = _run([sys.executable, "-m", "kamura_desktop.cli.main", "--self-check"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "HASIL: BAIK" in done.stdout
    assert _written(home) == []


def test_the_self_check_does_not_make_a_missing_data_dir_override(self_check_on_a_missing_drive):
    # a KAMURA_DATA_DIR on a drive that is not plugged in; the run is shared with
    # tests/test_installer.py (tests/helpers_processes.py: once per test run)
    done = self_check_on_a_missing_drive
    assert done["returncode"] == 0, done["stdout"] + done["stderr"]
    assert not done["drive_made"]
    assert done["home_written"] == []


DESKTOP = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QMessageBox
    # the refusal's message box, printed instead of waiting for a click
    QMessageBox.critical = staticmethod(lambda _parent, _title, text, *a, **k: print(text))
    from kamura_desktop import app
    sys.exit(app.main(sys.argv[1:]))
""")


def test_the_desktop_refuses_a_missing_data_dir_override_and_writes_nothing(tmp_path):
    drive = tmp_path / "E"
    env, home = _env(tmp_path, drive / "Kamura")
    done = _run([sys.executable, "-c", DESKTOP], env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"Folder data {drive / 'Kamura'} tidak ditemukan" in done.stdout
    assert not drive.exists()
    assert _written(home) == []


def test_books_opened_elsewhere_keep_their_key_in_the_data_dir_override(tmp_path):
    """A file opened with ``--db`` is sealed with a key in ``KAMURA_DATA_DIR/kunci`` (an
    existing override), and the user's own data folder stays empty."""
    data = tmp_path / "data"
    data.mkdir()
    env, home = _env(tmp_path, data)
    done = _run([sys.executable, "-m", "kamura_desktop.cli.main", "init", "--db",
                 str(tmp_path / "buku" / "kamura.sqlite")], env)
    assert done.returncode == 0, done.stdout + done.stderr
    keys = list((data / "kunci").glob("*.key"))
    assert len(keys) == 1 and len(keys[0].read_text(encoding="ascii")) == 64
    assert oct((data / "kunci").stat().st_mode & 0o777) == "0o700"
    assert _written(home) == []


# ------------------------------------------------ benchmarks, their builders and their probes

BENCH = ROOT / "tests" / "benchmarks"
#: the big books of the benchmarks built by hand, small (tests/benchmarks/books_data.py)
BUILD_BOOKS = ("import sys\n"
               "from tests.benchmarks.books_data import build_big_books\n"
               "build_big_books(sys.argv[1], members=300, lines=3000)\n")


@pytest.fixture
def short_temp():
    """A temp folder with a short path: Qt puts the desktop start's single-instance socket in
    it, and a Unix socket's path may not pass 107 bytes (under the deep tmp_path the start
    refused: "sudah berjalan … tidak menjawab")."""
    temp = Path(tempfile.mkdtemp(prefix="ks-", dir="/tmp" if os.path.isdir("/tmp") else None))
    yield temp
    shutil.rmtree(temp, ignore_errors=True)


def _bench_env(tmp_path: Path, temp: Path) -> tuple[dict, Path, Path]:
    """No KAMURA_DATA_DIR, HOME in a temp folder, and a temp folder of the test's own (to see
    that the run's own data folder is removed again)."""
    env, home = _env(tmp_path, None)
    env["TMPDIR"] = str(temp)
    return env, home, temp


def test_benchmark_books_built_by_hand_and_the_startup_probe_write_nothing_there(tmp_path, short_temp):
    """The benchmarks' big books built outside a test session (``python -c`` with
    books_data) and the desktop start probe run on them: both keep the seal key in a data
    folder of their own, removed at exit; the user's data folder gets nothing (before: the
    builder's key in ``~/.local/share/Kamura/kunci``, the probe's ``Kamura`` folder)."""
    env, home, temp = _bench_env(tmp_path, short_temp)
    books = tmp_path / "buku" / "besar.sqlite"
    books.parent.mkdir()
    built = _run([sys.executable, "-c", BUILD_BOOKS, str(books)], env)
    assert built.returncode == 0, built.stdout + built.stderr
    assert _written(home) == [] and _written(temp) == []
    from tests.benchmarks.books_data import BENDAHARA

    probed = _run([sys.executable, str(BENCH / "startup_probe.py"), "kamura", str(books),
                   *BENDAHARA], {**env, "KAMURA_PROBE_T0": repr(time.time())})
    assert probed.returncode == 0, probed.stdout + probed.stderr
    marks = json.loads(probed.stdout.strip().splitlines()[-1])
    assert marks["shown"] > marks["login_shown"] > 0  # the window came up on those books
    assert _written(home) == [] and _written(temp) == []


def test_a_benchmark_run_writes_nothing_in_the_user_data_folder(tmp_path, short_temp, demo_template):
    """A benchmark session as the README runs it (``--benchmark-enable -n 0``), started
    without KAMURA_DATA_DIR: the demo it makes, and the ``kamura`` processes it times logging
    in on it, keep their keys in the run's data folder. The session makes its demo from a
    copy of this run's (tests/plugin_demo_copy.py: the copy has no key, so ``create_demo``'s
    own open seals it with a new one, written where that session keeps keys) instead of
    building it again, and times each ``kamura`` process one round instead of five (the
    same process, arguments and environment each round; the benchmark's first, untimed run
    is one more: issue 20, 10,7 -> 6,1 s of CPU)."""
    env, home, temp = _bench_env(tmp_path, short_temp)
    env[DEMO_FILE_ENV] = str(demo_template)
    env[BENCH_ROUNDS_ENV] = "1"
    ran = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0",
                "-p", "tests.plugin_demo_copy",
                "--benchmark-enable", str(BENCH / "test_bench_startup.py"),
                "-k", "members_list"], env)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    assert "1 passed" in ran.stdout
    assert _written(home) == []
