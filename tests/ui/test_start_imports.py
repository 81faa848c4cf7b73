"""The desktop start imports only what the first page needs (issue 20): ReportLab, openpyxl,
mpmath (the t-test), numpy, Pillow and the PDF renderers load when a printout, an export, a
t-test or the print preview is first used, never before the main window is shown — that is
most of the second the office used to wait at every start. Checked in a fresh process (the
real ``app.main`` as tests/benchmarks/startup_probe.py drives it: the login dialog first, the
books opened meanwhile, Masuk, the main window), because this test session has long imported
them all. What is imported when the login dialog shows: tests/ui/test_login_first.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "benchmarks" / "startup_probe.py"


def test_the_start_shows_the_first_page_without_the_printing_libraries(tmp_path):
    path = tmp_path / "kamura.sqlite"
    db = open_books(path)
    users.create_user(db, actor=Actor.system(), username="admin", full_name="Admin Kantor",
                      role="admin", password="admin-12345")
    users.create_user(db, actor=Actor.system(), username="bendahara", full_name="Euis Komariah",
                      role="bendahara", password="bendahara-123")
    db.close()  # as the office leaves it: cleanly closed
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "KAMURA_PROBE_T0": repr(time.time())}
    out = subprocess.run([sys.executable, str(PROBE), "kamura", str(path), "bendahara",
                          "bendahara-123"], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    assert marks["check"] == "quick"
    assert marks["pages"] == ["anggota"]  # the members page is up, and only it
    assert marks["heavy"] == []


def test_the_program_module_imports_neither_qt_nor_the_books():
    """``kamura_desktop.app`` itself is light: its main() starts the check of the file on a
    thread before Qt, SQLAlchemy and the books are imported (issue 20), so that SQLite reads
    the file while Python imports them."""
    code = ("import sys, kamura_desktop.app\n"
            "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'kamura_desktop.demo',"
            " 'kamura_desktop.services.setup') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
