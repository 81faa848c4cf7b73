"""UI tests share the session's data folder (tests/conftest.py); what one test's screen
remembers there for a user (ui/view_prefs.py: the member list's shown columns) must not
carry into the next test's screen."""

from __future__ import annotations

import pytest

from kamura_desktop.services.locations import data_dir as app_data_dir
from kamura_desktop.ui import view_prefs


@pytest.fixture(autouse=True)
def _no_remembered_view():
    (app_data_dir() / view_prefs.FILE_NAME).unlink(missing_ok=True)
    yield
    (app_data_dir() / view_prefs.FILE_NAME).unlink(missing_ok=True)
