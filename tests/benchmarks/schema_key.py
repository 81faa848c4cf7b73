"""The key of a cached benchmark file: the schema's heads plus a hash of the migration files,
so a file built while a migration was still being written is never reused afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kamura_desktop.db.database import known_heads

VERSIONS = Path(__file__).resolve().parents[2] / "kamura_desktop" / "db" / "migrations" / "versions"


def schema_key() -> str:
    digest = hashlib.sha256()
    for path in sorted(VERSIONS.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "-".join(sorted(known_heads())) + "-" + digest.hexdigest()[:10]
