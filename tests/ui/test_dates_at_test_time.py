"""Every UI test takes "today" when it runs, never when its module is collected (issue 20: a
run that crossed midnight failed five tests — module-level ``TODAY = dt.date.today()`` made the
books with yesterday's date while the dialogs took today's: "Tanggal pencairan sebelum tanggal
persetujuan"). A test asks for the ``today`` fixture (tests/ui/conftest.py); helpers and
``@prepared`` bodies read the date when they run."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _dates_taken_at_import(path: Path) -> list[str]:
    """Module-level statements (outside any function) that read the clock."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                    and sub.func.attr in ("today", "now"):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_no_ui_test_module_reads_the_date_when_it_is_collected():
    found = [line for path in sorted(HERE.glob("*.py")) for line in _dates_taken_at_import(path)]
    assert not found, "the date read at collection:\n" + "\n".join(found)


def test_the_today_fixture_is_the_date_the_test_runs_on(today):
    assert today == dt.date.today()  # (a run across midnight: the date at this test's start)
