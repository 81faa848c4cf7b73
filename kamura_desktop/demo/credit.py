"""Demo step of the group credit book: the I-P2P pilot's peer groups and a KSM of RW 08.

What it writes, all through the services and as the demo users (the clerk prepares, the
treasurer or the chair approves — never the one who prepared — and the treasurer funds
and disburses):

* the **holiday calendar** of 2024 and 2025 (national holidays and the Lebaran *cuti
  bersama*), so that schedules skip them;
* the revolving fund's **grants** received by the fund unit (UPK) — Rp40.000.000 in 2011 and
  Rp24.000.000 in 2014 — as journal entries Dr Kas / Cr Modal Dana Bergulir (a later book
  formalises the fund; these entries are what it will find);
* **KSM Sukamanah** (5 members of RT 004–005) with *Pinjaman Bergulir* credits, flat 2 % a
  month over 10 months (Rp500.000 → 10 × Rp60.000), approved by the chair and disbursed in
  cash from the revolving fund at the start of July 2024 (the repayment book's demo records
  their monthly instalments);
* the pilot's **three peer-borrower groups** of five (13 poor-family participants and 2 TKM
  members, grouped by RT), each with a leader and a lender as supervisor, and the pilot's
  **three Paket Usaha cycles**: each month every group applies (Rp25.000 per member,
  group limit Rp125.000, 6 daily instalments of Rp4.200), the treasurer or the chair
  approves, the cooperative buys the package goods the working day before (Dr Persediaan
  Paket Usaha / Cr Kas, so the stock never goes negative) and hands the packages over at the
  group's month-end meeting. Three members had no KTP copy on file at the first application:
  it shows on the form, the clerk records the copies and the approval then passes. When the
  repayment book is installed, each cycle's daily instalments are posted on their due dates
  from the group's collection sheet (the pilot repaid 100 %), because its arrears rule would
  otherwise refuse the next cycle.

**Dates: the pilot's own calendar.** The preparation meeting with the TKM and the board
(:data:`PREPARATION_MEETING`, 5 March 2024) and the socialisation with the village
(:data:`SOCIALISATION_MEETING`, 7 March 2024) come first (the mentoring step records them:
the program has no meeting record without a group); the groups are formed a week later
(:data:`GROUPS_FORMED`, 14 March 2024); implementation starts on :data:`IMPLEMENTATION`
(28 March 2024, a Thursday — the day after is Good Friday), when the first cycle is applied
for, approved and handed over. The second and third cycles follow on the last working day of
April and May (30 April, 31 May): applications are made on or after the 28th because the demo
members pay their wajib by the 28th and the wajib of the current month counts as due from
its first day. Every participant joined in 2023, so each has been a member for the three
months the eligibility rule asks by 28 March 2024 (checked below). Without the repayment
book the credits simply stay *active*.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.eligibility import months_of_membership
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.workdays import previous_working_day, roll_to_working_day
from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    ledger,
    membership,
    repayments,
)
from kamura_desktop.services.actor import Actor

from .people import DEMO_USERS

HOLIDAYS = (
    # 2024 (SKB 3 Menteri): national holidays and the Idul Fitri cuti bersama
    ("2024-01-01", "Tahun Baru Masehi"), ("2024-02-08", "Isra Mikraj"),
    ("2024-02-10", "Tahun Baru Imlek"), ("2024-03-11", "Hari Suci Nyepi"),
    ("2024-03-29", "Wafat Isa Almasih"), ("2024-04-08", "Cuti bersama Idul Fitri"),
    ("2024-04-09", "Cuti bersama Idul Fitri"), ("2024-04-10", "Idul Fitri 1445 H"),
    ("2024-04-11", "Idul Fitri 1445 H"), ("2024-04-12", "Cuti bersama Idul Fitri"),
    ("2024-04-15", "Cuti bersama Idul Fitri"), ("2024-05-01", "Hari Buruh"),
    ("2024-05-09", "Kenaikan Isa Almasih"), ("2024-05-23", "Hari Raya Waisak"),
    ("2024-06-01", "Hari Lahir Pancasila"), ("2024-06-17", "Idul Adha 1445 H"),
    ("2024-07-07", "Tahun Baru Islam 1446 H"), ("2024-08-17", "Hari Kemerdekaan RI"),
    ("2024-09-16", "Maulid Nabi Muhammad SAW"), ("2024-12-25", "Hari Raya Natal"),
    # 2025
    ("2025-01-01", "Tahun Baru Masehi"), ("2025-01-27", "Isra Mikraj"),
    ("2025-01-29", "Tahun Baru Imlek"), ("2025-03-29", "Hari Suci Nyepi"),
    ("2025-03-31", "Idul Fitri 1446 H"), ("2025-04-01", "Idul Fitri 1446 H"),
    ("2025-04-02", "Cuti bersama Idul Fitri"), ("2025-04-03", "Cuti bersama Idul Fitri"),
    ("2025-04-04", "Cuti bersama Idul Fitri"), ("2025-04-07", "Cuti bersama Idul Fitri"),
    ("2025-04-18", "Wafat Isa Almasih"), ("2025-05-01", "Hari Buruh"),
    ("2025-05-12", "Hari Raya Waisak"), ("2025-05-29", "Kenaikan Isa Almasih"),
    ("2025-06-06", "Idul Adha 1446 H"), ("2025-06-27", "Tahun Baru Islam 1447 H"),
    ("2025-08-17", "Hari Kemerdekaan RI"), ("2025-09-05", "Maulid Nabi Muhammad SAW"),
    ("2025-12-25", "Hari Raya Natal"),
)

GRANTS = (
    (dt.date(2011, 12, 15), 40_000_000, "HIBAH-2011",
     "Hibah dana bergulir PNPM Mandiri Perkotaan 2011 untuk UPK (modal dana bergulir)"),
    (dt.date(2014, 10, 20), 24_000_000, "HIBAH-2014",
     "Hibah dana bergulir P2KP/KOTAKU 2014 untuk UPK (modal dana bergulir)"),
)


@dataclass(frozen=True)
class GroupPlan:
    name: str
    kampung: str
    rt: str
    members: tuple[str, ...]
    leader: str
    supervisors: tuple[str, ...]  # lenders to ask, in order; the first who qualifies supervises
    meeting_day: str
    meeting_place: str


PEER_GROUPS = (
    GroupPlan("Sauyunan", "Babakan Pindang", "001",
              ("Yayat Supriatna", "Cucu Sumiati", "Iyah Sopiah", "Iis Rahmawati", "Enok Rohayati"),
              leader="Yayat Supriatna", supervisors=("Ai Nurjanah", "Jajang Nurjaman"),
              meeting_day="Senin", meeting_place="rumah Bapak Yayat Supriatna"),
    GroupPlan("Silih Asih", "Cikoneng", "003",
              ("Aep Saepudin", "Onah Juhanah", "Titin Suhartini", "Omah Maryamah", "Neneng Hasanah"),
              leader="Aep Saepudin", supervisors=("Lilis Suryani", "Wawan Setiawan"),
              meeting_day="Rabu", meeting_place="teras rumah Bapak Aep Saepudin"),
    GroupPlan("Mekar Rahayu", "Sukamanah", "005",
              ("Entin Kartini", "Nining Kurniasih", "Engkus Kusnadi", "Imas Masitoh", "Tati Nurhayati"),
              leader="Entin Kartini", supervisors=("Euis Sartika", "Deden Sopandi", "Heni Handayani"),
              meeting_day="Jumat", meeting_place="balai RW 08"),
)

KSM = GroupPlan("Sukamanah", "Sukamanah", "005",
                ("Popon Rohimah", "Dadan Ramdani", "Ujang Sutisna", "Ela Nurlaela", "Deden Sopandi"),
                leader="Popon Rohimah", supervisors=(), meeting_day="Sabtu",
                meeting_place="rumah Ibu Popon Rohimah")
#: member -> (amount, purpose) of the KSM's revolving-fund loans
KSM_LOANS = {
    "Popon Rohimah": (500_000, "Modal ikan pindang dan garam"),
    "Dadan Ramdani": (500_000, "Bahan kapuk dan kain kasur"),
    "Ujang Sutisna": (400_000, "Modal ikan pindang"),
    "Ela Nurlaela": (500_000, "Tungku dan panci pemindangan"),
    "Deden Sopandi": (300_000, "Modal ikan pindang"),
}
KSM_RATE_BP = 200  # 2 % a month, flat on the original principal
KSM_TERM = 10
KSM_FORMED = dt.date(2024, 6, 10)
KSM_APPLIED = dt.date(2024, 6, 28)
KSM_DISBURSED = dt.date(2024, 7, 1)

#: the pilot's calendar (the programme's own dates)
PREPARATION_MEETING = dt.date(2024, 3, 5)    # TKM and the cooperative's board prepare the programme
SOCIALISATION_MEETING = dt.date(2024, 3, 7)  # with the village: RW 08, PKK cadres, the village office
GROUPS_FORMED = dt.date(2024, 3, 14)         # the peer groups formed by proximity, agreements signed
IMPLEMENTATION = dt.date(2024, 3, 28)        # the first cycle applied for, approved and handed over
PILOT_CYCLES = 3

VERIFIED = {item: True for item in credits.VERIFICATION_ITEMS}


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _actors(db: Database) -> dict[str, Actor]:
    names = {u.username for u in DEMO_USERS}
    with db.read() as s:
        users = s.scalars(select(User).where(User.username.in_(names)))
        return {u.role: Actor(u.id, u.username, u.full_name, u.role) for u in users}


def _member_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {name: mid for mid, name in s.execute(
            select(Member.id, Member.name).where(Member.status != "left").order_by(Member.id))}


def _month_end_workday(year: int, month: int, holidays: frozenset[dt.date]) -> dt.date:
    """The last working day of the month (on or after the 28th: the wajib is in by then)."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    day = previous_working_day(nxt, holidays)
    return day if day.day >= 28 else nxt - dt.timedelta(days=1)


