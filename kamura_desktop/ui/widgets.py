"""Small widgets shared by the books: a form row with its own error label."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Error labels shown right under the fields of a QFormLayout (inline validation)."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.labels[field] = err
        form.addRow(label, box)

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.clear()
            lab.hide()

    def show(self, field: str | None, message: str) -> bool:
        """Show the message next to its field; False when the field is not on this form."""
        lab = self.labels.get(field or "")
        if lab is None:
            return False
        lab.setText(message)
        lab.show()
        return True
