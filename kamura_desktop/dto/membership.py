"""A member as printed (``services.membership`` builds it and re-exports these;
``documents.member_forms`` and ``documents.passbook`` draw it). :class:`MemberInput`, what the
clerk types, comes along because :meth:`MemberDTO.as_input` makes one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

STATUS_LABELS = {"applicant": "Calon anggota", "active": "Aktif", "left": "Keluar"}
SEX_LABELS = {"L": "Laki-laki", "P": "Perempuan"}


@dataclass(frozen=True)
class MemberInput:
    """What the clerk types on the member form."""

    name: str
    nik: str
    sex: str
    joined_on: dt.date
    kk_number: str | None = None
    birth_place: str | None = None
    birth_date: dt.date | None = None
    kampung: str | None = None
    rt: str | None = None
    rw: str | None = None
    desa: str | None = None
    kecamatan: str | None = None
    phone: str | None = None
    trade: str | None = None
    ktp_on_file: bool = False
    kk_on_file: bool = False
    poor_family: bool = False
    tkm_role: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class MemberDTO:
    id: int
    number: str
    name: str
    nik: str
    sex: str
    joined_on: dt.date
    kk_number: str | None
    birth_place: str | None
    birth_date: dt.date | None
    kampung: str | None
    rt: str | None
    rw: str | None
    desa: str | None
    kecamatan: str | None
    phone: str | None
    trade: str | None
    ktp_on_file: bool
    kk_on_file: bool
    poor_family: bool
    tkm_role: str | None
    notes: str | None
    status: str
    activated_on: dt.date | None
    left_on: dt.date | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def sex_label(self) -> str:
        return SEX_LABELS[self.sex]

    @property
    def rt_rw(self) -> str:
        return f"{self.rt or '-'}/{self.rw or '-'}"

    def as_input(self) -> MemberInput:
        return MemberInput(**{f.name: getattr(self, f.name) for f in fields(MemberInput)})
