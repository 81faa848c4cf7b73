"""Lender pool and fund sources.

Members with savings (lenders) commit part of their available simpanan sukarela to an
approved credit. A commitment *holds* the money (it cannot be withdrawn); withdrawing the
commitment before disbursement releases it. On disbursement the committed amounts leave
the lenders' sukarela (savings rows 'penyaluran'; ledger Simpanan Sukarela / Dana Lender
Tersalur — posted by the credit book's disbursement entry).

**Flow-back.** As a credit is repaid, each lender's *cumulative* share of the principal
repaid so far — floor(principal repaid × their part ÷ the credit's principal) — goes to their
sukarela ('pengembalian_dana'; Dana Lender Tersalur / Simpanan Sukarela). Each payment pays a
lender the difference between that share and what they have already received, so no rupiah
is lost or created, the lenders together never get more than has been repaid, and once the
credit is repaid every lender has got back exactly their part. Rupiah fractions wait in Dana
Lender Tersalur until they add up. The principal repaid is the schedule's replay (what the
repayment book counts), so payments in any order and size, paying ahead and reversals all
end in the same place. Of the service (jasa), each lender's proportional part is shared
between lender and cooperative by the setting ``lender.service_share_pct`` (default 70 % to
the lender, rounded down cumulatively; the cooperative keeps the rest) ('bagi_hasil'; Beban
Bagi Hasil Jasa untuk Lender / Simpanan Sukarela); the setting in force applies to the
payments made while it is. A reversed repayment reverses its flow-back exactly (the original
rows are mirrored, not recomputed); when an older payment (not the last) is reversed, a
lender left a rupiah off their cumulative share of the principal is set right at once
('flowback_adjust' entry).

**Losses.** A credit the chair writes off: the principal repaid so far is first shared
exactly among all funders in proportion to their parts (largest remainder; a lender still
owed a rupiah fraction of it gets it now), and each funder's loss is their part less that
share — so the losses add up to the outstanding principal and each lender's money back plus
loss is exactly their part. Lenders' losses reduce Dana Lender Tersalur; the cooperative's
and the revolving fund's are expensed (Beban Penyisihan Kerugian Piutang); every part is
kept (``write_off_shares``) for the lenders' statements.

**The revolving fund** (:func:`revolving_fund_development`) is read from the ledger:
capital = grants (net credits to Modal Dana Bergulir, however booked) + service income −
the fund's write-off losses.
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
from kamura_desktop.domain.allocation import PostedPayment, replay_payments
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.lender_shares import flowback_shares
from kamura_desktop.domain.money import format_rupiah, split_largest_remainder
from kamura_desktop.domain.schedule import build_schedule

from . import audit, credits, events, groups, ledger, repayments, savings
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .credit_products import holiday_set, product_in_session
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


def committed_sukarela(s: Session, question: events.SukarelaHeld) -> dict[int, int]:
    """Sukarela committed to credits not yet disbursed: held, not available (savings book)."""
    return _committed(s, None if question.member_ids is None else list(question.member_ids))


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


def leave_blockers(s: Session, question: events.LeaveBlockers) -> list[str]:
    """A lender whose money is still out in running credits cannot leave yet: the flow-back
    would land in the sukarela of someone who has left."""
    member_id = question.member_id
    mv = _movements(s, member_id)
    lost = int(s.scalar(select(func.coalesce(func.sum(WriteOffShare.amount), 0))
                        .where(WriteOffShare.lender_member_id == member_id)) or 0)
    out = -mv["penyaluran"] - mv["pengembalian_dana"] - lost
    if out > 0:
        return [f"Dana lender {format_rupiah(out)} masih tersalur pada kredit yang berjalan; "
                "tunggu sampai kembali atau kredit selesai."]
    return []



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
        credits.add_funding_in_session(s, c, source="lender", amount=amount,
                                       lender_member_id=lender_member_id)
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


def take_committed_sukarela(s: Session, event: events.CreditDisbursed) -> Changes:
    """At disbursement each lender's committed part leaves their sukarela (the ledger lines
    are in the disbursement entry)."""
    changes = Changes()
    for f in _fundings(s, event.credit.id):
        if f.source == "lender":
            _take_from_lender(s, event.actor, event.credit, f, event.entry, event.on_date)
            changes = Changes(savings=True, lenders=True)
    return changes


def _take_from_lender(s: Session, actor: Actor, c: Credit, f: CreditFunding, entry: JournalEntry,
                      on_date: dt.date) -> None:
    """A back-dated disbursement may not overdraw the account on any day from its date on."""
    sums = savings.sums_by_member(s, [f.lender_member_id]).get(f.lender_member_id, {"sukarela": 0})
    enough = min(sums["sukarela"], savings._lowest_sukarela_from(s, f.lender_member_id, on_date))
    if enough < f.amount:
        m = s.get(Member, f.lender_member_id)
        since = f" sejak {format_date_id(on_date)}" if enough < sums["sukarela"] else ""
        raise UserError(f"Saldo sukarela {m.name}{since} tinggal {format_rupiah(enough)}, kurang dari "
                        f"komitmennya {format_rupiah(f.amount)} untuk {c.number}.", code="lender_short")
    savings.post_for_entry_in_session(s, actor, entry=entry, member_id=f.lender_member_id,
                                      tx_type="penyaluran", amount=-f.amount, on_date=on_date,
                                      credit_id=c.id, note=f"Penyaluran ke kredit {c.number}")


# ------------------------------------------------------------------ flow-back

def _fundings(s: Session, credit_id: int) -> list[CreditFunding]:
    return list(s.scalars(select(CreditFunding).where(CreditFunding.credit_id == credit_id,
                                                      CreditFunding.released_at.is_(None))
                          .order_by(CreditFunding.id)))


def _lender_parts(fundings: list[CreditFunding]) -> dict[int, int]:
    """{lender member id: rupiah they funded} (a lender who committed twice has one part)."""
    parts: dict[int, int] = defaultdict(int)
    for f in fundings:
        if f.source == "lender":
            parts[f.lender_member_id] += f.amount
    return dict(parts)


def _received(s: Session, credit_id: int, tx_type: str) -> dict[int, int]:
    """{lender: net rupiah of ``tx_type`` rows on this credit}; reversal rows count under
    their original's type."""
    tx = SavingsTransaction
    orig = aliased(SavingsTransaction)
    q = (select(tx.member_id, func.sum(tx.amount)).outerjoin(orig, orig.id == tx.reversal_of_id)
         .where(tx.credit_id == credit_id, tx.kind == "sukarela",
                func.coalesce(orig.tx_type, tx.tx_type) == tx_type)
         .group_by(tx.member_id))
    return {mid: int(total) for mid, total in s.execute(q)}


