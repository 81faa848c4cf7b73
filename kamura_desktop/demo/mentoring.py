"""The demo cooperative's group meetings, home visits and follow-ups (issue 7).

Runs after the repayment book's demo step, so every meeting's pocket-book check reads real
instalments. Written through :mod:`kamura_desktop.services.mentoring` as the demo clerk, on
the dates it happened; the facilitator is the TKM's *Pendamping Koperasi*:

* **the pilot's preparation (5 March 2024) and socialisation (7 March 2024) meetings** — with
  the TKM, the cooperative's board and the village. The program has no record of its own for
  such a meeting: a meeting with attendance belongs to a group, and the groups are formed
  after them (14 March). Each is recorded as the follow-up it agreed, raised on the meeting's
  date with the meeting named in its text, and marked done when it was carried out (the
  socialisation; the groups formed);
* **KSM Sukamanah** (2024): monthly meetings at the 2nd, 5th and 7th instalment; at the 5th
  Ujang Sutisna is absent and his pocket book is one instalment behind (he missed the 4th
  meeting). The group leader visits him two days later; the follow-up "he pays at the next
  meeting" is done when he catches up at the 6th;
* **the pilot's three peer groups**: a meeting in the middle of the first Paket Usaha cycle
  and one at the end of the third (all pocket books up to date — the pilot repaid 100 %),
  one member excused and one absent here and there;
* **KSM Babakan Pindang** (recent): its last monthly meeting shows several members behind;
  the leader visits the member furthest behind, and a follow-up with the board is open.
"""

from __future__ import annotations

import datetime as dt

from kamura_desktop.db.database import Database
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.services import credits, groups, mentoring
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.mentoring import (
    ABSENT,
    EXCUSED,
    PRESENT,
    AttendanceInput,
    FollowupInput,
    HomeVisitInput,
    MeetingInput,
)

from . import credit as credit_demo
from . import repayments as repayment_demo

FACILITATOR = "Asep Mulyana (Pendamping Koperasi)"
TKM_CHAIR = "H. Ujang Suryana (Ketua TKM)"

#: (supports, obstacles, business problems, solutions, motivation) per kind of meeting
TOPICS = {
    "pilot_start": ("Pembeli pindang di pasar Cihampelas ramai; angsuran harian kecil sehingga ringan",
                    "Sebagian anggota lupa membawa buku saku",
                    "Harga ikan tongkol naik menjelang akhir bulan",
                    "Ketua kelompok mengingatkan lewat grup WhatsApp; buku saku disimpan bersama uang setoran",
                    "Angsuran tepat waktu membuka jalan ke paket usaha berikutnya"),
    "pilot_end": ("Omzet naik setelah paket kedua; anggota saling mengingatkan",
                  "Hujan membuat pindang lebih lama kering",
                  "Kayu bakar mahal",
                  "Membeli kayu bakar bersama untuk satu kelompok",
                  "Terima kasih: tiga siklus lunas 100 %; lanjutkan menabung sukarela"),
    "ksm": ("Pertemuan bulanan di rumah ketua; anggota datang tepat waktu",
            "Penjualan kasur sepi pada musim hujan",
            "Modal bahan kapuk terbatas",
            "Tanggung renteng bila ada anggota yang belum bisa membayar; ketua mengunjungi yang tertinggal",
            "Pinjaman bergulir menolong KSM lain bila dikembalikan tepat waktu"),
    "ksm_late": ("Sebagian anggota tetap membayar penuh",
                 "Beberapa anggota berhenti membayar; usaha pindang terganggu harga ikan",
                 "Modal habis untuk kebutuhan rumah tangga",
                 "Ketua dan pengurus mengunjungi anggota yang tertinggal; jadwal cicilan tunggakan disepakati",
                 "Tunggakan satu anggota menjadi beban seluruh kelompok (tanggung renteng)"),
}


