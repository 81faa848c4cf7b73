"""The year's SHU distribution as printed (``services.shu`` computes and stores it and re-exports
these; ``documents.shu_list`` and the annual report's appendix draw them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

STATUS_LABELS = {"draft": "Draf", "approved": "Disetujui RAT", "paid": "Dibayarkan"}


@dataclass(frozen=True)
class ShuAllocation:
    key: str
    label: str
    pct: int
    amount: int


@dataclass(frozen=True)
class ShuMemberRow:
    member_id: int
    number: str
    name: str
    savings_basis: int
    service_basis: int
    jasa_modal: int
    jasa_usaha: int
    total: int


@dataclass(frozen=True)
class ShuDTO:
    id: int | None
    year: int
    status: str
    surplus: int
    allocations: tuple[ShuAllocation, ...]
    members_part: int
    jasa_modal_pct: int
    jasa_modal_total: int
    jasa_usaha_total: int
    rows: tuple[ShuMemberRow, ...]
    approved_on: dt.date | None
    rat_date: dt.date | None
    paid_on: dt.date | None
    pay_method: str | None
    include_sukarela: bool = False

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def savings_basis_total(self) -> int:
        return sum(r.savings_basis for r in self.rows)

    @property
    def service_basis_total(self) -> int:
        return sum(r.service_basis for r in self.rows)

    def allocation(self, key: str) -> ShuAllocation:
        return next(a for a in self.allocations if a.key == key)