def _repaid_totals(s: Session, credit_id: int, *, without: int | None = None) -> tuple[int, int, int]:
    """(principal, service) repaid on the credit by its effective payments, from the
    schedule's replay (what the repayment book counts as paid), and the service repaid
    without the payment ``without``."""
    rows = repayments.schedule_rows(s, credit_id)
    pays = [PostedPayment(p.id, p.amount) for p in repayments.effective_payments(s, credit_id)]
    principal_due = sum(r.principal_due for r in rows)
    service_due = sum(r.service_due for r in rows)
    state = replay_payments(rows, pays)
    service_before = service_due - state.service_outstanding
    if without is not None:
        service_before = service_due - replay_payments(
            rows, [p for p in pays if p.payment_id != without]).service_outstanding
    return principal_due - state.principal_outstanding, service_due - state.service_outstanding, service_before


def _flow_lines(p: int, e: int) -> list[ledger.Line]:
    """Principal back (Dana Lender Tersalur → sukarela) and service earned (expense →
    sukarela); a negative amount is taken back the other way."""
    lines = []
    for amount, source in ((p, Acc.DANA_LENDER_TERSALUR), (e, Acc.BEBAN_JASA_LENDER)):
        if amount > 0:
            lines += [ledger.Line(source, debit=amount), ledger.Line(Acc.SIMPANAN_SUKARELA, credit=amount)]
        elif amount < 0:
            lines += [ledger.Line(Acc.SIMPANAN_SUKARELA, debit=-amount), ledger.Line(source, credit=-amount)]
    return lines


