"""The one way to run long work (PDF, Excel, backup, big queries) off the UI thread.

``TaskRunner.run(fn, ...)`` runs ``fn`` on a worker thread. ``fn`` may return a value, or be
a generator that yields progress — ``(done, total)`` or ``(done, total, text)`` — and
returns its result (``documents/`` builders are such generators). A progress dialog
appears only when the work takes more than ``SHOW_AFTER_MS``; with ``cancellable=True`` it
has a cancel button, checked between yields. Results and errors come back on the UI
thread through signals. Services open their own session per call, so no SQLAlchemy session
crosses threads, and no widget is touched off the UI thread.
"""

from __future__ import annotations

import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """The user cancelled the task."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
            if inspect.isgenerator(result):
                gen = result
                try:
                    while True:
                        if self.cancel.is_set():
                            gen.close()
                            raise Cancelled()
                        step = next(gen)
                        if isinstance(step, tuple) and len(step) >= 2:
                            text = str(step[2]) if len(step) > 2 else ""
                            self.signals.progress.emit(int(step[0]), int(step[1]), text)
                except StopIteration as stop:
                    result = stop.value
            if self.cancel.is_set():
                raise Cancelled()
            self.signals.done.emit(result)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self.signals.failed.emit(exc, traceback.format_exc())


class Task(QObject):
    """A running task; ``finished`` is emitted after on_done/on_error ran."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_finished = False
        # a newer task for the same view replaced this one: its result is stale and not shown
        self.superseded = False

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        label: str,
        parent_widget: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = False,
        show_progress: bool = True,
        supersedes: Task | None = None,
    ) -> Task:
        """Run ``fn`` on the pool. ``supersedes``: the view's previous task for the same
        figures; it is cancelled and its result never reaches the screen (a slower, older
        computation must not overwrite the newer one)."""
        if supersedes is not None and not supersedes.is_finished:
            supersedes.superseded = True
            supersedes.cancel()
        task = Task(self)
        signals = _Signals()
        dialog: list[QProgressDialog] = []

        def show_dialog() -> None:
            if task.is_finished:
                return
            dlg = QProgressDialog(label, self.tr("Batal") if cancellable else "", 0, 0,
                                  parent_widget)
            dlg.setWindowTitle(self.tr("Mohon tunggu"))
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(0)
            if not cancellable:
                dlg.setCancelButton(None)
            else:
                dlg.canceled.connect(task.cancel)
            dlg.show()
            dialog.append(dlg)

        timer = QTimer(task)
        timer.setSingleShot(True)
        timer.timeout.connect(show_dialog)
        if show_progress:  # a background check says its result elsewhere (the status bar)
            timer.start(SHOW_AFTER_MS)

        def on_progress(done: int, total: int, text: str) -> None:
            if dialog:
                dialog[0].setMaximum(max(total, 0))
                dialog[0].setValue(done)
                if text:
                    dialog[0].setLabelText(text)

        def finish() -> None:
            task.is_finished = True
            timer.stop()
            if dialog:
                dialog[0].reset()
                dialog[0].deleteLater()
            self._running.discard(task)
            signals.deleteLater()

        def done(result: Any) -> None:
            finish()
            task.result = result
            if on_done and not task.superseded:
                on_done(result)
            task.finished.emit()

        def failed(exc: BaseException, tb: str) -> None:
            finish()
            task.error = exc
            if on_error and not task.superseded:
                on_error(exc)
            task.finished.emit()

        signals.progress.connect(on_progress)
        signals.done.connect(done)
        signals.failed.connect(failed)
        self._running.add(task)
        self.pool.start(_Job(fn, signals, task.cancel_event))
        return task

    def wait_all(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
