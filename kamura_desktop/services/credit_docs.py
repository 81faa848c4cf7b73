"""The group credit book's printouts: the data they need, read from the books, and the PDFs.

* :func:`participation_form_pdf` — Formulir Kepesertaan Kelompok Peer Borrower of an
  application, with each member's eligibility checked as of the application's date (or its
  approval date once decided), exactly as the approval checks it;
* :func:`joint_liability_pdf` — Surat Perjanjian Tanggung Renteng of a group;
* :func:`credit_agreement_pdf` — Surat Perjanjian Kredit of one credit with its schedule (the
  fixed schedule once disbursed; before that, a preview dated as the agreement);
* :func:`disbursement_receipt_pdf` — Bukti Pencairan: a slip per member to sign;
* :func:`handover_list_pdf` — Daftar Serah Terima Paket Usaha (in-kind credits only).

The ``*_data`` functions return the plain dataclasses of
:mod:`kamura_desktop.documents.credit_forms`; the ``*_pdf`` functions write the file and
return its path. Printing changes nothing in the books.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import JournalEntry, User
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditFunding,
    CreditProduct,
    GroupMember,
    GroupSupervisor,
    ScheduleLine,
)
from kamura_desktop.db.models.membership import Member
from kamura_desktop.documents.credit_forms import (
    CreditAgreement,
    CreditPlan,
    Disbursement,
    GroupSheet,
    MemberLine,
    Officials,
    ParticipationForm,
    ScheduleRow,
    build_credit_agreement,
    build_disbursement_receipt,
    build_handover_list,
    build_joint_liability,
    build_participation_form,
)
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.schedule import build_schedule

from . import credits, groups
from . import settings as settings_service
from .actor import Actor
from .credit_products import holiday_set, product_in_session
from .permissions import require

#: checklist columns: (label, the eligibility rules it covers); "\n" breaks the header
_ALWAYS = ("Bebas\nkredit\nlain", frozenset({"arrears", "open_credit"}))
#: how the printouts name a credit's form
KIND_WORDS = {"in_kind": "kredit barang (non-tunai)", "cash": "kredit tunai"}


# ---------------------------------------------------------------- lookups

def application_id_by_number(db: Database, number: str) -> int:
    with db.read() as s:
        found = s.scalar(select(CreditApplication.id).where(
            func.upper(CreditApplication.number) == number.strip().upper()))
    if found is None:
        raise NotFound(f"Pengajuan {number} tidak ditemukan.", field="application")
    return found


def credit_id_by_number(db: Database, number: str) -> int:
    with db.read() as s:
        found = s.scalar(select(Credit.id).where(func.upper(Credit.number) == number.strip().upper()))
    if found is None:
        raise NotFound(f"Kredit {number} tidak ditemukan.", field="credit")
    return found


def group_id_by_code(db: Database, code: str) -> int:
    return groups.group_by_code(db, code).id


# ---------------------------------------------------------------- shared pieces

def address_of(kampung: str | None, rt: str | None, rw: str | None, desa: str | None = None) -> str:
    """``Kp. Babakan Pindang RT 001/RW 008, Desa Mekarmukti``."""
    parts = []
    if kampung:
        parts.append(f"Kp. {kampung}")
    if rt or rw:
        parts.append(f"RT {rt or '-'}/RW {rw or '-'}")
    text = " ".join(parts)
    if desa:
        desa = desa if desa.lower().startswith(("desa ", "kelurahan ")) else f"Desa {desa}"
        text = f"{text}, {desa}" if text else desa
    return text or "-"


def _user_with_role(s: Session, role: str) -> str | None:
    names = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                           .order_by(User.id).limit(2)))
    return names[0] if len(names) == 1 else None


def _tkm(s: Session, role: str) -> str | None:
    return s.scalar(select(Member.name).where(Member.tkm_role == role, Member.status == "active")
                    .order_by(Member.id).limit(1))


def officials_in_session(s: Session) -> Officials:
    return Officials(chair=_user_with_role(s, "ketua"), treasurer=_user_with_role(s, "bendahara"),
                     tkm_chair=_tkm(s, "Ketua"), tkm_logistics=_tkm(s, "Koordinator Logistik"))


def _group(s: Session, group_id: int, members: tuple[MemberLine, ...] | None = None) -> GroupSheet:
    g = s.get(BorrowerGroup, group_id)
    if g is None:
        raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
    if members is None:
        rows = s.scalars(select(Member).join(GroupMember, GroupMember.member_id == Member.id)
                         .where(GroupMember.group_id == g.id, GroupMember.left_on.is_(None))
                         .order_by(Member.id != g.leader_member_id, Member.name))
        members = tuple(_line(m, g.leader_member_id) for m in rows)
    supervisors = tuple(s.scalars(select(Member.name).join(GroupSupervisor, GroupSupervisor.member_id == Member.id)
                                  .where(GroupSupervisor.group_id == g.id).order_by(GroupSupervisor.id)))
    leader = s.get(Member, g.leader_member_id) if g.leader_member_id else None
    village = settings_service.get_value(s, "profile.village") or None
    meeting = ", ".join(x for x in (g.meeting_day, g.meeting_place) if x) or None
    return GroupSheet(code=g.code, name=g.name, kind=g.kind, kind_label=groups.GROUP_KINDS.get(g.kind, g.kind),
                      formed_on=g.formed_on, address=address_of(g.kampung, g.rt, g.rw, village),
                      leader_name=leader.name if leader else None, supervisors=supervisors,
                      meeting=meeting, agreement_signed_on=g.agreement_signed_on, members=members)


def _line(m: Member, leader_id: int | None, **extra) -> MemberLine:
    return MemberLine(number=m.number, name=m.name, nik=m.nik, address=address_of(m.kampung, m.rt, m.rw),
                      trade=m.trade, is_leader=m.id == leader_id, **extra)


def _service_text(app: CreditApplication) -> str:
    if app.service_mode == "fixed":
        return f"jasa tetap {format_rupiah(app.service_fixed)} untuk seluruh masa pinjaman"
    rate = f"{app.rate_bp / 100:g}".replace(".", ",")
    return f"jasa flat {rate} % per bulan dari pokok awal"


def _funding_text(s: Session, credit_ids: list[int]) -> str | None:
    if not credit_ids:
        return None
    rows = s.execute(select(CreditFunding.source, func.sum(CreditFunding.amount))
                     .where(CreditFunding.credit_id.in_(credit_ids), CreditFunding.released_at.is_(None))
                     .group_by(CreditFunding.source).order_by(CreditFunding.source)).all()
    if not rows:
        return None
    return "; ".join(f"{credits.SOURCE_LABELS.get(src, src)} {format_rupiah(int(total))}" for src, total in rows)


def _requirement_columns(s: Session, product_id: int) -> list[tuple[str, frozenset[str]]]:
    p = product_in_session(s, product_id)
    r = p.eligibility
    cols: list[tuple[str, frozenset[str]]] = []
    if r.require_active:
        cols.append(("Anggota\naktif", frozenset({"active"})))
    if r.min_months_membership:
        cols.append((f"Anggota\n≥ {r.min_months_membership} bulan", frozenset({"membership"})))
    if r.require_pokok:
        cols.append(("Simp.\npokok\nlunas", frozenset({"pokok"})))
    if r.require_wajib_current:
        cols.append(("Simp.\nwajib\nlancar", frozenset({"wajib"})))
    if r.require_ktp_kk:
        cols.append(("KTP &\nKK", frozenset({"documents"})))
    if r.allowed_trades:
        cols.append((f"Usaha\n{' / '.join(r.allowed_trades)}", frozenset({"trade"})))
    cols.append(_ALWAYS)
    if p.max_cycles or p.first_loan_max:
        cols.append(("Batas\nsiklus", frozenset({"cycles", "first_loan"})))
    return cols


def _app(s: Session, application_id: int) -> CreditApplication:
    app = s.get(CreditApplication, application_id)
    if app is None:
        raise NotFound(f"Pengajuan #{application_id} tidak ditemukan.")
    return app


def _checked_on(app: CreditApplication) -> dt.date:
    """The date the members' eligibility was (last) judged: approval, else the application."""
    if app.decided_at is not None and app.status in ("approved", "disbursed"):
        return app.decided_at.date()
    return app.prepared_at.date()


