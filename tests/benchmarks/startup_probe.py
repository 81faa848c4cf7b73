"""Run as a separate process by tests/benchmarks/test_bench_startup.py and
tests/ui/test_login_first.py: start Kamura Desktop through ``app.main`` itself — the login
dialog first, the books opened on a worker thread meanwhile — type the user name and password
into the real dialog ``PRESS_AFTER`` seconds after it is shown (0: Masuk pressed the moment
it appears, the worst case), and print, as JSON, the seconds from process start to each step
(``time.perf_counter`` does not count from process start, so the parent passes its own clock
reading and the child reports the same clock) with the CPU seconds of the process so far
(``_cpu``: every thread, the opening check's and the worker's included) and of the UI
thread alone (``_ui_cpu``).

    python tests/benchmarks/startup_probe.py kamura DB USER PASSWORD [PRESS_AFTER] [--demo]
    python tests/benchmarks/startup_probe.py bare        # a bare PySide6 window

Marks: ``login_shown`` (the dialog is up and the event loop takes keys), ``pressed``
(Masuk), ``books_ready`` (the worker handed the open books to the dialog), ``shown`` (the
main window). ``at_login`` lists the modules of the books (SQLAlchemy, Alembic, the
services, the models, the main window) already imported when the dialog showed; ``heavy``
the libraries only printing, exports and the t-test need (``HEAVY``) loaded when the main
window showed; ``pages`` the pages built. A refused start (a damaged file, a wrong password
that the probe answers by pressing Keluar) reports ``code`` and the dialog's ``error``.
"""

from __future__ import annotations

import json
import os
import sys
import time

#: loaded only when a page, a printout, an export or a t-test needs them — never at start
HEAVY = ("reportlab", "openpyxl", "scipy", "mpmath", "numpy", "PIL", "pypdfium2", "pypdf")

#: what the login dialog must not wait for (imported on the worker thread while it shows);
#: kamura_desktop.services.locations (stdlib + platformdirs: where the data folder is) is not
#: among them
BOOKS = ("sqlalchemy", "alembic", "kamura_desktop.db.database", "kamura_desktop.db.models",
         "kamura_desktop.services.setup", "kamura_desktop.services.users",
         "kamura_desktop.services.settings", "kamura_desktop.ui.shell.main_window",
         "kamura_desktop.demo.build")


def _since_start() -> float:
    return time.time() - float(os.environ["KAMURA_PROBE_T0"])


def _cpu() -> float:
    """CPU seconds of this process so far, every thread (the load of the shared machine
    inflates the wall time, not this)."""
    return time.process_time()


def _loaded(names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in list(sys.modules)
                  if any(m == h or m.startswith(h + ".") for h in names))


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Kamura"))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    return {"shown": _since_start(), "shown_cpu": _cpu()}


def kamura(db_path: str, user: str, password: str, press_after: float = 0.0,
           demo: bool = False) -> dict:
    marks: dict = {}

    def mark(name: str) -> None:
        marks[name] = _since_start()
        marks[name + "_cpu"] = _cpu()
        marks[name + "_ui_cpu"] = time.thread_time()  # the UI thread's own share

    from kamura_desktop import app as app_module

    def login_shown(dialog) -> None:
        mark("login_shown")
        marks["at_login"] = _loaded(BOOKS)
        marks["services_at_login"] = sorted(
            m for m in sys.modules if m.startswith("kamura_desktop.services."))
        from PySide6.QtCore import QTimer
        from PySide6.QtNetwork import QLocalSocket

        from kamura_desktop.ui.single_instance import server_name

        marks["hint"] = dialog.hint.text()
        knock = QLocalSocket()  # what a second start of the same file does first
        knock.connectToServer(server_name(app_module.demo_db_path() if demo else db_path))
        marks["guard_listening"] = knock.waitForConnected(2000)
        knock.abort()

        handed = getattr(dialog, "books_ready", None)  # None: a dialog on open books

        def books_ready(db) -> None:
            mark("books_ready")
            handed(db)

        if handed is not None:
            dialog.books_ready = books_ready

        def press() -> None:
            import shiboken6

            if not shiboken6.isValid(dialog):  # the main window replaced it meanwhile
                return
            if dialog.error.isVisible():  # refused: leave as the clerk would
                marks["error"] = dialog.error.text()
                dialog.reject()
                return
            dialog.username.setText(user)
            dialog.password.setText(password)
            mark("pressed")
            dialog.ok_button.click()
            marks["waited"] = getattr(dialog, "waiting", False)  # the books were not ready yet
            if marks["waited"]:
                marks["waiting_button"] = dialog.ok_button.text()
            watch(time.monotonic() + 30)  # a refusal shows an error: then leave

        def watch(until: float) -> None:
            """After a press: the main window replaces the dialog, or the dialog shows a
            refusal (leave then, as the clerk would) — looked at every 50 ms, not after a
            fixed 30 s (a refused login cost its test 31 s). The dialog may be gone already
            (the main window replaced it between two looks): then there is nothing to watch."""
            import shiboken6

            if not shiboken6.isValid(dialog) or not dialog.isVisible():
                return
            if dialog.error.isVisible() or time.monotonic() > until:
                press()
                return
            QTimer.singleShot(50, lambda: watch(until))

        QTimer.singleShot(round(press_after * 1000), press)

    def main_window_shown(window) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        mark("shown")
        marks["heavy"] = _loaded(HEAVY)
        marks["pages"] = [key for key in window.pages if window.pages.is_built(key)]
        marks["check"] = window.ctx.db.opening_check
        QTimer.singleShot(0, window.close)

    def critical(text: str) -> None:  # the refusal's message box, which nobody would close
        marks["critical"] = text

    app_module._critical = critical
    app_module.START_HOOKS.update(login_shown=login_shown, main_window_shown=main_window_shown)
    argv = ["--demo"] if demo else ["--db", db_path]
    marks["code"] = app_module.main(argv)
    return marks


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        result = bare()
    else:
        # started by hand without the run's KAMURA_DATA_DIR: a folder of its own, never the
        # user's real one (the books' seal key would be left there)
        from run_folder import run_data_dir  # beside this script (sys.path[0])

        run_data_dir()
        rest = [a for a in sys.argv[2:] if a != "--demo"]
        result = kamura(rest[0], rest[1], rest[2], float(rest[3]) if len(rest) > 3 else 0.0,
                        demo="--demo" in sys.argv)
    print(json.dumps(result))
