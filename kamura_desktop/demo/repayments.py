"""Demo step of the repayment book: instalments of the demo credits, a tanggung-renteng cover,
and a revolving-fund group whose loans show every kolektibilitas class today.

Runs after the credit book's demo step (:mod:`kamura_desktop.services.demo_credit`), which
disburses the pilot's three Paket Usaha cycles (and posts their daily collection sheets,
because the next cycle's arrears rule needs each one repaid) and KSM Sukamanah's
revolving-fund loans of July 2024. Everything is written through the services, as the demo
clerk (collection sheets) and treasurer, on the dates it happened:

* **the pilot** — any Paket Usaha instalment still open is paid on its due date, so the three
  cycles are repaid in full: repayment rate 100 %, as in the pilot;
* **KSM Sukamanah** — ten monthly meetings on the due dates; every member pays, Ujang Sutisna
  misses two meetings and catches up at the third, so all five loans are lunas;
* **KSM Babakan Pindang** — six neighbours of RT 001–003 borrow from the revolving fund about
  eight months before today (10 × monthly, flat 2 %). At the monthly meetings one member pays
  every instalment, and the others stop paying at different times, so that today the group
  shows kolektibilitas 1 (lancar) to 5 (macet) under the default POJK 40 rule set. At the
  third meeting one member cannot pay and the group leader covers the instalment
  (tanggung renteng, on the collection sheet); a week later the member pays half of it back
  to the leader and still owes the rest.

The dates follow today, so the classes are the same whenever the demo is made (the
disbursement day is chosen so that a due date falls in each class's band of days).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditProduct
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.kolektibilitas import add_months
from kamura_desktop.domain.schedule import ProductTerms, build_schedule
from kamura_desktop.domain.workdays import is_working_day
from kamura_desktop.services import credit_products, credits, repayments
from kamura_desktop.services.actor import Actor

from . import credit as credit_demo

KSM2_NAME = "Babakan Pindang"
#: candidates in order (neighbours of RT 001–003 who are in no group): (name, loan, purpose);
#: the first six who are eligible on the application day borrow
KSM2_PEOPLE = (
    ("Yuyun Yuningsih", 500_000, "Modal ikan pindang"),
    ("Agus Salim", 300_000, "Modal ikan pindang"),
    ("Cecep Hidayat", 400_000, "Bahan gurilem dan minyak"),
    ("Wati Rosmiati", 500_000, "Modal ikan pindang"),
    ("Mimin Mintarsih", 300_000, "Garam dan bumbu pindang"),
    ("Nani Suryani", 500_000, "Tungku pemindangan"),
    ("Iin Inayah", 300_000, "Modal ikan pindang"),
    ("Asep Mulyana", 300_000, "Modal ikan pindang"),
)
#: how the six borrowers pay, in the order above: the first is the leader and pays every
#: instalment; "covered" too, except once when the leader covers for them; "late_N" stop
#: paying so that today their oldest unpaid instalment is in kolektibilitas class N
ROLES = ("lancar", "covered", "late_2", "late_3", "late_4", "late_5")
KSM2_RATE_BP = 200
KSM2_TERM = 10
#: inclusive bands of days past due (POJK 40) that the late members' oldest unpaid
#: instalment must fall in today: class 2, 3, 4 and 5
BANDS = {"late_2": (1, 90), "late_3": (91, 120), "late_4": (121, 180), "late_5": (181, 100_000)}
COVER_MEETING = 3  # the meeting (1-based) at which the leader covers a member's instalment
UJANG_MISSES = (4, 5)  # Ujang Sutisna's missed meetings in KSM Sukamanah; he pays both at the 6th


@dataclass(frozen=True)
class _Plan:
    disbursed: dt.date
    applied: dt.date
    due_dates: tuple[dt.date, ...]


def _due_dates(disbursed: dt.date, holidays: frozenset[dt.date]) -> tuple[dt.date, ...]:
    terms = ProductTerms(principal=500_000, instalments=KSM2_TERM, frequency="monthly",
                         service_mode="flat_percent", rate_per_month_bp=KSM2_RATE_BP)
    return tuple(i.due_date for i in build_schedule(terms, disbursed, holidays).instalments)


def _plan(today: dt.date, holidays: frozenset[dt.date]) -> _Plan | None:
    """A disbursement day about eight months ago whose due dates fall in every band."""
    month = add_months(today.replace(day=1), -8)
    for day in range(2, 26):
        disbursed = month.replace(day=day)
        if not is_working_day(disbursed, holidays):
            continue
        dues = _due_dates(disbursed, holidays)
        ages = [(today - d).days for d in dues]
        if all(any(lo <= a <= hi for a in ages) for lo, hi in BANDS.values()):
            before = month - dt.timedelta(days=1)
            applied = credit_demo._month_end_workday(before.year, before.month, holidays)
            return _Plan(disbursed, applied, dues)
    return None


def _oldest_unpaid(plan: str, dues: tuple[dt.date, ...], today: dt.date) -> int:
    """The 0-based instalment a member stops paying at (len(dues) for one who keeps paying)."""
    if plan in BANDS:
        lo, hi = BANDS[plan]
        inside = [i for i, due in enumerate(dues) if lo <= (today - due).days <= hi]
        if inside:
            return inside[-1]  # the latest such instalment: they paid as long as they could
    return len(dues)


def _pilot(db: Database, petugas: Actor, today: dt.date) -> None:
    """Pay any Paket Usaha instalment still open on its due date (the pilot repaid 100 %)."""
    with db.read() as s:
        open_ids = list(s.scalars(
            select(Credit.id).join(CreditApplication, CreditApplication.id == Credit.application_id)
            .join(CreditProduct, CreditProduct.id == CreditApplication.product_id)
            .where(CreditProduct.code == "PAKET", Credit.status == "active").order_by(Credit.id)))
    for credit_id in open_ids:
        statement = repayments.credit_statement(db, credit_id, as_of=today)
        for inst in statement.instalments:
            if inst.remaining and inst.due_date <= today:
                repayments.record_repayment(db, actor=petugas, credit_id=credit_id,
                                            amount=inst.remaining, on_date=inst.due_date)


def _meetings(db: Database, application: credits.ApplicationDTO) -> dict[int, list]:
    """{credit id: schedule lines} of a disbursed application."""
    return {c.id: credits.schedule_of(db, c.id) for c in application.credits}


def _sukamanah(db: Database, petugas: Actor, ids: dict[str, int], today: dt.date) -> None:
    app = next((a for a in credits.list_applications(db, status="disbursed")
                if a.group_name == credit_demo.KSM.name and a.kind == "cash"), None)
    if app is None:
        return
    lines = _meetings(db, app)
    owed: dict[int, int] = {c.member_id: 0 for c in app.credits}
    dues = sorted({ln.due_date for sched in lines.values() for ln in sched})
    for k, on in enumerate(dues, start=1):
        if on > today:
            break
        entries = []
        for c in app.credits:
            amount = next(ln.amount for ln in lines[c.id] if ln.due_date == on)
            owed[c.member_id] += amount
            late = c.member_id == ids.get("Ujang Sutisna") and k in UJANG_MISSES
            paid = 0 if late else owed[c.member_id]
            owed[c.member_id] -= paid
            entries.append(repayments.SheetEntry(member_id=c.member_id, paid=paid, present=not late))
        repayments.post_collection_sheet(db, actor=petugas, group_id=app.group_id, meeting_date=on,
                                         entries=entries, note=f"Pertemuan bulanan ke-{k}")


def _babakan(db: Database, actors: dict[str, Actor], ids: dict[str, int], today: dt.date) -> None:
    petugas, bendahara, ketua = actors["petugas"], actors["bendahara"], actors["ketua"]
    with db.read() as s:
        holidays = credit_products.holiday_set(s)
    plan = _plan(today, holidays)
    if plan is None:  # pragma: no cover - every month has such a day; keep the demo going
        return
    bergulir = credit_products.product_by_code(db, "BERGULIR")
    people = []
    for name, amount, purpose in KSM2_PEOPLE:
        if name not in ids or len(people) == len(ROLES):
            continue
        credit_demo._ensure_documents(db, petugas, ids[name])
        result = credits.member_eligibility(db, member_id=ids[name], product_id=bergulir.id,
                                            amount=amount, as_of=plan.applied)
        if result.eligible:
            people.append((name, amount, purpose))
    if len(people) < bergulir.group_size_min:
        return
    # six roles; with five eligible neighbours the "late_2" member is also the covered one
    roles = list(ROLES) if len(people) == len(ROLES) else [r for r in ROLES if r != "covered"]
    people = [(n, a, p, r) for (n, a, p), r in zip(people, roles, strict=True)]

    group = credit_demo.GroupPlan(KSM2_NAME, "Babakan Pindang", "001", tuple(n for n, *_ in people),
                                  leader=people[0][0], supervisors=(), meeting_day="Kamis",
                                  meeting_place="rumah Ibu Yuyun Yuningsih")
    formed = plan.applied - dt.timedelta(days=18)
    gid = credit_demo._form_group(db, group, ids, kind="ksm", formed=formed, actors=actors)
    lines = [credits.ApplicationLine(ids[n], a, p) for n, a, p, _ in people]
    app = credits.prepare_application(db, actor=petugas, group_id=gid, product_id=bergulir.id,
                                      lines=lines, instalments=KSM2_TERM, rate_bp=KSM2_RATE_BP,
                                      verification=credit_demo.VERIFIED, on_date=plan.applied).value
    credits.approve_application(db, actor=ketua, application_id=app.id, on_date=plan.applied,
                                note="Disetujui rapat pengurus UPK")
    credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="revolving")
    app = credits.disburse_application(db, actor=bendahara, application_id=app.id,
                                       on_date=plan.disbursed).value

    schedules = _meetings(db, app)
    credit_of = {c.member_id: c.id for c in app.credits}
    stop = {ids[n]: _oldest_unpaid(how, plan.due_dates, today) for n, _, _, how in people}
    leader = ids[people[0][0]]
    covered = next((ids[n] for n, *_, how in people if how == "covered"),
                   next(ids[n] for n, *_, how in people if how == "late_2"))
    for k, on in enumerate(plan.due_dates, start=1):
        if on > today:
            break
        entries = []
        for n, _, _, how in people:
            mid = ids[n]
            amount = schedules[credit_of[mid]][k - 1].amount
            if mid == covered and k == COVER_MEETING:
                entries.append(repayments.SheetEntry(member_id=mid, paid=0, present=False,
                                                     covers=((leader, amount),)))
            elif k - 1 < stop[mid]:
                entries.append(repayments.SheetEntry(member_id=mid, paid=amount))
            elif how == "late_2" and k - 1 == stop[mid]:
                # brought half of this month's instalment: the rest is in arrears
                entries.append(repayments.SheetEntry(member_id=mid, paid=amount // 2))
            else:
                entries.append(repayments.SheetEntry(member_id=mid, paid=0, present=k % 2 == 0))
        repayments.post_collection_sheet(db, actor=petugas, group_id=gid, meeting_date=on,
                                         entries=entries, note=f"Pertemuan bulanan ke-{k}")
        if k == COVER_MEETING:
            back = min(today, on + dt.timedelta(days=7))
            half = schedules[credit_of[covered]][k - 1].amount // 2
            repayments.settle_cover(db, actor=petugas, debtor_member_id=covered,
                                    coverer_member_id=leader, amount=half, on_date=back,
                                    note="Dikembalikan sebagian kepada ketua kelompok")


def demo_repayments(db: Database, system: Actor, *, today: dt.date | None = None) -> None:
    """Write the repayment book's demo (see the module doc)."""
    today = today or dt.date.today()
    actors = credit_demo._actors(db)
    ids = credit_demo._member_ids(db)
    _pilot(db, actors["petugas"], today)
    _sukamanah(db, actors["petugas"], ids, today)
    try:
        _babakan(db, actors, ids, today)
    except UserError as exc:  # pragma: no cover - the demo members changed under us
        raise RuntimeError(f"demo KSM {KSM2_NAME}: {exc.message}") from exc