def _post_flows(s: Session, actor: Actor, c: Credit, flows: dict[int, tuple[int, int]], *, on_date: dt.date,
                description: str, source_type: str, source_id: str, entry: JournalEntry | None = None,
                extra_lines: list[ledger.Line] | None = None) -> JournalEntry | None:
    """Post the lenders' flows in one entry (or add them to ``entry``'s lines, already
    posted by the caller) and write their sukarela rows."""
    lines = [ln for p, e in flows.values() for ln in _flow_lines(p, e)] + list(extra_lines or [])
    if entry is None:
        if not lines:
            return None
        entry = ledger.post_entry(s, actor, on_date=on_date, description=description, lines=lines,
                                  source_type=source_type, source_id=source_id)
    now = dt.datetime.now().replace(microsecond=0)
    for lender, (p, e) in flows.items():
        for amount, tx_type, note in ((p, "pengembalian_dana", "Pengembalian pokok"),
                                      (e, "bagi_hasil", "Bagi hasil jasa")):
            if amount:
                savings.post_for_entry_in_session(s, actor, entry=entry, member_id=lender,
                                                  tx_type=tx_type, amount=amount, on_date=on_date,
                                                  credit_id=c.id, note=f"{note} {c.number}",
                                                  created_at=now)
    s.flush()
    return entry


def service_share_pct(s: Session) -> int:
    """The lenders' share of their part of the service, in percent (kept within 0–100)."""
    return max(0, min(100, int(settings_service.get_value(s, "lender.service_share_pct"))))


def flow_back(s: Session, event: events.RepaymentPosted) -> Changes:
    """A payment on a lender-funded credit: each lender's part of the principal repaid so far,
    and their share of the service, flows back to their sukarela (cumulative shares, exact
    to the rupiah: :func:`kamura_desktop.domain.lender_shares.flowback_shares`)."""
    actor, c, row = event.actor, event.credit, event.repayment
    parts = _lender_parts(_fundings(s, c.id))
    if not parts:
        return Changes()  # the usual case: no lender on this credit
    pct = service_share_pct(s)
    principal_repaid, service_after, service_before = _repaid_totals(s, c.id, without=row.id)
    flows = flowback_shares(parts, c.principal, _received(s, c.id, "pengembalian_dana"), principal_repaid,
                            service_before, service_after, pct)
    entry = _post_flows(s, actor, c, flows, on_date=row.on_date, source_type="flowback",
                        source_id=row.receipt_no,
                        description=f"Pengembalian dana lender dari angsuran {row.receipt_no} {c.number}")
    return FLOWED if entry is not None else Changes()


#: what a flow-back (or taking it back) changes besides the repayment itself
FLOWED = Changes(savings=True, lenders=True, ledger=True)


def reverse_flow_back(s: Session, event: events.RepaymentReversed) -> Changes:
    """A payment on a lender-funded credit is reversed: its flow-back entry is reversed and
    the lenders' sukarela rows mirrored; then any rupiah a lender's cumulative share is off
    (reversing an older payment, not the last) is set right at once."""
    actor, c, row = event.actor, event.credit, event.reversal
    parts = _lender_parts(_fundings(s, c.id))
    if not parts:
        return Changes()
    now = dt.datetime.now().replace(microsecond=0)
    original = s.get(type(row), row.reversal_of_id)
    entry_id = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "flowback",
                                                      JournalEntry.source_id == original.receipt_no,
                                                      JournalEntry.reversal_of_id.is_(None)))
    if entry_id is not None:
        rev = ledger.reverse_in_session(s, actor, entry_id=entry_id,
                                        reason=f"angsuran {original.receipt_no} dibalik", on_date=row.on_date)
        savings.reverse_for_entry_in_session(s, actor, entry_id=entry_id, reversal=rev,
                                             on_date=row.on_date, credit_id=c.id, created_at=now)
        s.flush()
    # reversing an older payment (not the last) can leave a lender a rupiah off their
    # cumulative share: set it right at once
    principal_repaid, _, _ = _repaid_totals(s, c.id)
    fix = {lender: (p, 0) for lender, (p, _e) in flowback_shares(
        parts, c.principal, _received(s, c.id, "pengembalian_dana"), principal_repaid, 0, 0, 0).items()}
    _post_flows(s, actor, c, fix, on_date=row.on_date, source_type="flowback_adjust",
                source_id=original.receipt_no,
                description=f"Penyesuaian pengembalian dana lender {c.number} setelah pembalikan "
                            f"{original.receipt_no}")
    return FLOWED


# ------------------------------------------------------------------ write-off

@dataclass(frozen=True)
class LossShare:
    source: str  # own | revolving | lender
    lender_member_id: int | None
    amount: int


