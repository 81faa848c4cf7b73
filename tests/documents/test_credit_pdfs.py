"""The group credit book's printouts, read back with pypdf: participation form, joint-liability
agreement, credit agreement, disbursement receipts and the package handover list. Real
files, real fonts; no mocks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from types import SimpleNamespace

import pytest

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.resources import resource
from kamura_desktop.services import (
    credit_docs,
    credit_products,
    credits,
    groups,
    ledger,
    membership,
    savings,
)
from kamura_desktop.services import settings as settings_service
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberInput
from tests.helpers_books import prepared

from ..stock import provide_for
from .pdf_text import page_texts

JOINED = dt.date(2023, 10, 2)
PEOPLE = (  # name, NIK, has a KTP copy
    ("Yayat Supriatna", "3217011203800001", True),
    ("Cucu Sumiati", "3217015506850002", True),
    ("Iyah Sopiah", "3217014101900003", True),
    ("Iis Rahmawati", "3217016208880004", True),
    ("Enok Rohayati", "3217014710920005", False),  # no KTP copy yet: not eligible
)
KSM_PEOPLE = (
    ("Popon Rohimah", "3217015102800011"), ("Dadan Ramdani", "3217010305780012"),
    ("Ujang Sutisna", "3217011509830013"), ("Ela Nurlaela", "3217016611870014"),
    ("Deden Sopandi", "3217012012850015"),
)


def text_of(path) -> str:
    """The PDF's text with every run of whitespace (line breaks in table cells) as one space;
    checks on the way that no amount was broken in two."""
    text = re.sub(r"\s+", " ", " ".join(page_texts(path)))
    assert_amounts_whole(text)
    return text


def assert_amounts_whole(text: str) -> None:
    """No amount broken over two lines of a narrow column ("Rp2.200.0 00")."""
    assert not re.search(r"Rp[\d.]*\.\d{0,2} \d", text), re.search(r"Rp[\d.]*\.\d{0,2} \d.{0,20}", text)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _member(db, name, nik, *, ktp=True, rt="001") -> int:
    system = Actor.system()
    data = MemberInput(name=name, nik=nik, sex="P" if int(nik[6:8]) > 40 else "L", joined_on=JOINED, rt=rt,
                       rw="008", kampung="Babakan Pindang", desa="Mekarmukti",
                       trade="Pengolahan ikan pindang", ktp_on_file=ktp, kk_on_file=True)
    mid = membership.register_member(db, actor=system, data=data).value.member.id
    savings.record_deposit(db, actor=system, member_id=mid, kind="pokok", amount=50_000, on_date=JOINED)
    savings.record_deposit(db, actor=system, member_id=mid, kind="wajib", amount=600_000, on_date=JOINED)
    return mid


@prepared
def credit_book(db, actors):
    """A peer group with a waiting Paket Usaha application (one member not eligible) and a KSM
    whose Pinjaman Bergulir credits were disbursed from the revolving fund (built once per run
    and engine, a copy per test)."""
    system = Actor.system()
    settings_service.update_profile(db, actor=system, **DEMO_PROFILE)
    settings_service.set_logo(db, actor=system, data=resource("logo.png").read_bytes(), filename="logo.png")
    clerk = actors["petugas"]
    ids = [_member(db, name, nik, ktp=ktp) for name, nik, ktp in PEOPLE]
    lender = _member(db, "Ai Nurjanah", "3217015703790021", rt="002")
    g = groups.create_group(db, actor=clerk, data=groups.GroupInput(
        name="Sauyunan", formed_on=dt.date(2024, 2, 10), kampung="Babakan Pindang", rt="001", rw="008",
        meeting_day="Senin", meeting_place="rumah ketua", agreement_signed_on=dt.date(2024, 2, 10)),
        member_ids=ids, leader_id=ids[0]).value
    groups.add_supervisor(db, actor=clerk, group_id=g.id, member_id=lender, since=dt.date(2024, 2, 10))
    paket = credit_products.product_by_code(db, "PAKET")
    waiting = credits.prepare_application(
        db, actor=clerk, group_id=g.id, product_id=paket.id, on_date=dt.date(2024, 3, 5),
        lines=[ApplicationLine(m, 25_000) for m in ids],
        verification={"Fotokopi KTP": True, "Fotokopi KK": True}).value

    ksm_ids = [_member(db, name, nik, rt="005") for name, nik in KSM_PEOPLE]
    ksm = groups.create_group(db, actor=clerk, data=groups.GroupInput(
        name="Sukamanah", formed_on=dt.date(2024, 6, 10), kind="ksm", rt="005", rw="008"),
        member_ids=ksm_ids, leader_id=ksm_ids[0]).value
    bergulir = credit_products.product_by_code(db, "BERGULIR")
    app = credits.prepare_application(
        db, actor=clerk, group_id=ksm.id, product_id=bergulir.id, instalments=10, rate_bp=200,
        on_date=dt.date(2024, 6, 28), lines=[ApplicationLine(m, 500_000, "Modal usaha") for m in ksm_ids]).value
    credits.approve_application(db, actor=actors["ketua"], application_id=app.id, on_date=dt.date(2024, 6, 28))
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=app.id, source="revolving")
    provide_for(db, app.id, on=dt.date(2024, 7, 1))
    disbursed = credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id,
                                             on_date=dt.date(2024, 7, 1)).value
    return SimpleNamespace(db=db, actors=actors, group=g, ksm=ksm, waiting=waiting, disbursed=disbursed)


def test_participation_form_lists_members_niks_and_each_eligibility_result(credit_book, tmp_path):
    b = credit_book
    path = credit_docs.participation_form_pdf(b.db, application_id=b.waiting.id, path=tmp_path / "f.pdf",
                                              actor=b.actors["petugas"])
    text = text_of(path)
    assert "FORMULIR KEPESERTAAN KELOMPOK PEER BORROWER" in text
    assert "KLP-001" in text and "Sauyunan" in text and b.waiting.number in text
    for name, nik, _ in PEOPLE:
        assert name in text and nik in flat(text)
    assert "Rp25.000" in text and "Rp125.000" in text and "6 × Rp4.200" in text
    # each member's result: four ✔ "Memenuhi syarat", one with the reason
    assert text.count("Memenuhi syarat") == 4
    assert "Fotokopi KTP belum ada." in text
    # the statement of commitment and the signatures
    assert "Pernyataan komitmen" in text and "tanggung renteng" in text and "6 kali" in text
    for role in ("Ketua Kelompok", "Pengawas (Lender)", "Ketua TKM", "Petugas Koperasi"):
        assert role in text
    assert "Ai Nurjanah" in text and "5 Maret 2024" in text


def test_participation_form_of_a_ksm(credit_book, tmp_path):
    b = credit_book
    text = text_of(credit_docs.participation_form_pdf(b.db, application_id=b.disbursed.id,
                                                      path=tmp_path / "ksm.pdf"))
    assert "FORMULIR KEPESERTAAN KSM" in text and "KSM-001" in text
    assert text.count("Memenuhi syarat") == 5
    assert "10 × Rp60.000" in text and "Rp2.500.000" in text and "Dana bergulir Rp2.500.000" in text


def test_joint_liability_agreement(credit_book, tmp_path):
    b = credit_book
    text = text_of(credit_docs.joint_liability_pdf(b.db, group_id=b.group.id, path=tmp_path / "tr.pdf"))
    assert "SURAT PERJANJIAN TANGGUNG RENTENG" in text and "KLP-001" in text
    assert "Sabtu, 10 Februari 2024" in text
    for name, nik, _ in PEOPLE:
        assert name in text and nik in flat(text)
    assert "Pasal 2" in text and "menalangi" in text and "Ai Nurjanah" in text


def test_credit_agreement_with_its_schedule(credit_book, tmp_path):
    b = credit_book
    c = b.disbursed.credits[0]
    text = text_of(credit_docs.credit_agreement_pdf(b.db, credit_id=c.id, path=tmp_path / "spk.pdf"))
    assert "SURAT PERJANJIAN KREDIT" in text and c.number in text
    assert "Popon Rohimah" in text and "3217015102800011" in flat(text)
    assert "Rp500.000" in text and "lima ratus ribu rupiah" in text
    assert "Rp100.000" in text and "Rp600.000" in text and "10 kali" in text and "Rp60.000" in text
    assert "1 Agustus 2024" in text and "1 Mei 2025" in text  # first and last due dates
    assert "pinjaman pertama" in text and "tidak dikenakan denda" in text
    assert "(perkiraan)" not in text


def test_credit_agreement_before_disbursement_shows_a_preview_schedule(credit_book, tmp_path):
    b = credit_book
    text = text_of(credit_docs.credit_agreement_pdf(b.db, credit_id=b.waiting.credits[0].id,
                                                    path=tmp_path / "spk.pdf"))
    assert "Jadwal Angsuran (perkiraan)" in text and "6 kali" in text and "Rp4.200" in text


def test_disbursement_receipts_one_slip_per_member(credit_book, tmp_path):
    b = credit_book
    text = text_of(credit_docs.disbursement_receipt_pdf(b.db, application_id=b.disbursed.id,
                                                        path=tmp_path / "bp.pdf"))
    assert "BUKTI PENCAIRAN KREDIT" in text and b.disbursed.number in text and "1 Juli 2024" in text
    for c in b.disbursed.credits:
        assert f"BP-{c.number}" in text
    for name, nik in KSM_PEOPLE:
        assert name in text and nik in flat(text)
    assert text.count("Lima ratus ribu rupiah") == 5 and "Rp2.500.000" in text
    assert text.count("Penerima") == 5


def test_receipts_and_handover_need_an_approved_application(credit_book, tmp_path):
    b = credit_book
    with pytest.raises(UserError):
        credit_docs.disbursement_receipt_pdf(b.db, application_id=b.waiting.id, path=tmp_path / "x.pdf")
    with pytest.raises(UserError) as e:  # cash credit: no packages to hand over
        credit_docs.handover_list_pdf(b.db, application_id=b.disbursed.id, path=tmp_path / "x.pdf")
    assert "kredit tunai" in e.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_handover_list_of_the_business_packages(credit_book, tmp_path):
    b = credit_book
    db, actors = b.db, b.actors
    enok = membership.get_member(db, b.waiting.credits[-1].member_id)
    membership.update_member(db, actor=actors["petugas"], member_id=enok.id,
                             data=replace(enok.as_input(), ktp_on_file=True))
    credits.approve_application(db, actor=actors["bendahara"], application_id=b.waiting.id,
                                on_date=dt.date(2024, 3, 6))
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=b.waiting.id, source="own")
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 3, 6), description="Paket",
                              lines=[ledger.Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=125_000),
                                     ledger.Line(Acc.KAS, credit=125_000)])
    app = credits.disburse_application(db, actor=actors["bendahara"], application_id=b.waiting.id,
                                       on_date=dt.date(2024, 3, 7)).value
    text = text_of(credit_docs.handover_list_pdf(db, application_id=app.id, path=tmp_path / "st.pdf"))
    assert "DAFTAR SERAH TERIMA PAKET USAHA" in text and "Kamis, 7 Maret 2024" in text
    for item in ("Ikan pindang (bahan baku)", "Garam", "Bumbu", "Kayu bakar", "Besek/keranjang"):
        assert item in text
    for c in app.credits:
        assert c.number in text and c.member_name in text
    assert "Rp125.000" in text
    slips = text_of(credit_docs.disbursement_receipt_pdf(db, application_id=app.id, path=tmp_path / "b.pdf"))
    assert "BUKTI PENYERAHAN PAKET USAHA" in slips and "6 × Rp4.200 harian, mulai 8 Maret 2024" in slips
    # the form now shows every member eligible, judged on the approval date
    form = text_of(credit_docs.participation_form_pdf(db, application_id=app.id, path=tmp_path / "f.pdf"))
    assert form.count("Memenuhi syarat") == 5 and "per 6 Maret 2024" in form


def test_printing_needs_permission_to_view_credits(credit_book, tmp_path):
    b = credit_book
    nobody = Actor(user_id=None, username="tamu", full_name="Tamu", role="tamu")
    with pytest.raises(PermissionDenied):
        credit_docs.joint_liability_pdf(b.db, group_id=b.group.id, path=tmp_path / "x.pdf", actor=nobody)


def test_lookups_by_number(credit_book):
    b = credit_book
    assert credit_docs.application_id_by_number(b.db, b.waiting.number.lower()) == b.waiting.id
    assert credit_docs.credit_id_by_number(b.db, b.disbursed.credits[1].number) == b.disbursed.credits[1].id
    assert credit_docs.group_id_by_code(b.db, "ksm-001") == b.ksm.id
    with pytest.raises(UserError):
        credit_docs.application_id_by_number(b.db, "PGJ-1999-0001")
    with pytest.raises(UserError):
        credit_docs.credit_id_by_number(b.db, "KR-1999-00001")


def test_handover_list_never_asks_the_leader_to_sign_twice(credit_book, tmp_path):
    """Issue 18 item 4: the group leader who is also the TKM's logistics coordinator hands the
    packages over; she does not also sign as the one receiving: the group's supervisor does."""
    b = credit_book
    db, actors = b.db, b.actors
    leader = membership.get_member(db, b.group.leader_member_id)
    membership.update_member(db, actor=actors["petugas"], member_id=leader.id,
                             data=replace(leader.as_input(), tkm_role="Koordinator Logistik"))
    enok = membership.get_member(db, b.waiting.credits[-1].member_id)
    membership.update_member(db, actor=actors["petugas"], member_id=enok.id,
                             data=replace(enok.as_input(), ktp_on_file=True))
    credits.approve_application(db, actor=actors["bendahara"], application_id=b.waiting.id,
                                on_date=dt.date(2024, 3, 6))
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=b.waiting.id, source="own")
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 3, 6), description="Paket",
                              lines=[ledger.Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=125_000),
                                     ledger.Line(Acc.KAS, credit=125_000)])
    app = credits.disburse_application(db, actor=actors["bendahara"], application_id=b.waiting.id,
                                       on_date=dt.date(2024, 3, 7)).value
    text = text_of(credit_docs.handover_list_pdf(db, application_id=app.id, path=tmp_path / "st.pdf"))
    assert f"( {leader.name} )" in text and text.count(f"( {leader.name} )") == 1
    assert "Koordinator Logistik TKM" in text
    assert "Yang menerima, Pengawas kelompok" in text or "Pengawas kelompok" in text.split("Yang menerima,")[1]
    assert "( Ai Nurjanah )" in text  # the group's supervisor receives for the group


def test_a_text_that_says_bermeterai_has_the_stamp_duty_box(credit_book, tmp_path):
    """Issue 18 item 10: the credit agreement is "rangkap dua bermeterai cukup": the borrower
    signs over a stamp-duty box in her own block; a document that asks for no stamp has none."""
    b = credit_book
    c = b.disbursed.credits[0]
    text = text_of(credit_docs.credit_agreement_pdf(b.db, credit_id=c.id, path=tmp_path / "spk.pdf"))
    assert "bermeterai cukup" in text
    assert text.count("Meterai Rp10.000") == 1
    sign = text[text.index("PIHAK KEDUA, PIHAK PERTAMA,"):]
    assert sign.index("Peminjam") < sign.index("Meterai Rp10.000") < sign.index("( Popon Rohimah )")
    joint = text_of(credit_docs.joint_liability_pdf(b.db, group_id=b.group.id, path=tmp_path / "tr.pdf"))
    assert "bermeterai" not in joint and "Meterai Rp10.000" not in joint
