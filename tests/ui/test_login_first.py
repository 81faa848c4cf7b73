"""The login dialog is the first window of a start (issue 20): shown by a process that has
imported only Qt, with what db/login_facts.py read from the file, while the books are opened
on a worker thread. The real program (``app.main``) runs as a process through
tests/benchmarks/startup_probe.py, which types into the real dialog and reports what was
imported when it showed; a press before the books are ready waits ("Menyiapkan buku…") and
logs in once they are; a wrong password, a damaged file and the single-instance guard refuse
as before. Anything unusual (no user, a schema to migrate, a server) starts the old way.

What the start imports and a refused file are proved by whole processes (the ordinary start,
the demo's, the damaged file); the order of a start — a press before the books are ready, a
wrong password — by the same ``app.main`` and probe in this process (:func:`start_here`; issue 20: 1,7 s of CPU per process)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kamura_desktop import app
from kamura_desktop.db import database
from kamura_desktop.db.login_facts import DEFAULT_LANGUAGE, read_login_facts
from kamura_desktop.resources import resource
from kamura_desktop.services import settings, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.locations import SAVED_SERVER_FILENAME, data_dir
from kamura_desktop.services.setup import open_books
from kamura_desktop.services.tamper import KEY_DIRNAME
from kamura_desktop.ui.shell.login import LoginDialog
from tests.conftest import FAST_HASHER, TEST_USERS
from tests.helpers_files import file_at_revision

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "benchmarks" / "startup_probe.py"
PASSWORD = "bendahara-123"


def office_file(path: Path, *, name: str | None = None) -> Path:
    """Books with an admin and a treasurer, cleanly closed (as every evening); their passwords
    hashed at the tests' cost (tests/conftest.py FAST_HASHER: the same argon2id, ~1 ms), as
    the demo's are."""
    db = open_books(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", FAST_HASHER)
        users.create_user(db, actor=Actor.system(), username="admin", full_name="Admin Kantor",
                          role="admin", password="admin-12345")
        users.create_user(db, actor=Actor.system(), username="bendahara",
                          full_name="Euis Komariah", role="bendahara", password=PASSWORD)
    if name:
        settings.update_profile(db, actor=Actor.system(), name=name)
    db.close()
    return path


def start(*args: str, env: dict | None = None) -> dict:
    """The real program as a process (offscreen), driven by the probe; its marks."""
    env = {**os.environ, **(env or {}), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "KAMURA_PROBE_T0": repr(time.time())}
    out = subprocess.run([sys.executable, str(PROBE), "kamura", *args], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "outside the GUI thread" not in out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _probe():
    """tests/benchmarks/startup_probe.py as a module (it is a script, beside no package)."""
    spec = importlib.util.spec_from_file_location("kamura_startup_probe", PROBE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def start_here(monkeypatch, path: Path, user: str, password: str) -> dict:
    """The same start as :func:`start` — ``app.main`` driven by the probe, Masuk pressed the
    moment the dialog shows — in this process (issue 20: a process costs its test 1,7 s of
    CPU; what is proved here is the order of the start, not what it imported, which
    :func:`start` keeps proving). The books' opening on the worker thread is held until Masuk
    is pressed, so the press always comes before the books are ready, however loaded the
    machine (a process had ~0,8 s of imports of head start; here the books open in a blink)."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.ui.shell.login import LoginDialog

    pressed = threading.Event()
    real_prepare, real_try = app._prepare_books, LoginDialog.try_login

    def prepare(*args):
        assert pressed.wait(30), "Masuk was not pressed"
        return real_prepare(*args)

    def try_login(dialog) -> None:
        real_try(dialog)
        pressed.set()

    monkeypatch.setattr(app, "_prepare_books", prepare)
    monkeypatch.setattr(LoginDialog, "try_login", try_login)
    monkeypatch.setattr(app, "START_HOOKS", {})  # the probe fills these: gone with the test
    monkeypatch.setattr(app, "_critical", app._critical)
    monkeypatch.setenv("KAMURA_PROBE_T0", repr(time.time()))
    watchdog = QTimer()  # a window nobody closes would keep app.exec() running for ever
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(QApplication.quit)
    watchdog.start(120_000)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    try:
        return _probe().kamura(str(path), user, password, 0.0)
    finally:
        watchdog.stop()
        # what the start left (the closed main window, held by its own slots until the
        # garbage collector comes): gone now, or its weekly check would run three seconds
        # later on these closed books and speak up in another test
        for widget in QApplication.topLevelWidgets():
            if id(widget) not in before:
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --------------------------------------------------------------- the real program, as a process

def test_the_login_dialog_shows_before_sqlalchemy_and_the_services_are_imported(tmp_path):
    path = office_file(tmp_path / "kamura.sqlite")
    marks = start(str(path), "bendahara", PASSWORD, "0.3")
    assert marks["at_login"] == []  # no SQLAlchemy, Alembic, models, services, main window
    assert marks["services_at_login"] == ["kamura_desktop.services.locations"]
    assert marks["guard_listening"] is True  # a second start already finds this one
    assert marks["code"] == 0 and marks["pages"] == ["anggota"] and marks["heavy"] == []
    assert marks["check"] == "quick"
    assert marks["login_shown"] < marks["pressed"] < marks["shown"]


def test_the_demo_starts_with_its_logins_shown_and_the_books_opened_meanwhile(tmp_path,
                                                                            demo_template):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "kamura-demo.sqlite")
    if (data_dir() / KEY_DIRNAME).is_dir():  # the demo's seal key, as on the office PC
        shutil.copytree(data_dir() / KEY_DIRNAME, folder / KEY_DIRNAME)
    marks = start("-", "petugas", "petugas123", "0.2", "--demo",
                  env={"KAMURA_DATA_DIR": str(folder)})
    assert marks["at_login"] == []
    assert "petugas / petugas123" in marks["hint"]
    assert marks["code"] == 0 and marks["pages"] == ["anggota"]


def _damage_a_table_the_dialog_does_not_read(path: Path) -> None:
    """The root page of the audit log overwritten, size and modification time put back:
    damage the clean-close record cannot see and the login dialog's read does not touch
    (only the opening check stands between it and the books)."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'"
                            ).fetchone()[0]
    finally:
        conn.close()
    before = path.stat()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_damaged_file_closes_the_login_dialog_with_the_refusal_and_is_left_as_it_was(tmp_path):
    """A process of its own: the refusal ends the start before the main window, and a later
    start in the same process met the Qt objects this one left (a crash in the run)."""
    path = office_file(tmp_path / "kamura.sqlite")
    assert database.was_closed_cleanly(path)
    _damage_a_table_the_dialog_does_not_read(path)
    assert read_login_facts(path) is not None  # the dialog is shown on it…
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    marks = start(str(path), "bendahara", PASSWORD, "0")
    assert "login_shown" in marks and marks["waited"] is True
    assert marks["code"] == 1 and "shown" not in marks  # …and closed by the verdict
    assert f"Database {path.name} rusak dan tidak dipakai" in marks["critical"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not database.clean_marker(path).exists()


# --------------------------------------------------------------- the same start, in this process

def test_masuk_pressed_before_the_books_are_ready_waits_then_opens_the_main_window(
        tmp_path, monkeypatch, app_state):
    path = office_file(tmp_path / "kamura.sqlite")
    marks = start_here(monkeypatch, path, "bendahara", PASSWORD)
    assert marks["waited"] is True  # pressed the moment the dialog showed
    assert marks["waiting_button"] == "Menyiapkan buku…"
    assert marks["pressed"] < marks["books_ready"] < marks["shown"]
    assert marks["code"] == 0 and marks["pages"] == ["anggota"]
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.ui.shell.main_window import MainWindow

    # nothing of this start is left to run its weekly check in a later test
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_wrong_password_typed_while_the_books_open_is_still_refused(tmp_path, monkeypatch,
                                                                     app_state):
    path = office_file(tmp_path / "kamura.sqlite")
    marks = start_here(monkeypatch, path, "bendahara", "bukan-sandinya")
    assert marks["waited"] is True
    assert marks["error"] == users.WRONG_CREDENTIALS
    assert "shown" not in marks  # no main window
    assert marks["code"] == 0  # the probe pressed Keluar


def test_books_without_a_user_start_the_old_way_with_the_first_run_screen(tmp_path):
    path = tmp_path / "kamura.sqlite"
    open_books(path).close()
    assert read_login_facts(path) is None
    assert app.login_facts_for(app.parse_args(["--db", str(path)])) is None


# --------------------------------------------------------------- the reader (db/login_facts.py)

def test_the_reader_gives_the_name_logo_and_language_the_books_give(tmp_path):
    path = office_file(tmp_path / "kamura.sqlite", name="Koperasi Sukamaju")
    db = open_books(path)
    try:
        logo = resource("logo.png")
        settings.set_logo(db, actor=Actor.system(), data=logo.read_bytes(), filename="logo.png")
        profile = settings.get_profile(db)
    finally:
        db.close()
    facts = read_login_facts(path)
    assert facts is not None
    assert facts.coop_name == profile.name == "Koperasi Sukamaju"
    assert facts.logo_png == profile.logo_png and facts.logo_png.startswith(b"\x89PNG")
    assert facts.language == DEFAULT_LANGUAGE == "id"  # never saved: the books' default


def test_the_reader_refuses_everything_but_an_ordinary_file(tmp_path):
    assert read_login_facts(tmp_path / "tidak-ada.sqlite") is None
    (tmp_path / "kosong.sqlite").write_bytes(b"")
    assert read_login_facts(tmp_path / "kosong.sqlite") is None
    (tmp_path / "teks.sqlite").write_text("bukan database " * 100)
    assert read_login_facts(tmp_path / "teks.sqlite") is None
    old = file_at_revision(tmp_path / "lama.sqlite", "0018")  # a schema still to migrate
    assert read_login_facts(old) is None
    foreign = tmp_path / "lain.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert read_login_facts(foreign) is None


def test_server_locations_and_a_saved_server_start_the_old_way(tmp_path, monkeypatch):
    path = office_file(tmp_path / "kamura.sqlite")
    assert app.login_facts_for(app.parse_args(["--db", str(path)])) is not None
    assert app.login_facts_for(app.parse_args(
        ["--db", "postgresql+psycopg://kamura@127.0.0.1:5432/kamura"])) is None
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(path, folder / "kamura.sqlite")
    monkeypatch.setenv("KAMURA_DATA_DIR", str(folder))
    assert app.login_facts_for(app.parse_args([])) is not None
    (folder / SAVED_SERVER_FILENAME).write_text("postgresql+psycopg://kamura@127.0.0.1/kamura\n")
    assert app.login_facts_for(app.parse_args([])) is None


# --------------------------------------------------------------- the dialog (pytest-qt)

def test_the_dialog_holds_a_press_until_the_books_are_ready_then_logs_in(qtbot, db, actors,
                                                                        tmp_path):
    dlg = LoginDialog(None, coop_name="Koperasi Uji")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.username, "bendahara")
    qtbot.keyClicks(dlg.password, TEST_USERS["bendahara"][1])
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.waiting
    assert dlg.ok_button.text() == "Menyiapkan buku…"
    assert not dlg.ok_button.isEnabled() and not dlg.password.isEnabled()
    assert dlg.ok_button.width() >= dlg.ok_button.sizeHint().width()  # the words fit
    dlg.grab().save(str(tmp_path / "login-menyiapkan-buku.png"))
    if os.environ.get("KAMURA_SHOT_DIR"):  # to look at the waiting state
        dlg.grab().save(str(Path(os.environ["KAMURA_SHOT_DIR"]) / "login-menyiapkan-buku.png"))
    dlg.books_ready(db)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.username == "bendahara" and dlg.actor.role == "bendahara"


def test_a_held_wrong_password_is_refused_when_the_books_are_ready(qtbot, db, actors):
    dlg = LoginDialog(None, coop_name="Koperasi Uji")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.username, "ketua")
    qtbot.keyClicks(dlg.password, "salah-sekali")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.waiting
    dlg.books_ready(db)
    assert dlg.isVisible() and dlg.actor is None and not dlg.waiting
    assert dlg.error.text() == users.WRONG_CREDENTIALS
    assert dlg.ok_button.text() == "Masuk" and dlg.ok_button.isEnabled()
    assert dlg.password.isEnabled() and dlg.password.text() == ""


@pytest.mark.parametrize("lang", ["en"])
def test_the_waiting_words_are_translated(qtbot, qapp, lang):
    from kamura_desktop.ui.i18n import install_translator

    install_translator(qapp, lang)
    try:
        dlg = LoginDialog(None, coop_name="Koperasi Uji")
        qtbot.addWidget(dlg)
        dlg.try_login()
        assert dlg.ok_button.text() == "Preparing the books…"
    finally:
        install_translator(qapp, "id")


@pytest.fixture
def app_state(qapp):
    """app.main() styles the whole QApplication: put it back for the next tests."""
    sheet, font = qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    from kamura_desktop.ui.i18n import install_translator

    install_translator(qapp, "id")


def test_keluar_while_the_books_are_being_opened_waits_for_them_and_closes_them_cleanly(
        qtbot, tmp_path, monkeypatch, app_state, fast_passwords):
    path = office_file(tmp_path / "kamura.sqlite")
    seen = []

    def leave(dialog) -> None:
        seen.append(dialog.db)  # the books are not there yet
        dialog.reject()

    monkeypatch.setitem(app.START_HOOKS, "login_shown", leave)
    assert app.main(["--db", str(path)]) == 0
    assert seen == [None]
    assert database.was_closed_cleanly(path)  # opened meanwhile, then closed as always
