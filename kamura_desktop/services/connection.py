"""Where the program's database is, for the screens: a SQLite file or the office server.

The server's password lives in the operating system's credential store (``keyring``:
Windows Credential Manager), under the location without its password — never in a
settings file. A SQLite file on a network drive is recognised so the app can warn.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamura_desktop.db import location as loc
from kamura_desktop.db.file_check import is_network_path  # noqa: F401 - for the screens

KEYRING_SERVICE = "Kamura Desktop"

is_server = loc.is_server
describe = loc.describe


def run_write(fn, /, *args, **kwargs):
    """Run one use case so that a write the office server aborted for a conflict with
    another PC (serialization failure, deadlock) runs again, a bounded number of times, then
    ends in "Server sedang sibuk … coba lagi" with nothing saved
    (``db.database.with_write_retries``). The UI's ``ctx.perform`` and the CLI run every
    service call through it; on SQLite it is only the call."""
    from kamura_desktop.db.database import with_write_retries

    return with_write_retries(fn, *args, **kwargs)


@dataclass(frozen=True)
class WhereOpen:
    """Which database is open, for Settings and the status bar: never the password."""

    server: bool
    path: str = ""
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""


def where_open(db) -> WhereOpen:
    url = getattr(db, "url", None)
    if url is None:
        return WhereOpen(server=False, path=str(db.path))
    host = str(url.query.get("host") or url.host or "localhost")
    return WhereOpen(server=True, host=host, port=url.port or 5432,
                     database=url.database or "", user=url.username or "")


class OtherPCs:
    """What other PCs changed on the office server since the last :meth:`poll` (the views
    refresh through the hub, ``ui/hub.SignalHub.follow``). Nothing on a SQLite file: one PC
    owns it, and every write of this program is published where it is made."""

    def __init__(self, db):
        listen = getattr(db, "change_listener", None)  # None: no database open yet
        self._listener = listen() if listen is not None else None

    @property
    def active(self) -> bool:
        return self._listener is not None

    def poll(self):
        """The ``Changes`` of other PCs' commits since the last poll (all of them when the
        server connection was lost meanwhile: what was missed is unknown). Never blocks."""
        from .changes import EVERYTHING, Changes, changes_for_tables

        if self._listener is None:
            return Changes()
        tables, lost = self._listener.poll()
        return EVERYTHING if lost else changes_for_tables(tables)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()


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


def check_server(location: str) -> str:
    """*Uji sambungan*: connect to the server once and say what is there, in Indonesian; a
    UserError (wrong password, unreachable host, another program's database, …) otherwise.
    Nothing is changed on the server."""
    from sqlalchemy import inspect

    from kamura_desktop.db.database import (
        KAMURA_MARKER_TABLES,
        NotAKamuraDatabase,
        translate_server_error,
    )
    from kamura_desktop.db.engine import make_server_engine

    url = loc.server_url(location)
    engine = make_server_engine(url)
    try:
        with engine.connect() as c:
            tables = set(inspect(c).get_table_names())
    except Exception as exc:
        raise translate_server_error(exc, url) from exc
    finally:
        engine.dispose()
    where = loc.describe(url)
    if not tables:
        return f"Tersambung ke {where}: database kosong, siap diisi dengan 'kamura copy'."
    if not KAMURA_MARKER_TABLES <= tables:
        raise NotAKamuraDatabase(f"Tersambung ke {where}, tetapi database itu milik program "
                                 "lain, bukan database Kamura.")
    return f"Tersambung ke {where}: database Kamura."




def saved_location() -> str | None:
    """The office server this PC connects to (its URL without the password), if chosen."""
    from .locations import SAVED_SERVER_FILENAME, data_dir

    path = data_dir() / SAVED_SERVER_FILENAME
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if is_server(text) else None


def save_location(location: str) -> None:
    """Remember the server for the next start; the password never goes in this file."""
    from .locations import SAVED_SERVER_FILENAME, data_dir

    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SAVED_SERVER_FILENAME).write_text(credential_key(location) + "\n", encoding="utf-8")


def build_location(*, host: str, port: str, database: str, user: str, password: str) -> str:
    """The location of the first-run screen's server fields (password included)."""
    return loc.build_url(host=host, port=port, database=database, user=user,
                         password=password).render_as_string(hide_password=False)
