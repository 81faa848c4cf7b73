"""Choosing a member for a group: a new group member (nearest first) or a lender supervisor.

The dialog lists members from a loader (a service call), lets the clerk search by typing,
and on OK runs the given action (a service call). A refusal is shown in the dialog, which
stays open; on success the change is published and the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services.changes import Outcome

from ..widgets import why_disabled
from .models import GREEN, RED, TEXT, DtoTableModel
from .widgets import error_label, fit_columns, hint, table_view


@dataclass(frozen=True)


class PickRow:
    id: int
    number: str
    name: str
    rt_rw: str
    kampung: str
    trade: str
    note: str
    note_ok: bool = True


class PickModel(DtoTableModel):
    COL_NUMBER, COL_NAME, COL_RT_RW, COL_KAMPUNG, COL_TRADE, COL_NOTE = range(6)

    def __init__(self, note_header: str, parent=None):
        self.note_header = note_header
        super().__init__(parent)

    def columns(self):
        return [(self.tr("No. anggota"), TEXT), (self.tr("Nama"), TEXT), (self.tr("RT/RW"), TEXT),
                (self.tr("Kampung"), TEXT), (self.tr("Usaha"), TEXT), (self.note_header, TEXT)]

    def raw(self, r: PickRow, col: int):
        return (r.number, r.name, r.rt_rw, r.kampung, r.trade, r.note)[col]

    def foreground(self, r: PickRow, col: int):
        if col == self.COL_NOTE:
            return GREEN if r.note_ok else RED
        return None


class MemberPickerDialog(QDialog):
    def __init__(self, ctx, *, title: str, intro: str, note_header: str,
                 loader: Callable[[str], list[PickRow]], action: Callable[..., Outcome],
                 ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loader = loader
        self.action = action
        self.outcome = None
        self.setObjectName("memberPicker")
        self.setWindowTitle(title)
        self.resize(860, 480)

        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Ketik nama, nomor anggota atau RT untuk mencari…"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self.timer.start())

        self.model = PickModel(note_header, self)
        self.view = table_view(self.model, stretch=PickModel.COL_NOTE)
        self.view.setObjectName("pickerList")
        fit_columns(self.view, {PickModel.COL_NUMBER: 90, PickModel.COL_NAME: 180,
                                PickModel.COL_RT_RW: 70, PickModel.COL_KAMPUNG: 100,
                                PickModel.COL_TRADE: 150})
        self.view.doubleClicked.connect(lambda _i: self.choose())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.error = error_label()
        self.ok_button = QPushButton(ok_text)
        why_disabled(self.ok_button, self.tr("Pilih dulu satu baris di daftar."))
        self.ok_button.setObjectName("pickOk")
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.ok_button.clicked.connect(self.choose)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(cancel, 0, Qt.AlignmentFlag.AlignBottom)

        lay = QVBoxLayout(self)
        lay.addWidget(hint(intro))
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            rows = self.loader(self.search.text().strip())
        except UserError as exc:
            rows = []
            self.error.setText(exc.message)
            self.error.show()
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.current() is not None)

    def current(self) -> PickRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def choose(self) -> None:
        row = self.current()
        if row is None:
            return
        self.error.hide()

        def refused(exc: UserError) -> None:  # a missing permission too: beside the button
            self.error.setText(exc.message)
            self.error.show()

        outcome = self.ctx.perform(self.action, source=self, on_error=refused, member_id=row.id)
        if outcome is None:
            return
        self.outcome = outcome
        self.accept()
