"""Lender pool and fund sources.

Members with savings (lenders) commit part of their available simpanan sukarela to an
approved credit. A commitment *holds* the money (it cannot be withdrawn); withdrawing the
commitment before disbursement releases it. On disbursement the committed amounts leave
the lenders' sukarela (savings rows 'penyaluran'; ledger Simpanan Sukarela / Dana Lender
Tersalur — posted by the credit book's disbursement entry).

**Flow-back.** Each repayment's principal returns to the funders in proportion to their
parts of the credit (own funds, revolving fund, each lender), in whole rupiah by the
largest-remainder rule, so no rupiah is lost or created; the lenders' parts go to their
sukarela ('pengembalian_dana'; Dana Lender Tersalur / Simpanan Sukarela). Of the service
(jasa) part, each lender's proportional part is shared between lender and cooperative by
the setting ``lender.service_share_pct`` (default 70 % to the lender, rounded down to the
rupiah; the cooperative keeps the rest) ('bagi_hasil'; Beban Bagi Hasil Jasa untuk Lender /
Simpanan Sukarela). A reversed repayment reverses its flow-back exactly (the original rows
are mirrored, not recomputed).

**Losses.** A credit the chair writes off: the outstanding principal is shared by the same
proportions; lenders' parts reduce Dana Lender Tersalur, the cooperative's and the
revolving fund's parts are expensed (Beban Penyisihan Kerugian Piutang), and every part is
kept (``write_off_shares``) for the lenders' statements.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditFunding,
)
from kamura_desktop.db.models.lender import (
    CapitalContribution,
    CreditWriteOff,
    LenderProfile,
    Prospect,
    WriteOffShare,
)
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah, split_largest_remainder

from . import audit, credits, ledger, repayments, savings
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "lenders.view": (ALL, "melihat data lender"),
    "lenders.register": (frozenset({"petugas", "bendahara", "ketua"}), "mendaftarkan lender"),
    "lenders.commit": (frozenset({"petugas", "bendahara"}), "mencatat komitmen dana lender"),
    "credits.write_off": (frozenset({"ketua"}), "menghapusbukukan kredit"),
    "funds.capital": (frozenset({"bendahara"}), "mencatat penerimaan modal"),
    "prospects.edit": (frozenset({"petugas", "bendahara", "ketua"}), "mengubah daftar calon investor"),
})
settings_service.DEFAULTS.update({"lender.service_share_pct": 70})
FUND_LABELS = {"revolving": "Dana bergulir (hibah)", "stakeholder": "Modal pemangku kepentingan"}
FUND_ACCOUNTS = {"revolving": Acc.MODAL_DANA_BERGULIR, "stakeholder": Acc.MODAL_DONASI}


# ------------------------------------------------------------------ requirements

def lender_requirements(s: Session, member_id: int) -> list[str]:
    """Why a member cannot (yet) be a lender: empty when they meet the requirements."""
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    bal = savings.balances_in_session(s, member_id)
    out = []
    if m.status != "active":
        out.append("belum anggota aktif")
    if not (m.ktp_on_file and m.kk_on_file):
        out.append("fotokopi KTP/KK belum ada")
    if bal.pokok_outstanding:
        out.append(f"simpanan pokok kurang {format_rupiah(bal.pokok_outstanding)}")
    if bal.wajib_arrears:
        out.append(f"tunggakan simpanan wajib {format_rupiah(bal.wajib_arrears)}")
    return out


@dataclass(frozen=True)
class LenderBalance:
    member_id: int
    number: str
    name: str
    sukarela: int
    committed: int
    deployed: int
    returned: int
    earned: int
    lost: int
    registered: bool
    requirements: tuple[str, ...]

    @property
    def available(self) -> int:
        return max(0, self.sukarela - self.committed)


def _committed(s: Session, member_ids: list[int] | None) -> dict[int, int]:
    q = (select(CreditFunding.lender_member_id, func.sum(CreditFunding.amount))
         .join(Credit, Credit.id == CreditFunding.credit_id)
         .where(CreditFunding.source == "lender", CreditFunding.released_at.is_(None),
                Credit.status.in_(("applied", "approved")))
         .group_by(CreditFunding.lender_member_id))
    if member_ids is not None:
        q = q.where(CreditFunding.lender_member_id.in_(member_ids))
    return {mid: int(total) for mid, total in s.execute(q)}


savings.SUKARELA_HOLDS.append(_committed)


def _movements(s: Session, member_id: int) -> dict[str, int]:
    """Net sukarela movements by type; a reversal row counts under its original's type."""
    tx = SavingsTransaction
    orig = aliased(SavingsTransaction)
    kind = func.coalesce(orig.tx_type, tx.tx_type)
    q = (select(kind, func.sum(tx.amount)).outerjoin(orig, orig.id == tx.reversal_of_id)
         .where(tx.member_id == member_id, tx.kind == "sukarela").group_by(kind))
    return defaultdict(int, {t: int(a) for t, a in s.execute(q)})


