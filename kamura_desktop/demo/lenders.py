"""Demo step of the lender pool: the lenders of RW 08, a pilot cycle they fund, the revolving
fund's capital and the board's potential investors.

Runs after the credit and repayment books' demo steps (it imports both, so their steps are
in ``DEMO_STEPS`` before this one), and writes through the services as the demo users:

* **lenders** — the members of RW 08 with the larger sukarela balances (``lender=True`` in
  :data:`demo_members.DEMO_MEMBERS`) register as lenders at the pilot's socialisation meeting
  (:data:`credit.SOCIALISATION_MEETING`, 7 March 2024, three weeks before the first
  application; a lender who joined later registers on the day of joining; the clerk records
  the KTP/KK copies they hand in), each with the trades they want to fund and some with a
  limit per group;
* **a fourth Paket Usaha cycle funded by lenders** — the credit book's demo funds the pilot's
  three cycles from the cooperative's own money before disbursing them (it offers no moment to
  commit lenders in between), so after the third cycle the three peer groups apply once more,
  on the last working day of the next month (Saturday 29 June 2024), and this time the
  lenders fund them: several lenders on each credit (10.000 + 10.000 + 5.000 on a Rp25.000
  package, 12.500 + 12.500, or three lenders and the rest from own funds). The packages are
  bought the working day before and handed over the same day, repaid in six daily instalments
  through the collection sheet, and every instalment flows back to the lenders' sukarela with
  their share of the service;
* **a round still running** — Silih Asih applies again at the latest month end, about two
  weeks or more before today, on which all five may apply; its two lenders fund it, and one
  member stops paying after two instalments, so part of the lenders' money is in arrears
  today (kolektibilitas on their statements);
* **the revolving fund's grants** — Rp40.000.000 (2011) and Rp24.000.000 (2014) through
  :func:`lender_pool.receive_capital`, unless an earlier step has already booked a grant to
  Modal Dana Bergulir in that year (the credit book's demo books them as journal entries;
  they are not booked twice), and capital from the village government;
* **potential investors** the board follows up.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, CreditApplication, CreditProduct
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.workdays import next_working_day, previous_working_day
from kamura_desktop.services import credit_products, credits, lender_pool, membership, repayments
from kamura_desktop.services.actor import Actor

from . import credit as credit_demo
from . import members as members_demo

PINDANG = members_demo.PINDANG
#: lender -> (trades they want to fund, limit per group or None)
PREFERENCES = {
    "H. Ujang Suryana": ((PINDANG, "Pedagang pindang"), None),
    "Euis Komariah": ((PINDANG, "Konveksi"), 62_500),
    "Dede Supriatna": ((PINDANG,), None),
    "Ai Nurjanah": ((PINDANG,), None),
    "Wawan Setiawan": ((PINDANG, "Kasur"), None),
    "Lilis Suryani": ((PINDANG, "Wajik"), 62_500),
    "Jajang Nurjaman": ((PINDANG,), 50_000),
    "Heni Handayani": ((), None),
    "Deden Sopandi": ((PINDANG,), 25_000),
    "Euis Sartika": ((PINDANG,), None),
}
#: the fourth cycle: per group, the lenders of each Rp25.000 credit (the rest: own funds)
CYCLE4_FUNDING = {
    "Sauyunan": (("Ai Nurjanah", 10_000), ("H. Ujang Suryana", 10_000), ("Jajang Nurjaman", 5_000)),
    "Silih Asih": (("Lilis Suryani", 12_500), ("Wawan Setiawan", 12_500)),
    "Mekar Rahayu": (("Euis Sartika", 10_000), ("Dede Supriatna", 5_000), ("Deden Sopandi", 5_000)),
}
RUNNING_GROUP = "Silih Asih"  # its fifth round is still running today
RUNNING_LATE = "Onah Juhanah"  # who stopped paying after two instalments
GRANTS = (
    (dt.date(2011, 12, 15), 40_000_000, "PNPM Mandiri Perkotaan",
     "Hibah dana bergulir 2011 untuk UPK (BLM PNPM Mandiri Perkotaan)"),
    (dt.date(2014, 10, 20), 24_000_000, "Program P2KP/KOTAKU", "Hibah dana bergulir 2014 untuk UPK"),
)
VILLAGE_CAPITAL = (5_000_000, "Pemerintah Desa Mekarmukti",
                   "Penyertaan modal Dana Desa untuk pengembangan program I-P2P")
PROSPECTS = (
    ("Dinas Koperasi dan UKM Kab. Bandung Barat", "Bidang Pembiayaan", "Kantor Dinas, Ngamprah",
     "Dana bergulir LPDB untuk koperasi simpan pinjam", "dihubungi"),
    ("H. Dadang Sumarna", "Pengusaha ikan pindang, Cihampelas", "0812-2300-4411",
     "Menjadi lender untuk kelompok pindang; minta laporan pengembalian", "tertarik"),
    ("BUMDes Mekar Mukti", "Badan Usaha Milik Desa", "Kantor Desa Mekarmukti",
     "Penyertaan modal bersama Pemerintah Desa", "baru"),
)


def _register_lenders(db: Database, actor: Actor, ids: dict[str, int], on: dt.date) -> dict[str, int]:
    """Register every demo lender who meets the requirements, on ``on`` or on the day they
    joined if that is later; {name: member id} of those."""
    registered = {}
    for p in members_demo.DEMO_MEMBERS:
        if not p.lender or p.name not in ids:
            continue
        trades, limit = PREFERENCES.get(p.name, ((), None))
        credit_demo._ensure_documents(db, actor, ids[p.name])  # copies handed in at registration
        joined = membership.get_member(db, ids[p.name]).joined_on
        try:
            lender_pool.register_lender(db, actor=actor, member_id=ids[p.name], preferred_trades=list(trades),
                                        max_per_group=limit, on_date=max(on, joined))
        except UserError:
            continue  # not (yet) a qualified lender: the demo goes on without them
        registered[p.name] = ids[p.name]
    return registered


def _pilot_applications(db: Database) -> list[tuple[int, str, dt.date, dt.date]]:
    """(group id, group name, application date, disbursement date) of the pilot's Paket Usaha
    applications, oldest first."""
    with db.read() as s:
        rows = s.execute(select(BorrowerGroup.id, BorrowerGroup.name, CreditApplication.prepared_at,
                                CreditApplication.disbursed_on)
                         .join(CreditApplication, CreditApplication.group_id == BorrowerGroup.id)
                         .join(CreditProduct, CreditProduct.id == CreditApplication.product_id)
                         .where(CreditProduct.code == "PAKET", CreditApplication.status == "disbursed")
                         .order_by(CreditApplication.disbursed_on, CreditApplication.id)).all()
    return [(gid, name, prepared.date(), disbursed) for gid, name, prepared, disbursed in rows]


def _fourth_cycle(db: Database, actors: dict[str, Actor], ids: dict[str, int], lenders: dict[str, int],
                  pilot: list[tuple[int, str, dt.date, dt.date]], today: dt.date) -> None:
    petugas, bendahara, ketua = actors["petugas"], actors["bendahara"], actors["ketua"]
    with db.read() as s:
        holidays = credit_products.holiday_set(s)
    last = max(d for *_, d in pilot)
    # like the pilot's cycles: applied for, approved and handed over on the last working day
    # of the month after the last hand-over
    year, month = (last.year + 1, 1) if last.month == 12 else (last.year, last.month + 1)
    applied = disbursed = credit_demo._month_end_workday(year, month, holidays)
    if disbursed + dt.timedelta(days=10) > today:
        return  # the pilot ran too recently: no room for a fourth cycle yet
    paket = credit_products.product_by_code(db, "PAKET")
    plans = {p.name: p for p in credit_demo.PEER_GROUPS}
    group_ids = {name: gid for gid, name, *_ in pilot if name in plans}
    apps = []
    for k, (name, gid) in enumerate(group_ids.items()):
        lines = [credits.ApplicationLine(ids[n], paket.amount_min, "Paket usaha pindang, siklus 4")
                 for n in plans[name].members]
        app = credits.prepare_application(db, actor=petugas, group_id=gid, product_id=paket.id, lines=lines,
                                          verification=credit_demo.VERIFIED, on_date=applied).value
        try:
            app = credits.approve_application(db, actor=ketua if k % 2 else bendahara, application_id=app.id,
                                              on_date=applied, note="Siklus 4 didanai lender").value
        except UserError:
            credits.cancel_application(db, actor=petugas, application_id=app.id,
                                       reason="Ada anggota yang belum memenuhi syarat")
            continue
        for c in app.credits:
            for lender, amount in CYCLE4_FUNDING.get(name, ()):
                if lender in lenders:
                    try:
                        lender_pool.commit_funds(db, actor=bendahara, lender_member_id=lenders[lender],
                                                 credit_id=c.id, amount=amount)
                    except UserError:
                        continue  # over their limit or balance: own funds fill the gap
        credits.allow_gap_funding(db, actor=ketua, application_id=app.id)  # the chair allows it
        credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="own")
        apps.append(app)
    if not apps:
        return
    count = sum(len(a.credits) for a in apps)
    credit_demo._buy_packages(db, bendahara, on=previous_working_day(disbursed, holidays), count=count,
                              value=paket.amount_min, cycle=4)
    done = [credits.disburse_application(db, actor=bendahara, application_id=a.id, on_date=disbursed).value
            for a in apps]
    credit_demo._collect_cycle(db, petugas, done)


def _latest_month_end(db: Database, member_ids: list[int], product_id: int, latest: dt.date,
                      holidays: frozenset[dt.date], months: int = 12) -> dt.date | None:
    """The latest month-end working day on or before ``latest`` on which every member may
    apply (membership, savings, no open credit), looking back ``months`` months."""
    year, month = latest.year, latest.month
    for _ in range(months):
        day = credit_demo._month_end_workday(year, month, holidays)
        if day <= latest and all(credits.member_eligibility(db, member_id=m, product_id=product_id,
                                                            as_of=day).eligible for m in member_ids):
            return day
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _running_cycle(db: Database, actors: dict[str, Actor], ids: dict[str, int], lenders: dict[str, int],
                   today: dt.date) -> None:
    """A fifth Paket Usaha round for Silih Asih a few weeks ago, funded by two lenders: still
    running today, because one member stopped paying after two instalments and the group did
    not cover for her — her credit is in arrears, and so is that part of the lenders' money."""
    petugas, bendahara = actors["petugas"], actors["bendahara"]
    plan = next(p for p in credit_demo.PEER_GROUPS if p.name == RUNNING_GROUP)
    with db.read() as s:
        holidays = credit_products.holiday_set(s)
        gid = s.scalar(select(BorrowerGroup.id).where(BorrowerGroup.name == plan.name))
    if gid is None or any(n not in ids for n in plan.members):
        return
    paket = credit_products.product_by_code(db, "PAKET")
    members = [ids[n] for n in plan.members]
    applied = _latest_month_end(db, members, paket.id, today - dt.timedelta(days=12), holidays)
    if applied is None:
        return
    lines = [credits.ApplicationLine(m, paket.amount_min, "Paket usaha pindang, siklus 5") for m in members]
    app = credits.prepare_application(db, actor=petugas, group_id=gid, product_id=paket.id, lines=lines,
                                      verification=credit_demo.VERIFIED, on_date=applied).value
    app = credits.approve_application(db, actor=actors["ketua"], application_id=app.id, on_date=applied).value
    for c in app.credits:
        for lender, amount in CYCLE4_FUNDING[plan.name]:
            if lender in lenders:
                lender_pool.commit_funds(db, actor=bendahara, lender_member_id=lenders[lender], credit_id=c.id,
                                         amount=amount)
    credits.allow_gap_funding(db, actor=actors["ketua"], application_id=app.id)
    credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="own")
    disbursed = next_working_day(applied, holidays)
    credit_demo._buy_packages(db, bendahara, on=applied, count=len(members), value=paket.amount_min, cycle=5)
    app = credits.disburse_application(db, actor=bendahara, application_id=app.id, on_date=disbursed).value
    late = ids[RUNNING_LATE]
    by_date: dict[dt.date, list] = {}
    for c in app.credits:
        for line in credits.schedule_of(db, c.id):
            if line.due_date > today:
                continue
            stops = c.member_id == late and line.no > 2
            by_date.setdefault(line.due_date, []).append(
                repayments.SheetEntry(member_id=c.member_id, paid=0 if stops else line.amount, present=not stops))
    for on, entries in sorted(by_date.items()):
        repayments.post_collection_sheet(db, actor=petugas, group_id=gid, meeting_date=on, entries=entries,
                                         note="Setoran harian ketua kelompok")


