"""The RAT of the year on the Laporan tahunan tab (issue 18): its number, date and place, and
the texts written for the RAT book — the board's foreword, the year's important events and the
Pengawas' report (the Pengawas hand it to the chair, who enters it, as the chair's notes are
entered). Saved through ``services/rat_book.py``; the chair only (``rat.edit``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import rat_book
from kamura_desktop.services.permissions import allowed

from ..widgets import DateEdit


class RatBookBox(QGroupBox):
    """The RAT of financial year ``year()`` (a callable: the tab's year box)."""

    def __init__(self, ctx, year, parent: QWidget | None = None, *, on_saved=None):
        super().__init__(self.tr("Rapat Anggota Tahunan dan naskah buku RAT"), parent)
        self.ctx, self.year, self.on_saved = ctx, year, on_saved
        self.number = QLineEdit()
        self.number.setObjectName("ratNumber")
        self.number.setPlaceholderText(self.tr("mis. ke-7"))
        self.has_date = QCheckBox(self.tr("Tanggal sudah ditetapkan"))
        self.has_date.setObjectName("ratHasDate")
        self.held_on = DateEdit(dt.date(year() + 1, 2, 15))
        self.held_on.setObjectName("ratDate")
        self.place = QLineEdit()
        self.place.setObjectName("ratPlace")
        self.place.setPlaceholderText(self.tr("mis. Balai Desa Mekarmukti"))
        self.foreword = QPlainTextEdit()
        self.foreword.setObjectName("ratForeword")
        self.events = QPlainTextEdit()
        self.events.setObjectName("ratEvents")
        self.pengawas = QPlainTextEdit()
        self.pengawas.setObjectName("ratPengawas")
        for edit, hint in ((self.foreword, self.tr("Kata pengantar Pengurus (awal BAB I).")),
                           (self.events, self.tr("Peristiwa penting tahun ini, satu paragraf per peristiwa.")),
                           (self.pengawas, self.tr("Laporan Pengawas seperti ditulis Pengawas (BAB X)."))):
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
        self.save_button = QPushButton(self.tr("Simpan data RAT"))
        self.save_button.setObjectName("ratSave")
        self.info = QLabel()
        self.info.setObjectName("ratInfo")
        self.info.setWordWrap(True)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.held_on)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Nomor RAT"), self.number)
        form.addRow(self.tr("Tanggal RAT"), when)
        form.addRow(self.tr("Tempat"), self.place)
        form.addRow(self.tr("Kata pengantar"), self.foreword)
        form.addRow(self.tr("Peristiwa penting"), self.events)
        form.addRow(self.tr("Laporan Pengawas"), self.pengawas)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.save_button)
        lay.addLayout(bottom)
        if not allowed(ctx.actor, "rat.edit"):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Hanya ketua yang mencatat data RAT."))
        self.has_date.toggled.connect(self.held_on.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        year = self.year()
        rat = rat_book.get_rat_book(self.ctx.db, year=year)
        self.number.setText(rat.number if rat else "")
        self.has_date.setChecked(bool(rat and rat.held_on))
        self.held_on.setEnabled(bool(rat and rat.held_on))
        self.held_on.set_value(rat.held_on if rat and rat.held_on else dt.date(year + 1, 2, 15))
        self.place.setText(rat.place if rat else "")
        self.foreword.setPlainText(rat.foreword if rat else "")
        self.events.setPlainText(rat.events if rat else "")
        self.pengawas.setPlainText(rat.pengawas_report if rat else "")
        self.info.setText(self.tr("Belum dicatat: sampul tanpa nomor dan tanggal RAT, tanda tangan bertanggal "
                                  "kosong.") if rat is None else "")

    def save(self):
        data = rat_book.RatBookInput(
            number=self.number.text(), held_on=self.held_on.value() if self.has_date.isChecked() else None,
            place=self.place.text(), foreword=self.foreword.toPlainText(), events=self.events.toPlainText(),
            pengawas_report=self.pengawas.toPlainText())
        outcome = self.ctx.perform(rat_book.save_rat_book, year=self.year(), data=data, source=self)
        if outcome is not None:
            self.info.setText(self.tr("Data RAT tahun buku {year} disimpan.").format(year=self.year()))
            if self.on_saved is not None:
                self.on_saved()
        return outcome
