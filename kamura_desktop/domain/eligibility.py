"""Borrower eligibility: a product's rules (data) applied to a member's facts.

Each rule that fails gives its own Indonesian reason, so the form can print exactly why a
member is not yet eligible. Rules (all optional, from the product's ``eligibility`` JSON):

- ``min_months_membership``: whole months from joining to the application date
  (joined 15 January → 3 months on 15 April);
- ``require_active``: status 'aktif' (default true);
- ``require_pokok``: simpanan pokok paid in full;
- ``require_wajib_current``: no simpanan wajib arrears;
- ``require_ktp_kk``: copies of KTP and KK on file;
- ``allowed_trades``: the member's trade contains one of these words (case-insensitive),
  e.g. ``["pindang"]`` for the pilot;
- ``no_arrears_other_credit``: nothing overdue on another credit;
plus the product's ``max_cycles`` (loans from this product) and ``first_loan_max``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import format_date_id
from .money import format_rupiah


@dataclass(frozen=True)
class EligibilityRules:
    min_months_membership: int = 0
    require_active: bool = True
    require_pokok: bool = False
    require_wajib_current: bool = False
    require_ktp_kk: bool = False
    allowed_trades: tuple[str, ...] = ()
    no_arrears_other_credit: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> EligibilityRules:
        known = {f for f in cls.__dataclass_fields__}
        clean = {k: v for k, v in (data or {}).items() if k in known}
        if "allowed_trades" in clean:
            clean["allowed_trades"] = tuple(str(t).strip() for t in clean["allowed_trades"] if str(t).strip())
        return cls(**clean)

    def to_dict(self) -> dict:
        return {"min_months_membership": self.min_months_membership,
                "require_active": self.require_active, "require_pokok": self.require_pokok,
                "require_wajib_current": self.require_wajib_current,
                "require_ktp_kk": self.require_ktp_kk, "allowed_trades": list(self.allowed_trades),
                "no_arrears_other_credit": self.no_arrears_other_credit}


@dataclass(frozen=True)
class MemberFacts:
    name: str
    status: str
    joined_on: dt.date
    pokok_outstanding: int
    wajib_arrears: int
    ktp_on_file: bool
    kk_on_file: bool
    trade: str | None
    overdue_other_credit: int = 0
    previous_cycles: int = 0  # loans already taken from this product


@dataclass(frozen=True)
class Failure:
    rule: str
    reason: str


@dataclass(frozen=True)
class EligibilityResult:
    failures: tuple[Failure, ...] = field(default_factory=tuple)

    @property
    def eligible(self) -> bool:
        return not self.failures

    @property
    def reasons(self) -> list[str]:
        return [f.reason for f in self.failures]


def months_of_membership(joined_on: dt.date, as_of: dt.date) -> int:
    months = (as_of.year - joined_on.year) * 12 + (as_of.month - joined_on.month)
    if as_of.day < joined_on.day:
        months -= 1
    return max(0, months)


def check_eligibility(
    rules: EligibilityRules,
    facts: MemberFacts,
    *,
    as_of: dt.date,
    amount: int,
    max_cycles: int | None = None,
    first_loan_max: int | None = None,
) -> EligibilityResult:
    out: list[Failure] = []
    if rules.require_active and facts.status != "active":
        label = {"applicant": "masih calon anggota", "left": "sudah keluar"}.get(facts.status, facts.status)
        out.append(Failure("active", f"Belum anggota aktif ({label})."))
    months = months_of_membership(facts.joined_on, as_of)
    if months < rules.min_months_membership:
        out.append(Failure(
            "membership", f"Baru {months} bulan menjadi anggota (masuk {format_date_id(facts.joined_on)}); "
                          f"minimal {rules.min_months_membership} bulan."))
    if rules.require_pokok and facts.pokok_outstanding > 0:
        out.append(Failure("pokok", f"Simpanan pokok belum lunas (kurang {format_rupiah(facts.pokok_outstanding)})."))
    if rules.require_wajib_current and facts.wajib_arrears > 0:
        out.append(Failure("wajib", f"Tunggakan simpanan wajib {format_rupiah(facts.wajib_arrears)}."))
    if rules.require_ktp_kk and not (facts.ktp_on_file and facts.kk_on_file):
        missing = [n for n, ok in (("KTP", facts.ktp_on_file), ("KK", facts.kk_on_file)) if not ok]
        out.append(Failure("documents", f"Fotokopi {' dan '.join(missing)} belum ada."))
    if rules.allowed_trades:
        trade = (facts.trade or "").lower()
        if not any(t.lower() in trade for t in rules.allowed_trades):
            out.append(Failure("trade", f"Jenis usaha '{facts.trade or '-'}' bukan usaha program "
                                        f"({', '.join(rules.allowed_trades)})."))
    if rules.no_arrears_other_credit and facts.overdue_other_credit > 0:
        out.append(Failure("arrears", f"Ada tunggakan kredit lain {format_rupiah(facts.overdue_other_credit)}."))
    if max_cycles is not None and facts.previous_cycles >= max_cycles:
        out.append(Failure("cycles", f"Sudah {facts.previous_cycles} kali meminjam dari produk ini; "
                                     f"paling banyak {max_cycles} kali."))
    if first_loan_max is not None and facts.previous_cycles == 0 and amount > first_loan_max:
        out.append(Failure("first_loan", f"Pinjaman pertama paling banyak {format_rupiah(first_loan_max)}."))
    return EligibilityResult(tuple(out))
