"""dev.py's warm-up before the workers start (issue 20: on a fresh clone both xdist workers
rewrote every test module and compiled the program themselves)."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

import dev

ROOT = Path(__file__).resolve().parents[1]


def test_a_fresh_tree_is_compiled_once_in_the_forms_the_workers_read(tmp_path, monkeypatch):
    """Real processes on a small tree: the program module gets the .pyc the import system
    accepts (the source's time and size), the test module and conftest.py the checked-hash
    .pyc pytest's rewriting reads back as its own (equal code); a second call compiles
    nothing, and a changed file is compiled again."""
    from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test

    program, tests = tmp_path / "kamura_desktop", tmp_path / "tests"
    program.mkdir()
    tests.mkdir()
    (program / "__init__.py").write_text("")
    (program / "uang.py").write_text("def total(xs):\n    return sum(xs)\n")
    (tests / "conftest.py").write_text("import pytest\n")
    (tests / "test_uang.py").write_text("def test_x():\n    assert 1 + 1 == 2, 'dua'\n")
    (tests / "helpers_x.py").write_text("A = 1\n")
    (tests / "test_rusak.py").write_text("def broken(:\n")  # pytest reports it, not dev.py
    monkeypatch.setattr(dev, "ROOT", tmp_path)
    monkeypatch.setattr(dev, "PY", Path(sys.executable))
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    assert dev.warm_caches(env) == 6  # every file was stale; the broken one stays so

    for name in ("test_uang.py", "conftest.py"):
        source = tests / name
        code = _read_pyc(source, tests / "__pycache__" / (name[:-3] + PYC_TAIL))
        assert code is not None and code == _rewrite_test(source, None)[1], name
    for source in (program / "uang.py", program / "__init__.py", tests / "helpers_x.py"):
        head = Path(importlib.util.cache_from_source(str(source))).read_bytes()[:16]
        st = source.stat()
        assert head == (importlib.util.MAGIC_NUMBER + bytes(4)
                        + (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little")
                        + st.st_size.to_bytes(4, "little")), source

    assert dev.warm_caches(env) == 1  # only the broken test module, never compiled
    time.sleep(0.01)
    (program / "uang.py").write_text("def total(xs):\n    return sum(xs) + 0\n")
    os.utime(program / "uang.py", (time.time() + 2, time.time() + 2))
    (tests / "test_uang.py").write_text("def test_x():\n    assert 2 + 2 == 4\n")
    assert dev.warm_caches(env) == 3
