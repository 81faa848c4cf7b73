"""A pytest plugin for a test session started by a test (tests/test_stray_files.py runs a
benchmark session as the README does): with ``KAMURA_TEST_DEMO_FILE`` naming a demo file the
outer run already built, the demo that session's tests make (``create_demo``) is that file
copied instead of built again (issue 20: about eight seconds of CPU per build).

Only the building is replaced: ``create_demo`` still works in its folder, moves the file into
place and opens it, and as the copy comes without its seal key, that open seals the books
again with a key of the session's own — in whatever data folder the session uses, which is
what the test looks at. Used as ``pytest -p tests.plugin_demo_copy``; without the variable
it does nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: the demo file (closed) to copy
DEMO_FILE_ENV = "KAMURA_TEST_DEMO_FILE"


def pytest_configure(config) -> None:  # noqa: ARG001 - pytest's hook signature
    source = os.environ.get(DEMO_FILE_ENV)
    if not source:
        return
    from kamura_desktop.demo import build

    def copied(path: Path) -> None:
        shutil.copyfile(source, path)

    build._build = copied
