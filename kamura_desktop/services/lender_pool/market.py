"""Finding money for the credits: the marketplace, the group fact sheet, prospects.

:func:`credits_waiting_for_funds` lists the approved credits with what is funded so far;
:func:`group_fact_sheet` is what a lender reads before choosing a group (its members and
trades — never a NIK —, the purpose and amount asked, the funding so far, its earlier credit
rounds and their repayment record, its loan quality today); the prospects are the outside
investors the cooperative is talking to.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, CreditApplication
from kamura_desktop.db.models.lender import Prospect
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.schedule import build_schedule
from kamura_desktop.domain.text import clean_text
from kamura_desktop.dto.lender_pool import (  # re-exported: the fact sheet DTOs live in dto/
    FactSheetMember,
    GroupFactSheet,
    PastCycle,
)

from .. import audit, credits, groups, repayments
from ..actor import Actor
from ..changes import Changes, Outcome
from ..credit_products import holiday_set, product_in_session
from ..permissions import require
from .commitments import _fundings


def credits_waiting_for_funds(db: Database) -> list[tuple[int, str, str, int, int]]:
    """The marketplace: (credit id, credit number, group, principal, funded) of approved credits."""
    with db.read() as s:
        q = (select(Credit, BorrowerGroup.code)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .where(Credit.status == "approved").order_by(Credit.id))
        return [(c.id, c.number, code, c.principal, credits.funding_in_session(s, c)) for c, code in s.execute(q)]


def _past_cycle(s: Session, app: CreditApplication, product_name: str, standing: dict,
                as_of: dt.date) -> PastCycle:
    members = principal = total_due = due_so_far = paid = count = on_time = late = max_late = 0
    classes, statuses = [], set()
    for c in s.scalars(select(Credit).where(Credit.application_id == app.id).order_by(Credit.id)):
        members += 1
        principal += c.principal
        statuses.add(c.status)
        st = repayments.statement_in_session(s, c.id, as_of)
        total_due += st.total_due
        paid += st.paid
        for inst in st.instalments:
            count += 1
            if inst.due_date <= as_of:
                due_so_far += inst.amount
            if inst.paid_on is not None:
                days = (inst.paid_on - inst.due_date).days
                if days <= 0:
                    on_time += 1
                else:
                    late += 1
                    max_late = max(max_late, days)
            else:  # due and unpaid: late until today, or until the credit was written off
                until = c.closed_on if c.status == "written_off" and c.closed_on else as_of
                if inst.due_date < until:
                    late += 1
                    max_late = max(max_late, (until - inst.due_date).days)
        if c.id in standing:
            classes.append(standing[c.id].kolektibilitas)
    status = ("Dihapusbukukan" if "written_off" in statuses else
              "Berjalan" if "active" in statuses else "Lunas")
    return PastCycle(app.number, product_name, app.disbursed_on, members, principal, total_due, due_so_far,
                     paid, count, on_time, late, max_late, status, max(classes) if classes else None)


def group_fact_sheet(db: Database, application_id: int, *, as_of: dt.date | None = None) -> GroupFactSheet:
    """What a lender reads before choosing a group: its members and their trades (never a
    NIK), the purpose and the amount asked, how it is funded so far, the group's earlier
    credit rounds with their repayment record, and its loan quality today."""
    as_of = as_of or dt.date.today()
    with db.read() as s:
        app = s.get(CreditApplication, application_id)
        if app is None:
            raise NotFound(f"Pengajuan #{application_id} tidak ditemukan.")
        dto = credits.application_in_session(s, app.id)
        g = s.get(BorrowerGroup, app.group_id)
        group = groups.group_in_session(s, g.id)
        members = []
        for c in dto.credits:
            m = s.get(Member, c.member_id)
            before = credits._previous_cycles(s, m.id, app.product_id, before_application=app.id)
            members.append(FactSheetMember(
                name=m.name, sex=m.sex, trade=m.trade, kampung=m.kampung, rt=m.rt, member_since=m.joined_on,
                is_leader=m.id == g.leader_member_id, amount=c.principal, purpose=c.purpose,
                cycles_before=before, eligible=not c.eligibility))
        members.sort(key=lambda m: (not m.is_leader, m.name))
        funded = defaultdict(int)
        lenders = set()
        for c in dto.credits:
            for f in _fundings(s, c.id):
                funded[f.source] += f.amount
                if f.source == "lender":
                    lenders.add(f.lender_member_id)
        standing = {st.credit_id: st for st in repayments.standings_in_session(s, as_of)}
        past = []
        products = {}
        for earlier in s.scalars(select(CreditApplication).where(
                CreditApplication.group_id == g.id, CreditApplication.id != app.id,
                CreditApplication.status == "disbursed", CreditApplication.disbursed_on <= as_of)
                .order_by(CreditApplication.disbursed_on, CreditApplication.id)):
            if earlier.product_id not in products:
                products[earlier.product_id] = product_in_session(s, earlier.product_id).name
            past.append(_past_cycle(s, earlier, products[earlier.product_id], standing, as_of))
        running = [standing[c].kolektibilitas for c in s.scalars(
            select(Credit.id).join(CreditApplication, CreditApplication.id == Credit.application_id)
            .where(CreditApplication.group_id == g.id)) if c in standing]
        kol = max(running) if running else None
        schedule = build_schedule(credits.terms_for(app, members[0].amount), app.disbursed_on or as_of,
                                  holiday_set(s), skip_sundays=app.skip_sundays) if members else None
        label = repayments.rule_set(s).labels[kol - 1] if kol else None
        return GroupFactSheet(
            as_of=as_of, application_id=app.id, application_number=app.number,
            application_status=credits.APP_STATUS_LABELS[app.status], prepared_on=app.prepared_at.date(),
            group_code=g.code, group_name=g.name, group_kind=group.kind_label, formed_on=g.formed_on,
            kampung=g.kampung, rt=g.rt, rw=g.rw, meeting_day=g.meeting_day, meeting_place=g.meeting_place,
            leader_name=group.leader_name, supervisors=tuple(p.name for p in group.supervisors),
            product_name=dto.product_name, credit_kind=app.kind, instalments=app.instalments,
            frequency=app.frequency,
            instalment_amount=schedule.instalments[0].amount if schedule and schedule.instalments else 0,
            service_total=sum(c.service for c in dto.credits), package_items=dto.package_items,
            members=tuple(members), amount_asked=dto.total_principal, funded_own=funded["own"],
            funded_revolving=funded["revolving"], committed_lenders=funded["lender"], lenders=len(lenders),
            past_cycles=tuple(past), kolektibilitas=kol, kolektibilitas_label=label)


@dataclass(frozen=True)
class ProspectDTO:
    id: int
    name: str
    organisation: str | None
    contact: str | None
    interest: str | None
    status: str
    next_follow_up: dt.date | None


def save_prospect(db: Database, *, actor: Actor, prospect: ProspectDTO) -> Outcome[ProspectDTO]:
    require(actor, "prospects.edit")
    prospect = replace(
        prospect, name=clean_text(prospect.name, field="name", label="Nama calon investor") or "",
        organisation=clean_text(prospect.organisation, field="organisation", label="Lembaga"),
        contact=clean_text(prospect.contact, field="contact", label="Kontak", kind="place"),
        interest=clean_text(prospect.interest, field="interest", label="Minat", kind="reason"))
    if not prospect.name:
        raise UserError("Nama calon investor wajib diisi.", field="name")
    with db.write() as s:
        p = s.get(Prospect, prospect.id) if prospect.id else None
        if p is None:
            p = Prospect()
            s.add(p)
        for key in ("name", "organisation", "contact", "interest", "status", "next_follow_up"):
            setattr(p, key, getattr(prospect, key))
        p.updated_at = dt.datetime.now().replace(microsecond=0)
        s.flush()
        audit.record(s, actor, action="prospect.save", entity="prospect", entity_id=p.id,
                     summary=f"{p.name} ({p.status})")
        dto = ProspectDTO(p.id, p.name, p.organisation, p.contact, p.interest, p.status, p.next_follow_up)
    return Outcome(dto, Changes(lenders=True))


def list_prospects(db: Database) -> list[ProspectDTO]:
    with db.read() as s:
        return [ProspectDTO(p.id, p.name, p.organisation, p.contact, p.interest, p.status, p.next_follow_up)
                for p in s.scalars(select(Prospect).order_by(Prospect.next_follow_up, Prospect.name))]
