"""The program started as a real process in a folder of its own, and such a run shared by the
tests that only read what it printed (issue 20: each ``kamura --self-check`` is two processes
that import the whole program, several seconds of CPU).

* :func:`isolated_env` — the environment of a program started with ``HOME`` and
  ``XDG_DATA_HOME`` in a temporary folder (the user data folder it would fall back on is one a
  test can look into) and, if given, ``KAMURA_DATA_DIR``.
* :func:`written` — what is in a folder, relative paths sorted.
* :func:`self_check_on_a_missing_drive` — ``kamura --self-check`` run once per test run (the
  first xdist worker that asks runs it under a lock in the run's shared folder; the others
  read its result) with ``KAMURA_DATA_DIR`` on a drive that is not there: its exit code, what
  it printed, whether the drive was made and what appeared in ``HOME``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers_files import locked, run_cache_dir

ROOT = Path(__file__).resolve().parents[1]
#: variables that would point the program (or Qt) at folders outside the test's HOME
OUTSIDE = ("KAMURA_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
           "XDG_STATE_HOME", "KAMURA_PASSWORD", "KAMURA_USER")


def isolated_env(tmp_path: Path, data_dir: Path | None) -> tuple[dict, Path]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in OUTSIDE}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if data_dir is not None:
        env["KAMURA_DATA_DIR"] = str(data_dir)
    return env, home


def written(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def run(args: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=300, **kw)


def self_check_on_a_missing_drive(tmp_path_factory) -> dict:
    """``kamura --self-check`` with ``KAMURA_DATA_DIR`` on a drive that is not plugged in,
    once per run: ``{"returncode", "stdout", "stderr", "drive_made", "home_written"}``."""
    folder = run_cache_dir(tmp_path_factory) / "self-check-missing-drive"
    result = folder / "result.json"
    with locked(run_cache_dir(tmp_path_factory) / "self-check-missing-drive.lock"):
        if not result.is_file():
            folder.mkdir(exist_ok=True)
            drive = folder / "E"
            env, home = isolated_env(folder, drive / "Kamura")
            done = run([sys.executable, "-m", "kamura_desktop.cli.main", "--self-check"], env)
            part = folder / "result.json.part"
            part.write_text(json.dumps({
                "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr,
                "drive_made": drive.exists(), "home_written": written(home)}))
            os.replace(part, result)
    return json.loads(result.read_text())