def write_off_credit(db: Database, *, actor: Actor, credit_id: int, on_date: dt.date,
                     reason: str) -> Outcome[list[LossShare]]:
    """The chair writes off a running credit's outstanding principal.

    The principal repaid so far is first shared out exactly among the funders in proportion to
    their parts (largest remainder): a lender still owed a rupiah fraction of the repayments gets
    it now. Each funder's loss is their part less that share, so the losses add up exactly to
    the outstanding principal, each lender's money back plus their loss is exactly their part,
    and nothing stays behind in Dana Lender Tersalur."""
    require(actor, "credits.write_off")
    if not (reason or "").strip():
        raise UserError("Alasan hapus buku wajib diisi.", field="reason")
    if on_date > dt.date.today():
        raise UserError("Tanggal hapus buku tidak boleh di masa depan.", field="on_date")
    with db.write() as s:
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status != "active":
            raise UserError(f"Kredit {c.number} tidak berjalan; tidak dapat dihapusbukukan.")
        if c.disbursed_on and on_date < c.disbursed_on:
            raise UserError(f"Tanggal hapus buku sebelum pencairan ({format_date_id(c.disbursed_on)}).",
                            field="on_date")
        state = repayments.state_in_session(s, c.id)
        principal = state.principal_outstanding
        if principal <= 0:
            raise UserError("Pokok kredit ini sudah lunas; tidak ada yang dihapusbukukan.")
        fundings = _fundings(s, c.id)
        # one funder per source (own, revolving) and per lender, in the order they came in
        funders: dict[tuple[str, int | None], int] = {}
        for f in fundings:
            key = (f.source, f.lender_member_id if f.source == "lender" else None)
            funders[key] = funders.get(key, 0) + f.amount
        keys = list(funders)
        recovered = split_largest_remainder(c.principal - principal, [funders[k] for k in keys])
        received = _received(s, c.id, "pengembalian_dana")
        lines: list[ledger.Line] = []
        losses: list[tuple[tuple[str, int | None], int]] = []
        top_ups: dict[int, tuple[int, int]] = {}
        for key, back in zip(keys, recovered, strict=True):
            source, lender = key
            loss = funders[key] - back
            if source == "lender" and back != received.get(lender, 0):
                top_ups[lender] = (back - received.get(lender, 0), 0)
            if not loss:
                continue
            losses.append((key, loss))
            debit = Acc.DANA_LENDER_TERSALUR if source == "lender" else Acc.BEBAN_PENYISIHAN_PIUTANG
            credit_acc = Acc.PIUTANG_DANA_BERGULIR if source == "revolving" else Acc.PIUTANG_PINJAMAN
            lines += [ledger.Line(debit, debit=loss), ledger.Line(credit_acc, credit=loss)]
        lines += [ln for p, e in top_ups.values() for ln in _flow_lines(p, e)]
        entry = ledger.post_entry(s, actor, on_date=on_date, description=f"Hapus buku kredit {c.number}: {reason.strip()}",
                                  lines=lines, source_type="write_off", source_id=c.number)
        _post_flows(s, actor, c, top_ups, on_date=on_date, description="", source_type="write_off",
                    source_id=c.number, entry=entry)
        wo = CreditWriteOff(credit_id=c.id, on_date=on_date, principal=principal, reason=reason.strip(),
                            journal_entry_id=entry.id, created_at=dt.datetime.now().replace(microsecond=0),
                            created_by_id=actor.user_id)
        s.add(wo)
        s.flush()
        for (source, lender), loss in losses:
            s.add(WriteOffShare(write_off_id=wo.id, source=source, lender_member_id=lender, amount=loss))
        c.status, c.closed_on = "written_off", on_date
        audit.record(s, actor, action="credit.write_off", entity="credit", entity_id=c.number,
                     summary=f"{format_rupiah(principal)}: {reason.strip()}")
        result = [LossShare(source, lender, loss) for (source, lender), loss in losses]
    return Outcome(result, Changes(credits=True, lenders=True, ledger=True, savings=True))


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
    loans: int = 0  # credits disbursed (in part) from the revolving fund that year


def _account_year_sums(s: Session, code: str) -> dict[int, tuple[int, int]]:
    year = func.strftime("%Y", JournalEntry.date)
    q = (select(year, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code == code).group_by(year))
    return {int(y): (int(d or 0), int(c or 0)) for y, d, c in s.execute(q)}


