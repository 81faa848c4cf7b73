"""Printing from the lender pool window: every PDF is made by ``services.lender_docs`` on a
worker thread (``preview_pdf`` runs it through ``ctx.tasks``) and opens in the print preview.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamura_desktop.services import lender_docs

from ..print_preview import preview_pdf


def print_lender_registration(ctx, parent: QWidget, *, member_id: int, number: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: lender_docs.lender_registration_pdf(ctx.db, member_id=member_id, path=path,
                                                          actor=ctx.actor),
        title=QCoreApplication.translate("LendersPrinting", "Pendaftaran lender {number}").format(number=number),
        filename=f"pendaftaran-lender-{number}.pdf", on_shown=on_shown)


def print_lender_statement(ctx, parent: QWidget, *, member_id: int, number: str,
                           date_from: dt.date, date_to: dt.date, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: lender_docs.lender_statement_pdf(ctx.db, member_id=member_id, date_from=date_from,
                                                      date_to=date_to, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("LendersPrinting", "Laporan dana lender {number}").format(number=number),
        filename=f"laporan-lender-{number}.pdf", on_shown=on_shown)


def print_fund_development(ctx, parent: QWidget, on_shown=None):
    return preview_pdf(
        ctx, parent, lambda path: lender_docs.fund_development_pdf(ctx.db, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("LendersPrinting", "Perkembangan dana bergulir"),
        filename=f"perkembangan-dana-bergulir-{dt.date.today():%Y-%m-%d}.pdf", on_shown=on_shown)


def print_group_fact_sheet(ctx, parent: QWidget, *, application_id: int, number: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: lender_docs.group_fact_sheet_pdf(ctx.db, application_id=application_id, path=path,
                                                      actor=ctx.actor),
        title=QCoreApplication.translate("LendersPrinting", "Lembar fakta kelompok {number}").format(number=number),
        filename=f"lembar-fakta-{number}.pdf", on_shown=on_shown)
