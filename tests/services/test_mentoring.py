"""The mentoring log (pendampingan) on real SQLite files: meetings with attendance and the
pocket-book check filled in from the repayment book, corrections with an audit trail,
refusals, home visits, follow-ups, and ``mentoring_summary`` on hand-made data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry
from kamura_desktop.db.models.mentoring import MentoringAttendance, MentoringMeeting
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.portfolio import Ratio
from kamura_desktop.services import groups, mentoring, repayments
from kamura_desktop.services.mentoring import (
    ABSENT,
    EXCUSED,
    PRESENT,
    AttendanceInput,
    FollowupInput,
    HomeVisitInput,
    MeetingInput,
)

from .test_repayments import Lending, paket_lent  # noqa: F401 - the fixture

DISBURSED = dt.date(2024, 1, 8)


@pytest.fixture
def lend(request, db, actors) -> Lending:
    """The Lending of the test's books: that of ``paket`` when the test uses it (its members
    counted on), else a new one."""
    if "paket" in request.fixturenames:
        return request.getfixturevalue("paket_lent")[0]
    return Lending(db, actors)


@pytest.fixture
def paket(paket_lent):  # noqa: F811 - the imported fixture
    """A paket-usaha group of five disbursed on DISBURSED (Rp25.000 each, 6 × Rp4.200; test_repayments'
    books, built once per run: this test's own copy), its due dates and group id."""
    lend, cs = paket_lent
    assert cs[0].disbursed_on == DISBURSED
    due = [i.due_date for i in repayments.credit_statement(lend.db, cs[0].id).instalments]
    return cs, due, cs[0].group_id


def _audit_count(db, action: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action))


def _attendance(draft, **status_by_index) -> list[AttendanceInput]:
    out = []
    for i, a in enumerate(draft.attendance):
        out.append(AttendanceInput(a.member_id, status_by_index.get(f"m{i}", PRESENT), book_checked=True))
    return out


def test_draft_fills_pocket_book_status_from_repayment_book(lend, paket):
    cs, due, gid = paket
    # member 0 pays the first two instalments, member 1 pays one and a half, the others nothing
    lend.pay(cs[0].id, 8_400, due[1])
    lend.pay(cs[1].id, 6_300, due[1])
    meeting_day = due[3]  # instalments 1–3 are due before the meeting, the 4th on its day
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=meeting_day)
    assert draft.id is None
    assert draft.place == "rumah ketua"
    by_member = {a.member_id: a for a in draft.attendance}
    assert len(by_member) == 5
    assert all(a.status == PRESENT for a in draft.attendance)
    c0 = by_member[cs[0].member_id].check
    assert (c0.has_credit, c0.arrears, c0.arrears_instalments, c0.outstanding) == (True, 4_200, 1, 16_800)
    assert c0.status_text == "Tertinggal Rp4.200 (1 angsuran)"
    c1 = by_member[cs[1].member_id].check
    assert (c1.arrears, c1.arrears_instalments, c1.outstanding) == (6_300, 2, 18_900)
    c2 = by_member[cs[2].member_id].check
    assert (c2.arrears, c2.arrears_instalments, c2.outstanding) == (12_600, 3, 25_200)
    assert c2.credit_numbers == cs[2].number
    # on the first instalment's own day nobody is late yet
    first = mentoring.meeting_draft(lend.db, group_id=gid, on_date=due[0])
    assert all(a.check.up_to_date and a.check.status_text == "Lancar" for a in first.attendance)
    # before the disbursement there is no running credit
    before = mentoring.meeting_draft(lend.db, group_id=gid, on_date=dt.date(2024, 1, 1))
    assert all(a.check.status_text == "Tidak ada kredit berjalan" for a in before.attendance)
    assert draft.attendance[0].is_leader or any(a.is_leader for a in draft.attendance)


