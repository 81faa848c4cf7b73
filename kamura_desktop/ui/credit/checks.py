"""Live hints for the application form, read off the product's published limits.

These only *describe* the chosen product's limits while the clerk types (each member's
amount within the product's range, the group total within the group limit, the number of
members); they decide nothing. ``credits.prepare_application`` checks the same limits again
and is the one that refuses.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.credit_products import ProductDTO


@dataclass(frozen=True)
class GroupTotal:
    total: int
    limit: int | None
    over: bool

    @property
    def text(self) -> str:
        if self.limit is None:
            return QCoreApplication.translate("CreditChecks", "{total} (produk ini tanpa plafon kelompok)").format(total=format_rupiah(self.total))
        return QCoreApplication.translate("CreditChecks", "{total} dari plafon {limit}").format(
            total=format_rupiah(self.total), limit=format_rupiah(self.limit))


def amount_hint(product: ProductDTO, amount: int) -> str | None:
    """Why an amount is outside the product's range per member, or None."""
    if amount > product.amount_max:
        return QCoreApplication.translate("CreditChecks", "Melebihi maksimal {max} per anggota.").format(max=format_rupiah(product.amount_max))
    if amount < product.amount_min:
        return QCoreApplication.translate("CreditChecks", "Kurang dari minimal {min} per anggota.").format(min=format_rupiah(product.amount_min))
    return None


def group_total(product: ProductDTO, amounts: list[int]) -> GroupTotal:
    total = sum(amounts)
    return GroupTotal(total, product.group_limit,
                      product.group_limit is not None and total > product.group_limit)


def size_text(product: ProductDTO) -> str:
    if product.group_size_min == product.group_size_max:
        return str(product.group_size_min)
    return f"{product.group_size_min}–{product.group_size_max}"


def size_hint(product: ProductDTO, count: int) -> str | None:
    if product.group_size_min <= count <= product.group_size_max:
        return None
    return QCoreApplication.translate("CreditChecks", "{product} untuk kelompok {size} orang; yang ikut {n} orang.").format(
        product=product.name, size=size_text(product), n=count)
