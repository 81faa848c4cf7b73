"""The PostgreSQL test server of tests/pg.py is one per run (issue 20): the processes of a run
(the xdist workers, which inherit the owner's pid) share it and never collide on database
names; the run's owner stops it; a server left by a run that was killed is stopped when the
next one starts. Real processes and real servers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil

from tests import pg

ROOT = Path(__file__).resolve().parent.parent

#: a process of a run: joins (or starts) the run's server, makes one empty database, prints
#: what it used, then waits to be told to end (so the runs overlap)
WORKER = """
import json, sys
from tests import pg
srv = pg.server()
location = pg.new_database(empty=True)
settings = [pg._admin_execute(f"SHOW {name}").fetchone()[0]
            for name in ("fsync", "synchronous_commit", "full_page_writes")]
print(json.dumps({"postmaster": srv.get_pid(), "socket": pg.socket_dir(),
                  "database": location.rsplit("/", 1)[1].split("?", 1)[0],
                  "settings": settings}), flush=True)
sys.stdin.read()
"""


def _start(owner: int | None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(pg.OWNER_ENV, None)
    if owner is not None:
        env[pg.OWNER_ENV] = str(owner)
    return subprocess.Popen([sys.executable, "-c", WORKER], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def _report(proc: subprocess.Popen) -> dict:
    line = proc.stdout.readline()
    assert line, f"the process ended without a report (exit {proc.wait()})"
    return json.loads(line)


def test_the_processes_of_a_run_share_one_server_and_its_owner_stops_it():
    owner = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    first = second = None
    try:
        first, second = _start(owner.pid), _start(owner.pid)
        one, two = _report(first), _report(second)
        assert one["postmaster"] == two["postmaster"]  # one server, joined by the second
        assert one["socket"] == two["socket"]
        assert one["database"] != two["database"]  # each process names its own databases
        # the server never waits for the disk (FAST_SETTINGS), started from the kept cluster
        assert one["settings"] == two["settings"] == ["off", "off", "off"]
        postmaster = psutil.Process(one["postmaster"])
        for proc in (first, second):  # the workers end: the server stays for the others
            proc.communicate("", timeout=30)
        assert postmaster.is_running()

        # the owner ends the run: the server stops and its folder goes
        env = {**os.environ, "PYTHONPATH": str(ROOT), pg.OWNER_ENV: str(owner.pid)}
        stop = subprocess.run([sys.executable, "-c",
                               "from tests import pg; f = pg._folder(); print(pg.stop_run(), f)"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert stop.returncode == 0, stop.stderr
        stopped, folder = stop.stdout.split()
        assert stopped == "True"
        assert pg.ended(postmaster, 10)  # exited (reaped or not: the system reaps it later)
        assert not Path(one["socket"]).exists()
        assert not Path(folder).exists()
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
        owner.communicate(b"", timeout=30)


def test_a_server_left_by_a_killed_run_is_stopped_when_the_next_one_starts():
    run = _start(None)  # a run of its own (it owns its server), then killed
    try:
        left = _report(run)
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait(30)
    postmaster = psutil.Process(left["postmaster"])
    assert postmaster.is_running()  # nobody stopped it

    stopped = pg.stop_stale()  # what pg.server() does first

    assert pg.ended(postmaster, 10)
    assert len(stopped) == 1
    assert left["socket"].startswith(stopped[0])
    assert not Path(stopped[0]).exists()
    # this run's own server (if a test started one) is not touched: its owner lives
    if pg._server is not None:
        assert psutil.Process(pg._server.get_pid()).is_running()
