"""UI tests share the session's data folder (tests/conftest.py); what one test's screen
remembers there for a user (ui/view_prefs.py: the member list's shown columns) must not
carry into the next test's screen."""

from __future__ import annotations

import pytest

from kamura_desktop.services.locations import data_dir as app_data_dir
from kamura_desktop.ui import view_prefs


@pytest.fixture(autouse=True)
def _no_modal_box_left_behind(qapp):
    """A message box a test's window left open (e.g. a background check's answer arriving
    after the test) is modal: it would keep the next test's window from becoming active
    (seen once on a slow fresh clone: "not activated in 5000 ms")."""
    yield
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        box = QApplication.activeModalWidget()
        if box is None:
            break
        box.close()
        box.deleteLater()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_remembered_view():
    (app_data_dir() / view_prefs.FILE_NAME).unlink(missing_ok=True)
    yield
    (app_data_dir() / view_prefs.FILE_NAME).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _passwords_at_the_tests_cost(monkeypatch):
    """Every UI test hashes and checks passwords at the tests' cost (tests/conftest.py
    FAST_HASHER: the same argon2id and code path, ~1 ms instead of ~0,2 s of CPU), as the
    `actors` fixture and the demo do: the screens' first-run admin, new users, logins of
    users a test made, the admin's seal-key wrap (issue 20: 17 hashes at the office's cost in
    seven test files were 5 s of CPU). The office's cost is tested in tests/services."""
    from kamura_desktop.services import users
    from tests.conftest import FAST_HASHER

    monkeypatch.setattr(users, "_hasher", FAST_HASHER)


@pytest.fixture(scope="session", autouse=True)
def _the_programs_look(qapp):
    """Every UI test sees the program's own style sheet and font (app.configure_app: DejaVu
    Sans 10), as the clerk does — not Qt's defaults. (A test that called configure_app once
    changed them for every later test of its process, so sizes depended on the order.)"""
    from kamura_desktop.app import configure_app

    configure_app(qapp)


@pytest.fixture
def office_window(request, db_engine, qtbot):
    """``office_window(role)``: the module's main window as ``role`` at the office size on
    the demo (below); on the PostgreSQL engine (KAMURA_TEST_PG=1) a window of the test's own
    on its own copy of the demo moved to the server, as before."""
    if db_engine == "postgresql":
        from .test_screen_fit import demo_window

        request.getfixturevalue("fast_passwords")
        demo_db = request.getfixturevalue("demo_db")
        return lambda role: demo_window(qtbot, demo_db, role)
    return request.getfixturevalue("office_windows")


@pytest.fixture(scope="module")
def office_windows(demo_template, tmp_path_factory, qapp):
    """``office_windows(role)``: one main window per role at the office screen size (1366×768)
    on one copy of the demo, built on first ask and kept for the test module (issue 20: a main
    window with its pages loaded costs its test most of a second, and nine tests only looked
    at one). Closed with the module: a main window left open would share the program's
    application-wide keys (F1) with the windows of later tests, and Qt then runs neither. For tests that only look — navigate, pick a tab, select a row, type a search —
    and write nothing: each test goes to the page and tab it reads itself. A test that changes
    the books or what a page holds (typed amounts, hidden columns) builds its own window
    (test_screen_fit.demo_window)."""
    import shutil

    from kamura_desktop.services import users
    from kamura_desktop.services.setup import open_books
    from tests.conftest import FAST_HASHER

    from .test_screen_fit import DEMO_PASSWORDS, OFFICE, make_window

    path = tmp_path_factory.mktemp("office-window") / "kamura-demo.sqlite"
    shutil.copyfile(demo_template, path)  # its seal key is installed with the template
    database = open_books(path)
    windows = {}

    def get(role: str):
        if role not in windows:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(users, "_hasher", FAST_HASHER)
                actor = users.authenticate(database, role, DEMO_PASSWORDS[role])
            windows[role] = make_window(database, actor, OFFICE)
        return windows[role]

    yield get
    for window in windows.values():
        window.ctx.tasks.wait_all(20_000)
        window.close()
        window.deleteLater()
    qapp.processEvents()
    database.close()


@pytest.fixture
def today():
    """The date the test runs on — not the date its module was collected on: a run that
    crosses midnight took "today" at collection for the books and the tests, while the dialogs
    take it when they open ("Tanggal pencairan sebelum tanggal persetujuan"). Helpers and
    ``@prepared`` bodies read the date when they run."""
    import datetime as dt

    return dt.date.today()
