"""Group credit lifecycle with maker-checker:

prepare (clerk) → automatic eligibility per member + verification checklist → approve or
reject (treasurer or chair; never the person who prepared it) → funding (own funds,
revolving fund or lenders; the fundings must sum to each credit's principal) →
disbursement on a date (cash out of Kas, or the package out of the goods stock; balanced
ledger entries) → active credits with their schedules and loan-cycle numbers.
An application can be cancelled before disbursement; nothing is deleted.

Disbursement postings (Dr / Cr): per credit, Piutang Pinjaman Anggota (or Piutang Dana
Bergulir for the part the revolving fund pays) / Kas (cash) or Persediaan Paket Usaha
(in-kind, at the package's value); for the parts lenders fund, Simpanan Sukarela / Dana
Lender Tersalur — the lenders' sukarela is what pays, exactly as in the pilot.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditFunding,
    CreditProduct,
    GroupMember,
    ScheduleLine,
)
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.eligibility import (
    EligibilityResult,
    Failure,
    MemberFacts,
    check_eligibility,
)
from kamura_desktop.domain.errors import FieldProblems, NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.schedule import ProductTerms, Schedule, build_schedule
from kamura_desktop.domain.text import clean_text

from . import audit, events, ledger, savings
from .actor import Actor
from .changes import Changes, Outcome
from .credit_products import holiday_set, product_in_session
from .numbering import next_number
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "credits.view": (ALL, "melihat kredit"),
    "credits.prepare": (frozenset({"petugas", "bendahara", "ketua"}), "menyiapkan pengajuan kredit"),
    "credits.approve": (frozenset({"bendahara", "ketua"}), "menyetujui atau menolak pengajuan kredit"),
    "credits.fund": (frozenset({"bendahara", "ketua"}), "mencatat sumber dana kredit"),
    "credits.disburse": (frozenset({"bendahara"}), "mencairkan kredit"),
    "credits.cancel": (frozenset({"petugas", "bendahara", "ketua"}), "membatalkan pengajuan kredit"),
    "credits.allow_gap": (frozenset({"ketua"}),
                          "mengizinkan modal sendiri atau dana bergulir menutup kekurangan dana lender"),
})

STATUS_LABELS = {"applied": "Diajukan", "approved": "Disetujui", "rejected": "Ditolak",
                 "cancelled": "Dibatalkan", "active": "Berjalan", "lunas": "Lunas",
                 "written_off": "Dihapusbukukan"}
APP_STATUS_LABELS = {"submitted": "Menunggu persetujuan", "approved": "Disetujui",
                     "rejected": "Ditolak", "cancelled": "Dibatalkan", "disbursed": "Dicairkan"}
SOURCE_LABELS = {"own": "Modal sendiri", "revolving": "Dana bergulir", "lender": "Lender"}
VERIFICATION_ITEMS = ("Fotokopi KTP", "Fotokopi KK", "Pernyataan komitmen ditandatangani",
                      "Buku saku diserahkan", "Kunjungan ke tempat usaha")


@dataclass(frozen=True)
class ApplicationLine:
    member_id: int
    amount: int
    purpose: str | None = None


@dataclass(frozen=True)
class CreditDTO:
    id: int
    number: str
    application_id: int
    application_number: str
    group_id: int
    group_code: str
    group_name: str
    member_id: int
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    kind: str
    principal: int
    service: int
    purpose: str | None
    cycle_no: int | None
    status: str
    disbursed_on: dt.date | None
    eligibility: tuple[str, ...]
    funded: int
    instalments: int
    frequency: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def total(self) -> int:
        return self.principal + self.service


@dataclass(frozen=True)
class ApplicationDTO:
    id: int
    number: str
    group_id: int
    group_code: str
    group_name: str
    product_id: int
    product_name: str
    status: str
    kind: str
    instalments: int
    frequency: str
    service_mode: str
    rate_bp: int
    service_fixed: int
    package_items: tuple[str, ...]
    verification: dict
    prepared_by_id: int | None
    prepared_by_name: str
    prepared_at: dt.datetime
    decided_by_name: str | None
    decision_reason: str | None
    disbursed_on: dt.date | None
    credits: tuple[CreditDTO, ...]

    @property
    def total_principal(self) -> int:
        return sum(c.principal for c in self.credits)

    @property
    def all_eligible(self) -> bool:
        return all(not c.eligibility for c in self.credits)

    @property
    def status_label(self) -> str:
        return APP_STATUS_LABELS[self.status]


# ------------------------------------------------------------------ terms and eligibility

def terms_for(app: CreditApplication, principal: int) -> ProductTerms:
    return ProductTerms(principal=principal, instalments=app.instalments, frequency=app.frequency,
                        service_mode=app.service_mode, rate_per_month_bp=app.rate_bp,
                        service_fixed=app.service_fixed, rounding_increment=app.rounding_increment,
                        rounding_mode=app.rounding_mode)


def preview_schedule(db: Database, *, product_id: int, principal: int, instalments: int | None = None,
                     rate_bp: int | None = None, on_date: dt.date | None = None) -> Schedule:
    """The schedule a credit would get if disbursed on ``on_date`` (for the application form)."""
    with db.read() as s:
        p = product_in_session(s, product_id)
        terms = ProductTerms(principal=principal, instalments=instalments or p.instalments_min,
                             frequency=p.frequency, service_mode=p.service_mode,
                             rate_per_month_bp=(rate_bp if rate_bp is not None else p.rate_bp_min)
                             if p.service_mode == "flat_percent" else 0,
                             service_fixed=p.service_fixed if p.service_mode == "fixed" else 0,
                             rounding_increment=p.rounding_increment, rounding_mode=p.rounding_mode)
        return build_schedule(terms, on_date or dt.date.today(), holiday_set(s),
                              skip_sundays=p.skip_sundays)


def _previous_cycles(s: Session, member_id: int, product_id: int, *, exclude_credit: int | None = None,
                     before_application: int | None = None) -> int:
    q = (select(func.count(Credit.id)).join(CreditApplication, CreditApplication.id == Credit.application_id)
         .where(Credit.member_id == member_id, CreditApplication.product_id == product_id,
                Credit.status.in_(("active", "lunas", "written_off"))))
    if exclude_credit:
        q = q.where(Credit.id != exclude_credit)
    if before_application:
        q = q.where(Credit.application_id < before_application)
    return s.scalar(q) or 0


def _previous_cycles_of(s: Session, member_ids: list[int], product_id: int, *,
                        before_application: int | None = None) -> dict[int, int]:
    """:func:`_previous_cycles` of several members in one statement ({member id: count},
    a member without any absent)."""
    q = (select(Credit.member_id, func.count(Credit.id))
         .join(CreditApplication, CreditApplication.id == Credit.application_id)
         .where(Credit.member_id.in_(member_ids), CreditApplication.product_id == product_id,
                Credit.status.in_(("active", "lunas", "written_off")))
         .group_by(Credit.member_id))
    if before_application:
        q = q.where(Credit.application_id < before_application)
    return {member_id: int(n) for member_id, n in s.execute(q)}


def _open_credit_numbers(s: Session, member_ids: list[int], *, as_of: dt.date,
                         before_application: int | None = None) -> dict[int, str]:
    """:func:`open_credit_number` of several members in one statement ({member id: the
    number of the first such credit by id}, a member without one absent)."""
    last_due = (select(func.max(ScheduleLine.due_date)).where(ScheduleLine.credit_id == Credit.id)
                .scalar_subquery())
    q = (select(Credit.member_id, Credit.number)
         .where(Credit.member_id.in_(member_ids),
                or_(Credit.status.in_(("applied", "approved")),
                    and_(Credit.status == "active", last_due >= as_of)))
         .order_by(Credit.id))
    if before_application:
        q = q.where(Credit.application_id < before_application)
    found: dict[int, str] = {}
    for member_id, number in s.execute(q):
        found.setdefault(member_id, number)
    return found


def open_credit_number(s: Session, member_id: int, *, as_of: dt.date,
                       before_application: int | None = None) -> str | None:
    """The member's credit that is still open on ``as_of``: applied or approved, or active with
    an instalment falling due on or after ``as_of``. An active credit whose last instalment
    fell due before ``as_of`` no longer counts as *open*: if it is still unpaid, the arrears
    rule (``events.MemberOverdue``, the repayment book) refuses the new credit instead. This keeps
    back-dated entry of successive cycles possible (the pilot's three cycles).
    ``before_application``: only credits of earlier applications count."""
    last_due = (select(func.max(ScheduleLine.due_date)).where(ScheduleLine.credit_id == Credit.id)
                .scalar_subquery())
    q = (select(Credit.number)
         .where(Credit.member_id == member_id,
                or_(Credit.status.in_(("applied", "approved")),
                    and_(Credit.status == "active", last_due >= as_of)))
         .order_by(Credit.id).limit(1))
    if before_application:
        q = q.where(Credit.application_id < before_application)
    return s.scalar(q)


def eligibility_in_session(s: Session, member_id: int, product_id: int, *, as_of: dt.date,
                           amount: int | None, before_application: int | None = None) -> EligibilityResult:
    """The member's eligibility for the product on ``as_of``. ``before_application``: judge an
    existing application (approval, its printed form): only credits of earlier applications
    count as open credits or previous cycles — not its own, nor later ones (first come,
    first served)."""
    return eligibility_of_members(s, product_id, [(member_id, amount)], as_of=as_of,
                                  before_application=before_application)[0]


def eligibility_of_members(s: Session, product_id: int, asked: list[tuple[int, int | None]], *,
                           as_of: dt.date, before_application: int | None = None
                           ) -> list[EligibilityResult]:
    """:func:`eligibility_in_session` of each (member id, amount) of ``asked`` (different
    members), in that order: the savings, the holds, the previous cycles and the open credits
    of all of them read in one statement each, not one per member (a group's application)."""
    p = product_in_session(s, product_id)
    member_ids = [member_id for member_id, _ in asked]
    members = savings.members_by_id(s, member_ids)
    balances = savings.balances_of_members(s, member_ids, as_of=as_of)
    cycles = _previous_cycles_of(s, member_ids, product_id, before_application=before_application)
    open_credits = _open_credit_numbers(s, member_ids, as_of=as_of,
                                        before_application=before_application)
    results = []
    for m, (member_id, amount) in zip(members, asked, strict=True):
        bal = balances[member_id]
        overdue = sum(events.ask(s, events.MemberOverdue(member_id, as_of)))
        facts = MemberFacts(name=m.name, status=m.status, joined_on=m.joined_on,
                            pokok_outstanding=bal.pokok_outstanding, wajib_arrears=bal.wajib_arrears,
                            ktp_on_file=m.ktp_on_file, kk_on_file=m.kk_on_file, trade=m.trade,
                            overdue_other_credit=overdue,
                            previous_cycles=cycles.get(member_id, 0))
        result = check_eligibility(p.eligibility, facts, as_of=as_of, amount=amount or p.amount_min,
                                   max_cycles=p.max_cycles, first_loan_max=p.first_loan_max)
        # an open credit (applied, approved or running) from any product blocks a new one
        open_credit = open_credits.get(member_id)
        if open_credit:
            result = EligibilityResult(result.failures + (
                Failure("open_credit", f"Masih ada kredit {open_credit} yang belum selesai."),))
        results.append(result)
    return results


def member_eligibility(db: Database, *, member_id: int, product_id: int, amount: int | None = None,
                       as_of: dt.date | None = None) -> EligibilityResult:
    with db.read() as s:
        return eligibility_in_session(s, member_id, product_id, as_of=as_of or dt.date.today(),
                                      amount=amount)


# ------------------------------------------------------------------ reading

def fundings_by_credit(s: Session, credit_ids: list[int]) -> dict[int, int]:
    """{credit id: what its fundings not released add up to} for ``credit_ids`` (0 for a
    credit without any): one statement for a whole application."""
    if not credit_ids:
        return {}
    funded = dict.fromkeys(credit_ids, 0)
    funded.update((cid, int(total or 0)) for cid, total in s.execute(
        _FUNDED_BY_CREDIT, {"ids": list(credit_ids)}))
    return funded


_FUNDED_BY_CREDIT = (select(CreditFunding.credit_id, func.sum(CreditFunding.amount))
                     .where(CreditFunding.credit_id.in_(bindparam("ids", expanding=True)),
                            CreditFunding.released_at.is_(None))
                     .group_by(CreditFunding.credit_id))


def _credit_dto(s: Session, c: Credit, app: CreditApplication, g: BorrowerGroup, m: Member,
                product: CreditProduct, funded: int | None = None) -> CreditDTO:
    service = build_schedule(terms_for(app, c.principal), app.disbursed_on or dt.date(2000, 1, 3),
                             frozenset(), skip_sundays=False).total_service
    if funded is None:
        funded = fundings_by_credit(s, [c.id])[c.id]
    return CreditDTO(
        id=c.id, number=c.number, application_id=app.id, application_number=app.number,
        group_id=g.id, group_code=g.code, group_name=g.name, member_id=m.id, member_number=m.number,
        member_name=m.name, product_code=product.code, product_name=product.name, kind=app.kind,
        principal=c.principal, service=service, purpose=c.purpose, cycle_no=c.cycle_no,
        status=c.status, disbursed_on=c.disbursed_on, eligibility=tuple(json.loads(c.eligibility)),
        funded=int(funded), instalments=app.instalments, frequency=app.frequency)


def application_in_session(s: Session, application_id: int) -> ApplicationDTO:
    app = s.get(CreditApplication, application_id)
    if app is None:
        raise NotFound(f"Pengajuan #{application_id} tidak ditemukan.")
    g = s.get(BorrowerGroup, app.group_id)
    product = s.get(CreditProduct, app.product_id)
    rows = s.execute(select(Credit, Member).join(Member, Member.id == Credit.member_id)
                     .where(Credit.application_id == app.id).order_by(Credit.id)).all()
    funded = fundings_by_credit(s, [c.id for c, _ in rows])
    return ApplicationDTO(
        id=app.id, number=app.number, group_id=g.id, group_code=g.code, group_name=g.name,
        product_id=product.id, product_name=product.name, status=app.status, kind=app.kind,
        instalments=app.instalments, frequency=app.frequency, service_mode=app.service_mode,
        rate_bp=app.rate_bp, service_fixed=app.service_fixed,
        package_items=tuple(json.loads(app.package_items)), verification=json.loads(app.verification),
        prepared_by_id=app.prepared_by_id, prepared_by_name=app.prepared_by_name,
        prepared_at=app.prepared_at, decided_by_name=app.decided_by_name,
        decision_reason=app.decision_reason, disbursed_on=app.disbursed_on,
        credits=tuple(_credit_dto(s, c, app, g, m, product, funded[c.id]) for c, m in rows))


def get_application(db: Database, application_id: int) -> ApplicationDTO:
    with db.read() as s:
        return application_in_session(s, application_id)


def list_applications(db: Database, *, status: str | None = None) -> list[ApplicationDTO]:
    with db.read() as s:
        q = select(CreditApplication.id).order_by(CreditApplication.id.desc())
        if status:
            q = q.where(CreditApplication.status == status)
        return [application_in_session(s, i) for i in s.scalars(q)]


def approval_queue(db: Database, *, actor: Actor) -> list[ApplicationDTO]:
    """Applications waiting for a decision (the approver sees which they may not decide)."""
    require(actor, "credits.view")
    return list_applications(db, status="submitted")


@dataclass(frozen=True)
class CreditRow:
    """A line of ``kamura credits list``; the repayment book fills the last three."""

    number: str
    group: str
    member: str
    member_number: str
    product: str
    principal: int
    service: int
    disbursed_on: dt.date | None
    status: str
    outstanding: int | None
    days_past_due: int | None
    kolektibilitas: int | None


def list_credits(db: Database, *, status: str | None = None, group_code: str | None = None,
                 member_id: int | None = None) -> list[CreditRow]:
    with db.read() as s:
        q = (select(Credit, CreditApplication, BorrowerGroup, Member, CreditProduct)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .join(Member, Member.id == Credit.member_id)
             .join(CreditProduct, CreditProduct.id == CreditApplication.product_id)
             .order_by(Credit.id))
        if status:
            q = q.where(Credit.status == status)
        if group_code:
            q = q.where(func.upper(BorrowerGroup.code) == group_code.upper())
        if member_id is not None:
            q = q.where(Credit.member_id == member_id)
        # the repayment book's standing of every running credit today, in one pass
        standing: dict[int, tuple[int, int, int]] = {}
        for answer in events.ask(s, events.CreditStandings(dt.date.today())):
            standing.update(answer)
        out = []
        for c, app, g, m, p in s.execute(q):
            dto = _credit_dto(s, c, app, g, m, p)
            outstanding = dpd = kol = None
            if c.id in standing:
                outstanding, dpd, kol = standing[c.id]
            elif c.disbursed_on is not None:
                for owed in events.ask(s, events.CreditOutstanding(c.id)):
                    outstanding = owed
                dpd = 0 if outstanding == 0 else None
            out.append(CreditRow(c.number, g.code, m.name, m.number, p.code, c.principal, dto.service,
                                 c.disbursed_on, c.status, outstanding, dpd, kol))
        return out


def borrower_of_credit_number(db: Database, number: str) -> tuple[int, str]:
    """(the borrower's member id, the credit's number as filed) of a credit number typed or
    scanned at the counter; NotFound when no credit has that number."""
    with db.read() as s:
        row = s.execute(select(Credit.member_id, Credit.number)
                        .where(func.upper(Credit.number) == number.strip().upper())).first()
        if row is None:
            raise NotFound(f"Kredit dengan nomor {number} tidak ditemukan.", field="number")
        return int(row[0]), str(row[1])


def schedule_of(db: Database, credit_id: int) -> list[ScheduleLine]:
    """The fixed schedule of a disbursed credit (plain rows: no, due_date, principal, service, amount)."""
    with db.read() as s:
        rows = list(s.scalars(select(ScheduleLine).where(ScheduleLine.credit_id == credit_id)
                              .order_by(ScheduleLine.no)))
        for r in rows:
            s.expunge(r)
        return rows


# ------------------------------------------------------------------ writes

def prepare_application(
    db: Database, *, actor: Actor, group_id: int, product_id: int, lines: list[ApplicationLine],
    instalments: int | None = None, rate_bp: int | None = None,
    package_items: list[str] | None = None, verification: dict | None = None,
    on_date: dt.date | None = None,
) -> Outcome[ApplicationDTO]:
    """The clerk prepares a group's application. Limits are refused at once; each member's
    eligibility is checked and kept with the credit (printed on the form); an application
    with ineligible members can be prepared but not approved."""
    require(actor, "credits.prepare")
    on_date = on_date or dt.date.today()
    # every field of the application is checked before one refusal names them all
    problems = FieldProblems()
    if on_date > dt.date.today():
        problems.add("on_date", "Tanggal pengajuan tidak boleh di masa depan.")
    if not lines:
        problems.add("lines", "Pengajuan belum berisi anggota.")
    with db.write() as s:
        p = product_in_session(s, product_id)
        # the rows the members' eligibility reads again, kept in the session meanwhile (it
        # holds rows only while something refers to them: each look-up was a statement)
        held: list = [s.get(CreditProduct, product_id)]
        if not p.active:
            problems.add("product", f"Produk {p.name} tidak aktif.")
        g = s.get(BorrowerGroup, group_id)
        if g is None or g.status != "active":
            problems.add("group", "Kelompok tidak ditemukan atau sudah bubar.")
        in_group = set(s.scalars(select(GroupMember.member_id).where(
            GroupMember.group_id == group_id, GroupMember.left_on.is_(None))))
        ids = [ln.member_id for ln in lines]
        if len(set(ids)) != len(ids):
            problems.add("lines", "Ada anggota yang tercantum dua kali.")
        if lines and not p.group_size_min <= len(lines) <= p.group_size_max:
            size = (f"{p.group_size_min}" if p.group_size_min == p.group_size_max
                    else f"{p.group_size_min}–{p.group_size_max}")
            problems.add("lines", f"{p.name} untuk kelompok {size} orang; pengajuan ini {len(lines)} orang.",
                         code="group_size")
        for ln in lines:
            m = s.get(Member, ln.member_id)
            if m is None:
                raise NotFound(f"Anggota #{ln.member_id} tidak ditemukan.")
            held.append(m)
            if g is not None and ln.member_id not in in_group:
                problems.add("lines", f"{m.name} bukan anggota kelompok {g.code}.")
            if not isinstance(ln.amount, int) or isinstance(ln.amount, bool):
                problems.add("lines", "Jumlah harus rupiah utuh.")
            elif not p.amount_min <= ln.amount <= p.amount_max:
                problems.add("lines", f"Pinjaman {m.name} {format_rupiah(ln.amount)} di luar batas produk "
                                      f"{format_rupiah(p.amount_min)}–{format_rupiah(p.amount_max)}.",
                             code="amount_limit")
        total = sum(ln.amount for ln in lines if isinstance(ln.amount, int))
        if p.group_limit is not None and total > p.group_limit:
            problems.add("lines", f"Jumlah kelompok {format_rupiah(total)} melebihi plafon kelompok "
                                  f"{format_rupiah(p.group_limit)}.", code="group_limit")
        n = instalments or p.instalments_min
        if not p.instalments_min <= n <= p.instalments_max:
            problems.add("instalments",
                         f"Jumlah angsuran {n} di luar {p.instalments_min}–{p.instalments_max}.")
        rate = 0
        if p.service_mode == "flat_percent":
            rate = p.rate_bp_min if rate_bp is None else rate_bp
            if not p.rate_bp_min <= rate <= p.rate_bp_max:
                problems.add("rate", f"Jasa {rate / 100:g} % di luar {p.rate_bp_min / 100:g}–"
                                     f"{p.rate_bp_max / 100:g} % per bulan.".replace(".", ","))
        problems.raise_if_any()
        app = CreditApplication(
            number=f"PGJ-{on_date.year}-{next_number(s, f'application:{on_date.year}'):04d}",
            group_id=g.id, product_id=p.id, status="submitted", kind=p.kind, instalments=n,
            frequency=p.frequency, service_mode=p.service_mode, rate_bp=rate,
            service_fixed=p.service_fixed if p.service_mode == "fixed" else 0,
            rounding_increment=p.rounding_increment, rounding_mode=p.rounding_mode,
            skip_sundays=p.skip_sundays, late_fee=p.late_fee,
            package_items=json.dumps(list(package_items if package_items is not None else p.package_items)
                                     if p.kind == "in_kind" else []),
            verification=json.dumps(verification or {}), prepared_by_id=actor.user_id,
            prepared_by_name=actor.full_name, prepared_at=_stamp(on_date))
        s.add(app)
        s.flush()
        # each member's eligibility depends only on their own rows: judged together
        results = eligibility_of_members(s, p.id, [(ln.member_id, ln.amount) for ln in lines],
                                         as_of=on_date)
        for ln, result in zip(lines, results, strict=True):
            c = Credit(number=f"KR-{on_date.year}-{next_number(s, f'credit:{on_date.year}'):05d}",
                       application_id=app.id, member_id=ln.member_id, principal=ln.amount,
                       purpose=(ln.purpose or "").strip() or None, status="applied",
                       eligibility=json.dumps(result.reasons))
            s.add(c)
        s.flush()
        audit.record(s, actor, action="credit.prepare", entity="application", entity_id=app.number,
                     summary=f"{g.code} {p.name} {len(lines)} anggota {format_rupiah(total)}")
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True))


