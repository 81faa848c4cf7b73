"""How each user left the screens: the member list's shown columns, for now.

These are view preferences, not books: they live in a small INI file in the data folder
(``tampilan.ini``, one group per user name) through QSettings, never in the database —
hiding a column is not a change anyone audits.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from kamura_desktop.services.locations import data_dir

FILE_NAME = "tampilan.ini"


def _store() -> QSettings:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / FILE_NAME), QSettings.Format.IniFormat)


def hidden_columns(username: str, view: str) -> list[str] | None:
    """The column keys ``username`` hid in ``view``; None when they never chose."""
    value = _store().value(f"{username}/{view}.hidden")
    if value is None:
        return None
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return [str(v) for v in value if v]


def set_hidden_columns(username: str, view: str, keys: list[str]) -> None:
    store = _store()
    store.setValue(f"{username}/{view}.hidden", ",".join(keys) if keys else "")
    store.sync()
