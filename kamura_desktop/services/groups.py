"""Peer-borrower groups (kelompok) and KSM: members, leader, lender supervisors, meetings,
the joint-liability agreement, and help forming groups by how close members live.

A member belongs to at most one active borrowing group (a partial unique index guards it
too). Size limits come from the credit product and are checked when the group applies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, GroupMember, GroupSupervisor
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import FieldProblems, NotFound, UserError
from kamura_desktop.domain.text import clean_text

from . import audit, credits, membership, savings
from .actor import Actor
from .changes import Changes, Outcome
from .numbering import next_number
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "groups.view": (ALL, "melihat kelompok"),
    "groups.edit": (frozenset({"petugas", "bendahara", "ketua"}), "membentuk atau mengubah kelompok"),
})
GROUP_KINDS = {"peer": "Kelompok peminjam", "ksm": "KSM (dana bergulir)"}
MAX_GROUP_SIZE = 10


@dataclass(frozen=True)
class GroupInput:
    name: str
    formed_on: dt.date
    kind: str = "peer"
    kampung: str | None = None
    rt: str | None = None
    rw: str | None = None
    meeting_day: str | None = None
    meeting_place: str | None = None
    agreement_signed_on: dt.date | None = None


@dataclass(frozen=True)
class GroupMemberDTO:
    member_id: int
    number: str
    name: str
    sex: str
    trade: str | None
    rt: str | None
    rw: str | None
    phone: str | None
    joined_on: dt.date
    is_leader: bool


@dataclass(frozen=True)
class GroupDTO:
    id: int
    code: str
    name: str
    kind: str
    formed_on: dt.date
    kampung: str | None
    rt: str | None
    rw: str | None
    meeting_day: str | None
    meeting_place: str | None
    agreement_signed_on: dt.date | None
    status: str
    leader_member_id: int | None
    members: tuple[GroupMemberDTO, ...]
    supervisors: tuple[GroupMemberDTO, ...]

    @property
    def leader_name(self) -> str:
        for m in self.members:
            if m.is_leader:
                return m.name
        return "-"

    @property
    def kind_label(self) -> str:
        return GROUP_KINDS.get(self.kind, self.kind)


def _person(m: Member, joined_on: dt.date, leader_id: int | None) -> GroupMemberDTO:
    return GroupMemberDTO(m.id, m.number, m.name, m.sex, m.trade, m.rt, m.rw, m.phone, joined_on,
                          m.id == leader_id)


def group_in_session(s: Session, group_id: int) -> GroupDTO:
    g = s.get(BorrowerGroup, group_id)
    if g is None:
        raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
    rows = s.execute(select(Member, GroupMember.joined_on).join(GroupMember, GroupMember.member_id == Member.id)
                     .where(GroupMember.group_id == g.id, GroupMember.left_on.is_(None))
                     .order_by(Member.name)).all()
    sups = s.execute(select(Member, GroupSupervisor.since)
                     .join(GroupSupervisor, GroupSupervisor.member_id == Member.id)
                     .where(GroupSupervisor.group_id == g.id).order_by(Member.name)).all()
    return GroupDTO(
        id=g.id, code=g.code, name=g.name, kind=g.kind, formed_on=g.formed_on, kampung=g.kampung,
        rt=g.rt, rw=g.rw, meeting_day=g.meeting_day, meeting_place=g.meeting_place,
        agreement_signed_on=g.agreement_signed_on, status=g.status, leader_member_id=g.leader_member_id,
        members=tuple(_person(m, j, g.leader_member_id) for m, j in rows),
        supervisors=tuple(_person(m, since, None) for m, since in sups),
    )


def get_group(db: Database, group_id: int) -> GroupDTO:
    with db.read() as s:
        return group_in_session(s, group_id)


def group_by_code(db: Database, code: str) -> GroupDTO:
    with db.read() as s:
        gid = s.scalar(select(BorrowerGroup.id).where(func.upper(BorrowerGroup.code) == code.strip().upper()))
        if gid is None:
            raise NotFound(f"Kelompok {code} tidak ditemukan.", field="group")
        return group_in_session(s, gid)


def list_groups(db: Database, *, include_dissolved: bool = False) -> list[GroupDTO]:
    with db.read() as s:
        q = select(BorrowerGroup.id).order_by(BorrowerGroup.code)
        if not include_dissolved:
            q = q.where(BorrowerGroup.status == "active")
        return [group_in_session(s, gid) for gid in s.scalars(q)]


def active_group_of(s: Session, member_id: int) -> BorrowerGroup | None:
    return s.scalar(select(BorrowerGroup).join(GroupMember, GroupMember.group_id == BorrowerGroup.id)
                    .where(GroupMember.member_id == member_id, GroupMember.left_on.is_(None)))


def _validate(data: GroupInput, problems: FieldProblems | None = None) -> GroupInput:
    """The group form checked whole: every wrong field is named in one UserError (or added to
    the caller's ``problems``)."""
    own = problems is None
    problems = problems if problems is not None else FieldProblems()
    text = {}
    for key, label, kind in (("name", "Nama kelompok", "name"), ("kampung", "Kampung", "place"),
                             ("meeting_day", "Hari pertemuan", "short"),
                             ("meeting_place", "Tempat pertemuan", "place")):
        with problems.field(key):
            text[key] = clean_text(getattr(data, key), field=key, label=label, kind=kind,
                                   required=key == "name")
    if data.kind not in GROUP_KINDS:
        problems.add("kind", "Jenis kelompok harus kelompok peminjam atau KSM.")
    if data.formed_on is None or data.formed_on > dt.date.today():
        problems.add("formed_on", "Tanggal pembentukan tidak boleh di masa depan.")
    for key in ("rt", "rw"):
        with problems.field(key):
            membership._rt_rw(getattr(data, key), key)
    if own:
        problems.raise_if_any()
    return replace(data, **{k: text.get(k) for k in text})


def _add_member(s: Session, actor: Actor, g: BorrowerGroup, member_id: int, on_date: dt.date,
                *, count: int | None = None) -> None:
    """``count``: the group's members so far when the caller knows it (a new group: those it
    added), its rows then waiting in the session for the caller's one flush."""
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    if m.status == "left":
        raise UserError(f"{m.name} sudah keluar dari koperasi.", field="members")
    other = active_group_of(s, member_id)
    if other is not None:
        if other.id == g.id:
            raise UserError(f"{m.name} sudah menjadi anggota kelompok ini.", field="members")
        raise UserError(f"{m.name} ({m.number}) sudah menjadi anggota kelompok aktif {other.code} "
                        f"{other.name}; seorang anggota hanya boleh di satu kelompok.", field="members",
                        code="other_group")
    if count is None:
        count = s.scalar(select(func.count(GroupMember.id)).where(GroupMember.group_id == g.id,
                                                                  GroupMember.left_on.is_(None))) or 0
    if count >= MAX_GROUP_SIZE:
        raise UserError(f"Kelompok sudah {count} orang.", field="members")
    s.add(GroupMember(group_id=g.id, member_id=member_id, joined_on=on_date))
    audit.record(s, actor, action="group.member_add", entity="group", entity_id=g.code,
                 summary=f"{m.number} {m.name}")


def create_group(db: Database, *, actor: Actor, data: GroupInput, member_ids: list[int],
                 leader_id: int | None = None) -> Outcome[GroupDTO]:
    require(actor, "groups.edit")
    problems = FieldProblems()
    data = _validate(data, problems)
    if leader_id is not None and leader_id not in member_ids:
        problems.add("leader", "Ketua kelompok harus salah satu anggota kelompok.")
    if len(set(member_ids)) != len(member_ids):
        problems.add("members", "Ada anggota yang tercantum dua kali.")
    problems.raise_if_any()
    with db.write() as s:
        prefix = "KSM" if data.kind == "ksm" else "KLP"
        code = f"{prefix}-{next_number(s, f'group:{prefix}'):03d}"
        g = BorrowerGroup(code=code, name=data.name.strip(), kind=data.kind, formed_on=data.formed_on,
                          kampung=(data.kampung or "").strip() or None,
                          rt=membership._rt_rw(data.rt, "rt"), rw=membership._rt_rw(data.rw, "rw"),
                          meeting_day=data.meeting_day, meeting_place=data.meeting_place,
                          agreement_signed_on=data.agreement_signed_on, status="active",
                          leader_member_id=leader_id, created_at=dt.datetime.now().replace(microsecond=0))
        s.add(g)
        s.flush()
        audit.record(s, actor, action="group.create", entity="group", entity_id=code, summary=g.name)
        # the members checked one by one as before, their rows written by one flush (not two
        # per member): a new group's count is those added, and another group's members are
        # in the database already
        with s.no_autoflush:
            for added, member_id in enumerate(member_ids):
                _add_member(s, actor, g, member_id, data.formed_on, count=added)
        s.flush()
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True, members=True))