def test_record_meeting_stores_attendance_and_the_checks_as_seen(lend, paket, actors):
    cs, due, gid = paket
    day = due[2]
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=day)
    att = _attendance(draft, m1=ABSENT, m2=EXCUSED)
    att[2] = AttendanceInput(att[2].member_id, EXCUSED, reason="sakit")
    out = mentoring.record_meeting(
        lend.db, actor=actors["petugas"],
        data=MeetingInput(group_id=gid, held_on=day, facilitator="  Bu Ika (Pendamping)  ", place="Rumah Bu RT",
                          supports="pasar ramai", obstacles="harga ikan naik", business_problems="modal kurang",
                          solutions="beli ikan bersama", motivation="tetap semangat"),
        attendance=att)
    assert out.changes.mentoring and not out.changes.ledger
    m = out.value
    assert m.facilitator == "Bu Ika (Pendamping)"
    assert (m.present, m.count(ABSENT), m.count(EXCUSED)) == (3, 1, 1)
    assert m.attendance_rate == Ratio(3, 5)
    assert m.behind == 5  # nobody has paid: two instalments behind each
    assert all(a.check.arrears == 8_400 for a in m.attendance)
    assert next(a for a in m.attendance if a.member_id == att[2].member_id).reason == "sakit"
    assert _audit_count(lend.db, "mentoring.meeting.record") == 1

    # a payment made later does not rewrite what the meeting saw, nor does a correction
    lend.pay(cs[0].id, 8_400, day)
    again = mentoring.update_meeting(lend.db, actor=actors["ketua"], meeting_id=m.id,
                                     data=MeetingInput(group_id=gid, held_on=day, facilitator="Bu Ika",
                                                       place="Rumah Bu RT", notes="dikoreksi"),
                                     attendance=_attendance(draft)).value
    assert again.present == 5 and again.notes == "dikoreksi" and again.supports is None
    assert all(a.check.arrears == 8_400 for a in again.attendance)
    assert _audit_count(lend.db, "mentoring.meeting.update") == 1
    with lend.db.read() as s:
        summary = s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "mentoring.meeting.update"))
    assert "'Bu Ika (Pendamping)' → 'Bu Ika'" in summary and "absent" in summary
    # asked to refresh, it reads the repayment book again (member 0 paid on the meeting day)
    fresh = mentoring.update_meeting(lend.db, actor=actors["ketua"], meeting_id=m.id,
                                     data=MeetingInput(group_id=gid, held_on=day, facilitator="Bu Ika"),
                                     attendance=_attendance(draft), refresh_checks=True).value
    mine = next(a for a in fresh.attendance if a.member_id == cs[0].member_id)
    assert mine.check.up_to_date and mine.check.outstanding == 16_800
    # the draft for a recorded date opens the recorded meeting
    assert mentoring.meeting_draft(lend.db, group_id=gid, on_date=day).id == m.id
    rows = mentoring.list_meetings(lend.db, group_id=gid)
    assert [(r.id, r.members, r.present, r.behind) for r in rows] == [(m.id, 5, 5, 4)]
    assert mentoring.list_meetings(lend.db, date_from=day + dt.timedelta(days=1)) == []


def test_refusals_save_nothing(lend, paket, actors):
    cs, due, gid = paket
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=due[1])
    data = MeetingInput(group_id=gid, held_on=due[1], facilitator="Bu Ika")
    with pytest.raises(UserError, match="fasilitator") as e:
        mentoring.record_meeting(lend.db, actor=actors["petugas"], data=MeetingInput(gid, due[1], " "),
                                 attendance=_attendance(draft))
    assert e.value.field == "facilitator"
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(UserError, match="masa depan") as e:
        mentoring.record_meeting(lend.db, actor=actors["petugas"],
                                 data=MeetingInput(gid, tomorrow, "Bu Ika"), attendance=_attendance(draft))
    assert e.value.field == "held_on"
    # a member from another group: the whole meeting is refused, naming the row
    stranger = lend.members(1)[0]
    att = _attendance(draft) + [AttendanceInput(stranger)]
    with pytest.raises(UserError, match="Baris 6: .* bukan anggota kelompok") as e:
        mentoring.record_meeting(lend.db, actor=actors["petugas"], data=data, attendance=att)
    assert e.value.field == "row:6"
    dup = _attendance(draft) + [AttendanceInput(draft.attendance[0].member_id)]
    with pytest.raises(UserError, match="dua kali"):
        mentoring.record_meeting(lend.db, actor=actors["petugas"], data=data, attendance=dup)
    with pytest.raises(PermissionDenied):
        mentoring.record_meeting(lend.db, actor=actors["admin"], data=data, attendance=_attendance(draft))
    with lend.db.read() as s:
        assert s.scalar(select(func.count(MentoringMeeting.id))) == 0
        assert s.scalar(select(func.count(MentoringAttendance.id))) == 0
    mentoring.record_meeting(lend.db, actor=actors["bendahara"], data=data, attendance=_attendance(draft))
    with pytest.raises(UserError, match="sudah dicatat"):
        mentoring.record_meeting(lend.db, actor=actors["petugas"], data=data, attendance=_attendance(draft))