def _stamp(on_date: dt.date) -> dt.datetime:
    """The time to record for an act dated ``on_date``: now, or that day for back-dated
    entry (the audit log keeps the real time of entry)."""
    now = dt.datetime.now().replace(microsecond=0)
    return now if on_date == now.date() else dt.datetime.combine(on_date, now.time())


def _app_for_update(s: Session, application_id: int) -> CreditApplication:
    app = s.get(CreditApplication, application_id)
    if app is None:
        raise NotFound(f"Pengajuan #{application_id} tidak ditemukan.")
    return app


def approve_application(db: Database, *, actor: Actor, application_id: int,
                        note: str | None = None, on_date: dt.date | None = None) -> Outcome[ApplicationDTO]:
    """Approve a submitted application on ``on_date`` (default today); each member's
    eligibility is checked again as of that date."""
    require(actor, "credits.approve")
    today = on_date or dt.date.today()
    if today > dt.date.today():
        raise UserError("Tanggal persetujuan tidak boleh di masa depan.", field="on_date")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status != "submitted":
            raise UserError(f"Pengajuan {app.number} berstatus {APP_STATUS_LABELS[app.status].lower()}; "
                            "tidak dapat disetujui.")
        if actor.user_id is not None and app.prepared_by_id == actor.user_id:
            raise UserError("Pengajuan tidak boleh disetujui oleh orang yang menyiapkannya "
                            f"({app.prepared_by_name}). Minta bendahara atau ketua lain.",
                            code="maker_checker")
        if today < app.prepared_at.date():
            raise UserError(f"Tanggal persetujuan sebelum tanggal pengajuan "
                            f"({format_date_id(app.prepared_at)}).", field="on_date")
        problems = []
        own = list(s.scalars(select(Credit).where(Credit.application_id == app.id)))
        people = {c.member_id: s.get(Member, c.member_id) for c in own}  # kept in the session
        results = eligibility_of_members(s, app.product_id, [(c.member_id, c.principal) for c in own],
                                         as_of=today, before_application=app.id)
        for c, result in zip(own, results, strict=True):
            m = people[c.member_id]
            reasons = result.reasons
            c.eligibility = json.dumps(reasons)
            if reasons:
                problems.append(f"{m.name}: {' '.join(reasons)}")
        if problems:
            raise UserError("Belum dapat disetujui; ada anggota yang belum memenuhi syarat. "
                            + " | ".join(problems), code="not_eligible")
        _check_group_limit(s, app, today)
        app.status = "approved"
        app.decided_by_id, app.decided_by_name = actor.user_id, actor.full_name
        app.decided_at = _stamp(today)
        app.decision_reason = (note or "").strip() or None
        for c in s.scalars(select(Credit).where(Credit.application_id == app.id)):
            c.status = "approved"
        audit.record(s, actor, action="credit.approve", entity="application", entity_id=app.number,
                     summary=note or "")
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True))