def update_group(db: Database, *, actor: Actor, group_id: int, data: GroupInput) -> Outcome[GroupDTO]:
    require(actor, "groups.edit")
    data = _validate(data)
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        before = f"{g.name}, {g.meeting_day}, {g.meeting_place}, {g.agreement_signed_on}"
        g.name, g.kind, g.formed_on = data.name.strip(), data.kind, data.formed_on
        g.kampung = (data.kampung or "").strip() or None
        g.rt, g.rw = membership._rt_rw(data.rt, "rt"), membership._rt_rw(data.rw, "rw")
        g.meeting_day, g.meeting_place = data.meeting_day, data.meeting_place
        g.agreement_signed_on = data.agreement_signed_on
        audit.record(s, actor, action="group.update", entity="group", entity_id=g.code,
                     summary=f"{before} → {g.name}, {g.meeting_day}, {g.meeting_place}, {g.agreement_signed_on}")
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True))


def add_group_member(db: Database, *, actor: Actor, group_id: int, member_id: int,
                     on_date: dt.date | None = None) -> Outcome[GroupDTO]:
    require(actor, "groups.edit")
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None or g.status != "active":
            raise UserError("Kelompok tidak ditemukan atau sudah bubar.", field="group")
        _add_member(s, actor, g, member_id, on_date or dt.date.today())
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True, members=True))