def lender_balance_in_session(s: Session, member_id: int) -> LenderBalance:
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    sums = savings.sums_by_member(s, [member_id]).get(member_id, {"sukarela": 0})
    mv = _movements(s, member_id)
    lost = int(s.scalar(select(func.coalesce(func.sum(WriteOffShare.amount), 0))
                        .where(WriteOffShare.lender_member_id == member_id)) or 0)
    deployed_total = -mv["penyaluran"]
    returned = mv["pengembalian_dana"]
    earned = mv["bagi_hasil"]
    deployed = max(0, deployed_total - returned - lost)
    return LenderBalance(
        member_id=m.id, number=m.number, name=m.name, sukarela=sums["sukarela"],
        committed=_committed(s, [member_id]).get(member_id, 0), deployed=deployed, returned=returned,
        earned=earned, lost=lost, registered=s.get(LenderProfile, member_id) is not None,
        requirements=tuple(lender_requirements(s, member_id)))


def lender_balance(db: Database, member_id: int) -> LenderBalance:
    with db.read() as s:
        return lender_balance_in_session(s, member_id)


def list_lenders(db: Database) -> list[LenderBalance]:
    with db.read() as s:
        ids = list(s.scalars(select(LenderProfile.member_id).where(LenderProfile.active.is_(True))))
        rows = [lender_balance_in_session(s, i) for i in ids]
    return sorted(rows, key=lambda r: r.number)


def register_lender(db: Database, *, actor: Actor, member_id: int, preferred_trades: list[str] | None = None,
                    max_per_group: int | None = None, on_date: dt.date | None = None) -> Outcome[LenderBalance]:
    require(actor, "lenders.register")
    if max_per_group is not None and max_per_group <= 0:
        raise UserError("Batas per kelompok harus lebih dari Rp0.", field="max_per_group")
    with db.write() as s:
        problems = lender_requirements(s, member_id)
        m = s.get(Member, member_id)
        if problems:
            raise UserError(f"{m.name} belum memenuhi syarat lender: {', '.join(problems)}.",
                            field="member", code="lender_requirements")
        profile = s.get(LenderProfile, member_id)
        if profile is None:
            profile = LenderProfile(member_id=member_id, registered_on=on_date or dt.date.today())
            s.add(profile)
        profile.preferred_trades = json.dumps([t.strip() for t in preferred_trades or [] if t.strip()])
        profile.max_per_group = max_per_group
        profile.active = True
        audit.record(s, actor, action="lender.register", entity="member", entity_id=m.number,
                     summary=f"maks/kelompok {format_rupiah(max_per_group) if max_per_group else '-'}")
        s.flush()
        dto = lender_balance_in_session(s, member_id)
    return Outcome(dto, Changes(lenders=True, members=True))


# ------------------------------------------------------------------ commitments