def _schedule_rows(s: Session, app: CreditApplication, c: Credit, on: dt.date) -> tuple[tuple[ScheduleRow, ...], bool]:
    """The credit's fixed schedule; before disbursement a preview as if disbursed on ``on``."""
    lines = list(s.scalars(select(ScheduleLine).where(ScheduleLine.credit_id == c.id).order_by(ScheduleLine.no)))
    preview = not lines
    if preview:
        sched = build_schedule(credits.terms_for(app, c.principal), on, holiday_set(s),
                               skip_sundays=app.skip_sundays)
        raw = [(i.no, i.due_date, i.principal_part, i.service_part, i.amount) for i in sched.instalments]
    else:
        raw = [(ln.no, ln.due_date, ln.principal, ln.service, ln.amount) for ln in lines]
    owed = sum(r[4] for r in raw)
    out = []
    for no, due, principal, service, amount in raw:
        owed -= amount
        out.append(ScheduleRow(no, due, principal, service, amount, owed))
    return tuple(out), preview


def _credit_line(s: Session, app: CreditApplication, c: Credit, m: Member, leader_id: int | None, *,
                 checks: tuple[bool, ...] = (), reasons: tuple[str, ...] = ()) -> MemberLine:
    rows, _ = _schedule_rows(s, app, c, app.disbursed_on or app.prepared_at.date())
    return _line(m, leader_id, credit_number=c.number, principal=c.principal,
                 instalment=rows[0].amount if rows else 0, total=sum(r.amount for r in rows),
                 cycle_no=c.cycle_no, checks=checks, reasons=reasons, purpose=c.purpose)


