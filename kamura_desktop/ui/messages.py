"""Showing errors and confirmations the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamura_desktop.domain.errors import PermissionDenied, UserError


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """A user error shows its Indonesian message; anything else says it is a program fault."""
    if isinstance(exc, PermissionDenied):
        QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Tidak diizinkan"), exc.message)
    elif isinstance(exc, UserError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Periksa isian"), exc.message)
    else:
        QMessageBox.critical(
            parent, title or QCoreApplication.translate("messages", "Kesalahan program"),
            QCoreApplication.translate("messages", "Terjadi kesalahan yang tidak terduga. Tidak ada data yang setengah tersimpan. "
                "Laporkan pesan ini kepada pengelola program:") + f"\n\n{exc}",
        )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
