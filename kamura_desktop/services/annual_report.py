"""The annual report for the members' meeting (RAT): data, PDF and Excel (issue 8).

UU 25/1992 art. 35 asks the board to lay before the RAT at least the balance sheet, the
income statement and the state of the cooperative and its business. This module gathers
everything for one financial year into one frozen :class:`AnnualReportDTO`:

* organisation: the officers (the chair and treasurer users), the TKM roles, members at the
  start of the year, joined, left and at the end, by sex, and poor-family members;
* savings by type: balances at the start and the end, money in and out during the year;
* credit: disbursed by product and cycle, outstanding, repayment rate, kolektibilitas and
  PAR at 31 December, provisions, write-offs;
* the lender pool and the revolving fund (year by year, for the chart);
* mentoring (``services.mentoring``);
* the financial statements (``services.accounting``) and the SHU (``services.shu``).

Every figure is one SQL aggregate (or a service that is), never a Python loop over the
ledger or the savings rows: the report must build for 20.000 members and 2.000.000 ledger
lines in seconds. The parts written by other books are looked up when the report is made;
a part whose service is not there (yet) is left out with a note in ``missing``.

:func:`write_annual_report_pdf` and :func:`write_annual_report_xlsx` are generators
yielding ``(done, total, text)``; iterate them to the end to write the file.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine, User
from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditFunding, CreditProduct
from kamura_desktop.db.models.lender import CreditWriteOff, LenderProfile, WriteOffShare
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain import portfolio
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.portfolio import Ratio

from . import lender_pool, repayments, savings
from . import membership as membership_service
from . import settings as settings_service
from .actor import Actor
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "report.annual.view": (ALL, "melihat laporan tahunan"),
    "report.annual": (frozenset({"ketua", "bendahara"}), "mengekspor laporan tahunan RAT"),
})

Progress = Generator[tuple[int, int, str], None, Any]


# ------------------------------------------------------------------ DTOs

@dataclass(frozen=True)
class SexCount:
    male: int = 0
    female: int = 0

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class MembershipDTO:
    start: SexCount  # members on 1 January
    joined: SexCount  # became members (activated) during the year
    left: SexCount  # left during the year
    end: SexCount  # members on 31 December
    poor_end: SexCount  # of them, poor-family members
    applicants_end: int  # registered, not yet active (pokok not paid) on 31 December


@dataclass(frozen=True)
class Officer:
    role: str  # Ketua | Bendahara | …
    name: str


@dataclass(frozen=True)
class TkmMember:
    role: str
    number: str
    name: str
    sex: str  # L | P
    poor_family: bool


@dataclass(frozen=True)
class SavingsRow:
    kind: str  # pokok | wajib | sukarela
    label: str
    opening: int  # balance on 1 January (everything before)
    inflow: int  # deposits and other money in during the year (net of their reversals)
    outflow: int  # withdrawals and other money out during the year (positive)
    closing: int  # balance on 31 December
    savers: int  # members with a positive balance on 31 December


@dataclass(frozen=True)
class DisbursedRow:
    product_code: str
    product_name: str
    cycle: int | None  # the borrower's cycle (1 = first credit); None when not recorded
    credits: int
    amount: int


@dataclass(frozen=True)
class KolRow:
    kol: int
    label: str
    credits: int
    outstanding: int
    share: Ratio
    provision: int  # required at the rule set's rate (per loan, rounded)


@dataclass(frozen=True)
class ProvisionRowDTO:
    kol: int
    label: str
    loans: int
    base: int  # the amount the rate applies to
    pct: Decimal  # the rate in percent
    required: int


@dataclass(frozen=True)
class ProvisionDTO:
    as_of: dt.date
    rule_set: str
    required: int
    booked: int  # balance of Cadangan Kerugian Piutang on 31 December
    change: int  # required − booked: what a provision entry would still post
    from_service: bool  # True when services.provisions gave the figures
    rows: tuple[ProvisionRowDTO, ...] = ()


@dataclass(frozen=True)
class CreditDTO:
    disbursed: tuple[DisbursedRow, ...]
    disbursed_credits: int
    disbursed_amount: int
    borrowers: int  # different members who received a credit in the year
    outstanding_credits: int  # running credits on 31 December
    outstanding: int  # what they still owe (principal + service) on 31 December
    collected: int  # paid towards the instalments due in the year
    due: int  # instalments due in the year
    repayment_rate: Ratio
    kol_rule_set: str
    kolektibilitas: tuple[KolRow, ...]
    par: tuple[tuple[int, Ratio], ...]  # (days, PAR) for 1, 30, 90
    written_off_credits: int
    written_off_amount: int
    provision: ProvisionDTO


@dataclass(frozen=True)
class LenderRow:
    number: str
    name: str
    deployed: int
    returned: int
    earned: int


@dataclass(frozen=True)
class LenderPoolDTO:
    lenders: int  # registered lenders on 31 December
    active_lenders: int  # lenders whose money moved in the year
    deployed: int  # sukarela put into credits in the year
    returned: int  # principal that flowed back in the year
    earned: int  # service shares received in the year
    lost: int  # lenders' shares of write-offs in the year
    out_end: int  # lenders' money still out in credits on 31 December
    capital_received: tuple[tuple[str, int], ...]  # (fund label, amount) received in the year
    rows: tuple[LenderRow, ...]  # each lender with money moving in the year


@dataclass(frozen=True)
class ShuStatus:
    source: str  # stored (a draft, approved or paid distribution) | computed (a proposal) | none
    label: str  # what the report says about it


@dataclass(frozen=True)
class Signers:
    chair: str | None
    secretary: str | None
    treasurer: str | None


@dataclass(frozen=True)
class AnnualReportDTO:
    year: int
    date_from: dt.date
    date_to: dt.date
    profile: Any  # settings.CooperativeProfile
    officers: tuple[Officer, ...]
    tkm: tuple[TkmMember, ...]
    membership: MembershipDTO
    savings: tuple[SavingsRow, ...]
    credit: CreditDTO
    lenders: LenderPoolDTO
    fund_years: tuple[Any, ...]  # lender_pool.FundYear up to the report's year
    mentoring: Any | None  # mentoring.MentoringSummary
    balance_sheet: Any | None  # accounting.BalanceSheet at 31 Dec, compared with the year before
    income_statement: Any | None  # accounting.IncomeStatement for the year
    equity_changes: Any | None  # accounting.EquityChanges for the year
    shu: Any | None  # shu.ShuDTO
    shu_status: ShuStatus | None
    signers: Signers
    year_closed: bool | None  # None when the year-end service is not there
    missing: tuple[str, ...]  # parts left out, in Indonesian

    @property
    def savings_total_end(self) -> int:
        return sum(r.closing for r in self.savings)

    @property
    def surplus(self) -> int | None:
        return self.income_statement.surplus if self.income_statement is not None else None


# ------------------------------------------------------------------ optional services

def _optional(module: str, *names: str):
    """The named functions of a sibling service module, or None when any is not there."""
    try:
        mod = importlib.import_module(f"{__package__}.{module}")
    except ImportError:
        return None
    found = [getattr(mod, n, None) for n in names]
    if any(f is None for f in found):
        return None
    return found[0] if len(found) == 1 else found


# ------------------------------------------------------------------ the parts

def _membership(s: Session, start: dt.date, end: dt.date) -> MembershipDTO:
    m = Member
    active_at_start = and_(m.activated_on < start, (m.left_on.is_(None)) | (m.left_on >= start))
    active_at_end = and_(m.activated_on <= end, (m.left_on.is_(None)) | (m.left_on > end))

    def count(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    q = (select(m.sex, count(active_at_start), count(m.activated_on.between(start, end)),
                count(and_(m.left_on.between(start, end))), count(active_at_end),
                count(and_(active_at_end, m.poor_family.is_(True))))
         .where(m.activated_on.is_not(None)).group_by(m.sex))
    by_sex = {sex: [int(v) for v in rest] for sex, *rest in s.execute(q)}
    male, female = by_sex.get("L", [0] * 5), by_sex.get("P", [0] * 5)
    counts = [SexCount(a, b) for a, b in zip(male, female, strict=True)]
    applicants = s.scalar(select(func.count()).select_from(m).where(
        m.activated_on.is_(None), m.status == "applicant", m.joined_on <= end)) or 0
    return MembershipDTO(*counts, applicants_end=int(applicants))


def _organisation(s: Session, end: dt.date) -> tuple[tuple[Officer, ...], tuple[TkmMember, ...], Signers]:
    officers = []
    names: dict[str, list[str]] = {}
    for role, label in (("ketua", "Ketua"), ("bendahara", "Bendahara")):
        found = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                               .order_by(User.id)))
        names[role] = found
        officers += [Officer(label, n) for n in found]
    m = Member
    q = (select(m.tkm_role, m.number, m.name, m.sex, m.poor_family)
         .where(m.tkm_role.is_not(None), m.tkm_role != "", m.activated_on.is_not(None),
                m.activated_on <= end, (m.left_on.is_(None)) | (m.left_on > end)))
    order = {r: i for i, r in enumerate(membership_service.TKM_ROLES)}
    tkm = sorted((TkmMember(r, n, name, sex, bool(poor)) for r, n, name, sex, poor in s.execute(q)),
                 key=lambda t: (order.get(t.role, len(order)), t.number))
    only = {r: (v[0] if len(v) == 1 else None) for r, v in names.items()}

    def tkm_only(role: str) -> str | None:
        found = [t.name for t in tkm if t.role == role]
        return found[0] if len(found) == 1 else None

    # the board is chair, secretary and treasurer: the secretary has no user role, so the
    # TKM's secretary is listed (the same person who signs), between chair and treasurer
    secretary = tkm_only("Sekretaris")
    if secretary:
        at = next((i for i, o in enumerate(officers) if o.role == "Bendahara"), len(officers))
        officers.insert(at, Officer("Sekretaris", secretary))

    # the chair and treasurer users sign; the secretary (and a missing officer) is the TKM's,
    # as on the evaluation report; otherwise a dotted line to write the name on
    return tuple(officers), tuple(tkm), Signers(only["ketua"] or tkm_only("Ketua"), tkm_only("Sekretaris"),
                                                only["bendahara"] or tkm_only("Bendahara"))


def _savings(s: Session, start: dt.date, end: dt.date) -> tuple[SavingsRow, ...]:
    t = SavingsTransaction
    orig = aliased(SavingsTransaction)
    in_year = t.on_date.between(start, end)
    # a reversal counts on the side of the row it reverses, so a reversed deposit is no deposit
    direction = func.coalesce(orig.amount, t.amount)
    q = (select(t.kind,
                func.coalesce(func.sum(case((t.on_date < start, t.amount), else_=0)), 0),
                func.coalesce(func.sum(case((and_(in_year, direction > 0), t.amount), else_=0)), 0),
                func.coalesce(func.sum(case((and_(in_year, direction < 0), -t.amount), else_=0)), 0),
                func.coalesce(func.sum(case((t.on_date <= end, t.amount), else_=0)), 0))
         .outerjoin(orig, orig.id == t.reversal_of_id).group_by(t.kind))
    sums = {kind: [int(v) for v in rest] for kind, *rest in s.execute(q)}
    per_member = (select(t.member_id, t.kind, func.sum(t.amount).label("balance"))
                  .where(t.on_date <= end).group_by(t.member_id, t.kind).subquery())
    savers = dict(s.execute(select(per_member.c.kind, func.count())
                            .where(per_member.c.balance > 0).group_by(per_member.c.kind)).all())
    rows = []
    for kind in savings.KINDS:
        opening, inflow, outflow, closing = sums.get(kind, [0, 0, 0, 0])
        rows.append(SavingsRow(kind, savings.KIND_LABELS[kind], opening, inflow, outflow, closing,
                               int(savers.get(kind, 0))))
    return tuple(rows)


def collected_and_due_sql(s: Session, start: dt.date, end: dt.date) -> tuple[int, int]:
    """The repayment book's one definition of the repayment-rate inputs (paid by ``end``)."""
    return repayments.collected_and_due_in_session(s, date_from=start, date_to=end)