def reject_application(db: Database, *, actor: Actor, application_id: int, reason: str) -> Outcome[ApplicationDTO]:
    require(actor, "credits.approve")
    reason = clean_text(reason, field="reason", label="Alasan", kind="reason") or ""
    if not reason:
        raise UserError("Alasan penolakan wajib diisi.", field="reason")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status != "submitted":
            raise UserError(f"Pengajuan {app.number} tidak menunggu persetujuan.")
        if actor.user_id is not None and app.prepared_by_id == actor.user_id:
            raise UserError("Pengajuan tidak boleh diputus oleh orang yang menyiapkannya.",
                            code="maker_checker")
        app.status = "rejected"
        app.decided_by_id, app.decided_by_name = actor.user_id, actor.full_name
        app.decided_at = dt.datetime.now().replace(microsecond=0)
        app.decision_reason = reason.strip()
        for c in s.scalars(select(Credit).where(Credit.application_id == app.id)):
            c.status = "rejected"
        audit.record(s, actor, action="credit.reject", entity="application", entity_id=app.number,
                     summary=reason.strip())
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True))


def cancel_application(db: Database, *, actor: Actor, application_id: int, reason: str) -> Outcome[ApplicationDTO]:
    require(actor, "credits.cancel")
    reason = clean_text(reason, field="reason", label="Alasan", kind="reason") or ""
    if not reason:
        raise UserError("Alasan pembatalan wajib diisi.", field="reason")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status not in ("submitted", "approved"):
            raise UserError(f"Pengajuan {app.number} sudah {APP_STATUS_LABELS[app.status].lower()}; "
                            "tidak dapat dibatalkan.")
        app.status = "cancelled"
        app.decision_reason = reason.strip()
        now = dt.datetime.now().replace(microsecond=0)
        for c in s.scalars(select(Credit).where(Credit.application_id == app.id)):
            c.status = "cancelled"
            for f in s.scalars(select(CreditFunding).where(CreditFunding.credit_id == c.id,
                                                           CreditFunding.released_at.is_(None))):
                f.released_at = now
        audit.record(s, actor, action="credit.cancel", entity="application", entity_id=app.number,
                     summary=reason.strip())
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True, lenders=True))