def _meet(db: Database, actor: Actor, group_id: int, on: dt.date, topics: str, *,
          absent: dict[int, str] | None = None, reasons: dict[int, str] | None = None,
          unchecked: set[int] = frozenset()) -> mentoring.MeetingDTO | None:
    """Record one meeting: everyone present (pocket book checked) unless listed."""
    if on >= dt.date.today():
        return None
    absent, reasons = absent or {}, reasons or {}
    draft = mentoring.meeting_draft(db, group_id=group_id, on_date=on)
    if draft.id is not None:
        return None
    att = [AttendanceInput(a.member_id, absent.get(a.member_id, PRESENT), reasons.get(a.member_id),
                           book_checked=absent.get(a.member_id, PRESENT) == PRESENT and a.member_id not in unchecked)
           for a in draft.attendance]
    sup, obs, biz, sol, mot = TOPICS[topics]
    data = MeetingInput(group_id=group_id, held_on=on, facilitator=FACILITATOR, place=draft.place,
                        supports=sup, obstacles=obs, business_problems=biz, solutions=sol, motivation=mot)
    return mentoring.record_meeting(db, actor=actor, data=data, attendance=att).value


def _apps_of(db: Database, group_name: str) -> list[credits.ApplicationDTO]:
    return sorted((a for a in credits.list_applications(db, status="disbursed") if a.group_name == group_name),
                  key=lambda a: a.id)


def _due_dates(db: Database, app: credits.ApplicationDTO) -> list[dt.date]:
    return sorted({ln.due_date for c in app.credits for ln in credits.schedule_of(db, c.id)})


def _preparation(db: Database, clerk: Actor) -> None:
    """The pilot's preparation and socialisation meetings, as the follow-ups they agreed."""
    prep, social, formed = (credit_demo.PREPARATION_MEETING, credit_demo.SOCIALISATION_MEETING,
                            credit_demo.GROUPS_FORMED)
    if formed >= dt.date.today():  # pragma: no cover - the pilot's calendar is in the past
        return
    f = mentoring.add_followup(db, actor=clerk, data=FollowupInput(
        f"Rapat persiapan I-P2P ({format_date_id(prep)}; TKM, pengurus koperasi dan pemerintah desa): "
        "menyiapkan sosialisasi kepada warga RW 08 — undangan, spanduk, formulir kepesertaan dan "
        "persyaratan peserta", due_on=social, responsible=TKM_CHAIR, raised_on=prep)).value
    mentoring.mark_followup_done(db, actor=clerk, followup_id=f.id, done_on=social, note=(
        f"Sosialisasi {format_date_id(social)} di balai RW 08 bersama TKM, pengurus dan pemerintah desa: "
        "13 warga dari keluarga miskin dan 2 anggota TKM mendaftar sebagai peserta, anggota penabung "
        "mendaftar sebagai lender"))
    names = ", ".join(p.name for p in credit_demo.PEER_GROUPS)
    f = mentoring.add_followup(db, actor=clerk, data=FollowupInput(
        f"Sosialisasi I-P2P ({format_date_id(social)}; warga RW 08, TKM, pengurus dan pemerintah desa): "
        "membentuk kelompok peer borrower menurut kedekatan tempat tinggal dan memeriksa persyaratan "
        "peserta", due_on=formed, responsible=FACILITATOR, raised_on=social)).value
    mentoring.mark_followup_done(db, actor=clerk, followup_id=f.id, done_on=formed, note=(
        f"Tiga kelompok dibentuk ({names}); perjanjian tanggung renteng ditandatangani"))


def _sukamanah(db: Database, clerk: Actor, ids: dict[str, int]) -> None:
    apps = [a for a in _apps_of(db, credit_demo.KSM.name) if a.kind == "cash"]
    if not apps:
        return
    app = apps[0]
    dues = _due_dates(db, app)
    ujang = ids.get("Ujang Sutisna")
    leader = groups.get_group(db, app.group_id)
    _meet(db, clerk, app.group_id, dues[1], "ksm")
    late_meeting = _meet(db, clerk, app.group_id, dues[4], "ksm", absent={ujang: ABSENT} if ujang else None)
    ela = ids.get("Ela Nurlaela")
    _meet(db, clerk, app.group_id, dues[6], "ksm", absent={ela: EXCUSED} if ela else None,
          reasons={ela: "menjenguk orang tua"} if ela else None)
    if late_meeting is None or ujang is None:
        return
    visit_day = dues[4] + dt.timedelta(days=2)
    mentoring.add_home_visit(db, actor=clerk, data=HomeVisitInput(
        member_id=ujang, visited_on=visit_day, visitor=leader.leader_name, visitor_member_id=leader.leader_member_id,
        purpose="Menanyakan angsuran yang tertinggal dan keadaan usaha kasur",
        result="Penjualan kasur sepi; berjanji membayar dua angsuran pada pertemuan berikutnya"))
    f = mentoring.add_followup(db, actor=clerk, data=FollowupInput(
        "Ujang Sutisna membayar angsuran yang tertinggal pada pertemuan berikutnya", due_on=dues[5],
        responsible=leader.leader_name, meeting_id=late_meeting.id, member_id=ujang)).value
    mentoring.mark_followup_done(db, actor=clerk, followup_id=f.id, done_on=dues[5],
                                 note="Dua angsuran dibayar pada pertemuan ke-6")


