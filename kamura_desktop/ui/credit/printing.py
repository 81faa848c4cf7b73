"""Credit printouts: built by ``services.credit_docs`` on a worker thread (``ctx.tasks``)
and shown in the print preview (``ui/print_preview.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamura_desktop.services import credit_docs

from ..print_preview import preview_pdf


def print_participation_form(ctx, parent: QWidget, *, application_id: int, number: str, on_shown=None):
    """The group participation form: commitment statement and requirement checklist."""
    return preview_pdf(
        ctx, parent,
        lambda path: credit_docs.participation_form_pdf(ctx.db, application_id=application_id, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("CreditPrinting", "Formulir partisipasi kelompok {number}").format(number=number),
        filename=f"formulir-partisipasi-{number}.pdf", on_shown=on_shown)


def print_joint_liability(ctx, parent: QWidget, *, group_id: int, code: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: credit_docs.joint_liability_pdf(ctx.db, group_id=group_id, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("CreditPrinting", "Perjanjian tanggung renteng {code}").format(code=code),
        filename=f"tanggung-renteng-{code}.pdf", on_shown=on_shown)


def print_credit_agreement(ctx, parent: QWidget, *, credit_id: int, number: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: credit_docs.credit_agreement_pdf(ctx.db, credit_id=credit_id, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("CreditPrinting", "Perjanjian kredit {number}").format(number=number),
        filename=f"perjanjian-kredit-{number}.pdf", on_shown=on_shown)


def print_disbursement_receipt(ctx, parent: QWidget, *, application_id: int, number: str,
                               on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: credit_docs.disbursement_receipt_pdf(ctx.db, application_id=application_id, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("CreditPrinting", "Tanda terima pencairan {number}").format(number=number),
        filename=f"tanda-terima-pencairan-{number}.pdf", on_shown=on_shown)


def print_handover_list(ctx, parent: QWidget, *, application_id: int, number: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: credit_docs.handover_list_pdf(ctx.db, application_id=application_id, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("CreditPrinting", "Daftar serah terima paket {number}").format(number=number),
        filename=f"serah-terima-paket-{number}.pdf", on_shown=on_shown)
