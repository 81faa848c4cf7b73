"""The evaluation report's documents, fed hand-made DTOs (no database): the PDF read back
holds the IKM, its category and the t-test's t, df and Sig.; the workbook holds numbers."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents.evaluation_report import (
    EvaluationReport,
    GroupLine,
    IkmSection,
    IncomePair,
    MentoringGroupLine,
    MentoringSection,
    PortfolioSection,
    ProgrammeSummary,
    ReportNotes,
    TTestSection,
    build_evaluation_report,
    build_ikm_pdf,
    build_ttest_pdf,
    dec,
    text_flowables,
    write_evaluation_workbook,
)
from kamura_desktop.domain.ikm import compute_ikm
from kamura_desktop.domain.instruments import KSM_INSTRUMENT, UPK_INSTRUMENT, get_scale
from kamura_desktop.domain.portfolio import (
    AgingBucket,
    LoanPosition,
    Ratio,
    aging_by_kol,
    par_summary,
)
from kamura_desktop.domain.stats import paired_t_test
from kamura_desktop.services.lender_pool import FundYear
from kamura_desktop.services.settings import CooperativeProfile

from .pdf_text import page_texts

PROFILE = CooperativeProfile(**{k: v for k, v in DEMO_PROFILE.items()}, logo_png=None)


def _answers(seed: int, rows: int, items: int, weights=(1, 2, 6, 20, 11)) -> list[list[int | None]]:
    rng = random.Random(seed)
    out = []
    for _ in range(rows):
        points = tuple(range(1, len(weights) + 1))
        out.append([rng.choices(points, weights=weights)[0] for _ in range(items)])
    out[0][3] = None  # a blank answer
    return out


def ikm_section(scale_code: str = "likert5", *, instrument=KSM_INSTRUMENT, seed: int = 1) -> IkmSection:
    scale = get_scale(scale_code)
    weights = (1, 2, 6, 20, 11) if scale.max_value == 5 else (1, 3, 14, 9)
    answers = _answers(seed, 15, instrument.item_count, weights)
    result = compute_ikm(instrument, scale, answers)
    return IkmSection(title="Survei peminjam pilot I-P2P", instrument_code=instrument.code,
                      instrument_name=instrument.name, respondent_kind=instrument.code,
                      held_on=dt.date(2024, 6, 28), respondents=15, complete=14, scale=scale, result=result)


FIRST = [850_000, 900_000, 1_200_000, 750_000, 1_000_000, 1_100_000, 950_000, 800_000, 1_300_000,
         700_000, 1_050_000, 900_000, 1_150_000, 980_000, 820_000]
SECOND = [1_050_000, 1_000_000, 1_450_000, 900_000, 1_150_000, 1_400_000, 1_100_000, 950_000, 1_500_000,
          780_000, 1_300_000, 1_000_000, 1_350_000, 1_200_000, 900_000]


def ttest_section() -> TTestSection:
    result = paired_t_test(FIRST, SECOND, first_label="Sebelum pinjaman", second_label="Sesudah pinjaman")
    return TTestSection(title="Pendapatan peserta pilot", held_on=dt.date(2024, 6, 28),
                        first_label="Sebelum pinjaman", second_label="Sesudah pinjaman", rows=15, result=result,
                        pairs=tuple(IncomePair(a, b) for a, b in zip(FIRST, SECOND, strict=True)))


def report(**changes) -> EvaluationReport:
    positions = [LoanPosition(500_000, 0, 0, 1, True, 1), LoanPosition(240_000, 45, 2, 1, True, 2),
                 LoanPosition(360_000, 0, 0, 2, True, 1)]
    fields = dict(
        profile=PROFILE, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31),
        prepared_on=dt.date(2025, 1, 20),
        summary=ProgrammeSummary(
            members_active=40, members_joined=12, participants=20, poor_family=13, women=14, groups=4,
            cycles=13, credits=65, disbursed=3_700_000, repaid=3_100_000, lenders=4, lender_funded=900_000,
            group_lines=(GroupLine("KLP-001", "Sauyunan", "peer", 5, 5, 4, 500_000),
                         GroupLine("KSM-001", "Sukamanah", "ksm", 5, 0, 1, 2_200_000))),
        notes=ReportNotes("Partisipasi tinggi.\n\n- Kehadiran rata-rata 92 %.\n- Buku saku diperiksa.",
                          "1. Program efektif.\n2. Pendapatan naik.", "Perluas ke RW lain."),
        ikm=(ikm_section(), ikm_section("kepmenpan25", instrument=UPK_INSTRUMENT, seed=2)),
        ttests=(ttest_section(),),
        portfolio=PortfolioSection(
            as_of=dt.date(2024, 12, 31), rule_set_name="POJK 40/2019", repayment=Ratio(2_950_000, 3_000_000),
            loans=3, outstanding=1_100_000, by_kol=tuple(aging_by_kol(positions)),
            par=tuple(par_summary(positions).items()), pnpm_lar=Ratio(0, 2), pnpm_par=Ratio(0, 1_100_000),
            pnpm_rr=Ratio(1_100_000, 1_100_000),
            fund_years=(FundYear(2011, 40_000_000, 0, 0, 0, 0, 40_000_000, 0),
                        FundYear(2024, 0, 2_575_000, 1_800_000, 320_000, 0, 64_320_000, 775_000, 17))),
        mentoring=MentoringSection(12, 3, Ratio(917, 1000), 6, 1, 5, (MentoringGroupLine("KLP-001", "Sauyunan", 4, 95.0),)),
        chair="H. Ujang Suryana", treasurer="Euis Komariah")
    fields.update(changes)
    return EvaluationReport(**fields)


def _text(path) -> str:
    return "\n".join(page_texts(path))


def test_numbers_are_indonesian():
    assert dec(3.8733, 2) == "3,87"
    assert dec(1234567.891, 2) == "1.234.567,89"
    assert dec(-12.5, 1) == "-12,5"
    assert dec(Decimal("4.1250"), 2) == "4,13"  # half up, as the category tables are read
    assert dec(Decimal("2.6049"), 2) == "2,60"


def test_report_pdf_holds_ikm_category_and_ttest(tmp_path):
    rep = report()
    path = build_evaluation_report(tmp_path / "evaluasi.pdf", rep)
    text = _text(path)
    assert "LAPORAN EVALUASI PROGRAM I-P2P" in text
    assert "1 Januari 2024 – 31 Desember 2024" in text
    ksm, upk = rep.ikm[0].result, rep.ikm[1].result
    assert dec(ksm.ikm, 2) in text and ksm.category.label in text
    assert dec(upk.converted, 2) in text and upk.category.display in text
    t = rep.ttests[0].result
    assert t.significant
    assert dec(t.t, 3) in text and f"{t.df}" in text and ".000" in text
    assert "Terdapat perbedaan yang signifikan" in text
    assert "Paired Samples Test" in text and "Paired Samples Correlations" in text
    assert "Rp3.700.000" in text  # disbursed
    assert "98,33 %" in text  # repayment rate 2.950.000 ÷ 3.000.000
    assert "Perluas ke RW lain." in text and "Kehadiran rata-rata 92 %." in text
    assert "Kegiatan pendampingan" in text
    assert "Euis Komariah" in text and "H. Ujang Suryana" in text
    assert "Helvetica" not in path.read_bytes().decode("latin-1")


def test_report_without_surveys_notes_or_mentoring(tmp_path):
    rep = report(ikm=(), ttests=(), notes=ReportNotes(), mentoring=MentoringSection(0, 0, None, 0, 0, 0),
                 portfolio=PortfolioSection(dt.date(2024, 12, 31), "POJK 40/2019", Ratio(0, 0), 0, 0,
                                            tuple(aging_by_kol([])), tuple(par_summary([]).items())))
    text = _text(build_evaluation_report(tmp_path / "kosong.pdf", rep))
    assert "Belum ada putaran survei" in text and "Belum ada survei pendapatan" in text
    assert "Kesimpulan belum ditulis" in text
    assert "Belum ada pertemuan kelompok, kunjungan rumah atau tindak lanjut" in text


def test_failed_sections_say_why(tmp_path):
    sec = ikm_section()
    broken = IkmSection(**{**sec.__dict__, "result": None, "error": "Butir K4 belum dijawab."})
    tt = TTestSection("Pendapatan", None, "A", "B", 1, None, error="Uji-t memerlukan sedikitnya 2 pasang data.")
    text = _text(build_evaluation_report(tmp_path / "gagal.pdf", report(ikm=(broken,), ttests=(tt,))))
    assert "IKM belum dapat dihitung" in text and "Butir K4 belum dijawab." in text
    assert "Uji-t belum dapat dihitung" in text


@pytest.mark.parametrize("scale_code", ["likert5", "kepmenpan25", "skm14"])
def test_single_ikm_pdf(tmp_path, scale_code):
    sec = ikm_section(scale_code)
    text = _text(build_ikm_pdf(tmp_path / "ikm.pdf", profile=PROFILE, section=sec, title="Survei KSM"))
    r = sec.result
    assert dec(r.ikm, 2) in text and r.category.label in text
    assert "K20" in text
    if r.converted is not None:
        assert dec(r.converted, 2) in text


def test_single_ttest_pdf(tmp_path):
    sec = ttest_section()
    text = _text(build_ttest_pdf(tmp_path / "t.pdf", profile=PROFILE, section=sec, title="Pendapatan"))
    r = sec.result
    assert dec(r.t, 3) in text and ".000" in text and dec(r.mean_diff, 2) in text
    # SPSS's heading over the interval's bounds (it once read "95% CI Lower | Upper")
    flat = " ".join(text.split())
    assert "95% Confidence Interval of the Difference" in flat and "CI Lower" not in flat
    assert "Lower Upper" in flat


def test_workbook_numbers_are_numbers(tmp_path):
    rep = report()
    steps = write_evaluation_workbook(tmp_path / "evaluasi.xlsx", rep)
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as stop:
        path = stop.value
    assert progress[-1][0] == progress[-1][1] and progress[-1][2] == "Selesai"
    assert [p[0] for p in progress] == list(range(1, len(progress) + 1))
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["Ringkasan", "Catatan"]
    ikm = wb["IKM 1 ksm"]
    values = {row[0]: row[1] for row in ikm.iter_rows(min_col=1, max_col=2, values_only=True) if row[0]}
    assert values["IKM"] == pytest.approx(float(rep.ikm[0].result.ikm))
    assert values["Kategori"] == rep.ikm[0].result.category.display
    assert isinstance(values["Responden"], int)
    t = wb["Uji-t 1"]
    cells = [row for row in t.iter_rows(values_only=True)]
    test_row = next(r for r in cells if r[0] == "Sesudah pinjaman − Sebelum pinjaman")
    result = rep.ttests[0].result
    assert test_row[6] == pytest.approx(result.t) and test_row[7] == result.df
    assert isinstance(test_row[8], float) and test_row[8] < 0.001
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(min_col=1, max_col=2, values_only=True)}
    assert summary["Pinjaman disalurkan"] == 3_700_000
    portfolio = {row[0]: row[1] for row in wb["Portofolio"].iter_rows(min_col=1, max_col=2, values_only=True)}
    assert portfolio["Tingkat pengembalian"] == pytest.approx(2_950_000 / 3_000_000)


def test_text_with_a_formula_stays_text(tmp_path):
    rep = report(notes=ReportNotes("=HYPERLINK(\"x\")", "", ""))
    path = None
    steps = write_evaluation_workbook(tmp_path / "f.xlsx", rep)
    for _ in steps:
        pass
    path = tmp_path / "f.xlsx"
    ws = load_workbook(path)["Catatan"]
    cell = ws["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=")


def test_text_flowables_lists():
    flows = text_flowables("Satu.\n- a\n- b\n\n1. x\n2. y", empty="kosong")
    assert len(flows) == 3
    assert len(text_flowables("", empty="kosong")) == 1


def test_aging_bucket_import_is_the_domains():
    assert AgingBucket.__module__ == "kamura_desktop.domain.portfolio"
