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


@pytest.fixture(scope="session", autouse=True)
def _the_programs_look(qapp):
    """Every UI test sees the program's own style sheet and font (app.configure_app: DejaVu
    Sans 10), as the clerk does — not Qt's defaults. (A test that called configure_app once
    changed them for every later test of its process, so sizes depended on the order.)"""
    from kamura_desktop.app import configure_app

    configure_app(qapp)
