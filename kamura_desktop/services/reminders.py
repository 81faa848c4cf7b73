"""Reminders the office can send today (issue 19 §5): instalments due tomorrow and instalments
in arrears, per member (filterable by group), each with a WhatsApp click-to-chat link carrying a
prefilled Indonesian message; members without a usable phone number are listed apart
(``phone is None``); or per group, one message to each group's leader listing its members
(the group is jointly liable). And the reminder letters (surat peringatan 1/2/3) for credits in
kolektibilitas 3, 4 and 5, signed by the chair.

Reads only. The credits' classes and arrears come from the repayment book
(``standings_in_session``); what is unpaid of each instalment from the schedules and the sums
paid, allocated as the repayment book allocates (``domain.allocation.settled_state``) — the
amounts the collection sheet shows, for the whole loan book in a few queries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Generator, Iterable
from pathlib import Path

from sqlalchemy import func, select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, ScheduleLine
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain import reminders as rules
from kamura_desktop.domain.allocation import ScheduleDue, settled_state
from kamura_desktop.domain.errors import UserError
from kamura_desktop.dto.filings import GroupReminder, ReminderLetter, ReminderRow

from . import accounting_docs, repayments
from . import settings as settings_service
from .actor import Actor
from .permissions import ALL, PERMISSIONS, require

PERMISSIONS.update({"reminders.view": (ALL, "melihat daftar pengingat angsuran")})

Progress = Generator[tuple[int, int, str], None, Path]
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _unpaid(s, credit_ids: set[int], as_of: dt.date) -> dict[int, list[tuple[dt.date, int]]]:
    """Per credit, its instalments with what is still unpaid of each on ``as_of`` (in due order):
    the paid state from the sum paid by then (``allocation.settled_state``: oldest first, as the
    repayment book allocates), schedules and sums read in two queries for the whole book."""
    schedules: dict[int, list[ScheduleDue]] = defaultdict(list)
    for cid, no, due, principal, service in s.execute(
            select(ScheduleLine.credit_id, ScheduleLine.no, ScheduleLine.due_date, ScheduleLine.principal,
                   ScheduleLine.service).where(ScheduleLine.credit_id.in_(credit_ids))):
        schedules[cid].append(ScheduleDue(no, due, principal, service))
    # a reversal is a row with a negative amount: the sum by the date is what stands paid
    paid = dict(s.execute(select(Repayment.credit_id, func.sum(Repayment.amount))
                          .where(Repayment.credit_id.in_(credit_ids), Repayment.on_date <= as_of)
                          .group_by(Repayment.credit_id)).all())
    out = {}
    for cid, rows in schedules.items():
        state = settled_state(rows, int(paid.get(cid) or 0))
        out[cid] = [(r.due_date, r.amount_due - p.amount_paid)
                    for r, p in zip(state.rows, state.paid, strict=True)]
    return out


def _address(m: Member) -> str:
    parts = [m.kampung, f"RT {m.rt}/RW {m.rw}" if m.rt and m.rw else None, m.desa]
    return ", ".join(p for p in parts if p)


def _reminder_day(on_date: dt.date | None) -> dt.date:
    """``on_date`` (today when None), refused outside the years the books can hold."""
    day = on_date or dt.date.today()
    if not isinstance(day, dt.date) or not 1900 <= day.year <= 2200:
        raise UserError("Tanggal pengingat tidak sah (tahun 1900–2200).", field="on_date")
    return day


def reminder_list(db: Database, *, on_date: dt.date | None = None, group_code: str | None = None,
                  actor: Actor | None = None) -> list[ReminderRow]:
    """What to remind on ``on_date`` (today by default): for every running credit, the instalment
    due the next day (kind ``besok``) and everything already due and unpaid (kind ``tunggakan``,
    dated by the oldest unpaid instalment), sorted by group and member."""
    if actor is not None:
        require(actor, "reminders.view")
    today = _reminder_day(on_date)
    tomorrow = today + dt.timedelta(days=1)
    cooperative = settings_service.get_profile(db)
    name = cooperative.short_name or cooperative.name
    rows: list[ReminderRow] = []
    with db.read() as s:
        standings = repayments.standings_in_session(s, today)
        if group_code:
            standings = [x for x in standings if x.group_code.upper() == group_code.strip().upper()]
            known = s.scalar(select(Member.id).limit(1)) is not None
            if not standings and known and group_code.strip().upper() not in {
                    x.group_code.upper() for x in repayments.standings_in_session(s, today)}:
                raise UserError(f"Kelompok {group_code} tidak punya pinjaman berjalan.", field="group")
        numbers = dict(s.execute(select(Member.id, Member.number)
                                 .where(Member.id.in_({x.member_id for x in standings}))).all())
        owed = _unpaid(s, {x.credit_id for x in standings}, today)
        for st in standings:
            unpaid = [(d, a) for d, a in owed.get(st.credit_id, []) if a > 0]
            late = [(d, a) for d, a in unpaid if d <= today]
            soon = [(d, a) for d, a in unpaid if d == tomorrow]
            phone = rules.normalize_phone(st.phone)
            for kind, items in (("tunggakan", late), ("besok", soon)):
                if not items:
                    continue
                due, amount = min(d for d, _ in items), sum(a for _, a in items)
                text = rules.reminder_message(name=st.member_name, amount=amount, due_date=due, cooperative=name,
                                              overdue=kind == "tunggakan", credit_number=st.number)
                rows.append(ReminderRow(kind, st.member_id, numbers.get(st.member_id, ""), st.member_name,
                                        st.group_code, st.number, due, amount, len(items), st.days_past_due,
                                        st.kolektibilitas, phone, st.phone, text,
                                        rules.whatsapp_link(phone, text) if phone else None))
    rows.sort(key=lambda r: (r.group_code, r.member_name, r.credit_number, r.kind != "tunggakan"))
    return rows


def group_reminders(db: Database, *, on_date: dt.date | None = None, actor: Actor | None = None
                    ) -> list[GroupReminder]:
    """The same reminders per group, as one message to each group's leader (members without a
    number of their own are in it too: the leader reaches them)."""
    rows = reminder_list(db, on_date=on_date, actor=actor)
    profile = settings_service.get_profile(db)
    by_group: dict[str, list[ReminderRow]] = defaultdict(list)
    for r in rows:
        by_group[r.group_code].append(r)
    with db.read() as s:
        leaders = {code: (name, phone) for code, name, phone in s.execute(
            select(BorrowerGroup.code, Member.name, Member.phone)
            .join(Member, Member.id == BorrowerGroup.leader_member_id)
            .where(BorrowerGroup.code.in_(list(by_group))))}
    out = []
    for code, items in by_group.items():
        leader, raw = leaders.get(code, (None, None))
        phone = rules.normalize_phone(raw)
        text = rules.group_message(group_code=code, leader_name=leader,
                                   items=[(r.member_name, r.kind, r.amount, r.due_date) for r in items],
                                   cooperative=profile.short_name or profile.name)
        out.append(GroupReminder(code, leader, len({r.member_id for r in items}), sum(r.amount for r in items),
                                 phone, raw, text, rules.whatsapp_link(phone, text) if phone else None))
    return out


def reminder_letters(db: Database, *, on_date: dt.date | None = None, credit_numbers: Iterable[str] | None = None,
                     actor: Actor | None = None) -> list[ReminderLetter]:
    """A letter for every credit in kolektibilitas 3–5 on ``on_date`` (or only ``credit_numbers``):
    SP-1 for kurang lancar, SP-2 diragukan, SP-3 macet, numbered in that order."""
    if actor is not None:
        require(actor, "reminders.view")
    today = _reminder_day(on_date)
    wanted = {c.strip().upper() for c in credit_numbers} if credit_numbers else None
    profile = settings_service.get_profile(db)
    out = []
    with db.read() as s:
        standings = [x for x in repayments.standings_in_session(s, today) if rules.letter_level(x.kolektibilitas)]
        if wanted is not None:
            missing = wanted - {x.number.upper() for x in standings}
            if missing:
                raise UserError(f"Tidak ada surat peringatan untuk pinjaman {', '.join(sorted(missing))}: "
                                "hanya pinjaman berkolektibilitas 3–5 yang diberi surat.", field="credit")
            standings = [x for x in standings if x.number.upper() in wanted]
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_({x.member_id for x in standings})))}
        labels = repayments.rule_set(s).labels
        standings.sort(key=lambda x: (-x.kolektibilitas, x.group_code, x.member_name))
        owed = _unpaid(s, {x.credit_id for x in standings}, today)
        for n, st in enumerate(standings, start=1):
            level = rules.letter_level(st.kolektibilitas)
            late = [(d, a) for d, a in owed.get(st.credit_id, []) if a > 0 and d <= today]
            m = members[st.member_id]
            number = f"{n:03d}/SP-{level}/{profile.short_name or 'KOP'}/{ROMAN[today.month - 1]}/{today.year}"
            out.append(ReminderLetter(level, number, st.number, st.member_name, m.number, _address(m), st.group_code,
                                      st.leader_name, st.principal_outstanding, sum(a for _, a in late),
                                      min((d for d, _ in late), default=None), st.days_past_due, st.kolektibilitas,
                                      labels[st.kolektibilitas - 1],
                                      today + dt.timedelta(days=rules.LETTER_DAYS[level]), today))
    return out


def write_letters_pdf(db: Database, *, path: Path | str, on_date: dt.date | None = None,
                      credit_numbers: Iterable[str] | None = None, actor: Actor | None = None) -> Progress:
    from kamura_desktop.documents import filings as doc

    yield 0, 2, "Mencari pinjaman berkolektibilitas 3–5"
    letters = reminder_letters(db, on_date=on_date, credit_numbers=credit_numbers, actor=actor)
    chair = accounting_docs.signatures(db).chair
    out = doc.write_letters_pdf(path, letters, profile=settings_service.get_profile(db), chair=chair)
    yield 2, 2, "Selesai"
    return out
