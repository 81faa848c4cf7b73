"""Writing off a credit: the chair books its outstanding principal as a loss.

The principal repaid so far is first shared exactly among all funders in proportion to their
parts (largest remainder; a lender still owed a rupiah fraction of it gets it now), and each
funder's loss is their part less that share — so the losses add up to the outstanding
principal and each lender's money back plus loss is exactly their part. Lenders' losses
reduce Dana Lender Tersalur; the cooperative's and the revolving fund's are expensed (Beban
Penyisihan Kerugian Piutang); every part is kept (``WriteOffShare``) for the lenders'
statements. This module is the one writer of ``CreditWriteOff`` and ``WriteOffShare`` rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import Credit
from kamura_desktop.db.models.lender import CreditWriteOff, WriteOffShare
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah, split_largest_remainder
from kamura_desktop.domain.text import clean_text

from .. import audit, ledger, repayments
from ..actor import Actor
from ..changes import Changes, Outcome
from ..permissions import require
from .commitments import _fundings
from .flowback import _flow_lines, _post_flows, _received, lender_memo


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
    reason = clean_text(reason, field="reason", label="Alasan", kind="reason") or ""
    if not reason:
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
            memo = lender_memo(s, lender) if source == "lender" else None
            lines += [ledger.Line(debit, debit=loss, memo=memo), ledger.Line(credit_acc, credit=loss)]
        lines += [ln for lender, (p, e) in top_ups.items() for ln in _flow_lines(p, e, lender_memo(s, lender))]
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
