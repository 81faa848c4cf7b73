"""An empty page for a book that a later issue fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent=None):
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setObjectName("pageHint")
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(body)
        lay.addStretch(1)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