def revolving_fund_development(db: Database) -> list[FundYear]:
    """The revolving fund year by year: capital = grants + service income − losses.

    Read from the ledger, so that a grant is counted however it was booked (through
    :func:`receive_capital`, or as a journal entry to Modal Dana Bergulir brought in from the
    paper books) and a reversed entry drops out: grants are the net credits to Modal Dana
    Bergulir, income the net credits to Pendapatan Jasa Dana Bergulir, the outstanding loans
    the balance of Piutang Dana Bergulir. Losses are the revolving fund's write-off shares;
    money lent is the revolving fund's part of the credits disbursed that year."""
    with db.read() as s:
        grants = {y: c - d for y, (d, c) in _account_year_sums(s, Acc.MODAL_DANA_BERGULIR).items()}
        receivable = _account_year_sums(s, Acc.PIUTANG_DANA_BERGULIR)
        income = {y: c - d for y, (d, c) in _account_year_sums(s, Acc.PENDAPATAN_JASA_DANA_BERGULIR).items()}
        losses: dict[int, int] = defaultdict(int)
        q = (select(CreditWriteOff.on_date, WriteOffShare.amount)
             .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
             .where(WriteOffShare.source == "revolving"))
        for on_date, amount in s.execute(q):
            losses[on_date.year] += amount
        lent: dict[int, int] = defaultdict(int)
        loans: dict[int, set[int]] = defaultdict(set)
        q = (select(Credit.id, Credit.disbursed_on, CreditFunding.amount)
             .join(CreditFunding, CreditFunding.credit_id == Credit.id)
             .where(CreditFunding.source == "revolving", CreditFunding.released_at.is_(None),
                    Credit.disbursed_on.is_not(None)))
        for credit_id, on_date, amount in s.execute(q):
            lent[on_date.year] += amount
            loans[on_date.year].add(credit_id)
    years = sorted(set(grants) | set(receivable) | set(income) | set(losses) | set(lent))
    if not years:
        return []
    out, capital, outstanding = [], 0, 0
    for y in range(years[0], years[-1] + 1):
        debit, credit = receivable.get(y, (0, 0))
        loss = losses.get(y, 0)
        change = debit - credit
        repaid = lent.get(y, 0) - loss - change  # what else left the receivable (reversals net out)
        inc = income.get(y, 0)
        capital += grants.get(y, 0) + inc - loss
        outstanding += change
        out.append(FundYear(y, grants.get(y, 0), lent.get(y, 0), repaid, inc, loss, capital, outstanding,
                            len(loans.get(y, ()))))
    return out


@dataclass(frozen=True)
class FundGrant:
    on_date: dt.date
    journal_number: str
    description: str
    amount: int  # negative for a reversal


def revolving_fund_grants(db: Database) -> list[FundGrant]:
    """Every entry that moved Modal Dana Bergulir (the grants and their corrections)."""
    with db.read() as s:
        q = (select(JournalEntry.date, JournalEntry.number, JournalEntry.description,
                    func.sum(JournalLine.credit) - func.sum(JournalLine.debit))
             .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
             .join(Account, Account.id == JournalLine.account_id)
             .where(Account.code == Acc.MODAL_DANA_BERGULIR)
             .group_by(JournalEntry.id).order_by(JournalEntry.date, JournalEntry.id))
        return [FundGrant(d, n, text, int(a)) for d, n, text, a in s.execute(q) if a]


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


# ------------------------------------------------------------------ what lenders read

savings.TX_LABELS.update({"penyaluran": "Penyaluran dana", "pengembalian_dana": "Pengembalian dana",
                          "bagi_hasil": "Bagi hasil"})

LENDER_REQUIREMENTS = (
    "Anggota aktif koperasi",
    "Fotokopi KTP dan KK diserahkan",
    "Simpanan pokok lunas",
    "Simpanan wajib tidak menunggak",
)


@dataclass(frozen=True)
class FactSheetMember:
    """A borrower as the fact sheet shows them: no NIK, no KK, no phone."""

    name: str
    sex: str
    trade: str | None
    kampung: str | None
    rt: str | None
    member_since: dt.date
    is_leader: bool
    amount: int
    purpose: str | None
    cycles_before: int
    eligible: bool