def _plan(s: Session, app: CreditApplication, requirements: tuple[str, ...]) -> CreditPlan:
    product = s.get(CreditProduct, app.product_id)
    rules = product_in_session(s, app.product_id).eligibility
    credit_ids = list(s.scalars(select(Credit.id).where(Credit.application_id == app.id)))
    total = sum(s.scalars(select(Credit.principal).where(Credit.application_id == app.id)))
    verification = json.loads(app.verification or "{}")
    items = [(item, bool(verification.get(item))) for item in credits.VERIFICATION_ITEMS]
    items += [(k, bool(v)) for k, v in verification.items() if k not in credits.VERIFICATION_ITEMS]
    journal = s.get(JournalEntry, app.journal_entry_id) if app.journal_entry_id else None
    disburser = s.get(User, app.disbursed_by_id) if app.disbursed_by_id else None
    return CreditPlan(
        number=app.number, applied_on=app.prepared_at.date(),
        status_label=credits.APP_STATUS_LABELS[app.status], product_name=product.name, kind=app.kind,
        kind_label=KIND_WORDS.get(app.kind, app.kind), frequency=app.frequency,
        instalments=app.instalments, service_text=_service_text(app), group_limit=product.group_limit,
        total_principal=total, package_items=tuple(json.loads(app.package_items or "[]")),
        verification=tuple(items), requirements=requirements, checked_on=_checked_on(app),
        prepared_by=app.prepared_by_name, decided_by=app.decided_by_name,
        decided_on=app.decided_at.date() if app.decided_at else None, disbursed_on=app.disbursed_on,
        disbursed_by=disburser.full_name if disburser else None,
        journal_number=journal.number if journal else None, funding=_funding_text(s, credit_ids),
        trades=tuple(rules.allowed_trades))


def _credits_of(s: Session, app: CreditApplication) -> list[tuple[Credit, Member]]:
    return list(s.execute(select(Credit, Member).join(Member, Member.id == Credit.member_id)
                          .where(Credit.application_id == app.id).order_by(Credit.id)).all())


def _view(actor: Actor | None) -> None:
    if actor is not None:
        require(actor, "credits.view")


# ---------------------------------------------------------------- 1. participation form

def participation_form_data(db: Database, *, application_id: int) -> ParticipationForm:
    with db.read() as s:
        app = _app(s, application_id)
        g = s.get(BorrowerGroup, app.group_id)
        cols = _requirement_columns(s, app.product_id)
        as_of = _checked_on(app)
        lines = []
        for c, m in _credits_of(s, app):
            result = credits.eligibility_in_session(s, m.id, app.product_id, as_of=as_of, amount=c.principal,
                                                    before_application=app.id)
            failed = {f.rule for f in result.failures}
            checks = tuple(not (rules & failed) for _, rules in cols)
            lines.append(_credit_line(s, app, c, m, g.leader_member_id, checks=checks,
                                      reasons=tuple(result.reasons)))
        lines.sort(key=lambda ln: (not ln.is_leader,))
        group = _group(s, g.id, tuple(lines))
        return ParticipationForm(group=group, plan=_plan(s, app, tuple(label for label, _ in cols)),
                                 officials=officials_in_session(s), clerk=app.prepared_by_name)


def participation_form_pdf(db: Database, *, application_id: int, path: Path | str,
                           actor: Actor | None = None) -> Path:
    """Print the group's participation form for an application."""
    _view(actor)
    form = participation_form_data(db, application_id=application_id)
    return build_participation_form(path, profile=settings_service.get_profile(db), form=form)


# ---------------------------------------------------------------- 2. joint liability

def joint_liability_data(db: Database, *, group_id: int) -> tuple[GroupSheet, Officials]:
    with db.read() as s:
        return _group(s, group_id), officials_in_session(s)


def joint_liability_pdf(db: Database, *, group_id: int, path: Path | str, actor: Actor | None = None) -> Path:
    """Print the group's joint-liability agreement (its current members)."""
    _view(actor)
    group, officials = joint_liability_data(db, group_id=group_id)
    if not group.members:
        raise UserError(f"Kelompok {group.code} tidak punya anggota aktif.", field="group")
    return build_joint_liability(path, profile=settings_service.get_profile(db), group=group,
                                 officials=officials)


# ---------------------------------------------------------------- 3. credit agreement

