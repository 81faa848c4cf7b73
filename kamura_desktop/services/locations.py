"""Where the data lives: the per-user data folder (``%APPDATA%\\Kamura`` on Windows,
``~/.local/share/Kamura`` on Linux), the default database file and the backup folder.

``KAMURA_DATA_DIR`` overrides the folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "kamura.sqlite"
BACKUP_DIRNAME = "cadangan"


def data_dir() -> Path:
    override = os.environ.get("KAMURA_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Kamura", appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / "kamura-demo.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a folder beside the database file."""
    return Path(db_path).expanduser().absolute().parent / BACKUP_DIRNAME