def _pilot(db: Database, clerk: Actor, ids: dict[str, int]) -> None:
    for k, plan in enumerate(credit_demo.PEER_GROUPS):
        apps = _apps_of(db, plan.name)
        if len(apps) < 3:
            continue
        gid = apps[0].group_id
        first, last = _due_dates(db, apps[0]), _due_dates(db, apps[2])
        members = [ids[n] for n in plan.members if n in ids and n != plan.leader]
        absent = {members[k % len(members)]: EXCUSED} if members else {}
        reasons = {members[k % len(members)]: "mengantar anak ke puskesmas"} if members else {}
        _meet(db, clerk, gid, first[3], "pilot_start", absent=absent, reasons=reasons,
              unchecked={members[-1]} if members else set())
        _meet(db, clerk, gid, last[-1], "pilot_end", absent={members[(k + 1) % len(members)]: ABSENT}
              if members else None)
        if k == 0 and members:
            group = groups.get_group(db, gid)
            mentoring.add_home_visit(db, actor=clerk, data=HomeVisitInput(
                member_id=members[0], visited_on=first[3] + dt.timedelta(days=1), visitor=group.leader_name,
                visitor_member_id=group.leader_member_id, purpose="Menanyakan alasan izin dan menyampaikan hasil "
                "pertemuan", result="Anak sudah sembuh; angsuran tetap dititipkan kepada ketua kelompok"))


def _babakan(db: Database, clerk: Actor) -> None:
    apps = _apps_of(db, repayment_demo.KSM2_NAME)
    if not apps:
        return
    app = apps[-1]
    today = dt.date.today()
    past = [d for d in _due_dates(db, app) if d < today]
    if len(past) < 2:
        return
    draft = mentoring.meeting_draft(db, group_id=app.group_id, on_date=past[-1])
    behind = sorted((a for a in draft.attendance if a.check.arrears), key=lambda a: -a.check.arrears)
    # the member furthest behind stays away; the leader visits her afterwards
    meeting = _meet(db, clerk, app.group_id, past[-1], "ksm_late",
                    absent={behind[0].member_id: ABSENT} if behind else None)
    if meeting is None:
        return
    group = groups.get_group(db, app.group_id)
    if behind:
        worst = behind[0]
        visit_day = min(today - dt.timedelta(days=1), past[-1] + dt.timedelta(days=3))
        mentoring.add_home_visit(db, actor=clerk, data=HomeVisitInput(
            member_id=worst.member_id, visited_on=max(visit_day, past[-1]), visitor=group.leader_name,
            visitor_member_id=group.leader_member_id, purpose="Menagih tunggakan dan menanyakan keadaan usaha",
            result="Usaha berhenti sejak harga ikan naik; bersedia bertemu pengurus"))
    mentoring.add_followup(db, actor=clerk, data=FollowupInput(
        "Pengurus dan ketua kelompok menyusun jadwal cicilan tunggakan bersama anggota yang tertinggal",
        due_on=past[-1] + dt.timedelta(days=1), responsible="Dede Supriatna (pengurus)",
        meeting_id=meeting.id))


def demo_mentoring(db: Database, system: Actor) -> None:
    """Write the mentoring book's demo (see the module doc)."""
    clerk = credit_demo._actors(db)["petugas"]
    ids = credit_demo._member_ids(db)
    _preparation(db, clerk)
    _sukamanah(db, clerk, ids)
    _pilot(db, clerk, ids)
    _babakan(db, clerk)

