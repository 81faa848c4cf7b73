"""Where a Kamura database lives: a SQLite file (the default) or a PostgreSQL server.

A location is what ``--db`` and the settings hold: a path (``kamura.sqlite``) or a URL
(``postgresql+psycopg://user@host:5432/kamura``; ``postgresql://`` and ``postgres://`` are
taken as the same). The password never belongs in a stored location: it comes from the
operating system's credential store or is asked (``ui/shell``), and :func:`describe` shows a
URL without it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

SERVER_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")
DRIVER = "postgresql+psycopg"


def is_server(location: object) -> bool:
    """Whether ``location`` names a PostgreSQL server rather than a SQLite file."""
    return isinstance(location, str | URL) and str(location).lower().startswith(SERVER_SCHEMES)


def server_url(location: str | URL, *, password: str | None = None) -> URL:
    """The SQLAlchemy URL (always the psycopg 3 driver) of a server location; ``password``
    replaces the one in the location when given."""
    url = make_url(str(location)) if not isinstance(location, URL) else location
    url = url.set(drivername=DRIVER)
    if password is not None:
        url = url.set(password=password)
    return url


def describe(location: str | URL | Path) -> str:
    """A location as shown to a person: a file's path, or ``server host:port/db (user)``
    without any password."""
    if not is_server(location):
        return str(location)
    url = server_url(location)
    host = url.host or "localhost"
    if url.query.get("host"):  # a Unix socket folder
        host = str(url.query["host"])
    port = f":{url.port}" if url.port else ""
    user = f" ({url.username})" if url.username else ""
    return f"server {host}{port}/{url.database}{user}"


def build_url(*, host: str, port: int | str, database: str, user: str,
              password: str | None = None) -> URL:
    """The URL of the first-run screen's "Sambungkan ke server kantor" fields."""
    socket = host.startswith("/")  # a Unix socket folder (a server on this very PC)
    return URL.create(DRIVER, username=user or None, password=password or None,
                      host=None if socket else host or None,
                      port=int(port) if str(port).strip() else None,
                      database=database or None, query={"host": host} if socket else {})
