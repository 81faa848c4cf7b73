"""The run's own data folder for every benchmark and every process a benchmark starts.

Kamura keeps a file's seal key in ``<data folder>/kunci/<file id>.key``, and without
``KAMURA_DATA_DIR`` the data folder is the user's real one (``~/.local/share/Kamura``). The
test session sets that variable (tests/conftest.py), but a benchmark module is also run
outside it — the big books built by hand (``books_data.cached_books_file`` from a
``python -c``), ``startup_probe.py`` started by hand — and each such open sealed its books
with a key left in the real folder (issue 20: two cached benchmark files had theirs there).
So the benchmarks' own modules call :func:`run_data_dir` when they are imported, and every
subprocess they start gets :func:`bench_env`, which names the folder explicitly.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile


def run_data_dir() -> str:
    """The run's data folder: the test session's (``KAMURA_DATA_DIR``) or, in a process the
    suite did not start, a private temporary folder made now and removed at exit."""
    folder = os.environ.get("KAMURA_DATA_DIR")
    if not folder:
        folder = tempfile.mkdtemp(prefix="kamura-bench-data-")
        os.environ["KAMURA_DATA_DIR"] = folder
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def bench_env(base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The environment of a process a benchmark starts: ``base`` (this process's) with the
    run's data folder named explicitly, and ``extra``."""
    return {**(os.environ if base is None else base), "KAMURA_DATA_DIR": run_data_dir(), **extra}
