"""The evaluation report from the demo cooperative: its survey rounds and income survey, the
data the report gathers, the PDF and workbook generators, and the single printouts."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from kamura_desktop.demo import evaluation as demo_evaluation
from kamura_desktop.documents.evaluation_report import dec
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.stats import format_sig_spss
from kamura_desktop.services import evaluation, evaluation_report
from kamura_desktop.services.actor import Actor
from tests.services import shared_demo
from tests.services.pdf_pages import page_texts, pdf_text

YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
#: the demo opened once for this module's reading tests (tests/services/shared_demo.py)
read_demo = shared_demo.read_demo
read_demo_books = shared_demo.read_demo_books


def _run(steps):
    """Iterate a progress generator to its end: (progress list, return value)."""
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            return progress, stop.value


def _text(path) -> str:
    return pdf_text(path)


def _rounds(db):
    rounds = {r.instrument_code: r for r in evaluation.list_rounds(db)}
    return rounds["ksm"], rounds["upk"]


def test_demo_has_two_rounds_a_survey_and_notes(read_demo):
    ksm, upk = _rounds(read_demo)
    assert ksm.respondents == 15 and ksm.complete == 14  # one blank answer
    assert upk.respondents == 8 and upk.complete == 8
    ksm_members = {p.member_id for p in evaluation.round_respondents(read_demo, ksm.id)}
    assert None not in ksm_members  # the pilot participants are members of the demo's groups
    assert set(ksm_members) == {mid for mid, _ in demo_evaluation.pilot_participants(read_demo)}
    for r in (ksm, upk):
        result = evaluation.round_result(read_demo, r.id)
        assert result.category.label == "Efektif"
    (survey,) = evaluation.list_income_surveys(read_demo)
    assert (survey.first_label, survey.second_label) == ("Sebelum pinjaman", "Sesudah pinjaman")
    t = evaluation.income_ttest(read_demo, survey.id)
    assert t.n == 15 and t.significant and t.mean_second > t.mean_first
    notes = evaluation.get_report_notes(read_demo)
    assert notes.process_notes and notes.conclusions and notes.recommendations


def test_report_data_of_the_pilot_year(read_demo):
    rep = evaluation_report.evaluation_report_data(read_demo, date_from=YEAR[0], date_to=YEAR[1])
    assert isinstance(rep, evaluation_report.EvaluationReportDTO)
    s = rep.summary
    # the pilot: 3 peer groups × 4 cycles of 5 members, and KSM Sukamanah's 5 members once
    assert s.participants == 20 and s.poor_family == 13 and s.groups == 4 and s.cycles == 13
    assert s.credits == 65 and s.disbursed == 12 * 125_000 + 2_200_000
    assert sum(g.disbursed for g in s.group_lines) == s.disbursed
    assert [sec.instrument_code for sec in rep.ikm] == ["ksm", "upk"]  # by date held
    assert all(sec.result is not None for sec in rep.ikm)
    assert rep.ttests[0].result.significant and len(rep.ttests[0].pairs) == 15
    p = rep.portfolio
    assert p.repayment.defined and p.outstanding == sum(b.outstanding for b in p.by_kol)
    assert [y.year for y in p.fund_years][-1] == 2024
    assert rep.chair == "H. Ujang Suryana" and rep.treasurer == "Euis Komariah"


def test_demo_conclusions_agree_with_the_figures_printed_beside_them(read_demo):
    """The demo's conclusions once said "Tingkat pengembalian pilot 100 % tanpa tunggakan"
    while the same report printed a repayment rate of 96,61 % (2024) or 86,81 % (to 2026),
    PAR > 30 and a kolektibilitas table with late credits."""
    conclusions = evaluation.get_report_notes(read_demo).conclusions
    for date_from, date_to in (YEAR, (dt.date(2024, 1, 1), dt.date(2026, 12, 31))):
        rep = evaluation_report.evaluation_report_data(read_demo, date_from=date_from, date_to=date_to)
        p = rep.portfolio
        late = p.repayment.percent < 100 or any(b.count for b in p.by_kol[1:])
        assert late  # the demo has arrears in both periods …
        assert "100 %" not in conclusions and "tanpa tunggakan" not in conclusions  # … and says so
    assert "Tunggakan" in conclusions


def test_period_and_selection(read_demo):
    empty = evaluation_report.evaluation_report_data(read_demo, date_from=dt.date(2023, 1, 1),
                                                     date_to=dt.date(2023, 12, 31))
    assert empty.ikm == () and empty.ttests == () and empty.summary.credits == 0
    ksm, upk = _rounds(read_demo)
    chosen = evaluation_report.evaluation_report_data(read_demo, date_from=dt.date(2023, 1, 1),
                                                      date_to=dt.date(2023, 12, 31), round_ids=[upk.id],
                                                      survey_ids=[])
    assert [sec.title for sec in chosen.ikm] == [upk.title] and chosen.ttests == ()
    with pytest.raises(UserError):
        evaluation_report.evaluation_report_data(read_demo, date_from=YEAR[0], date_to=YEAR[1], round_ids=[9999])
    with pytest.raises(UserError):
        evaluation_report.evaluation_report_data(read_demo, date_from=YEAR[1], date_to=YEAR[0])


def test_report_pdf_generator(read_demo, tmp_path):
    progress, path = _run(evaluation_report.write_evaluation_report_pdf(
        read_demo, path=tmp_path / "evaluasi.pdf", date_from=YEAR[0], date_to=YEAR[1]))
    assert path.is_file() and progress[-1][0] == progress[-1][1] and len(progress) > 3
    assert all(len(p) == 3 for p in progress)
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    text = _text(path)
    ksm, upk = _rounds(read_demo)
    for r in (ksm, upk):
        result = evaluation.round_result(read_demo, r.id)
        assert dec(result.ikm, 2) in text and dec(result.ikm, 4) in text
    assert "Efektif" in text
    (survey,) = evaluation.list_income_surveys(read_demo)
    t = evaluation.income_ttest(read_demo, survey.id)
    assert dec(t.t, 3) in text and f"t({t.df})" in text
    assert format_sig_spss(t.p_two_tailed) == ".000" and ".000" in text
    assert "Terdapat perbedaan yang signifikan" in text
    assert "Laporan Evaluasi Program I-P2P".upper() in text
    assert "1 Januari 2024 – 31 Desember 2024" in text
    assert "Perkembangan dana bergulir" in text and "Kolektibilitas" in text
    assert evaluation.get_report_notes(read_demo).recommendations.splitlines()[0][3:30] in text


def test_report_workbook_generator(read_demo, tmp_path):
    progress, path = _run(evaluation_report.write_evaluation_report_xlsx(
        read_demo, path=tmp_path / "evaluasi.xlsx", date_from=YEAR[0], date_to=YEAR[1]))
    assert progress[-1][0] == progress[-1][1] and progress[-1][2] == "Selesai"
    wb = load_workbook(path)
    assert {"Ringkasan", "Catatan", "Portofolio", "Dana Bergulir", "Uji-t 1"} <= set(wb.sheetnames)
    ksm, _ = _rounds(read_demo)
    result = evaluation.round_result(read_demo, ksm.id)
    sheet = wb["IKM 1 ksm"]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True) if row[0]}
    assert isinstance(values["IKM"], float) and values["IKM"] == pytest.approx(float(result.ikm))
    assert values["Kategori"] == "Efektif"
    items = [row for row in sheet.iter_rows(values_only=True) if row[0] == "K1"]
    assert isinstance(items[0][3], int) and isinstance(items[0][5], float)
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(min_col=1, max_col=2, values_only=True)}
    assert summary["Peserta (peminjam)"] == 20 and isinstance(summary["Pinjaman disalurkan"], int)


def test_workbook_attendance_shares_are_clean_numbers(read_demo, tmp_path):
    """82,35 % was written as 0.8234999999999999 (and 83,33 % as 0.8332999999999999): what a
    researcher copying the cell out of Excel sees."""
    _, path = _run(evaluation_report.write_evaluation_report_xlsx(
        read_demo, path=tmp_path / "evaluasi.xlsx", date_from=dt.date(2024, 1, 1),
        date_to=dt.date(2026, 12, 31)))
    wb = load_workbook(path)
    shares = [row[1] for ws in wb for row in ws.iter_rows(min_col=1, max_col=2, values_only=True)
              if row[0] == "Rata-rata kehadiran"]
    shares += [row[3] for row in wb["Pendampingan"].iter_rows(min_row=3, values_only=True)
               if isinstance(row[3], float)]
    assert len(shares) >= 5
    assert all(share == round(share, 6) and repr(share) == repr(round(share, 6)) for share in shares)
    assert len(repr(shares[0])) <= 8, shares[0]


def test_single_printouts(read_demo, tmp_path):
    ksm, _ = _rounds(read_demo)
    instrument = evaluation.get_instrument(read_demo, ksm.instrument_id)
    result = evaluation.round_result(read_demo, ksm.id)
    path = evaluation_report.write_ikm_pdf(read_demo, instrument=instrument, result=result, title=ksm.title,
                                           path=tmp_path / "ikm.pdf")
    text = _text(path)
    assert dec(result.ikm, 2) in text and "Efektif" in text and "Koperasi Awilarangan" in text
    (survey,) = evaluation.list_income_surveys(read_demo)
    t = evaluation.income_ttest(read_demo, survey.id)
    path = evaluation_report.write_ttest_pdf(read_demo, result=t, first_label=survey.first_label,
                                             second_label=survey.second_label, title=survey.title,
                                             path=tmp_path / "t.pdf")
    text = _text(path)
    assert dec(t.t, 3) in text and ".000" in text and "Sebelum pinjaman" in text
    # without a database (the CLI on a bare Excel file): a plain letterhead
    path = evaluation_report.write_ttest_pdf(None, result=t, first_label="A", second_label="B", title="x",
                                             path=tmp_path / "t2.pdf")
    assert dec(t.t, 3) in _text(path)


def _signature_page(path) -> str:
    """The text of the page that holds the signatures ("Mengetahui,")."""
    pages = page_texts(path)
    (signed,) = [text for text in pages if "Mengetahui" in text]
    return signed


def test_single_printouts_never_leave_the_signatures_alone_on_a_page(read_demo, tmp_path):
    """The demo's KSM round (letterhead with logo, 20 items, a note) once put the two
    signatures alone on a third page; they now keep with the scale table / the decision."""
    for rnd in _rounds(read_demo):
        instrument = evaluation.get_instrument(read_demo, rnd.instrument_id)
        result = evaluation.round_result(read_demo, rnd.id)
        path = evaluation_report.write_ikm_pdf(read_demo, instrument=instrument, result=result,
                                               title=rnd.title, path=tmp_path / f"ikm-{rnd.id}.pdf",
                                               held_on=rnd.held_on)
        page = _signature_page(path)
        assert "Tabel kategori skala" in page and "Sangat efektif" in page, rnd.instrument_code
    (survey,) = evaluation.list_income_surveys(read_demo)
    t = evaluation.income_ttest(read_demo, survey.id)
    path = evaluation_report.write_ttest_pdf(read_demo, result=t, first_label=survey.first_label,
                                             second_label=survey.second_label, title=survey.title,
                                             path=tmp_path / "t.pdf")
    assert "Keputusan" in _signature_page(path)


def test_a_round_that_cannot_be_scored_is_reported_not_fatal(demo_db, tmp_path):
    chair = Actor.system()
    ksm_instrument = evaluation.instrument_by_code(demo_db, "ksm")
    r = evaluation.create_round(demo_db, actor=chair, instrument_id=ksm_instrument.id, title="Putaran kosong",
                                held_on=dt.date(2024, 9, 1)).value
    rep = evaluation_report.evaluation_report_data(demo_db, date_from=YEAR[0], date_to=YEAR[1])
    empty = next(sec for sec in rep.ikm if sec.title == r.title)
    assert empty.result is None and "belum memiliki responden" in empty.error
    _, path = _run(evaluation_report.write_evaluation_report_pdf(
        demo_db, path=tmp_path / "e.pdf", date_from=YEAR[0], date_to=YEAR[1]))
    assert "IKM belum dapat dihitung" in _text(path)


def test_view_permission_is_checked_when_an_actor_is_given(read_demo):
    stranger = Actor(999, "x", "X", "nobody")
    with pytest.raises((PermissionDenied, KeyError)):
        evaluation_report.evaluation_report_data(read_demo, date_from=YEAR[0], date_to=YEAR[1], actor=stranger)


def test_repayment_rate_counts_payments_made_by_the_end_of_the_period(read_demo):
    from kamura_desktop.services import repayments

    by_end = evaluation_report.collected_and_due_by(read_demo, date_from=YEAR[0], date_to=YEAR[1])
    assert by_end == repayments.collected_and_due(read_demo, date_from=YEAR[0], date_to=YEAR[1])
    assert by_end == (2_736_000, 2_832_000)  # 96,61 %: one instalment was still late on 31 Dec 2024
    # at the end of 2024 one Sukamanah instalment is late (kol 2 in the report), paid in 2025
    rep = evaluation_report.evaluation_report_data(read_demo, date_from=YEAR[0], date_to=YEAR[1])
    late = sum(b.count for b in rep.portfolio.by_kol if b.key != "1")
    assert (by_end[0] < by_end[1]) == (late > 0)
    assert rep.portfolio.repayment.numerator == by_end[0]
    today = dt.date.today()
    assert evaluation_report.collected_and_due_by(read_demo, date_from=YEAR[0], date_to=today) == \
        repayments.collected_and_due(read_demo, date_from=YEAR[0], date_to=today)


# ---------------------------------------------------------------- one round's IKM workbook

def _sheet_rows(ws) -> list[list]:
    rows = []
    for row in ws.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    return rows


def _after(rows: list[list], label: str) -> list:
    """The value(s) right of the first row whose column A is ``label``."""
    for values in rows:
        if values and values[0] == label:
            return values[1:]
    raise AssertionError(f"{label!r} not on the sheet")


def test_ikm_workbook_of_one_round_by_hand(db, actors, tmp_path):
    ketua, petugas = actors["ketua"], actors["petugas"]
    inst = evaluation.save_instrument(
        db, actor=ketua, instrument_id=None, code="uji", name="Instrumen uji",
        respondent_kind="lainnya", scale_code="kepmenpan25",
        indicators=[("Indikator A", [("A1", "Satu."), ("A2", "Dua.")]),
                    ("Indikator B", [("B1", "Tiga.")])]).value
    rnd = evaluation.create_round(db, actor=petugas, instrument_id=inst.id, title="Putaran uji",
                                  held_on=dt.date(2024, 6, 15)).value
    evaluation.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[
        ("Ani", None, [4, 3, 2]), ("Budi", None, [3, 3, None]), ("Cici", None, [2, 1, 4])])
    out = evaluation_report.write_ikm_xlsx(db, round_id=rnd.id, path=tmp_path / "x" / "ikm.xlsx",
                                           actor=petugas)
    assert out == tmp_path / "x" / "ikm.xlsx"
    wb = load_workbook(out)
    assert wb.sheetnames == ["IKM", "Jawaban", "Skala"]  # one round, not the whole report
    rows = _sheet_rows(wb["IKM"])
    assert rows[0] == ["IKM — Putaran uji"]
    assert _after(rows, "Responden") == [3] and _after(rows, "Menjawab semua butir") == [2]
    # by hand: A1 = 9/3 = 3, A2 = 7/3 = 2,3333, B1 = 6/2 = 3 (one blank);
    # NP = 1/3; IKM = (3 + 2,3333 + 3) / 3 = 2,7778 → B (Baik); converted 2,7778 × 25 = 69,44
    assert _after(rows, "NP (bobot per butir)") == [pytest.approx(0.3333, abs=1e-4)]
    assert _after(rows, "IKM") == [pytest.approx(2.7778, abs=1e-4)]
    assert _after(rows, "IKM (2 desimal)") == [pytest.approx(2.78)]
    assert _after(rows, "Kategori") == ["B — Baik"]
    assert _after(rows, "Nilai konversi") == [pytest.approx(69.44, abs=0.005)]
    items = {r[0]: r[1:] for r in rows if r and r[0] in ("A1", "A2", "B1")}
    assert items["A1"] == ["Indikator A", "Satu.", 3, 9, 3, pytest.approx(1.0, abs=1e-4), "B — Baik"]
    assert items["A2"][-1] == "C — Kurang baik"  # 2,3333 on the 4-point table
    assert items["A2"][2:5] == [3, 7, pytest.approx(2.3333, abs=1e-4)]
    assert items["B1"][2:5] == [2, 6, 3]
    indicators = {r[0]: r[1:] for r in rows if r and r[0] in ("Indikator A", "Indikator B")}
    assert indicators["Indikator A"][:4] == [2, 6, 16, pytest.approx(2.6667, abs=1e-4)]
    assert indicators["Indikator B"][:4] == [1, 2, 6, 3]
    # numbers are numbers (not text), every figure cell
    ws = wb["IKM"]
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, str):
                assert not cell.value.replace(",", "").replace(".", "").isdigit(), cell.coordinate
    answers = _sheet_rows(wb["Jawaban"])
    assert answers[1] == ["No.", "Responden", "A1", "A2", "B1"]
    assert answers[2:] == [[1, "Ani", 4, 3, 2], [2, "Budi", 3, 3], [3, "Cici", 2, 1, 4]]
    scale = _sheet_rows(wb["Skala"])
    assert [4, "Sangat setuju"] in scale
    assert [pytest.approx(2.51), pytest.approx(3.25), "Baik", pytest.approx(62.51),
            pytest.approx(81.25), "B"] in scale
    # a round nobody answered cannot be scored: a clear message, no file
    empty = evaluation.create_round(db, actor=petugas, instrument_id=inst.id, title="Kosong",
                                    held_on=dt.date(2024, 7, 1)).value
    with pytest.raises(UserError, match="belum memiliki responden"):
        evaluation_report.write_ikm_xlsx(db, round_id=empty.id, path=tmp_path / "kosong.xlsx")
    assert not (tmp_path / "kosong.xlsx").exists()


def test_a_round_on_an_office_scale_in_the_workbook_and_the_report(db, actors, tmp_path):
    ketua, petugas = actors["ketua"], actors["petugas"]
    evaluation.save_scale(db, actor=ketua, scale_id=None, code="puas3", name="Kepuasan 3 titik",
                          points=[(1, "Tidak puas"), (2, "Cukup"), (3, "Puas")],
                          categories=[("1,00", "1,66", "Tidak memuaskan", None),
                                      ("1,67", "2,33", "Cukup memuaskan", None),
                                      ("2,34", "3,00", "Memuaskan", None)])
    inst = evaluation.save_instrument(
        db, actor=ketua, instrument_id=None, code="uji", name="Instrumen uji",
        respondent_kind="lainnya", scale_code="puas3",
        indicators=[("Indikator A", [("A1", "Satu."), ("A2", "Dua.")])]).value
    rnd = evaluation.create_round(db, actor=petugas, instrument_id=inst.id, title="Putaran tiga",
                                  held_on=dt.date(2024, 6, 15)).value
    # A1 = (3+3)/2 = 3, A2 = (3+2)/2 = 2,5; IKM = 2,75 → Memuaskan (2,34–3,00)
    evaluation.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[
        ("Ani", None, [3, 3]), ("Budi", None, [3, 2])])
    wb = load_workbook(evaluation_report.write_ikm_xlsx(db, round_id=rnd.id,
                                                        path=tmp_path / "ikm.xlsx"))
    rows = _sheet_rows(wb["IKM"])
    assert _after(rows, "IKM") == [pytest.approx(2.75)]
    assert _after(rows, "Kategori") == ["Memuaskan"]
    scale = _sheet_rows(wb["Skala"])
    assert [2, "Cukup"] in scale and [3, "Puas"] in scale
    assert any(r[:3] == [pytest.approx(2.34), pytest.approx(3.0), "Memuaskan"] for r in scale)
    # the period report finds the office scale too
    data = evaluation_report.evaluation_report_data(db, date_from=YEAR[0], date_to=YEAR[1])
    (section,) = data.ikm
    assert (section.scale.code, section.result.category.label) == ("puas3", "Memuaskan")
    pdf = tmp_path / "laporan.pdf"
    _run(evaluation_report.write_evaluation_report_pdf(db, path=pdf, date_from=YEAR[0],
                                                       date_to=YEAR[1]))
    text = _text(pdf)
    assert "Kepuasan 3 titik" in text and "Memuaskan" in text
