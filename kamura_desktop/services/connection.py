"""Where the program's database is, for the screens: a SQLite file or the office server.

The server's password lives in the operating system's credential store (``keyring``:
Windows Credential Manager), under the location without its password — never in a
settings file. A SQLite file on a network drive is recognised so the app can warn.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from kamura_desktop.db import location as loc

KEYRING_SERVICE = "Kamura Desktop"

is_server = loc.is_server
describe = loc.describe


def credential_key(location: str) -> str:
    """The name the password is kept under: the location without any password."""
    url = loc.server_url(location)
    return url.render_as_string(hide_password=True).replace(":***@", "@")


def has_password(location: str) -> bool:
    return bool(loc.server_url(location).password)


def with_password(location: str, password: str) -> str:
    return loc.server_url(location, password=password).render_as_string(hide_password=False)


def stored_password(location: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, credential_key(location))
    except Exception:  # no credential store on this PC: the password is asked
        return None


def remember_password(location: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, credential_key(location), password)
        return True
    except Exception:
        return False


def is_network_path(path: Path | str) -> bool:
    """A UNC path (``\\\\server\\share``) or a mapped network drive (Windows)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt" and len(text) > 1 and text[1] == ":":
        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(f"{text[:2]}\\") == drive_remote
    return False
