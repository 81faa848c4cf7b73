"""Opening the office server from the app: the database password from the operating
system's credential store (``keyring``: Windows Credential Manager), or asked and then kept
there — never in a settings file; and the warning for a SQLite file on a network drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from kamura_desktop.services import connection as conn


def server_location_with_password(location: str, parent: QWidget | None = None) -> str | None:
    """The location with its password (stored, or asked now); None when the user cancels."""
    if conn.has_password(location):
        return location
    password = conn.stored_password(location)
    if password is None:
        password, ok = QInputDialog.getText(
            parent, "Server kantor",
            f"Kata sandi database untuk {conn.describe(location)}:", QLineEdit.EchoMode.Password)
        if not ok:
            return None
        conn.remember_password(location, password)
    return conn.with_password(location, password)


def open_server_books(location: str, parent: QWidget | None = None):
    """Open the books on the office server with the password from the credential store (or
    asked). A password the server refuses — the stored one is out of date after the admin
    changed it — is asked again, naming the refusal, and the right one replaces it in the
    store; None when the user cancels. Any other refusal is raised (a UserError)."""
    from kamura_desktop.domain.errors import UserError
    from kamura_desktop.services.setup import open_books

    full = server_location_with_password(location, parent)
    while full is not None:
        try:
            return open_books(full)
        except UserError as exc:
            if exc.code != "server_password":
                raise
            password, ok = QInputDialog.getText(
                parent, "Server kantor",
                f"{exc.message}\nKata sandi database untuk {conn.describe(location)}:",
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            full = conn.with_password(location, password)
            if not conn.has_password(location):  # a password given in --db is not kept
                conn.remember_password(location, password)
    return None


NETWORK_WARNING = (
    "Berkas database {path} ada di drive jaringan. SQLite di folder bersama jaringan dapat "
    "rusak bila dua komputer menulis bersamaan. Untuk beberapa komputer, pakai server kantor "
    "(PostgreSQL, lihat docs/server-kantor.md). Tetap buka berkas ini?")


def confirm_network_file(path: Path, parent: QWidget | None = None) -> bool:
    """True to open: not a network path, or the user chose to open it anyway."""
    if not conn.is_network_path(path):
        return True
    answer = QMessageBox.warning(parent, "Berkas di drive jaringan",
                                 NETWORK_WARNING.format(path=path),
                                 QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                                 QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Open