#: a credit's fundings not released, summed; built once (every commitment and funding asks)
_FUNDED = (select(func.coalesce(func.sum(CreditFunding.amount), 0))
           .where(CreditFunding.credit_id == bindparam("credit"), CreditFunding.released_at.is_(None)))


def funding_in_session(s: Session, credit: Credit) -> int:
    return int(s.scalar(_FUNDED, {"credit": credit.id}) or 0)


def add_funding(db: Database, *, actor: Actor, credit_id: int, source: str, amount: int) -> Outcome[CreditDTO]:
    """Record own funds or the revolving fund paying (part of) a credit. Lender commitments
    are recorded by the lender pool."""
    require(actor, "credits.fund")
    if source not in ("own", "revolving"):
        raise UserError("Sumber dana di sini: modal sendiri atau dana bergulir.", field="source")
    check_amount(amount, label="Jumlah dana")
    with db.write() as s:
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status not in ("applied", "approved"):
            raise UserError(f"Kredit {c.number} berstatus {STATUS_LABELS[c.status].lower()}.")
        gap = c.principal - funding_in_session(s, c)
        if amount > gap:
            raise UserError(f"Dana {format_rupiah(amount)} melebihi kekurangan kredit {c.number} "
                            f"({format_rupiah(gap)}).", field="amount")
        _check_gap_filling(s, actor, c, s.get(CreditApplication, c.application_id))
        add_funding_in_session(s, c, source=source, amount=amount)
        audit.record(s, actor, action="credit.fund", entity="credit", entity_id=c.number,
                     summary=f"{SOURCE_LABELS[source]} {format_rupiah(amount)}")
        s.flush()
        app = s.get(CreditApplication, c.application_id)
        dto = _credit_dto(s, c, app, s.get(BorrowerGroup, app.group_id), s.get(Member, c.member_id),
                          s.get(CreditProduct, app.product_id))
    return Outcome(dto, Changes(credits=True))


