"""The board register on the Laporan tahunan tab (issue 18): the Pengurus (ketua, sekretaris,
bendahara) and the Pengawas (ketua, anggota) with their terms of office, which the RAT book
lists and signs with. The chair (or the admin) records them after the RAT's election; a row
entered by mistake is removed. Writes through ``services/board.py``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import board
from kamura_desktop.services.permissions import allowed

from ..widgets import DataTable, DateEdit, FieldErrors, keep_columns_whole
from .models import Column, RowsModel


class BoardBox(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(self.tr("Pengurus dan Pengawas (masa jabatan)"), parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Badan"), lambda x: board.BODIES[x.body]),
            Column(self.tr("Jabatan"), lambda x: x.title),
            Column(self.tr("Nama"), lambda x: x.name),
            Column(self.tr("Mulai"), lambda x: x.term_start, "date"),
            Column(self.tr("Sampai"), lambda x: x.term_end, "date"),
        ], self, key=lambda x: x.id)
        self.table = DataTable()
        self.table.setObjectName("boardTable")
        self.table.setModel(self.model)
        self.table.set_widths({0: 90, 1: 130, 3: 130, 4: 130}, stretch=2)
        keep_columns_whole(self.table, (3, 4))  # the terms' dates whole in the program's font
        self.table.setMinimumHeight(150)
        self.position = QComboBox()
        self.position.setObjectName("boardPosition")
        for label, key in ((self.tr("Ketua Pengurus"), "pengurus:ketua"),
                           (self.tr("Sekretaris Pengurus"), "pengurus:sekretaris"),
                           (self.tr("Bendahara Pengurus"), "pengurus:bendahara"),
                           (self.tr("Ketua Pengawas"), "pengawas:ketua"),
                           (self.tr("Anggota Pengawas"), "pengawas:anggota")):
            self.position.addItem(label, key)
        self.name = QLineEdit()
        self.name.setObjectName("boardName")
        today = dt.date.today()
        self.term_start = DateEdit(today)
        self.term_start.setObjectName("boardStart")
        self.term_end = DateEdit(today.replace(year=today.year + 4, month=12, day=31))
        self.term_end.setObjectName("boardEnd")
        self.add_button = QPushButton(self.tr("Tambah ke daftar"))
        self.add_button.setObjectName("boardAdd")
        self.remove_button = QPushButton(self.tr("Hapus baris terpilih"))
        self.remove_button.setObjectName("boardRemove")
        self.info = QLabel()
        self.info.setObjectName("boardInfo")
        self.info.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Jabatan"), self.position)
        self.errors.add_row(form, self.tr("Nama"), self.name, "name")
        term = QHBoxLayout()
        term.addWidget(self.term_start)
        term.addWidget(QLabel(self.tr("sampai")))
        term.addWidget(self.term_end)
        term.addStretch(1)
        box = QWidget()
        box.setLayout(term)
        self.errors.add_row(form, self.tr("Masa jabatan"), box, "term_start")
        self.errors.labels["term_end"] = self.errors.labels["term_start"]
        self.errors.labels["position"] = self.errors.labels["name"]
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(form)
        lay.addLayout(buttons)
        if not allowed(ctx.actor, "board.edit"):
            for button in (self.add_button, self.remove_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Hanya ketua atau admin yang mencatat pengurus dan pengawas."))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.load()

    def load(self) -> None:
        rows = board.list_board(self.ctx.db)
        self.model.set_rows(rows)
        if not rows:
            self.info.setText(self.tr("Belum ada pengurus dan pengawas yang dicatat: buku RAT memakai pengguna "
                                      "ketua dan bendahara dan memberi garis kosong untuk sekretaris dan Pengawas."))

    def add(self):
        body, position = self.position.currentData().split(":")  # "pengawas:ketua"
        data = board.BoardMemberInput(body, position, self.name.text(), self.term_start.value(),
                                      self.term_end.value())
        self.errors.clear()
        outcome = self.ctx.perform(board.add_board_member, data=data, source=self, errors=self.errors,
                                   general=self.info)
        if outcome is not None:
            self.name.clear()
            self.info.setText(self.tr("{title} {name} dicatat.").format(title=outcome.value.title,
                                                                          name=outcome.value.name))
            self.load()
        return outcome

    def remove(self):
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            self.info.setText(self.tr("Pilih dulu baris yang akan dihapus."))
            return None
        outcome = self.ctx.perform(board.remove_board_member, member_id=row.id, source=self, general=self.info)
        if outcome is not None:
            self.info.setText(self.tr("{name} dihapus dari daftar.").format(name=row.name))
            self.load()
        return outcome
