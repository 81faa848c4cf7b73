"""The one test command runs the service, document and CLI suite on both engines (issue 16):
without any option a database test of tests/services, tests/documents and tests/cli is
collected once on SQLite and once on the PostgreSQL test server, the demo cooperative too;
the UI tests stay on SQLite; ``--engine`` and KAMURA_TEST_PG choose otherwise. Collected in
a real pytest subprocess, as ``python3 dev.py test`` and ``.ci/run`` collect them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def collected(*args: str, env: dict[str, str] | None = None) -> list[str]:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("KAMURA_TEST_PG", "PYTEST_XDIST_WORKER")}
    environment.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                           "-p", "no:cacheprovider", "-p", "no:xdist", *args],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return [line for line in proc.stdout.splitlines() if "::" in line]


def ids(tests: list[str], name: str) -> set[str]:
    return {t.rsplit("[", 1)[1].rstrip("]") for t in tests if f"::{name}[" in t}


UI = "tests/ui/test_cash_flow_tab.py"
DEFAULT_FILES = ("tests/services/test_groups.py", "tests/documents/test_shu_list.py",
                 "tests/cli/test_cli_nik.py", "tests/services/test_member_filters.py")


@pytest.fixture(scope="module")
def by_default() -> list[str]:
    """One collection without any option of the four database test files and the UI file
    (each file's engines are decided per file: collected together they come out as each
    would alone), read by both tests below."""
    return collected(*DEFAULT_FILES, UI)


def test_services_documents_and_cli_run_on_both_engines_by_default(by_default):
    tests = [t for t in by_default if not t.startswith(f"{UI}::")]
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


def test_ui_tests_stay_on_sqlite_and_the_options_choose_otherwise(by_default):
    ui = UI
    on_ui = [t for t in by_default if t.startswith(f"{ui}::")]
    assert on_ui and not [t for t in on_ui if "postgresql" in t]
    assert [t for t in collected(ui, env={"KAMURA_TEST_PG": "1"}) if t.endswith("[postgresql]")]
    services = "tests/services/test_member_filters.py"
    assert not [t for t in collected(services, env={"KAMURA_TEST_PG": "0"}) if "postgresql" in t]
    only_pg = collected(services, "--engine", "postgresql")
    assert only_pg and all(t.endswith("[postgresql]") for t in only_pg)