def _check_gap_filling(s: Session, actor: Actor, c: Credit, app: CreditApplication) -> None:
    """Lenders chose this credit: only the chair may let own funds or the revolving fund close
    the gap (by doing it, or by allowing it for the application first)."""
    lender = s.scalar(select(CreditFunding.id).where(CreditFunding.credit_id == c.id,
                                                     CreditFunding.source == "lender",
                                                     CreditFunding.released_at.is_(None)))
    if lender and actor.role not in ("ketua", "system") and not app.chair_allows_own_funds:
        raise UserError(f"Kredit {c.number} didanai lender; kekurangannya hanya boleh ditutup modal "
                        "sendiri atau dana bergulir bila Ketua mengizinkan.", code="chair_must_allow")


def allow_gap_funding(db: Database, *, actor: Actor, application_id: int) -> Outcome[ApplicationDTO]:
    """The chair allows own funds or the revolving fund to fill what lenders did not fund."""
    require(actor, "credits.allow_gap")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status not in ("submitted", "approved"):
            raise UserError(f"Pengajuan {app.number} tidak menunggu pendanaan.")
        app.chair_allows_own_funds = True
        audit.record(s, actor, action="credit.allow_gap", entity="application", entity_id=app.number,
                     summary="modal sendiri/dana bergulir boleh menutup kekurangan")
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True))