def commit_funds(db: Database, *, actor: Actor, lender_member_id: int, credit_id: int,
                 amount: int) -> Outcome[LenderBalance]:
    """A lender commits part of their available sukarela to an approved credit."""
    require(actor, "lenders.commit")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise UserError("Jumlah komitmen harus lebih dari Rp0.", field="amount")
    with db.write() as s:
        profile = s.get(LenderProfile, lender_member_id)
        m = s.get(Member, lender_member_id)
        if profile is None or not profile.active:
            raise UserError(f"{m.name if m else lender_member_id} belum terdaftar sebagai lender.",
                            field="lender")
        problems = lender_requirements(s, lender_member_id)
        if problems:
            raise UserError(f"{m.name} belum memenuhi syarat lender: {', '.join(problems)}.", field="lender")
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status != "approved":
            raise UserError(f"Kredit {c.number} berstatus {credits.STATUS_LABELS[c.status].lower()}; "
                            "komitmen hanya untuk kredit yang sudah disetujui dan belum dicairkan.",
                            field="credit")
        if c.member_id == lender_member_id:
            raise UserError("Lender tidak boleh mendanai kreditnya sendiri.", field="credit")
        gap = c.principal - credits.funding_in_session(s, c)
        if amount > gap:
            raise UserError(f"Kekurangan dana kredit {c.number} tinggal {format_rupiah(gap)}.",
                            field="amount", code="over_gap")
        bal = lender_balance_in_session(s, lender_member_id)
        if amount > bal.available:
            raise UserError(f"Komitmen {format_rupiah(amount)} melebihi saldo sukarela yang tersedia "
                            f"{format_rupiah(bal.available)}.", field="amount", code="over_available")
        if profile.max_per_group:
            app = s.get(CreditApplication, c.application_id)
            already = int(s.scalar(
                select(func.coalesce(func.sum(CreditFunding.amount), 0))
                .join(Credit, Credit.id == CreditFunding.credit_id)
                .where(Credit.application_id == app.id, CreditFunding.lender_member_id == lender_member_id,
                       CreditFunding.released_at.is_(None))) or 0)
            if already + amount > profile.max_per_group:
                raise UserError(f"Melebihi batas {m.name} per kelompok {format_rupiah(profile.max_per_group)}.",
                                field="amount")
        s.add(CreditFunding(credit_id=c.id, source="lender", lender_member_id=lender_member_id,
                            amount=amount, created_at=dt.datetime.now().replace(microsecond=0)))
        audit.record(s, actor, action="lender.commit", entity="credit", entity_id=c.number,
                     summary=f"{m.number} {m.name} {format_rupiah(amount)}")
        s.flush()
        dto = lender_balance_in_session(s, lender_member_id)
    return Outcome(dto, Changes(lenders=True, credits=True, savings=True))


def withdraw_commitment(db: Database, *, actor: Actor, funding_id: int) -> Outcome[None]:
    require(actor, "lenders.commit")
    with db.write() as s:
        f = s.get(CreditFunding, funding_id)
        if f is None or f.source != "lender":
            raise NotFound("Komitmen lender tidak ditemukan.")
        c = s.get(Credit, f.credit_id)
        if f.released_at is not None:
            raise UserError("Komitmen ini sudah ditarik.")
        if c.status not in ("applied", "approved"):
            raise UserError(f"Kredit {c.number} sudah {credits.STATUS_LABELS[c.status].lower()}; "
                            "komitmen tidak dapat ditarik lagi.")
        f.released_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, actor, action="lender.withdraw", entity="credit", entity_id=c.number,
                     summary=f"lender #{f.lender_member_id} {format_rupiah(f.amount)}")
    return Outcome(None, Changes(lenders=True, credits=True, savings=True))


