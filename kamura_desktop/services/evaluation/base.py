"""What the evaluation book's modules share: its permissions (registered when any module
of the package is imported), the ``Changes`` every write returns, the column widths more
than one table has, and the checks of text, dates and respondents.

Permissions: ``evaluation.view`` (every role), ``evaluation.enter`` (petugas, bendahara,
ketua: rounds, respondents, answers, income surveys), ``evaluation.manage`` (ketua:
instruments, answer scales, report notes, deleting rounds and income surveys).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.roles import ADMIN, BENDAHARA, KETUA, PETUGAS
from kamura_desktop.domain.text import normalise

from ..changes import Changes
from ..permissions import PERMISSIONS

PERMISSIONS.update({
    "evaluation.view": (frozenset({PETUGAS, BENDAHARA, KETUA, ADMIN}), "melihat data evaluasi"),
    "evaluation.enter": (frozenset({PETUGAS, BENDAHARA, KETUA}),
                         "mengisi survei evaluasi (putaran, responden, jawaban, pendapatan)"),
    "evaluation.manage": (frozenset({KETUA}),
                          "mengelola instrumen evaluasi, catatan laporan evaluasi dan "
                          "menghapus putaran survei dan survei pendapatan"),
})

CHANGED = Changes(evaluation=True)

# column widths of the tables (the service refuses longer text rather than truncating it);
# each module keeps the widths only it checks
_MAX_TITLE, _MAX_PERSON = 200, 120


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _text(value: str | None, *, what: str, field: str, limit: int, required: bool = True) -> str:
    text = normalise(value) if isinstance(value, str) else ""
    if required and not text:
        raise UserError(f"{what} belum diisi.", field=field)
    if len(text) > limit:
        raise UserError(f"{what} terlalu panjang (paling banyak {limit} karakter).", field=field)
    return text


def _check_date(value: object, *, field: str = "held_on") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise UserError("Tanggal belum diisi atau tidak sah.", field=field)
    return value


def _member_name(s: Session, member_id: int, *, who: str = "") -> str:
    lead = f"{who}anggota" if who else "Anggota"
    if isinstance(member_id, bool) or not isinstance(member_id, int):
        raise UserError(f"{lead} dengan ID {member_id!r} tidak sah.", field="member_id")
    m = s.get(Member, member_id)
    if m is None:
        raise UserError(f"{lead} #{member_id} tidak terdaftar sebagai anggota koperasi.",
                        field="member_id", code="eval_not_member")
    return m.name


def _person(s: Session, name: str | None, member_id: int | None, *,
            who: str = "") -> tuple[str, int | None]:
    """(name, member_id) of a respondent: a member's name when none is given. ``who``
    ("Baris 3: ") starts the error messages of a row in a batch."""
    if member_id is not None:
        member_name = _member_name(s, member_id, who=who)
        if not (name or "").strip():
            name = member_name
    what = f"{who}nama responden" if who else "Nama responden"
    return _text(name, what=what, field="name", limit=_MAX_PERSON), member_id
