"""How a repayment flows back to the lenders who funded a credit: pure arithmetic, exact to
the rupiah over a credit's whole life (used by ``services/lender_pool/flowback.py``)."""

from __future__ import annotations


def lender_cumulative(total: int, part: int, whole: int, pct: int = 100) -> int:
    """A lender's cumulative share of ``total`` rupiah repaid on a credit of ``whole`` when
    they funded ``part`` of it: floor(total × part × pct / (whole × 100)). Never decreases
    as more is repaid, and equals ``part`` exactly once the whole principal is repaid."""
    return total * part * pct // (whole * 100)


def flowback_shares(parts: dict[int, int], whole: int, received: dict[int, int], principal_repaid: int,
                    service_before: int, service_after: int, share_pct: int) -> dict[int, tuple[int, int]]:
    """{lender: (principal back, service earned)} for one payment.

    *Principal*: each lender is brought to their cumulative share of all the principal repaid
    so far (``principal_repaid``), less what they have already ``received``. Over a credit's
    life every lender therefore gets back exactly the part they funded, whatever the payments
    were (a per-payment pro-rata split would drift by a rupiah here and there), and a reversed
    earlier payment is made good on the next. Rupiah fractions stay in Dana Lender Tersalur
    until they add up to a whole rupiah.
    *Service*: the change in each lender's cumulative share (at ``share_pct`` of their
    proportional part) from ``service_before`` to ``service_after``, so the share setting in
    force applies to the payments made while it is in force."""
    out = {}
    for lender, part in parts.items():
        p = lender_cumulative(principal_repaid, part, whole) - received.get(lender, 0)
        e = (lender_cumulative(service_after, part, whole, share_pct)
             - lender_cumulative(service_before, part, whole, share_pct))
        if p or e:
            out[lender] = (p, e)
    return out