@dataclass(frozen=True)
class PastCycle:
    """One earlier credit round of the group and how it was repaid."""

    application_number: str
    product_name: str
    disbursed_on: dt.date
    members: int
    principal: int
    total_due: int
    due_so_far: int  # instalments fallen due by the sheet's date
    paid: int
    instalments: int  # every member's instalments together
    on_time: int  # paid in full by their due date
    late: int  # paid in full after their due date, or due and still unpaid
    max_days_late: int
    status: str  # Lunas | Berjalan | Dihapusbukukan
    kolektibilitas: int | None  # the worst class of its running credits today

    @property
    def repayment_rate(self) -> float:
        """Collected ÷ due so far (1.0 when nothing has fallen due yet)."""
        return min(self.paid, self.due_so_far) / self.due_so_far if self.due_so_far else 1.0


@dataclass(frozen=True)
class GroupFactSheet:
    as_of: dt.date
    application_id: int
    application_number: str
    application_status: str
    prepared_on: dt.date
    group_code: str
    group_name: str
    group_kind: str
    formed_on: dt.date
    kampung: str | None
    rt: str | None
    rw: str | None
    meeting_day: str | None
    meeting_place: str | None
    leader_name: str
    supervisors: tuple[str, ...]
    product_name: str
    credit_kind: str  # in_kind | cash
    instalments: int
    frequency: str
    instalment_amount: int  # one member's regular instalment
    service_total: int  # all members together
    package_items: tuple[str, ...]
    members: tuple[FactSheetMember, ...]
    amount_asked: int
    funded_own: int
    funded_revolving: int
    committed_lenders: int
    lenders: int
    past_cycles: tuple[PastCycle, ...]
    kolektibilitas: int | None  # the worst class of the group's running credits today
    kolektibilitas_label: str | None

    @property
    def gap(self) -> int:
        return self.amount_asked - self.funded_own - self.funded_revolving - self.committed_lenders

    @property
    def purposes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.purpose for m in self.members if m.purpose))

    @property
    def trades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.trade for m in self.members if m.trade))


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
class LenderCreditLine:
    """One credit the lender funded, as of the statement's end date."""

    credit_number: str
    group_code: str
    group_name: str
    borrower_name: str
    disbursed_on: dt.date
    status: str  # label: Berjalan, Lunas, Dihapusbukukan
    part: int
    returned: int
    earned: int
    lost: int
    days_past_due: int | None
    kolektibilitas: int | None  # None when repaid or written off by the end date

    @property
    def outstanding(self) -> int:
        """The lender's money still out in this credit (at risk)."""
        return max(0, self.part - self.returned - self.lost)


@dataclass(frozen=True)
class LenderMovement:
    on_date: dt.date
    description: str
    amount: int
    balance: int


@dataclass(frozen=True)
class RiskBucket:
    kolektibilitas: int
    label: str
    credits: int
    amount: int


@dataclass(frozen=True)
class PendingCommitment:
    credit_number: str
    group_code: str
    borrower_name: str
    amount: int


@dataclass(frozen=True)
class LenderStatement:
    member_id: int
    number: str
    name: str
    address: str
    registered_on: dt.date | None
    max_per_group: int | None
    preferred_trades: tuple[str, ...]
    date_from: dt.date
    date_to: dt.date
    opening: int  # sukarela on the day before date_from
    closing: int  # sukarela at the end of date_to
    deposits: int  # in the period
    withdrawals: int
    deployed: int
    returned: int
    earned: int
    lost: int  # write-offs dated in the period
    movements: tuple[LenderMovement, ...]
    credits: tuple[LenderCreditLine, ...]
    risk: tuple[RiskBucket, ...]  # the money still out, by kolektibilitas class
    pending: tuple[PendingCommitment, ...]  # committed today, not yet disbursed
    share_pct: int

    @property
    def at_risk(self) -> int:
        return sum(b.amount for b in self.risk)

    @property
    def returned_to_date(self) -> int:
        return sum(c.returned for c in self.credits)

    @property
    def earned_to_date(self) -> int:
        return sum(c.earned for c in self.credits)

    @property
    def lost_to_date(self) -> int:
        return sum(c.lost for c in self.credits)

    @property
    def deployed_to_date(self) -> int:
        return sum(c.part for c in self.credits)


