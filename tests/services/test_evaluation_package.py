"""The evaluation book's package: its public names are re-exported from
``kamura_desktop.services.evaluation``, importing any part of it registers the permissions,
and its modules import each other downward only (no cycles)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.services import evaluation as ev

PACKAGE = Path(ev.__file__).parent
#: a module may import only modules of a lower rank
RANKS = {"base": 0, "scales": 1, "income": 1, "notes": 1, "instruments": 2, "rounds": 3}


def test_every_name_in_all_is_exported_from_its_module():
    assert len(ev.__all__) == len(set(ev.__all__))
    for name in ev.__all__:
        value = getattr(ev, name)
        module = getattr(value, "__module__", None)
        if module is not None and callable(value):
            assert module.startswith("kamura_desktop.services.evaluation."), name


def test_the_package_holds_the_modules_the_ranks_name():
    assert {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"} == set(RANKS)


@pytest.mark.parametrize("module", sorted(RANKS))
def test_modules_import_each_other_downward_only(module):
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = node.module or ""
            assert not target.startswith("kamura_desktop.services.evaluation"), \
                f"{module} imports the package absolutely: {target}"
            if node.level == 1:
                assert target, f"{module}: 'from . import' would import the package itself"
                assert RANKS[target] < RANKS[module], f"{module} imports {target} (not below it)"


@pytest.mark.parametrize("module", ["kamura_desktop.services.evaluation",
                                    "kamura_desktop.services.evaluation.notes"])
def test_importing_registers_the_permissions(module):
    code = (f"import {module}\n"
            "from kamura_desktop.services.permissions import PERMISSIONS\n"
            "print(sorted(p for p in PERMISSIONS if p.startswith('evaluation.')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["['evaluation.enter',", "'evaluation.manage',",
                                   "'evaluation.view']"]
