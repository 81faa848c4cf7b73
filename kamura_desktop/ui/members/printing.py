"""Printing and exporting from the membership windows.

Every document is made by ``services.member_io`` on a worker thread (``ctx.tasks``); PDFs
then open in the print preview, the Excel export says where it was written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamura_desktop.services import member_io
from kamura_desktop.services.membership import MemberFilter

from ..messages import show_error
from ..print_preview import preview_pdf


def print_receipt(ctx, parent: QWidget, *, tx_id: int, receipt_no: str, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: member_io.receipt_pdf(ctx.db, tx_id=tx_id, path=path,
                                           actor=ctx.actor),
        title=QCoreApplication.translate("MembersPrinting", "Kwitansi {number}").format(number=receipt_no),
        filename=f"kwitansi-{receipt_no}.pdf", on_shown=on_shown)


def print_registration_form(ctx, parent: QWidget, *, member_id: int | None,
                            number: str | None = None, on_shown=None):
    name = f"formulir-anggota-{number}.pdf" if number else "formulir-anggota-kosong.pdf"
    return preview_pdf(
        ctx, parent,
        lambda path: member_io.registration_form_pdf(ctx.db, member_id=member_id, path=path,
                                                     actor=ctx.actor),
        title=QCoreApplication.translate("MembersPrinting", "Formulir pendaftaran anggota"), filename=name, on_shown=on_shown)


def print_passbook(ctx, parent: QWidget, *, member_id: int, number: str, date_from: dt.date,
                   date_to: dt.date, on_shown=None):
    return preview_pdf(
        ctx, parent,
        lambda path: member_io.passbook_pdf(ctx.db, member_id=member_id, date_from=date_from,
                                            date_to=date_to, path=path, actor=ctx.actor),
        title=QCoreApplication.translate("MembersPrinting", "Buku simpanan {number}").format(number=number),
        filename=f"buku-simpanan-{number}.pdf", on_shown=on_shown)


def export_members(ctx, parent: QWidget, *, flt: MemberFilter, path: Path, on_done=None):
    """Write the member list (what the filter shows) to an Excel file, off the UI thread,
    with a progress bar when it takes a while (the export is a generator of steps)."""

    def done(result) -> None:
        written = Path(result) if result else path
        if on_done:
            on_done(written)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("MembersPrinting", "Ekspor Excel"),
                                    QCoreApplication.translate("MembersPrinting", "Daftar anggota disimpan di {path}.").format(path=written))

    return ctx.tasks.run(
        lambda: member_io.export_members_steps(ctx.db, actor=ctx.actor, flt=flt, path=path),
        label=QCoreApplication.translate("MembersPrinting", "Menulis daftar anggota ke Excel…"),
        parent_widget=parent,
        on_done=done,
        on_error=lambda exc: show_error(parent, exc),
        cancellable=True,
    )
