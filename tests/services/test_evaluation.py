"""Evaluation services on a real SQLite file: instruments as data (built-ins seeded and
read-only, copies editable, frozen once used), rounds and answers, IKM by hand, category
boundaries of every scale, income surveys and the paired t-test, report notes,
permissions and audit rows."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import sqlite3
from decimal import Decimal
from fractions import Fraction

import pytest
import scipy.stats
from sqlalchemy import func, select, text

from kamura_desktop.db.models.core import AuditEntry
from kamura_desktop.db.models.evaluation import EvalAnswer, EvalIncomeRow, EvalRespondent
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.domain.stats import format_sig_spss
from kamura_desktop.services import evaluation as ev
from kamura_desktop.services import membership
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.permissions import PERMISSIONS
from kamura_desktop.services.setup import open_books

HELD = dt.date(2024, 6, 15)
_serials = itertools.count(1)


def add_member(db, name: str) -> int:
    serial = next(_serials)
    data = MemberInput(name=name, nik=f"321701{serial % 28 + 1:02d}0790{serial:04d}", sex="P",
                       joined_on=dt.date(2023, 1, 2), rt="001", rw="008")
    return membership.register_member(db, actor=Actor.system(), data=data).value.member.id


def small_instrument(db, actor, *, code="uji", scale_code="likert5"):
    """Two indicators: A (A1, A2) and B (B1)."""
    return ev.save_instrument(
        db, actor=actor, instrument_id=None, code=code, name="Instrumen uji",
        respondent_kind="lainnya", scale_code=scale_code,
        indicators=[("Indikator A", [("A1", "Pernyataan satu."), ("A2", "Pernyataan dua.")]),
                    ("Indikator B", [("B1", "Pernyataan tiga.")])],
    ).value


def audit_count(db, prefix="evaluation.") -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action.like(prefix + "%")))


# ---------------------------------------------------------------- built-ins

def test_builtin_instruments_are_seeded_as_data(db):
    instruments = {i.code: i for i in ev.list_instruments(db)}
    assert set(instruments) == {"ksm", "upk"}
    ksm, upk = instruments["ksm"], instruments["upk"]
    assert ksm.builtin and upk.builtin
    assert ksm.respondent_kind == "ksm" and upk.respondent_kind == "upk"
    assert [ind.name for ind in ksm.indicators] == ["Kualitas", "Kuantitas", "Modal", "Output"]
    assert [len(ind.items) for ind in ksm.indicators] == [5, 5, 5, 5]
    assert [item.code for item in ksm.items] == [f"K{n}" for n in range(1, 21)]
    assert ksm.items[0].text == "Proposal pinjaman mudah diajukan."
    assert [len(ind.items) for ind in upk.indicators] == [3, 3, 3, 4, 2]
    assert [item.code for item in upk.items] == [f"P{n}" for n in range(1, 16)]
    assert ksm.scale_code == "likert5"
    assert ev.instrument_by_code(db, "KSM").id == ksm.id
    assert ev.get_instrument(db, upk.id) == upk
    with pytest.raises(NotFound, match="tidak ditemukan"):
        ev.instrument_by_code(db, "tidak-ada")


def test_builtins_are_seeded_once_and_into_existing_files(db_location):
    db = open_books(db_location)
    db.close()
    db = open_books(db_location)  # reopening adds nothing
    try:
        assert len(ev.list_instruments(db)) == 2
        # a database made before the evaluation book had no instruments: opening it adds them
        with db.engine.begin() as conn:
            for table in ("eval_items", "eval_indicators", "eval_instruments"):
                conn.execute(text(f"DELETE FROM {table}"))
    finally:
        db.close()
    db = open_books(db_location)
    try:
        assert [i.code for i in ev.list_instruments(db)] == ["ksm", "upk"]
        assert ev.instrument_by_code(db, "upk").item_count == 15
    finally:
        db.close()


def test_scales_listed():
    codes = [s.code for s in ev.list_scales()]
    assert codes[0] == "likert5"
    assert set(codes) == {"likert5", "kepmenpan25", "skm14"}


def test_builtin_cannot_be_edited_a_copy_can(db, actors):
    ketua = actors["ketua"]
    ksm = ev.instrument_by_code(db, "ksm")
    structure = [(ind.name, [(i.code, i.text) for i in ind.items]) for ind in ksm.indicators]
    with pytest.raises(UserError, match="bawaan 'ksm' tidak dapat diubah") as err:
        ev.save_instrument(db, actor=ketua, instrument_id=ksm.id, code="ksm", name="Ubah",
                           respondent_kind="ksm", scale_code="likert5", indicators=structure)
    assert err.value.code == "eval_builtin"

    out = ev.copy_instrument(db, actor=ketua, instrument_id=ksm.id, code="ksm-2025",
                             name="KSM versi desa")
    assert out.changes == Changes(evaluation=True)
    copy = out.value
    assert not copy.builtin and copy.code == "ksm-2025" and copy.respondent_kind == "ksm"
    assert copy.indicators == ksm.indicators

    structure[0][1][0] = ("K1", "Proposal pinjaman mudah diajukan ke TKM.")
    structure.append(("Tambahan", [("K21", "Pertemuan kelompok bermanfaat.")]))
    edited = ev.save_instrument(db, actor=ketua, instrument_id=copy.id, code="ksm-2025",
                                name="KSM versi desa", respondent_kind="ksm",
                                scale_code="kepmenpan25", indicators=structure).value
    assert edited.item_count == 21 and edited.scale_code == "kepmenpan25"
    assert edited.items[0].text == "Proposal pinjaman mudah diajukan ke TKM."
    assert edited.indicators[-1].name == "Tambahan"
    # the built-in is untouched
    assert ev.instrument_by_code(db, "ksm") == ksm


def test_codes_must_be_free_and_not_builtin(db, actors):
    ketua = actors["ketua"]
    small_instrument(db, ketua)
    with pytest.raises(UserError, match="sudah dipakai instrumen lain") as err:
        small_instrument(db, ketua, code="UJI")
    assert err.value.field == "code"
    with pytest.raises(UserError, match="instrumen bawaan"):
        ev.copy_instrument(db, actor=ketua, instrument_id=ev.instrument_by_code(db, "upk").id,
                           code="upk", name="x")


@pytest.mark.parametrize(("indicators", "fragment"), [
    ([], "belum memiliki indikator"),
    ([("Kosong", [])], "belum memiliki butir"),
    ([("A", [("A1", "x"), ("a1", "y")])], "dipakai lebih dari sekali"),
    ([("A", [("A 1", "x")])], "tidak boleh mengandung spasi"),
    ([("A", [("A1", "")])], "Pernyataan butir A1 belum diisi"),
])
def test_invalid_instrument_is_refused(db, actors, indicators, fragment):
    with pytest.raises(UserError, match=fragment):
        ev.save_instrument(db, actor=actors["ketua"], instrument_id=None, code="baru", name="Baru",
                           respondent_kind="lainnya", scale_code="likert5", indicators=indicators)
    assert [i.code for i in ev.list_instruments(db)] == ["ksm", "upk"]


def test_unknown_scale_and_kind_are_refused(db, actors):
    ketua = actors["ketua"]
    with pytest.raises(UserError, match="Skala 'likert7' tidak dikenal"):
        small_instrument(db, ketua, scale_code="likert7")
    with pytest.raises(UserError, match="Jenis responden"):
        ev.save_instrument(db, actor=ketua, instrument_id=None, code="x", name="x",
                           respondent_kind="warga", scale_code="likert5",
                           indicators=[("A", [("A1", "x")])])


def test_instrument_used_by_a_round_cannot_change_items(db, actors):
    ketua = actors["ketua"]
    inst = small_instrument(db, ketua)
    ev.create_round(db, actor=actors["petugas"], instrument_id=inst.id, title="Putaran 1",
                    held_on=HELD)
    structure = [(ind.name, [(i.code, i.text) for i in ind.items]) for ind in inst.indicators]
    changed = [structure[0], ("Indikator B", [("B1", "Pernyataan tiga, diubah.")])]
    with pytest.raises(UserError, match="sudah dipakai 1 putaran survei") as err:
        ev.save_instrument(db, actor=ketua, instrument_id=inst.id, code="uji", name="Instrumen uji",
                           respondent_kind="lainnya", scale_code="likert5", indicators=changed)
    assert err.value.code == "eval_instrument_used"
    assert ev.get_instrument(db, inst.id) == inst
    # name, code and default scale may still change
    renamed = ev.save_instrument(db, actor=ketua, instrument_id=inst.id, code="uji-2",
                                 name="Instrumen uji (2024)", respondent_kind="lainnya",
                                 scale_code="skm14", indicators=structure).value
    assert (renamed.code, renamed.name, renamed.scale_code) == ("uji-2", "Instrumen uji (2024)", "skm14")
    assert renamed.indicators == inst.indicators
    assert ev.list_rounds(db)[0].instrument_code == "uji-2"


# ---------------------------------------------------------------- rounds and the IKM

def test_small_round_by_hand_through_the_grid(db, actors):
    petugas = actors["petugas"]
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="Survei KSM Juni",
                          held_on=HELD, notes="  di balai RW  ").value
    assert (rnd.scale_code, rnd.respondents, rnd.complete, rnd.notes) == ("likert5", 0, 0, "di balai RW")
    grid = {"Ani": [5, 4, 3], "Budi": [4, None, 2], "Cici": [3, 2, None], "Dedi": [None, None, None]}
    for name, answers in grid.items():
        person = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name=name).value
        assert person.answers == (None, None, None)
        for index, value in enumerate(answers):
            if value is not None:
                person = ev.set_answer(db, actor=petugas, respondent_id=person.id,
                                       item_index=index, value=value).value
        assert person.answers == tuple(answers)

    got = ev.get_round(db, rnd.id)
    assert (got.respondents, got.complete) == (4, 1)
    assert [p.name for p in ev.round_respondents(db, rnd.id)] == list(grid)

    r = ev.round_result(db, rnd.id)
    # by hand: A1 answered by 3 (5+4+3 = 12, mean 4); A2 by 2 (4+2 = 6, mean 3);
    # B1 by 2 (3+2 = 5, mean 2,5) — blanks count in neither the sum nor the number.
    # NP = 1/3; IKM = (4 + 3 + 2,5) × 1/3 = 9,5/3 = 3,16666… → 3,1667 → cukup efektif
    # (2,61–3,40). Indicator A: total 18, mean of item means (4 + 3)/2 = 3,5; B: 5 and 2,5.
    assert [(i.code, i.answered, i.total, i.mean) for i in r.items] == [
        ("A1", 3, 12, Decimal("4.0000")), ("A2", 2, 6, Decimal("3.0000")),
        ("B1", 2, 5, Decimal("2.5000"))]
    assert [(i.name, i.total, i.mean) for i in r.indicators] == [
        ("Indikator A", 18, Decimal("3.5000")), ("Indikator B", 5, Decimal("2.5000"))]
    assert r.np == Decimal("0.3333")
    assert r.ikm == Decimal("3.1667")
    assert r.category.label == "Cukup efektif"
    assert r.converted is None
    assert (r.respondents, r.blank_rows) == (4, 1)

    # clearing an answer: B1 of Budi → B1 mean 3 (only Ani), IKM = (4 + 3 + 3)/3 = 3,3333
    budi = ev.round_respondents(db, rnd.id)[1]
    assert ev.set_answer(db, actor=petugas, respondent_id=budi.id, item_index=2,
                         value=None).value.answers == (4, None, None)
    assert ev.round_result(db, rnd.id).ikm == Decimal("3.3333")


def test_four_point_round_by_hand_with_conversion(db, actors):
    petugas = actors["petugas"]
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="4 titik", held_on=HELD,
                          scale_code="kepmenpan25").value
    assert rnd.scale_code == "kepmenpan25"
    out = ev.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[
        ("Ani", None, [4, 4, 3]), ("Budi", None, [3, None, 2]), ("Cici", None, [4, 3, 4])])
    assert out.changes == Changes(evaluation=True)
    assert (out.value.respondents, out.value.complete) == (3, 2)
    r = ev.round_result(db, rnd.id)
    # A1: 11/3 = 3,6667; A2: 7/2 = 3,5; B1: 9/3 = 3. IKM = (11/3 + 7/2 + 3)/3 = 61/18
    # = 3,38888… → 3,3889 → A "Sangat baik" (3,26–4,00); converted 61/18 × 25 = 84,7222 → 84,72
    assert [i.mean for i in r.items] == [Decimal("3.6667"), Decimal("3.5000"), Decimal("3.0000")]
    assert r.ikm == Decimal("3.3889")
    assert r.converted == Decimal("84.72")
    assert (r.category.quality, r.category.label) == ("A", "Sangat baik")
    # a 5 is not on the 4-point scale
    with pytest.raises(UserError, match=r"Baris 1 \(Ani\), butir A1: nilai 5 tidak ada pada skala"):
        ev.replace_round_answers(db, actor=petugas, round_id=rnd.id,
                                 rows=[("Ani", None, [5, 4, 3])])


def _round_with_total(db, actor, inst_id, scale_code, numerator, items, people):
    """A round whose every answer is given and whose answers add up to ``numerator``, so
    IKM = numerator / (items × people)."""
    rnd = ev.create_round(db, actor=actor, instrument_id=inst_id, title=f"{numerator}",
                          held_on=HELD, scale_code=scale_code).value
    low, high = (1, 5) if scale_code == "likert5" else (1, 4)
    extra = numerator - items * people
    assert 0 <= extra <= items * people * (high - low)
    cells = []
    for _ in range(items * people):
        add = min(high - low, extra)
        cells.append(low + add)
        extra -= add
    rows = [(f"R{p}", None, cells[p * items:(p + 1) * items]) for p in range(people)]
    ev.replace_round_answers(db, actor=actor, round_id=rnd.id, rows=rows)
    return ev.round_result(db, rnd.id)


def _n_item_instrument(db, actor, n, scale_code):
    return ev.save_instrument(db, actor=actor, instrument_id=None, code=f"n{n}-{scale_code}",
                              name=f"{n} butir", respondent_kind="lainnya", scale_code=scale_code,
                              indicators=[("Semua", [(f"B{i}", f"Butir {i}.") for i in range(1, n + 1)])]
                              ).value


def test_likert5_category_boundaries(db, actors):
    inst = _n_item_instrument(db, actors["ketua"], 10, "likert5")
    cases = [(180, "Tidak efektif"), (181, "Kurang efektif"), (260, "Kurang efektif"),
             (261, "Cukup efektif"), (340, "Cukup efektif"), (341, "Efektif"),
             (420, "Efektif"), (421, "Sangat efektif"), (100, "Tidak efektif"),
             (500, "Sangat efektif")]
    for hundredths, label in cases:  # 10 items × 10 respondents: IKM = total / 100
        r = _round_with_total(db, actors["petugas"], inst.id, "likert5", hundredths, 10, 10)
        assert r.ikm == Decimal(hundredths) / 100
        assert r.category.label == label, hundredths


def test_kepmenpan25_category_boundaries(db, actors):
    inst = _n_item_instrument(db, actors["ketua"], 10, "kepmenpan25")
    cases = [(175, "D", "43.75"), (176, "C", "44.00"), (250, "C", "62.50"), (251, "B", "62.75"),
             (325, "B", "81.25"), (326, "A", "81.50"), (100, "D", "25.00"), (400, "A", "100.00")]
    for hundredths, quality, converted in cases:
        r = _round_with_total(db, actors["petugas"], inst.id, "kepmenpan25", hundredths, 10, 10)
        assert r.category.quality == quality, hundredths
        assert r.converted == Decimal(converted)


def test_skm14_category_boundaries(db, actors):
    # 50 items × 50 respondents: IKM = total / 2500, fine enough for the Permen's 4 decimals
    inst = _n_item_instrument(db, actors["ketua"], 50, "skm14")
    cases = [(6499, "D", "64.99"),   # IKM 2,5996 → converted 64,99 → D
             (6500, "C", "65.00"),   # 2,60
             (7660, "C", "76.60"),   # 3,064
             (7661, "B", "76.61"),   # 3,0644
             (8830, "B", "88.30"),   # 3,532
             (8831, "A", "88.31")]   # 3,5324
    for total, quality, converted in cases:
        r = _round_with_total(db, actors["petugas"], inst.id, "skm14", total, 50, 50)
        assert r.ikm == (Decimal(total) / 2500).quantize(Decimal("0.0001"))
        assert r.converted == Decimal(converted)
        assert r.category.quality == quality, total


def test_blank_item_and_empty_round_are_clear_errors(db, actors):
    petugas = actors["petugas"]
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="Kosong", held_on=HELD).value
    with pytest.raises(UserError, match="belum memiliki responden"):
        ev.round_result(db, rnd.id)
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id,
                             rows=[("Ani", None, [5, None, 3]), ("Budi", None, [4, None, None])])
    with pytest.raises(UserError, match=r"Butir A2 \('Pernyataan dua.'\) belum dijawab"):
        ev.round_result(db, rnd.id)


@pytest.mark.parametrize("bad", [0, 6, -1, True, 4.0, "4"])
def test_answer_outside_the_scale_names_respondent_and_item(db, actors, bad):
    petugas = actors["petugas"]
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="P", held_on=HELD).value
    ani = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name="Ani").value
    with pytest.raises(UserError, match=r"Responden Ani, butir A2: nilai .* tidak ada pada skala .*\(1–5\)"):
        ev.set_answer(db, actor=petugas, respondent_id=ani.id, item_index=1, value=bad)
    with pytest.raises(UserError, match="Butir ke-3 tidak ada"):
        ev.set_answer(db, actor=petugas, respondent_id=ani.id, item_index=3, value=4)
    assert ev.round_respondents(db, rnd.id)[0].answers == (None, None, None)


def test_respondents_members_and_free_names(db, actors):
    petugas = actors["petugas"]
    siti = add_member(db, "Siti Aminah")
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="P", held_on=HELD).value
    member = ev.add_respondent(db, actor=petugas, round_id=rnd.id, member_id=siti).value
    assert (member.name, member.member_id) == ("Siti Aminah", siti)
    with pytest.raises(UserError, match="Siti Aminah sudah menjadi responden"):
        ev.add_respondent(db, actor=petugas, round_id=rnd.id, member_id=siti)
    with pytest.raises(UserError, match="Anggota #9999 tidak terdaftar") as err:
        ev.add_respondent(db, actor=petugas, round_id=rnd.id, member_id=9999)
    assert err.value.field == "member_id"
    with pytest.raises(UserError, match="Nama responden belum diisi"):
        ev.add_respondent(db, actor=petugas, round_id=rnd.id, name="  ")
    free = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name=" Pak RW ").value
    assert (free.name, free.member_id) == ("Pak RW", None)
    ev.remove_respondent(db, actor=petugas, respondent_id=member.id)
    assert [p.name for p in ev.round_respondents(db, rnd.id)] == ["Pak RW"]


def test_replace_is_all_or_nothing_and_names_the_row(db, actors):
    petugas = actors["petugas"]
    siti = add_member(db, "Siti")
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="P", held_on=HELD).value
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id,
                             rows=[("", siti, [5, 5, 5]), ("Budi", None, [4, 4, None])])
    before = ev.round_respondents(db, rnd.id)
    assert [(p.name, p.member_id) for p in before] == [("Siti", siti), ("Budi", None)]
    bad_rows = [
        ([("Ani", None, [5, 5, 5]), ("Budi", 4242, [4, 4, 4])], r"Baris 2 \(Budi\): anggota #4242 tidak terdaftar"),
        ([("Ani", None, [5, 5, 5]), ("Budi", None, [4, 4])], r"Baris 2 \(Budi\): ada 2 jawaban"),
        ([("Ani", None, [5, 5, 5]), ("", None, [4, 4, 4])], r"Baris 2: nama responden belum diisi"),
        ([("Ani", None, [5, 9, 5])], r"Baris 1 \(Ani\), butir A2: nilai 9"),
        ([("", siti, [5, 5, 5]), ("Siti lagi", siti, [1, 1, 1])], r"Baris 2 \(Siti lagi\): anggota Siti lagi sudah tercantum pada baris 1"),
    ]
    for rows, pattern in bad_rows:
        with pytest.raises(UserError, match=pattern):
            ev.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=rows)
        assert ev.round_respondents(db, rnd.id) == before


def test_delete_round_is_the_chairs(db, actors):
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=actors["petugas"], instrument_id=inst.id, title="P",
                          held_on=HELD).value
    ev.replace_round_answers(db, actor=actors["petugas"], round_id=rnd.id,
                             rows=[("Ani", None, [5, 5, 5])])
    with pytest.raises(PermissionDenied):
        ev.delete_round(db, actor=actors["petugas"], round_id=rnd.id)
    assert ev.delete_round(db, actor=actors["ketua"], round_id=rnd.id).changes.evaluation
    assert ev.list_rounds(db) == []
    with pytest.raises(NotFound):
        ev.get_round(db, rnd.id)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(EvalRespondent)).scalar() == 0
        assert s.execute(select(func.count()).select_from(EvalAnswer)).scalar() == 0


def test_rounds_are_listed_newest_first(db, actors):
    ksm = ev.instrument_by_code(db, "ksm")
    upk = ev.instrument_by_code(db, "upk")
    petugas = actors["petugas"]
    ev.create_round(db, actor=petugas, instrument_id=ksm.id, title="Lama", held_on=dt.date(2024, 1, 5))
    ev.create_round(db, actor=petugas, instrument_id=upk.id, title="Baru", held_on=dt.date(2024, 7, 5))
    rounds = ev.list_rounds(db)
    assert [(r.title, r.instrument_code) for r in rounds] == [("Baru", "upk"), ("Lama", "ksm")]
    with pytest.raises(UserError, match="Judul putaran survei belum diisi"):
        ev.create_round(db, actor=petugas, instrument_id=ksm.id, title=" ", held_on=HELD)
    with pytest.raises(UserError, match="Skala 'x' tidak dikenal"):
        ev.create_round(db, actor=petugas, instrument_id=ksm.id, title="t", held_on=HELD, scale_code="x")


# ---------------------------------------------------------------- permissions and audit

def test_permissions(db, actors):
    assert "evaluation.view" in PERMISSIONS
    admin, petugas, bendahara = actors["admin"], actors["petugas"], actors["bendahara"]
    ksm = ev.instrument_by_code(db, "ksm")
    with pytest.raises(PermissionDenied, match="tidak berhak mengisi survei evaluasi"):
        ev.create_round(db, actor=admin, instrument_id=ksm.id, title="P", held_on=HELD)
    rnd = ev.create_round(db, actor=bendahara, instrument_id=ksm.id, title="P", held_on=HELD).value
    with pytest.raises(PermissionDenied):  # an admin cannot enter answers
        ev.add_respondent(db, actor=admin, round_id=rnd.id, name="Ani")
    ani = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name="Ani").value
    with pytest.raises(PermissionDenied):
        ev.set_answer(db, actor=admin, respondent_id=ani.id, item_index=0, value=5)
    with pytest.raises(PermissionDenied):
        ev.replace_round_answers(db, actor=admin, round_id=rnd.id, rows=[])
    with pytest.raises(PermissionDenied):
        ev.create_income_survey(db, actor=admin, title="x", held_on=HELD, first_label="a",
                                second_label="b")
    for actor in (petugas, bendahara, admin):  # instruments and notes are the chair's
        with pytest.raises(PermissionDenied, match="Hanya Ketua"):
            ev.copy_instrument(db, actor=actor, instrument_id=ksm.id, code="c", name="c")
        with pytest.raises(PermissionDenied):
            ev.save_report_notes(db, actor=actor, notes=ev.ReportNotesDTO("a", "b", "c"))
    # reading needs no write permission
    assert ev.get_round(db, rnd.id).respondents == 1


def test_every_write_is_audited(db, actors):
    petugas, ketua = actors["petugas"], actors["ketua"]
    n = audit_count(db)
    inst = small_instrument(db, ketua)
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="P", held_on=HELD).value
    ani = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name="Ani").value
    ev.set_answer(db, actor=petugas, respondent_id=ani.id, item_index=0, value=4)
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[("Budi", None, [1, 2, 3])])
    sv = ev.create_income_survey(db, actor=petugas, title="S", held_on=HELD, first_label="a",
                                 second_label="b").value
    ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name="x", member_id=None,
                       first=1, second=2)
    ev.save_report_notes(db, actor=ketua, notes=ev.ReportNotesDTO("p", "k", "r"))
    ev.delete_round(db, actor=ketua, round_id=rnd.id)
    assert audit_count(db) == n + 9
    with db.read() as s:
        answer = s.scalar(select(AuditEntry).where(AuditEntry.action == "evaluation.answer"))
        assert answer.username == "petugas" and "Ani, A1: - → 4" in answer.summary


# ---------------------------------------------------------------- income and the t-test

def income_survey(db, actor, rows):
    sv = ev.create_income_survey(db, actor=actor, title="Pendapatan sebelum/sesudah Covid-19",
                                 held_on=HELD, first_label="Sebelum Covid-19",
                                 second_label="Setelah Covid-19").value
    return ev.replace_income_rows(db, actor=actor, survey_id=sv.id, rows=rows).value


def test_income_ttest_by_hand(db, actors):
    sv = income_survey(db, actors["petugas"], [
        ("Ani", None, 100_000, 110_000), ("Budi", None, 200_000, 230_000),
        ("Cici", None, 300_000, 310_000), ("Dedi", None, 400_000, 450_000),
        ("Kosong", None, None, None)])  # a wholly blank row is not a pair
    assert (sv.first_label, sv.complete_pairs, len(sv.rows)) == ("Sebelum Covid-19", 4, 5)
    assert sv.rows[1].difference == 30_000
    r = ev.income_ttest(db, sv.id)
    # differences (second − first): 10 000, 30 000, 10 000, 50 000 → mean 25 000
    # deviations −15 000, 5 000, −15 000, 25 000 → squares sum 1 100 000 000 (×1 000² units)
    # variance 1 100 000 000 / 3, SD = 19 148,54; SE = SD / 2 = 9 574,27; t = 2,6112; df 3
    sd = math.sqrt(1_100_000_000 / 3)
    se = sd / 2
    assert r.n == 4 and r.df == 3
    assert r.mean_first == 250_000 and r.mean_second == 275_000 and r.mean_diff == 25_000
    assert r.sd_diff == pytest.approx(sd) and r.sd_diff == pytest.approx(19_148.54, abs=0.01)
    assert r.se_diff == pytest.approx(se)
    assert r.t == pytest.approx(25_000 / se) and r.t == pytest.approx(2.6112, abs=1e-4)
    t_crit = 3.182446305284263  # t(0,975; 3) from the printed table
    # 95 % CI: 25 000 ± 3,182446 × 9 574,27 = 25 000 ± 30 469,60
    assert r.ci_low == pytest.approx(25_000 - t_crit * se)
    assert r.ci_high == pytest.approx(25_000 + t_crit * se)
    assert (r.ci_low, r.ci_high) == pytest.approx((-5_469.60, 55_469.60), abs=0.01)
    ref = scipy.stats.ttest_rel([110_000, 230_000, 310_000, 450_000],
                                [100_000, 200_000, 300_000, 400_000])
    assert r.t == pytest.approx(ref.statistic) and r.p_two_tailed == pytest.approx(ref.pvalue)
    assert format_sig_spss(r.p_two_tailed) == ".080"
    assert not r.significant


def test_income_ttest_matches_scipy_and_prints_000(db, actors):
    first = [850_000 + 37_000 * (i % 7) for i in range(25)]
    second = [f + 400_000 + 11_000 * (i % 5) for i, f in enumerate(first)]
    sv = income_survey(db, actors["bendahara"],
                       [(f"R{i}", None, a, b) for i, (a, b) in enumerate(zip(first, second, strict=True))])
    r = ev.income_ttest(db, sv.id)
    ref = scipy.stats.ttest_rel(second, first)
    # Sig. from mpmath (domain/tdist.py) against scipy: equal to 12 digits (here mpmath is the
    # one right to the last digit: 6,29205351550594894e-36 at 60 digits)
    assert r.t == pytest.approx(ref.statistic) and r.p_two_tailed == pytest.approx(ref.pvalue, rel=1e-12)
    ci = ref.confidence_interval(0.95)
    assert (r.ci_low, r.ci_high) == pytest.approx((ci.low, ci.high))
    assert format_sig_spss(r.p_two_tailed) == ".000"
    assert r.significant and r.decision.startswith("Terdapat perbedaan yang signifikan (Sig. 0,000")


def test_income_ttest_refusals(db, actors):
    petugas = actors["petugas"]
    one = income_survey(db, petugas, [("Ani", None, 100, 150), ("Budi", None, None, None)])
    with pytest.raises(UserError, match="sedikitnya 2 pasang data; baru ada 1"):
        ev.income_ttest(db, one.id)
    half = income_survey(db, petugas, [("Ani", None, 100, 150), ("Budi", None, 200, None),
                                       ("Cici", None, 300, 320)])
    with pytest.raises(UserError, match=r"Baris 2 \(Budi\): pendapatan Setelah Covid-19 belum diisi"):
        ev.income_ttest(db, half.id)
    flat = income_survey(db, petugas, [("Ani", None, 100, 150), ("Budi", None, 200, 250)])
    with pytest.raises(UserError, match="simpangan baku selisih = 0"):
        ev.income_ttest(db, flat.id)


def test_income_rows_edit_and_validation(db, actors):
    petugas = actors["petugas"]
    siti = add_member(db, "Siti")
    sv = ev.create_income_survey(db, actor=petugas, title="S", held_on=HELD, first_label="Sebelum",
                                 second_label="Sesudah").value
    sv = ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name=None,
                            member_id=siti, first=1_000_000, second=None).value
    row = sv.rows[0]
    assert (row.name, row.member_id, row.first, row.second, row.difference) == (
        "Siti", siti, 1_000_000, None, None)
    sv = ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=row.id, name="Siti A.",
                            member_id=siti, first=1_000_000, second=1_250_000).value
    assert sv.rows[0].name == "Siti A." and sv.rows[0].difference == 250_000
    with pytest.raises(UserError, match="sudah tercantum"):
        ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name=None,
                           member_id=siti, first=1, second=2)
    with pytest.raises(UserError, match="tidak boleh negatif"):
        ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name="X",
                           member_id=None, first=-5, second=2)
    with pytest.raises(UserError, match="harus rupiah utuh"):
        ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name="X",
                           member_id=None, first=1.5, second=2)
    with pytest.raises(UserError, match="Anggota #777 tidak terdaftar"):
        ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name="X",
                           member_id=777, first=1, second=2)
    with pytest.raises(UserError, match="harus berbeda"):
        ev.create_income_survey(db, actor=petugas, title="S", held_on=HELD, first_label="A",
                                second_label="a")
    sv = ev.remove_income_row(db, actor=petugas, row_id=sv.rows[0].id).value
    assert sv.rows == ()
    assert [s.id for s in ev.list_income_surveys(db)] == [sv.id]


# ---------------------------------------------------------------- report notes

def test_report_notes(db, actors):
    assert ev.get_report_notes(db) == ev.ReportNotesDTO("", "", "")
    notes = ev.ReportNotesDTO(" Kehadiran pertemuan 87 %. ", "Program efektif.", "Lanjutkan.")
    out = ev.save_report_notes(db, actor=actors["ketua"], notes=notes)
    assert out.changes == Changes(evaluation=True)
    assert ev.get_report_notes(db) == ev.ReportNotesDTO("Kehadiran pertemuan 87 %.",
                                                        "Program efektif.", "Lanjutkan.")
    ev.save_report_notes(db, actor=actors["ketua"], notes=ev.ReportNotesDTO("a", "", "c"))
    assert ev.get_report_notes(db) == ev.ReportNotesDTO("a", "", "c")


def test_a_file_from_before_the_evaluation_book_is_upgraded_and_seeded(tmp_path):
    from alembic import command

    from kamura_desktop.db.database import alembic_config, open_database

    path = tmp_path / "lama.sqlite"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    db.close()
    conn = sqlite3.connect(path)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'eval_%'").fetchall()
    conn.close()
    db = open_books(path)
    try:
        assert "0006" in db.migrated_from
        assert [i.code for i in ev.list_instruments(db)] == ["ksm", "upk"]
        assert ev.get_report_notes(db) == ev.ReportNotesDTO()
    finally:
        db.close()


# ---------------------------------------------------------------- corrections

def audit_summaries(db, action: str) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(a.username, a.summary) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


def test_update_round_corrects_title_date_and_notes(db, actors):
    petugas = actors["petugas"]
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="Putaran I",
                          held_on=HELD, notes="lama").value
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[("Ani", None, [5, 4, 3])])
    out = ev.update_round(db, actor=petugas, round_id=rnd.id, title=" Putaran I 2024 ",
                          held_on=dt.date(2024, 6, 20), notes=" di balai desa ")
    assert out.changes == Changes(evaluation=True)
    r = out.value
    assert (r.title, r.held_on, r.notes, r.scale_code, r.respondents) == (
        "Putaran I 2024", dt.date(2024, 6, 20), "di balai desa", "likert5", 1)
    assert ev.get_round(db, rnd.id) == r
    assert ev.round_respondents(db, rnd.id)[0].answers == (5, 4, 3)  # answers untouched
    [(user, summary)] = audit_summaries(db, "evaluation.round_update")
    assert user == "petugas" and "'Putaran I' → 'Putaran I 2024'" in summary
    with pytest.raises(UserError, match="Judul putaran survei belum diisi") as err:
        ev.update_round(db, actor=petugas, round_id=rnd.id, title=" ", held_on=HELD)
    assert err.value.field == "title"
    with pytest.raises(UserError, match="Tanggal belum diisi"):
        ev.update_round(db, actor=petugas, round_id=rnd.id, title="x", held_on=None)
    with pytest.raises(PermissionDenied):
        ev.update_round(db, actor=actors["admin"], round_id=rnd.id, title="x", held_on=HELD)
    with pytest.raises(NotFound):
        ev.update_round(db, actor=petugas, round_id=9999, title="x", held_on=HELD)
    assert ev.get_round(db, rnd.id).title == "Putaran I 2024"


def test_rename_respondent_keeps_answers_and_one_answer_per_member(db, actors):
    petugas = actors["petugas"]
    siti, budi = add_member(db, "Siti Aminah"), add_member(db, "Budi Santoso")
    inst = small_instrument(db, actors["ketua"])
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="P", held_on=HELD).value
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id,
                             rows=[("", siti, [5, 5, 5]), ("Bdi", None, [4, 4, None])])
    first, typo = ev.round_respondents(db, rnd.id)
    out = ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name=" Budi ",
                               member_id=None)
    assert out.changes == Changes(evaluation=True)
    assert (out.value.name, out.value.member_id, out.value.answers) == ("Budi", None, (4, 4, None))
    # linking the row to a member: the member's name when none is given
    linked = ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name="",
                                  member_id=budi).value
    assert (linked.name, linked.member_id) == ("Budi Santoso", budi)
    # the same member keeps his own row
    assert ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name="Pak Budi",
                                member_id=budi).value.name == "Pak Budi"
    with pytest.raises(UserError, match="Siti Aminah sudah menjadi responden pada putaran 'P'") as err:
        ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name="", member_id=siti)
    assert err.value.field == "member_id"
    with pytest.raises(UserError, match="Nama responden belum diisi"):
        ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name="  ", member_id=None)
    with pytest.raises(UserError, match="Anggota #9999 tidak terdaftar"):
        ev.rename_respondent(db, actor=petugas, respondent_id=typo.id, name="x", member_id=9999)
    with pytest.raises(PermissionDenied):
        ev.rename_respondent(db, actor=actors["admin"], respondent_id=typo.id, name="x")
    with pytest.raises(NotFound, match="Responden #9999"):
        ev.rename_respondent(db, actor=petugas, respondent_id=9999, name="x")
    assert [(p.name, p.member_id, p.answers) for p in ev.round_respondents(db, rnd.id)] == [
        ("Siti Aminah", siti, (5, 5, 5)), ("Pak Budi", budi, (4, 4, None))]
    summaries = audit_summaries(db, "evaluation.respondent_rename")
    assert len(summaries) == 3 and "'Bdi' → 'Budi'" in summaries[0][1]


def test_update_income_survey_labels_follow_into_the_ttest(db, actors):
    petugas = actors["petugas"]
    sv = income_survey(db, petugas, [("A", None, 1_000_000, 1_500_000),
                                     ("B", None, 2_000_000, 2_100_000),
                                     ("C", None, 1_500_000, 1_700_000)])
    out = ev.update_income_survey(db, actor=petugas, survey_id=sv.id, title="Survei 2025",
                                  held_on=dt.date(2025, 1, 10), first_label=" Tahun 2023 ",
                                  second_label="Tahun 2024")
    assert out.changes == Changes(evaluation=True)
    got = out.value
    assert (got.title, got.held_on, got.first_label, got.second_label) == (
        "Survei 2025", dt.date(2025, 1, 10), "Tahun 2023", "Tahun 2024")
    assert got.rows == sv.rows
    assert ev.income_ttest(db, sv.id).n == 3
    ev.save_income_row(db, actor=petugas, survey_id=sv.id, row_id=None, name="D", member_id=None,
                       first=900_000, second=None)
    with pytest.raises(UserError, match="Baris 4 \\(D\\): pendapatan Tahun 2024 belum diisi"):
        ev.income_ttest(db, sv.id)  # messages speak of the new labels
    ev.remove_income_row(db, actor=petugas, row_id=ev.get_income_survey(db, sv.id).rows[-1].id)
    [(user, summary)] = audit_summaries(db, "evaluation.income_update")
    assert user == "petugas" and "'Sebelum Covid-19' → 'Tahun 2023'" in summary
    with pytest.raises(UserError, match="harus berbeda") as err:
        ev.update_income_survey(db, actor=petugas, survey_id=sv.id, title="x", held_on=HELD,
                                first_label="Awal", second_label="awal")
    assert err.value.field == "second_label"
    with pytest.raises(UserError, match="Label nilai pertama belum diisi"):
        ev.update_income_survey(db, actor=petugas, survey_id=sv.id, title="x", held_on=HELD,
                                first_label="", second_label="b")
    with pytest.raises(UserError, match="Judul survei pendapatan belum diisi"):
        ev.update_income_survey(db, actor=petugas, survey_id=sv.id, title=" ", held_on=HELD,
                                first_label="a", second_label="b")
    with pytest.raises(PermissionDenied):
        ev.update_income_survey(db, actor=actors["admin"], survey_id=sv.id, title="x",
                                held_on=HELD, first_label="a", second_label="b")
    with pytest.raises(NotFound):
        ev.update_income_survey(db, actor=petugas, survey_id=9999, title="x", held_on=HELD,
                                first_label="a", second_label="b")
    assert ev.get_income_survey(db, sv.id) == got


def test_delete_income_survey_is_the_chairs(db, actors):
    sv = income_survey(db, actors["petugas"], [("A", None, 1, 2), ("B", None, 3, 5)])
    other = income_survey(db, actors["petugas"], [("C", None, 1, 2)])
    for actor in (actors["petugas"], actors["bendahara"], actors["admin"]):
        with pytest.raises(PermissionDenied):
            ev.delete_income_survey(db, actor=actor, survey_id=sv.id)
    out = ev.delete_income_survey(db, actor=actors["ketua"], survey_id=sv.id)
    assert out.changes == Changes(evaluation=True) and out.value is None
    assert [s.id for s in ev.list_income_surveys(db)] == [other.id]
    with pytest.raises(NotFound):
        ev.get_income_survey(db, sv.id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(EvalIncomeRow)) == 1
    [(user, summary)] = audit_summaries(db, "evaluation.income_delete")
    assert user == "ketua" and "(2 baris)" in summary
    with pytest.raises(NotFound):
        ev.delete_income_survey(db, actor=actors["ketua"], survey_id=sv.id)


# ---------------------------------------------------------------- office answer scales

PUAS3_POINTS = [(1, "Tidak puas"), (2, "Cukup"), (3, "Puas")]
PUAS3_BANDS = [("1,00", "1,66", "Tidak memuaskan", "C"), ("1,67", "2,33", "Cukup memuaskan", "B"),
               ("2,34", "3,00", "Memuaskan", "A")]


def puas3(db, actor, *, code="puas3", bands=PUAS3_BANDS, points=PUAS3_POINTS):
    return ev.save_scale(db, actor=actor, scale_id=None, code=code, name="Kepuasan 3 titik",
                         points=points, categories=bands)


def test_round_on_an_office_three_point_scale_gives_the_ikm_by_hand(db, actors):
    ketua, petugas = actors["ketua"], actors["petugas"]
    out = puas3(db, ketua)
    assert out.changes == Changes(evaluation=True)
    entry = out.value
    assert (entry.code, entry.builtin, entry.rounds) == ("puas3", False, 0)
    assert entry.scale.points == ((3, "Puas"), (2, "Cukup"), (1, "Tidak puas"))
    assert [(c.low, c.high) for c in entry.scale.categories] == [
        (Decimal("1.00"), Decimal("1.66")), (Decimal("1.67"), Decimal("2.33")),
        (Decimal("2.34"), Decimal("3.00"))]
    # listed with the built-ins (the old call without db still gives only the built-ins)
    assert [s.code for s in ev.list_scales(db)] == ["likert5", "kepmenpan25", "skm14", "puas3"]
    assert "puas3" not in [s.code for s in ev.list_scales()]

    inst = small_instrument(db, ketua)
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="Kepuasan",
                          held_on=HELD, scale_code="puas3").value
    assert rnd.scale_code == "puas3" and rnd.scale.name == "Kepuasan 3 titik"
    assert ev.get_round(db, rnd.id).scale == entry.scale
    ev.replace_round_answers(db, actor=petugas, round_id=rnd.id, rows=[
        ("Ani", None, [2, 2, 3]), ("Budi", None, [2, 1, 2]), ("Cici", None, [3, 1, None])])
    result = ev.round_result(db, rnd.id)
    # by hand: A1 = (2+2+3)/3 = 7/3, A2 = (2+1+1)/3 = 4/3, B1 = (3+2)/2 = 5/2; NP = 1/3;
    # IKM = (7/3 + 4/3 + 5/2) / 3 = 37/18 = 2,0555… → 2,06 → Cukup memuaskan (1,67–2,33)
    assert result.scale_code == "puas3"
    assert [i.mean_exact for i in result.items] == [Fraction(7, 3), Fraction(4, 3), Fraction(5, 2)]
    assert result.ikm_exact == Fraction(37, 18)
    assert result.ikm == Decimal("2.0556")  # printed to 4 decimals
    assert result.classified_value == Decimal("2.06")  # looked up on the table's 2 decimals
    assert (result.category.label, result.category.quality) == ("Cukup memuaskan", "B")
    assert result.converted is None
    # A1 = 2,333… is classed as printed (2,33 → Cukup), A2 = 1,333… → Tidak, B1 = 2,5 → Memuaskan
    assert [i.category.label for i in result.items] == ["Cukup memuaskan", "Tidak memuaskan",
                                                        "Memuaskan"]
    # the scale is now used: listed as such, its points and bands frozen
    assert {e.code: e.rounds for e in ev.list_scale_entries(db)}["puas3"] == 1


@pytest.mark.parametrize(("bands", "message"), [
    ([("1,00", "1,66", "Tidak memuaskan", None), ("1,70", "2,33", "Cukup memuaskan", None),
      ("2,34", "3,00", "Memuaskan", None)],
     "Kategori ke-2 'Cukup memuaskan' (mulai 1,70) dan kategori ke-1 'Tidak memuaskan' "
     "(sampai 1,66) ada celah: batas bawah 'Cukup memuaskan' harus 1,67."),
    ([("1,00", "1,66", "Tidak memuaskan", None), ("1,60", "2,33", "Cukup memuaskan", None),
      ("2,34", "3,00", "Memuaskan", None)],
     "Kategori ke-2 'Cukup memuaskan' (mulai 1,60) dan kategori ke-1 'Tidak memuaskan' "
     "(sampai 1,66) tumpang tindih: batas bawah 'Cukup memuaskan' harus 1,67."),
    ([("1,00", "1,66", "Tidak memuaskan", None), ("1,67", "2,33", "Cukup memuaskan", None),
      ("2,34", "2,90", "Memuaskan", None)],
     "Kategori ke-3 'Memuaskan' (kategori terakhir) harus berakhir pada 3,00 (nilai tertinggi "
     "skala), bukan 2,90."),
    ([("1,10", "1,66", "Tidak memuaskan", None), ("1,67", "2,33", "Cukup memuaskan", None),
      ("2,34", "3,00", "Memuaskan", None)],
     "Kategori ke-1 'Tidak memuaskan' harus mulai dari 1,00 (nilai terendah skala), bukan 1,10."),
    ([("1,00", "1,66", "Tidak memuaskan", None), ("1,67", "1,6x", "Cukup memuaskan", None),
      ("2,34", "3,00", "Memuaskan", None)],
     "Kategori ke-2 'Cukup memuaskan', batas atas: '1,6x' bukan angka."),
    ([("1,00", "1,66", "Tidak memuaskan", None), ("1,67", "2,33", "", None),
      ("2,34", "3,00", "Memuaskan", None)],
     "Kategori ke-2: nama kategori belum diisi."),
])
def test_bad_bands_are_refused_naming_the_band(db, actors, bands, message):
    with pytest.raises(UserError) as err:
        puas3(db, actors["ketua"], bands=bands)
    assert err.value.message == message
    assert err.value.field == "categories"
    assert [e.code for e in ev.list_scale_entries(db)] == ["likert5", "kepmenpan25", "skm14"]


@pytest.mark.parametrize(("points", "message"), [
    ([(1, "Tidak"), (2, "Cukup"), (4, "Puas")],
     "Nilai jawaban harus berurutan 1 sampai 3 tanpa loncatan (sekarang: 1, 2, 4)."),
    ([(1, "Tidak"), (2, " "), (3, "Puas")], "Label nilai 2 belum diisi."),
    ([(1, "Tidak")], "Skala harus memiliki 2 sampai 10 nilai jawaban."),
])
def test_bad_points_are_refused(db, actors, points, message):
    with pytest.raises(UserError) as err:
        puas3(db, actors["ketua"], points=points)
    assert (err.value.message, err.value.field) == (message, "points")


def test_a_four_is_refused_on_the_three_point_round(db, actors):
    ketua, petugas = actors["ketua"], actors["petugas"]
    puas3(db, ketua)
    inst = small_instrument(db, ketua, scale_code="puas3")
    rnd = ev.create_round(db, actor=petugas, instrument_id=inst.id, title="Tiga titik",
                          held_on=HELD).value  # the instrument's scale by default
    assert rnd.scale_code == "puas3"
    ani = ev.add_respondent(db, actor=petugas, round_id=rnd.id, name="Ani").value
    assert ev.set_answer(db, actor=petugas, respondent_id=ani.id, item_index=0,
                         value=3).value.answers == (3, None, None)
    with pytest.raises(UserError) as err:
        ev.set_answer(db, actor=petugas, respondent_id=ani.id, item_index=1, value=4)
    assert err.value.message == ("Responden Ani, butir A2: nilai 4 tidak ada pada skala "
                                 "Kepuasan 3 titik (1–3).")
    with pytest.raises(UserError) as err:
        ev.replace_round_answers(db, actor=petugas, round_id=rnd.id,
                                 rows=[("Budi", None, [1, 2, 3]), ("Cici", None, [3, 4, 1])])
    assert "Baris 2 (Cici), butir A2: nilai 4" in err.value.message
    assert [p.answers for p in ev.round_respondents(db, rnd.id)] == [(3, None, None)]


def test_builtin_scales_are_read_only_and_copies_are_editable(db, actors):
    ketua = actors["ketua"]
    before = audit_count(db)
    copy = ev.copy_scale(db, actor=ketua, code="kepmenpan25", new_code="kmp-kantor",
                         name="KepMenPAN kantor").value
    assert (copy.builtin, copy.id is not None) == (False, True)
    assert copy.scale.points == ev.scale_by_code(db, "kepmenpan25").points
    assert copy.scale.conversion_factor == Decimal(25)
    assert [(c.quality, c.converted_low, c.converted_high) for c in copy.scale.categories][0] == (
        "D", Decimal("25.00"), Decimal("43.75"))
    assert copy.scale.classify(Decimal("2.51")).label == "Baik"
    # edit a point label and the name; bands as they were
    points = [(v, "Sangat setuju sekali" if v == 4 else label) for v, label in copy.scale.points]
    bands = [(c.low, c.high, c.label, c.quality, c.converted_low, c.converted_high)
             for c in copy.scale.categories]
    edited = ev.save_scale(db, actor=ketua, scale_id=copy.id, code="kmp-kantor",
                           name="KepMenPAN (kantor)", points=points, categories=bands,
                           conversion_factor="25").value
    assert edited.scale.label_for(4) == "Sangat setuju sekali"
    assert edited.name == "KepMenPAN (kantor)"
    assert audit_count(db) == before + 2
    # the built-ins: no code of theirs
    with pytest.raises(UserError, match="dipakai skala bawaan"):
        ev.save_scale(db, actor=ketua, scale_id=None, code="LIKERT5", name="x",
                      points=PUAS3_POINTS, categories=PUAS3_BANDS)
    with pytest.raises(UserError, match="sudah dipakai skala lain"):
        ev.copy_scale(db, actor=ketua, code="likert5", new_code="KMP-kantor", name="x")
    with pytest.raises(UserError, match="Skala 'tidakada' tidak dikenal"):
        ev.copy_scale(db, actor=ketua, code="tidakada", new_code="y", name="y")


def test_a_copy_of_skm_classes_the_converted_score_like_skm(db, actors):
    copy = ev.copy_scale(db, actor=actors["ketua"], code="skm14", new_code="skm-kantor",
                         name="SKM kantor").value.scale
    skm = ev.scale_by_code(db, "skm14")
    assert (copy.classify_on, copy.precision, copy.conversion_factor) == ("converted", 2, 25)
    assert copy.categories == skm.categories
    # the Permen's uneven cut-offs: IKM 3,0641 → 76,6025 → 76,60 → C; 3,0642 → 76,605 → 76,61 → B
    for ikm, grade in (("3.0641", "C"), ("3.0642", "B"), ("2.5996", "D"), ("2.5998", "C"),
                       ("3.5320", "B"), ("3.5322", "A")):
        assert copy.classify(Decimal(ikm)).quality == skm.classify(Decimal(ikm)).quality == grade


def test_a_scale_used_by_a_round_keeps_its_points_and_bands(db, actors):
    ketua, petugas = actors["ketua"], actors["petugas"]
    entry = puas3(db, ketua).value
    inst = small_instrument(db, ketua)
    ev.create_round(db, actor=petugas, instrument_id=inst.id, title="t", held_on=HELD,
                    scale_code="puas3")
    relabelled = [(1, "Tidak puas"), (2, "Biasa"), (3, "Puas")]
    with pytest.raises(UserError) as err:
        puas3_save = dict(scale_id=entry.id, code="puas3", name="Kepuasan 3 titik")
        ev.save_scale(db, actor=ketua, points=relabelled, categories=PUAS3_BANDS, **puas3_save)
    assert err.value.code == "eval_scale_used"
    assert "sudah dipakai 1 putaran survei" in err.value.message
    moved = [PUAS3_BANDS[0], ("1,67", "2,50", "Cukup memuaskan", "B"),
             ("2,51", "3,00", "Memuaskan", "A")]
    with pytest.raises(UserError, match="sudah dipakai 1 putaran"):
        ev.save_scale(db, actor=ketua, points=PUAS3_POINTS, categories=moved, **puas3_save)
    with pytest.raises(UserError, match="tidak dapat diganti"):
        ev.save_scale(db, actor=ketua, scale_id=entry.id, code="puas3b", name="x",
                      points=PUAS3_POINTS, categories=PUAS3_BANDS)
    with pytest.raises(UserError, match="tidak dapat dihapus"):
        ev.delete_scale(db, actor=ketua, scale_id=entry.id)
    # the name may still change
    renamed = ev.save_scale(db, actor=ketua, points=PUAS3_POINTS, categories=PUAS3_BANDS,
                            scale_id=entry.id, code="puas3", name="Kepuasan (3)").value
    assert renamed.name == "Kepuasan (3)"
    # an unused copy can be deleted
    spare = puas3(db, ketua, code="cadangan").value
    ev.delete_scale(db, actor=ketua, scale_id=spare.id)
    assert "cadangan" not in [s.code for s in ev.list_scales(db)]


def test_only_the_chair_manages_scales(db, actors):
    for role in ("petugas", "bendahara", "admin"):
        with pytest.raises(PermissionDenied):
            puas3(db, actors[role])
        with pytest.raises(PermissionDenied):
            ev.copy_scale(db, actor=actors[role], code="likert5", new_code="x", name="x")
    assert len(ev.list_scale_entries(db)) == 3


def test_an_instrument_on_an_office_scale_and_an_unknown_scale(db, actors):
    ketua = actors["ketua"]
    with pytest.raises(UserError, match="Skala 'puas3' tidak dikenal"):
        small_instrument(db, ketua, scale_code="puas3")
    puas3(db, ketua)
    inst = small_instrument(db, ketua, scale_code="puas3")
    assert inst.scale_code == "puas3"
    entries = {e.code: e for e in ev.list_scale_entries(db)}
    assert (entries["puas3"].instruments, entries["puas3"].rounds) == (1, 0)