def _account_balance(s: Session, code: str, as_of: dt.date) -> int:
    """Debit − credit of one account up to and including ``as_of``."""
    q = (select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .where(JournalLine.account_id == select(Account.id).where(Account.code == code).scalar_subquery(),
                JournalEntry.date <= as_of))
    return int(s.scalar(q) or 0)


def _credit(s: Session, start: dt.date, end: dt.date) -> CreditDTO:
    c, a, p = Credit, CreditApplication, CreditProduct
    q = (select(p.code, p.name, c.cycle_no, func.count(c.id), func.sum(c.principal))
         .join(a, a.id == c.application_id).join(p, p.id == a.product_id)
         .where(c.disbursed_on.between(start, end))
         .group_by(p.code, p.name, c.cycle_no).order_by(p.code, c.cycle_no))
    disbursed = tuple(DisbursedRow(code, name, cycle, int(n), int(amount or 0))
                      for code, name, cycle, n, amount in s.execute(q))
    borrowers = s.scalar(select(func.count(func.distinct(c.member_id)))
                         .where(c.disbursed_on.between(start, end))) or 0

    standings = repayments.standings_in_session(s, end)
    rs = repayments.rule_set(s)
    positions = [x.position() for x in standings]
    aging = portfolio.aging_by_kol(positions, rs)
    kol_rows = tuple(KolRow(int(b.key), b.label, b.count, b.outstanding, b.share, b.provision)
                     for b in aging)
    par = portfolio.par_summary(positions)
    collected, due = collected_and_due_sql(s, start, end)
    wo_n, wo_amount = s.execute(select(func.count(CreditWriteOff.id),
                                       func.coalesce(func.sum(CreditWriteOff.principal), 0))
                                .where(CreditWriteOff.on_date.between(start, end))).one()

    required = sum(r.provision for r in kol_rows)
    booked = -_account_balance(s, Acc.CADANGAN_KERUGIAN_PIUTANG, end)
    rows = tuple(ProvisionRowDTO(k.kol, k.label, k.credits, k.outstanding,
                                 Decimal(rs.provisions_bp[k.kol - 1]) / 100, k.provision) for k in kol_rows)
    provision = ProvisionDTO(end, rs.name, required, booked, required - booked, False, rows)
    return CreditDTO(
        disbursed=disbursed, disbursed_credits=sum(r.credits for r in disbursed),
        disbursed_amount=sum(r.amount for r in disbursed), borrowers=int(borrowers),
        outstanding_credits=len(standings), outstanding=sum(x.outstanding for x in standings),
        collected=collected, due=due, repayment_rate=portfolio.repayment_rate(collected, due),
        kol_rule_set=rs.name, kolektibilitas=kol_rows, par=tuple(sorted(par.items())),
        written_off_credits=int(wo_n), written_off_amount=int(wo_amount), provision=provision)


