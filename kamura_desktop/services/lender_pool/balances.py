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

from sqlalchemy import bindparam, func, select
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


def _committed_query(for_members: bool):
    q = (select(CreditFunding.lender_member_id, func.sum(CreditFunding.amount))
         .join(Credit, Credit.id == CreditFunding.credit_id)
         .where(CreditFunding.source == "lender", CreditFunding.released_at.is_(None),
                Credit.status.in_(("applied", "approved")))
         .group_by(CreditFunding.lender_member_id))
    if for_members:
        q = q.where(CreditFunding.lender_member_id.in_(bindparam("ids", expanding=True)))
    return q


#: for given members? -> the statement, built once (every deposit and every balance asks)
_COMMITTED = {m: _committed_query(m) for m in (False, True)}


def _committed(s: Session, member_ids: list[int] | None) -> dict[int, int]:
    if member_ids is None:
        return {mid: int(total) for mid, total in s.execute(_COMMITTED[False])}
    if not member_ids:
        return {}
    return {mid: int(total) for mid, total in s.execute(_COMMITTED[True], {"ids": list(member_ids)})}


def committed_sukarela(s: Session, question: events.SukarelaHeld) -> dict[int, int]:
    """Sukarela committed to credits not yet disbursed: held, not available (savings book)."""
    return _committed(s, None if question.member_ids is None else list(question.member_ids))


def _movements_query():
    tx = SavingsTransaction
    orig = aliased(SavingsTransaction)
    kind = func.coalesce(orig.tx_type, tx.tx_type)
    return (select(kind, func.sum(tx.amount)).outerjoin(orig, orig.id == tx.reversal_of_id)
            .where(tx.member_id == bindparam("member"), tx.kind == "sukarela").group_by(kind))


#: the statements a lender's balance reads, built once (a lender's balance is read on every
#: commitment, registration and statement)
_MOVEMENTS = _movements_query()
_LOST = (select(func.coalesce(func.sum(WriteOffShare.amount), 0))
         .where(WriteOffShare.lender_member_id == bindparam("member")))


def _movements(s: Session, member_id: int) -> dict[str, int]:
    """Net sukarela movements by type; a reversal row counts under its original's type."""
    return defaultdict(int, {t: int(a) for t, a in s.execute(_MOVEMENTS, {"member": member_id})})


def _lost(s: Session, member_id: int) -> int:
    """The lender's share of the credits written off."""
    return int(s.scalar(_LOST, {"member": member_id}) or 0)


def lender_balance_in_session(s: Session, member_id: int, *,
                              requirements: list[str] | tuple[str, ...] | None = None) -> LenderBalance:
    """A lender's balance; ``requirements``: what :func:`lender_requirements` answered in
    this transaction, when nothing written since can change it (a registration, a
    commitment: neither moves the member's status, papers, pokok or wajib)."""
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    mv = _movements(s, member_id)  # every sukarela row of the member, by type: their sum is the balance
    lost = _lost(s, member_id)
    deployed_total = -mv["penyaluran"]
    returned = mv["pengembalian_dana"]
    earned = mv["bagi_hasil"]
    deployed = max(0, deployed_total - returned - lost)
    return LenderBalance(
        member_id=m.id, number=m.number, name=m.name, sukarela=sum(mv.values()),
        committed=_committed(s, [member_id]).get(member_id, 0), deployed=deployed, returned=returned,
        earned=earned, lost=lost, registered=s.get(LenderProfile, member_id) is not None,
        requirements=tuple(lender_requirements(s, member_id) if requirements is None else requirements))


def leave_blockers(s: Session, question: events.LeaveBlockers) -> list[str]:
    """A lender whose money is still out in running credits cannot leave yet: the flow-back
    would land in the sukarela of someone who has left."""
    member_id = question.member_id
    mv = _movements(s, member_id)
    lost = _lost(s, member_id)
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
