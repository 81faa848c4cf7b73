"""Pendapatan (uji-t): income surveys and the paired-sample t-test, shown as SPSS shows it.

Left, the survey's grid: a row per respondent with the two monthly incomes (the column
titles are the survey's own labels, e.g. "Sebelum Covid-19" / "Setelah Covid-19") and the
difference second − first; every cell is saved at once through ``save_income_row``. Right,
the three SPSS tables — Paired Samples Statistics, Paired Samples Correlations, Paired
Samples Test — and the decision in words at α = 0,05, all from ``evaluation.income_ttest``.
When the test cannot be computed (fewer than 2 pairs, every difference the same, a row with
one half missing) the service's message is shown instead of the tables.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.stats import format_sig_spss
from kamura_desktop.services import evaluation, evaluation_io
from kamura_desktop.services.changes import Changes

from ..context import raise_refusal
from ..messages import confirm
from ..save_dialog import ask_save_path
from ..widgets import FieldErrors, why_disabled
from .importing import ImportFlow
from .models import IncomeGridModel
from .printing import print_ttest, run_file_task
from .widgets import (
    DASH,
    DateEdit,
    NoticeBar,
    RespondentPicker,
    can,
    fmt_decimal,
    hint,
    section_title,
)


class NewIncomeSurveyDialog(QDialog):
    """A new income survey, or (``survey`` given) the title, date and the two labels of an
    existing one corrected — the grid's column titles and the SPSS tables follow at once."""

    created = Signal(object)  # IncomeSurveyDTO (new or changed)

    def __init__(self, ctx, parent: QWidget | None = None, *, survey=None):
        super().__init__(parent)
        self.ctx = ctx
        self.survey = survey
        self.result_value = None
        self.errors = FieldErrors()
        self.setObjectName("editIncomeSurvey" if survey else "newIncomeSurvey")
        self.setWindowTitle(self.tr("Ubah survei pendapatan") if survey
                            else self.tr("Survei pendapatan baru"))
        self.setMinimumWidth(500)
        self.title = QLineEdit(survey.title if survey else "")
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("mis. Pendapatan anggota sebelum dan sesudah pinjaman"))
        self.held_on = DateEdit(survey.held_on if survey else None)
        self.held_on.setObjectName("held_on")
        self.first_label = QLineEdit(survey.first_label if survey else self.tr("Sebelum pinjaman"))
        self.first_label.setObjectName("first_label")
        self.second_label = QLineEdit(survey.second_label if survey else self.tr("Sesudah pinjaman"))
        self.second_label.setObjectName("second_label")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Judul"), self.title, "title")
        self.errors.add_row(form, self.tr("Tanggal survei"), self.held_on, "held_on")
        self.errors.add_row(form, self.tr("Label nilai pertama"), self.first_label, "first_label")
        self.errors.add_row(form, self.tr("Label nilai kedua"), self.second_label, "second_label")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_button = QPushButton(self.tr("Simpan perubahan") if survey else self.tr("Buat survei"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint(self.tr("Label menjadi judul kedua kolom pendapatan, mis. \"Sebelum "
                                   "Covid-19\" dan \"Setelah Covid-19\". Selisih = nilai kedua − "
                                   "nilai pertama.")))
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)
        self.title.setFocus()

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        values = dict(title=self.title.text(), held_on=self.held_on.value(),
                      first_label=self.first_label.text(), second_label=self.second_label.text())
        if self.survey is not None:
            values["survey_id"] = self.survey.id
        write = (evaluation.create_income_survey if self.survey is None
                 else evaluation.update_income_survey)
        outcome = self.ctx.perform(write, source=self, errors=self.errors,
                                   general=self.general_error, **values)
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.created.emit(outcome.value)
        self.accept()
        return True


class IncomeDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        edit.setObjectName("incomeEditor")
        if index.column() != IncomeGridModel.COL_NAME:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.text())


