"""Run as a separate process by tests/benchmarks/test_bench_startup.py: start Kamura Desktop
the way ``app.main`` does — open the books (with the check at open), log in, build the main
window and show it — without the login dialog's typing, and print, as JSON, the seconds from
process start to each step (``time.perf_counter`` does not count from process start, so the
parent passes its own clock reading and the child reports the same clock).

    python tests/benchmarks/startup_probe.py kamura  DB USER PASSWORD   # the program
    python tests/benchmarks/startup_probe.py bare                       # a bare PySide6 window

The program's run also reports which of the libraries only printing, exports and the t-test
need (``HEAVY``) were loaded when the window was shown, and which pages were built:
tests/ui/test_start_imports.py holds the start to none and the first page only.
"""

from __future__ import annotations

import json
import os
import sys
import time

#: loaded only when a page, a printout, an export or a t-test needs them — never at start
HEAVY = ("reportlab", "openpyxl", "scipy", "mpmath", "numpy", "PIL", "pypdfium2", "pypdf")


def _since_start() -> float:
    return time.time() - float(os.environ["KAMURA_PROBE_T0"])


def _cpu() -> float:
    """CPU seconds of this process so far, every thread (the load of the shared machine
    inflates the wall time, not this)."""
    return time.process_time()


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Kamura"))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return {"shown": _since_start(), "shown_cpu": _cpu()}


def kamura(db_path: str, user: str, password: str) -> dict:
    marks = {}
    import argparse

    from kamura_desktop import app as app_module

    # as app.main: the check of the file starts before Qt and the books are imported
    app_module.start_opening_check(argparse.Namespace(db=db_path, demo=False, self_check=False))
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.services import settings, users
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.tasks import TaskRunner

    qapp = QApplication(sys.argv[:1])
    app_module.configure_app(qapp)
    marks["imported"] = _since_start()
    marks["imported_cpu"] = _cpu()
    db = app_module.open_or_create(__import__("pathlib").Path(db_path), demo=False)
    marks["opened"] = _since_start()
    marks["opened_cpu"] = _cpu()
    marks["check"] = db.opening_check
    install_translator(qapp, settings.get_setting(db, "ui.language"))
    actor = users.authenticate(db, user, password)
    marks["logged_in"] = _since_start()
    marks["logged_in_cpu"] = _cpu()
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx)
    window.show()
    qapp.processEvents()
    marks["shown"] = _since_start()
    marks["shown_cpu"] = _cpu()
    marks["heavy"] = sorted(m for m in sys.modules
                            if any(m == h or m.startswith(h + ".") for h in HEAVY))
    marks["pages"] = [key for key in window.pages if window.pages.is_built(key)]
    window.close()
    ctx.tasks.wait_all()
    db.close()
    return marks


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] != "bare":
        # started by hand without the run's KAMURA_DATA_DIR: a folder of its own, never the
        # user's real one (the books' seal key would be left there)
        from run_folder import run_data_dir  # beside this script (sys.path[0])

        run_data_dir()
    result = bare() if sys.argv[1] == "bare" else kamura(*sys.argv[2:5])
    print(json.dumps(result))
