"""Issue 21 item 6: a demo killed half-way leaves no partial file that opens as if complete,
and the next ``kamura demo`` builds it (the demo is built in the data folder's work area and
renamed into place when complete)."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from kamura_desktop.demo import create_demo
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import integrity, locations
from tests.helpers_cli import kamura

pytestmark = pytest.mark.slow

# `kamura demo` as ``python -m kamura_desktop.cli.main`` runs it, with the tests' cheap
# password hash (tests/conftest.FAST_HASHER: the same argon2id, the same code path) that the
# second build in this process has too: the real hash of the demo's users cost the killed
# run seconds before it reached the members, and the kill proves nothing about hashing.
KAMURA_DEMO = textwrap.dedent("""
    import sys
    from argon2 import PasswordHasher
    from kamura_desktop.services import users
    users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    from kamura_desktop.cli.main import main
    sys.exit(main(sys.argv[1:]))
""")


def test_demo_killed_half_way_then_built_again(tmp_path, fast_passwords):
    target = tmp_path / "kamura-demo.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", KAMURA_DEMO, "demo", "--db", str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    work = locations.work_dir_for(target)
    deadline = time.monotonic() + 120
    building = []
    while time.monotonic() < deadline and not building:
        # members and credits already written (in the work area, or — wrongly — in place)
        building = [p for p in [*work.glob("demo-*/kamura-demo.sqlite"), target]
                    if p.exists() and p.stat().st_size > 200_000]
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not target.exists()  # no partial file where the books would be opened
    assert building, "the demo was not built in the work area"
    if os.name == "posix":
        assert building[0].parent.stat().st_mode & 0o777 == 0o700

    # the next `kamura demo` (the same main in this process: tests/helpers_cli.py; only the
    # kill needed a process of its own)
    done = kamura(["demo", "--db", str(target)])
    assert done.returncode == 0, done.stderr
    assert "dibuat" in done.stdout
    assert not building[0].parent.exists()  # the killed run's work files are gone
    report = integrity.check_database(target)
    assert report.ok, report.problems
    assert report.entries > 100
    assert not list(work.glob("demo-*"))


def test_demo_refuses_an_existing_file_and_leaves_no_work_files(tmp_path):
    target = tmp_path / "kamura-demo.sqlite"
    target.write_bytes(b"isi lama")
    with pytest.raises(UserError, match="sudah ada"):
        create_demo(target)
    assert target.read_bytes() == b"isi lama"
