"""The annual report for the members' meeting (RAT): data, PDF and Excel (issue 8).

UU 25/1992 art. 35 asks the board to lay before the RAT at least the balance sheet, the
income statement and the state of the cooperative and its business. This module gathers
everything for one financial year into one frozen :class:`AnnualReportDTO`:

* organisation: the Pengurus and Pengawas of the board register (services/board.py; the
  chair and treasurer users where it has none), the TKM roles, members at the
  start of the year, joined, left and at the end, by sex, and poor-family members;
* savings by type: balances at the start and the end, money in and out during the year;
* credit: disbursed by product and cycle, outstanding, repayment rate, kolektibilitas and
  PAR at 31 December, provisions, write-offs;
* the lender pool and the revolving fund (year by year, for the chart);
* mentoring (``services.mentoring``);
* the financial statements (``services.accounting``), the loan-loss provision
  (``services.provisions``), the SHU (``services.shu``) and whether the year is closed
  (``services.year_end``).

Every figure is one SQL aggregate (or a service that is), never a Python loop over the
ledger or the savings rows: the report must build for 20.000 members and 2.000.000 ledger
lines in seconds.

The DTOs are the document's inputs (``documents.annual_report.data``: documents cannot import
the services, so the classes live there), re-exported here under their names.

:func:`write_annual_report_pdf` and :func:`write_annual_report_xlsx` are generators
yielding ``(done, total, text)``; iterate them to the end to write the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditFunding, CreditProduct
from kamura_desktop.db.models.lender import (
    CapitalContribution,
    CreditWriteOff,
    LenderProfile,
    WriteOffShare,
)
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain import portfolio
from kamura_desktop.domain.errors import UserError

from . import (
    accounting,
    board,
    budget,
    cash_flow,
    lender_pool,
    provisions,
    rat_book,
    repayments,
    savings,
    shu,
    year_end,
)
from . import membership as membership_service
from . import settings as settings_service
from .actor import Actor
from .evaluation_report import mentoring_section
from .permissions import PERMISSIONS, require

if TYPE_CHECKING:
    from kamura_desktop.documents.annual_report import (
        AnnualReportDTO,
        CreditDTO,
        LenderPoolDTO,
        MembershipDTO,
        Officer,
        SavingsRow,
        ShuStatus,
        Signers,
        TkmMember,
    )
    from kamura_desktop.dto.filings import CalkNotes, CashFlowStatement

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "report.annual.view": (ALL, "melihat laporan tahunan"),
    "report.annual": (frozenset({"ketua", "bendahara"}), "mengekspor laporan tahunan RAT"),
})

Progress = Generator[tuple[int, int, str], None, Any]

#: the report's dataclasses, which live with its printout: handed out from here on first use
#: (``annual_report.Signers``), so that opening the books imports no ReportLab or openpyxl
_DOCUMENT_NAMES = frozenset({
    "AnnualReportDTO", "CreditDTO", "DisbursedRow", "KolRow", "LenderPoolDTO", "LenderRow", "MembershipDTO",
    "Officer", "ProvisionDTO", "ProvisionRowDTO", "SavingsRow", "SexCount", "ShuStatus", "Signers", "TkmMember",
})


def __getattr__(name: str):
    if name in _DOCUMENT_NAMES:
        from kamura_desktop.documents import annual_report as doc

        return getattr(doc, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    *sorted(_DOCUMENT_NAMES), "annual_report_data", "collect", "collected_and_due_sql", "write_annual_report_pdf",
    "write_annual_report_xlsx",
]


# ------------------------------------------------------------------ the parts

def _membership(s: Session, start: dt.date, end: dt.date) -> MembershipDTO:
    from kamura_desktop.documents.annual_report import MembershipDTO, SexCount

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


def _organisation(s: Session, db: Database, end: dt.date, signed_on: dt.date
                  ) -> tuple[tuple[Officer, ...], tuple[TkmMember, ...], Signers]:
    """The officers in office at the year's end, the TKM, and who signs the book on
    ``signed_on`` (the RAT's date, else the year's end). The board register (services/board.py)
    names the Pengurus and the Pengawas; an office not in it falls back to the one active user of
    that role (chair, treasurer) or is left as a line to write the name on — the TKM's secretary
    is the programme's, not the board's, and no longer signs for it."""

    from kamura_desktop.documents.annual_report import Officer, Signers, TkmMember

    m = Member
    q = (select(m.tkm_role, m.number, m.name, m.sex, m.poor_family)
         .where(m.tkm_role.is_not(None), m.tkm_role != "", m.activated_on.is_not(None),
                m.activated_on <= end, (m.left_on.is_(None)) | (m.left_on > end)))
    order = {r: i for i, r in enumerate(membership_service.TKM_ROLES)}
    tkm = sorted((TkmMember(r, n, name, sex, bool(poor)) for r, n, name, sex, poor in s.execute(q)),
                 key=lambda t: (order.get(t.role, len(order)), t.number))
    users: dict[str, str | None] = {}
    for role in ("ketua", "bendahara"):
        found = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                               .order_by(User.id).limit(2)))
        users[role] = found[0] if len(found) == 1 else None

    register = [x for x in board.list_board(db) if x.in_office(end)]
    officers = [Officer(x.title, x.name, x.term_start, x.term_end) for x in register]
    for role, title in (("ketua", "Ketua"), ("bendahara", "Bendahara")):
        if users[role] and not any(x.body == "pengurus" and x.position == role for x in register):
            officers.append(Officer(title, users[role]))
    rank = {"Ketua": 0, "Sekretaris": 1, "Bendahara": 2, "Ketua Pengawas": 3, "Anggota Pengawas": 4}
    officers.sort(key=lambda o: rank.get(o.role, 5))
    on = board.board_on(db, on=signed_on)
    return tuple(officers), tuple(tkm), Signers(on.chair or users["ketua"], on.secretary,
                                                on.treasurer or users["bendahara"], on.pengawas_chair,
                                                on.pengawas_members)


def _savings(s: Session, start: dt.date, end: dt.date) -> tuple[SavingsRow, ...]:
    from kamura_desktop.documents.annual_report import SavingsRow

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


def _credit(s: Session, start: dt.date, end: dt.date) -> CreditDTO:
    from kamura_desktop.documents.annual_report import (
        CreditDTO,
        DisbursedRow,
        KolRow,
        ProvisionDTO,
        ProvisionRowDTO,
    )

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
    # principal as the base (the receivable on the balance sheet), service owed beside it
    kol_rows = tuple(KolRow(int(b.key), b.label, b.count, b.outstanding, b.share, b.service_outstanding)
                     for b in aging)
    par = portfolio.par_summary(positions)
    collected, due = collected_and_due_sql(s, start, end)
    wo_n, wo_amount = s.execute(select(func.count(CreditWriteOff.id),
                                       func.coalesce(func.sum(CreditWriteOff.principal), 0))
                                .where(CreditWriteOff.on_date.between(start, end))).one()

    q = provisions.quote_in_session(s, end)
    provision = ProvisionDTO(end, q.rule_set_name, q.required, q.booked, q.change, tuple(
        ProvisionRowDTO(r.kol, r.label, r.loans, r.outstanding, r.pct, r.required) for r in q.rows))
    return CreditDTO(
        disbursed=disbursed, disbursed_credits=sum(r.credits for r in disbursed),
        disbursed_amount=sum(r.amount for r in disbursed), borrowers=int(borrowers),
        outstanding_credits=len(standings), outstanding=sum(x.principal_outstanding for x in standings),
        service_outstanding=sum(x.service_outstanding for x in standings),
        collected=collected, due=due, repayment_rate=portfolio.repayment_rate(collected, due),
        kol_rule_set=rs.name, kolektibilitas=kol_rows, par=tuple(sorted(par.items())),
        written_off_credits=int(wo_n), written_off_amount=int(wo_amount), provision=provision)


_LENDER_TYPES = ("penyaluran", "pengembalian_dana", "bagi_hasil")


def _lenders(s: Session, start: dt.date, end: dt.date) -> LenderPoolDTO:
    from kamura_desktop.documents.annual_report import LenderPoolDTO, LenderRow

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


def _shu(db: Database, year: int) -> tuple[shu.ShuDTO | None, ShuStatus]:
    from kamura_desktop.documents.annual_report import ShuStatus

    stored = shu.get_shu(db, year)
    if stored is not None:
        label = {"draft": "Rancangan pembagian SHU (belum disahkan RAT)",
                 "approved": "Pembagian SHU yang disahkan RAT",
                 "paid": "Pembagian SHU yang disahkan RAT dan telah dibayarkan"}.get(stored.status, stored.status)
        return stored, ShuStatus("stored", label)
    try:
        return (shu.compute_shu(db, year=year),
                ShuStatus("computed", "Usulan pembagian SHU (perhitungan, belum dibuat rancangan)"))
    except UserError as exc:  # no surplus (a deficit) or settings that do not add up
        return None, ShuStatus("none", exc.message)


def _cash_flow_and_notes(db: Database, year: int, statements: Future) -> tuple[CashFlowStatement, CalkNotes]:
    """The cash flow statement and the notes of ``year`` on the balance sheet ``statements``
    (the future of ``accounting.year_statements``) gives, not a balance sheet of their own."""
    bs = statements.result()[0]
    return (cash_flow.year_statement(db, year=year, balance_sheet=bs),
            cash_flow.calk_notes(db, year=year, balance_sheet=bs))


def collect(db: Database, *, year: int) -> Progress:
    """Gather the report, yielding ``(done, len(PARTS), text)``; returns the DTO.

    The financial statements (one grouped aggregate, ``accounting.year_statements``), the SHU
    and the cash flow statement each read the whole ledger; they run on worker threads (each
    opens its own session: SQLite reads run side by side in WAL mode and the driver releases
    the GIL while a query runs; on the server they are separate backends) while this thread
    gathers the rest. The balance sheet is computed once: the cash flow statement and the
    notes (CALK) are handed the one ``year_statements`` gave (each read it again before)."""

    from kamura_desktop.documents.annual_report import AnnualReportDTO

    _check_year(year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    total = len(PARTS)
    yield 0, total, "Profil dan organisasi"
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="laporan-rat") as pool:
        # the three statements from one grouped aggregate over the lines (not three scans)
        f_statements = pool.submit(accounting.year_statements, db, year=year)
        f_shu = pool.submit(_shu, db, year)
        f_cash = pool.submit(_cash_flow_and_notes, db, year, f_statements)

        profile = settings_service.get_profile(db)
        rat = rat_book.get_rat_book(db, year=year)
        signed_on = rat.held_on if rat is not None and rat.held_on else end
        with db.read() as s:
            officers, tkm, signers = _organisation(s, db, end, signed_on)
            yield 1, total, "Keanggotaan"
            members = _membership(s, start, end)
            yield 2, total, "Simpanan"
            saving_rows = _savings(s, start, end)
            yield 3, total, "Pinjaman"
            credit = _credit(s, start, end)
            yield 4, total, "Lender dan dana bergulir"
            lenders = _lenders(s, start, end)
        fund_years = tuple(y for y in lender_pool.revolving_fund_development(db) if y.year <= year)

        yield 5, total, "Pendampingan"
        mentoring = mentoring_section(db, date_from=start, date_to=end)
        year_closed = year_end.year_is_closed(db, year)

        yield 6, total, "Laporan keuangan"
        bs, income, equity = f_statements.result()

        yield 7, total, "SHU"
        shu_dto, status = f_shu.result()
        # issue 19: the cash flow statement and the notes, the year's realisation, next year's RAPB
        cf, calk = f_cash.result()
    realisation = budget.realisation(db, year=year) if budget.get_budget(db, year=year) is not None else None
    next_budget = budget.get_budget(db, year=year + 1) if year < 2100 else None
    yield total, total, "Data laporan lengkap"
    return AnnualReportDTO(
        year=year, date_from=start, date_to=end, profile=profile, officers=officers, tkm=tkm,
        membership=members, savings=saving_rows, credit=credit, lenders=lenders, fund_years=fund_years,
        mentoring=mentoring, balance_sheet=bs, income_statement=income, equity_changes=equity,
        shu=shu_dto, shu_status=status, signers=signers, year_closed=year_closed,
        cash_flow=cf, calk=calk, realisation=realisation, next_budget=next_budget, rat=rat)


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

    from kamura_desktop.documents.annual_report import build_annual_report_pdf

    if actor is not None:
        require(actor, "report.annual")
    base = 0 if _usable(report, year) else 30
    data = report if base == 0 else (yield from _scaled(collect(db, year=year), 0, base))
    for done, total, label in build_annual_report_pdf(path, report=data):
        yield base + (100 - base) * done // max(1, total), 100, label
    yield 100, 100, "Selesai"
    return Path(path)


def write_annual_report_xlsx(db: Database, *, year: int, path: Path | str, actor: Actor | None = None,
                             report: AnnualReportDTO | None = None) -> Progress:
    """Write the report as an Excel workbook (one sheet per chapter)."""

    from kamura_desktop.documents.annual_report import build_annual_report_xlsx

    if actor is not None:
        require(actor, "report.annual")
    base = 0 if _usable(report, year) else 40
    data = report if base == 0 else (yield from _scaled(collect(db, year=year), 0, base))
    for done, total, label in build_annual_report_xlsx(path, report=data):
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
