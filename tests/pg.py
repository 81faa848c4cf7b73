"""A real PostgreSQL server for the tests: started once per test process in a temporary
data folder (the ``pgserver`` package ships the server binaries for Linux, macOS and Windows,
so ``dev.py test`` needs nothing installed by hand), stopped and removed at the end.

One template database is migrated and seeded once per process; every test gets its own
database cloned from it (``CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY``: a few
milliseconds), dropped after. A test that asks for the ``actors`` clones a second template
holding the test users, and one that uses a @prepared fixture (tests/helpers_books.py) a
template with that fixture's books (each made once per process).
The demo cooperative gets a template of its own (``demo_database``): the SQLite demo the
session builds anyway, moved onto the server once with ``kamura copy``'s service (which
proves the copy by counts and hashes), then cloned per test like the empty books.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import tempfile
import uuid

from sqlalchemy.engine import URL

TEMPLATE = "kamura_template"
DEMO_TEMPLATE = "kamura_demo_template"
#: the empty books with the test users in them (the `actors` fixture; tests/conftest.py)
USERS_TEMPLATE = "kamura_template_users"
#: how a test's database is cloned: copying the template's files (PostgreSQL 15+) costs less
#: than the default WAL_LOG, which writes every block of a small database to the WAL
CLONE = "STRATEGY FILE_COPY"
#: the test server's settings for speed (what clients see is unchanged; only crash safety goes)
FAST_SETTINGS = ("fsync = off", "synchronous_commit = off", "full_page_writes = off")
_server = None
_counter = itertools.count()


def server():
    """The running test server (started on first use)."""
    global _server
    if _server is None:
        # pgserver asks platformdirs for a runtime folder; CI has no XDG_RUNTIME_DIR
        os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="kamura-run-"))
        import pgserver

        folder = tempfile.mkdtemp(prefix="kamura-pg-")
        _server = pgserver.get_server(folder, cleanup_mode="delete")
        atexit.register(stop)
        # a throw-away server: nothing it holds must survive a crash, so it never waits for
        # the disk (DROP DATABASE after each test took ~2 s of checkpoint, now ~0,05 s)
        for setting in FAST_SETTINGS:
            admin(f"ALTER SYSTEM SET {setting}")
        admin("SELECT pg_reload_conf()")
    return _server


def stop() -> None:
    """Stop the test server and remove its data folder (the end of the test session)."""
    global _server
    if _server is None:
        return
    srv, _server = _server, None
    folder = str(srv.pgdata)
    with contextlib.suppress(Exception):
        srv.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


def socket_dir() -> str:
    return str(server().pgdata)


def url(database: str, *, user: str = "postgres", password: str | None = None) -> str:
    return URL.create("postgresql+psycopg", username=user, password=password,
                      database=database, query={"host": socket_dir()}).render_as_string(
                          hide_password=False)


def admin(sql: str) -> None:
    """Run one statement on the server's maintenance database, outside a transaction."""
    import psycopg

    with psycopg.connect(dbname="postgres", user="postgres", host=socket_dir(),
                         autocommit=True) as conn:
        conn.execute(sql)


def _template_ready() -> None:
    if getattr(_template_ready, "done", False):
        return
    from kamura_desktop.services.setup import open_books

    admin(f"DROP DATABASE IF EXISTS {TEMPLATE}")
    admin(f"CREATE DATABASE {TEMPLATE}")
    open_books(url(TEMPLATE)).close()
    _template_ready.done = True


def _users_template_ready(log_in) -> None:
    if getattr(_users_template_ready, "done", False):
        return
    from kamura_desktop.services.setup import open_books

    _template_ready()
    admin(f"DROP DATABASE IF EXISTS {USERS_TEMPLATE}")
    admin(f"CREATE DATABASE {USERS_TEMPLATE} TEMPLATE {TEMPLATE} {CLONE}")
    database = open_books(url(USERS_TEMPLATE))
    try:
        log_in(database)
    finally:
        database.close()
    _users_template_ready.done = True


#: (a @prepared fixture's key, its base template) -> (its template database, its value)
_prepared: dict[tuple[str, str], tuple[str, bytes]] = {}


def _prepared_template(key: str, base: str, build) -> tuple[str, bytes]:
    """The template database of a @prepared fixture (tests/helpers_books.py): a clone of
    ``base`` in which ``build(database)`` made the fixture's books (once per process); and
    what ``build`` returned (the fixture's value, pickled)."""
    if (key, base) not in _prepared:
        from kamura_desktop.services.setup import open_books

        name = f"p_{len(_prepared)}_{os.getpid()}"
        admin(f"DROP DATABASE IF EXISTS {name}")
        admin(f"CREATE DATABASE {name} TEMPLATE {base} {CLONE}")
        database = open_books(url(name))
        try:
            value = build(database)
        finally:
            database.close()
        _prepared[(key, base)] = name, value
    return _prepared[(key, base)]


