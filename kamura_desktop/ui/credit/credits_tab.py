"""The Kredit tab: every disbursed credit with its status and fixed schedule, and the
credit agreement printout."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits
from kamura_desktop.services.credits import CreditDTO

from ..widgets import why_disabled
from .labels import CreditLabels
from .models import SORT_ROLE, CreditTableModel, ScheduleModel
from .printing import print_credit_agreement
from .widgets import fit_columns, hint, section_title, table_view

STATUSES = ("active", "lunas", "written_off")


class CreditFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = "active"
        self.text = ""

    def set_filter(self, status: str | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.status, self.text = status, text.lower().strip()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.status, self.text = status, text.lower().strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        c: CreditDTO = self.sourceModel().row_at(source_row)
        if self.status and c.status != self.status:
            return False
        hay = f"{c.number} {c.member_name} {c.member_number} {c.group_code} {c.group_name}".lower()
        return all(w in hay for w in self.text.split())


class CreditsTab(QWidget):
    CARES = ("credits", "repayments")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.labels = CreditLabels(self)
        self.current: CreditDTO | None = None

        self.status = QComboBox()
        self.status.setObjectName("creditStatus")
        for code in STATUSES:
            self.status.addItem(self.labels.credit_status(code), code)
        self.status.addItem(self.tr("Semua"), None)
        self.search = QLineEdit()
        self.search.setObjectName("creditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari nomor kredit, anggota, kelompok…"))
        self.model = CreditTableModel(self)
        self.proxy = CreditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.status.currentIndexChanged.connect(lambda _i: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.view = table_view(self.proxy, stretch=CreditTableModel.COL_MEMBER)
        self.view.setObjectName("creditList")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CreditTableModel.COL_NUMBER, Qt.SortOrder.DescendingOrder)
        shown = (CreditTableModel.COL_NUMBER, CreditTableModel.COL_GROUP, CreditTableModel.COL_MEMBER,
                 CreditTableModel.COL_PRODUCT, CreditTableModel.COL_PRINCIPAL, CreditTableModel.COL_SERVICE,
                 CreditTableModel.COL_CYCLE, CreditTableModel.COL_DISBURSED, CreditTableModel.COL_STATUS)
        for col in range(self.model.columnCount()):
            self.view.setColumnHidden(col, col not in shown)
        fit_columns(self.view, {CreditTableModel.COL_NUMBER: 116, CreditTableModel.COL_GROUP: 180,
                                CreditTableModel.COL_PRODUCT: 130, CreditTableModel.COL_PRINCIPAL: 90,
                                CreditTableModel.COL_SERVICE: 70, CreditTableModel.COL_CYCLE: 54,
                                CreditTableModel.COL_DISBURSED: 136, CreditTableModel.COL_STATUS: 84})
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.count_label = hint()

        self.title = QLabel()
        self.title.setObjectName("creditTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #12503f;")
        self.schedule = ScheduleModel(self)
        self.schedule_view = table_view(self.schedule, select_rows=False)
        self.schedule_view.setObjectName("creditSchedule")
        fit_columns(self.schedule_view, {ScheduleModel.COL_NO: 40, ScheduleModel.COL_DUE: 180,
                                         ScheduleModel.COL_PRINCIPAL: 96, ScheduleModel.COL_SERVICE: 80})
        self.facts = {key: QLabel() for key in ("member", "group", "terms", "amounts", "cycle")}
        facts = QFormLayout()
        facts.setVerticalSpacing(3)
        for key, label in (("member", self.tr("Anggota")), ("group", self.tr("Kelompok")),
                           ("terms", self.tr("Syarat")), ("amounts", self.tr("Jumlah")),
                           ("cycle", self.tr("Siklus"))):
            self.facts[key].setObjectName(f"credit_{key}")
            self.facts[key].setWordWrap(True)
            facts.addRow(label, self.facts[key])
        self.print_button = QPushButton(self.tr("Cetak perjanjian kredit"))
        why_disabled(self.print_button, self.tr("Pilih dulu kredit di daftar."))
        self.print_button.setObjectName("printAgreement")
        self.print_button.clicked.connect(lambda: self.print_agreement())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        top.addWidget(self.search, 1)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        ul.addWidget(self.view, 1)
        ul.addWidget(self.count_label)

        schedule = QWidget()
        sl = QVBoxLayout(schedule)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(section_title(self.tr("Jadwal angsuran (buku saku)")))
        sl.addWidget(self.schedule_view, 1)
        info = QWidget()
        il = QVBoxLayout(info)
        il.setContentsMargins(12, 0, 0, 0)
        il.addWidget(self.title)
        il.addLayout(facts)
        il.addStretch(1)
        pb = QHBoxLayout()
        pb.addStretch(1)
        pb.addWidget(self.print_button)
        il.addLayout(pb)
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 4, 0, 0)
        low.addWidget(schedule, 5)
        low.addWidget(info, 4)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 340])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(splitter)
        self.show_credit(None)

    def refresh(self) -> None:
        self.dirty = False
        keep = self.current.id if self.current else None
        rows = [c for a in credits.list_applications(self.ctx.db, status="disbursed") for c in a.credits]
        self.model.set_rows(rows)
        self._filter()
        if keep is not None:
            self.select_credit(keep)

    def _filter(self) -> None:
        self.proxy.set_filter(self.status.currentData(), self.search.text())
        shown = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                 for r in range(self.proxy.rowCount())]
        self.count_label.setText(self.tr("{n} kredit, pokok {total}.").format(
            n=len(shown), total=format_rupiah(sum(c.principal for c in shown))))
        if not self.view.selectionModel().hasSelection() and shown:
            self.view.selectRow(0)
        self._selection_changed()

    def select_credit(self, credit_id: int) -> bool:
        row = self.model.row_of(credit_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        return True

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        c = self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None
        if c is not self.current:
            self.show_credit(c)

    def show_credit(self, c: CreditDTO | None) -> None:
        self.current = c
        self.print_button.setEnabled(c is not None)
        if c is None:
            self.title.setText("")
            for label in self.facts.values():
                label.clear()
            self.schedule.set_rows([])
            return
        self.title.setText(self.tr("{number} · dicairkan {date}").format(
            number=c.number, date=format_date_id(c.disbursed_on)))
        self.facts["member"].setText(f"{c.member_name} ({c.member_number})")
        self.facts["group"].setText(f"{c.group_code} {c.group_name} · {c.application_number}")
        self.facts["terms"].setText(self.tr("{product}: {n} angsuran {freq}").format(
            product=c.product_name, n=c.instalments, freq=self.labels.frequency(c.frequency)))
        self.facts["amounts"].setText(self.tr("pokok {principal} + jasa {service} = {total}").format(
            principal=format_rupiah(c.principal), service=format_rupiah(c.service),
            total=format_rupiah(c.total)))
        self.facts["cycle"].setText(self.tr("pinjaman ke-{n} dari produk ini · {status}").format(
            n=c.cycle_no or "-", status=self.labels.credit_status(c.status)))
        self.schedule.set_rows([(r.no, r.due_date, r.principal, r.service, r.amount)
                                for r in credits.schedule_of(self.ctx.db, c.id)])

    def print_agreement(self, on_shown=None):
        c = self.current
        if c is None:
            return None
        return print_credit_agreement(self.ctx, self, credit_id=c.id, number=c.number, on_shown=on_shown)
