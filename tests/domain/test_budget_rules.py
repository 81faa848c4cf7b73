"""Monthly split and realisation percentage (domain/budget.py)."""

from decimal import Decimal

from kamura_desktop.domain import budget as b


def test_monthly_split_adds_up_to_the_year():
    assert b.monthly_split(500_000) == [41_667] * 8 + [41_666] * 4
    assert sum(b.monthly_split(1_000_001)) == 1_000_001
    assert b.monthly_split(0) == [0] * 12


def test_realisation_percentage_one_decimal_half_up():
    assert b.realisation_pct(236_000, 300_000) == Decimal("78.7")
    assert b.realisation_pct(1, 8) == Decimal("12.5")
    assert b.realisation_pct(1, 16) == Decimal("6.3")   # 6,25 → 6,3 (half up)
    assert b.realisation_pct(5, 0) is None
    assert b.fmt_pct(Decimal("105.3")) == "105,3 %" and b.fmt_pct(None) == "-"