def _on_disburse(s: Session, actor: Actor, c: Credit, f: CreditFunding, entry: JournalEntry,
                 on_date: dt.date) -> None:
    """The committed amount leaves the lender's sukarela (the ledger lines are in the
    disbursement entry)."""
    if f.source != "lender":
        return
    sums = savings.sums_by_member(s, [f.lender_member_id]).get(f.lender_member_id, {"sukarela": 0})
    if sums["sukarela"] < f.amount:
        m = s.get(Member, f.lender_member_id)
        raise UserError(f"Saldo sukarela {m.name} tinggal {format_rupiah(sums['sukarela'])}, kurang dari "
                        f"komitmennya {format_rupiah(f.amount)} untuk {c.number}.", code="lender_short")
    s.add(SavingsTransaction(member_id=f.lender_member_id, kind="sukarela", tx_type="penyaluran",
                             on_date=on_date, amount=-f.amount, journal_entry_id=entry.id,
                             credit_id=c.id, note=f"Penyaluran ke kredit {c.number}",
                             created_at=dt.datetime.now().replace(microsecond=0),
                             created_by_id=actor.user_id))


credits.DISBURSE_HOOKS.append(_on_disburse)


# ------------------------------------------------------------------ flow-back

def _fundings(s: Session, credit_id: int) -> list[CreditFunding]:
    return list(s.scalars(select(CreditFunding).where(CreditFunding.credit_id == credit_id,
                                                      CreditFunding.released_at.is_(None))
                          .order_by(CreditFunding.id)))


def lender_cumulative(total: int, part: int, whole: int, pct: int = 100) -> int:
    """A lender's cumulative share of ``total`` rupiah repaid on a credit of ``whole`` when
    they funded ``part`` of it: floor(total × part × pct / (whole × 100)). Never decreases
    as more is repaid, and equals ``part`` exactly once the whole principal is repaid."""
    return total * part * pct // (whole * 100)


def flowback_shares(fundings: list[CreditFunding], principal_before: int, principal: int,
                    service_before: int, service: int, share_pct: int) -> list[tuple[CreditFunding, int, int]]:
    """(funding, principal back, service earned) per lender funding for one payment.

    Shares are the change in each lender's *cumulative* share, so over a credit's life every
    lender gets back exactly the part they funded (a per-payment split would drift by a
    rupiah here and there); rupiah fractions stay with the cooperative until they add up."""
    whole = sum(f.amount for f in fundings)
    out = []
    for f in fundings:
        if f.source != "lender":
            continue
        p = (lender_cumulative(principal_before + principal, f.amount, whole)
             - lender_cumulative(principal_before, f.amount, whole))
        e = (lender_cumulative(service_before + service, f.amount, whole, share_pct)
             - lender_cumulative(service_before, f.amount, whole, share_pct))
        if p or e:
            out.append((f, p, e))
    return out


def _on_repayment(s: Session, actor: Actor, c: Credit, row, principal: int, service: int) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    if row.reversal_of_id is not None:
        original = s.get(type(row), row.reversal_of_id)
        entry_id = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "flowback",
                                                          JournalEntry.source_id == original.receipt_no))
        if entry_id is None:
            return
        rev = ledger.reverse_in_session(s, actor, entry_id=entry_id, reason=f"angsuran {original.receipt_no} dibalik",
                                        on_date=row.on_date)
        for tx in s.scalars(select(SavingsTransaction).where(SavingsTransaction.journal_entry_id == entry_id)):
            s.add(SavingsTransaction(member_id=tx.member_id, kind="sukarela", tx_type="pembalikan",
                                     on_date=row.on_date, amount=-tx.amount, journal_entry_id=rev.id,
                                     reversal_of_id=tx.id, credit_id=c.id,
                                     note=f"Pembalikan {tx.note or ''}".strip(), created_at=now,
                                     created_by_id=actor.user_id))
        return
    pct = int(settings_service.get_value(s, "lender.service_share_pct"))
    earlier = [p for p in repayments.effective_payments(s, c.id) if p.id != row.id]
    shares = flowback_shares(_fundings(s, c.id), sum(p.principal_part for p in earlier), principal,
                             sum(p.service_part for p in earlier), service, pct)
    if not shares:
        return
    lines = []
    for _f, p, e in shares:
        if p:
            lines += [ledger.Line(Acc.DANA_LENDER_TERSALUR, debit=p), ledger.Line(Acc.SIMPANAN_SUKARELA, credit=p)]
        if e:
            lines += [ledger.Line(Acc.BEBAN_JASA_LENDER, debit=e), ledger.Line(Acc.SIMPANAN_SUKARELA, credit=e)]
    entry = ledger.post_entry(s, actor, on_date=row.on_date,
                              description=f"Pengembalian dana lender dari angsuran {row.receipt_no} {c.number}",
                              lines=lines, source_type="flowback", source_id=row.receipt_no)
    for f, p, e in shares:
        for amount, tx_type, note in ((p, "pengembalian_dana", "Pengembalian pokok"),
                                      (e, "bagi_hasil", "Bagi hasil jasa")):
            if amount:
                s.add(SavingsTransaction(member_id=f.lender_member_id, kind="sukarela", tx_type=tx_type,
                                         on_date=row.on_date, amount=amount, journal_entry_id=entry.id,
                                         credit_id=c.id, note=f"{note} {c.number}", created_at=now,
                                         created_by_id=actor.user_id))