def test_dissolved_group_is_refused(lend, actors):
    ids = lend.members(3)
    g = lend.group(ids)
    groups.dissolve_group(lend.db, actor=actors["ketua"], group_id=g.id, on_date=dt.date(2024, 3, 1))
    with pytest.raises(UserError, match="dibubarkan") as e:
        mentoring.meeting_draft(lend.db, group_id=g.id, on_date=dt.date(2024, 3, 5))
    assert e.value.code == "group_dissolved"
    with pytest.raises(UserError, match="dibubarkan"):
        mentoring.record_meeting(lend.db, actor=actors["petugas"],
                                 data=MeetingInput(g.id, dt.date(2024, 3, 5), "Bu Ika"),
                                 attendance=[AttendanceInput(i) for i in ids])
    # a meeting held while the group still existed can be recorded afterwards
    draft = mentoring.meeting_draft(lend.db, group_id=g.id, on_date=dt.date(2024, 2, 5))
    assert len(draft.attendance) == 3
    out = mentoring.record_meeting(lend.db, actor=actors["petugas"],
                                   data=MeetingInput(g.id, dt.date(2024, 2, 5), "Bu Ika"),
                                   attendance=[AttendanceInput(i) for i in ids])
    assert out.value.present == 3


def test_delete_meeting_keeps_followups_and_audits(lend, paket, actors):
    cs, due, gid = paket
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=due[0])
    m = mentoring.record_meeting(lend.db, actor=actors["petugas"], data=MeetingInput(gid, due[0], "Bu Ika"),
                                 attendance=_attendance(draft)).value
    f = mentoring.add_followup(lend.db, actor=actors["petugas"],
                               data=FollowupInput("Cek stok ikan", due[0] + dt.timedelta(days=7), "Ketua kelompok",
                                                  meeting_id=m.id)).value
    assert (f.group_id, f.raised_on, f.group_code) == (gid, due[0], draft.group_code)
    mentoring.delete_meeting(lend.db, actor=actors["petugas"], meeting_id=m.id)
    assert mentoring.list_meetings(lend.db) == []
    left = mentoring.list_followups(lend.db)
    assert [(x.id, x.meeting_id, x.group_id) for x in left] == [(f.id, None, gid)]
    assert _audit_count(lend.db, "mentoring.meeting.delete") == 1


def test_home_visits_crud(lend, paket, actors):
    cs, due, gid = paket
    leader = groups.get_group(lend.db, gid)
    member = cs[2].member_id
    v = mentoring.add_home_visit(lend.db, actor=actors["petugas"], data=HomeVisitInput(
        member_id=member, visited_on=due[3], visitor=leader.leader_name, purpose="Menanyakan angsuran",
        result="Berjanji bayar Sabtu", visitor_member_id=leader.leader_member_id)).value
    assert (v.group_id, v.group_code, v.member_id, v.result) == (gid, leader.code, member, "Berjanji bayar Sabtu")
    with pytest.raises(UserError) as e:
        mentoring.add_home_visit(lend.db, actor=actors["petugas"],
                                 data=HomeVisitInput(member, due[3], "Bu Ika", "  "))
    assert e.value.field == "purpose"
    with pytest.raises(UserError) as e:
        mentoring.add_home_visit(lend.db, actor=actors["petugas"], data=HomeVisitInput(
            member, dt.date.today() + dt.timedelta(days=2), "Bu Ika", "x"))
    assert e.value.field == "visited_on"
    u = mentoring.update_home_visit(lend.db, actor=actors["petugas"], visit_id=v.id, data=HomeVisitInput(
        member, due[3], leader.leader_name, "Menanyakan angsuran", "Sudah bayar")).value
    assert u.result == "Sudah bayar"
    assert [x.id for x in mentoring.list_home_visits(lend.db, group_id=gid)] == [v.id]
    assert mentoring.list_home_visits(lend.db, member_id=cs[0].member_id) == []
    mentoring.delete_home_visit(lend.db, actor=actors["petugas"], visit_id=v.id)
    assert mentoring.list_home_visits(lend.db) == []
    assert [_audit_count(lend.db, f"mentoring.visit.{a}") for a in ("add", "update", "delete")] == [1, 1, 1]


