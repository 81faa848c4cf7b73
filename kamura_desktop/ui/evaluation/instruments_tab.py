"""Instrumen: the questionnaires, their indicators and items; below them the answer scales
(:mod:`.scales`: built-in and the office's own).

The two KOTAKU questionnaires (KSM, UPK) are built in and read-only: the office copies one
("Salin…") and edits the copy, or makes its own. The editor is a plain table — indicator,
item code, statement — one row per item, in questionnaire order, the way a clerk would lay
it out in Excel; consecutive rows with the same indicator form that indicator. The service
checks everything (codes unique, no empty statement, an instrument in use keeps its items).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import evaluation
from kamura_desktop.services.changes import Changes

from ..widgets import FieldErrors, why_disabled
from .models import ID_ROLE, InstrumentListModel
from .scales import ScalesSection
from .widgets import NoticeBar, can, hint, section_title, setup_table


class KindLabels:
    """Respondent kinds in the user's language."""

    @staticmethod
    def label(code: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return {"ksm": QCoreApplication.translate("InstrumentKinds", "Peminjam (KSM)"),
                "upk": QCoreApplication.translate("InstrumentKinds", "Pengelola (UPK)"),
                "lainnya": QCoreApplication.translate("InstrumentKinds", "Lainnya")}.get(code, code)


class CopyInstrumentDialog(QDialog):
    copied = Signal(object)  # InstrumentDTO

    def __init__(self, ctx, source, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.errors = FieldErrors()
        self.setObjectName("copyInstrument")
        self.setWindowTitle(self.tr("Salin instrumen"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(f"{source.code}-kantor")
        self.code.setObjectName("code")
        self.name = QLineEdit(self.tr("{name} (versi kantor)").format(name=source.name))
        self.name.setObjectName("name")
        form = QFormLayout()
        form.addRow(self.tr("Salinan dari"), QLabel(f"{source.code.upper()} — {source.name}"))
        self.errors.add_row(form, self.tr("Kode baru"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama baru"), self.name, "name")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_button = QPushButton(self.tr("Salin"))
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
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)
        self.code.selectAll()
        self.code.setFocus()

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        outcome = self.ctx.perform(evaluation.copy_instrument, source=self, errors=self.errors,
                                   general=self.general_error, instrument_id=self.source.id,
                                   code=self.code.text(), name=self.name.text())
        if outcome is None:
            return False
        self.copied.emit(outcome.value)
        self.accept()
        return True


class InstrumentEditor(QDialog):
    """Name, kind, scale, and the items as rows: indicator · code · statement."""

    saved = Signal(object)  # InstrumentDTO
    COL_INDICATOR, COL_CODE, COL_TEXT = range(3)

    def __init__(self, ctx, instrument=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.instrument = instrument
        self.errors = FieldErrors()
        self.setObjectName("instrumentEditor")
        self.setWindowTitle(self.tr("Ubah instrumen") if instrument else self.tr("Instrumen baru"))
        self.resize(860, 620)

        self.code = QLineEdit(instrument.code if instrument else "")
        self.code.setObjectName("code")
        self.name = QLineEdit(instrument.name if instrument else "")
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("respondent_kind")
        for code in ("ksm", "upk", "lainnya"):
            self.kind.addItem(KindLabels.label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(instrument.respondent_kind if instrument else "ksm")))
        self.scale = QComboBox()
        self.scale.setObjectName("scale_code")
        for s in evaluation.list_scales(ctx.db):
            self.scale.addItem(s.name, s.code)
        self.scale.setCurrentIndex(max(0, self.scale.findData(instrument.scale_code if instrument else "likert5")))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Kode"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama"), self.name, "name")
        self.errors.add_row(form, self.tr("Responden"), self.kind, "respondent_kind")
        self.errors.add_row(form, self.tr("Skala bawaan"), self.scale, "scale_code")

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("itemEditor")
        self.table.setHorizontalHeaderLabels([self.tr("Indikator"), self.tr("Kode butir"),
                                              self.tr("Pernyataan")])
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.resizeSection(self.COL_INDICATOR, 160)
        header.resizeSection(self.COL_CODE, 80)
        header.setSectionResizeMode(self.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        if instrument:
            for ind in instrument.indicators:
                for item in ind.items:
                    self.add_row(ind.name, item.code, item.text)
        else:
            self.add_row()
        add = QPushButton(self.tr("Tambah butir"))
        add.setObjectName("addItem")
        add.clicked.connect(lambda: self.add_row(self._current_indicator()))
        remove = QPushButton(self.tr("Hapus butir"))
        remove.setObjectName("removeItem")
        remove.clicked.connect(self.remove_row)
        up = QPushButton(self.tr("Naik"))
        up.clicked.connect(lambda: self.move_row(-1))
        down = QPushButton(self.tr("Turun"))
        down.clicked.connect(lambda: self.move_row(+1))
        rows = QHBoxLayout()
        for b in (add, remove, up, down):
            rows.addWidget(b)
        rows.addStretch(1)

        self.errors_label = QLabel()
        self.errors_label.setObjectName("fieldError")
        self.errors_label.setWordWrap(True)
        self.errors_label.hide()
        self.save_button = QPushButton(self.tr("Simpan instrumen"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(section_title(self.tr("Indikator dan butir")))
        lay.addWidget(hint(self.tr("Satu baris per butir, berurutan seperti pada kuesioner. Baris "
                                   "berurutan dengan nama indikator yang sama membentuk satu indikator.")))
        lay.addWidget(self.table, 1)
        lay.addLayout(rows)
        lay.addWidget(self.errors_label)
        lay.addLayout(buttons)

    def _current_indicator(self) -> str:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        item = self.table.item(row, self.COL_INDICATOR) if row >= 0 else None
        return item.text() if item else ""

    def add_row(self, indicator: str = "", code: str = "", text: str = "") -> int:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        for col, value in ((self.COL_INDICATOR, indicator), (self.COL_CODE, code), (self.COL_TEXT, text)):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setCurrentCell(row, self.COL_CODE if indicator else self.COL_INDICATOR)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for col in range(3):
            a, b = self.table.takeItem(row, col), self.table.takeItem(target, col)
            self.table.setItem(row, col, b)
            self.table.setItem(target, col, a)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def structure(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The rows grouped into indicators: consecutive rows with the same indicator name."""
        out: list[tuple[str, list[tuple[str, str]]]] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            indicator, code, text = ((c.text().strip() if c else "") for c in cells)
            if not (indicator or code or text):
                continue  # an empty row the clerk left
            if out and out[-1][0] == indicator:
                out[-1][1].append((code, text))
            else:
                out.append((indicator, [(code, text)]))
        return out

    def submit(self) -> bool:
        self.errors.clear()
        self.errors_label.hide()
        outcome = self.ctx.perform(
            evaluation.save_instrument, source=self, errors=self.errors, general=self.errors_label,
            instrument_id=self.instrument.id if self.instrument else None,
            code=self.code.text(), name=self.name.text(), respondent_kind=self.kind.currentData(),
            scale_code=self.scale.currentData(), indicators=self.structure())
        if outcome is None:
            return False
        self.saved.emit(outcome.value)
        self.accept()
        return True


class InstrumentsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.dialog: QDialog | None = None
        self.instruments: list = []

        # the panes first, each inside its parent, then their widgets built inside them: a
        # widget moved into another is restyled whole with the program's style sheet, and
        # a pane filled first and then moved restyled all it held (issue 20). Made in the
        # order the keyboard's Tab visits them: a widget made in its pane joins the window's
        # focus chain when made
        lay = QVBoxLayout(self)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.setObjectName("instrumentsAndScales")
        split = QSplitter(Qt.Orientation.Horizontal, outer)
        left = QWidget(split)
        right = QWidget(split)

        self.new_button = QPushButton(self.tr("Instrumen baru…"), left)
        self.new_button.setObjectName("newInstrument")
        self.new_button.clicked.connect(lambda: self.new_instrument())
        self.copy_button = QPushButton(self.tr("Salin…"), left)
        why_disabled(self.copy_button, self.tr("Pilih dulu instrumen di daftar."))
        self.copy_button.setObjectName("copyInstrument")
        self.copy_button.clicked.connect(lambda: self.copy_instrument())
        self.edit_button = QPushButton(self.tr("Ubah…"), left)
        why_disabled(self.edit_button, self.tr("Instrumen bawaan tidak diubah: salin dulu, lalu ubah salinannya."))
        self.edit_button.setObjectName("editInstrument")
        self.edit_button.clicked.connect(lambda: self.edit_instrument())
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.edit_button)
        self.read_only_hint = hint(self.tr("Instrumen diatur oleh ketua; Anda dapat melihatnya."))
        actions.addWidget(self.read_only_hint)
        actions.addStretch(1)
        self.notice = NoticeBar(left)
        self.model = InstrumentListModel(self)
        self.model.scale_names = {}
        self.list = QTableView(left)
        self.list.setObjectName("instrumentTable")
        self.list.setModel(self.model)
        setup_table(self.list, stretch=InstrumentListModel.COL_NAME)
        M = InstrumentListModel
        for col, width in ((M.COL_CODE, 80), (M.COL_ITEMS, 50), (M.COL_KIND, 100)):
            self.list.setColumnWidth(col, width)
        self.list.hideColumn(M.COL_SCALE)  # shown with the instrument on the right
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.list.doubleClicked.connect(lambda _i: self.edit_instrument())

        self.detail_title = QLabel(right)
        self.detail_title.setObjectName("instrumentTitle")
        self.detail_title.setStyleSheet("font-weight: bold; color: #12503f;")
        self.detail_title.setWordWrap(True)
        self.detail_note = hint()
        # up to three lines (kind · items · scale, and the built-in notice): reserved, so a
        # short pane (the scales sit below) does not squeeze the lines over each other
        self.detail_note.setMinimumHeight(self.detail_note.fontMetrics().lineSpacing() * 3 + 4)
        self.tree = QTreeWidget(right)
        self.tree.setObjectName("instrumentTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Indikator / butir"), self.tr("Pernyataan")])
        self.tree.setColumnWidth(0, 170)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail_title)
        rl.addWidget(self.detail_note)
        rl.addWidget(self.tree, 1)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(actions)
        ll.addWidget(self.notice)
        ll.addWidget(self.list, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([460, 680])
        split.setChildrenCollapsible(False)
        self.scales = ScalesSection(ctx, outer)
        self.scales.setObjectName("scalesSection")
        outer.addWidget(split)
        outer.addWidget(self.scales)
        outer.setSizes([420, 300])
        outer.setChildrenCollapsible(False)
        lay.addWidget(outer, 1)
        ctx.hub.changed.connect(self.on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("evaluation"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.model.scale_names = {s.code: s.name for s in evaluation.list_scales(self.ctx.db)}
        self.instruments = evaluation.list_instruments(self.ctx.db)
        self.model.set_rows(self.instruments)
        row = self.model.row_of(keep) if keep is not None else -1
        self.list.selectRow(row if row >= 0 else 0)
        self.show_selected()
        self.scales.reload()

    def selected_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected(self):
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        for i, inst in enumerate(self.model.rows):
            if inst.code == code:
                self.list.selectRow(i)
                return

    def show_selected(self) -> None:
        inst = self.selected()
        self.tree.clear()
        manage = can(self.ctx.actor, "evaluation.manage")
        if inst is None:
            self.detail_title.setText(self.tr("Belum ada instrumen."))
            self.detail_note.clear()
        else:
            self.detail_title.setText(f"{inst.code.upper()} — {inst.name}")
            scale = self.model.scale_names.get(inst.scale_code, inst.scale_code)
            note = self.tr("{kind} · {n} indikator, {items} butir · skala {scale}").format(
                kind=KindLabels.label(inst.respondent_kind), n=len(inst.indicators),
                items=len(inst.items), scale=scale)
            if inst.builtin:
                note += "\n" + self.tr("Instrumen bawaan (kuesioner studi KOTAKU) tidak dapat diubah, "
                                       "agar hasil putaran yang memakainya tetap dapat dibandingkan. "
                                       "Salin dulu, lalu ubah salinannya.")
            self.detail_note.setText(note)
            for ind in inst.indicators:
                top = QTreeWidgetItem([ind.name, self.tr("{n} butir").format(n=len(ind.items))])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                for item in ind.items:
                    child = QTreeWidgetItem([item.code, item.text])
                    child.setToolTip(1, item.text)
                    top.addChild(child)
                self.tree.addTopLevelItem(top)
            self.tree.expandAll()
        self.read_only_hint.setVisible(not manage)
        self.new_button.setVisible(manage)
        self.copy_button.setVisible(manage)
        self.edit_button.setVisible(manage)
        self.copy_button.setEnabled(inst is not None)
        self.edit_button.setEnabled(inst is not None and not inst.builtin)
        self.edit_button.setToolTip(self.tr("Instrumen bawaan tidak dapat diubah; salin dulu.")
                                    if inst is not None and inst.builtin else "")

    # ------------------------------------------------------------ actions
    def _open(self, dlg: QDialog) -> QDialog:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def copy_instrument(self):
        inst = self.selected()
        if inst is None:
            return None
        dlg = CopyInstrumentDialog(self.ctx, inst, parent=self)
        dlg.copied.connect(lambda i: self._done(i, self.tr("Salinan {code} dibuat; ubah butirnya "
                                                           "dengan \"Ubah…\".")))
        return self._open(dlg)

    def edit_instrument(self):
        inst = self.selected()
        if inst is None or inst.builtin or not can(self.ctx.actor, "evaluation.manage"):
            return None
        dlg = InstrumentEditor(self.ctx, inst, parent=self)
        dlg.saved.connect(lambda i: self._done(i, self.tr("Instrumen {code} disimpan.")))
        return self._open(dlg)

    def new_instrument(self):
        dlg = InstrumentEditor(self.ctx, None, parent=self)
        dlg.saved.connect(lambda i: self._done(i, self.tr("Instrumen {code} disimpan.")))
        return self._open(dlg)

    def _done(self, inst, text: str) -> None:
        self.reload(select_id=inst.id)
        self.notice.show_message(text.format(code=inst.code), kind="ok")