repayments.POSTING_HOOKS.append(_on_repayment)


# ------------------------------------------------------------------ write-off

@dataclass(frozen=True)
class LossShare:
    source: str  # own | revolving | lender
    lender_member_id: int | None
    amount: int


def write_off_credit(db: Database, *, actor: Actor, credit_id: int, on_date: dt.date,
                     reason: str) -> Outcome[list[LossShare]]:
    require(actor, "credits.write_off")
    if not (reason or "").strip():
        raise UserError("Alasan hapus buku wajib diisi.", field="reason")
    with db.write() as s:
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status != "active":
            raise UserError(f"Kredit {c.number} tidak berjalan; tidak dapat dihapusbukukan.")
        state = repayments.state_in_session(s, c.id)
        principal = state.principal_outstanding
        if principal <= 0:
            raise UserError("Pokok kredit ini sudah lunas; tidak ada yang dihapusbukukan.")
        fundings = _fundings(s, c.id)
        parts = split_largest_remainder(principal, [f.amount for f in fundings])
        lines = []
        for f, part in zip(fundings, parts, strict=True):
            if not part:
                continue
            debit = Acc.DANA_LENDER_TERSALUR if f.source == "lender" else Acc.BEBAN_PENYISIHAN_PIUTANG
            credit_acc = Acc.PIUTANG_DANA_BERGULIR if f.source == "revolving" else Acc.PIUTANG_PINJAMAN
            lines += [ledger.Line(debit, debit=part), ledger.Line(credit_acc, credit=part)]
        entry = ledger.post_entry(s, actor, on_date=on_date, description=f"Hapus buku kredit {c.number}: {reason.strip()}",
                                  lines=lines, source_type="write_off", source_id=c.number)
        wo = CreditWriteOff(credit_id=c.id, on_date=on_date, principal=principal, reason=reason.strip(),
                            journal_entry_id=entry.id, created_at=dt.datetime.now().replace(microsecond=0),
                            created_by_id=actor.user_id)
        s.add(wo)
        s.flush()
        shares = []
        for f, part in zip(fundings, parts, strict=True):
            if part:
                share = WriteOffShare(write_off_id=wo.id, source=f.source, lender_member_id=f.lender_member_id,
                                      amount=part)
                s.add(share)
                shares.append(share)
        c.status, c.closed_on = "written_off", on_date
        audit.record(s, actor, action="credit.write_off", entity="credit", entity_id=c.number,
                     summary=f"{format_rupiah(principal)}: {reason.strip()}")
        result = [LossShare(sh.source, sh.lender_member_id, sh.amount) for sh in shares]
    return Outcome(result, Changes(credits=True, lenders=True, ledger=True))


# ------------------------------------------------------------------ capital and the revolving fund