def pilot_hand_overs(holidays: frozenset[dt.date], cycles: int = PILOT_CYCLES) -> list[dt.date]:
    """The day each pilot cycle is applied for, approved and handed over: the first on
    :data:`IMPLEMENTATION` (or the first working day from it), each later one on the last
    working day of the next month."""
    days = [roll_to_working_day(IMPLEMENTATION, holidays)]
    while len(days) < cycles:
        last = days[-1]
        year, month = (last.year + 1, 1) if last.month == 12 else (last.year, last.month + 1)
        days.append(_month_end_workday(year, month, holidays))
    return days


def _check_membership(names: list[str], joined: list[dt.date], on: dt.date) -> None:
    """Every participant a member for three months by the first application (eligibility)."""
    short = [n for n, j in zip(names, joined, strict=True) if months_of_membership(j, on) < 3]
    if short:  # demo_members changed: the pilot's calendar is fixed
        raise RuntimeError(f"demo pilot participants not yet members for 3 months on {on}: {short}")


def _ensure_documents(db: Database, actor: Actor, member_id: int) -> None:
    """The clerk records the KTP/KK copies handed in at verification."""
    m = membership.get_member(db, member_id)
    if not (m.ktp_on_file and m.kk_on_file):
        membership.update_member(db, actor=actor, member_id=member_id,
                                 data=replace(m.as_input(), ktp_on_file=True, kk_on_file=True))


