"""The health-assessment schemes as data (domain/health.py): weights, the boundary values of
every credit-value table, the checklists and the predicate bands."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from kamura_desktop.domain import health as h
from kamura_desktop.domain.errors import UserError

P16 = h.PERDEP06_2016
P20 = h.PERMENKOP09_2020


def _ind(scheme: h.Scheme, code: str) -> h.Indicator:
    return next(i for _a, i in scheme.indicators() if i.code == code)


def test_weights_add_up_to_100_per_scheme_and_per_aspect():
    assert [(a.code, a.weight) for a in P16.aspects] == [
        ("permodalan", 15), ("kap", 25), ("manajemen", 15), ("efisiensi", 10), ("likuiditas", 15),
        ("kemandirian", 10), ("jatidiri", 10)]
    for a in P16.aspects:
        assert sum(i.weight for i in a.indicators) == a.weight, a.code
    assert [(a.code, a.weight) for a in P20.aspects] == [
        ("tata_kelola", 30), ("profil_risiko", 15), ("kinerja_keuangan", 40), ("permodalan20", 15)]


def test_management_checklists_have_the_regulations_counts():
    counts = [len(i.items) for a in P16.aspects if a.code == "manajemen" for i in a.indicators]
    assert counts == [12, 6, 5, 10, 5]
    codes = [item.code for item in P16.checklist_items()]
    assert len(codes) == len(set(codes)) == 38


def test_every_table_names_its_source_and_unconfirmed_ones_are_marked():
    for scheme in (P16, P20):
        for _a, ind in scheme.indicators():
            source = ind.table.source if ind.table else ind.source
            assert source, ind.code
    assert _ind(P16, "rpm").table.confirmed and "06/Per/Dep.6/IV/2016" in _ind(P16, "rpm").table.source
    assert not _ind(P16, "kas").table.confirmed
    assert not _ind(P16, "modal_aset").table.confirmed
    assert not P16.bands_confirmed and not P20.bands_confirmed


# (indicator, [(ratio %, credit value)]) — the boundaries and one step past each
PERDEP_BOUNDARIES = {
    "modal_aset": [(0, 25), (20, 25), (F(2001, 100), 50), (40, 50), (F(4001, 100), 100), (60, 100),
                   (F(6001, 100), 50), (80, 50), (F(8001, 100), 25), (100, 25)],
    "modal_berisiko": [(0, 0), (F(999, 100), 0), (10, 10), (55, 50), (F(9999, 100), 90), (100, 100), (300, 100)],
    "kecukupan_modal": [(F(399, 100), 0), (4, 50), (F(599, 100), 50), (6, 75), (8, 100)],
    "volume_anggota": [(25, 0), (F(2501, 100), 50), (50, 50), (75, 75), (F(7501, 100), 100), (100, 100)],
    "rpm": [(0, 100), (F(1, 100), 80), (10, 80), (F(1001, 100), 60), (20, 60), (30, 40), (40, 20),
            (F(4001, 100), 10), (45, 10), (F(4501, 100), 0)],
    "cadangan_rpm": [(0, 0), (F(1, 100), 10), (10, 10), (F(1001, 100), 20), (63, 70), (90, 90),
                     (F(9001, 100), 100), (250, 100)],
    "berisiko": [(F(2099, 100), 100), (21, 75), (26, 75), (F(2601, 100), 50), (30, 50), (F(3001, 100), 25)],
    "beban_partisipasi": [(F(8999, 100), 100), (90, 75), (95, 75), (F(9501, 100), 50), (100, 50),
                          (F(10001, 100), 25)],
    "beban_shu_kotor": [(40, 100), (F(4001, 100), 75), (60, 75), (80, 50), (F(8001, 100), 25)],
    "efisiensi_pelayanan": [(5, 100), (F(501, 100), 75), (10, 75), (15, 50), (F(1501, 100), 0)],
    "kas": [(F(999, 100), 25), (10, 100), (15, 100), (F(1501, 100), 50), (20, 50), (F(2001, 100), 25)],
    "pinjaman_dana": [(F(5999, 100), 25), (60, 50), (70, 75), (80, 100), (95, 100)],
    "roa": [(F(499, 100), 25), (5, 50), (F(15, 2), 75), (10, 100), (-3, 25)],
    "roe": [(F(299, 100), 25), (3, 50), (4, 75), (5, 100)],
    "kemandirian_op": [(100, 0), (F(10001, 100), 100)],
    "partisipasi_bruto": [(F(2499, 100), 25), (25, 50), (50, 75), (75, 100)],
    "pea": [(F(499, 100), 0), (5, 50), (F(15, 2), 75), (10, 100)],
}


@pytest.mark.parametrize("code", sorted(PERDEP_BOUNDARIES))
def test_perdep06_credit_value_boundaries(code):
    ind = _ind(P16, code)
    got = [(r, h.credit_value(ind, F(r))) for r, _v in PERDEP_BOUNDARIES[code]]
    assert got == [(r, v) for r, v in PERDEP_BOUNDARIES[code]]


PERMENKOP_BOUNDARIES = {
    "pinjaman_aset_produktif": [(75, 4), (F(7501, 100), 3), (85, 3), (95, 2), (F(9501, 100), 1)],
    "ekuitas_aset": [(10, 1), (F(1001, 100), 2), (20, 2), (30, 3), (F(3001, 100), 4)],
    "kemandirian20": [(F(9999, 100), 1), (100, 2), (110, 3), (F(11999, 100), 3), (120, 4)],
    "npl20": [(5, 4), (F(501, 100), 3), (8, 3), (12, 2), (F(1201, 100), 1)],
}


@pytest.mark.parametrize("code", sorted(PERMENKOP_BOUNDARIES))
def test_permenkop09_score_boundaries(code):
    ind = _ind(P20, code)
    assert [(r, h.credit_value(ind, F(r))) for r, _v in PERMENKOP_BOUNDARIES[code]] == PERMENKOP_BOUNDARIES[code]


def test_undefined_ratio_takes_the_indicators_stated_value():
    assert h.credit_value(_ind(P16, "rpm"), None) == 100  # no loans, no risk
    assert h.credit_value(_ind(P16, "cadangan_rpm"), None) == 100  # no problem loans
    assert h.credit_value(_ind(P16, "kas"), None) == 25


def test_checklist_points_perdep_and_shares_permenkop():
    umum = _ind(P16, "m_umum")
    answers = {item.code: True for item in umum.items[:5]}
    value = h.checklist_value(P16, umum, answers)
    assert h.indicator_score(P16, umum, value) == F(5, 4)  # 5 × 0,25
    likuid = _ind(P16, "m_likuiditas")
    assert h.indicator_score(P16, likuid, h.checklist_value(P16, likuid, {likuid.items[0].code: True})) == F(3, 5)
    # 2020: share of sub-items met → 1–4 (76–100 % → 4, 51–75 → 3, 26–50 → 2, 0–25 → 1)
    dem = _ind(P20, "p_demokratis")  # 5 sub-items
    shares = {n: h.checklist_value(P20, dem, {i.code: True for i in dem.items[:n]}) for n in range(6)}
    assert shares == {0: 1, 1: 1, 2: 2, 3: 3, 4: 4, 5: 4}
    keang = _ind(P20, "p_keanggotaan")  # 4 sub-items: 1 of 4 = 25 % → 1, 2 of 4 = 50 % → 2, 3 of 4 = 75 % → 3
    assert [h.checklist_value(P20, keang, {i.code: True for i in keang.items[:n]}) for n in range(5)] == [1, 1, 2, 3, 4]


@pytest.mark.parametrize(("total", "label"), [
    (F(100), "Sehat"), (F(80), "Sehat"), (F(7999, 100), "Cukup Sehat"), (F(66), "Cukup Sehat"),
    (F(6599, 100), "Dalam Pengawasan"), (F(51), "Dalam Pengawasan"), (F(5099, 100), "Dalam Pengawasan Khusus"),
    (F(0), "Dalam Pengawasan Khusus")])
def test_perdep06_predicate_bands(total, label):
    assert P16.predicate(total) == label


@pytest.mark.parametrize(("total", "label"), [
    (F(76), "Sehat"), (F(7599, 100), "Cukup Sehat"), (F(51), "Cukup Sehat"), (F(50), "Dalam Pengawasan"),
    (F(26), "Dalam Pengawasan"), (F(25), "Dalam Pengawasan Khusus")])
def test_permenkop09_predicate_bands(total, label):
    assert P20.predicate(total) == label


def test_aspect_score_of_the_1_to_4_scheme():
    aspect = next(a for a in P20.aspects if a.code == "permodalan20")  # 3 indicators, weight 15
    assert h.aspect_score(P20, aspect, [F(4), F(4), F(4)]) == 15
    assert h.aspect_score(P20, aspect, [F(1), F(2), F(3)]) == F(15 * 6, 12)


def test_scheme_lookup_and_refusal():
    assert h.scheme("perdep06-2016") is P16 and h.scheme("2020") is P20
    with pytest.raises(UserError, match="tidak dikenal") as e:
        h.scheme("camel")
    assert e.value.field == "scheme"


def test_table_description_for_the_printout():
    assert _ind(P16, "rpm").table.describe()[:2] == ["≤ 0 % → 100", "≤ 10 % → 80"]
    assert _ind(P16, "rpm").table.describe()[-1] == "> 45 % → 0"
