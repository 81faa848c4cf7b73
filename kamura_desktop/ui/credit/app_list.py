"""What the Pengajuan, Persetujuan and Pencairan tabs share: a list of applications that
keeps its selection across reloads, and the chosen application's detail."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

from kamura_desktop.services.credits import ApplicationDTO

from .models import SORT_ROLE, ApplicationTableModel
from .widgets import fit_columns, table_view


class ApplicationListTab(QWidget):
    CARES = ("credits", "groups", "members", "lenders")
    HIDDEN_COLUMNS: tuple[int, ...] = ()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.dialog: QWidget | None = None
        self.current: ApplicationDTO | None = None
        self.model = ApplicationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy, stretch=ApplicationTableModel.COL_GROUP)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ApplicationTableModel.COL_NUMBER, Qt.SortOrder.DescendingOrder)
        for col in self.HIDDEN_COLUMNS:
            self.view.setColumnHidden(col, True)
        fit_columns(self.view, {ApplicationTableModel.COL_NUMBER: 116, ApplicationTableModel.COL_DATE: 96,
                                ApplicationTableModel.COL_PRODUCT: 116, ApplicationTableModel.COL_MEMBERS: 64,
                                ApplicationTableModel.COL_TOTAL: 90, ApplicationTableModel.COL_FUNDED: 130,
                                ApplicationTableModel.COL_STATUS: 156,
                                ApplicationTableModel.COL_PREPARED_BY: 110})
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    # ------------------------------------------------------------ to override
    def load_rows(self) -> list[ApplicationDTO]:
        raise NotImplementedError

    def show_application(self, a: ApplicationDTO | None) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ shared
    def refresh(self) -> None:
        self.dirty = False
        keep = self.current.id if self.current else None
        self.model.set_rows(self.load_rows())
        if keep is None or not self.select_application(keep):
            if self.proxy.rowCount():
                self.view.selectRow(0)
            else:
                self._selection_changed()

    def select_application(self, application_id: int) -> bool:
        row = self.model.row_of(application_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self._selection_changed()
        return True

    def selected(self) -> ApplicationDTO | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self) -> None:
        self.current = self.selected()
        self.show_application(self.current)

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.open()
        return dialog