def receive_capital(db: Database, *, actor: Actor, fund: str, giver: str, on_date: dt.date,
                    amount: int, note: str | None = None) -> Outcome[None]:
    """A grant to the revolving fund or capital from an outside stakeholder, received in cash."""
    require(actor, "funds.capital")
    if fund not in FUND_ACCOUNTS:
        raise UserError("Sumber modal harus dana bergulir atau pemangku kepentingan.", field="fund")
    if not (giver or "").strip():
        raise UserError("Pemberi modal wajib diisi.", field="giver")
    if not isinstance(amount, int) or amount <= 0:
        raise UserError("Jumlah modal harus lebih dari Rp0.", field="amount")
    with db.write() as s:
        entry = ledger.post_entry(s, actor, on_date=on_date,
                                  description=f"Penerimaan {FUND_LABELS[fund].lower()} dari {giver.strip()}",
                                  lines=[ledger.Line(Acc.KAS, debit=amount),
                                         ledger.Line(FUND_ACCOUNTS[fund], credit=amount)],
                                  source_type="capital", source_id=fund)
        s.add(CapitalContribution(fund=fund, giver=giver.strip(), received_on=on_date, amount=amount,
                                  journal_entry_id=entry.id, note=(note or "").strip() or None,
                                  created_at=dt.datetime.now().replace(microsecond=0)))
        audit.record(s, actor, action="capital.receive", entity="capital", entity_id=fund,
                     summary=f"{giver.strip()} {format_rupiah(amount)} {format_date_id(on_date)}")
    return Outcome(None, Changes(ledger=True, lenders=True))


@dataclass(frozen=True)
class FundYear:
    year: int
    grants: int
    lent: int  # principal disbursed from the revolving fund that year
    repaid: int  # its principal repaid that year
    income: int  # its service income that year
    losses: int  # its write-offs that year
    capital_end: int  # grants + income − losses, cumulative to the end of the year
    outstanding_end: int  # revolving-fund loans outstanding at the end of the year


def _account_year_sums(s: Session, code: str) -> dict[int, tuple[int, int]]:
    year = func.strftime("%Y", JournalEntry.date)
    q = (select(year, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code == code).group_by(year))
    return {int(y): (int(d or 0), int(c or 0)) for y, d, c in s.execute(q)}


def revolving_fund_development(db: Database) -> list[FundYear]:
    """The revolving fund year by year: capital = grants + service income − losses."""
    with db.read() as s:
        grants = defaultdict(int)
        for cc in s.scalars(select(CapitalContribution).where(CapitalContribution.fund == "revolving")):
            grants[cc.received_on.year] += cc.amount
        receivable = _account_year_sums(s, Acc.PIUTANG_DANA_BERGULIR)
        income = _account_year_sums(s, Acc.PENDAPATAN_JASA_DANA_BERGULIR)
        losses = defaultdict(int)
        q = (select(CreditWriteOff.on_date, WriteOffShare.amount)
             .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
             .where(WriteOffShare.source == "revolving"))
        for on_date, amount in s.execute(q):
            losses[on_date.year] += amount
    years = sorted(set(grants) | set(receivable) | set(income) | set(losses))
    if not years:
        return []
    out, capital, outstanding = [], 0, 0
    for y in range(years[0], years[-1] + 1):
        lent, credited = receivable.get(y, (0, 0))
        loss = losses.get(y, 0)
        repaid = credited - loss  # write-offs also credit the receivable
        inc = income.get(y, (0, 0))[1] - income.get(y, (0, 0))[0]
        capital += grants.get(y, 0) + inc - loss
        outstanding += lent - credited
        out.append(FundYear(y, grants.get(y, 0), lent, repaid, inc, loss, capital, outstanding))
    return out


def revolving_fund_capital(db: Database) -> int:
    dev = revolving_fund_development(db)
    return dev[-1].capital_end if dev else 0


# ------------------------------------------------------------------ prospects

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
    if not (prospect.name or "").strip():
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


def credits_waiting_for_funds(db: Database) -> list[tuple[int, str, str, int, int]]:
    """The marketplace: (credit id, credit number, group, principal, funded) of approved credits."""
    with db.read() as s:
        q = (select(Credit, BorrowerGroup.code)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .where(Credit.status == "approved").order_by(Credit.id))
        return [(c.id, c.number, code, c.principal, credits.funding_in_session(s, c)) for c, code in s.execute(q)]