def _form_group(db: Database, plan: GroupPlan, ids: dict[str, int], *, kind: str, formed: dt.date,
                actors: dict[str, Actor]) -> int:
    data = groups.GroupInput(name=plan.name, formed_on=formed, kind=kind, kampung=plan.kampung, rt=plan.rt,
                             rw="008", meeting_day=plan.meeting_day, meeting_place=plan.meeting_place,
                             agreement_signed_on=formed)
    group = groups.create_group(db, actor=actors["petugas"], data=data,
                                member_ids=[ids[n] for n in plan.members], leader_id=ids[plan.leader]).value
    for name in plan.supervisors:
        try:
            groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=ids[name],
                                  since=formed)
            break
        except UserError:
            continue  # not (yet) a qualified lender: ask the next one
    return group.id


def _buy_packages(db: Database, actor: Actor, *, on: dt.date, count: int, value: int, cycle: int) -> None:
    total = count * value
    ledger.post_journal_entry(
        db, actor=actor, on_date=on, source_type="purchase", source_id=f"PAKET-{on:%Y%m}",
        description=f"Pembelian barang {count} paket usaha siklus {cycle} (ikan pindang, garam, bumbu, "
                    "kayu bakar, besek)",
        lines=[ledger.Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=total),
               ledger.Line(Acc.KAS, credit=total)])


