"""``kamura eval``: template → fill in with openpyxl → ikm/ttest (text and --json) with the
numbers worked out by hand; bad cells name sheet, row and column and exit non-zero."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import scipy.stats
from openpyxl import load_workbook

from kamura_desktop.cli.main import main
from kamura_desktop.services import evaluation as ev
from kamura_desktop.services.locations import data_dir, default_db_path


def fill(path: Path, rows, *, start: int = 2) -> Path:
    wb = load_workbook(path)
    ws = wb["Jawaban"]
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(db, db_location, actors, monkeypatch) -> list[str]:
    """--db of a fresh Kamura file (the built-in instruments are seeded), logged in as the
    clerk (issue 21: commands on the books need a login)."""
    monkeypatch.setenv("KAMURA_USER", "petugas")
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas-sandi1")
    return ["--db", str(db_location)]


# A hand-made KSM round: R1 answers 5 everywhere, R2 4, R3 3 on K6–K20 only, R4 1 on K1–K5
# only (blank elsewhere), R5 is wholly blank.
#   K1–K5:  R1 + R2 + R4 = 5 + 4 + 1 = 10 over 3 answers → mean 3,3333
#   K6–K20: R1 + R2 + R3 = 5 + 4 + 3 = 12 over 3 answers → mean 4
#   Kualitas: total 5 × 10 = 50, mean 3,3333; the other indicators: total 60, mean 4
#   NP = 1/20 = 0,05; IKM = (5 × 10/3 + 15 × 4) / 20 = (50/3 + 60) / 20 = 230/60 = 3,8333
#   → "Efektif" (3,41–4,20); the 5-point scale has no converted score.
KSM_ROWS = [
    ["R1"] + [5] * 20,
    ["R2"] + [4] * 20,
    ["R3"] + [None] * 5 + [3] * 15,
    ["R4"] + [1] * 5,
    ["R5"],
]


def test_template_fill_ikm_json_round_trip(dbarg, tmp_path, capsys):
    path = tmp_path / "ksm.xlsx"
    code, out, _ = run(capsys, "eval", "template", "ksm", path, *dbarg)
    assert code == 0 and "20 butir" in out
    fill(path, KSM_ROWS)
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--json", *dbarg)
    assert code == 0, err
    data = json.loads(out)
    assert {"items", "indicators", "np", "ikm", "category"} <= set(data)
    assert "converted" not in data
    assert data["items"][0] == {"code": "K1", "indicator": "Kualitas", "answered": 3, "total": 10,
                                "mean": 3.3333}
    assert data["items"][5] == {"code": "K6", "indicator": "Kuantitas", "answered": 3, "total": 12,
                                "mean": 4.0}
    assert [i["code"] for i in data["items"]] == [f"K{n}" for n in range(1, 21)]
    assert data["indicators"] == [
        {"name": "Kualitas", "total": 50, "mean": 3.3333},
        {"name": "Kuantitas", "total": 60, "mean": 4.0},
        {"name": "Modal", "total": 60, "mean": 4.0},
        {"name": "Output", "total": 60, "mean": 4.0},
    ]
    assert data["np"] == 0.05
    assert data["ikm"] == 3.8333
    assert data["category"] == "Efektif"
    assert data["respondents"] == 5

    code, out, _ = run(capsys, "eval", "ikm", path, "--instrument", "KSM", *dbarg)
    assert code == 0
    assert "IKM = 3,8333 — Efektif" in out and "NP  = 0,0500" in out


def test_four_point_scale_json_has_converted(dbarg, tmp_path, capsys):
    path = tmp_path / "upk.xlsx"
    assert run(capsys, "eval", "template", "upk", path, "--scale", "kepmenpan25", *dbarg)[0] == 0
    # every UPK item answered 4 by R1 and 3 by R2: each mean 3,5 → IKM 3,5, × 25 = 87,5 → A
    fill(path, [["R1"] + [4] * 15, ["R2"] + [3] * 15])
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "upk", "--scale",
                         "kepmenpan25", "--json", *dbarg)
    assert code == 0, err
    data = json.loads(out)
    assert (data["ikm"], data["converted"], data["category"], data["quality"]) == (
        3.5, 87.5, "Sangat baik", "A")
    assert [len([i for i in data["items"] if i["indicator"] == ind["name"]])
            for ind in data["indicators"]] == [3, 3, 3, 4, 2]
    # the same file on the 5-point scale is fine; a 5 on the 4-point scale is not
    fill(path, [["R3", 5]], start=4)
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "upk", "--scale",
                       "kepmenpan25", *dbarg)
    assert code == 1
    assert "Lembar 'Jawaban', baris 4, kolom B (P1): 5 di luar skala 1–4." in err


def test_bad_cell_names_row_and_column_and_exits_nonzero(dbarg, tmp_path, capsys):
    path = tmp_path / "ksm.xlsx"
    run(capsys, "eval", "template", "ksm", path, *dbarg)
    fill(path, [["Ani"] + [4] * 20, ["Budi", 4, "x"] + [4] * 18])
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--json", *dbarg)
    assert code == 1 and out == ""
    assert err.strip() == "Kesalahan: Lembar 'Jawaban', baris 3, kolom C (K2): 'x' bukan angka 1–5."
    # the wrong instrument's file: the header says so
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "upk", *dbarg)
    assert code == 1 and "baris 1, kolom B: judul kolom seharusnya 'P1', tertulis 'K1'" in err
    code, _, err = run(capsys, "eval", "ikm", tmp_path / "tidak-ada.xlsx", "--instrument", "ksm", *dbarg)
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "eval", "template", "abc", tmp_path / "x.xlsx", *dbarg)
    assert code == 1 and "Instrumen 'abc' tidak ditemukan" in err


def test_item_nobody_answered(dbarg, tmp_path, capsys):
    path = tmp_path / "ksm.xlsx"
    run(capsys, "eval", "template", "ksm", path, *dbarg)
    fill(path, [["Ani"] + [4] * 19])
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", *dbarg)
    assert code == 1 and "Butir K20" in err and "belum dijawab" in err


def test_office_instrument_from_the_database(db, actors, dbarg, tmp_path, capsys):
    ev.save_instrument(db, actor=actors["ketua"], instrument_id=None, code="rapat",
                       name="Pertemuan kelompok", respondent_kind="lainnya", scale_code="likert5",
                       indicators=[("Manfaat", [("M1", "Pertemuan bermanfaat."),
                                                ("M2", "Waktu pertemuan cocok.")])])
    path = tmp_path / "rapat.xlsx"
    assert run(capsys, "eval", "template", "rapat", path, *dbarg)[0] == 0
    assert [c.value for c in load_workbook(path)["Jawaban"][1]] == ["Responden", "M1", "M2"]
    # M1: 5, 4 → 4,5; M2: 2 → 2; IKM = (4,5 + 2)/2 = 3,25 → cukup efektif
    fill(path, [["A", 5, 2], ["B", 4]])
    code, out, _ = run(capsys, "eval", "ikm", path, "--instrument", "rapat", "--json", *dbarg)
    data = json.loads(out)
    assert code == 0 and (data["ikm"], data["np"], data["category"]) == (3.25, 0.5, "Cukup efektif")


# ---------------------------------------------------------------- t-test

INCOME = [(1_000_000, 1_200_000), (800_000, 950_000), (1_500_000, 1_400_000),
          (600_000, 900_000), (700_000, 760_000)]


def test_ttest_json_matches_scipy(tmp_path, capsys):
    path = tmp_path / "inc.xlsx"
    code, out, _ = run(capsys, "eval", "template", "income", path, "--labels", "Sebelum Covid-19",
                       "Setelah Covid-19")
    assert code == 0
    fill(path, [[f"R{i}", a, b] for i, (a, b) in enumerate(INCOME)])
    code, out, err = run(capsys, "eval", "ttest", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    keys = {"n", "mean_first", "mean_second", "mean_diff", "sd_diff", "se_diff", "ci_low",
            "ci_high", "t", "df", "p_two_tailed", "correlation", "significant"}
    assert keys <= set(data)
    first = [a for a, _ in INCOME]
    second = [b for _, b in INCOME]
    ref = scipy.stats.ttest_rel(second, first)
    ci = ref.confidence_interval(0.95)
    # by hand: differences 200 000, 150 000, −100 000, 300 000, 60 000 → mean 122 000
    assert data["n"] == 5 and data["df"] == 4 and data["mean_diff"] == 122_000
    assert (data["mean_first"], data["mean_second"]) == (920_000, 1_042_000)
    assert data["t"] == pytest.approx(ref.statistic)
    assert data["p_two_tailed"] == pytest.approx(ref.pvalue)
    assert (data["ci_low"], data["ci_high"]) == pytest.approx((ci.low, ci.high))
    assert data["correlation"] == pytest.approx(scipy.stats.pearsonr(first, second).statistic)
    assert data["significant"] is False and data["sig"] == ".146"
    assert (data["first_label"], data["second_label"]) == ("Sebelum Covid-19", "Setelah Covid-19")

    code, out, _ = run(capsys, "eval", "ttest", path, "--labels", "Awal", "Akhir")
    assert code == 0
    assert "Akhir − Awal (N = 5)" in out and "Sig. (2-tailed) = .146" in out
    assert "Tidak terdapat perbedaan yang signifikan (Sig. 0,146 > 0,05)" in out


def test_ttest_significant_prints_000(tmp_path, capsys):
    path = tmp_path / "inc.xlsx"
    run(capsys, "eval", "template", "income", path)
    fill(path, [[f"R{i}", 500_000 + 10_000 * i, 900_000 + 10_000 * i + 1_000 * (i % 3)]
                for i in range(20)])
    code, out, _ = run(capsys, "eval", "ttest", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["sig"] == ".000" and data["significant"] is True


@pytest.mark.parametrize(("rows", "message"), [
    ([["Ani", 100, 200], ["Budi", 300, None], ["Cici", 100, 150]],
     "Lembar 'Jawaban', baris 3, kolom C (Sesudah): nilai Sesudah untuk Budi kosong"),
    ([["Ani", 100, 200]], "sedikitnya 2 pasang data; baru ada 1"),
    ([["Ani", 100, 200], ["Budi", 300, 400]], "simpangan baku selisih = 0"),
    ([["Ani", 100, 200], ["Budi", "banyak", 400]],
     "Lembar 'Jawaban', baris 3, kolom B (Sebelum): 'banyak' bukan jumlah rupiah utuh."),
])
def test_ttest_refusals_exit_nonzero(tmp_path, capsys, rows, message):
    path = tmp_path / "inc.xlsx"
    run(capsys, "eval", "template", "income", path)
    fill(path, rows)
    code, out, err = run(capsys, "eval", "ttest", path, "--json")
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err


def test_without_books_the_builtins_are_used_and_no_file_is_made(tmp_path, capsys):
    default = default_db_path()
    existed = default.exists()
    # the throw-away books' seal key stays in their temporary folder: before, every such
    # command left one more key file of deleted books in the data folder's kunci/
    kept = sorted(p for p in data_dir().rglob("*"))
    path = tmp_path / "ksm.xlsx"
    assert run(capsys, "eval", "template", "ksm", path)[0] == 0
    fill(path, KSM_ROWS)
    code, out, _ = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--json")
    assert code == 0 and json.loads(out)["ikm"] == 3.8333
    assert default.exists() == existed
    assert sorted(p for p in data_dir().rglob("*")) == kept
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--db",
                       tmp_path / "hilang.sqlite")
    assert code == 1 and "tidak ditemukan" in err


# ---------------------------------------------------------------- --pdf (last: EVAL-REPORT writes it)

def test_pdf_outputs(dbarg, tmp_path, capsys):
    from pypdf import PdfReader

    path = tmp_path / "ksm.xlsx"
    run(capsys, "eval", "template", "ksm", path, *dbarg)
    fill(path, KSM_ROWS)
    pdf = tmp_path / "ikm.pdf"
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--json", "--pdf", pdf, *dbarg)
    assert code == 0, err
    assert json.loads(out)["ikm"] == 3.8333
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "3,8333" in text or "3,83" in text
    assert "Efektif" in text

    inc = tmp_path / "inc.xlsx"
    run(capsys, "eval", "template", "income", inc)
    fill(inc, [[f"R{i}", a, b] for i, (a, b) in enumerate(INCOME)])
    tpdf = tmp_path / "t.pdf"
    code, out, err = run(capsys, "eval", "ttest", inc, "--pdf", tpdf, *dbarg)
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(tpdf).pages)
    assert ".146" in text


def test_the_template_remembers_its_scale(dbarg, tmp_path, capsys):
    """A template written with --scale kepmenpan25 holds answers 1–4, which the 5-point scale
    accepts too: read without --scale, it used to be classed on the 5-point table (IKM 3,5 →
    "Efektif") instead of the one it was written for (A — "Sangat baik", 87,50)."""
    path = tmp_path / "upk4.xlsx"
    assert run(capsys, "eval", "template", "upk", path, "--scale", "kepmenpan25", *dbarg)[0] == 0
    fill(path, [["R1"] + [4] * 15, ["R2"] + [3] * 15])
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "upk", "--json", *dbarg)
    assert code == 0, err
    data = json.loads(out)
    assert (data["scale"], data["ikm"], data["category"], data["quality"], data["converted"]) == (
        "kepmenpan25", 3.5, "Sangat baik", "A", 87.5)
    # an explicit --scale still decides
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "upk", "--scale", "likert5",
                         "--json", *dbarg)
    assert code == 0, err
    assert (json.loads(out)["scale"], json.loads(out)["category"]) == ("likert5", "Efektif")
    # a 5-point template (the instrument's own scale) is read on the 5-point scale
    five = tmp_path / "upk5.xlsx"
    run(capsys, "eval", "template", "upk", five, *dbarg)
    fill(five, [["R1"] + [4] * 15, ["R2"] + [3] * 15])
    code, out, err = run(capsys, "eval", "ikm", five, "--instrument", "upk", "--json", *dbarg)
    assert json.loads(out)["scale"] == "likert5" and "converted" not in json.loads(out)


def test_pdf_titles_say_what_was_measured_once(db, dbarg, tmp_path, capsys):
    """The default titles once doubled up: "IKM IKM — …" and "Uji-t Uji-t sampel berpasangan"
    in the page footer, the t-test's subtitle repeating its heading."""
    from pypdf import PdfReader

    path = tmp_path / "ksm.xlsx"
    run(capsys, "eval", "template", "ksm", path, *dbarg)
    fill(path, KSM_ROWS)
    pdf = tmp_path / "ikm.pdf"
    assert run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--pdf", pdf, *dbarg)[0] == 0
    name = ev.instrument_by_code(db, "ksm").name
    reader = PdfReader(pdf)
    assert reader.metadata.title == f"IKM {name}"
    assert "IKM IKM" not in reader.pages[0].extract_text()

    inc = tmp_path / "inc.xlsx"
    run(capsys, "eval", "template", "income", inc, "--labels", "Sebelum Covid-19", "Setelah Covid-19")
    fill(inc, [[f"R{i}", a, b] for i, (a, b) in enumerate(INCOME)])
    tpdf = tmp_path / "t.pdf"
    assert run(capsys, "eval", "ttest", inc, "--pdf", tpdf, *dbarg)[0] == 0
    reader = PdfReader(tpdf)
    assert reader.metadata.title == "Uji-t Sebelum Covid-19 dan Setelah Covid-19"
    assert "Uji-t sampel berpasangan" not in reader.pages[0].extract_text()  # case: not "uji-t …"


