"""The lender's statement: what a lender reads about a period.

Their sukarela movements (the lender movements of one day and kind printed as one line);
money deployed, returned and earned; each credit funded with the money still out and its
kolektibilitas on the end date (the repayment book's loan standings); write-off losses; the
commitments not yet disbursed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, CreditApplication, CreditFunding
from kamura_desktop.db.models.lender import CreditWriteOff, LenderProfile, WriteOffShare
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.dto.lender_pool import (  # re-exported: the statement DTOs live in dto/
    LenderCreditLine,
    LenderMovement,
    LenderStatement,
    PendingCommitment,
    RiskBucket,
)

from .. import credits, repayments, savings
from .flowback import service_share_pct

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
             .group_by(Credit.id, CreditApplication.id, BorrowerGroup.id, Member.id)
             .order_by(Credit.disbursed_on, Credit.id))
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