def _collect_cycle(db: Database, actor: Actor, apps: list[credits.ApplicationDTO]) -> None:
    """The pilot's 100 % repayment: on each due date the group leader brings every member's
    instalment and the clerk posts the group's collection sheet (repayment book)."""
    for app in apps:
        by_date: dict[dt.date, list] = {}
        for c in app.credits:
            for line in credits.schedule_of(db, c.id):
                by_date.setdefault(line.due_date, []).append(
                    repayments.SheetEntry(member_id=c.member_id, paid=line.amount))
        for on, entries in sorted(by_date.items()):
            repayments.post_collection_sheet(db, actor=actor, group_id=app.group_id, meeting_date=on,
                                             entries=entries, note="Setoran harian ketua kelompok")


def demo_credit(db: Database, system: Actor) -> None:
    """Write the credit book's demo (see the module doc)."""
    actors = _actors(db)
    petugas, bendahara, ketua = actors["petugas"], actors["bendahara"], actors["ketua"]
    ids = _member_ids(db)
    needed = {n for p in (*PEER_GROUPS, KSM) for n in (*p.members, *p.supervisors)}
    missing = needed - ids.keys()
    if missing:
        raise RuntimeError(f"demo members missing: {sorted(missing)}")  # demo_members changed
    today = dt.date.today()

    for on, name in HOLIDAYS:
        if _date(on) <= today:
            credit_products.add_holiday(db, actor=ketua, on_date=_date(on), name=name)
    with db.read() as s:
        holidays = credit_products.holiday_set(s)

    for on, amount, ref, text in GRANTS:
        ledger.post_journal_entry(db, actor=bendahara, on_date=on, description=text, source_type="grant",
                                  source_id=ref, lines=[ledger.Line(Acc.KAS, debit=amount),
                                                        ledger.Line(Acc.MODAL_DANA_BERGULIR, credit=amount)])

    paket = credit_products.product_by_code(db, "PAKET")
    bergulir = credit_products.product_by_code(db, "BERGULIR")

    # ---- KSM Sukamanah: revolving-fund loans, July 2024
    ksm_id = _form_group(db, KSM, ids, kind="ksm", formed=KSM_FORMED, actors=actors)
    for name in KSM.members:
        _ensure_documents(db, petugas, ids[name])
    lines = [credits.ApplicationLine(ids[n], KSM_LOANS[n][0], KSM_LOANS[n][1]) for n in KSM.members]
    app = credits.prepare_application(db, actor=petugas, group_id=ksm_id, product_id=bergulir.id, lines=lines,
                                      instalments=KSM_TERM, rate_bp=KSM_RATE_BP, verification=VERIFIED,
                                      on_date=KSM_APPLIED).value
    credits.approve_application(db, actor=ketua, application_id=app.id, on_date=KSM_APPLIED,
                                note="Disetujui rapat pengurus UPK")
    credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="revolving")
    credits.disburse_application(db, actor=bendahara, application_id=app.id, on_date=KSM_DISBURSED)

    # ---- the pilot: three peer groups, three Paket Usaha cycles (the pilot's calendar)
    names = [n for p in PEER_GROUPS for n in p.members]
    hand_overs = pilot_hand_overs(holidays)
    _check_membership(names, [membership.get_member(db, ids[n]).joined_on for n in names], hand_overs[0])
    group_ids = [_form_group(db, p, ids, kind="peer", formed=GROUPS_FORMED, actors=actors)
                 for p in PEER_GROUPS]
    for cycle, day in enumerate(hand_overs, start=1):
        apps = []
        for k, (plan, gid) in enumerate(zip(PEER_GROUPS, group_ids, strict=True)):
            lines = [credits.ApplicationLine(ids[n], paket.amount_min, "Paket usaha pindang")
                     for n in plan.members]
            app = credits.prepare_application(db, actor=petugas, group_id=gid, product_id=paket.id,
                                              lines=lines, verification=VERIFIED, on_date=day).value
            if cycle == 1:
                # copies of KTP/KK missing on the form: the clerk records them before the decision
                for name in plan.members:
                    _ensure_documents(db, petugas, ids[name])
            approver = ketua if (k + cycle) % 3 == 0 else bendahara
            credits.approve_application(db, actor=approver, application_id=app.id, on_date=day)
            credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="own")
            apps.append(app)
        count = sum(len(p.members) for p in PEER_GROUPS)
        _buy_packages(db, bendahara, on=previous_working_day(day, holidays), count=count,
                      value=paket.amount_min, cycle=cycle)
        done = [credits.disburse_application(db, actor=bendahara, application_id=app.id,
                                             on_date=day).value for app in apps]
        _collect_cycle(db, petugas, done)