def credit_agreement_data(db: Database, *, credit_id: int) -> CreditAgreement:
    with db.read() as s:
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status in ("rejected", "cancelled"):
            raise UserError(f"Kredit {c.number} {credits.STATUS_LABELS[c.status].lower()}; "
                            "tidak ada perjanjian untuk dicetak.", field="credit")
        app = s.get(CreditApplication, c.application_id)
        g = s.get(BorrowerGroup, app.group_id)
        m = s.get(Member, c.member_id)
        product = s.get(CreditProduct, app.product_id)
        on = c.disbursed_on or (app.decided_at.date() if app.decided_at else None)
        rows, preview = _schedule_rows(s, app, c, on or dt.date.today())
        leader = s.get(Member, g.leader_member_id) if g.leader_member_id else None
        supervisor = s.scalar(select(Member.name).join(GroupSupervisor, GroupSupervisor.member_id == Member.id)
                              .where(GroupSupervisor.group_id == g.id).order_by(GroupSupervisor.id).limit(1))
        line = _line(m, g.leader_member_id, credit_number=c.number, principal=c.principal,
                     instalment=rows[0].amount if rows else 0, total=sum(r.amount for r in rows),
                     cycle_no=c.cycle_no, purpose=c.purpose)
        return CreditAgreement(
            number=c.number, application_number=app.number, agreement_date=on,
            status_label=credits.STATUS_LABELS[c.status], borrower=line, borrower_phone=m.phone,
            group_code=g.code, group_name=g.name, group_kind_label=groups.GROUP_KINDS.get(g.kind, g.kind),
            group_noun="KSM" if g.kind == "ksm" else "kelompok peminjam",
            leader_name=leader.name if leader else None, supervisor=supervisor,
            product_name=product.name, kind=app.kind,
            kind_label=KIND_WORDS.get(app.kind, app.kind), principal=c.principal,
            service=sum(r.service for r in rows), service_text=_service_text(app),
            instalments=app.instalments, frequency=app.frequency, schedule=rows,
            schedule_is_preview=preview, late_fee=app.late_fee, funding=_funding_text(s, [c.id]),
            package_items=tuple(json.loads(app.package_items or "[]")),
            officials=officials_in_session(s))


def credit_agreement_pdf(db: Database, *, credit_id: int, path: Path | str, actor: Actor | None = None) -> Path:
    """Print one member's credit agreement with its instalment schedule."""
    _view(actor)
    agreement = credit_agreement_data(db, credit_id=credit_id)
    return build_credit_agreement(path, profile=settings_service.get_profile(db), agreement=agreement)


# ---------------------------------------------------------------- 4 and 5. disbursement

def disbursement_data(db: Database, *, application_id: int) -> Disbursement:
    with db.read() as s:
        app = _app(s, application_id)
        if app.status not in ("approved", "disbursed"):
            raise UserError(f"Pengajuan {app.number} {credits.APP_STATUS_LABELS[app.status].lower()}; "
                            "bukti pencairan dicetak setelah pengajuan disetujui.", field="application")
        g = s.get(BorrowerGroup, app.group_id)
        lines = [_credit_line(s, app, c, m, g.leader_member_id) for c, m in _credits_of(s, app)]
        lines.sort(key=lambda ln: (not ln.is_leader,))
        first_due = s.scalar(select(func.min(ScheduleLine.due_date))
                             .join(Credit, Credit.id == ScheduleLine.credit_id)
                             .where(Credit.application_id == app.id))
        officials = officials_in_session(s)
        return Disbursement(group=_group(s, g.id, tuple(lines)), plan=_plan(s, app, ()),
                            officials=officials, first_due=first_due,
                            giver=officials.tkm_logistics or officials.treasurer,
                            giver_role="Koordinator Logistik TKM" if officials.tkm_logistics else "Bendahara")


def disbursement_receipt_pdf(db: Database, *, application_id: int, path: Path | str,
                             actor: Actor | None = None) -> Path:
    """Print the disbursement receipts (one slip per member) of an approved or disbursed application."""
    _view(actor)
    data = disbursement_data(db, application_id=application_id)
    return build_disbursement_receipt(path, profile=settings_service.get_profile(db), data=data)


def handover_list_pdf(db: Database, *, application_id: int, path: Path | str, actor: Actor | None = None) -> Path:
    """Print the handover list of the business packages (in-kind credits only)."""
    _view(actor)
    with db.read() as s:
        app = _app(s, application_id)
        if app.kind != "in_kind":
            raise UserError(f"Pengajuan {app.number} adalah kredit tunai; daftar serah terima hanya "
                            "untuk paket usaha (barang).", field="application")
    data = disbursement_data(db, application_id=application_id)
    return build_handover_list(path, profile=settings_service.get_profile(db), data=data)
