"""The lender pool's printouts: the data they need, read from the books, and the PDFs.

* :func:`lender_registration_pdf` — Formulir Pendaftaran Lender dan Pernyataan Komitmen of a
  member, with the lender requirements checked today (the same rules as
  :func:`lender_pool.lender_requirements`);
* :func:`lender_statement_pdf` — Laporan Dana Lender for a period
  (:func:`lender_pool.lender_statement`);
* :func:`fund_development_pdf` — Perkembangan Dana Bergulir, year by year with a chart
  (:func:`lender_pool.revolving_fund_development`);
* :func:`group_fact_sheet_pdf` — Lembar Fakta Kelompok of an application, without NIKs
  (:func:`lender_pool.group_fact_sheet`).

Each ``*_pdf`` function writes the file and returns its path; printing changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, CreditApplication, CreditFunding
from kamura_desktop.db.models.lender import LenderProfile
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound
from kamura_desktop.domain.money import format_rupiah

from . import lender_pool, savings
from . import settings as settings_service
from .actor import Actor
from .permissions import require

if TYPE_CHECKING:
    from kamura_desktop.documents.lender_docs import LenderRegistration, RequirementCheck

SEX_WORDS = {"L": "Laki-laki", "P": "Perempuan"}
COMMITMENT_STATUS = {"applied": "Menunggu persetujuan", "approved": "Menunggu pencairan", "active": "Tersalur",
                     "lunas": "Lunas", "written_off": "Dihapusbukukan"}


def member_id_by_number(db: Database, number: str) -> int:
    """The id of the member with this number (``KMR-0001``; case and spaces ignored)."""
    with db.read() as s:
        found = s.scalar(select(Member.id).where(func.upper(Member.number) == number.strip().upper()))
    if found is None:
        raise NotFound(f"Anggota {number} tidak ditemukan.", field="lender")
    return found


def application_id_by_number(db: Database, number: str) -> int:
    """The id of the credit application with this number (``PGJ-2025-0001``)."""
    with db.read() as s:
        found = s.scalar(select(CreditApplication.id).where(
            func.upper(CreditApplication.number) == number.strip().upper()))
    if found is None:
        raise NotFound(f"Pengajuan {number} tidak ditemukan.", field="application")
    return found


def _only_user(s: Session, role: str) -> str | None:
    names = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                           .order_by(User.id).limit(2)))
    return names[0] if len(names) == 1 else None


def _address(m: Member) -> str:
    parts = [f"Kp. {m.kampung}" if m.kampung else "",
             f"RT {m.rt or '-'}/RW {m.rw or '-'}" if (m.rt or m.rw) else "",
             f"Desa {m.desa}" if m.desa and not m.desa.lower().startswith("desa") else (m.desa or ""),
             f"Kec. {m.kecamatan}" if m.kecamatan else ""]
    return ", ".join(p for p in parts if p) or "-"


def _requirements(s: Session, m: Member) -> tuple[RequirementCheck, ...]:
    from kamura_desktop.documents.lender_docs import RequirementCheck

    bal = savings.balances_in_session(s, m.id)
    docs = [name for name, ok in (("KTP", m.ktp_on_file), ("KK", m.kk_on_file)) if not ok]
    wajib = bal.wajib_status
    if bal.wajib_arrears:
        wajib_note = f"tunggakan {format_rupiah(bal.wajib_arrears)} ({wajib.months_in_arrears} bulan)"
    elif wajib.months_paid_ahead:
        wajib_note = f"lancar; dibayar di muka {wajib.months_paid_ahead} bulan"
    else:
        wajib_note = f"lancar; {format_rupiah(bal.wajib)} disetor"
    status = {"active": f"aktif sejak {format_date_id(m.joined_on)}", "applicant": "masih calon anggota",
              "left": f"sudah keluar ({format_date_id(m.left_on)})"}[m.status]
    return (
        RequirementCheck(lender_pool.LENDER_REQUIREMENTS[0], m.status == "active", status),
        RequirementCheck(lender_pool.LENDER_REQUIREMENTS[1], not docs,
                         "ada di berkas" if not docs else f"belum ada: {' dan '.join(docs)}"),
        RequirementCheck(lender_pool.LENDER_REQUIREMENTS[2], not bal.pokok_outstanding,
                         f"{format_rupiah(bal.pokok)} dari {format_rupiah(bal.pokok_required)}"
                         + (f"; kurang {format_rupiah(bal.pokok_outstanding)}" if bal.pokok_outstanding else "")),
        RequirementCheck(lender_pool.LENDER_REQUIREMENTS[3], not bal.wajib_arrears, wajib_note),
    )


def lender_registration_data(db: Database, member_id: int) -> LenderRegistration:
    from kamura_desktop.documents.lender_docs import CommitmentLine, LenderRegistration

    balance = lender_pool.lender_balance(db, member_id)
    today = dt.date.today()
    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
        profile = s.get(LenderProfile, member_id)
        q = (select(Credit, BorrowerGroup, Member, func.sum(CreditFunding.amount))
             .join(CreditFunding, CreditFunding.credit_id == Credit.id)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .join(Member, Member.id == Credit.member_id)
             .where(CreditFunding.lender_member_id == member_id, CreditFunding.source == "lender",
                    CreditFunding.released_at.is_(None),
                    Credit.status.in_(("applied", "approved", "active")))
             # every selected table's key (PostgreSQL groups by keys it is given, not by joins)
             .group_by(Credit.id, BorrowerGroup.id, Member.id).order_by(Credit.id))
        commitments = tuple(CommitmentLine(c.number, f"{g.code} {g.name}", borrower.name, int(amount),
                                           COMMITMENT_STATUS[c.status])
                            for c, g, borrower, amount in s.execute(q))
        coordinator = s.scalar(select(Member.name).where(Member.tkm_role == "Koordinator Tim Lender",
                                                         Member.status == "active").order_by(Member.id).limit(1))
        birth = ", ".join(x for x in (m.birth_place or "", format_date_id(m.birth_date) if m.birth_date else "")
                          if x) or "-"
        return LenderRegistration(
            number=m.number, name=m.name, nik=m.nik, sex=SEX_WORDS.get(m.sex, m.sex), birth=birth,
            address=_address(m), phone=m.phone, trade=m.trade, joined_on=m.joined_on, tkm_role=m.tkm_role,
            registered_on=profile.registered_on if profile and profile.active else None,
            requirements=_requirements(s, m), sukarela=balance.sukarela, committed=balance.committed,
            deployed=balance.deployed,
            preferred_trades=tuple(json.loads(profile.preferred_trades)) if profile else (),
            max_per_group=profile.max_per_group if profile else None,
            share_pct=lender_pool.service_share_pct(s), commitments=commitments, coordinator=coordinator,
            treasurer=_only_user(s, "bendahara"), chair=_only_user(s, "ketua"), printed_on=today)


def lender_registration_pdf(db: Database, *, member_id: int, path: Path | str,
                            actor: Actor | None = None) -> Path:
    """Print the lender registration and commitment statement of a member (registered or
    not yet: the requirement checklist shows what is still missing)."""

    from kamura_desktop.documents.lender_docs import build_lender_registration

    if actor is not None:
        require(actor, "lenders.view")
    form = lender_registration_data(db, member_id)
    return build_lender_registration(path, profile=settings_service.get_profile(db), form=form)


def lender_statement_pdf(db: Database, *, member_id: int, date_from: dt.date, date_to: dt.date,
                         path: Path | str, actor: Actor | None = None) -> Path:
    """Print a lender's statement for a period."""

    from kamura_desktop.documents.lender_docs import build_lender_statement

    if actor is not None:
        require(actor, "lenders.view")
    statement = lender_pool.lender_statement(db, member_id, date_from=date_from, date_to=date_to)
    with db.read() as s:
        treasurer = _only_user(s, "bendahara")
    return build_lender_statement(path, profile=settings_service.get_profile(db), statement=statement,
                                  treasurer=treasurer)


def fund_development_pdf(db: Database, *, path: Path | str, actor: Actor | None = None,
                         as_of: dt.date | None = None) -> Path:
    """Print the revolving fund's development year by year, with its chart."""

    from kamura_desktop.documents.lender_docs import build_fund_development

    if actor is not None:
        require(actor, "lenders.view")
    return build_fund_development(path, profile=settings_service.get_profile(db),
                                  years=lender_pool.revolving_fund_development(db),
                                  grants=lender_pool.revolving_fund_grants(db), as_of=as_of or dt.date.today())


def group_fact_sheet_pdf(db: Database, *, application_id: int, path: Path | str,
                         actor: Actor | None = None) -> Path:
    """Print the fact sheet lenders choose a group from (no NIK, KK or phone number)."""

    from kamura_desktop.documents.lender_docs import build_group_fact_sheet

    if actor is not None:
        require(actor, "lenders.view")
    sheet = lender_pool.group_fact_sheet(db, application_id)
    return build_group_fact_sheet(path, profile=settings_service.get_profile(db), sheet=sheet)
