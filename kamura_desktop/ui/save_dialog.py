"""The one way the app asks where to save a file it makes (a PDF, a workbook).

Every save dialog of the app goes through :func:`ask_save_path`: it shows Qt's save dialog
(unless the caller already has a path: tests, "save again"), gives the name the kind's
extension, and checks the target with the output gate (services/outputs.check_target: never
the open database, its -wal/-shm/-journal files, any SQLite file, a folder, or an existing
file of another kind). A refused target is explained in a message box and nothing is written;
the builders then write through a temporary file renamed into place when complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import outputs

from .messages import show_error

FILTERS = {
    "pdf": ("save_dialog", "Dokumen PDF (*.pdf)"),
    "xlsx": ("save_dialog", "Buku kerja Excel (*.xlsx)"),
}


def ask_save_path(parent: QWidget | None, title: str, suggested: str | Path, *, kind: str,
                  path: str | Path | None = None) -> Path | None:
    """The path to write a ``kind`` ("pdf", "xlsx") file to, or None (cancelled or refused)."""
    k = outputs.output_kind(kind)
    if not path:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                              QCoreApplication.translate(*FILTERS[k.code]))
        if not path:
            return None
    target = Path(path)
    # a new name gets the kind's extension; an existing file picked in the dialog is checked
    # as it is (picking the books themselves is refused, not quietly renamed)
    if target.suffix.lower() not in k.suffixes and not target.exists():
        target = target.with_name(target.name + k.suffixes[0])
    try:
        return outputs.check_target(target, k)
    except UserError as exc:
        show_error(parent, exc, title=title)
        return None
