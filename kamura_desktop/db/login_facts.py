"""What the login dialog shows, read before the books are open, with the standard library
only (no SQLAlchemy, no models): the cooperative's name and logo, the display language and
whether the file has any user (issue 20: the desktop start shows the login dialog from a
process that has imported only Qt, and opens the books on a worker thread while the clerk
types).

Only for the ordinary case — an existing SQLite file whose schema is exactly this program's
head, with at least one user. Anything else (no file, an empty or foreign file, a schema to
migrate, no user yet, a file SQLite cannot read, a setting that is not what the program
saves) is ``None``,
and the program starts the way it always has. The values are cosmetic: nothing read here
decides anything. The books are opened (and checked, and refused when damaged) as always,
the password is checked against them, and the language is set again from them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .file_check import MIGRATIONS_DIR, _revision_graph, existing_file, graph_heads

#: the settings rows the dialog needs (``services.settings`` keys)
_KEYS = ("profile.name", "profile.logo_blob_id", "ui.language")
#: the defaults of two of them (``services.settings.DEFAULTS`` takes them from here): what
#: the books say when no row was saved
DEFAULT_COOP_NAME = "Koperasi Awilarangan Mukti Rahayu"
DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class LoginFacts:
    path: Path
    coop_name: str
    logo_png: bytes | None
    language: str


def read_login_facts(path: Path | str) -> LoginFacts | None:
    """The login dialog's facts of the SQLite file at ``path``, read-only; None for anything
    but an existing file at this program's schema head with a user. A setting never saved
    reads as its default, as ``services.settings`` reads it."""
    path = existing_file(path)
    if path is None:
        return None
    try:
        heads = graph_heads(_revision_graph(MIGRATIONS_DIR))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    except (OSError, SyntaxError, ValueError, sqlite3.Error):
        return None
    try:
        revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions != heads or conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
            return None
        marks = ",".join("?" * len(_KEYS))
        values = {key: json.loads(value) for key, value in conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks})", _KEYS)}
        name = values.get("profile.name", DEFAULT_COOP_NAME)
        language = values.get("ui.language", DEFAULT_LANGUAGE)
        if not isinstance(name, str) or not isinstance(language, str):
            return None
        logo = None
        blob_id = values.get("profile.logo_blob_id")
        if isinstance(blob_id, int):
            row = conn.execute("SELECT data FROM blobs WHERE id = ?", (blob_id,)).fetchone()
            logo = bytes(row[0]) if row and row[0] else None
        return LoginFacts(path=path, coop_name=name, logo_png=logo, language=language)
    except (sqlite3.Error, ValueError, TypeError):  # not our file, or not readable as one
        return None
    finally:
        conn.close()
