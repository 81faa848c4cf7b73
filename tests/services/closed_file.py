"""A Kamura file that has been made, opened and closed cleanly — what ``open_books(path)
.close()`` leaves at a new path — from the run's empty books (``empty_books`` in
tests/conftest.py: built once per run by that very ``open_books``), copied as the `db`
fixture copies it, with the clean close and the full check recorded as the first open of a
new file records them. For the tests of the open, the check and the backups whose subject is
what happens to such a file afterwards; a test whose subject is the new file itself (its
migrations, its first records) still makes it with ``open_books``. Running every migration
for each of them cost about a tenth of a second of CPU each time."""

from __future__ import annotations

import os
from pathlib import Path

from kamura_desktop.db import database
from kamura_desktop.services.setup import open_books
from tests.helpers_files import copy_books


def closed_file(empty_books, path: Path) -> Path:
    """The file at ``path`` (a new path), made and closed cleanly; ``empty_books``: the test's
    fixture of that name (tests/conftest.py)."""
    from tests import conftest

    if path.exists() or os.environ.get("KAMURA_DATA_DIR") != conftest._SESSION_DATA_DIR:
        open_books(path).close()  # (the run's books are sealed with the session's key)
        return path
    copy_books(empty_books(path.name), path)
    database.record_clean_close(path)
    database.record_full_check(path)
    return path
