"""Issue 18: the board register — Pengurus (ketua, sekretaris, bendahara) and Pengawas (ketua,
anggota) with terms of office — kept in the app (migration 0018), refused in
Indonesian when wrong, audited, and used by the RAT book: its officers table, the Pengurus'
signatures (the board's secretary, not the TKM's) and the Pengawas' signatures under their
report, by who is in office on the RAT's date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kamura_desktop.db.models.core import AuditEntry
from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import annual_report, board, membership, rat_book, savings
from tests.services.pdf_pages import page_texts

T0, T1 = dt.date(2023, 2, 18), dt.date(2027, 12, 31)


def _add(db, actor, body, position, name, start=T0, end=T1):
    return board.add_board_member(db, actor=actor, data=board.BoardMemberInput(body, position, name, start, end)).value


def test_the_chair_records_the_board_and_wrong_entries_are_refused_in_indonesian(db, actors):
    ketua = actors["ketua"]
    chair = _add(db, ketua, "pengurus", "ketua", "  Hj.  Siti   Rohmah ")
    assert (chair.title, chair.name, chair.term_start, chair.term_end) == ("Ketua", "Hj. Siti Rohmah", T0, T1)
    _add(db, actors["admin"], "pengawas", "ketua", "Wawan Setiawan")
    _add(db, ketua, "pengawas", "anggota", "Lilis Suryani")
    _add(db, ketua, "pengawas", "anggota", "Jajang Nurjaman")  # several anggota are allowed

    cases = [
        (("dewan", "ketua", "X"), "body", "Pengurus atau Pengawas"),
        (("pengurus", "anggota", "X"), "position", "Ketua, Sekretaris, Bendahara"),
        (("pengurus", "sekretaris", "   "), "name", "Nama wajib diisi"),
        (("pengurus", "ketua", "Ujang", T0, T1), "term_start", "Ketua Pengurus pada masa itu sudah tercatat: "
                                                               "Hj. Siti Rohmah"),
        (("pengurus", "bendahara", "lilis  suryani"), "name", "tidak boleh menjadi Pengurus dan Pengawas"),
        (("pengurus", "bendahara", "Euis", T1, T0), "term_end", "sebelum awalnya"),
        (("pengurus", "bendahara", "Euis", T0, dt.date(2028, 2, 18)), "term_end", "paling lama 5 tahun"),
    ]
    for args, field, text in cases:
        body, position, name, *term = args
        start, end = term or (T0, T1)
        with pytest.raises(UserError) as e:
            _add(db, ketua, body, position, name, start, end)
        assert e.value.field == field and text in e.value.message, (args, e.value.message)
    # a later term of the same office is a new row: the register keeps the earlier one
    _add(db, ketua, "pengurus", "ketua", "Ujang Suryana", dt.date(2028, 1, 1), dt.date(2032, 12, 31))
    assert [x.name for x in board.list_board(db) if x.position == "ketua" and x.body == "pengurus"] == [
        "Ujang Suryana", "Hj. Siti Rohmah"]
    on = board.board_on(db, on=dt.date(2025, 3, 15))
    assert (on.chair, on.secretary, on.pengawas_chair, on.pengawas_members) == (
        "Hj. Siti Rohmah", None, "Wawan Setiawan", ("Jajang Nurjaman", "Lilis Suryani"))
    assert board.board_on(db, on=dt.date(2028, 6, 1)).chair == "Ujang Suryana"
    # only the chair and the admin write it; everyone reads it
    for role in ("petugas", "bendahara"):
        with pytest.raises(PermissionDenied):
            _add(db, actors[role], "pengurus", "sekretaris", "Neneng")
    assert len(board.list_board(db, actor=actors["petugas"])) == 5
    # a mistaken row is removed, audited
    board.remove_board_member(db, actor=ketua, member_id=chair.id)
    assert board.board_on(db, on=dt.date(2025, 3, 15)).chair is None
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.action.like("board.%")))]
    assert actions.count("board.add") == 5 and actions.count("board.remove") == 1


def test_update_shortens_a_term_so_the_successor_can_start(db, actors):
    ketua = actors["ketua"]
    sec = _add(db, ketua, "pengurus", "sekretaris", "Neneng Hasanah")
    with pytest.raises(UserError, match="sudah tercatat"):
        _add(db, ketua, "pengurus", "sekretaris", "Dede", dt.date(2025, 7, 1), dt.date(2027, 12, 31))
    board.update_board_member(db, actor=ketua, member_id=sec.id, data=board.BoardMemberInput(
        "pengurus", "sekretaris", "Neneng Hasanah", T0, dt.date(2025, 6, 30)))
    _add(db, ketua, "pengurus", "sekretaris", "Dede", dt.date(2025, 7, 1), dt.date(2027, 12, 31))
    assert board.board_on(db, on=dt.date(2025, 6, 30)).secretary == "Neneng Hasanah"
    assert board.board_on(db, on=dt.date(2025, 7, 1)).secretary == "Dede"


def test_the_rat_book_signs_with_the_board_in_office_on_the_rat_date_not_the_tkm(db, actors, tmp_path):
    """The TKM's secretary (the programme's team) is not the board's: the book lists and signs
    with the register, the Pengawas sign their report by name."""
    ketua = actors["ketua"]
    m = membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Iis Rahmawati", nik="3217014503850001", sex="P", joined_on=dt.date(2023, 1, 5),
        tkm_role="Sekretaris")).value.member
    savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok", amount=50_000,
                           on_date=dt.date(2023, 1, 5))  # active: the TKM's secretary in 2024
    _add(db, ketua, "pengurus", "ketua", "Ujang Suryana")
    _add(db, ketua, "pengurus", "sekretaris", "Neneng Hasanah", T0, dt.date(2025, 1, 31))
    _add(db, ketua, "pengurus", "sekretaris", "Dede Supriatna", dt.date(2025, 2, 1), T1)
    _add(db, ketua, "pengawas", "ketua", "Wawan Setiawan")
    _add(db, ketua, "pengawas", "anggota", "Lilis Suryani")
    rat_book.save_rat_book(db, actor=ketua, year=2024, data=rat_book.RatBookInput(
        number="ke-7", held_on=dt.date(2025, 2, 15), place="Balai Desa Mekarmukti",
        pengawas_report="Pengawas telah memeriksa kas dan buku setiap triwulan."))
    r = annual_report.annual_report_data(db, year=2024)
    assert [(t.role, t.name) for t in r.tkm] == [("Sekretaris", "Iis Rahmawati")]
    # on 31 December 2024 Neneng is the secretary; on the RAT's day (15 February 2025) Dede signs
    assert [(o.role, o.name) for o in r.officers] == [
        ("Ketua", "Ujang Suryana"), ("Sekretaris", "Neneng Hasanah"), ("Bendahara", "Uji Bendahara"),
        ("Ketua Pengawas", "Wawan Setiawan"), ("Anggota Pengawas", "Lilis Suryani")]
    assert r.signers == annual_report.Signers("Ujang Suryana", "Dede Supriatna", "Uji Bendahara",
                                              "Wawan Setiawan", ("Lilis Suryani",))
    pdf = drain(annual_report.write_annual_report_pdf(db, year=2024, path=tmp_path / "rat.pdf", report=r))
    text = " ".join(" ".join(p.split()) for p in page_texts(pdf))
    assert "( Dede Supriatna )" in text and "( Iis Rahmawati )" not in text
    assert "( Wawan Setiawan )" in text and "( Lilis Suryani )" in text
    assert "Pengurus dan Pengawas" in text and "18 Februari 2023 – 31 Desember 2027" in text
