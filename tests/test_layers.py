"""The layers point down only (DESIGN.md): import-linter contracts, a plain-Python double
check of the two rules that matter most, and ruff."""

import ast
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from tests import helpers_source

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
        text = helpers_source.source(path)
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
    assert "The books depend one way (services in their order) KEPT" in proc.stdout


def test_only_the_ui_imports_qt():
    files = python_files("domain", "dto", "db", "services", "documents", "cli", "demo")
    assert len(files) > 20  # the walk really found the code
    assert offenders(files, QT) == []


def test_the_ui_never_touches_the_database():
    files = python_files("ui")
    assert len(files) > 20  # the walk really found the UI
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


def _guarded_project_imports(source: str) -> list[int]:
    """Lines that hide a project import: importlib / __import__ on a project module, or a
    ``try: import … except ImportError`` around one (a project module is never optional)."""
    return _guarded(ast.walk(ast.parse(source)))


#: the names :func:`_guarded` looks for (the handler's exception, the called function)
GUARD_WORDS = ("ImportError", "ModuleNotFoundError", "import_module", "find_spec", "__import__")


def _guarded(nodes: Iterable[ast.AST]) -> list[int]:
    """:func:`_guarded_project_imports` of a module's nodes (``ast.walk`` order)."""

    def project(node: ast.AST) -> bool:
        if isinstance(node, ast.ImportFrom):
            return node.level > 0 or (node.module or "").startswith("kamura_desktop")
        if isinstance(node, ast.Import):
            return any(a.name.startswith("kamura_desktop") for a in node.names)
        return False

    lines = []
    for node in nodes:
        if isinstance(node, ast.Try):
            catches = {getattr(h.type, "id", None) for h in node.handlers}
            catches |= {getattr(e, "id", None) for h in node.handlers
                        if isinstance(h.type, ast.Tuple) for e in h.type.elts}
            if catches & {"ImportError", "ModuleNotFoundError"} and any(
                    project(n) for stmt in node.body for n in ast.walk(stmt)):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name in {"import_module", "find_spec", "__import__"}:
                lines.append(node.lineno)
    return lines


def test_project_modules_are_imported_plainly():
    """No importlib and no ImportError guard around the project's own modules: a renamed
    module fails the tests (and the import-linter contracts see every import)."""
    found = []
    for path in python_files("domain", "db", "services", "documents", "ui", "cli", "demo"):
        # a module naming none of GUARD_WORDS has no such guard or call: not parsed
        if "migrations" in path.parts or not helpers_source.mentions(path, GUARD_WORDS):
            continue
        found += [f"{path.relative_to(ROOT)}:{n}"
                  for n in _guarded(helpers_source.nodes(path))]
    assert found == []


def test_the_import_guard_check_can_fail():
    src = ("try:\n    from . import mentoring\nexcept ImportError:\n    mentoring = None\n"
           "import importlib\nm = importlib.import_module('kamura_desktop.services.shu')\n"
           "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n")
    assert _guarded_project_imports(src) == [1, 6]