def test_pdf_date_from_the_command_line(dbarg, tmp_path, capsys):
    """The printouts of a file said "Tanggal : -": --date prints the survey's date."""
    from pypdf import PdfReader

    path = tmp_path / "ksm.xlsx"
    run(capsys, "eval", "template", "ksm", path, *dbarg)
    fill(path, KSM_ROWS)
    pdf = tmp_path / "ikm.pdf"
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--pdf", pdf,
                       "--date", "28-06-2024", *dbarg)
    assert code == 0, err
    assert "28 Juni 2024" in PdfReader(pdf).pages[0].extract_text()
    inc = tmp_path / "inc.xlsx"
    run(capsys, "eval", "template", "income", inc)
    fill(inc, [[f"R{i}", a, b] for i, (a, b) in enumerate(INCOME)])
    tpdf = tmp_path / "t.pdf"
    assert run(capsys, "eval", "ttest", inc, "--pdf", tpdf, "--date", "2024-06-28", *dbarg)[0] == 0
    assert "28 Juni 2024" in PdfReader(tpdf).pages[0].extract_text()
    with pytest.raises(SystemExit) as bad:
        main(["eval", "ttest", str(inc), "--date", "31-02-2024"])
    assert bad.value.code == 2


def test_ikm_on_an_office_scale_from_the_db(db, actors, dbarg, tmp_path, capsys):
    ev.save_scale(db, actor=actors["ketua"], scale_id=None, code="puas3",
                  name="Kepuasan 3 titik", points=[(1, "Tidak puas"), (2, "Cukup"), (3, "Puas")],
                  categories=[("1,00", "1,66", "Tidak memuaskan", "C"),
                              ("1,67", "2,33", "Cukup memuaskan", "B"),
                              ("2,34", "3,00", "Memuaskan", "A")])
    path = tmp_path / "ksm3.xlsx"
    code, out, err = run(capsys, "eval", "template", "ksm", path, "--scale", "puas3", *dbarg)
    assert code == 0, err
    assert "skala 1–3 Kepuasan 3 titik" in out
    # R1 answers 3 everywhere; R2 2 on K1–K10 and 1 on K11–K20:
    #   K1–K10 mean (3+2)/2 = 2,5; K11–K20 mean (3+1)/2 = 2; NP = 1/20
    #   IKM = (10 × 2,5 + 10 × 2) / 20 = 45/20 = 2,25 → Cukup memuaskan (1,67–2,33), B
    fill(path, [["R1"] + [3] * 20, ["R2"] + [2] * 10 + [1] * 10])
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--scale", "puas3",
                         "--json", *dbarg)
    assert code == 0, err
    data = json.loads(out)
    assert (data["scale"], data["ikm"], data["category"], data["quality"]) == (
        "puas3", 2.25, "Cukup memuaskan", "B")
    assert "converted" not in data
    assert [i["mean"] for i in data["indicators"]] == [2.5, 2.5, 2.0, 2.0]
    assert data["np"] == 0.05
    # the template remembers the scale; --pdf prints the office table
    pdf = tmp_path / "ksm3.pdf"
    code, out, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--pdf", pdf, *dbarg)
    assert code == 0, err
    assert "IKM = 2,2500 — B — Cukup memuaskan" in out
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kepuasan 3 titik" in text and "Cukup memuaskan" in text
    # the office table with its grades, though the scale has no converted score
    assert "Mutu\nKategori\n1,00 – 1,66\nC\nTidak memuaskan\n1,67 – 2,33\nB\n" in text
    # a 4 is outside the office scale: named by row and column, non-zero exit
    fill(path, [["R2", 4]], start=3)
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--scale", "puas3",
                       "--json", *dbarg)
    assert code != 0 and "baris 3" in err.lower() and "kolom B" in err
    # listed with the built-ins
    code, out, _ = run(capsys, "eval", "scales", *dbarg)
    assert code == 0 and "puas3 — Kepuasan 3 titik (kantor; nilai 1–3)" in out
    assert "    1,67–2,33  B — Cukup memuaskan" in out
    code, out, _ = run(capsys, "eval", "scales", "--json", *dbarg)
    listed = {s["code"]: s for s in json.loads(out)}
    assert list(listed) == ["likert5", "kepmenpan25", "skm14", "puas3"]
    assert listed["puas3"]["points"][0] == {"value": 1, "label": "Tidak puas"}
    assert listed["puas3"]["categories"][1] == {
        "low": "1.67", "high": "2.33", "label": "Cukup memuaskan", "grade": "B",
        "converted_low": None, "converted_high": None}
    assert listed["skm14"]["classify_on"] == "converted" and not listed["puas3"]["builtin"]
    # an unknown code is refused by name
    code, _, err = run(capsys, "eval", "ikm", path, "--instrument", "ksm", "--scale", "puas9",
                       *dbarg)
    assert code != 0 and "Skala 'puas9' tidak dikenal" in err
