"""The layers point down only (DESIGN.md): import-linter contracts, a plain-Python double
check of the two rules that matter most, and ruff."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kamura_desktop"
BIN = Path(sys.executable).parent

QT = re.compile(r"^[ \t]*(?:import|from)[ \t]+(?:PySide6|shiboken6)\b", re.MULTILINE)
DB_FROM_UI = re.compile(
    r"^[ \t]*(?:import|from)[ \t]+(?:sqlalchemy|alembic|kamura_desktop\.db|\.\.+db)\b", re.MULTILINE
)


def python_files(*layers: str) -> list[Path]:
    return sorted(p for layer in layers for p in (PACKAGE / layer).rglob("*.py"))


def offenders(files: list[Path], pattern: re.Pattern) -> list[str]:
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in pattern.finditer(text):
            line_no = text.count("\n", 0, m.start()) + 1
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{name}:{line_no}: {m.group(0).strip()}")
    return found


def test_import_linter_contracts_are_kept():
    proc = subprocess.run([str(BIN / "lint-imports")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
    assert "Layers point down only KEPT" in proc.stdout


def test_only_the_ui_imports_qt():
    files = python_files("domain", "db", "services", "documents", "cli")
    assert len(files) > 20  # the walk really found the code
    assert offenders(files, QT) == []


def test_the_ui_never_touches_the_database():
    files = python_files("ui")
    if not files:
        pytest.skip("no UI modules yet")
    assert offenders(files, DB_FROM_UI) == []


def test_the_checks_can_fail(tmp_path):
    """The patterns catch the imports they are meant to catch."""
    bad_service = tmp_path / "svc.py"
    bad_service.write_text("import os\n\nfrom PySide6.QtCore import QObject\n")
    assert offenders([bad_service], QT) == [f"{bad_service}:3: from PySide6"]
    assert QT.search("import shiboken6")
    assert not QT.search("# PySide6 is used only by the UI\nimport sqlite3\n")
    for line in ("from sqlalchemy import select", "import sqlalchemy.orm",
                 "from kamura_desktop.db.models import User", "from ..db import database",
                 "    from alembic import command"):
        assert DB_FROM_UI.search(line), line
    assert not DB_FROM_UI.search("from kamura_desktop.services import ledger")


def test_ruff_is_clean():
    ruff = BIN / "ruff"
    assert ruff.is_file(), "ruff is missing from the virtual environment"
    proc = subprocess.run([str(ruff), "check", "kamura_desktop", "tests"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