def test_followups_open_overdue_done(lend, paket, actors):
    cs, due, gid = paket
    clerk = actors["petugas"]
    raised = dt.date(2024, 2, 1)
    a = mentoring.add_followup(lend.db, actor=clerk, data=FollowupInput(
        "Kunjungi Bu Siti", dt.date(2024, 2, 10), "Ketua kelompok", raised_on=raised, group_id=gid)).value
    b = mentoring.add_followup(lend.db, actor=clerk, data=FollowupInput(
        "Data calon investor", dt.date(2024, 3, 1), "Pengurus", raised_on=raised)).value
    with pytest.raises(UserError) as e:
        mentoring.add_followup(lend.db, actor=clerk, data=FollowupInput(
            "x", dt.date(2024, 1, 1), "Pengurus", raised_on=raised))
    assert e.value.field == "due_on"
    assert [f.id for f in mentoring.open_followups(lend.db)] == [a.id, b.id]
    assert [f.id for f in mentoring.overdue_followups(lend.db, as_of=dt.date(2024, 2, 20))] == [a.id]
    assert a.overdue_on(dt.date(2024, 2, 11)) and not a.overdue_on(dt.date(2024, 2, 10))
    done = mentoring.mark_followup_done(lend.db, actor=clerk, followup_id=a.id, done_on=dt.date(2024, 2, 12),
                                        note="sudah dikunjungi").value
    assert done.done and not done.overdue_on(dt.date(2024, 3, 1))
    with pytest.raises(UserError, match="sudah selesai"):
        mentoring.mark_followup_done(lend.db, actor=clerk, followup_id=a.id, done_on=dt.date(2024, 2, 12))
    with pytest.raises(UserError):
        mentoring.mark_followup_done(lend.db, actor=clerk, followup_id=b.id, done_on=dt.date(2024, 1, 5))
    assert [f.id for f in mentoring.list_followups(lend.db)] == [b.id, a.id]  # open first
    assert [f.id for f in mentoring.list_followups(lend.db, group_id=gid)] == [a.id]
    assert mentoring.reopen_followup(lend.db, actor=clerk, followup_id=a.id).value.done_on is None
    mentoring.delete_followup(lend.db, actor=clerk, followup_id=b.id)
    assert [f.id for f in mentoring.list_followups(lend.db)] == [a.id]
    with pytest.raises(PermissionDenied):
        mentoring.add_followup(lend.db, actor=actors["admin"], data=FollowupInput("x", raised, "y", raised_on=raised))


def test_mentoring_summary_exact_on_hand_made_data(lend, actors):
    """Two groups, hand-counted: group A meets twice (5 members: 4+3 present = 7/10), group
    B once (3 members, 1 present, 1 excused = 1/3) in Feb–Mar 2024; one meeting of A in
    April is outside the period. 8/13 present = 61,54 %."""
    clerk = actors["petugas"]
    a_ids, b_ids = lend.members(5), lend.members(3)
    ga, gb = lend.group(a_ids), lend.group(b_ids)

    def meet(g, ids, day, statuses):
        mentoring.record_meeting(lend.db, actor=clerk, data=MeetingInput(g.id, day, "Bu Ika"),
                                 attendance=[AttendanceInput(i, s) for i, s in zip(ids, statuses, strict=True)])

    P, A, E = PRESENT, ABSENT, EXCUSED
    meet(ga, a_ids, dt.date(2024, 2, 5), [P, P, P, P, A])
    meet(ga, a_ids, dt.date(2024, 3, 4), [P, P, P, E, A])
    meet(gb, b_ids, dt.date(2024, 3, 31), [P, E, A])
    meet(ga, a_ids, dt.date(2024, 4, 1), [P, P, P, P, P])
    for day in (dt.date(2024, 1, 31), dt.date(2024, 2, 1), dt.date(2024, 3, 31)):
        mentoring.add_home_visit(lend.db, actor=clerk, data=HomeVisitInput(a_ids[4], day, "Ketua", "angsuran"))

    def follow(raised, done=None):
        f = mentoring.add_followup(lend.db, actor=clerk, data=FollowupInput(
            "tindak lanjut", raised + dt.timedelta(days=7), "Ketua", raised_on=raised)).value
        if done:
            mentoring.mark_followup_done(lend.db, actor=clerk, followup_id=f.id, done_on=done)

    follow(dt.date(2024, 1, 20))  # open at the end: counts open
    follow(dt.date(2024, 1, 20), done=dt.date(2024, 1, 25))  # done before the period: neither
    follow(dt.date(2024, 2, 5), done=dt.date(2024, 2, 9))  # done in the period
    follow(dt.date(2024, 3, 4), done=dt.date(2024, 4, 2))  # done after the period: open at its end
    follow(dt.date(2024, 4, 1))  # raised after the period: neither

    s = mentoring.mentoring_summary(lend.db, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 3, 31))
    assert (s.meetings, s.groups_met, s.home_visits) == (3, 2, 2)
    assert s.attendance_rate == Ratio(8, 13)
    assert s.attendance_pct == 61.54 and s.attendance_text == "61,54 %"
    assert (s.followups_open, s.followups_done, s.followups_raised) == (2, 1, 2)
    assert s.meetings_by_group == ((ga.code, ga.name, 2, 70.0), (gb.code, gb.name, 1, 33.33))
    code, name, n, pct = s.meetings_by_group[0]
    assert (code, n, pct) == (ga.code, 2, 70.0)
    assert s.members_behind == 0

    empty = mentoring.mentoring_summary(lend.db, date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))
    assert (empty.meetings, empty.groups_met, empty.attendance_rate, empty.attendance_pct) == (0, 0, None, None)
    assert empty.attendance_text == "–" and empty.meetings_by_group == ()
    with pytest.raises(UserError):
        mentoring.mentoring_summary(lend.db, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 1, 1))