def fund_remaining(db: Database, *, actor: Actor, application_id: int, source: str) -> Outcome[ApplicationDTO]:
    """Fill every credit's funding gap in the application from one source."""
    require(actor, "credits.fund")
    if source not in ("own", "revolving"):
        raise UserError("Sumber dana di sini: modal sendiri atau dana bergulir.", field="source")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status not in ("submitted", "approved"):
            raise UserError(f"Pengajuan {app.number} tidak dapat didanai lagi.")
        now = dt.datetime.now().replace(microsecond=0)
        # each credit's own fundings are read (a funding added here belongs to one credit):
        # the new rows wait for one flush, not one each
        with s.no_autoflush:
            for c in list(s.scalars(select(Credit).where(Credit.application_id == app.id))):
                gap = c.principal - funding_in_session(s, c)
                if gap > 0:
                    _check_gap_filling(s, actor, c, app)
                    add_funding_in_session(s, c, source=source, amount=gap, created_at=now)
        audit.record(s, actor, action="credit.fund", entity="application", entity_id=app.number,
                     summary=f"sisa didanai {SOURCE_LABELS[source]}")
        s.flush()
        dto = application_in_session(s, app.id)
    return Outcome(dto, Changes(credits=True))


def add_funding_in_session(s: Session, c: Credit, *, source: str, amount: int,
                           lender_member_id: int | None = None,
                           created_at: dt.datetime | None = None) -> CreditFunding:
    """One source's part of a credit's principal (the credit book owns the fundings; the
    lender pool commits a lender's sukarela through here). The caller has checked the limits."""
    if source not in SOURCE_LABELS or (source == "lender") != (lender_member_id is not None):
        raise ValueError(f"bad funding source {source!r} / lender {lender_member_id!r}")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValueError(f"funding must be a positive int, got {amount!r}")
    f = CreditFunding(credit_id=c.id, source=source, lender_member_id=lender_member_id,
                      amount=amount, created_at=created_at or dt.datetime.now().replace(microsecond=0))
    s.add(f)
    return f