class IncomeTable(QTableView):
    """Typing starts a cell, Enter saves it and goes down, Tab across, Del blanks it. Enter
    in the second value of the last respondent goes on to the next, new respondent."""

    #: the tab focuses the new-respondent field (no mouse between two respondents)
    past_last_row = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(IncomeDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)

    def go_to(self, row: int, col: int) -> None:
        m = self.model()
        if 0 <= row < m.rowCount() and 0 <= col < m.columnCount():
            self.setCurrentIndex(m.index(row, col))
            self.scrollTo(m.index(row, col))

    def _after_last_pair(self, cur: QModelIndex) -> bool:
        """Enter on the last respondent's second value: nothing is below to go to."""
        return cur.row() + 1 >= self.model().rowCount() and cur.column() == IncomeGridModel.COL_SECOND

    def closeEditor(self, editor: QWidget, hint) -> None:
        # as in a spreadsheet: the cell is saved and the cursor moves, no editor opens there
        moves = {QAbstractItemDelegate.EndEditHint.SubmitModelCache: (1, 0),
                 QAbstractItemDelegate.EndEditHint.EditNextItem: (0, 1),
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: (0, -1)}
        if hint in moves:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            cur = self.currentIndex()
            rows, cols = moves[hint]
            if rows and self._after_last_pair(cur):
                self.past_last_row.emit()
                return
            self.go_to(cur.row() + rows, cur.column() + cols)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:
        cur = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and cur.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._after_last_pair(cur):
                    self.past_last_row.emit()
                else:
                    self.go_to(cur.row() + 1, cur.column())
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                    and cur.column() in IncomeGridModel.VALUE_COLUMNS:
                self.model().setData(cur, "")
                return
        super().keyPressEvent(event)


class IncomeTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.survey_id: int | None = None
        self.survey = None
        self.result = None
        self.cells: dict[str, str] = {}
        self._stale = True
        self.dialog: QDialog | None = None
        self.import_flow = ImportFlow(ctx, self, kind="income")
        self.import_flow.imported.connect(lambda _v: self.reload())

        self.survey_box = QComboBox()
        self.survey_box.setObjectName("incomeSurvey")
        self.survey_box.setMinimumContentsLength(24)
        self.survey_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.survey_box.currentIndexChanged.connect(lambda _i: self.open_survey(self.survey_box.currentData()))
        self.new_button = QPushButton(self.tr("Survei baru…"))
        self.new_button.setObjectName("newIncomeSurvey")
        self.new_button.clicked.connect(lambda: self.new_survey())
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.setObjectName("editIncomeSurvey")
        self.edit_button.setToolTip(self.tr("Ubah judul, tanggal dan kedua label survei ini"))
        self.edit_button.clicked.connect(lambda: self.edit_survey())
        self.delete_button = QPushButton(self.tr("Hapus…"))
        why_disabled(self.delete_button, self.tr("Pilih dulu survei pendapatan di daftar."))
        self.delete_button.setObjectName("deleteIncomeSurvey")
        self.delete_button.setToolTip(self.tr("Hapus survei ini beserta semua baris pendapatannya"))
        self.delete_button.clicked.connect(lambda: self.delete_survey())
        self.template_button = QPushButton(self.tr("Buat templat Excel…"))
        self.template_button.setObjectName("incomeTemplate")
        self.template_button.clicked.connect(lambda: self.write_template())
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        self.import_button.setObjectName("importIncome")
        self.import_button.clicked.connect(lambda: self.import_rows())
        self.pdf_button = QPushButton(self.tr("Cetak PDF…"))
        why_disabled(self.pdf_button, self.tr("Hitung dulu uji-t survei yang dipilih."))
        self.pdf_button.setObjectName("ttestPdf")
        self.pdf_button.clicked.connect(lambda: self.print_pdf())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Survei")))
        top.addWidget(self.survey_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addStretch(0)
        top.addWidget(self.template_button)
        top.addWidget(self.import_button)
        top.addWidget(self.pdf_button)
        self.notice = NoticeBar()

        # ---- the grid
        self.model = IncomeGridModel(self)
        self.model.saver = self._save_row
        self.model.input_error.connect(lambda _r, _c, msg: self.notice.show_message(msg, kind="error"))
        self.table = IncomeTable()
        self.table.setObjectName("incomeTable")
        self.table.setModel(self.model)
        for col, width in ((IncomeGridModel.COL_FIRST, 112), (IncomeGridModel.COL_SECOND, 112),
                           (IncomeGridModel.COL_DIFF, 92)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(IncomeGridModel.COL_NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self.picker = RespondentPicker(ctx)
        self.picker.setObjectName("incomePicker")
        self.table.past_last_row.connect(
            lambda: self.picker.edit.setFocus() if self.picker.isEnabled() else None)
        self.picker.picked.connect(lambda _m: self.add_row())
        self.picker.free_name.connect(lambda _n: self.add_row())
        self.add_button = QPushButton(self.tr("Tambah"))
        self.add_button.setObjectName("addIncomeRow")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Hapus baris"))
        self.remove_button.setObjectName("removeIncomeRow")
        self.remove_button.clicked.connect(lambda: self.remove_row())
        people = QHBoxLayout()
        people.addWidget(self.picker, 1)
        people.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        people.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(section_title(self.tr("Pendapatan bersih per bulan (Rp)")))
        ll.addWidget(self.table, 1)
        ll.addWidget(hint(self.tr("Ketik angka lalu Enter: simpan dan turun · Tab: ke kanan · Del: "
                                  "kosongkan · responden baru: ketik nama di bawah lalu Enter")))
        ll.addLayout(people)

        # ---- the SPSS output
        self.output = QLabel()
        self.output.setObjectName("ttestOutput")
        self.output.setTextFormat(Qt.TextFormat.RichText)
        self.output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.output.setWordWrap(False)  # the tables keep their width; the panel scrolls
        self.sign = hint()
        self.sign.setObjectName("ttestSign")
        self.decision = QLabel()
        self.decision.setObjectName("ttestDecision")
        self.decision.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("ttestMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fff4cf; border: 1px solid #e0b93c; color: #4d3b00;"
                                   " border-radius: 4px; padding: 8px;")
        self.message.hide()
        out = QWidget()
        ol = QVBoxLayout(out)
        ol.setContentsMargins(8, 0, 8, 8)
        ol.addWidget(section_title(self.tr("Uji-t sampel berpasangan")))
        ol.addWidget(self.message)
        ol.addWidget(self.output)
        ol.addWidget(self.decision)
        ol.addWidget(self.sign)
        ol.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(out)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setSizes([480, 690])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addWidget(split, 1)
        ctx.hub.changed.connect(self.on_changed)

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def on_changed(self, changes: Changes, source: object | None = None) -> None:
        if source is self:
            return  # our own write: the grid and the test are already up to date
        if changes.touches("evaluation", "members"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def can_enter(self) -> bool:
        return can(self.ctx.actor, "evaluation.enter")

    def reload(self) -> None:
        surveys = evaluation.list_income_surveys(self.ctx.db)
        self.survey_box.blockSignals(True)
        self.survey_box.clear()
        for s in surveys:
            self.survey_box.addItem(self.tr("{title} ({date}, {n} responden)").format(
                title=s.title, date=format_date_id(s.held_on), n=len(s.rows)), s.id)
        ids = [s.id for s in surveys]
        if self.survey_id not in ids:
            self.survey_id = ids[0] if ids else None
        self.survey_box.setCurrentIndex(self.survey_box.findData(self.survey_id))
        self.survey_box.blockSignals(False)
        self.open_survey(self.survey_id)

    def select_survey(self, survey_id: int) -> None:
        self.survey_id = survey_id
        self.reload()

    def open_survey(self, survey_id: int | None) -> None:
        cur = self.table.currentIndex()
        same = survey_id == self.survey_id and self.survey is not None
        self.survey_id = survey_id
        self.survey = evaluation.get_income_survey(self.ctx.db, survey_id) if survey_id else None
        self.survey_box.setToolTip(self.survey_box.currentText())  # the box may cut it short
        self.model.set_survey(self.survey, read_only=not self.can_enter())
        if same and cur.isValid():
            self.table.go_to(min(cur.row(), self.model.rowCount() - 1), cur.column())
        else:
            self.table.go_to(0, IncomeGridModel.COL_FIRST)
        self.show_test()
        self.update_buttons()

    def update_buttons(self) -> None:
        enter, has = self.can_enter(), self.survey is not None
        self.new_button.setEnabled(enter)
        self.delete_button.setVisible(can(self.ctx.actor, "evaluation.manage"))
        self.delete_button.setEnabled(has)
        for w in (self.edit_button, self.import_button, self.picker, self.add_button,
                  self.remove_button):
            w.setEnabled(enter and has)
        self.template_button.setEnabled(True)
        self.pdf_button.setEnabled(self.result is not None)

    # ------------------------------------------------------------ the test
    def show_test(self) -> None:
        self.result = None
        self.cells = {}
        if self.survey is None:
            self._no_test(self.tr("Belum ada survei pendapatan. Buat survei baru, lalu isi pendapatan "
                                  "setiap responden sebelum dan sesudahnya."))
            return
        try:
            self.result = evaluation.income_ttest(self.ctx.db, self.survey.id)
        except UserError as exc:
            self._no_test(self.tr("Uji-t belum dapat dihitung: {why}").format(why=exc.message))
            return
        self.message.hide()
        self.output.setText(self.spss_html())
        self.output.show()
        self.sign.setText(self.sign_note())
        self.sign.show()
        r = self.result
        colour = "#12503f" if r.significant else "#4d3b00"
        self.decision.setStyleSheet(f"font-weight: bold; color: {colour}; padding-top: 6px;")
        # the verdict in the user's language; the figures "(Sig. 0,000 < 0,05)" as the domain
        # words them (it shows more decimals where three would contradict the verdict)
        words = (self.tr("Terdapat perbedaan yang signifikan") if r.significant
                 else self.tr("Tidak terdapat perbedaan yang signifikan"))
        figures = r.decision[r.decision.find("("):] if "(" in r.decision else ""
        self.decision.setText(self.tr("Keputusan pada α = 0,05: {decision}.").format(
            decision=f"{words} {figures}".strip()))
        self.decision.show()
        self.pdf_button.setEnabled(True)

    def _no_test(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.output.clear()
        self.output.hide()
        self.decision.hide()
        self.sign.hide()
        self.pdf_button.setEnabled(False)

    def spss_html(self) -> str:
        r, s = self.result, self.survey
        first, second = html.escape(s.first_label), html.escape(s.second_label)
        c = self.cells = {
            "mean_first": fmt_decimal(r.mean_first, 2), "mean_second": fmt_decimal(r.mean_second, 2),
            "n": str(r.n),
            "sd_first": fmt_decimal(r.sd_first, 2), "sd_second": fmt_decimal(r.sd_second, 2),
            "se_first": fmt_decimal(r.se_first, 2), "se_second": fmt_decimal(r.se_second, 2),
            # as the printout has them: r with a decimal comma, Sig. as SPSS prints it (".000")
            "r": DASH if r.correlation is None else fmt_decimal(r.correlation, 3),
            "r_sig": "." if r.correlation_p is None else format_sig_spss(r.correlation_p),
            "mean_diff": fmt_decimal(r.mean_diff, 2), "sd_diff": fmt_decimal(r.sd_diff, 2),
            "se_diff": fmt_decimal(r.se_diff, 2), "ci_low": fmt_decimal(r.ci_low, 2),
            "ci_high": fmt_decimal(r.ci_high, 2), "t": fmt_decimal(r.t, 3), "df": str(r.df),
            "sig": format_sig_spss(r.p_two_tailed),
        }
        conf = int(round(r.confidence * 100))
        pair = html.escape(self.tr("Pasangan 1"))
        th = "style='background:#eef2f0; font-weight:bold; text-align:center;'"
        td = "align='right' nowrap"
        table = ("<table border='1' cellspacing='0' cellpadding='3' "
                 "style='border-collapse:collapse; border-color:#9aa8a3; font-size:9pt;'>")
        title = "<p style='font-weight:bold; margin-top:10px; margin-bottom:2px;'>{}</p>"
        stats = (title.format(self.tr("Paired Samples Statistics")) + table
                 + f"<tr><th {th} colspan='2'></th><th {th}>Mean</th><th {th}>N</th>"
                   f"<th {th}>Std.<br>Deviation</th><th {th}>Std. Error<br>Mean</th></tr>"
                 + f"<tr><td rowspan='2' nowrap>{pair}</td><td nowrap>{first}</td><td {td}>{c['mean_first']}</td>"
                   f"<td {td}>{c['n']}</td><td {td}>{c['sd_first']}</td><td {td}>{c['se_first']}</td></tr>"
                 + f"<tr><td nowrap>{second}</td><td {td}>{c['mean_second']}</td><td {td}>{c['n']}</td>"
                   f"<td {td}>{c['sd_second']}</td><td {td}>{c['se_second']}</td></tr></table>")
        corr = (title.format(self.tr("Paired Samples Correlations")) + table
                + f"<tr><th {th} colspan='2'></th><th {th}>N</th><th {th}>Correlation</th>"
                  f"<th {th}>Sig.</th></tr>"
                + f"<tr><td nowrap>{pair}</td><td nowrap>{first} &amp;<br>{second}</td><td {td}>{c['n']}</td>"
                  f"<td {td}>{c['r']}</td><td {td}>{c['r_sig']}</td></tr></table>")
        test = (title.format(self.tr("Paired Samples Test")) + table
                + f"<tr><th {th} rowspan='3'></th><th {th} colspan='5'>Paired Differences</th>"
                  f"<th {th} rowspan='3'>t</th><th {th} rowspan='3'>df</th>"
                  f"<th {th} rowspan='3'>Sig.<br>(2-tailed)</th></tr>"
                + f"<tr><th {th} rowspan='2'>Mean</th><th {th} rowspan='2'>Std.<br>Deviation</th>"
                  f"<th {th} rowspan='2'>Std. Error<br>Mean</th>"
                  f"<th {th} colspan='2'>{conf}% Confidence<br>Interval of the<br>Difference</th></tr>"
                + f"<tr><th {th}>Lower</th><th {th}>Upper</th></tr>"
                + f"<tr><td nowrap><b>{pair}</b><br>{second} −<br>{first}</td><td {td}>{c['mean_diff']}</td>"
                  f"<td {td}>{c['sd_diff']}</td><td {td}>{c['se_diff']}</td><td {td}>{c['ci_low']}</td>"
                  f"<td {td}>{c['ci_high']}</td><td {td}>{c['t']}</td><td {td}>{c['df']}</td>"
                  f"<td {td}>{c['sig']}</td></tr></table>")
        return stats + corr + test

    def sign_note(self) -> str:
        s = self.survey
        return self.tr("Selisih = {second} − {first}; t positif berarti pendapatan naik. SPSS yang "
                       "memasangkan {first} − {second} menampilkan t, rata-rata dan batas selang "
                       "dengan tanda sebaliknya; df dan Sig. sama.").format(
            second=s.second_label, first=s.first_label)

    # ------------------------------------------------------------ rows
    def _save_row(self, row, name: str, first: int | None, second: int | None):
        outcome = self.ctx.perform(
            evaluation.save_income_row, source=self, on_error=raise_refusal,
            survey_id=self.survey.id, row_id=row.id, name=name, member_id=row.member_id,
            first=first, second=second)
        self.notice.clear()
        self.survey = outcome.value
        self.show_test()
        return outcome.value

    def add_row(self) -> bool:
        if self.survey is None:
            return False
        member = self.picker.member
        name = None if member is not None else self.picker.edit.text().strip()
        outcome = self.ctx.perform(
            evaluation.save_income_row, source=self,
            on_error=lambda exc: self.notice.show_message(exc.message, kind="error"),
            survey_id=self.survey.id, row_id=None, name=name,
            member_id=member.id if member is not None else None, first=None, second=None)
        if outcome is None:
            return False
        self.picker.clear()
        self.open_survey(self.survey.id)
        self.table.go_to(self.model.rowCount() - 1, IncomeGridModel.COL_FIRST)
        self.table.setFocus()
        return True

    def remove_row(self, *, ask: bool = True) -> bool:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return False
        if ask and not confirm(self, self.tr("Hapus baris"),
                               self.tr("Hapus {name} dari survei ini?").format(name=row.name)):
            return False
        if self.ctx.perform(evaluation.remove_income_row, source=self, row_id=row.id) is None:
            return False
        self.open_survey(self.survey.id)
        return True

    def new_survey(self) -> NewIncomeSurveyDialog:
        dlg = NewIncomeSurveyDialog(self.ctx, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.created.connect(lambda sv: self.select_survey(sv.id))
        dlg.open()
        self.dialog = dlg
        return dlg

    def edit_survey(self) -> NewIncomeSurveyDialog | None:
        if self.survey is None:
            return None
        dlg = NewIncomeSurveyDialog(self.ctx, parent=self, survey=self.survey)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.created.connect(lambda sv: self.select_survey(sv.id))
        dlg.open()
        self.dialog = dlg
        return dlg

    def delete_survey(self, *, ask: bool = True) -> bool:
        if self.survey is None:
            return False
        if ask and not confirm(self, self.tr("Hapus survei"),
                               self.tr("Hapus survei \"{title}\" beserta {n} baris pendapatannya? "
                                       "Tindakan ini tidak dapat dibatalkan.").format(
                                   title=self.survey.title, n=len(self.survey.rows))):
            return False
        if self.ctx.perform(evaluation.delete_income_survey, source=self,
                            survey_id=self.survey.id) is None:
            return False
        self.survey_id = None
        self.survey = None
        self.reload()
        self.notice.show_message(self.tr("Survei dihapus."), kind="ok")
        return True

    # ------------------------------------------------------------ documents
    def print_pdf(self, on_shown=None):
        if self.result is None or self.survey is None:
            return None
        return print_ttest(self.ctx, self, survey_id=self.survey.id, on_shown=on_shown)

    def write_template(self, path: str | Path | None = None, on_done=None):
        path = ask_save_path(self, self.tr("Simpan templat pendapatan"), "templat-pendapatan.xlsx",
                             kind="xlsx", path=path)
        if path is None:
            return None
        labels = {}
        if self.survey is not None:
            labels = dict(first_label=self.survey.first_label, second_label=self.survey.second_label)
        return run_file_task(
            self.ctx, self, lambda: evaluation_io.write_template(path, kind="income", instrument=None,
                                                               scale=None, **labels),
            path=path, label=self.tr("Menulis templat Excel…"),
            done_text=self.tr("Templat disimpan di {path}. Isi satu baris per responden, lalu impor "
                              "kembali dengan \"Impor dari Excel\"."), on_done=on_done)

    def import_rows(self, path: str | Path | None = None):
        if self.survey is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Impor pendapatan dari Excel"), "",
                                                  self.tr("Buku kerja Excel (*.xlsx)"))
            if not path:
                return None
        return self.import_flow.start(Path(path), target_id=self.survey.id,
                                      replaces=self.model.rowCount(), title=self.survey.title)