_LENDER_TYPES = ("penyaluran", "pengembalian_dana", "bagi_hasil")


def _lenders(s: Session, start: dt.date, end: dt.date) -> LenderPoolDTO:
    t = SavingsTransaction
    orig = aliased(SavingsTransaction)
    kind = func.coalesce(orig.tx_type, t.tx_type).label("kind")
    base = (select(t.member_id, kind, t.on_date, t.amount)
            .outerjoin(orig, orig.id == t.reversal_of_id)
            .where(t.kind == "sukarela", t.tx_type.in_((*_LENDER_TYPES, "pembalikan")),
                   t.on_date <= end,
                   # only members who ever funded a credit have lender movements (and the
                   # savings index answers for them without reading everyone's rows)
                   t.member_id.in_(select(CreditFunding.lender_member_id)
                                   .where(CreditFunding.source == "lender").distinct()))
            .subquery())
    in_year = base.c.on_date >= start

    def total(tx_type: str, cond=True):
        return func.coalesce(func.sum(case((and_(base.c.kind == tx_type, cond), base.c.amount), else_=0)), 0)

    q = (select(base.c.member_id, -total("penyaluran", in_year), total("pengembalian_dana", in_year),
                total("bagi_hasil", in_year), -total("penyaluran") - total("pengembalian_dana"))
         .where(base.c.kind.in_(_LENDER_TYPES)).group_by(base.c.member_id))
    per_member = {mid: [int(v) for v in rest] for mid, *rest in s.execute(q)}
    lost_q = (select(WriteOffShare.lender_member_id,
                     func.coalesce(func.sum(case((CreditWriteOff.on_date >= start, WriteOffShare.amount),
                                                 else_=0)), 0),
                     func.sum(WriteOffShare.amount))
              .join(CreditWriteOff, CreditWriteOff.id == WriteOffShare.write_off_id)
              .where(WriteOffShare.source == "lender", CreditWriteOff.on_date <= end)
              .group_by(WriteOffShare.lender_member_id))
    lost = {mid: (int(y), int(a)) for mid, y, a in s.execute(lost_q)}
    moving = [mid for mid, (d, r, e, _) in per_member.items() if d or r or e]
    names = {}
    if moving:
        for chunk in range(0, len(moving), 500):
            ids = moving[chunk:chunk + 500]
            names.update({i: (n, nm) for i, n, nm in s.execute(
                select(Member.id, Member.number, Member.name).where(Member.id.in_(ids)))})
    rows = sorted((LenderRow(*names[mid], *per_member[mid][:3]) for mid in moving),
                  key=lambda r: r.number)
    registered = s.scalar(select(func.count()).select_from(LenderProfile).where(
        LenderProfile.registered_on <= end, LenderProfile.active.is_(True))) or 0
    from kamura_desktop.db.models.lender import CapitalContribution
    cap = (select(CapitalContribution.fund, func.sum(CapitalContribution.amount))
           .where(CapitalContribution.received_on.between(start, end))
           .group_by(CapitalContribution.fund).order_by(CapitalContribution.fund))
    fund_labels = {**lender_pool.FUND_LABELS, "own": "Modal sendiri"}
    capital = tuple((fund_labels.get(f, f), int(v)) for f, v in s.execute(cap))
    return LenderPoolDTO(
        lenders=int(registered), active_lenders=len(rows),
        deployed=sum(v[0] for v in per_member.values()), returned=sum(v[1] for v in per_member.values()),
        earned=sum(v[2] for v in per_member.values()), lost=sum(v[0] for v in lost.values()),
        out_end=max(0, sum(v[3] for v in per_member.values()) - sum(v[1] for v in lost.values())),
        capital_received=capital, rows=tuple(rows))


