"""A pytest plugin for a test session started by a test (tests/test_stray_files.py runs a
benchmark session as the README does):

* with ``KAMURA_TEST_DEMO_FILE`` naming a demo file the outer run already built, the demo that
  session's tests make (``create_demo``) is that file copied instead of built again (issue 20:
  about eight seconds of CPU per build). Only the building is replaced: ``create_demo`` still
  works in its folder, moves the file into place and opens it, and as the copy comes without
  its seal key, that open seals the books again with a key of the session's own — in whatever
  data folder the session uses, which is what the test looks at.
* with ``KAMURA_TEST_BENCH_ROUNDS=N`` every ``benchmark.pedantic`` of that session times its
  target at most N rounds, without warm-up rounds (a benchmark asking for five rounds of a
  ``kamura`` process ran it five times; the test asks where each run writes, and every round
  is the same process with the same arguments and environment: one says what five do).

Used as ``pytest -p tests.plugin_demo_copy``; without the variables it does nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: the demo file (closed) to copy
DEMO_FILE_ENV = "KAMURA_TEST_DEMO_FILE"
#: the most rounds a benchmark of the session may time
BENCH_ROUNDS_ENV = "KAMURA_TEST_BENCH_ROUNDS"


def pytest_configure(config) -> None:  # noqa: ARG001 - pytest's hook signature
    source = os.environ.get(DEMO_FILE_ENV)
    if source:
        from kamura_desktop.demo import build

        def copied(path: Path) -> None:
            shutil.copyfile(source, path)

        build._build = copied
    most = os.environ.get(BENCH_ROUNDS_ENV)
    if most:
        _cap_rounds(int(most))


def _cap_rounds(most: int) -> None:
    from pytest_benchmark.fixture import BenchmarkFixture

    pedantic = BenchmarkFixture.pedantic

    def capped(self, target, *args, rounds=1, warmup_rounds=0, **kwargs):  # noqa: ARG001
        return pedantic(self, target, *args, rounds=min(rounds, most), warmup_rounds=0,
                        **kwargs)

    BenchmarkFixture.pedantic = capped
