"""Laporan evaluasi: the period, which surveys to include, the chair's texts, and the report.

The chair writes the process-evaluation notes, the conclusions and the recommendations here
(``save_report_notes``; read-only for the other roles). "Pratinjau PDF" and "Simpan Excel"
run ``evaluation_report``'s generators on a worker thread with a progress dialog; the report
takes the rounds and income surveys ticked in the lists (those held in the period).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.services import evaluation
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.evaluation import ReportNotesDTO

from ..save_dialog import ask_save_path
from ..widgets import why_disabled
from .printing import export_report_xlsx, print_report
from .widgets import DateEdit, NoticeBar, can, hint, section_title


class ReportTab(QWidget):
    NOTE_FIELDS = ("process_notes", "conclusions", "recommendations")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._loading = False
        self.dirty = False

        today = dt.date.today()
        self.date_from = DateEdit(dt.date(today.year, 1, 1))
        self.date_from.setObjectName("reportFrom")
        self.date_to = DateEdit(today)
        self.date_to.setObjectName("reportTo")
        self.date_from.dateChanged.connect(lambda _d: self.fill_lists())
        self.date_to.dateChanged.connect(lambda _d: self.fill_lists())
        self.pdf_button = QPushButton(self.tr("Pratinjau PDF"))
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(lambda: self.preview_pdf())
        self.xlsx_button = QPushButton(self.tr("Simpan Excel…"))
        self.xlsx_button.setObjectName("reportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periode")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("s.d.")))
        top.addWidget(self.date_to)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        self.notice = NoticeBar()

        self.rounds = QListWidget()
        self.rounds.setObjectName("reportRounds")
        self.surveys = QListWidget()
        self.surveys.setObjectName("reportSurveys")
        for w in (self.rounds, self.surveys):
            w.setMaximumHeight(130)
        lists = QGridLayout()
        lists.addWidget(section_title(self.tr("Putaran IKM yang dimuat")), 0, 0)
        lists.addWidget(section_title(self.tr("Survei pendapatan yang dimuat")), 0, 1)
        lists.addWidget(self.rounds, 1, 0)
        lists.addWidget(self.surveys, 1, 1)

        self.notes: dict[str, QPlainTextEdit] = {}
        captions = {
            "process_notes": (self.tr("Catatan evaluasi proses"),
                              self.tr("mis. jalannya pendampingan kelompok, kehadiran pertemuan, "
                                      "kendala pengembalian yang ditemui")),
            "conclusions": (self.tr("Kesimpulan"),
                            self.tr("mis. program efektif menurut peminjam dan pengelola; pendapatan "
                                    "anggota naik secara signifikan")),
            "recommendations": (self.tr("Rekomendasi"),
                                self.tr("mis. perpanjang jangka waktu pinjaman untuk usaha musiman")),
        }
        box = QGroupBox(self.tr("Teks ketua untuk laporan"))
        bl = QGridLayout(box)
        for col, key in enumerate(self.NOTE_FIELDS):
            caption, placeholder = captions[key]
            edit = QPlainTextEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(self.on_text_changed)
            self.notes[key] = edit
            bl.addWidget(QLabel(caption), 0, col)
            bl.addWidget(edit, 1, col)
        self.save_button = QPushButton(self.tr("Simpan teks"))
        why_disabled(self.save_button, self.tr("Belum ada teks yang diubah."))
        self.save_button.setObjectName("saveNotes")
        self.save_button.clicked.connect(lambda: self.save_notes())
        self.notes_hint = hint()
        row = QHBoxLayout()
        row.addWidget(self.notes_hint, 1)
        row.addWidget(self.save_button)
        bl.addLayout(row, 2, 0, 1, 3)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addLayout(lists)
        lay.addWidget(box, 1)
        lay.addWidget(hint(self.tr(
            "Laporan memuat: sampul, ringkasan program, catatan evaluasi proses, tabel IKM tiap "
            "putaran dengan kategori dan grafiknya, tabel uji-t, fakta portofolio (tingkat "
            "pengembalian, kolektibilitas, PAR, perkembangan dana), kesimpulan dan rekomendasi.")))
        ctx.hub.changed.connect(self.on_changed)

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload(keep_text=self.dirty)  # the chair's unsaved text stays

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("evaluation"):
            if self.isVisible():
                self.reload(keep_text=self.dirty)
            else:
                self._stale = True

    def manage(self) -> bool:
        return can(self.ctx.actor, "evaluation.manage")

    def reload(self, *, keep_text: bool = False) -> None:
        rounds = evaluation.list_rounds(self.ctx.db)
        surveys = evaluation.list_income_surveys(self.ctx.db)
        dates = [r.held_on for r in rounds] + [s.held_on for s in surveys]
        if dates and not getattr(self, "_period_set", False):
            self._period_set = True
            # from the start of the first survey's year: the loans a survey evaluates were
            # made before it (the demo's pilot: disbursed in March, surveyed in June)
            first_year = dt.date(min(dates).year, 1, 1)
            for w, value in ((self.date_from, min(first_year, self.date_from.value())),
                             (self.date_to, max(max(dates), self.date_to.value()))):
                w.blockSignals(True)
                w.set_value(value)
                w.blockSignals(False)
        self._rounds, self._surveys = rounds, surveys
        self.fill_lists()
        if not keep_text:
            self.load_notes()
        manage = self.manage()
        for edit in self.notes.values():
            edit.setReadOnly(not manage)
        self.save_button.setVisible(manage)
        self.notes_hint.setText("" if manage else self.tr(
            "Teks ini ditulis oleh ketua; Anda dapat membacanya dan mencetak laporannya."))

    def load_notes(self) -> None:
        notes = evaluation.get_report_notes(self.ctx.db)
        self._loading = True
        for key, edit in self.notes.items():
            edit.setPlainText(getattr(notes, key))
        self._loading = False
        self.dirty = False
        self.save_button.setEnabled(False)

    def fill_lists(self) -> None:
        start, end = self.date_from.value(), self.date_to.value()
        for widget, rows, text in (
                (self.rounds, getattr(self, "_rounds", []),
                 lambda r: self.tr("{title} — {code}, {date}").format(
                     title=r.title, code=r.instrument_code.upper(), date=format_date_id(r.held_on))),
                (self.surveys, getattr(self, "_surveys", []),
                 lambda s: self.tr("{title} — {date}").format(title=s.title,
                                                              date=format_date_id(s.held_on)))):
            unchecked = {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                         if widget.item(i).checkState() != Qt.CheckState.Checked}
            widget.clear()
            for r in rows:
                if not start <= r.held_on <= end:
                    continue
                item = QListWidgetItem(text(r))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if r.id in unchecked else Qt.CheckState.Checked)
                widget.addItem(item)
            if widget.count() == 0:
                empty = QListWidgetItem(self.tr("(tidak ada dalam periode ini)"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(empty)

    @staticmethod
    def checked_ids(widget: QListWidget) -> list[int]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
                and widget.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    # ------------------------------------------------------------ the chair's texts
    def on_text_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.save_button.setEnabled(True)

    def save_notes(self) -> bool:
        notes = ReportNotesDTO(**{k: e.toPlainText() for k, e in self.notes.items()})
        if self.ctx.perform(evaluation.save_report_notes, source=self, notes=notes) is None:
            return False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.notice.show_message(self.tr("Teks laporan disimpan."), kind="ok")
        return True

    def _before_report(self) -> bool:
        if self.date_from.value() > self.date_to.value():
            self.notice.show_message(self.tr("Tanggal awal periode sesudah tanggal akhirnya."),
                                     kind="error")
            return False
        if self.dirty and self.manage():
            return self.save_notes()  # the report prints what is saved
        return True

    # ------------------------------------------------------------ documents
    def preview_pdf(self, on_shown=None):
        if not self._before_report():
            return None
        return print_report(self.ctx, self, date_from=self.date_from.value(),
                            date_to=self.date_to.value(), round_ids=self.checked_ids(self.rounds),
                            survey_ids=self.checked_ids(self.surveys), on_shown=on_shown)

    def save_xlsx(self, path: str | Path | None = None, on_done=None):
        if not self._before_report():
            return None
        start, end = self.date_from.value(), self.date_to.value()
        path = ask_save_path(self, self.tr("Simpan laporan evaluasi"),
                             f"laporan-evaluasi-{start:%Y%m%d}-{end:%Y%m%d}.xlsx", kind="xlsx",
                             path=path)
        if path is None:
            return None
        return export_report_xlsx(self.ctx, self, path=path, date_from=start, date_to=end,
                                  round_ids=self.checked_ids(self.rounds),
                                  survey_ids=self.checked_ids(self.surveys), on_done=on_done)
