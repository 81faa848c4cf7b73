"""The one background-work helper: results, errors, progress and cancel come back on the UI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from kamura_desktop.domain.errors import UserError
from kamura_desktop.ui.tasks import Cancelled, TaskRunner


def test_result_comes_back_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    seen = {}
    main = QThread.currentThread()

    def work():
        seen["worker_is_main"] = QThread.currentThread() is main
        return 41 + 1

    def done(value):
        seen["value"] = value
        seen["done_on_main"] = QThread.currentThread() is main

    task = runner.run(work, label="uji", on_done=done)
    qtbot.waitUntil(lambda: task.is_finished, timeout=3000)
    assert seen == {"worker_is_main": False, "value": 42, "done_on_main": True}


def test_a_user_error_reaches_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def work():
        raise UserError("Berkas tidak dapat ditulis.")

    task = runner.run(work, label="uji", on_error=errors.append)
    qtbot.waitUntil(lambda: task.is_finished, timeout=3000)
    assert len(errors) == 1 and errors[0].message == "Berkas tidak dapat ditulis."


def test_a_generator_reports_progress_and_returns_its_value(qtbot):
    runner = TaskRunner()

    def build():
        for i in range(5):
            yield i + 1, 5, f"halaman {i + 1}"
        return "selesai"

    task = runner.run(build, label="uji")
    qtbot.waitUntil(lambda: task.is_finished, timeout=3000)
    assert task.result == "selesai" and task.error is None


def test_cancel_stops_a_generator_between_steps(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    steps = []

    def build():
        for i in range(1000):
            started.set()
            steps.append(i)
            time.sleep(0.005)
            yield i, 1000
        return "tidak boleh sampai"

    task = runner.run(build, label="uji", cancellable=True)
    assert started.wait(3)
    task.cancel()
    qtbot.waitUntil(lambda: task.is_finished, timeout=3000)
    assert isinstance(task.error, Cancelled)
    assert task.result is None and len(steps) < 1000


def test_the_progress_dialog_appears_only_for_slow_work(qtbot):
    from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner()
    fast = runner.run(lambda: 1, label="cepat", parent_widget=parent)
    qtbot.waitUntil(lambda: fast.is_finished, timeout=3000)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    release = threading.Event()
    slow = runner.run(lambda: release.wait(5), label="Membuat cadangan…", parent_widget=parent)
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in parent.findChildren(QProgressDialog)), timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: slow.is_finished, timeout=3000)


def test_an_older_slower_task_never_overwrites_the_newer_result(qtbot):
    """A view that recomputes (year, then March) shows the newer figures even when the older
    computation finishes last (the budget tab showed the year's figures under 'Maret')."""
    runner = TaskRunner()
    release_old = threading.Event()
    shown: list[str] = []

    def old_work():
        release_old.wait(5)
        return "setahun"

    old = runner.run(old_work, label="lama", on_done=shown.append, show_progress=False)
    new = runner.run(lambda: "maret", label="baru", on_done=shown.append, show_progress=False,
                     supersedes=old)
    qtbot.waitUntil(lambda: new.is_finished, timeout=5_000)
    release_old.set()
    qtbot.waitUntil(lambda: old.is_finished, timeout=5_000)
    assert shown == ["maret"]
    assert old.superseded and not new.superseded
