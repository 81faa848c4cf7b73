"""Survei IKM: the survey rounds and the answers of the chosen round.

Above, the rounds (instrument, date, respondents, how many answered everything) with
"Putaran baru…", the Excel template and the Excel import. Below, the answer grid of the
chosen round (see :mod:`.answer_grid` for the keys): a row per respondent, a column per
item. Each answer is saved at once through ``evaluation.set_answer``; a value the scale
does not have is refused by the service and its message shown above the grid. Under the
grid, the round's IKM so far, recomputed by the service after every answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import evaluation, evaluation_io
from kamura_desktop.services.changes import Changes

from ..context import raise_refusal
from ..messages import confirm
from ..save_dialog import ask_save_path
from ..widgets import FieldErrors, why_disabled
from .answer_grid import AnswerTable
from .importing import ImportFlow
from .models import ID_ROLE, AnswerGridModel, RoundListModel
from .printing import run_file_task, safe_name
from .widgets import DateEdit, NoticeBar, RespondentPicker, can, fmt_decimal, hint, setup_table


def scale_name(ctx, code: str) -> str:
    """The name of a scale, built-in or the office's own (the code when it is unknown)."""
    try:
        return evaluation.scale_by_code(ctx.db, code).name
    except UserError:
        return code


class NewRoundDialog(QDialog):
    """Putaran baru: which questionnaire, a title, the date, and the answer scale. With
    ``existing`` (a RoundDTO) given: that round's title, date and notes corrected (its
    questionnaire and scale stay, the answers were given on them)."""

    created = Signal(object)  # RoundDTO (new or changed)

    def __init__(self, ctx, parent: QWidget | None = None, *, existing=None):
        super().__init__(parent)
        self.ctx = ctx
        self.round = existing
        self.result_value = None
        self.errors = FieldErrors()
        self.setObjectName("editRound" if existing else "newRound")
        self.setWindowTitle(self.tr("Ubah putaran survei") if existing
                            else self.tr("Putaran survei baru"))
        self.setMinimumWidth(520)

        self.instrument = QComboBox()
        self.instrument.setObjectName("instrument")
        self.instruments = {i.id: i for i in evaluation.list_instruments(ctx.db)}
        for i in self.instruments.values():
            self.instrument.addItem(f"{i.code.upper()} — {i.name}", i.id)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("mis. Survei KSM semester II 2025"))
        self.held_on = DateEdit()
        self.held_on.setObjectName("held_on")
        self.scale = QComboBox()
        self.scale.setObjectName("scale")
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("boleh dikosongkan"))
        self.instrument.currentIndexChanged.connect(lambda _i: self.fill_scales())
        self.fill_scales()
        if existing is not None:
            self.instrument.setCurrentIndex(max(0, self.instrument.findData(existing.instrument_id)))
            self.instrument.setEnabled(False)
            self.scale.clear()
            self.scale.addItem(existing.scale.name, existing.scale_code)
            self.scale.setEnabled(False)
            self.title.setText(existing.title)
            self.held_on.set_value(existing.held_on)
            self.notes.setText(existing.notes)
            self.notes.setCursorPosition(0)

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Instrumen"), self.instrument, "instrument_id")
        self.errors.add_row(form, self.tr("Judul"), self.title, "title")
        self.errors.add_row(form, self.tr("Tanggal survei"), self.held_on, "held_on")
        self.errors.add_row(form, self.tr("Skala jawaban"), self.scale, "scale_code")
        self.errors.add_row(form, self.tr("Catatan"), self.notes, "notes")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button = QPushButton(self.tr("Simpan perubahan") if existing
                                       else self.tr("Buat putaran"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint(self.tr("Instrumen dan skala tidak diubah lagi: jawaban putaran ini "
                                   "diberikan dengan keduanya.") if existing else
                           self.tr("Skala menentukan nilai jawaban (mis. 1–5 atau 1–4) dan tabel "
                                   "kategorinya; skala kantor diatur di tab Instrumen. Setelah "
                                   "jawaban diisi, skala tidak diubah lagi.")))
        lay.addWidget(self.general_error)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.title.setFocus()

    def fill_scales(self) -> None:
        instrument = self.instruments.get(self.instrument.currentData())
        self.scale.clear()
        own = instrument.scale_code if instrument else None
        if own:
            self.scale.addItem(self.tr("Skala instrumen: {name}").format(
                name=scale_name(self.ctx, own)), None)
        for s in evaluation.list_scales(self.ctx.db):
            if s.code != own:
                self.scale.addItem(s.name, s.code)

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        shown = dict(source=self, errors=self.errors, general=self.general_error)
        if self.round is not None:
            outcome = self.ctx.perform(
                evaluation.update_round, **shown, round_id=self.round.id,
                title=self.title.text(), held_on=self.held_on.value(), notes=self.notes.text())
        else:
            outcome = self.ctx.perform(
                evaluation.create_round, **shown, instrument_id=self.instrument.currentData(),
                title=self.title.text(), held_on=self.held_on.value(),
                scale_code=self.scale.currentData(), notes=self.notes.text())
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.created.emit(outcome.value)
        self.accept()
        return True


class SurveyTab(QWidget):
    round_selected = Signal(object)  # round id or None

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: int | None = None
        self.round = None
        self._stale = False
        self.dialog: QDialog | None = None
        self.import_flow = ImportFlow(ctx, self, kind="round")
        self.import_flow.imported.connect(lambda _v: self.reload(keep_cell=False))

        # ---- rounds
        self.rounds_model = RoundListModel(self)
        self.rounds = QTableView()
        self.rounds.setObjectName("roundTable")
        self.rounds.setModel(self.rounds_model)
        setup_table(self.rounds, stretch=RoundListModel.COL_TITLE)
        R = RoundListModel
        for col, width in ((R.COL_INSTRUMENT, 80), (R.COL_DATE, 140), (R.COL_RESPONDENTS, 90),
                           (R.COL_COMPLETE, 80)):
            self.rounds.setColumnWidth(col, width)
        self.rounds.selectionModel().selectionChanged.connect(lambda *_: self.on_round_clicked())
        self.new_button = QPushButton(self.tr("Putaran baru…"))
        self.new_button.setObjectName("newRound")
        self.new_button.clicked.connect(lambda: self.new_round())
        self.edit_button = QPushButton(self.tr("Ubah putaran…"))
        why_disabled(self.edit_button, self.tr("Pilih dulu survei di daftar."))
        self.edit_button.setObjectName("editRound")
        self.edit_button.setToolTip(self.tr("Ubah judul, tanggal dan catatan putaran ini"))
        self.edit_button.clicked.connect(lambda: self.edit_round())
        self.delete_button = QPushButton(self.tr("Hapus putaran"))
        why_disabled(self.delete_button, self.tr("Pilih dulu survei di daftar."))
        self.delete_button.setObjectName("deleteRound")
        self.delete_button.clicked.connect(lambda: self.delete_round())
        self.template_button = QPushButton(self.tr("Buat templat Excel…"))
        why_disabled(self.template_button, self.tr("Pilih dulu survei di daftar."))
        self.template_button.setObjectName("writeTemplate")
        self.template_button.setToolTip(self.tr("Lembar Excel kosong untuk instrumen putaran ini: "
                                                "satu baris per responden, satu kolom per butir"))
        self.template_button.clicked.connect(lambda: self.write_template())
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        why_disabled(self.import_button, self.tr("Pilih dulu survei di daftar."))
        self.import_button.setObjectName("importAnswers")
        self.import_button.setToolTip(self.tr("Baca jawaban dari templat Excel yang sudah diisi; "
                                              "diperiksa dulu sebelum menggantikan jawaban putaran ini"))
        self.import_button.clicked.connect(lambda: self.import_answers())
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(actions)
        tl.addWidget(self.rounds, 1)

        # ---- the grid of the chosen round
        self.heading = QLabel()
        self.heading.setObjectName("roundHeading")
        self.heading.setStyleSheet("font-weight: bold; color: #12503f;")
        self.heading.setWordWrap(True)
        self.notice = NoticeBar()
        self.grid = AnswerGridModel(self)
        self.grid.saver = self._save_answer
        self.grid.renamer = self._rename_respondent
        self.grid.respondent_renamed.connect(lambda r: self.notice.show_message(
            self.tr("Nama responden diubah menjadi {name}.").format(name=r.name), kind="ok"))
        self.grid.input_error.connect(self.on_input_error)
        self.grid.answer_saved.connect(lambda _r: self.after_answer())
        self.table = AnswerTable()
        self.table.setObjectName("answerTable")
        self.table.setModel(self.grid)
        self.table.past_last_row.connect(self.focus_new_respondent)
        self.picker = RespondentPicker(ctx)
        self.picker.setObjectName("respondentPicker")
        self.picker.picked.connect(lambda _m: self.add_respondent())
        self.picker.free_name.connect(lambda _n: self.add_respondent())
        self.add_button = QPushButton(self.tr("Tambah responden"))
        self.add_button.setObjectName("addRespondent")
        self.add_button.setToolTip(self.tr("Anggota yang dipilih, atau nama yang diketik bila bukan anggota"))
        self.add_button.clicked.connect(lambda: self.add_respondent())
        self.remove_button = QPushButton(self.tr("Hapus responden"))
        self.remove_button.setObjectName("removeRespondent")
        self.remove_button.clicked.connect(lambda: self.remove_respondent())
        people = QHBoxLayout()
        people.addWidget(QLabel(self.tr("Responden baru")), 0, Qt.AlignmentFlag.AlignTop)
        people.addWidget(self.picker, 1)
        people.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        people.addSpacing(12)
        people.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.keys = hint()
        self.summary = QLabel()
        self.summary.setObjectName("liveIkm")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold; color: #12503f;")
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.heading)
        bl.addWidget(self.notice)
        bl.addWidget(self.table, 1)
        bl.addWidget(self.keys)
        bl.addLayout(people)
        bl.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([170, 480])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)

        ctx.hub.changed.connect(self.on_changed)
        self._stale = True  # loaded when first shown
        self.update_buttons()

    # ------------------------------------------------------------ loading
    def can_enter(self) -> bool:
        return can(self.ctx.actor, "evaluation.enter")

    def reload(self, *, keep_cell: bool = True) -> None:
        rounds = evaluation.list_rounds(self.ctx.db)
        self.rounds_model.set_rows(rounds)
        ids = [r.id for r in rounds]
        if self.round_id not in ids:
            self.round_id = ids[0] if ids else None
            keep_cell = False
        self._select_in_list(self.round_id)
        self.open_round(self.round_id, keep_cell=keep_cell)

    def _select_in_list(self, round_id: int | None) -> None:
        sel = self.rounds.selectionModel()
        sel.blockSignals(True)
        row = self.rounds_model.row_of(round_id) if round_id is not None else -1
        if row >= 0:
            self.rounds.selectRow(row)
        else:
            self.rounds.clearSelection()
        sel.blockSignals(False)
        self.rounds.viewport().update()

    def select_round(self, round_id: int) -> None:
        """Show a round (for the page and for tests)."""
        self._select_in_list(round_id)
        self.open_round(round_id, keep_cell=False)

    def on_round_clicked(self) -> None:
        rows = self.rounds.selectionModel().selectedRows()
        round_id = rows[0].data(ID_ROLE) if rows else None
        if round_id != self.round_id:
            self.open_round(round_id, keep_cell=False)

    def open_round(self, round_id: int | None, *, keep_cell: bool = False) -> None:
        where = (self.table.currentIndex().row(), self.table.currentIndex().column())
        changed = round_id != self.round_id
        self.round_id = round_id
        self.notice.clear()
        if round_id is None:
            self.round = None
            self.grid.clear()
            self.heading.setText(self.tr("Belum ada putaran survei. Buat putaran baru untuk mulai "
                                         "mengisi jawaban."))
            self.summary.clear()
            self.keys.clear()
        else:
            self.round = evaluation.get_round(self.ctx.db, round_id)
            instrument = evaluation.get_instrument(self.ctx.db, self.round.instrument_id)
            scale = self.round.scale
            respondents = evaluation.round_respondents(self.ctx.db, round_id)
            self.grid.set_round(instrument, scale, respondents, read_only=not self.can_enter())
            self.table.fit()
            self.heading.setText(self.tr("{title} · {date} · {instrument} · skala {scale}").format(
                title=self.round.title, date=format_date_id(self.round.held_on),
                instrument=instrument.name, scale=scale.name))
            low, high = scale.min_value, scale.max_value
            if self.can_enter():
                self.keys.setText(self.tr(
                    "Ketik {low}–{high}: isi jawaban lalu ke kanan · panah: pindah · Enter: "
                    "responden berikutnya · Del/0: kosongkan · klik ganda: pilih dari daftar · "
                    "F2 atau klik ganda pada nama: perbaiki nama · arahkan tetikus ke kode butir "
                    "untuk membaca pernyataannya").format(low=low, high=high))
            else:
                self.keys.setText(self.tr("Anda hanya dapat melihat jawaban putaran ini."))
            if keep_cell and not changed and where[0] >= 0:
                self.table.go_to(*where)
            else:
                self.table.start()
            self.update_summary()
        self.update_buttons()
        if changed:
            self.round_selected.emit(round_id)

    def update_summary(self) -> None:
        if self.round_id is None:
            self.summary.clear()
            return
        respondents = self.grid.rowCount()
        complete = sum(1 for r in self.grid.respondents
                       if self.grid.answered_count(r) == len(self.grid.items))
        counts = self.tr("{n} responden, {complete} lengkap").format(n=respondents, complete=complete)
        try:
            result = evaluation.round_result(self.ctx.db, self.round_id)
        except UserError as exc:
            self.summary.setStyleSheet("color: #6b4e00;")
            self.summary.setText(self.tr("{counts} · IKM belum dapat dihitung: {why}").format(
                counts=counts, why=exc.message))
            return
        self.summary.setStyleSheet("font-weight: bold; color: #12503f;")
        text = self.tr("{counts} · IKM {ikm} · {category}").format(
            counts=counts, ikm=fmt_decimal(result.ikm), category=result.category.display)
        if result.converted is not None:
            text += self.tr(" · nilai konversi {value}").format(value=fmt_decimal(result.converted))
        self.summary.setText(text)

    def update_buttons(self) -> None:
        enter = self.can_enter()
        has_round = self.round_id is not None
        self.new_button.setEnabled(enter)
        self.edit_button.setEnabled(enter and has_round)
        self.delete_button.setVisible(can(self.ctx.actor, "evaluation.manage"))
        self.delete_button.setEnabled(has_round)
        self.import_button.setEnabled(enter and has_round)
        self.template_button.setEnabled(has_round)
        for w in (self.picker, self.add_button, self.remove_button):
            w.setEnabled(enter and has_round)
        if not enter:
            tip = self.tr("Hanya petugas, bendahara atau ketua yang mengisi jawaban survei.")
            for w in (self.new_button, self.import_button, self.add_button):
                w.setToolTip(tip)

    def on_changed(self, changes: Changes, source: object | None = None) -> None:
        if source is self:
            return  # our own answer: the grid and the summary are already up to date
        if changes.touches("evaluation", "members"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # ------------------------------------------------------------ answers
    def _save_answer(self, respondent_id: int, item_index: int, value: int | None):
        outcome = self.ctx.perform(evaluation.set_answer, source=self, on_error=raise_refusal,
                                   respondent_id=respondent_id, item_index=item_index, value=value)
        self.notice.clear()
        return outcome.value  # the model shows it, then announces answer_saved

    def _rename_respondent(self, respondent, name: str):
        outcome = self.ctx.perform(evaluation.rename_respondent, source=self, on_error=raise_refusal,
                                   respondent_id=respondent.id, name=name,
                                   member_id=respondent.member_id)
        self.notice.clear()
        return outcome.value

    def after_answer(self) -> None:
        self.update_summary()
        self._refresh_round_row()

    def _refresh_round_row(self) -> None:
        rounds = evaluation.list_rounds(self.ctx.db)
        self.rounds_model.set_rows(rounds)
        self._select_in_list(self.round_id)

    def on_input_error(self, row: int, col: int, message: str) -> None:
        self.notice.show_message(message, kind="error")

    # ------------------------------------------------------------ respondents
    def focus_new_respondent(self) -> None:
        """Enter below the last respondent: type the next form's name."""
        if self.picker.isEnabled():
            self.picker.edit.setFocus()

    def add_respondent(self) -> bool:
        if self.round_id is None:
            return False
        member = self.picker.member
        name = None if member is not None else self.picker.edit.text().strip()
        outcome = self.ctx.perform(
            evaluation.add_respondent, source=self,
            on_error=lambda exc: self.notice.show_message(exc.message, kind="error"),
            round_id=self.round_id, name=name, member_id=member.id if member is not None else None)
        if outcome is None:
            return False
        self.picker.clear()
        self.open_round(self.round_id, keep_cell=False)
        row = self.grid.row_of(outcome.value.id)
        self.table.go_to(row, self.grid.FIRST_ITEM)
        self.table.setFocus()
        self._refresh_round_row()
        self.notice.show_message(self.tr("{name} ditambahkan; ketik jawabannya.").format(
            name=outcome.value.name), kind="ok")
        return True

    def remove_respondent(self, *, ask: bool = True) -> bool:
        row = self.table.currentIndex().row()
        r = self.grid.respondent_at(row)
        if r is None:
            return False
        if ask and not confirm(self, self.tr("Hapus responden"),
                               self.tr("Hapus {name} beserta semua jawabannya dari putaran ini?").format(
                                   name=r.name)):
            return False
        if self.ctx.perform(evaluation.remove_respondent, source=self, respondent_id=r.id) is None:
            return False
        self.reload(keep_cell=False)
        return True

    # ------------------------------------------------------------ rounds
    def new_round(self) -> NewRoundDialog:
        dlg = NewRoundDialog(self.ctx, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.created.connect(lambda r: self.select_round(r.id))
        dlg.open()
        self.dialog = dlg
        return dlg

    def edit_round(self) -> NewRoundDialog | None:
        if self.round is None:
            return None
        dlg = NewRoundDialog(self.ctx, parent=self, existing=self.round)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.created.connect(lambda r: self.reload())
        dlg.open()
        self.dialog = dlg
        return dlg

    def delete_round(self, *, ask: bool = True) -> bool:
        if self.round is None:
            return False
        if ask and not confirm(self, self.tr("Hapus putaran"),
                               self.tr("Hapus putaran \"{title}\" beserta {n} responden dan semua "
                                       "jawabannya?").format(title=self.round.title,
                                                             n=self.grid.rowCount())):
            return False
        if self.ctx.perform(evaluation.delete_round, source=self, round_id=self.round.id) is None:
            return False
        self.round_id = None
        self.reload(keep_cell=False)
        return True

    # ------------------------------------------------------------ Excel
    def write_template(self, path: str | Path | None = None, on_done=None):
        if self.round is None or self.grid.instrument is None:
            return None
        instrument, scale = self.grid.instrument, self.grid.scale
        path = ask_save_path(
            self, self.tr("Simpan templat jawaban"),
            f"templat-{safe_name(instrument.code)}-{safe_name(self.round.title)}.xlsx",
            kind="xlsx", path=path)
        if path is None:
            return None
        kind = instrument.respondent_kind if instrument.respondent_kind in ("ksm", "upk") else "ksm"
        return run_file_task(
            self.ctx, self,
            lambda: evaluation_io.write_template(path, kind=kind, instrument=instrument, scale=scale),
            path=path, label=self.tr("Menulis templat Excel…"),
            done_text=self.tr("Templat disimpan di {path}. Isi satu baris per responden, lalu "
                              "impor kembali dengan \"Impor dari Excel\"."), on_done=on_done)

    def import_answers(self, path: str | Path | None = None):
        if self.round is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Impor jawaban dari Excel"), "",
                                                  self.tr("Buku kerja Excel (*.xlsx)"))
            if not path:
                return None
        return self.import_flow.start(Path(path), target_id=self.round.id,
                                      replaces=self.grid.rowCount(), title=self.round.title)

