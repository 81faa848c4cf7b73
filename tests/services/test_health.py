"""Health assessment from the books (services/health.py) on a hand-worked small cooperative.

The cooperative, built through the services:
- 5 members (joined 9 Jan 2023), each simpanan pokok Rp50.000 and wajib Rp600.000 → pokok
  Rp250.000, wajib Rp3.000.000, Kas Rp3.250.000;
- a revolving-fund grant of Rp1.500.000 lent on 8 Jan 2024 to a KSM of the five, Rp300.000
  each, 3 monthly instalments of Rp100.000 + Rp6.000 jasa (2 %/month flat), first due 8 Feb;
- member 1 pays February (Rp106.000) on 8 Feb: Piutang Dana Bergulir Rp1.400.000, jasa Rp6.000;
- a sukarela deposit of Rp400.000 (1 Mar); the staff's honorarium Rp50.000 (30 Apr, manual
  entry); Rp1.000.000 from Kas to the bank (2 May);
- the provision on 30 Jun 2024 (POJK 40): member 1 owes Rp200.000, due 8 Mar unpaid → 114 days
  → kurang lancar 15 % = Rp30.000; the others Rp300.000 each, 8 Feb unpaid → 143 days →
  diragukan 50 % = Rp150.000 each; provision Rp630.000.

On 30 Jun 2024: Kas 2.706.000 + Bank 1.000.000 + Piutang 1.400.000 − Cadangan 630.000 = aset
4.476.000; sukarela 400.000; equity 250.000 + 3.000.000 + 1.500.000 + SHU (6.000 − 50.000 −
630.000 = −674.000) = 4.076.000.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from fractions import Fraction as F
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kamura_desktop.db.models.health import HealthAnswer, HealthAssessmentRow
from kamura_desktop.documents.excel import drain
from kamura_desktop.domain import health as rules
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import health, ledger, provisions, savings
from tests.conftest import TEST_USERS
from tests.helpers_books import prepared
from tests.helpers_cli import kamura
from tests.services.pdf_pages import page_texts, pdf_text
from tests.services.test_repayments import Lending

AS_OF = dt.date(2024, 6, 30)
ROOT = Path(__file__).resolve().parents[2]


def build_coop(db, actors):
    lend = Lending(db, actors)
    cs = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)
    lend.pay(cs[0].id, 106_000, dt.date(2024, 2, 8))
    savings.record_deposit(db, actor=actors["petugas"], member_id=cs[0].member_id, kind="sukarela",
                           amount=400_000, on_date=dt.date(2024, 3, 1))
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 4, 30),
                              description="Honor pengelola April",
                              lines=[ledger.Line(Acc.BEBAN_HONOR, debit=50_000),
                                     ledger.Line(Acc.KAS, credit=50_000)])
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 5, 2),
                              description="Setor ke bank",
                              lines=[ledger.Line(Acc.BANK, debit=1_000_000),
                                     ledger.Line(Acc.KAS, credit=1_000_000)])
    q = provisions.post_provision(db, actor=actors["bendahara"], as_of=AS_OF).value
    assert q.required == 630_000
    return cs


@prepared
def coop(db, actors):
    build_coop(db, actors)
    return db


#: management answers: umum 12/12, kelembagaan 3/6, permodalan 0/5, aktiva 10/10, likuiditas 5/5
def answers_2016() -> dict[str, bool]:
    out = {}
    for ind in (i for a in rules.PERDEP06_2016.aspects for i in a.indicators if i.items):
        yes = {"m_umum": 12, "m_lembaga": 3, "m_modal": 0, "m_aktiva": 10, "m_likuiditas": 5}[ind.code]
        out.update({item.code: n < yes for n, item in enumerate(ind.items)})
    return out


def test_every_ratio_on_the_hand_worked_cooperative(coop):
    r = health.compute_ratios(coop, as_of=AS_OF)

    def fig(key):
        return r[key].numerator.amount, r[key].denominator.amount, r[key].percent

    assert fig("modal_sendiri_aset") == (4_076_000, 4_476_000, F(100 * 4_076_000, 4_476_000))
    assert fig("modal_sendiri_pinjaman_berisiko") == (4_076_000, 1_400_000, F(407_600, 1_400))
    # modal tertimbang: 250.000 + 3.000.000 + 1.500.000 + 50 % × (−674.000) = 4.413.000;
    # ATMR: Kas 0 %, Bank 20 % = 200.000, Piutang 1.400.000, Cadangan −630.000 → 970.000
    assert fig("kecukupan_modal") == (4_413_000, 970_000, F(441_300, 970))
    assert fig("volume_pinjaman_anggota") == (1_400_000, 1_400_000, 100)
    # RPM = 50 % × 200.000 + 75 % × 1.200.000 = 1.000.000
    assert fig("risiko_pinjaman_bermasalah") == (1_000_000, 1_400_000, F(100_000, 1_400))
    assert fig("cadangan_risiko_rpm") == (630_000, 1_000_000, 63)
    assert fig("pinjaman_berisiko") == (1_400_000, 1_400_000, 100)
    assert fig("beban_operasi_partisipasi") == (680_000, 6_000, F(68_000_000, 6_000))
    assert fig("beban_usaha_shu_kotor") == (680_000, 6_000, F(68_000_000, 6_000))
    assert fig("efisiensi_pelayanan") == (50_000, 1_500_000, F(10, 3))
    assert fig("rasio_kas") == (3_706_000, 400_000, F(370_600, 400))
    assert fig("pinjaman_dana_diterima") == (1_400_000, 4_476_000, F(140_000_000, 4_476_000))
    assert fig("rentabilitas_aset") == (-674_000, 4_476_000, F(-67_400_000, 4_476_000))
    assert fig("rentabilitas_modal_sendiri") == (0, 4_076_000, 0)  # a loss: no SHU for members
    assert fig("kemandirian_operasional") == (6_000, 680_000, F(600_000, 680_000))
    assert fig("partisipasi_bruto") == (6_000, 6_000, 100)
    assert fig("pea") == (0, 3_250_000, 0)
    assert fig("aset_produktif_aset") == (2_400_000, 4_476_000, F(240_000_000, 4_476_000))
    assert fig("pinjaman_aset_produktif") == (1_400_000, 2_400_000, F(140_000_000, 2_400_000))
    assert fig("partisipasi_anggota") == (5, 5, 100)
    # drill-down: the accounts (and loan-book classes) behind the figures
    parts = {(p.code, p.amount) for p in r["modal_sendiri_aset"].denominator.parts}
    assert {(Acc.KAS, 2_706_000), (Acc.BANK, 1_000_000), (Acc.PIUTANG_DANA_BERGULIR, 1_400_000),
            (Acc.CADANGAN_KERUGIAN_PIUTANG, -630_000)} <= parts
    assert [(p.code, p.amount) for p in r["risiko_pinjaman_bermasalah"].numerator.parts] == [
        ("kol 3", 100_000), ("kol 4", 900_000), ("kol 5", 0)]
    assert [(p.code, p.amount) for p in r["cadangan_risiko_rpm"].numerator.parts] == [
        (Acc.CADANGAN_KERUGIAN_PIUTANG, 630_000)]


def test_the_2016_scores_add_to_the_hand_worked_total(coop):
    a = health.assess(coop, as_of=AS_OF, scheme="perdep06_2016", answers=answers_2016())
    scores = {i.code: i.score for x in a.aspects for i in x.indicators}
    assert scores == {
        "modal_aset": F(3, 2), "modal_berisiko": 6, "kecukupan_modal": 3,          # 91 % → 25; 291 %; 455 %
        "volume_anggota": 10, "rpm": 0, "cadangan_rpm": F(7, 2), "berisiko": F(5, 4),  # 71 % → 0; 63 % → 70
        "m_umum": 3, "m_lembaga": F(3, 2), "m_modal": 0, "m_aktiva": 3, "m_likuiditas": 3,
        "beban_partisipasi": 1, "beban_shu_kotor": 1, "efisiensi_pelayanan": 2,
        "kas": F(5, 2), "pinjaman_dana": F(5, 4),
        "roa": F(3, 4), "roe": F(3, 4), "kemandirian_op": 0,
        "partisipasi_bruto": 7, "pea": 0,
    }
    assert {x.code: x.score for x in a.aspects} == {
        "permodalan": F(21, 2), "kap": F(59, 4), "manajemen": F(21, 2), "efisiensi": 4,
        "likuiditas": F(15, 4), "kemandirian": F(3, 2), "jatidiri": 7}
    assert a.total == 52
    assert a.predicate == "Dalam Pengawasan"
    assert a.previous is None and a.saved_id is None


def test_the_2020_scores(coop):
    a = health.assess(coop, as_of=AS_OF, scheme="permenkop09_2020", answers={})
    values = {i.code: i.value for x in a.aspects for i in x.indicators if i.ratio is not None}
    # aset produktif 53,6 % → 2; pinjaman ÷ aset produktif 58,3 % → 4; ROA −15 % → 1; RPM 71 % → 1;
    # kemandirian 0,9 % → 1; kas 926 % → 2; pinjaman ÷ dana 31 % → 1; ekuitas 91 % → 4; ATMR 455 % → 4
    assert values == {"aset_produktif": 2, "pinjaman_aset_produktif": 4, "roa20": 1, "npl20": 1,
                      "kemandirian20": 1, "kas20": 2, "pinjaman_dana20": 1, "ekuitas_aset": 4, "kecukupan20": 4}
    # nothing answered: every checklist indicator scores 1
    assert {x.code: x.score for x in a.aspects} == {
        "tata_kelola": F(17, 68) * 30, "profil_risiko": F(7, 12) * 15, "kinerja_keuangan": F(6, 20) * 40,
        "permodalan20": F(9, 12) * 15}
    assert a.total == F(30, 4) + F(35, 4) + 12 + F(45, 4)
    assert a.predicate == "Dalam Pengawasan"  # 39,5: between 26 and 51


def test_save_keeps_answers_and_the_next_assessment_compares(coop, actors):
    chair = actors["ketua"]
    first = health.save_assessment(coop, actor=chair, as_of=AS_OF, scheme="perdep06_2016",
                                   answers=answers_2016())
    assert first.changes.books
    assert first.value.saved_id is not None and first.value.saved_by == "Uji Ketua"
    assert health.saved_answers(coop, scheme="perdep06_2016", as_of=AS_OF) == answers_2016()
    # re-opened without answers: the saved checklist is used
    assert health.assess(coop, as_of=AS_OF).total == 52
    # a later assessment compares with it
    later = health.assess(coop, as_of=dt.date(2024, 7, 31), scheme="perdep06_2016", answers=answers_2016())
    assert later.previous is not None
    assert (later.previous.as_of, later.previous.total, later.previous.predicate) == (AS_OF, 52, "Dalam Pengawasan")
    assert later.previous.aspects["kap"] == F(59, 4)
    # saving again for the same date replaces (one row, answers replaced)
    health.save_assessment(coop, actor=chair, as_of=AS_OF, scheme="perdep06_2016", answers={})
    with coop.read() as s:
        assert s.scalar(select(func.count()).select_from(HealthAssessmentRow)) == 1
        row = s.scalar(select(HealthAssessmentRow))
        assert row.total == "83/2" and json.loads(row.aspects_json)["manajemen"] == "0"
        assert s.scalar(select(func.count()).select_from(HealthAnswer).where(HealthAnswer.answer)) == 0
    records = health.list_assessments(coop)
    assert [(r.scheme, r.as_of, r.total, r.predicate, r.saved_by) for r in records] == [
        ("perdep06_2016", AS_OF, "41,50", "Dalam Pengawasan Khusus", "Uji Ketua")]


def test_refusals_write_nothing(coop, actors):
    with pytest.raises(PermissionDenied):
        health.save_assessment(coop, actor=actors["bendahara"], as_of=AS_OF, scheme="perdep06_2016", answers={})
    with pytest.raises(UserError, match="tidak dikenal") as e:
        health.save_assessment(coop, actor=actors["ketua"], as_of=AS_OF, scheme="perdep06_2016",
                               answers={"m_umum.99": True})
    assert e.value.field == "answers"
    with pytest.raises(UserError, match="ya atau tidak"):
        health.save_assessment(coop, actor=actors["ketua"], as_of=AS_OF, scheme="perdep06_2016",
                               answers={"m_umum.01": "ya"})
    with pytest.raises(UserError, match="belum lewat") as e:
        health.save_assessment(coop, actor=actors["ketua"], as_of=dt.date.today() + dt.timedelta(days=1),
                               scheme="perdep06_2016", answers={})
    assert e.value.field == "as_of"
    with pytest.raises(UserError, match="Skema penilaian"):
        health.assess(coop, as_of=AS_OF, scheme="camel")
    with coop.read() as s:
        assert s.scalar(select(func.count()).select_from(HealthAssessmentRow)) == 0


def test_pdf_reads_back_the_figures(coop, actors, tmp_path):
    health.save_assessment(coop, actor=actors["ketua"], as_of=dt.date(2024, 3, 31), scheme="perdep06_2016",
                           answers=answers_2016())
    a = health.assess(coop, as_of=AS_OF, scheme="perdep06_2016", answers=answers_2016())
    pdf = drain(health.write_health_pdf(coop, as_of=AS_OF, scheme="perdep06_2016", path=tmp_path / "h.pdf",
                                        actor=actors["petugas"], assessment=a))
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "PENILAIAN KESEHATAN KSP/USP" in flat
    assert "Posisi per 30 Juni 2024" in flat
    assert "52,00" in flat and "Dalam Pengawasan" in flat
    assert "Penilaian sebelumnya per 31 Maret 2024" in flat
    assert "Rp4.476.000" in flat and "Rp4.076.000" in flat and "Rp1.000.000" in flat  # aset, modal, RPM
    assert "91,06 %" in flat and "71,43 %" in flat and "63 %" in flat
    assert "1209 Dikurangi: Cadangan Kerugian Piutang" in flat
    assert "06/Per/Dep.6/IV/2016" in flat


def test_workbook_holds_numbers(coop, tmp_path):
    path = drain(health.write_health_xlsx(coop, as_of=AS_OF, scheme="perdep06_2016", path=tmp_path / "h.xlsx"))
    wb = load_workbook(path)
    summary = {row[0]: row for row in wb["Ringkasan"].iter_rows(values_only=True) if row and row[0]}
    assert summary["Jumlah skor"][2] == 41.5  # 52 − management 10,5
    assert summary["Predikat"][1] == "Dalam Pengawasan Khusus"  # nothing saved: no answers
    assert summary["Kualitas aktiva produktif"][1:3] == (25.0, 14.75)
    rasio = [row for row in wb["Rasio"].iter_rows(values_only=True)]
    assert ("Modal sendiri (ekuitas)", None, 4_076_000) in [r[:3] for r in rasio]
    assert any(r[0] == "Rasio kas" and r[3] == 926.5 for r in rasio)
    assert len([r for r in wb["Daftar periksa"].iter_rows(values_only=True)]) == 1 + 38


def test_cli_writes_the_assessment(coop, actors, db_location, tmp_path, data_dir):
    out = tmp_path / "kesehatan.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KAMURA_PASSWORD": TEST_USERS["petugas"][1]}
    coop.close()
    cmd = ["--db", str(db_location), "report", "health",  # run in-process (tests/helpers_cli.py)
           "--as-of", "2024-06-30", "--scheme", "perdep06-2016", "--out", str(out), "--user", "petugas"]
    done = kamura(cmd, env=env)
    assert done.returncode == 0, done.stderr
    assert "Skor 41,50 — Dalam Pengawasan Khusus" in done.stdout
    assert "PENILAIAN KESEHATAN" in page_texts(out)[0]
    xlsx = tmp_path / "kesehatan.xlsx"
    done = kamura(cmd[:-4] + ["--out", str(xlsx), "--user", "petugas"], env=env)
    assert done.returncode == 0, done.stderr
    assert load_workbook(xlsx)["Ringkasan"]["A1"].value
    # no --user: refused in Indonesian
    done = kamura(cmd[:-2], env=env)
    assert done.returncode != 0 and "--user" in (done.stderr + done.stdout)
    # a bad scheme and a bad file type
    bad = kamura(cmd[:-6] + ["--scheme", "camel", "--out", str(out), "--user", "petugas"], env=env)
    assert bad.returncode == 1 and "Skema penilaian 'camel' tidak dikenal" in bad.stderr
    bad = kamura(cmd[:-4] + ["--out", str(tmp_path / "x.docx"), "--user", "petugas"], env=env)
    assert bad.returncode == 1 and ".pdf atau .xlsx" in bad.stderr
