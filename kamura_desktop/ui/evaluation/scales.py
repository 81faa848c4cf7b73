"""Skala jawaban: the answer scales, built in and the office's own (Instrumen tab).

The three built-in scales (Likert 5, KepMenPAN 25/2004, SKM 14/2017) are read-only; the
chair copies one ("Salin skala…") and edits the copy, or makes a new one: the answer points
(values 1..k, each with its label) and the category bands (lower, upper, category, optional
grade and converted range). The service checks the bands cover the range without gaps or
overlaps and names the band that does not; a scale a round already uses keeps its points
and bands (only its name may change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import evaluation

from ..messages import confirm
from ..widgets import FieldErrors, why_disabled
from .widgets import NoticeBar, can, fmt_decimal, hint, section_title, setup_table

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _dec(value) -> str:
    return "" if value is None else fmt_decimal(value)


def _read_only_table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    setup_table(table)
    return table


class _FormDialog(QDialog):
    """Shared bottom of the scale dialogs: the general error line and Save / Cancel."""

    def _finish(self, save_text: str) -> QHBoxLayout:
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_button = QPushButton(save_text)
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
        return buttons

    def submit(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError


class CopyScaleDialog(_FormDialog):
    copied = Signal(object)  # ScaleDTO

    def __init__(self, ctx, source, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.errors = FieldErrors()
        self.setObjectName("copyScale")
        self.setWindowTitle(self.tr("Salin skala"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(f"{source.code}-kantor"[:20])
        self.code.setObjectName("code")
        self.name = QLineEdit(self.tr("{name} (versi kantor)").format(name=source.name))
        self.name.setObjectName("name")
        form = QFormLayout()
        form.addRow(self.tr("Salinan dari"), QLabel(f"{source.code} — {source.name}"))
        self.errors.add_row(form, self.tr("Kode baru"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama baru"), self.name, "name")
        buttons = self._finish(self.tr("Salin"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)
        self.code.selectAll()
        self.code.setFocus()

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        outcome = self.ctx.perform(evaluation.copy_scale, source=self, errors=self.errors,
                                   general=self.general_error, code=self.source.code,
                                   new_code=self.code.text(), name=self.name.text())
        if outcome is None:
            return False
        self.copied.emit(outcome.value)
        self.accept()
        return True


class ScaleEditor(_FormDialog):
    """Code, name, conversion factor; the points (value · label) and the category bands."""

    saved = Signal(object)  # ScaleDTO
    B_LOW, B_HIGH, B_LABEL, B_GRADE, B_CLOW, B_CHIGH = range(6)

    def __init__(self, ctx, entry=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.errors = FieldErrors()
        self.setObjectName("scaleEditor")
        self.setWindowTitle(self.tr("Ubah skala") if entry else self.tr("Skala baru"))
        self.resize(820, 680)
        scale = entry.scale if entry else None

        self.code = QLineEdit(scale.code if scale else "")
        self.code.setObjectName("code")
        self.name = QLineEdit(scale.name if scale else "")
        self.name.setObjectName("name")
        self.factor = QLineEdit(_dec(scale.conversion_factor) if scale else "")
        self.factor.setObjectName("conversion_factor")
        self.factor.setPlaceholderText(self.tr("kosong = tanpa nilai konversi (mis. 25)"))
        self.by_converted = QCheckBox(self.tr("Golongkan menurut nilai konversi (seperti SKM "
                                              "14/2017), bukan menurut IKM"))
        self.by_converted.setObjectName("classify_on")
        self.by_converted.setChecked(bool(scale and scale.classify_on == "converted"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Kode"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama"), self.name, "name")
        self.errors.add_row(form, self.tr("Faktor konversi"), self.factor, "conversion_factor")
        self.errors.add_row(form, "", self.by_converted, "classify_on")

        self.points = QTableWidget(0, 2)
        self.points.setObjectName("pointEditor")
        self.points.setHorizontalHeaderLabels([self.tr("Nilai"), self.tr("Arti jawaban")])
        self.points.verticalHeader().setVisible(False)
        self.points.verticalHeader().setDefaultSectionSize(24)
        self.points.horizontalHeader().resizeSection(0, 50)
        self.points.horizontalHeader().setHighlightSections(False)
        self.points.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for _value, label in sorted(scale.points) if scale else [(1, ""), (2, ""), (3, "")]:
            self._add_point(label)
        add_point = QPushButton(self.tr("Tambah nilai"))
        add_point.setObjectName("addPoint")
        add_point.clicked.connect(lambda: self._add_point(""))
        remove_point = QPushButton(self.tr("Hapus nilai tertinggi"))
        remove_point.setObjectName("removePoint")
        remove_point.clicked.connect(self._remove_point)
        point_buttons = QHBoxLayout()
        point_buttons.addWidget(add_point)
        point_buttons.addWidget(remove_point)
        point_buttons.addStretch(1)

        self.bands = QTableWidget(0, 6)
        self.bands.setObjectName("bandEditor")
        self.bands.setHorizontalHeaderLabels([
            self.tr("Batas bawah"), self.tr("Batas atas"), self.tr("Kategori"), self.tr("Mutu"),
            self.tr("Konversi bawah"), self.tr("Konversi atas")])
        self.bands.verticalHeader().setDefaultSectionSize(24)
        header = self.bands.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in ((self.B_LOW, 90), (self.B_HIGH, 90), (self.B_GRADE, 50),
                           (self.B_CLOW, 100), (self.B_CHIGH, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(self.B_LABEL, QHeaderView.ResizeMode.Stretch)
        if scale:
            for c in scale.categories:
                self.add_band(_dec(c.low), _dec(c.high), c.label, c.quality or "",
                              _dec(c.converted_low), _dec(c.converted_high))
        else:
            self.add_band()
        add_band = QPushButton(self.tr("Tambah kategori"))
        add_band.setObjectName("addBand")
        add_band.clicked.connect(lambda: self.add_band())
        remove_band = QPushButton(self.tr("Hapus kategori"))
        remove_band.setObjectName("removeBand")
        remove_band.clicked.connect(self._remove_band)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(add_band)
        band_buttons.addWidget(remove_band)
        band_buttons.addStretch(1)

        buttons = self._finish(self.tr("Simpan skala"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(section_title(self.tr("Nilai jawaban")))
        lay.addWidget(self.points, 3)
        lay.addLayout(point_buttons)
        lay.addWidget(section_title(self.tr("Tabel kategori")))
        lay.addWidget(hint(self.tr(
            "Dari kategori terendah ke tertinggi. Batas ditulis dengan koma (mis. 1,00–1,66; "
            "1,67–2,33): kategori pertama mulai dari nilai terendah, tiap kategori mulai tepat "
            "setelah batas atas kategori sebelumnya, dan yang terakhir berakhir pada nilai "
            "tertinggi. Nilai IKM dibulatkan ke jumlah desimal batas sebelum digolongkan.")))
        lay.addWidget(self.bands, 4)
        lay.addLayout(band_buttons)
        if entry is not None and entry.rounds:
            self.points.setEnabled(False)
            self.bands.setEnabled(False)
            self.factor.setEnabled(False)
            self.by_converted.setEnabled(False)
            self.code.setEnabled(False)
            for b in (add_point, remove_point, add_band, remove_band):
                b.setEnabled(False)
            used = hint(self.tr("Skala ini sudah dipakai {n} putaran survei: nilai jawaban dan "
                                "kategorinya tidak dapat diubah lagi (hanya namanya). Salin skala "
                                "ini untuk membuat versi baru.").format(n=entry.rounds))
            used.setObjectName("scaleUsed")
            lay.addWidget(used)
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)

    # ------------------------------------------------------------ points
    def _add_point(self, label: str) -> None:
        row = self.points.rowCount()
        self.points.insertRow(row)
        value = QTableWidgetItem(str(row + 1))
        value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
        value.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.points.setItem(row, 0, value)
        self.points.setItem(row, 1, QTableWidgetItem(label))

    def _remove_point(self) -> None:
        if self.points.rowCount() > 0:
            self.points.removeRow(self.points.rowCount() - 1)

    def set_point_label(self, value: int, label: str) -> None:
        self.points.item(value - 1, 1).setText(label)

    def point_rows(self) -> list[tuple[int, str]]:
        out = []
        for row in range(self.points.rowCount()):
            cell = self.points.item(row, 1)
            out.append((row + 1, cell.text() if cell else ""))
        return out

    # ------------------------------------------------------------ bands
    def add_band(self, *values: str) -> int:
        row = self.bands.currentRow() + 1 if self.bands.currentRow() >= 0 else self.bands.rowCount()
        self.bands.insertRow(row)
        cells = list(values) + [""] * (6 - len(values))
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if col != self.B_LABEL:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.bands.setItem(row, col, item)
        self.bands.setCurrentCell(row, self.B_LOW)
        return row

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row >= 0:
            self.bands.removeRow(row)

    def band_rows(self) -> list[tuple[str, ...]]:
        out = []
        for row in range(self.bands.rowCount()):
            cells = tuple((c.text().strip() if c else "")
                          for c in (self.bands.item(row, col) for col in range(6)))
            if any(cells):
                out.append(cells)
        return out

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        bands = [(low, high, label, grade or None, clow or None, chigh or None)
                 for low, high, label, grade, clow, chigh in self.band_rows()]
        outcome = self.ctx.perform(
            evaluation.save_scale, source=self, errors=self.errors, general=self.general_error,
            scale_id=self.entry.id if self.entry else None, code=self.code.text(),
            name=self.name.text(), points=self.point_rows(), categories=bands,
            conversion_factor=self.factor.text().strip() or None,
            classify_on="converted" if self.by_converted.isChecked() else "ikm")
        if outcome is None:
            return False
        self.saved.emit(outcome.value)
        self.accept()
        return True


class ScalesSection(QWidget):
    """The list of scales (built-in marked) with the chair's actions, and the selected
    scale's points and category table."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list = []
        self.dialog: QDialog | None = None

        self.list = _read_only_table([self.tr("Kode"), self.tr("Nama skala"), self.tr("Titik"),
                                      self.tr("Jenis"), self.tr("Dipakai")], "scaleTable")
        header = self.list.horizontalHeader()
        header.resizeSection(0, 100)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((2, 50), (3, 70), (4, 80)):
            header.resizeSection(col, width)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.list.doubleClicked.connect(lambda _i: self.edit_scale())

        self.new_button = QPushButton(self.tr("Skala baru…"))
        self.new_button.setObjectName("newScale")
        self.new_button.clicked.connect(lambda: self.new_scale())
        self.copy_button = QPushButton(self.tr("Salin skala…"))
        why_disabled(self.copy_button, self.tr("Pilih dulu skala di daftar."))
        self.copy_button.setObjectName("copyScale")
        self.copy_button.clicked.connect(lambda: self.copy_scale())
        self.edit_button = QPushButton(self.tr("Ubah skala…"))
        why_disabled(self.edit_button, self.tr("Skala bawaan tidak diubah: salin dulu, lalu ubah salinannya."))
        self.edit_button.setObjectName("editScale")
        self.edit_button.clicked.connect(lambda: self.edit_scale())
        self.delete_button = QPushButton(self.tr("Hapus skala"))
        why_disabled(self.delete_button, self.tr("Hanya skala buatan kantor yang belum dipakai survei atau instrumen yang dapat dihapus."))
        self.delete_button.setObjectName("deleteScale")
        self.delete_button.clicked.connect(lambda: self.delete_scale())
        actions = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        self.read_only_hint = hint(self.tr("Skala diatur oleh ketua; Anda dapat melihatnya."))
        actions.addWidget(self.read_only_hint)
        actions.addStretch(1)
        self.notice = NoticeBar()

        self.detail_title = QLabel()
        self.detail_title.setObjectName("scaleTitle")
        self.detail_title.setStyleSheet("font-weight: bold; color: #12503f;")
        self.detail_title.setWordWrap(True)
        self.detail_note = hint()
        self.point_table = _read_only_table([self.tr("Nilai"), self.tr("Arti jawaban")],
                                            "scalePoints")
        self.point_table.horizontalHeader().resizeSection(0, 50)
        self.point_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.band_table = _read_only_table([self.tr("IKM"), self.tr("Kategori"), self.tr("Mutu"),
                                            self.tr("Nilai konversi")], "scaleBands")
        bh = self.band_table.horizontalHeader()
        bh.resizeSection(0, 90)
        bh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        bh.resizeSection(2, 50)
        bh.resizeSection(3, 110)
        tables = QHBoxLayout()
        tables.addWidget(self.point_table, 2)
        tables.addWidget(self.band_table, 3)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(section_title(self.tr("Skala jawaban")))
        ll.addLayout(actions)
        ll.addWidget(self.notice)
        ll.addWidget(self.list, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail_title)
        rl.addWidget(self.detail_note)
        rl.addLayout(tables, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([460, 680])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split, 1)

    def reload(self, select_code: str | None = None) -> None:
        keep = select_code or (self.selected().code if self.selected() else None)
        self.entries = evaluation.list_scale_entries(self.ctx.db)
        self.list.blockSignals(True)
        self.list.setRowCount(0)
        for row, e in enumerate(self.entries):
            self.list.insertRow(row)
            kind = self.tr("Bawaan") if e.builtin else self.tr("Kantor")
            used = self.tr("{n} putaran").format(n=e.rounds) if e.rounds else "–"
            for col, text in enumerate((e.code, e.name, str(len(e.scale.points)), kind, used)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, e.code)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if e.builtin:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.list.setItem(row, col, item)
        self.list.blockSignals(False)
        codes = [e.code for e in self.entries]
        self.list.selectRow(codes.index(keep) if keep in codes else 0)
        self.show_selected()

    def selected(self):
        row = self.list.currentRow()
        rows = self.list.selectionModel().selectedRows() if self.list.selectionModel() else []
        if rows:
            row = rows[0].row()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select_code(self, code: str) -> None:
        for row, e in enumerate(self.entries):
            if e.code == code:
                self.list.selectRow(row)
                return

    def show_selected(self) -> None:
        entry = self.selected()
        manage = can(self.ctx.actor, "evaluation.manage")
        self.point_table.setRowCount(0)
        self.band_table.setRowCount(0)
        if entry is None:
            self.detail_title.clear()
            self.detail_note.clear()
        else:
            scale = entry.scale
            self.detail_title.setText(f"{scale.code} — {scale.name}")
            parts = []
            if entry.builtin:
                parts.append(self.tr("Skala bawaan tidak dapat diubah; salin dulu, lalu ubah "
                                     "salinannya."))
            elif entry.rounds:
                parts.append(self.tr("Dipakai {n} putaran survei: nilai dan kategorinya tetap.")
                             .format(n=entry.rounds))
            if scale.conversion_factor is not None:
                parts.append(self.tr("Nilai konversi = IKM × {factor}.").format(
                    factor=fmt_decimal(scale.conversion_factor)))
            if scale.classify_on == "converted":
                parts.append(self.tr("Kategori digolongkan menurut nilai konversi."))
            self.detail_note.setText("\n".join(parts))
            for value, label in scale.points:
                row = self.point_table.rowCount()
                self.point_table.insertRow(row)
                value_item = QTableWidgetItem(str(value))
                value_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.point_table.setItem(row, 0, value_item)
                self.point_table.setItem(row, 1, QTableWidgetItem(label))
            for c in scale.categories:
                row = self.band_table.rowCount()
                self.band_table.insertRow(row)
                conv = (f"{fmt_decimal(c.converted_low)}–{fmt_decimal(c.converted_high)}"
                        if c.converted_low is not None else "–")
                for col, text in enumerate((f"{fmt_decimal(c.low)}–{fmt_decimal(c.high)}",
                                            c.label, c.quality or "–", conv)):
                    self.band_table.setItem(row, col, QTableWidgetItem(text))
        for b in (self.new_button, self.copy_button, self.edit_button, self.delete_button):
            b.setVisible(manage)
        self.read_only_hint.setVisible(not manage)
        self.copy_button.setEnabled(entry is not None)
        office = entry is not None and not entry.builtin
        self.edit_button.setEnabled(office)
        self.edit_button.setToolTip(self.tr("Skala bawaan tidak dapat diubah; salin dulu.")
                                    if entry is not None and entry.builtin else "")
        self.delete_button.setEnabled(office and not entry.rounds and not entry.instruments)

    # ------------------------------------------------------------ actions
    def _open(self, dlg: QDialog) -> QDialog:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def copy_scale(self):
        entry = self.selected()
        if entry is None or not can(self.ctx.actor, "evaluation.manage"):
            return None
        dlg = CopyScaleDialog(self.ctx, entry, parent=self)
        dlg.copied.connect(lambda e: self._done(e, self.tr("Salinan skala {code} dibuat; ubah "
                                                           "dengan \"Ubah skala…\".")))
        return self._open(dlg)

    def edit_scale(self):
        entry = self.selected()
        if entry is None or entry.builtin or not can(self.ctx.actor, "evaluation.manage"):
            return None
        dlg = ScaleEditor(self.ctx, entry, parent=self)
        dlg.saved.connect(lambda e: self._done(e, self.tr("Skala {code} disimpan.")))
        return self._open(dlg)

    def new_scale(self):
        if not can(self.ctx.actor, "evaluation.manage"):
            return None
        dlg = ScaleEditor(self.ctx, None, parent=self)
        dlg.saved.connect(lambda e: self._done(e, self.tr("Skala {code} disimpan.")))
        return self._open(dlg)

    def delete_scale(self) -> bool:
        entry = self.selected()
        if entry is None or entry.builtin:
            return False
        if not confirm(self, self.tr("Hapus skala"),
                       self.tr("Hapus skala {code} — {name}?").format(code=entry.code,
                                                                       name=entry.name)):
            return False
        if self.ctx.perform(evaluation.delete_scale, source=self, scale_id=entry.id) is None:
            return False
        self.reload()
        self.notice.show_message(self.tr("Skala {code} dihapus.").format(code=entry.code),
                                 kind="ok")
        return True

    def _done(self, entry, text: str) -> None:
        self.reload(select_code=entry.code)
        self.notice.show_message(text.format(code=entry.code), kind="ok")