def open_group_total(s: Session, app: CreditApplication, on_date: dt.date) -> int:
    """Principal of the group's *other* credits of the same product still open on ``on_date``:
    approved (funded or not) and not yet disbursed, or disbursed by then and not fully repaid
    by then. The product's group limit applies to these together with the application."""
    still_open = or_(
        Credit.status == "approved",
        and_(Credit.disbursed_on <= on_date,
             or_(Credit.status == "active",
                 and_(Credit.status == "lunas", Credit.closed_on > on_date))))
    return int(s.scalar(
        select(func.coalesce(func.sum(Credit.principal), 0))
        .join(CreditApplication, CreditApplication.id == Credit.application_id)
        .where(CreditApplication.group_id == app.group_id,
               CreditApplication.product_id == app.product_id,
               CreditApplication.id != app.id, still_open)) or 0)


def _check_group_limit(s: Session, app: CreditApplication, on_date: dt.date) -> None:
    """The product's group limit covers all the group's open credits of the product, not one
    application at a time (checked at approval and at disbursement)."""
    p = s.get(CreditProduct, app.product_id)
    if p.group_limit is None:
        return
    own = int(s.scalar(select(func.coalesce(func.sum(Credit.principal), 0))
                       .where(Credit.application_id == app.id)) or 0)
    others = open_group_total(s, app, on_date)
    if own + others > p.group_limit:
        g = s.get(BorrowerGroup, app.group_id)
        raise UserError(
            f"Plafon kelompok {p.name} {format_rupiah(p.group_limit)}: kelompok {g.code} masih punya "
            f"kredit {p.name} yang belum lunas {format_rupiah(others)} pada {format_date_id(on_date)}; "
            f"pengajuan {app.number} {format_rupiah(own)} melebihinya "
            f"{format_rupiah(own + others - p.group_limit)}.", field="on_date", code="group_limit")


def _check_revolving_fund(s: Session, app: CreditApplication, credits: list[Credit],
                          on_date: dt.date) -> None:
    """The revolving fund lends only money it has on the disbursement date (the lender pool
    knows its capital: ``events.RevolvingFundAvailable``)."""
    needed = int(s.scalar(select(func.coalesce(func.sum(CreditFunding.amount), 0)).where(
        CreditFunding.credit_id.in_([c.id for c in credits]), CreditFunding.source == "revolving",
        CreditFunding.released_at.is_(None))) or 0)
    if not needed:
        return
    answers = events.ask(s, events.RevolvingFundAvailable(on_date, except_application_id=app.id))
    available = sum(answers)
    if answers and needed > available:
        raise UserError(
            f"Dana bergulir tidak cukup: yang tersedia sejak {format_date_id(on_date)} "
            f"{format_rupiah(max(0, available))} (modal dikurangi pinjaman yang masih beredar dan "
            f"yang sudah dijanjikan, pada tanggal itu dan sesudahnya), pengajuan {app.number} memerlukan {format_rupiah(needed)} — "
            f"kurang {format_rupiah(needed - max(0, available))}. Tidak ada yang dibukukan.",
            field="on_date", code="revolving_short")