# ------------------------------------------------------------------ gathering

PARTS = ("profil dan organisasi", "keanggotaan", "simpanan", "pinjaman", "lender dan dana bergulir",
         "pendampingan", "laporan keuangan", "SHU")


def _check_year(year: int) -> None:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise UserError("Tahun buku harus antara 2000 dan 2100.", field="year")


def _shu(db: Database, year: int) -> tuple[Any | None, ShuStatus | None] | None:
    fns = _optional("shu", "get_shu", "compute_shu")
    if fns is None:
        return None
    get_shu, compute_shu = fns
    shu = get_shu(db, year)
    if shu is not None:
        label = {"draft": "Rancangan pembagian SHU (belum disahkan RAT)",
                 "approved": "Pembagian SHU yang disahkan RAT",
                 "paid": "Pembagian SHU yang disahkan RAT dan telah dibayarkan"}.get(shu.status, shu.status)
        return shu, ShuStatus("stored", label)
    try:
        return (compute_shu(db, year=year),
                ShuStatus("computed", "Usulan pembagian SHU (perhitungan, belum dibuat rancangan)"))
    except UserError as exc:  # no surplus (a deficit) or settings that do not add up
        return None, ShuStatus("none", exc.message)


def collect(db: Database, *, year: int) -> Progress:
    """Gather the report, yielding ``(done, len(PARTS), text)``; returns the DTO.

    The financial statements (one grouped aggregate, ``accounting.year_statements``) and the
    SHU each read the whole ledger; they run on worker
    threads (each opens its own session: SQLite reads run side by side in WAL mode and the
    driver releases the GIL while a query runs) while this thread gathers the rest."""
    _check_year(year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    total = len(PARTS)
    missing: list[str] = []
    yield 0, total, "Profil dan organisasi"
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="laporan-rat") as pool:
        # the three statements from one grouped aggregate over the lines (not three scans)
        fns = _optional("accounting", "year_statements")
        if fns is not None:
            f_statements = pool.submit(fns, db, year=year)
        f_shu = pool.submit(_shu, db, year)

        profile = settings_service.get_profile(db)
        with db.read() as s:
            officers, tkm, signers = _organisation(s, end)
            yield 1, total, "Keanggotaan"
            members = _membership(s, start, end)
            yield 2, total, "Simpanan"
            saving_rows = _savings(s, start, end)
            yield 3, total, "Pinjaman"
            credit = _credit(s, start, end)
            yield 4, total, "Lender dan dana bergulir"
            lenders = _lenders(s, start, end)
        fund_years = tuple(y for y in lender_pool.revolving_fund_development(db) if y.year <= year)

        quote = _optional("provisions", "provision_quote")
        if quote is not None:
            q = quote(db, as_of=end)
            rows = tuple(ProvisionRowDTO(r.kol, r.label, r.loans, r.outstanding, Decimal(r.pct), r.required)
                         for r in q.rows)
            credit = _replace_provision(credit, ProvisionDTO(
                end, str(getattr(q, "rule_set_name", q.rule_set)), int(q.required), int(q.booked),
                int(q.change), True, rows))

        yield 5, total, "Pendampingan"
        mentoring = None
        summary = _optional("mentoring", "mentoring_summary")
        if summary is not None:
            mentoring = summary(db, date_from=start, date_to=end)
        else:
            missing.append("Ringkasan pendampingan (modul pendampingan belum tersedia).")
        year_closed = None
        closed = _optional("year_end", "year_is_closed")
        if closed is not None:
            year_closed = bool(closed(db, year))

        yield 6, total, "Laporan keuangan"
        bs = income = equity = None
        if fns is not None:
            bs, income, equity = f_statements.result()
        else:
            missing.append("Laporan keuangan (modul akuntansi belum tersedia).")

        yield 7, total, "SHU"
        shu = status = None
        got = f_shu.result()
        if got is None:
            missing.append("Pembagian SHU (modul SHU belum tersedia).")
        else:
            shu, status = got
    yield total, total, "Data laporan lengkap"
    return AnnualReportDTO(
        year=year, date_from=start, date_to=end, profile=profile, officers=officers, tkm=tkm,
        membership=members, savings=saving_rows, credit=credit, lenders=lenders, fund_years=fund_years,
        mentoring=mentoring, balance_sheet=bs, income_statement=income, equity_changes=equity,
        shu=shu, shu_status=status, signers=signers, year_closed=year_closed, missing=tuple(missing))


