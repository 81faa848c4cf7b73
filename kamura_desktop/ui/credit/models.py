"""Table models of the credit windows, fed with the services' DTOs (Vorta's pattern).

Every model has ``COL_*`` constants, ``set_rows()`` inside begin/endResetModel, a
DisplayRole formatted for people (``Rp125.000``, ``28 Maret 2024``) and ``SORT_ROLE`` with
the raw value (int rupiah, ``date``) for ``QSortFilterProxyModel`` and for tests.
``ID_ROLE`` gives the row's id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.credit_products import HolidayDTO, ProductDTO
from kamura_desktop.services.credits import ApplicationDTO, CreditDTO
from kamura_desktop.services.groups import Candidate, GroupDTO, GroupMemberDTO

from .. import table_model
from ..table_model import CENTER, LEFT, RIGHT

# the roles are re-exported: the tabs and the tests read them from the book's models module
from ..table_model import ID_ROLE as ID_ROLE
from ..table_model import SORT_ROLE as SORT_ROLE
from .labels import CreditLabels

GREY = QColor("#8a8a8a")
RED = QColor("#b00020")
GREEN = QColor("#1b7a3d")
AMBER = QColor("#8a5a00")

#: a column's kind decides how its raw value is shown and aligned
MONEY, DATE, TEXT, NUMBER, MIDDLE, SHORT_DATE = "money", "date", "text", "number", "middle", "short_date"



def short_date(value: dt.date) -> str:
    """A date on screen: "23 November 2026", as in every list (issue 17: one style)."""
    return format_date_id(value)


class DtoTableModel(table_model.DtoTableModel):
    """The credit book's base: subclasses give ``columns()`` [(header, kind)] — the kind
    decides how a raw value is shown and aligned — and ``raw()``, and may refine
    ``display()``, ``foreground()``, ``tooltip()`` and ``bold()``. ``SORT_ROLE`` gives ""
    for a missing value, and a text cell without a tooltip shows its whole text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.labels = CreditLabels(self)
        cols = self.columns()
        self.headers = [h for h, _ in cols]
        self.kinds = [k for _, k in cols]

    def columns(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def display(self, row: Any, col: int) -> str:
        value = self.raw(row, col)
        kind = self.kinds[col]
        if value is None:
            return ""
        if kind == MONEY:
            return format_rupiah(value)
        if kind == DATE:
            return format_date_id(value)
        if kind == SHORT_DATE:
            return short_date(value)
        return str(value)

    def sort_value(self, row: Any, col: int) -> Any:
        value = self.raw(row, col)
        return "" if value is None else value

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        kind = self.kinds[col]
        if kind in (MONEY, NUMBER):
            return RIGHT
        return CENTER if kind == MIDDLE else LEFT

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            r = self.rows[index.row()]
            col = index.column()
            tip = self.tooltip(r, col)
            if tip is None and self.kinds[col] == TEXT:
                tip = self.display(r, col) or None  # the whole text of a narrow column
            return tip
        return super().data(index, role)


# ------------------------------------------------------------------ groups

class GroupTableModel(DtoTableModel):
    COL_CODE, COL_NAME, COL_KIND, COL_RT_RW, COL_LEADER, COL_MEMBERS, COL_STATUS = range(7)

    def columns(self):
        return [(self.tr("Kode"), TEXT), (self.tr("Nama kelompok"), TEXT), (self.tr("Jenis"), TEXT),
                (self.tr("RT/RW"), MIDDLE), (self.tr("Ketua"), TEXT), (self.tr("Anggota"), NUMBER),
                (self.tr("Status"), TEXT)]

    def raw(self, g: GroupDTO, col: int):
        return (g.code, g.name, g.kind, (g.rw or "", g.rt or ""), g.leader_name,
                len(g.members), g.status)[col]

    def display(self, g: GroupDTO, col: int) -> str:
        if col == self.COL_KIND:
            return self.labels.group_kind(g.kind)
        if col == self.COL_RT_RW:
            return f"{g.rt or '-'}/{g.rw or '-'}"
        if col == self.COL_STATUS:
            return self.labels.group_status(g.status)
        return super().display(g, col)

    def foreground(self, g: GroupDTO, col: int):
        if g.status != "active":
            return GREY
        if col == self.COL_LEADER and g.leader_member_id is None:
            return RED
        return None

    def tooltip(self, g: GroupDTO, col: int):
        if col == self.COL_LEADER and g.leader_member_id is None:
            return self.tr("Kelompok belum punya ketua")
        return None


class PeopleModel(DtoTableModel):
    """The members of a group (or its supervisors: ``supervisors=True``)."""

    COL_NUMBER, COL_NAME, COL_SEX, COL_RT_RW, COL_TRADE, COL_PHONE, COL_SINCE = range(7)

    def __init__(self, parent: QObject | None = None, *, supervisors: bool = False):
        self.supervisors = supervisors
        super().__init__(parent)

    def columns(self):
        return [(self.tr("No. anggota"), TEXT), (self.tr("Nama"), TEXT), (self.tr("L/P"), MIDDLE),
                (self.tr("RT/RW"), MIDDLE), (self.tr("Usaha"), TEXT), (self.tr("Telepon"), TEXT),
                (self.tr("Pengawas sejak") if self.supervisors else self.tr("Bergabung"), DATE)]

    def row_id(self, p: GroupMemberDTO):
        return p.member_id

    def raw(self, p: GroupMemberDTO, col: int):
        return (p.number, p.name, p.sex, (p.rw or "", p.rt or ""), p.trade or "", p.phone or "",
                p.joined_on)[col]

    def display(self, p: GroupMemberDTO, col: int) -> str:
        if col == self.COL_NAME and p.is_leader:
            return self.tr("{name}  ★ ketua").format(name=p.name)
        if col == self.COL_RT_RW:
            return f"{p.rt or '-'}/{p.rw or '-'}"
        return super().display(p, col)

    def bold(self, p: GroupMemberDTO, col: int) -> bool:
        return p.is_leader and col == self.COL_NAME


class CandidateModel(DtoTableModel):
    """Proximity candidates for a new group, each with a tick box (the first column)."""

    COL_PICK, COL_NAME, COL_RT_RW, COL_KAMPUNG, COL_TRADE, COL_CLOSENESS, COL_ELIGIBLE = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.picked: list[int] = []  # member ids in the order they were ticked

    def columns(self):
        return [("", MIDDLE), (self.tr("Nama"), TEXT), (self.tr("RT/RW"), MIDDLE),
                (self.tr("Kampung"), TEXT), (self.tr("Usaha"), TEXT),
                (self.tr("Kedekatan"), TEXT), (self.tr("Syarat produk"), TEXT)]

    def row_id(self, c: Candidate):
        return c.member_id

    def set_rows(self, rows: Sequence[Candidate]) -> None:
        keep = {c.member_id for c in rows}
        self.picked = [i for i in self.picked if i in keep]
        super().set_rows(rows)

    def raw(self, c: Candidate, col: int):
        return (c.member_id in self.picked, f"{c.name} ({c.number})", (c.rt or "", c.name),
                c.kampung or "", c.trade or "", c.closeness, c.eligible)[col]

    def display(self, c: Candidate, col: int) -> str:
        if col == self.COL_PICK:
            return ""
        if col == self.COL_RT_RW:
            return f"{c.rt or '-'}/{c.rw or '-'}"
        if col == self.COL_CLOSENESS:
            return self.labels.closeness(c.closeness)
        if col == self.COL_ELIGIBLE:
            return self.tr("✔ memenuhi syarat") if c.eligible else "✘ " + " ".join(c.reasons)
        return super().display(c, col)

    def foreground(self, c: Candidate, col: int):
        if col == self.COL_ELIGIBLE:
            return GREEN if c.eligible else RED
        if col == self.COL_CLOSENESS and c.closeness == 3:
            return GREEN
        return None

    def tooltip(self, c: Candidate, col: int):
        if col == self.COL_ELIGIBLE and not c.eligible:
            return "\n".join(c.reasons)
        if col == self.COL_NAME:
            return self.tr("Usaha: {trade}").format(trade=c.trade or "-")
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.column() == self.COL_PICK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.COL_PICK and role == Qt.ItemDataRole.CheckStateRole:
            c = self.rows[index.row()]
            return Qt.CheckState.Checked if c.member_id in self.picked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.COL_PICK and role == Qt.ItemDataRole.CheckStateRole:
            self.set_picked(self.rows[index.row()].member_id,
                            Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def set_picked(self, member_id: int, on: bool) -> None:
        if on and member_id not in self.picked:
            self.picked.append(member_id)
        elif not on and member_id in self.picked:
            self.picked.remove(member_id)
        row = self.row_of(member_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def picked_rows(self) -> list[Candidate]:
        by_id = {c.member_id: c for c in self.rows}
        return [by_id[i] for i in self.picked if i in by_id]


# ------------------------------------------------------------------ credits and applications

class CreditTableModel(DtoTableModel):
    """Credits (CreditDTO): a group's credits, an application's lines, the credit list.
    Views hide the columns they do not need."""

    (COL_NUMBER, COL_APPLICATION, COL_GROUP, COL_MEMBER, COL_PRODUCT, COL_PRINCIPAL, COL_SERVICE,
     COL_PURPOSE, COL_ELIGIBILITY, COL_FUNDED, COL_GAP, COL_CYCLE, COL_DISBURSED,
     COL_STATUS) = range(14)

    def columns(self):
        return [(self.tr("No. kredit"), TEXT), (self.tr("Pengajuan"), TEXT), (self.tr("Kelompok"), TEXT),
                (self.tr("Anggota"), TEXT), (self.tr("Produk"), TEXT), (self.tr("Pokok"), MONEY),
                (self.tr("Jasa"), MONEY), (self.tr("Keperluan"), TEXT),
                (self.tr("Syarat (saat diajukan)"), TEXT), (self.tr("Terdanai"), MONEY),
                (self.tr("Kurang"), MONEY), (self.tr("Siklus"), NUMBER), (self.tr("Dicairkan"), DATE),
                (self.tr("Status"), TEXT)]

    def raw(self, c: CreditDTO, col: int):
        return (c.number, c.application_number, f"{c.group_code} {c.group_name}",
                f"{c.member_name} ({c.member_number})", c.product_name, c.principal, c.service,
                c.purpose or "", not c.eligibility, c.funded, c.principal - c.funded, c.cycle_no,
                c.disbursed_on, c.status)[col]

    def display(self, c: CreditDTO, col: int) -> str:
        if col == self.COL_ELIGIBILITY:
            return self.tr("✔ memenuhi") if not c.eligibility else "✘ " + " ".join(c.eligibility)
        if col == self.COL_STATUS:
            return self.labels.credit_status(c.status)
        if col == self.COL_GAP and c.principal == c.funded:
            return self.tr("lengkap")
        return super().display(c, col)

    def foreground(self, c: CreditDTO, col: int):
        if col == self.COL_ELIGIBILITY:
            return GREEN if not c.eligibility else RED
        if col == self.COL_GAP:
            return GREEN if c.principal == c.funded else RED
        if col == self.COL_STATUS:
            return {"active": GREEN, "rejected": RED, "cancelled": GREY}.get(c.status)
        if c.status in ("cancelled", "rejected"):
            return GREY
        return None

    def tooltip(self, c: CreditDTO, col: int):
        if col == self.COL_ELIGIBILITY and c.eligibility:
            return "\n".join(c.eligibility)
        return None


class ApplicationTableModel(DtoTableModel):
    (COL_NUMBER, COL_DATE, COL_GROUP, COL_PRODUCT, COL_MEMBERS, COL_TOTAL, COL_FUNDED,
     COL_STATUS, COL_PREPARED_BY) = range(9)

    def columns(self):
        return [(self.tr("No. pengajuan"), TEXT), (self.tr("Tanggal"), SHORT_DATE), (self.tr("Kelompok"), TEXT),
                (self.tr("Produk"), TEXT), (self.tr("Anggota"), NUMBER), (self.tr("Jumlah"), MONEY),
                (self.tr("Pendanaan"), TEXT), (self.tr("Status"), TEXT),
                (self.tr("Disiapkan oleh"), TEXT)]

    @staticmethod
    def funded(a: ApplicationDTO) -> int:
        return sum(c.funded for c in a.credits)

    def raw(self, a: ApplicationDTO, col: int):
        return (a.number, a.prepared_at.date(), f"{a.group_code} {a.group_name}", a.product_name,
                len(a.credits), a.total_principal, self.funded(a), a.status, a.prepared_by_name)[col]

    def display(self, a: ApplicationDTO, col: int) -> str:
        if col == self.COL_STATUS:
            return self.labels.app_status(a.status)
        if col == self.COL_FUNDED:
            if a.status in ("rejected", "cancelled"):
                return ""
            gap = a.total_principal - self.funded(a)
            if a.status == "disbursed" or gap == 0:
                return self.tr("✔ lengkap")
            if self.funded(a) == 0:
                return self.tr("belum didanai")
            return self.tr("kurang {amount}").format(amount=format_rupiah(gap))
        return super().display(a, col)

    def foreground(self, a: ApplicationDTO, col: int):
        if a.status in ("rejected", "cancelled"):
            return GREY
        if col == self.COL_STATUS:
            return {"submitted": AMBER, "approved": GREEN, "disbursed": GREEN}.get(a.status)
        if col == self.COL_FUNDED:
            return GREEN if a.total_principal == self.funded(a) or a.status == "disbursed" else RED
        return None


# ------------------------------------------------------------------ schedules

class ScheduleModel(DtoTableModel):
    """Instalments: rows of (no, due_date, principal, service, amount)."""

    COL_NO, COL_DUE, COL_PRINCIPAL, COL_SERVICE, COL_AMOUNT = range(5)

    def columns(self):
        return [(self.tr("Ke-"), MIDDLE), (self.tr("Jatuh tempo"), DATE), (self.tr("Pokok"), MONEY),
                (self.tr("Jasa"), MONEY), (self.tr("Angsuran"), MONEY)]

    def row_id(self, r):
        return r[0]

    def raw(self, r: tuple, col: int):
        return r[col]

    def display(self, r: tuple, col: int) -> str:
        if col == self.COL_DUE:
            return f"{self.labels.weekdays()[r[1].weekday()][:3]}, {format_date_id(r[1])}"
        return super().display(r, col)

    def bold(self, r: tuple, col: int) -> bool:
        return col == self.COL_AMOUNT


# ------------------------------------------------------------------ products and holidays

class ProductTableModel(DtoTableModel):
    (COL_CODE, COL_NAME, COL_KIND, COL_AMOUNT, COL_GROUP_LIMIT, COL_SIZE, COL_TERMS,
     COL_ACTIVE) = range(8)

    def columns(self):
        return [(self.tr("Kode"), TEXT), (self.tr("Nama produk"), TEXT), (self.tr("Jenis"), TEXT),
                (self.tr("Per anggota"), TEXT), (self.tr("Plafon kelompok"), MONEY),
                (self.tr("Kelompok"), MIDDLE), (self.tr("Angsuran dan jasa"), TEXT),
                (self.tr("Aktif"), MIDDLE)]

    def raw(self, p: ProductDTO, col: int):
        return (p.code, p.name, p.kind, p.amount_max, p.group_limit,
                p.group_size_max, p.instalments_max, p.active)[col]

    def display(self, p: ProductDTO, col: int) -> str:
        if col == self.COL_KIND:
            return self.labels.product_kind(p.kind)
        if col == self.COL_AMOUNT:
            if p.amount_min == p.amount_max:
                return format_rupiah(p.amount_min)
            return f"{format_rupiah(p.amount_min)}–{format_rupiah(p.amount_max)}"
        if col == self.COL_GROUP_LIMIT and p.group_limit is None:
            return self.tr("tanpa plafon")
        if col == self.COL_SIZE:
            size = (str(p.group_size_min) if p.group_size_min == p.group_size_max
                    else f"{p.group_size_min}–{p.group_size_max}")
            return self.tr("{n} orang").format(n=size)
        if col == self.COL_TERMS:
            n = (str(p.instalments_min) if p.instalments_min == p.instalments_max
                 else f"{p.instalments_min}–{p.instalments_max}")
            if p.service_mode == "fixed":
                service = self.labels.service_terms(service_mode="fixed", rate_bp=0,
                                                    service_fixed=p.service_fixed)
            else:
                lo, hi = self.labels.percent(p.rate_bp_min), self.labels.percent(p.rate_bp_max)
                service = self.tr("jasa flat {rate} per bulan").format(
                    rate=lo if lo == hi else f"{lo[:-2]}–{hi}")
            return self.tr("{n}× {freq}, {service}").format(
                n=n, freq=self.labels.frequency(p.frequency), service=service)
        if col == self.COL_ACTIVE:
            return self.tr("Ya") if p.active else self.tr("Tidak")
        return super().display(p, col)

    def foreground(self, p: ProductDTO, col: int):
        return None if p.active else GREY


class HolidayTableModel(DtoTableModel):
    COL_DATE, COL_DAY, COL_NAME = range(3)

    def columns(self):
        return [(self.tr("Tanggal"), DATE), (self.tr("Hari"), TEXT), (self.tr("Hari libur"), TEXT)]

    def row_id(self, h: HolidayDTO) -> dt.date:
        return h.on_date

    def raw(self, h: HolidayDTO, col: int):
        return (h.on_date, h.on_date.weekday(), h.name)[col]

    def display(self, h: HolidayDTO, col: int) -> str:
        if col == self.COL_DAY:
            return self.labels.weekdays()[h.on_date.weekday()]
        return super().display(h, col)

    def foreground(self, h: HolidayDTO, col: int):
        return GREY if h.on_date < dt.date.today() else None
