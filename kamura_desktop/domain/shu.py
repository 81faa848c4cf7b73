"""The SHU share-out, pure: the surplus split by the by-law percentages, the members' part into
jasa modal and jasa usaha, and each over the members' bases — every step by the largest
remainder, so every set of parts adds up exactly (used by ``services/shu.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import UserError
from .money import split_largest_remainder


def split_members_part(members_part: int, jasa_modal_pct: int, savings_total: int,
                       service_total: int) -> tuple[int, int]:
    """(jasa modal part, jasa usaha part) of the members' part; exact, largest remainder."""
    if savings_total <= 0 and service_total <= 0:
        raise UserError("Tidak ada anggota dengan simpanan atau jasa pinjaman; SHU anggota tidak "
                        "dapat dibagi.", code="no_basis")
    if service_total <= 0:
        return members_part, 0
    if savings_total <= 0:
        return 0, members_part
    jm, ju = split_largest_remainder(members_part, [jasa_modal_pct, 100 - jasa_modal_pct])
    return jm, ju


@dataclass(frozen=True)
class ShuSplit:
    allocations: tuple[int, ...]  # in ALLOCATIONS order
    jasa_modal_total: int
    jasa_usaha_total: int
    jasa_modal: tuple[int, ...]  # per member, in the order of the bases given
    jasa_usaha: tuple[int, ...]


def share_out(surplus: int, pcts: list[int], jasa_modal_pct: int, savings_bases: list[int],
              service_bases: list[int]) -> ShuSplit:
    """The whole SHU arithmetic, pure: allocation by percentages, the members' part (index 1)
    into jasa modal and jasa usaha, and each of those over the members' bases — every step
    largest remainder, so every set of parts adds up exactly to what was shared."""
    amounts = split_largest_remainder(surplus, pcts)
    jm_total, ju_total = split_members_part(amounts[1], jasa_modal_pct, sum(savings_bases),
                                            sum(service_bases))
    n = len(savings_bases)
    jm = split_largest_remainder(jm_total, savings_bases) if jm_total else [0] * n
    ju = split_largest_remainder(ju_total, service_bases) if ju_total else [0] * n
    return ShuSplit(tuple(amounts), jm_total, ju_total, tuple(jm), tuple(ju))
