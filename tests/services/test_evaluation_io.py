"""Evaluation Excel: templates written by the app, read back by position; every problem
names sheet, row and column; imports are all or nothing and link member numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.instruments import get_scale
from kamura_desktop.services import evaluation as ev
from kamura_desktop.services import evaluation_io as eio
from kamura_desktop.services import membership
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.membership import MemberInput
from tests.services import shared_demo

LIKERT5 = get_scale("likert5")
HELD = dt.date(2024, 6, 15)
#: seeded books opened once for this module's reading tests (tests/services/shared_demo.py)
read_empty = shared_demo.read_empty
read_demo_books = shared_demo.read_demo_books


def fill(path: Path, rows, *, start: int = 2) -> Path:
    """Write ``rows`` into the answer sheet from row ``start`` (None = leave the cell)."""
    wb = load_workbook(path)
    ws = wb["Jawaban"]
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


@pytest.fixture
def ksm(db):
    return ev.instrument_by_code(db, "ksm")


@pytest.fixture
def ksm_read(read_empty):
    """The built-in KSM instrument, from books shared by the module's reading tests
    (tests/services/shared_demo.py): for the tests that only read workbooks against it."""
    return ev.instrument_by_code(read_empty, "ksm")


@pytest.fixture
def ksm_template(tmp_path, ksm_read):
    return eio.write_template(tmp_path / "ksm.xlsx", kind="ksm", instrument=ksm_read, scale=LIKERT5)


# ---------------------------------------------------------------- templates

def test_ksm_template_layout(ksm_template, ksm_read):
    wb = load_workbook(ksm_template)
    assert wb.sheetnames == ["Jawaban", "Petunjuk"]
    ws = wb["Jawaban"]
    header = [c.value for c in ws[1]]
    assert header == ["Responden"] + [f"K{n}" for n in range(1, 21)]
    assert ws.max_row == 1  # empty: no pre-formatted rows in the way
    assert ws["B1"].comment.text == "K1 (Kualitas): Proposal pinjaman mudah diajukan."
    assert "Kemiskinan berkurang" in ws["U1"].comment.text
    assert ws.freeze_panes == "B2"
    dv = ws.data_validations.dataValidation[0]
    assert (dv.type, dv.formula1, dv.formula2) == ("whole", "1", "5")
    assert str(dv.sqref) == "B2:U1001"

    guide = wb["Petunjuk"]
    rows = [tuple(c.value for c in row) for row in guide.iter_rows()]
    assert ("Kode", "Indikator", "Pernyataan") in rows
    items = [r for r in rows if r[0] and str(r[0]).startswith("K") and r[0] != "Kode"]
    assert [r[0] for r in items] == [item.code for item in ksm_read.items]
    assert items[5] == ("K6", "Kuantitas", "Pinjaman disalurkan tepat sasaran.")
    start = rows.index(("Nilai", "Arti", None))
    assert [r[:2] for r in rows[start + 1:start + 6]] == [
        (5, "Sangat setuju"), (4, "Setuju"), (3, "Kurang setuju"), (2, "Tidak setuju"),
        (1, "Sangat tidak setuju")]


def test_upk_template_on_the_four_point_scale(db, tmp_path):
    upk = ev.instrument_by_code(db, "upk")
    path = eio.write_template(tmp_path / "upk.xlsx", kind="upk", instrument=upk,
                              scale=get_scale("kepmenpan25"))
    ws = load_workbook(path)["Jawaban"]
    assert [c.value for c in ws[1]] == ["Responden"] + [f"P{n}" for n in range(1, 16)]
    dv = ws.data_validations.dataValidation[0]
    assert (dv.formula1, dv.formula2) == ("1", "4")


def test_income_template(tmp_path):
    path = eio.write_template(tmp_path / "inc.xlsx", kind="income", instrument=None, scale=None,
                              first_label="Sebelum Covid-19", second_label="Setelah Covid-19")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Jawaban", "Petunjuk"]
    assert [c.value for c in wb["Jawaban"][1]] == ["Responden", "Sebelum Covid-19", "Setelah Covid-19"]
    default = eio.write_template(tmp_path / "d.xlsx", kind="income", instrument=None, scale=None)
    assert [c.value for c in load_workbook(default)["Jawaban"][1]] == ["Responden", "Sebelum", "Sesudah"]


def test_template_text_never_becomes_a_formula(db, actors, tmp_path):
    inst = ev.save_instrument(db, actor=actors["ketua"], instrument_id=None, code="f",
                              name="=HYPERLINK(\"x\")", respondent_kind="lainnya",
                              scale_code="likert5",
                              indicators=[("=1+1", [("F1", "@SUM(A1)")])]).value
    path = eio.write_template(tmp_path / "f.xlsx", kind="lainnya", instrument=inst, scale=LIKERT5)
    guide = load_workbook(path)["Petunjuk"]
    cells = [c for row in guide.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value.startswith(("=", "@"))]
    assert risky and all(c.data_type == "s" for c in risky)


# ---------------------------------------------------------------- reading IKM answers

def test_read_answers_by_position(ksm_template, ksm_read):
    fill(ksm_template, [
        ["Ani"] + [5] * 20,
        ["Budi", 4, "3", 2.0, " 1 "] + [None] * 16,
        [None] * 21,                 # an empty row is skipped
        ["Cici"],                    # a respondent who answered nothing
    ])
    fill(ksm_template, [["Dedi", None, None, None, None, None, None, None, None, None, None,
                         None, None, None, None, None, None, None, None, None, 3]], start=6)
    rows = eio.read_ikm_answers(ksm_template, ksm_read, LIKERT5)
    assert rows == [
        ("Ani", [5] * 20),
        ("Budi", [4, 3, 2, 1] + [None] * 16),
        ("Cici", [None] * 20),
        ("Dedi", [None] * 19 + [3]),
    ]


@pytest.mark.parametrize(("cell", "value", "message"), [
    ("D7", "x", "Lembar 'Jawaban', baris 7, kolom D (K3): 'x' bukan angka 1–5."),
    ("D7", 7, "Lembar 'Jawaban', baris 7, kolom D (K3): 7 di luar skala 1–5."),
    ("B7", 0, "Lembar 'Jawaban', baris 7, kolom B (K1): 0 di luar skala 1–5."),
    ("U7", 4.5, "Lembar 'Jawaban', baris 7, kolom U (K20): '4.5' bukan angka 1–5."),
    ("C7", "tiga", "Lembar 'Jawaban', baris 7, kolom C (K2): 'tiga' bukan angka 1–5."),
    ("A7", None, "Lembar 'Jawaban', baris 7, kolom A (Responden): nama responden kosong"),
    ("V7", "lebih", "Lembar 'Jawaban', baris 7, kolom V: sel di luar kolom butir berisi 'lebih'."),
])
def test_bad_cells_name_sheet_row_and_column(ksm_template, ksm_read, cell, value, message):
    rows = [[f"R{n}"] + [4] * 20 for n in range(2, 8)]
    fill(ksm_template, rows)
    wb = load_workbook(ksm_template)
    wb["Jawaban"][cell] = value
    wb.save(ksm_template)
    with pytest.raises(UserError) as err:
        eio.read_ikm_answers(ksm_template, ksm_read, LIKERT5)
    assert err.value.message.startswith(message)


def test_wrong_header_and_wrong_sheet(tmp_path, ksm, db):
    upk = ev.instrument_by_code(db, "upk")
    upk_file = eio.write_template(tmp_path / "upk.xlsx", kind="upk", instrument=upk, scale=LIKERT5)
    fill(upk_file, [["Ani"] + [4] * 15])
    with pytest.raises(UserError, match=r"Lembar 'Jawaban', baris 1, kolom B: judul kolom "
                                        r"seharusnya 'K1', tertulis 'P1'"):
        eio.read_ikm_answers(upk_file, ksm, LIKERT5)

    wb = Workbook()
    wb.active.title = "Sheet1"
    wb.active.append(["Nama anggota", "Alamat"])
    wb.active.append(["Ani", "RT 01"])
    other = tmp_path / "lain.xlsx"
    wb.save(other)
    with pytest.raises(UserError, match=r"Lembar 'Sheet1', baris 1, kolom A: judul kolom "
                                        r"seharusnya 'Responden', tertulis 'Nama anggota'"):
        eio.read_ikm_answers(other, ksm, LIKERT5)

    # the sheet named Jawaban is found even when it is not the first
    wb = Workbook()
    wb.active.title = "Catatan"
    ws = wb.create_sheet("Jawaban")
    ws.append(["Responden"] + [f"K{n}" for n in range(1, 21)])
    ws.append(["Ani"] + [3] * 20)
    moved = tmp_path / "moved.xlsx"
    wb.save(moved)
    assert eio.read_ikm_answers(moved, ksm, LIKERT5) == [("Ani", [3] * 20)]

    wb = Workbook()
    wb.active.append(["Responden"] + [f"K{n}" for n in range(1, 21)] + ["K21"])
    extra = tmp_path / "extra.xlsx"
    wb.save(extra)
    with pytest.raises(UserError, match=r"baris 1, kolom V: kolom 'K21' tidak dikenal"):
        eio.read_ikm_answers(extra, ksm, LIKERT5)


def test_unreadable_files(tmp_path, ksm_read, ksm_template):
    with pytest.raises(UserError, match="tidak ditemukan"):
        eio.read_ikm_answers(tmp_path / "tidak-ada.xlsx", ksm_read, LIKERT5)
    text = tmp_path / "bukan.xlsx"
    text.write_text("bukan excel")
    with pytest.raises(UserError, match=r"berkas Excel rusak atau bukan \.xlsx"):
        eio.read_ikm_answers(text, ksm_read, LIKERT5)
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match=r"Excel 97-2003 \(\.xls\)"):
        eio.read_ikm_answers(old, ksm_read, LIKERT5)
    with pytest.raises(UserError, match="belum berisi jawaban responden"):
        eio.read_ikm_answers(ksm_template, ksm_read, LIKERT5)


# ---------------------------------------------------------------- reading income

def test_read_income(tmp_path):
    path = eio.write_template(tmp_path / "inc.xlsx", kind="income", instrument=None, scale=None)
    wb = load_workbook(path)
    wb["Jawaban"]["B1"] = "Sebelum pinjaman"
    wb.save(path)
    fill(path, [["Ani", 1_000_000, "Rp1.250.000"], ["Budi", 800000.0, "900000"],
                ["Cici", None, None], ["Dedi", 500_000, None]])
    sheet = eio.read_income_sheet(path)
    assert (sheet.first_label, sheet.second_label) == ("Sebelum pinjaman", "Sesudah")
    assert eio.read_income_pairs(path) == [("Ani", 1_000_000, 1_250_000), ("Budi", 800_000, 900_000),
                                           ("Cici", None, None), ("Dedi", 500_000, None)]
    with pytest.raises(UserError, match=r"Lembar 'Jawaban', baris 5, kolom C \(Sesudah\): nilai "
                                        r"Sesudah untuk Dedi kosong"):
        eio.read_income_test_pairs(path)
    fill(path, [["Dedi", 500_000, 650_000]], start=5)
    _, first, second = eio.read_income_test_pairs(path)  # Cici (both blank) is skipped
    assert (first, second) == ([1_000_000, 800_000, 500_000], [1_250_000, 900_000, 650_000])


@pytest.mark.parametrize(("value", "message"), [
    ("satu juta", "Lembar 'Jawaban', baris 3, kolom B (Sebelum): 'satu juta' bukan jumlah rupiah utuh."),
    (1_500.5, "Lembar 'Jawaban', baris 3, kolom B (Sebelum): '1500.5' bukan jumlah rupiah utuh."),
    (-5, "Lembar 'Jawaban', baris 3, kolom B (Sebelum): pendapatan tidak boleh negatif"),
])
def test_bad_income_cells(tmp_path, value, message):
    path = eio.write_template(tmp_path / "inc.xlsx", kind="income", instrument=None, scale=None)
    fill(path, [["Ani", 100, 200], ["Budi", value, 300]])
    with pytest.raises(UserError) as err:
        eio.read_income_pairs(path)
    assert err.value.message.startswith(message)


# ---------------------------------------------------------------- importing

def test_import_round_answers_links_members_and_dry_runs(db, actors, tmp_path, ksm):
    petugas = actors["petugas"]
    siti = membership.register_member(db, actor=Actor.system(), data=MemberInput(
        name="Siti Aminah", nik="3217014107900001", sex="P", joined_on=dt.date(2023, 1, 2))).value.member
    rnd = ev.create_round(db, actor=petugas, instrument_id=ksm.id, title="Impor", held_on=HELD).value
    path = eio.write_template(tmp_path / "r.xlsx", kind="ksm", instrument=ksm, scale=rnd.scale)
    fill(path, [[siti.number.lower()] + [5] * 20, ["Pak RW"] + [4] * 10])

    dry = eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=path, dry_run=True)
    assert (dry.value.respondents, dry.value.complete) == (2, 1)
    assert not dry.changes.any()
    assert ev.round_respondents(db, rnd.id) == []  # nothing written

    done = eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=path)
    assert done.changes.evaluation
    people = ev.round_respondents(db, rnd.id)
    assert [(p.name, p.member_id, p.answered) for p in people] == [
        ("Siti Aminah", siti.id, 20), ("Pak RW", None, 10)]

    # a bad file changes nothing
    fill(path, [["Ani"] + [9] * 20], start=4)
    with pytest.raises(UserError, match="baris 4, kolom B"):
        eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=path)
    assert ev.round_respondents(db, rnd.id) == people
    with pytest.raises(PermissionDenied):
        eio.import_round_answers(db, actor=actors["admin"], round_id=rnd.id, path=path)

    # one member twice: both Excel rows are named
    fill(path, [["Ani"] + [4] * 20, [siti.number] + [3] * 20], start=4)
    with pytest.raises(UserError, match=rf"Lembar 'Jawaban', baris 5, kolom A \(Responden\): "
                                        rf"anggota {siti.number} \(Siti Aminah\) sudah tercantum "
                                        r"pada baris 2"):
        eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=path, dry_run=True)


def test_import_income_rows(db, actors, tmp_path):
    petugas = actors["petugas"]
    sv = ev.create_income_survey(db, actor=petugas, title="Covid", held_on=HELD,
                                 first_label="Sebelum", second_label="Sesudah").value
    path = eio.write_template(tmp_path / "i.xlsx", kind="income", instrument=None, scale=None)
    fill(path, [["Ani", 1_000_000, 1_200_000], ["Budi", 700_000, 650_000], ["Cici", 500_000, 800_000]])
    dry = eio.import_income_rows(db, actor=petugas, survey_id=sv.id, path=path, dry_run=True)
    assert len(dry.value.rows) == 3 and not dry.changes.any()
    assert ev.get_income_survey(db, sv.id).rows == ()
    out = eio.import_income_rows(db, actor=petugas, survey_id=sv.id, path=path).value
    assert [(r.name, r.first, r.second) for r in out.rows] == [
        ("Ani", 1_000_000, 1_200_000), ("Budi", 700_000, 650_000), ("Cici", 500_000, 800_000)]
    assert ev.income_ttest(db, sv.id).n == 3


def test_a_template_of_another_scale_is_refused_on_import(db, actors, tmp_path, ksm):
    """A 4-point template's answers (1–4) all fit a 5-point round: imported, they were scored
    on the wrong table without a word. The template now names its scale; a mismatch is
    refused, the round untouched."""
    from kamura_desktop.domain.instruments import get_scale

    petugas = actors["petugas"]
    rnd = ev.create_round(db, actor=petugas, instrument_id=ksm.id, title="Impor", held_on=HELD).value
    assert rnd.scale.code == "likert5"
    four = eio.write_template(tmp_path / "empat.xlsx", kind="ksm", instrument=ksm,
                              scale=get_scale("kepmenpan25"))
    assert eio.template_scale_code(four) == "kepmenpan25"
    fill(four, [["Ani"] + [4] * 20])
    with pytest.raises(UserError, match="ditulis untuk skala 'kepmenpan25'"):
        eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=four, dry_run=True)
    assert ev.round_respondents(db, rnd.id) == []
    # the round's own template goes in; a file Kamura did not write has no scale to compare
    own = eio.write_template(tmp_path / "lima.xlsx", kind="ksm", instrument=ksm, scale=rnd.scale)
    fill(own, [["Ani"] + [4] * 20])
    assert eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=own).value.respondents == 1
    assert eio.template_scale_code(tmp_path / "nope.xlsx") is None


# ---------------------------------------------------------------- office scales

def test_template_of_a_round_on_an_office_scale_lists_its_labels(db, actors, tmp_path, ksm):
    ev.save_scale(db, actor=actors["ketua"], scale_id=None, code="puas3",
                  name="Kepuasan 3 titik", points=[(1, "Tidak puas"), (2, "Cukup"), (3, "Puas")],
                  categories=[("1,00", "1,66", "Tidak memuaskan", None),
                              ("1,67", "2,33", "Cukup memuaskan", None),
                              ("2,34", "3,00", "Memuaskan", None)])
    petugas = actors["petugas"]
    rnd = ev.create_round(db, actor=petugas, instrument_id=ksm.id, title="Tiga titik",
                          held_on=HELD, scale_code="puas3").value
    path = eio.write_template(tmp_path / "t.xlsx", kind="ksm", instrument=ksm, scale=rnd.scale)
    wb = load_workbook(path)
    guide = [tuple(row) for row in wb[eio.GUIDE_SHEET].iter_rows(values_only=True)]
    start = next(n for n, row in enumerate(guide) if row[:2] == ("Nilai", "Arti"))
    assert [row[:2] for row in guide[start + 1:start + 4]] == [
        (3, "Puas"), (2, "Cukup"), (1, "Tidak puas")]
    assert "Skala: Kepuasan 3 titik" in guide[1][0] and "jawaban 1–3" in guide[1][0]
    (validation,) = wb[eio.ANSWER_SHEET].data_validations.dataValidation
    assert (validation.formula1, validation.formula2) == ("1", "3")
    assert eio.template_scale_code(path) == "puas3"
    # filled in and imported: 1–3 are taken, a 4 is refused naming the cell
    fill(path, [["Ani"] + [3] * 20, ["Budi"] + [1] * 20])
    assert eio.import_round_answers(db, actor=petugas, round_id=rnd.id,
                                    path=path).value.complete == 2
    assert ev.round_result(db, rnd.id).category.label == "Cukup memuaskan"  # IKM 2
    fill(path, [["Budi", 4]], start=3)
    with pytest.raises(UserError) as err:
        eio.import_round_answers(db, actor=petugas, round_id=rnd.id, path=path)
    assert "baris 3" in err.value.message.lower() and "kolom B" in err.value.message
