#!/usr/bin/env python3
"""Fresh-machine helper: makes a virtual environment in .venv, installs Kamura Desktop into
it (only when pyproject.toml changed), then runs the app or the test suite.

    python3 dev.py run [--demo] [other kamura-desktop options]
    python3 dev.py test [pytest options]
    python3 dev.py kamura [kamura CLI arguments]

``test`` runs the database tests of tests/services, tests/documents and tests/cli on SQLite
and on a PostgreSQL server the tests start themselves (the ``pgserver`` wheel of the test
extras; tests/pg.py); ``python3 dev.py test --engine sqlite`` keeps them on SQLite.

Needs only Python 3.11+ with venv (on Windows: ``py dev.py run``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".kamura-installed"


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - a friendly message on an old Python
        sys.exit("Kamura Desktop butuh Python 3.11 atau lebih baru.")
    if not PY.exists():
        print("» Membuat lingkungan Python di .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() else []
    if want not in have:
        print(f"» Memasang Kamura Desktop dan kebutuhannya ({extras or 'aplikasi'}) …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-e", target], cwd=ROOT, check=True)
        STAMP.write_text(" ".join([*have, want]))


def _chooses_workers(args: list[str]) -> bool:
    """The caller picked the worker count (-n N, --numprocesses) or is benchmarking (benchmarks
    must run in one process: pytest-benchmark switches itself off under xdist)."""
    return any(a == "-n" or a.startswith(("-n", "--numprocesses", "--benchmark-enable"))
               or "no:xdist" in a for a in args)


#: run by the environment's Python before the tests (see :func:`warm_caches`), the files one a
#: line on its input (a command line of 600 paths is too long for Windows). ``--stale`` prints
#: the files that have no up-to-date compiled form; ``--compile`` makes it: the program's modules and the tests' helpers as the import system writes them (the
#: source's time and size), the test modules and conftest.py files as pytest's assertion
#: rewriting writes them (its own checked-hash .pyc: the same header and code; only
#: marshal's reference flags may differ, as between two runs of pytest itself).
WARM = """
import importlib.util, os, sys
from pathlib import Path

def rewritten(path):
    return path.name == "conftest.py" or path.name.startswith("test_")

def pyc_of(path):
    if rewritten(path):
        from _pytest.assertion.rewrite import PYC_TAIL
        return path.parent / "__pycache__" / (path.name[:-3] + PYC_TAIL)
    return Path(importlib.util.cache_from_source(str(path)))

def stale(path):
    if rewritten(path):
        from _pytest.assertion.rewrite import _read_pyc
        return _read_pyc(path, pyc_of(path)) is None
    try:
        head = pyc_of(path).read_bytes()[:16]
    except OSError:
        return True
    st = path.stat()
    return head != (importlib.util.MAGIC_NUMBER + bytes(4)
                    + (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little")
                    + (st.st_size & 0xFFFFFFFF).to_bytes(4, "little"))

def compile_one(path):
    if rewritten(path):
        from _pytest.assertion.rewrite import _rewrite_test, _write_pyc_fp
        source_hash, co = _rewrite_test(path, None)  # None: no assertion-pass hook (none set)
        pyc = pyc_of(path)
        pyc.parent.mkdir(exist_ok=True)
        part = Path(f"{pyc}.{os.getpid()}")
        with open(part, "wb") as fp:
            _write_pyc_fp(fp, source_hash, co)
        os.replace(part, pyc)
    else:
        import py_compile
        py_compile.compile(str(path), doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)

for name in sys.stdin.read().splitlines():
    try:
        if sys.argv[1] == "--stale":
            if stale(Path(name)):
                print(name)
        else:
            compile_one(Path(name))
    except Exception:  # a file that does not compile: pytest reports it, not this
        pass
"""


def warm_caches(env: dict) -> int:
    """What a fresh clone has not compiled yet, compiled once over two processes before pytest
    starts (else both xdist workers rewrite every test module and compile the program
    themselves: collection took 16,5 s of CPU per worker on a fresh clone, 5,5 s warm). On a
    warm tree this is one check of every file. Returns how many files it compiled; a failure
    here costs only time (the workers compile what is left)."""
    files = sorted(str(p) for folder in ("kamura_desktop", "tests")
                   for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    try:
        check = subprocess.run([str(PY), "-c", WARM, "--stale"], input="\n".join(files),
                               cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        todo = check.stdout.splitlines()
        halves = [subprocess.Popen([str(PY), "-c", WARM, "--compile"], stdin=subprocess.PIPE,
                                   cwd=ROOT, env=env, text=True, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL) for _ in range(2 if todo else 0)]
        for i, half in enumerate(halves):  # both get their half before either is waited for
            half.stdin.write("\n".join(todo[i::2]))
            half.stdin.close()
        for half in halves:
            half.wait()
    except OSError:
        return 0
    return len(todo)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "kamura"}:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "run":
        ensure_env("")
        return subprocess.call([str(PY), "-m", "kamura_desktop.app", *rest], cwd=ROOT)
    if cmd == "kamura":
        ensure_env("")
        return subprocess.call([str(PY), "-m", "kamura_desktop.cli.main", *rest], cwd=ROOT)
    ensure_env("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # the run's Python processes (both workers, every program a test starts) keep their
    # compiled modules and pytest its rewritten test modules (in __pycache__ folders git
    # ignores): with PYTHONDONTWRITEBYTECODE set, each of them compiled them all again
    # (collection alone 11,7 s instead of 3,1 s per worker)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    workers = [] if _chooses_workers(rest) else ["-n", str(min(os.cpu_count() or 1, 4))]
    if workers:
        warm_caches(env)
    if workers and not any(a.startswith("--dist") for a in rest):
        # each worker takes a contiguous half of the tests (a module's tests stay together:
        # its module-scoped files are built once, not on every worker) and one that runs out
        # takes over the other's unstarted tail
        workers += ["--dist", "worksteal"]
    # tests/plugin_gc.py: what is alive after collection is kept out of the garbage
    # collector's full walks (a few per cent of the suite's CPU)
    code = subprocess.call([str(PY), "-m", "pytest", "-p", "tests.plugin_gc", *workers, *rest],
                           cwd=ROOT, env=env)
    if code == 5:
        print("GAGAL: pytest tidak menemukan satu pun tes (exit 5).", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