_IN, _OUT = ("setoran", "saldo_awal", "shu"), ("penarikan", "pengembalian")
_MOVEMENT_LABELS = {"penyaluran": "Penyaluran ke kredit", "pengembalian_dana": "Pengembalian pokok",
                    "bagi_hasil": "Bagi hasil jasa"}


def lender_statement(db: Database, member_id: int, *, date_from: dt.date, date_to: dt.date) -> LenderStatement:
    """A lender's account of a period: sukarela movements; money deployed, returned and
    earned; each credit funded with the money still out and its kolektibilitas on
    ``date_to`` (the repayment book's loan standings); write-off losses."""
    if date_from > date_to:
        raise UserError("Tanggal awal sesudah tanggal akhir.", field="date_from")
    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
        profile = s.get(LenderProfile, member_id)
        tx = SavingsTransaction
        orig = aliased(SavingsTransaction)
        kind = func.coalesce(orig.tx_type, tx.tx_type)
        rows = s.execute(select(tx, kind).outerjoin(orig, orig.id == tx.reversal_of_id)
                         .where(tx.member_id == member_id, tx.kind == "sukarela", tx.on_date <= date_to)
                         .order_by(tx.on_date, tx.id)).all()
        opening = sum(r.amount for r, _ in rows if r.on_date < date_from)
        sums: dict[str, int] = defaultdict(int)
        per_credit: dict[tuple[int, str], int] = defaultdict(int)
        numbers = dict(s.execute(select(Credit.id, Credit.number).where(
            Credit.id.in_({r.credit_id for r, _ in rows if r.credit_id is not None}))).all())
        # the lender movements of one day and kind (several credits, several payments) are
        # printed as one line where the first of them stands; other movements one by one
        items: list[list] = []
        slot: dict[tuple, list] = {}
        for r, k in rows:
            if r.credit_id is not None:
                per_credit[(r.credit_id, k)] += r.amount
            if r.on_date < date_from:
                continue
            sums[k] += r.amount
            if r.credit_id is not None and k in _MOVEMENT_LABELS:
                key = (r.on_date, r.tx_type, k)
                if key not in slot:
                    slot[key] = [r.on_date, key, 0, set()]
                    items.append(slot[key])
                slot[key][2] += r.amount
                slot[key][3].add(numbers[r.credit_id])
            else:
                label = savings.TX_LABELS.get(r.tx_type, r.tx_type)
                items.append([r.on_date, None, r.amount, f"{label}: {r.note}" if r.note else label])
        movements: list[LenderMovement] = []
        balance = opening
        for on, key, amount, what in items:
            balance += amount
            if key is not None:
                _, tx_type, k = key
                label = _MOVEMENT_LABELS[k] if tx_type != "pembalikan" else f"Pembalikan {_MOVEMENT_LABELS[k].lower()}"
                found = sorted(what)
                what = (f"{label}: {', '.join(found)}" if len(found) <= 3
                        else f"{label}: {len(found)} kredit, {found[0]} … {found[-1]}")
            movements.append(LenderMovement(on, what, amount, balance))
        standing = {st.credit_id: st for st in repayments.standings_in_session(s, date_to)}
        labels = repayments.rule_set(s).labels
        lost_by_credit: dict[int, int] = defaultdict(int)
        lost_in_period = 0
        q = (select(CreditWriteOff.credit_id, CreditWriteOff.on_date, WriteOffShare.amount)
             .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
             .where(WriteOffShare.lender_member_id == member_id, CreditWriteOff.on_date <= date_to))
        for credit_id, on_date, amount in s.execute(q):
            lost_by_credit[credit_id] += amount
            if on_date >= date_from:
                lost_in_period += amount
        lines, pending = [], []
        q = (select(Credit, CreditApplication, BorrowerGroup, Member, func.sum(CreditFunding.amount))
             .join(CreditFunding, CreditFunding.credit_id == Credit.id)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .join(Member, Member.id == Credit.member_id)
             .where(CreditFunding.lender_member_id == member_id, CreditFunding.source == "lender",
                    CreditFunding.released_at.is_(None))
             .group_by(Credit.id).order_by(Credit.disbursed_on, Credit.id))
        for c, _app, g, borrower, part in s.execute(q):
            if c.status in ("applied", "approved"):
                pending.append(PendingCommitment(c.number, g.code, borrower.name, int(part)))
                continue
            if c.disbursed_on is None or c.disbursed_on > date_to:
                continue
            st = standing.get(c.id)
            if c.status == "written_off" and c.closed_on and c.closed_on <= date_to:
                status = credits.STATUS_LABELS["written_off"]
            else:
                if st is None and c.status == "written_off":  # written off later: it was running then
                    cs = repayments.statement_in_session(s, c.id, date_to)
                    st = cs if cs.outstanding else None
                status = credits.STATUS_LABELS["active"] if st else credits.STATUS_LABELS["lunas"]
            lines.append(LenderCreditLine(
                credit_number=c.number, group_code=g.code, group_name=g.name, borrower_name=borrower.name,
                disbursed_on=c.disbursed_on, status=status, part=int(part),
                returned=per_credit[(c.id, "pengembalian_dana")], earned=per_credit[(c.id, "bagi_hasil")],
                lost=lost_by_credit[c.id], days_past_due=st.days_past_due if st else None,
                kolektibilitas=st.kolektibilitas if st else None))
        risk = []
        for k in range(1, 6):
            out = [ln for ln in lines if ln.kolektibilitas == k and ln.outstanding]
            risk.append(RiskBucket(k, labels[k - 1], len(out), sum(ln.outstanding for ln in out)))
        pct = service_share_pct(s)
        return LenderStatement(
            member_id=m.id, number=m.number, name=m.name,
            address=", ".join(x for x in (f"Kp. {m.kampung}" if m.kampung else "",
                                          f"RT {m.rt or '-'}/RW {m.rw or '-'}" if (m.rt or m.rw) else "",
                                          m.desa or "") if x) or "-",
            registered_on=profile.registered_on if profile else None,
            max_per_group=profile.max_per_group if profile else None,
            preferred_trades=tuple(json.loads(profile.preferred_trades)) if profile else (),
            date_from=date_from, date_to=date_to, opening=opening, closing=balance,
            deposits=sum(sums[k] for k in _IN),
            withdrawals=-sum(sums[k] for k in _OUT),
            deployed=-sums["penyaluran"], returned=sums["pengembalian_dana"], earned=sums["bagi_hasil"],
            lost=lost_in_period, movements=tuple(movements), credits=tuple(lines), risk=tuple(risk),
            pending=tuple(pending), share_pct=pct)


