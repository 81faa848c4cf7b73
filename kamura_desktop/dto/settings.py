"""The cooperative profile every printout's letterhead and signatures read (``services.settings``
builds it from the settings table and re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CooperativeProfile:
    name: str
    short_name: str
    address: str
    village: str
    district: str
    regency: str
    province: str
    legal_number: str
    phone: str
    founded_year: int | None
    logo_png: bytes | None = None

    def address_line(self) -> str:
        parts = [self.address, self.village, self.district, self.regency, self.province]
        return ", ".join(p for p in parts if p)
