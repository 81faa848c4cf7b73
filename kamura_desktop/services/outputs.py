"""The output gate for the layers above the services (the UI's save dialogs, the CLI): where
the program may write a file it makes. The rule and the atomic write live in
:mod:`kamura_desktop.documents.outputs` (the document builders, below the services, write
through it too); this module only hands them up."""

from __future__ import annotations

from kamura_desktop.documents.outputs import (
    KINDS,
    PDF,
    XLSX,
    OutputKind,
    check_target,
    copy_to,
    output_kind,
    save_workbook,
    writing,
)

__all__ = ["KINDS", "PDF", "XLSX", "OutputKind", "check_target", "copy_to", "output_kind",
           "save_workbook", "writing"]