def new_database(*, empty: bool = False, users=None, prepared=None):
    """A fresh database for one test: a clone of the seeded template (or empty); its URL.
    ``users``: the function that gives the books the test users (tests/conftest.py); the
    clone is then made from a template that holds them (built with it once per process).
    ``prepared``: ``(key, build)`` of a @prepared fixture: the clone is made from the books
    ``build`` made on a clone of that template (once per process), and the URL comes with
    ``build``'s value."""
    name = f"t_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    if empty:
        admin(f"CREATE DATABASE {name}")
        return url(name)
    if users is not None:
        _users_template_ready(users)
        base = USERS_TEMPLATE
    else:
        _template_ready()
        base = TEMPLATE
    if prepared is None:
        admin(f"CREATE DATABASE {name} TEMPLATE {base} {CLONE}")
        return url(name)
    template, value = _prepared_template(*prepared[:1], base, prepared[1])
    admin(f"CREATE DATABASE {name} TEMPLATE {template} {CLONE}")
    return url(name), value


def _demo_template_ready(sqlite_demo) -> None:
    if getattr(_demo_template_ready, "done", False):
        return
    from pathlib import Path

    from kamura_desktop.services import server_copy

    # the copy opens its source: work on a private copy, never the session's demo file
    work = Path(tempfile.mkdtemp(prefix="kamura-demo-src-"))
    try:
        source = work / "demo.sqlite"
        shutil.copyfile(sqlite_demo, source)
        admin(f"DROP DATABASE IF EXISTS {DEMO_TEMPLATE}")
        admin(f"CREATE DATABASE {DEMO_TEMPLATE}")
        report = server_copy.copy_database(source, url(DEMO_TEMPLATE))
        if not report.identical:  # pragma: no cover - the copy tests say where
            raise RuntimeError("the demo did not copy to the test server identically:\n"
                               + "\n".join(report.lines()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _demo_template_ready.done = True


def demo_database(sqlite_demo) -> str:
    """A fresh database holding the demo cooperative (a clone of the demo template, made
    from the session's SQLite demo file on first use); its URL."""
    _demo_template_ready(sqlite_demo)
    name = f"d_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    admin(f"CREATE DATABASE {name} TEMPLATE {DEMO_TEMPLATE} {CLONE}")
    return url(name)


def drop_database(location: str) -> None:
    name = location.rsplit("/", 1)[1].split("?", 1)[0]
    with contextlib.suppress(Exception):
        admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def require_password(user: str) -> None:
    """Make the server ask ``user`` for a password (the test server trusts local users)."""
    from pathlib import Path

    hba = Path(socket_dir()) / "pg_hba.conf"
    line = f"local all {user} scram-sha-256\nhost all {user} all scram-sha-256\n"
    text = hba.read_text()
    if line not in text:
        hba.write_text(line + text)
        admin("SELECT pg_reload_conf()")


def tools_env() -> dict[str, str]:
    """The environment with the test server's own pg_dump / pg_restore first on PATH (the
    office installs the client tools of its server's version; see docs/server-kantor.md)."""
    from pgserver._commands import POSTGRES_BIN_PATH

    return {**os.environ, "PATH": f"{POSTGRES_BIN_PATH}{os.pathsep}{os.environ.get('PATH', '')}"}


def is_url(location) -> bool:
    return isinstance(location, str) and location.startswith("postgresql")


def rows(location: str, sql: str) -> list[tuple]:
    """The rows of one query on a test-server database, read outside the program."""
    import psycopg

    plain = location.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain) as conn:
        return conn.execute(sql).fetchall()


@contextlib.contextmanager
def office_books():
    """A fresh server database (a clone of the seeded template) holding the four test users
    (tests/conftest.TEST_USERS), open: ``(location, db)``; closed and dropped after. The
    tests of several PCs on one server start from it."""
    from kamura_desktop.services import users
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.setup import open_books
    from tests.conftest import TEST_USERS

    location = new_database()
    db = open_books(location)
    try:
        for role, (name, password) in TEST_USERS.items():
            users.create_user(db, actor=Actor.system(), username=name, full_name=f"Uji {role}",
                              role=role, password=password)
        yield location, db
    finally:
        db.close()
        drop_database(location)