def _capital(db: Database, bendahara: Actor, today: dt.date) -> None:
    booked = {g.on_date.year for g in lender_pool.revolving_fund_grants(db) if g.amount > 0}
    for on, amount, giver, note in GRANTS:
        if on.year not in booked:
            lender_pool.receive_capital(db, actor=bendahara, fund="revolving", giver=giver, on_date=on,
                                        amount=amount, note=note)
    amount, giver, note = VILLAGE_CAPITAL
    on = dt.date(today.year, 1, 15) if today >= dt.date(today.year, 1, 15) else dt.date(today.year - 1, 1, 15)
    lender_pool.receive_capital(db, actor=bendahara, fund="stakeholder", giver=giver, on_date=on, amount=amount,
                                note=note)


def demo_lenders(db: Database, system: Actor, *, today: dt.date | None = None) -> None:
    """Write the lender pool's demo (see the module doc)."""
    today = today or dt.date.today()
    actors = credit_demo._actors(db)
    ids = credit_demo._member_ids(db)
    pilot = _pilot_applications(db)
    # at the pilot's socialisation meeting, three weeks before its first application
    registered_on = credit_demo.SOCIALISATION_MEETING if pilot else today
    lenders = _register_lenders(db, actors["petugas"], ids, min(registered_on, today))
    if pilot and lenders:
        _fourth_cycle(db, actors, ids, lenders, pilot, today)
        _running_cycle(db, actors, ids, lenders, today)
    _capital(db, actors["bendahara"], today)
    for name, organisation, contact, interest, status in PROSPECTS:
        lender_pool.save_prospect(db, actor=actors["ketua"], prospect=lender_pool.ProspectDTO(
            id=0, name=name, organisation=organisation, contact=contact, interest=interest, status=status,
            next_follow_up=today + dt.timedelta(days=14)))

