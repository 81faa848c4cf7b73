"""Helpers for qtbot tests: answer the next modal message box as a user would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class MessageBoxWatcher:
    """Polls for the next QMessageBox, records its title and text, then presses a button."""

    def __init__(self, button: QMessageBox.StandardButton | None = None):
        self.button = button
        self.seen: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append((box.windowTitle(), box.text()))
            if self.button is not None and box.button(self.button) is not None:
                box.button(self.button).click()
            else:
                box.accept()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def texts(self) -> list[str]:
        return [t for _, t in self.seen]
