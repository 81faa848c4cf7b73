"""The one test command runs the service, document and CLI suite on both engines (issue 16):
without any option a database test of tests/services, tests/documents and tests/cli is
collected once on SQLite and once on the PostgreSQL test server, the demo cooperative too;
the UI tests stay on SQLite; ``--engine`` and KAMURA_TEST_PG choose otherwise. Collected in
real pytest processes, as ``python3 dev.py test`` and ``.ci/run`` collect them.

The four collections are four processes forked from one (issue 20: each ``python -m pytest``
spent most of its 2 s of CPU importing pytest, its plugins, Qt, SQLAlchemy and the program's
books — what tests/conftest.py imports — before it read a test): the parent imports those
modules once and forks a child per collection; each child sets its own environment and runs
``pytest.main`` with its options — what ``python -m pytest`` runs — in the project's folder,
and exits with its code. Nothing of the tests (tests/conftest.py, which decides the engines
from the options and the environment, and the test modules) is imported before the fork."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: the modules every collection imports before it reads a test (pytest and its plugins, Qt,
#: and what tests/conftest.py imports of the program), then one forked child per request
#: ``[args, environment, output file]``; prints the exit codes
FORKS = """
import json, os, sys
import pytest, _pytest.python, _pytest.assertion.rewrite, hypothesis, hypothesis.strategies
import pytestqt.plugin, pytest_benchmark.plugin, xdist.plugin, PySide6.QtWidgets, PySide6.QtTest
import argon2, kamura_desktop.db.database, kamura_desktop.demo.build, kamura_desktop.services.setup
from kamura_desktop.services import events, users, wiring
codes = []
for args, env, out in json.loads(sys.argv[1]):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.environ.clear()
        os.environ.update(env)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        sys.argv = [sys.argv[0], *args]
        try:
            code = int(pytest.main(args))
        except BaseException:  # noqa: BLE001 - the child says what broke, then ends
            import traceback
            traceback.print_exc()
            code = 99
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    codes.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(json.dumps(codes))
"""


def collect_each(requests: list[tuple[tuple[str, ...], dict[str, str]]], folder: Path) -> list[list[str]]:
    """The test ids ``pytest --collect-only`` lists for each ``(args, environment changes)``."""
    base = {k: v for k, v in os.environ.items() if k not in ("KAMURA_TEST_PG", "PYTEST_XDIST_WORKER")}
    plan = [[["--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", *args],
             {**base, **env}, str(folder / f"collect-{i}.txt")]
            for i, (args, env) in enumerate(requests)]
    proc = subprocess.run([sys.executable, "-c", FORKS, json.dumps(plan)], cwd=ROOT, env=base,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    codes = json.loads(proc.stdout.strip().splitlines()[-1])
    found = []
    for code, (_args, _env, out) in zip(codes, plan, strict=True):
        text = Path(out).read_text(encoding="utf-8")
        assert code == 0, text
        found.append([line for line in text.splitlines() if "::" in line])
    return found


def ids(tests: list[str], name: str) -> set[str]:
    return {t.rsplit("[", 1)[1].rstrip("]") for t in tests if f"::{name}[" in t}


UI = "tests/ui/test_cash_flow_tab.py"
SERVICES = "tests/services/test_member_filters.py"
DEFAULT_FILES = ("tests/services/test_groups.py", "tests/documents/test_shu_list.py",
                 "tests/cli/test_cli_nik.py", SERVICES)


@pytest.fixture(scope="module")
def collections(tmp_path_factory) -> dict[str, list[str]]:
    """The collections both tests below read: without any option, of the four database test
    files and the UI file together (each file's engines are decided per file: collected
    together they come out as each would alone); the UI file with KAMURA_TEST_PG=1; the
    services file with KAMURA_TEST_PG=0, and with ``--engine postgresql``."""
    names = ("by_default", "ui_pg_1", "services_pg_0", "services_engine_pg")
    requests = [((*DEFAULT_FILES, UI), {}), ((UI,), {"KAMURA_TEST_PG": "1"}),
                ((SERVICES,), {"KAMURA_TEST_PG": "0"}), ((SERVICES, "--engine", "postgresql"), {})]
    return dict(zip(names, collect_each(requests, tmp_path_factory.mktemp("collect")), strict=True))


def test_services_documents_and_cli_run_on_both_engines_by_default(collections):
    tests = [t for t in collections["by_default"] if not t.startswith(f"{UI}::")]
    # a `db` test of each folder, and a test of the demo cooperative
    first_db_test = next(t for t in tests if t.startswith("tests/services/test_groups.py::"))
    name = first_db_test.split("::", 1)[1].split("[", 1)[0]
    assert ids(tests, name) == {"sqlite", "postgresql"}
    assert ids(tests, "test_lender_filter_lists_exactly_the_registered_lenders") == {
        "sqlite", "postgresql"}
    assert {t.split("::")[0] for t in tests if t.endswith("[postgresql]")} == {
        "tests/services/test_groups.py", "tests/documents/test_shu_list.py",
        "tests/cli/test_cli_nik.py", "tests/services/test_member_filters.py"}
    on_pg = sum(t.endswith("[postgresql]") for t in tests)
    assert on_pg == sum(t.endswith("[sqlite]") for t in tests) > 10


def test_ui_tests_stay_on_sqlite_and_the_options_choose_otherwise(collections):
    on_ui = [t for t in collections["by_default"] if t.startswith(f"{UI}::")]
    assert on_ui and not [t for t in on_ui if "postgresql" in t]
    assert [t for t in collections["ui_pg_1"] if t.endswith("[postgresql]")]
    assert not [t for t in collections["services_pg_0"] if "postgresql" in t]
    only_pg = collections["services_engine_pg"]
    assert only_pg and all(t.endswith("[postgresql]") for t in only_pg)
