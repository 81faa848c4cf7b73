"""Who may be a lender and where each lender's money stands.

The requirements (active member, KTP/KK on file, pokok paid, no wajib arrears); a lender's
balance — sukarela, committed (held), deployed, returned, earned, lost — read from the
fundings, the sukarela rows and the write-off shares; and the lender pool's answers to the
other books' questions: :func:`committed_sukarela` (``events.SukarelaHeld``),
:func:`leave_blockers` (``events.LeaveBlockers``) and :func:`lender_ids` (``events.LenderIds``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.db.models.lender import LenderProfile, WriteOffShare
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.errors import NotFound
from kamura_desktop.domain.money import format_rupiah

from .. import events, savings

#: the requirements as the lender registration form prints them (:func:`lender_requirements`
#: checks them)
LENDER_REQUIREMENTS = (
    "Anggota aktif koperasi",
    "Fotokopi KTP dan KK diserahkan",
    "Simpanan pokok lunas",
    "Simpanan wajib tidak menunggak",
)


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


def lender_ids(s: Session, question: events.LenderIds):
    """Registered, active lenders (the member list's 'lender' filter)."""
    return select(LenderProfile.member_id).where(LenderProfile.active.is_(True))