def lender_ids(s: Session, question: events.LenderIds):
    """Registered, active lenders (the member list's 'lender' filter)."""
    return select(LenderProfile.member_id).where(LenderProfile.active.is_(True))


@dataclass(frozen=True)
class CommitmentDTO:
    funding_id: int
    credit_id: int
    credit_number: str
    application_id: int
    group_code: str
    group_name: str
    borrower: str
    amount: int
    credit_status: str
    committed_at: dt.datetime
    released_at: dt.datetime | None

    @property
    def withdrawable(self) -> bool:
        return self.released_at is None and self.credit_status in ("applied", "approved")


def lender_commitments(db: Database, member_id: int) -> list[CommitmentDTO]:
    """Every commitment a lender made, newest first (released ones included)."""
    with db.read() as s:
        q = (select(CreditFunding, Credit, CreditApplication, BorrowerGroup, Member)
             .join(Credit, Credit.id == CreditFunding.credit_id)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .join(Member, Member.id == Credit.member_id)
             .where(CreditFunding.source == "lender", CreditFunding.lender_member_id == member_id)
             .order_by(CreditFunding.id.desc()))
        return [CommitmentDTO(f.id, c.id, c.number, a.id, g.code, g.name, m.name, f.amount, c.status,
                              f.created_at, f.released_at) for f, c, a, g, m in s.execute(q)]


@dataclass(frozen=True)
class CapitalDTO:
    fund: str
    giver: str
    received_on: dt.date
    amount: int
    note: str | None

    @property
    def fund_label(self) -> str:
        return FUND_LABELS[self.fund]


def list_capital(db: Database, *, fund: str | None = None) -> list[CapitalDTO]:
    """Capital received (revolving-fund grants and stakeholder capital), oldest first."""
    with db.read() as s:
        q = select(CapitalContribution).order_by(CapitalContribution.received_on, CapitalContribution.id)
        if fund:
            q = q.where(CapitalContribution.fund == fund)
        return [CapitalDTO(c.fund, c.giver, c.received_on, c.amount, c.note) for c in s.scalars(q)]
