"""Printouts and exports of the repayment book.

Documents are made by ``services.repayment_docs`` on a worker thread (``ctx.tasks``); PDFs
then open in the print preview, the Excel export says where it was written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamura_desktop.services import repayment_docs

from ..messages import show_error
from ..print_preview import PRINT_RECEIPT_KEY, preview_pdf, print_receipts  # noqa: F401 - used here

#: pocket-book layouts of the print module: code -> what the menu says
POCKET_LAYOUTS = ("a6_4up", "a6_booklet", "a5_2up")


def layout_label(code: str) -> str:
    return {"a6_4up": QCoreApplication.translate("RepaymentPrinting", "Ukuran A6 (4 halaman per kertas A4)"),
            "a6_booklet": QCoreApplication.translate(
                "RepaymentPrinting", "Buku lipat A6 (2 halaman per kertas A5, bolak-balik)"),
            "a5_2up": QCoreApplication.translate("RepaymentPrinting", "Ukuran A5 (2 halaman per kertas A4)")}.get(code, code)


def group_credit_ids(ctx, group_code: str) -> list[int]:
    """The credits whose pocket books a group gets (its running credits, or its latest
    disbursement)."""
    return repayment_docs.pocket_book_credit_ids(ctx.db, group_code=group_code)


def print_pocket_books(ctx, parent: QWidget, *, credit_ids: list[int], title: str, filename: str,
                       layout: str = "a6_4up", on_shown=None):
    """Pocket books (buku saku): the schedule with a line per instalment to fill in."""
    return preview_pdf(ctx, parent,
                       lambda path: repayment_docs.pocket_books_steps(
                           ctx.db, credit_ids=credit_ids, path=path, layout=layout, actor=ctx.actor),
                       title=title, filename=filename, on_shown=on_shown)


def print_collection_sheet(ctx, parent: QWidget, *, group_id: int, group_code: str,
                           meeting_date: dt.date, on_shown=None):
    """The blank collection sheet and the attendance list of a group meeting."""
    return preview_pdf(ctx, parent,
                       lambda path: repayment_docs.collection_sheet_pdf(
                           ctx.db, group_id=group_id, meeting_date=meeting_date, path=path,
                           actor=ctx.actor),
                       title=QCoreApplication.translate("RepaymentPrinting", "Lembar penagihan {group}").format(group=group_code),
                       filename=f"lembar-penagihan-{group_code}-{meeting_date:%Y%m%d}.pdf",
                       on_shown=on_shown)


def export_arrears(ctx, parent: QWidget, *, as_of: dt.date, path: Path, on_done=None):
    """Write the arrears workbook off the UI thread."""
    def done(result) -> None:
        written = Path(result) if isinstance(result, (str, Path)) else path
        if on_done:
            on_done(written)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("RepaymentPrinting", "Ekspor Excel"),
                                    QCoreApplication.translate("RepaymentPrinting", "Daftar tunggakan disimpan di {path}.").format(path=written))

    return ctx.tasks.run(lambda: repayment_docs.arrears_xlsx(ctx.db, as_of=as_of, path=path, actor=ctx.actor),
                         label=QCoreApplication.translate("RepaymentPrinting", "Menulis daftar tunggakan ke Excel…"), parent_widget=parent,
                         on_done=done, on_error=lambda exc: show_error(parent, exc))

