"""The repayment book's printouts and reports: pocket books, a group meeting's collection sheet
with its attendance list, the arrears report (PAR, kolektibilitas) and its Excel workbook.

The functions read through the repayment services (statements, standings) and fill the
dataclasses of :mod:`kamura_desktop.documents.pocket_book` and
:mod:`kamura_desktop.documents.collection_sheet`; nothing here writes to the database.

* :func:`pocket_books_pdf` — one booklet per credit (``credit_ids`` in the order given);
  a reprint shows the payments recorded so far. :func:`pocket_book_credit_ids` finds the
  credits of one credit number, a group or a disbursement date.
* :func:`collection_sheet_pdf` — the blank collection sheet and attendance list of a meeting;
  for a meeting already posted, the sheet as it was posted (amounts, covers, attendance).
* :func:`arrears_report` / :func:`arrears_xlsx` — every credit with money owed on a date,
  PAR_1/30/90 (whole principal outstanding of late loans ÷ gross principal outstanding) and
  counts, principal and provisions by kolektibilitas class under the office's rule set; the
  service still owed in a column of its own. The base is the balance sheet's receivable.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditProduct,
)
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain import kolektibilitas as kol
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.portfolio import (
    STANDARD_PAR_DAYS,
    AgingBucket,
    PnpmIndicators,
    Ratio,
    aging_by_kol,
    par_summary,
    pnpm_indicators,
)

from . import groups, repayments
from . import settings as settings_service
from .actor import Actor
from .permissions import require

if TYPE_CHECKING:
    from kamura_desktop.documents.collection_sheet import CollectionSheetDoc
    from kamura_desktop.documents.pocket_book import PocketBook

Progress = Generator[tuple[int, int], None, Path]


def _view(actor: Actor | None) -> None:
    if actor is not None:
        require(actor, "repayments.view")


# ------------------------------------------------------------------ pocket books

def _address(m: Member) -> str:
    """``Babakan Pindang RT 001/RW 008, Mekarmukti``."""
    rt_rw = f"RT {m.rt or '-'}/RW {m.rw or '-'}" if (m.rt or m.rw) else ""
    place = " ".join(x for x in (m.kampung or "", rt_rw) if x)
    return ", ".join(x for x in (place, m.desa or "") if x)


def pocket_book_in_session(s: Session, credit_id: int, as_of: dt.date) -> PocketBook:
    """The booklet of one disbursed credit, with the payments made by ``as_of``."""

    from kamura_desktop.documents.pocket_book import PocketBook, PocketBookLine

    c = s.get(Credit, credit_id)
    if c is None:
        raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
    rows = repayments.schedule_rows(s, c.id)
    if not rows:
        raise UserError(f"Kredit {c.number} belum dicairkan; buku saku dicetak setelah "
                        "pencairan.", field="credit", code="not_disbursed")
    app = s.get(CreditApplication, c.application_id)
    g = s.get(BorrowerGroup, app.group_id)
    m = s.get(Member, c.member_id)
    product = s.get(CreditProduct, app.product_id)
    leader = s.get(Member, g.leader_member_id) if g.leader_member_id else None
    pays = repayments.effective_payments(s, c.id, as_of)
    state = repayments.settled_state(rows, sum(p.amount for p in pays))
    paid = {p.no: p.amount_paid for p in state.paid}
    last_paid = _last_paid_dates(state.rows, [(p.on_date, p.amount) for p in pays])
    lines = tuple(PocketBookLine(r.no, r.due_date, r.amount_due, paid[r.no], last_paid.get(r.no))
                  for r in state.rows)
    closed = c.closed_on if c.status == "lunas" and state.outstanding == 0 else None
    return PocketBook(
        credit_number=c.number, member_number=m.number, member_name=m.name,
        member_address=_address(m), group_code=g.code, group_name=g.name,
        leader_name=leader.name if leader else None, meeting_day=g.meeting_day,
        meeting_place=g.meeting_place, product_name=product.name, in_kind=app.kind == "in_kind",
        principal=c.principal, service=sum(r.service_due for r in rows),
        instalments=len(rows), frequency=app.frequency, instalment_amount=rows[0].amount_due,
        disbursed_on=c.disbursed_on, cycle_no=c.cycle_no, late_fee=app.late_fee, lines=lines,
        as_of=as_of, status=c.status, closed_on=closed,
        package_items=tuple(json.loads(app.package_items or "[]")))


def _last_paid_dates(rows, payments: list[tuple[dt.date, int]]) -> dict[int, dt.date]:
    """{instalment no: date of the last payment that went into it}. Payments fill the
    instalments oldest first, so payment *k* covers the stretch of the schedule's running
    total between the sums paid before and after it."""
    out: dict[int, dt.date] = {}
    bounds, upto = [], 0
    for r in rows:
        bounds.append((upto, upto + r.amount_due, r.no))
        upto += r.amount_due
    done, i = 0, 0
    for on, amount in payments:
        start, done = done, done + amount
        while i < len(bounds) and bounds[i][1] <= start:
            i += 1
        j = i
        while j < len(bounds) and bounds[j][0] < done:
            out[bounds[j][2]] = on
            j += 1
    return out


def pocket_books(db: Database, credit_ids: Sequence[int], *,
                 as_of: dt.date | None = None) -> list[PocketBook]:
    """The booklets of ``credit_ids``, in that order."""
    as_of = as_of or dt.date.today()
    with db.read() as s:
        return [pocket_book_in_session(s, cid, as_of) for cid in credit_ids]


def find_credit_id(db: Database, number: str) -> int:
    """The id of the credit with this number (``KR-2024-0001``), any letter case."""
    with db.read() as s:
        cid = s.scalar(select(Credit.id).where(func.upper(Credit.number) == number.strip().upper()))
    if cid is None:
        raise NotFound(f"Kredit {number} tidak ditemukan.", field="credit")
    return cid


def pocket_book_credit_ids(db: Database, *, credit_number: str | None = None,
                           group_code: str | None = None,
                           disbursed_on: dt.date | None = None) -> list[int]:
    """The credits to print for exactly one of: a credit number; a group (its running
    credits, or those of its latest disbursement when none is running); a disbursement date
    (every credit disbursed that day). Ordered by group, then member name."""
    if sum(x is not None for x in (credit_number, group_code, disbursed_on)) != 1:
        raise UserError("Pilih satu: nomor kredit, kelompok, atau tanggal pencairan.",
                        field="selection")
    if credit_number is not None:
        return [find_credit_id(db, credit_number)]
    with db.read() as s:
        base = (select(Credit.id)
                .join(CreditApplication, CreditApplication.id == Credit.application_id)
                .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
                .join(Member, Member.id == Credit.member_id)
                .where(Credit.disbursed_on.is_not(None), Credit.status.in_(("active", "lunas")))
                .order_by(BorrowerGroup.code, Member.name, Credit.id))
        if disbursed_on is not None:
            ids = list(s.scalars(base.where(Credit.disbursed_on == disbursed_on)))
            if not ids:
                raise NotFound(f"Tidak ada kredit yang dicairkan pada {format_date_id(disbursed_on)}.",
                               field="disbursed_on")
            return ids
        g = s.scalar(select(BorrowerGroup).where(func.upper(BorrowerGroup.code) == group_code.strip().upper()))
        if g is None:
            raise NotFound(f"Kelompok {group_code} tidak ditemukan.", field="group")
        in_group = base.where(CreditApplication.group_id == g.id)
        ids = list(s.scalars(in_group.where(Credit.status == "active")))
        if ids:
            return ids
        latest = s.scalar(select(func.max(CreditApplication.disbursed_on))
                          .where(CreditApplication.group_id == g.id))
        if latest is None:
            raise NotFound(f"Kelompok {g.code} belum punya kredit yang dicairkan.", field="group")
        return list(s.scalars(in_group.where(Credit.disbursed_on == latest)))


def pocket_books_steps(db: Database, *, credit_ids: Sequence[int], path: Path | str,
                       layout: str | None = None, as_of: dt.date | None = None,
                       actor: Actor | None = None) -> Progress:
    """:func:`pocket_books_pdf` as a generator of ``(done, total)`` for a progress bar."""

    from kamura_desktop.documents.pocket_book import (
        DEFAULT_LAYOUT,
        LAYOUTS,
        build_pocket_books_steps,
    )

    _view(actor)
    layout = DEFAULT_LAYOUT if layout is None else layout
    if layout not in LAYOUTS:
        raise UserError(f"Tata letak buku saku '{layout}' tidak dikenal; pilih "
                        f"{' atau '.join(LAYOUTS)}.", field="layout")
    if not credit_ids:
        raise UserError("Belum ada kredit yang dipilih untuk dicetak.", field="credit")
    books = pocket_books(db, credit_ids, as_of=as_of)
    profile = settings_service.get_profile(db)
    return (yield from build_pocket_books_steps(path, profile=profile, books=books, layout=layout))


def pocket_books_pdf(db: Database, *, credit_ids: Sequence[int], path: Path | str,
                     layout: str | None = None, as_of: dt.date | None = None,
                     actor: Actor | None = None) -> Path:
    """Print the pocket books of ``credit_ids`` into one PDF: ``layout`` 'a6_4up' (None, the
    default: four A6 panels on each A4 sheet, one sheet per borrower) or 'a5_2up'."""
    steps = pocket_books_steps(db, credit_ids=credit_ids, path=path, layout=layout, as_of=as_of,
                               actor=actor)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


# ------------------------------------------------------------------ collection sheet

def collection_sheet_doc(db: Database, *, group_id: int, meeting_date: dt.date) -> CollectionSheetDoc:
    from kamura_desktop.documents.collection_sheet import CollectionSheetDoc, SheetRow

    sheet = (repayments.posted_collection_sheet(db, group_id=group_id, meeting_date=meeting_date)
             or repayments.open_collection_sheet(db, group_id=group_id, meeting_date=meeting_date))
    group = groups.get_group(db, group_id)
    rows = tuple(SheetRow(ln.member_number, ln.member_name, ln.credit_number, ln.due_today,
                          ln.overdue, ln.outstanding, ln.cover_debt, paid=ln.posted_paid,
                          covers=tuple((c.coverer_name, c.amount) for c in ln.posted_covers),
                          present=ln.present, reversed_since=ln.reversed_since)
                 for ln in sheet.lines)
    return CollectionSheetDoc(
        group_code=group.code, group_name=group.name, group_kind=group.kind_label,
        meeting_date=meeting_date, meeting_place=group.meeting_place,
        leader_name=None if group.leader_name == "-" else group.leader_name,
        supervisors=tuple(p.name for p in group.supervisors), rows=rows,
        already_posted=sheet.already_posted)


def collection_sheet_pdf(db: Database, *, group_id: int, meeting_date: dt.date, path: Path | str,
                         actor: Actor | None = None) -> Path:
    """Print the blank collection sheet and the attendance list of a group meeting (a posted
    meeting's sheet is reprinted as posted)."""

    from kamura_desktop.documents.collection_sheet import build_collection_sheet

    _view(actor)
    doc = collection_sheet_doc(db, group_id=group_id, meeting_date=meeting_date)
    return build_collection_sheet(path, profile=settings_service.get_profile(db), sheet=doc,
                                  clerk_name=actor.full_name if actor and actor.user_id else None)


# ------------------------------------------------------------------ arrears

@dataclass(frozen=True)
class ArrearsReport:
    """The loan book on one date: every credit still owing, PAR and the classes, all on the
    principal still owed (the balance sheet's receivable); the service owed beside it."""

    as_of: dt.date
    rule_set: kol.KolektibilitasRuleSet
    standings: tuple[repayments.LoanStanding, ...]
    par: dict[int, Ratio]
    by_kol: tuple[AgingBucket, ...]
    pnpm: PnpmIndicators

    @property
    def outstanding(self) -> int:
        """Gross principal outstanding: PAR's denominator, the receivable."""
        return sum(st.principal_outstanding for st in self.standings)

    @property
    def service_outstanding(self) -> int:
        return sum(st.service_outstanding for st in self.standings)

    @property
    def provision(self) -> int:
        return sum(b.provision for b in self.by_kol)

    def to_dict(self) -> dict:
        """Plain JSON-able form (``kamura report arrears --json``)."""
        return {
            "as_of": self.as_of.isoformat(),
            "rule_set": self.rule_set.code,
            "rule_set_name": self.rule_set.name,
            "credits": len(self.standings),
            "basis": "principal",
            "outstanding": self.outstanding,
            "service_outstanding": self.service_outstanding,
            "par": {f"par_{d}": {"at_risk": r.numerator, "outstanding": r.denominator,
                                 "percent": str(r.percent), "defined": r.defined}
                    for d, r in self.par.items()},
            "kolektibilitas": [{"kol": int(b.key), "label": b.label, "count": b.count,
                                "outstanding": b.outstanding, "percent": str(b.share.percent),
                                "service_outstanding": b.service_outstanding,
                                "provision": b.provision} for b in self.by_kol],
            "pnpm": {"lar": str(self.pnpm.lar.percent), "par": str(self.pnpm.par.percent),
                     "rr": str(self.pnpm.rr.percent)},
        }


def arrears_report(db: Database, *, as_of: dt.date | None = None,
                   actor: Actor | None = None) -> ArrearsReport:
    _view(actor)
    as_of = as_of or dt.date.today()
    with db.read() as s:
        rs = repayments.rule_set(s)
        standings = repayments.standings_in_session(s, as_of)
    positions = [st.position() for st in standings]
    return ArrearsReport(as_of=as_of, rule_set=rs, standings=tuple(standings),
                         par=par_summary(positions, STANDARD_PAR_DAYS),
                         by_kol=tuple(aging_by_kol(positions, rs)), pnpm=pnpm_indicators(positions))


def arrears_xlsx(db: Database, *, as_of: dt.date | None = None, path: Path | str,
                 actor: Actor | None = None) -> Path:
    """Write the arrears workbook (every credit owing on ``as_of`` and a summary sheet)."""

    from kamura_desktop.documents.collection_sheet import (
        ArrearsDoc,
        ArrearsRow,
        KolBucket,
        ParLine,
        write_arrears_workbook,
    )

    report = arrears_report(db, as_of=as_of, actor=actor)
    as_of = report.as_of
    ids = [st.credit_id for st in report.standings]
    with db.read() as s:
        members = dict(s.execute(select(Credit.id, Member.number).join(Member, Member.id == Credit.member_id)
                                 .where(Credit.id.in_(ids))).all()) if ids else {}
        disbursed = dict(s.execute(select(Credit.id, Credit.disbursed_on).where(Credit.id.in_(ids))).all()) \
            if ids else {}
        last_paid = _last_payments(s, ids, as_of)
    rs = report.rule_set
    rows = []
    for st in sorted(report.standings, key=lambda x: (-x.kolektibilitas, -x.days_past_due, x.group_code,
                                                      x.member_name)):
        rows.append(ArrearsRow(
            credit_number=st.number, group_code=st.group_code, leader_name=st.leader_name,
            member_number=members.get(st.credit_id, ""), member_name=st.member_name, phone=st.phone,
            product_code=st.product_code, disbursed_on=disbursed.get(st.credit_id),
            outstanding=st.principal_outstanding, service_outstanding=st.service_outstanding,
            days_past_due=st.days_past_due,
            instalments_in_arrears=st.instalments_in_arrears,
            oldest_due=as_of - dt.timedelta(days=st.days_past_due) if st.days_past_due else None,
            last_payment_on=last_paid.get(st.credit_id), kolektibilitas=st.kolektibilitas,
            kol_label=rs.labels[st.kolektibilitas - 1], provision_bp=st.provision_bp,
            provision=st.provision, provision_base=st.own_risk_principal))
    doc = ArrearsDoc(
        as_of=as_of, rule_set_name=rs.name, cooperative=settings_service.get_profile(db).name,
        rows=tuple(rows),
        par=tuple(ParLine(d, r.numerator, r.denominator) for d, r in report.par.items()),
        buckets=tuple(KolBucket(int(b.key), b.label, b.count, b.outstanding,
                                rs.provisions_bp[int(b.key) - 1], b.provision, b.service_outstanding)
                      for b in report.by_kol))
    return write_arrears_workbook(path, doc)


def _last_payments(s: Session, credit_ids: list[int], as_of: dt.date) -> dict[int, dt.date]:
    """The day of each credit's latest payment counted on ``as_of`` (reversals excluded)."""
    if not credit_ids:
        return {}
    reversed_by_then = select(Repayment.reversal_of_id).where(Repayment.reversal_of_id.is_not(None),
                                                              Repayment.on_date <= as_of)
    q = (select(Repayment.credit_id, func.max(Repayment.on_date))
         .where(Repayment.credit_id.in_(credit_ids), Repayment.reversal_of_id.is_(None),
                Repayment.on_date <= as_of, Repayment.id.not_in(reversed_by_then))
         .group_by(Repayment.credit_id))
    return dict(s.execute(q).all())