def remove_group_member(db: Database, *, actor: Actor, group_id: int, member_id: int,
                        on_date: dt.date | None = None) -> Outcome[GroupDTO]:
    """A member leaves the group; refused while they have a credit through it."""
    require(actor, "groups.edit")
    on_date = on_date or dt.date.today()
    with db.write() as s:
        gm = s.scalar(select(GroupMember).where(GroupMember.group_id == group_id,
                                                GroupMember.member_id == member_id,
                                                GroupMember.left_on.is_(None)))
        if gm is None:
            raise NotFound("Anggota itu tidak ada di kelompok ini.")
        from kamura_desktop.db.models.credit import CreditApplication
        open_credit = s.scalar(
            select(Credit.number).join(CreditApplication, CreditApplication.id == Credit.application_id)
            .where(CreditApplication.group_id == group_id, Credit.member_id == member_id,
                   Credit.status.in_(("applied", "approved", "active"))))
        if open_credit:
            raise UserError(f"Masih ada kredit {open_credit} melalui kelompok ini.", field="members")
        gm.left_on = on_date
        g = s.get(BorrowerGroup, group_id)
        if g.leader_member_id == member_id:
            g.leader_member_id = None
        audit.record(s, actor, action="group.member_remove", entity="group", entity_id=g.code,
                     summary=f"anggota #{member_id} keluar {format_date_id(on_date)}")
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True, members=True))


def set_leader(db: Database, *, actor: Actor, group_id: int, member_id: int) -> Outcome[GroupDTO]:
    require(actor, "groups.edit")
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        inside = s.scalar(select(GroupMember.id).where(GroupMember.group_id == group_id,
                                                       GroupMember.member_id == member_id,
                                                       GroupMember.left_on.is_(None)))
        if not inside:
            raise UserError("Ketua kelompok harus salah satu anggota kelompok.", field="leader")
        g.leader_member_id = member_id
        audit.record(s, actor, action="group.leader", entity="group", entity_id=g.code,
                     summary=f"ketua: anggota #{member_id}")
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True))