def disburse_application(db: Database, *, actor: Actor, application_id: int, on_date: dt.date,
                         package_items: list[str] | None = None) -> Outcome[ApplicationDTO]:
    """Disburse an approved, fully funded application: schedules fixed, cycles counted,
    one balanced journal entry for the whole group."""
    require(actor, "credits.disburse")
    if on_date > dt.date.today():
        raise UserError("Tanggal pencairan tidak boleh di masa depan.", field="on_date")
    with db.write() as s:
        app = _app_for_update(s, application_id)
        if app.status != "approved":
            raise UserError(f"Pengajuan {app.number} belum disetujui "
                            f"({APP_STATUS_LABELS[app.status].lower()}); tidak dapat dicairkan.",
                            code="not_approved")
        if app.decided_at is not None and on_date < app.decided_at.date():
            raise UserError(f"Tanggal pencairan sebelum tanggal persetujuan "
                            f"({format_date_id(app.decided_at)}).", field="on_date")
        credits = list(s.scalars(select(Credit).where(Credit.application_id == app.id).order_by(Credit.id)))
        funded = fundings_by_credit(s, [c.id for c in credits])
        short = [f"{c.number} kurang {format_rupiah(c.principal - funded[c.id])}"
                 for c in credits if funded[c.id] != c.principal]
        if short:
            raise UserError("Kredit belum didanai penuh: " + "; ".join(short) + ".", code="unfunded")
        _check_revolving_fund(s, app, credits, on_date)
        _check_group_limit(s, app, on_date)
        if package_items is not None:
            app.package_items = json.dumps([i for i in package_items if i.strip()])
        holidays = holiday_set(s)
        lines: list[ledger.Line] = []
        schedule_rows: list[dict] = []
        all_fundings: dict[int, list[CreditFunding]] = {c.id: [] for c in credits}
        for f in s.scalars(select(CreditFunding).where(
                CreditFunding.credit_id.in_(list(all_fundings)), CreditFunding.released_at.is_(None))
                .order_by(CreditFunding.id)):
            all_fundings[f.credit_id].append(f)
        # each member's earlier cycles in one statement, before any credit here is active
        # (one query and one flush per credit before); a member's second credit here, were
        # there one, counts the first as the per-credit count did
        cycles = _previous_cycles_of(s, [c.member_id for c in credits], app.product_id)
        with s.no_autoflush:  # the loop reads members only: the credits' changes wait
            for c in credits:
                m = s.get(Member, c.member_id)
                sched = build_schedule(terms_for(app, c.principal), on_date, holidays, skip_sundays=app.skip_sundays)
                schedule_rows += [dict(credit_id=c.id, no=inst.no, due_date=inst.due_date,
                                       principal=inst.principal_part, service=inst.service_part,
                                       amount=inst.amount) for inst in sched.instalments]
                c.cycle_no = cycles[c.member_id] = cycles.get(c.member_id, 0) + 1
                c.status, c.disbursed_on = "active", on_date
                for f in all_fundings[c.id]:
                    receivable = Acc.PIUTANG_DANA_BERGULIR if f.source == "revolving" else Acc.PIUTANG_PINJAMAN
                    lines.append(ledger.Line(receivable, debit=f.amount, memo=f"{c.number} {m.name}"))
                    if f.source == "lender":  # the general ledger names the lender whose savings move
                        lender = s.get(Member, f.lender_member_id)
                        memo = f"{c.number} dana lender {lender.number} {lender.name}"
                        lines.append(ledger.Line(Acc.SIMPANAN_SUKARELA, debit=f.amount, memo=memo))
                        lines.append(ledger.Line(Acc.DANA_LENDER_TERSALUR, credit=f.amount, memo=memo))
                out_account = Acc.PERSEDIAAN_PAKET_USAHA if app.kind == "in_kind" else Acc.KAS
                lines.append(ledger.Line(out_account, credit=c.principal, memo=c.number))
        # every credit's schedule in one statement (the rows are not needed as objects here)
        if schedule_rows:
            s.execute(insert(ScheduleLine), schedule_rows)
        g = s.get(BorrowerGroup, app.group_id)
        what = "Penyerahan paket usaha" if app.kind == "in_kind" else "Pencairan kredit"
        entry = ledger.post_entry(s, actor, on_date=on_date, description=f"{what} {app.number} {g.code} {g.name}",
                                  lines=lines, source_type="credit_application", source_id=app.number)
        changes = Changes(credits=True, ledger=True)
        for c in credits:  # the lender pool takes the committed parts out of the lenders' sukarela
            changes |= events.publish(s, events.CreditDisbursed(actor, c, entry, on_date))
        app.status, app.disbursed_on = "disbursed", on_date
        app.disbursed_by_id, app.journal_entry_id = actor.user_id, entry.id
        audit.record(s, actor, action="credit.disburse", entity="application", entity_id=app.number,
                     summary=f"{format_date_id(on_date)} {format_rupiah(sum(c.principal for c in credits))}")
        dto = application_in_session(s, app.id)
    return Outcome(dto, changes)


def borrower_ids(s: Session, question: events.BorrowerIds):
    """Members with a running credit (the member list's 'peminjam' filter)."""
    return select(Credit.member_id).where(Credit.status == "active")