def _replace_provision(credit: CreditDTO, provision: ProvisionDTO) -> CreditDTO:
    from dataclasses import replace
    return replace(credit, provision=provision)


def _drain(steps: Progress) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def annual_report_data(db: Database, *, year: int, actor: Actor | None = None) -> AnnualReportDTO:
    """Everything the annual report shows for the financial ``year``."""
    if actor is not None:
        require(actor, "report.annual.view")
    return _drain(collect(db, year=year))


# ------------------------------------------------------------------ files

def write_annual_report_pdf(db: Database, *, year: int, path: Path | str, actor: Actor | None = None,
                            report: AnnualReportDTO | None = None) -> Progress:
    """Write the report as PDF; yields ``(done, total, text)`` and returns the path.
    ``report``: the data already gathered for ``year`` (to write the PDF and the workbook
    from one gathering)."""
    from kamura_desktop.documents import annual_report as doc

    if actor is not None:
        require(actor, "report.annual")
    base = 0 if _usable(report, year) else 30
    data = report if base == 0 else (yield from _scaled(collect(db, year=year), 0, base))
    for done, total, label in doc.build_annual_report_pdf(path, report=data):
        yield base + (100 - base) * done // max(1, total), 100, label
    yield 100, 100, "Selesai"
    return Path(path)


def write_annual_report_xlsx(db: Database, *, year: int, path: Path | str, actor: Actor | None = None,
                             report: AnnualReportDTO | None = None) -> Progress:
    """Write the report as an Excel workbook (one sheet per chapter)."""
    from kamura_desktop.documents import annual_report as doc

    if actor is not None:
        require(actor, "report.annual")
    base = 0 if _usable(report, year) else 40
    data = report if base == 0 else (yield from _scaled(collect(db, year=year), 0, base))
    for done, total, label in doc.build_annual_report_xlsx(path, report=data):
        yield base + (100 - base) * done // max(1, total), 100, label
    yield 100, 100, "Selesai"
    return Path(path)


def _usable(report: AnnualReportDTO | None, year: int) -> bool:
    if report is None:
        return False
    if report.year != year:
        raise ValueError(f"the report given is for {report.year}, not {year}")
    return True


def _scaled(steps: Progress, low: int, high: int) -> Progress:
    """Re-yield a sub-task's progress inside ``[low, high]`` of 100; returns its value."""
    while True:
        try:
            done, total, label = next(steps)
        except StopIteration as stop:
            return stop.value
        yield low + (high - low) * done // max(1, total), 100, label