def add_supervisor(db: Database, *, actor: Actor, group_id: int, member_id: int,
                   since: dt.date | None = None) -> Outcome[GroupDTO]:
    """Attach a lender as the group's supervisor (pengawas). The lender requirements (KTP/KK,
    active member, pokok and wajib paid) are checked here; the lender pool refines them."""
    require(actor, "groups.edit")
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        m = s.get(Member, member_id)
        if g is None or m is None:
            raise NotFound("Kelompok atau anggota tidak ditemukan.")
        bal = savings.balances_in_session(s, m.id)
        problems = []
        if m.status != "active":
            problems.append("belum anggota aktif")
        if not (m.ktp_on_file and m.kk_on_file):
            problems.append("fotokopi KTP/KK belum ada")
        if bal.pokok_outstanding:
            problems.append("simpanan pokok belum lunas")
        if bal.wajib_arrears:
            problems.append("ada tunggakan simpanan wajib")
        if problems:
            raise UserError(f"{m.name} belum memenuhi syarat lender: {', '.join(problems)}.",
                            field="supervisor")
        if active_group_of(s, member_id) is not None and active_group_of(s, member_id).id == group_id:
            raise UserError("Pengawas tidak boleh anggota peminjam kelompok yang sama.", field="supervisor")
        if s.scalar(select(GroupSupervisor.id).where(GroupSupervisor.group_id == group_id,
                                                     GroupSupervisor.member_id == member_id)):
            raise UserError(f"{m.name} sudah menjadi pengawas kelompok ini.", field="supervisor")
        s.add(GroupSupervisor(group_id=group_id, member_id=member_id, since=since or dt.date.today()))
        audit.record(s, actor, action="group.supervisor", entity="group", entity_id=g.code,
                     summary=f"pengawas {m.number} {m.name}")
        s.flush()
        dto = group_in_session(s, g.id)
    return Outcome(dto, Changes(groups=True))


def dissolve_group(db: Database, *, actor: Actor, group_id: int, on_date: dt.date) -> Outcome[None]:
    require(actor, "groups.edit")
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        from kamura_desktop.db.models.credit import CreditApplication
        busy = s.scalar(select(Credit.number).join(CreditApplication, CreditApplication.id == Credit.application_id)
                        .where(CreditApplication.group_id == group_id,
                               Credit.status.in_(("applied", "approved", "active"))))
        if busy:
            raise UserError(f"Kelompok masih punya kredit berjalan ({busy}).")
        g.status, g.dissolved_on = "dissolved", on_date
        for gm in s.scalars(select(GroupMember).where(GroupMember.group_id == group_id,
                                                      GroupMember.left_on.is_(None))):
            gm.left_on = on_date
        audit.record(s, actor, action="group.dissolve", entity="group", entity_id=g.code,
                     summary=format_date_id(on_date))
    return Outcome(None, Changes(groups=True, members=True))


# ------------------------------------------------------------------ forming by proximity

@dataclass(frozen=True)
class Candidate:
    member_id: int
    number: str
    name: str
    kampung: str | None
    rt: str | None
    rw: str | None
    trade: str | None
    closeness: int  # 3 same RT and kampung, 2 same RT, 1 same RW
    eligible: bool
    reasons: tuple[str, ...]


def proximity_candidates(db: Database, *, rw: str, rt: str | None = None, kampung: str | None = None,
                         product_id: int | None = None, as_of: dt.date | None = None) -> list[Candidate]:
    """Members of the same RW not in an active group, nearest first (same RT and kampung,
    then same RT, then the rest of the RW), each with their eligibility for the product."""

    as_of = as_of or dt.date.today()
    rw_n = membership._rt_rw(rw, "rw")
    rt_n = membership._rt_rw(rt, "rt") if rt else None
    with db.read() as s:
        busy = select(GroupMember.member_id).where(GroupMember.left_on.is_(None))
        members = list(s.scalars(select(Member).where(Member.rw == rw_n, Member.status != "left",
                                                      Member.id.not_in(busy))))
        out = []
        for m in members:
            same_rt = rt_n is not None and m.rt == rt_n  # no RT given: nobody is "same RT"
            close = 1 + same_rt + (same_rt and bool(kampung)
                                   and (m.kampung or "").lower() == kampung.lower())
            if product_id is not None:
                result = credits.eligibility_in_session(s, m.id, product_id, as_of=as_of, amount=None)
                eligible, reasons = result.eligible, tuple(result.reasons)
            else:
                eligible, reasons = True, ()
            out.append(Candidate(m.id, m.number, m.name, m.kampung, m.rt, m.rw, m.trade, close,
                                 eligible, reasons))
    out.sort(key=lambda c: (-c.closeness, not c.eligible, c.rt or "", c.name))
    return out


def group_of_member(db: Database, member_id: int) -> GroupDTO | None:
    """The member's active borrowing group, if any."""
    with db.read() as s:
        g = active_group_of(s, member_id)
        return group_in_session(s, g.id) if g is not None else None