# ------------------------------------------------------------------ CLI and demo

def test_cli_attendance_list_and_meeting_list(lend, paket, actors, db_location, tmp_path, capsys, monkeypatch):
    from pypdf import PdfReader

    monkeypatch.setenv("KAMURA_USER", "petugas")  # a login (issue 21)
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas-sandi1")

    from kamura_desktop.cli.main import main

    cs, due, gid = paket
    code = groups.get_group(lend.db, gid).code
    path = str(db_location)
    blank = tmp_path / "kosong.pdf"
    assert main(["print", "attendance-list", "--db", path, "--group", code, "--date", due[3].isoformat(),
                 "--blank", "--out", str(blank)]) == 0
    assert "kosong" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(str(blank)).pages)
    assert "DAFTAR HADIR PERTEMUAN KELOMPOK" in text and cs[0].member_name in text
    # filled: refused until the meeting is recorded, then written
    filled = tmp_path / "terisi.pdf"
    assert main(["print", "attendance-list", "--db", path, "--group", code, "--date", due[3].isoformat(),
                 "--out", str(filled)]) == 1
    assert "belum dicatat" in capsys.readouterr().err
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=due[3])
    mentoring.record_meeting(lend.db, actor=actors["petugas"], data=MeetingInput(gid, due[3], "Bu Ika"),
                             attendance=_attendance(draft, m0=ABSENT))
    assert main(["print", "attendance-list", "--db", path, "--group", code, "--date", due[3].isoformat(),
                 "--out", str(filled)]) == 0
    assert "Notulen" in " ".join(p.extract_text() for p in PdfReader(str(filled)).pages)
    capsys.readouterr()
    assert main(["mentoring", "list", "--db", path, "--group", code, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["group"], r["date"], r["members"], r["present"], r["absent"], r["behind"]) for r in rows] == \
        [(code, due[3].isoformat(), 5, 4, 1, 5)]
    assert main(["mentoring", "list", "--db", path]) == 0
    assert "hadir 4/5 (80,00 %)" in capsys.readouterr().out
    assert main(["mentoring", "summary", "--db", path, "--from", "2024-01-01", "--to", "2024-12-31",
                 "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert (s["meetings"], s["groups_met"], s["attendance_pct"], s["members_behind"]) == (1, 1, 80.0, 5)


def test_the_demo_has_meetings_visits_and_followups(demo_db):
    year = mentoring.mentoring_summary(demo_db, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    assert year.meetings >= 6 and year.groups_met >= 3 and year.home_visits >= 2
    assert year.attendance_rate is not None and 0 < year.attendance_rate.numerator < year.attendance_rate.denominator
    assert year.members_behind >= 1  # Ujang Sutisna's pocket book at the 5th KSM meeting
    followups = mentoring.list_followups(demo_db)
    assert any(f.done for f in followups) and any(not f.done for f in followups)
    ujang = [a for m in mentoring.list_meetings(demo_db) for a in mentoring.get_meeting(demo_db, m.id).attendance
             if a.member_name == "Ujang Sutisna" and a.check.arrears]
    assert ujang and ujang[0].status == ABSENT
    assert mentoring.list_home_visits(demo_db)
