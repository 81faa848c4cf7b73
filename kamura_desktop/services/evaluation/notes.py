"""Report notes: the chair's process notes, conclusions and recommendations for the
evaluation report (one row)."""

from __future__ import annotations

from dataclasses import dataclass

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.evaluation import EvalReportNotes
from kamura_desktop.domain.errors import UserError

from .. import audit
from ..actor import Actor
from ..changes import Outcome
from ..permissions import require
from .base import CHANGED, _now


@dataclass(frozen=True)
class ReportNotesDTO:
    process_notes: str = ""
    conclusions: str = ""
    recommendations: str = ""


def get_report_notes(db: Database) -> ReportNotesDTO:
    with db.read() as s:
        row = s.get(EvalReportNotes, 1)
        if row is None:
            return ReportNotesDTO()
        return ReportNotesDTO(row.process_notes, row.conclusions, row.recommendations)


def save_report_notes(db: Database, *, actor: Actor, notes: ReportNotesDTO) -> Outcome[ReportNotesDTO]:
    """The chair's texts for the evaluation report."""
    require(actor, "evaluation.manage")
    values = dict(process_notes=(notes.process_notes or "").strip(),
                  conclusions=(notes.conclusions or "").strip(),
                  recommendations=(notes.recommendations or "").strip())
    for key, value in values.items():
        if len(value) > 20_000:
            raise UserError("Catatan terlalu panjang (paling banyak 20.000 karakter).", field=key)
    with db.write() as s:
        row = s.get(EvalReportNotes, 1)
        if row is None:
            row = EvalReportNotes(id=1, updated_at=_now(), **values)
            s.add(row)
            changed = [k for k, v in values.items() if v]
        else:
            changed = [k for k, v in values.items() if getattr(row, k) != v]
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = _now()
        s.flush()
        audit.record(s, actor, action="evaluation.notes", entity="eval_report_notes", entity_id=1,
                     summary="diubah: " + (", ".join(changed) or "tidak ada"))
        return Outcome(ReportNotesDTO(**values), CHANGED)
