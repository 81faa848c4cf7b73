"""A real PostgreSQL server for the tests: one per test run (the ``pgserver`` package ships
the server binaries for Linux, macOS and Windows, so ``dev.py test`` needs nothing installed by
hand). The first process of the run that needs it starts it in a temporary folder named after
the run's owner (the pytest controller under xdist, whose pid the workers inherit: OWNER_ENV),
under a file lock; the other workers join it. The owner stops it and removes its folder at the
end of the session (tests/conftest.py ``pytest_sessionfinish``); a server whose owner was
killed is stopped when the next run starts one (a per-user registry of running servers).

One template database is migrated and seeded once per run (by the first worker that needs it,
under a lock; the others find it); every test gets its own database cloned from it
(``CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY``), named after its process so the
workers never collide, and dropped after; each process makes the next clone of a template
ahead and drops the used ones on a background thread (see "clones made ahead" below); a
clone made ahead for the `db` fixture is opened there too (the program's open of server
books). A test that asks for the ``actors`` clones a second template holding the test users, and one that uses a @prepared fixture
(tests/helpers_books.py) a template with that fixture's books (each made once per run, the
fixture's value kept beside it). The seal keys of the templates' books are kept in the run's
folder and installed in every worker's data folder.
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
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

TEMPLATE = "kamura_template"
DEMO_TEMPLATE = "kamura_demo_template"
#: the empty books with the test users in them (the `actors` fixture; tests/conftest.py)
USERS_TEMPLATE = "kamura_template_users"
#: how a test's database is cloned: copying the template's files (PostgreSQL 15+) costs less
#: than the default WAL_LOG, which writes every block of a small database to the WAL
CLONE = "STRATEGY FILE_COPY"
#: the test server's settings for speed (what clients see is unchanged; only crash safety goes)
FAST_SETTINGS = ("fsync = off", "synchronous_commit = off", "full_page_writes = off")
#: the environment variable naming the process that owns the run's server (the pytest
#: controller; set by tests/conftest.py before the xdist workers start, inherited by them)
OWNER_ENV = "KAMURA_TEST_PG_OWNER"
_server = None
_counter = itertools.count()
#: the templates this process has seen ready (built by it or by another worker)
_ready: set[str] = set()


#: (the run's owner, the temp folder) -> the run's folder, made (asked by every clone: the
#: owner's start time is a process lookup, ~1 ms per test)
_folders: dict[tuple[str, str], Path] = {}


def _folder() -> Path:
    """The folder of the run's server, shared by the processes of the run: named after the
    run's owner (its pid and start time), in the temp folder. Not under pytest's own temp
    folder: pytest makes that private again at every start, and the server runs as another
    user when the tests run as root (pgserver)."""
    key = (os.environ.get(OWNER_ENV) or str(os.getpid()), tempfile.gettempdir())
    folder = _folders.get(key)
    if folder is None or not folder.is_dir():
        owner, started = _owner()
        folder = Path(key[1]) / f"kamura-pg-run-{owner}-{int((started or 0) * 1000)}"
        folder.mkdir(exist_ok=True)
        _folders[key] = folder
    return folder


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    from tests.helpers_files import locked

    with locked(_folder() / f"{name}.lock"):
        yield


def server():
    """The run's test server: started by the first process of the run that needs it (under
    a lock in the run's shared folder), joined by the others (one server per run, not one
    per xdist worker). It is stopped once, by the process that owns the run
    (:func:`stop_run`); a server left by a killed run is stopped when the next one starts."""
    global _server
    if _server is None:
        folder = _folder()
        # pgserver asks platformdirs for a runtime folder (its lock, maybe the socket); CI
        # has no XDG_RUNTIME_DIR: the run's folder, removed with it
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
        import pgserver

        with _locked("server"):
            stop_stale()
            pgdata = folder / "data"
            new = not (pgdata / "PG_VERSION").exists() and not _copy_pristine(pgdata)
            # cleanup_mode=None: a worker that ends leaves the server to the others; the
            # run's owner stops it (stop_run)
            srv = pgserver.get_server(pgdata, cleanup_mode=None)
            _register(srv)
            _server = srv
            if new:
                # a throw-away server: nothing it holds must survive a crash, so it never
                # waits for the disk (DROP DATABASE after each test took ~2 s of checkpoint,
                # now ~0,05 s)
                for setting in FAST_SETTINGS:
                    admin(f"ALTER SYSTEM SET {setting}")
                admin("SELECT pg_reload_conf()")
        if not _owner_is_this_process():
            return _server
        atexit.register(stop)
    return _server


def _copy_pristine(pgdata: Path) -> bool:
    """Make ``pgdata`` a copy of a cluster initdb made once on this computer (per user and
    server build; kept in the temp folder, never started) with :data:`FAST_SETTINGS` in its
    ``postgresql.auto.conf``, as ``ALTER SYSTEM`` writes them. True when done; False (and
    nothing made) when it cannot be: pgserver then runs initdb itself. Issue 20: initdb
    cost every run, and each of test_pg_server's runs, 0,4 s of CPU and over a second of
    waiting; a copy is 0,04 s."""
    import hashlib
    import subprocess
    from types import SimpleNamespace

    from pgserver._commands import POSTGRES_BIN_PATH
    from pgserver.postgres_server import PostgresServer

    from tests.helpers_files import locked

    if os.name == "nt" or pgdata.exists():
        return False
    try:
        initdb = (POSTGRES_BIN_PATH / "initdb").stat()
        key = hashlib.sha256(f"{POSTGRES_BIN_PATH}|{initdb.st_size}|{initdb.st_mtime_ns}|"
                             f"{FAST_SETTINGS}".encode()).hexdigest()[:16]
        kept = Path(tempfile.gettempdir()) / f"kamura-pg-pristine-{os.getuid()}"
        kept.mkdir(mode=0o700, exist_ok=True)
        pristine = kept / key
        with locked(kept / ".lock"):
            if not (pristine / "PG_VERSION").is_file():
                work = kept / f"{key}.{os.getpid()}.build"
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir(mode=0o700)
                # pgserver's own initdb: as the user the server runs as (root: "pgserver"),
                # with its options and its permissions
                PostgresServer.ensure_pgdata_inited(SimpleNamespace(
                    pgdata=work, postgres_user="postgres",
                    system_user="pgserver" if os.geteuid() == 0 else None))
                with open(work / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
                    for setting in FAST_SETTINGS:
                        name, value = (x.strip() for x in setting.split("="))
                        conf.write(f"{name} = '{value}'\n")
                os.replace(work, pristine)
        # cp -a keeps the owner (the server's user) and the modes the server insists on
        subprocess.run(["cp", "-a", str(pristine), str(pgdata)], check=True,
                       capture_output=True, timeout=120)
        return True
    except Exception:  # noqa: BLE001 - whatever stops the copy, initdb takes over
        shutil.rmtree(pgdata, ignore_errors=True)
        return False


def _owner() -> tuple[int, float | None]:
    """The process that owns the run's server: (pid, its start time) — the pytest controller
    (OWNER_ENV), or this process when nobody set it."""
    import psutil

    pid = int(os.environ.get(OWNER_ENV) or os.getpid())
    try:
        return pid, psutil.Process(pid).create_time()
    except psutil.Error:
        return pid, None


def _owner_is_this_process() -> bool:
    return int(os.environ.get(OWNER_ENV) or os.getpid()) == os.getpid()


def _registry() -> Path:
    """The per-user folder listing the test servers running (one file per server)."""
    folder = Path(tempfile.gettempdir()) / f"kamura-test-pg-servers-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _entry_name(pgdata: Path) -> str:
    import hashlib

    return hashlib.sha256(str(pgdata).encode()).hexdigest()[:16] + ".json"


def _register(srv) -> None:
    """Note the run's server in the registry: its folder, its postmaster and the run's owner."""
    import json

    import psutil

    info = srv.get_postmaster_info()
    entry = _registry() / _entry_name(Path(srv.pgdata))
    if entry.exists():
        return
    owner, owner_started = _owner()
    entry.write_text(json.dumps({
        "pgdata": str(srv.pgdata), "folder": str(Path(srv.pgdata).parent),
        "postmaster": info.pid, "postmaster_started": psutil.Process(info.pid).create_time(),
        "owner": owner, "owner_started": owner_started}))


def _alive(pid: int, started: float | None) -> bool:
    import psutil

    try:
        return started is not None and abs(psutil.Process(pid).create_time() - started) < 0.01
    except psutil.Error:
        return False


def ended(process, timeout: float) -> bool:
    """Wait up to ``timeout`` seconds for ``process`` (a psutil.Process that is not this
    process's child: the postmaster, which pg_ctl left to the system's first process) to end;
    True when it has. A process that has exited but is not reaped yet (a zombie) has ended:
    ``psutil.Process.wait`` waits for the reaping too, which the first process of this
    machine does only every second or two (issue 20: 1,7 s at the end of every run)."""
    import time

    import psutil

    deadline = time.monotonic() + timeout
    while True:
        try:
            if process.status() == psutil.STATUS_ZOMBIE or not process.is_running():
                return True
        except psutil.NoSuchProcess:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)


def _kill_postmaster(pid: int, started: float | None) -> None:
    """Stop a test server at once (SIGQUIT: PostgreSQL's immediate shutdown; nothing it
    holds is kept), SIGKILL if it has not ended within 5 s."""
    import signal

    import psutil

    if not _alive(pid, started):
        return
    try:
        process = psutil.Process(pid)
        process.send_signal(signal.SIGQUIT)
        if not ended(process, 5):
            process.kill()
    except psutil.Error:
        pass


def stop_stale() -> list[str]:
    """Stop every registered test server whose run's owner is gone (a run killed before it
    could stop its server) and remove its folder; the folders of the servers stopped."""
    import json

    with _registry_lock():
        stopped = []
        for entry in sorted(_registry().glob("*.json")):
            try:
                found = json.loads(entry.read_text())
            except (OSError, ValueError):
                entry.unlink(missing_ok=True)
                continue
            if _alive(found["owner"], found["owner_started"]):
                continue
            _kill_postmaster(found["postmaster"], found["postmaster_started"])
            shutil.rmtree(found["folder"], ignore_errors=True)
            entry.unlink(missing_ok=True)
            stopped.append(found["folder"])
        return stopped


@contextlib.contextmanager
def _registry_lock() -> Iterator[None]:
    from tests.helpers_files import locked

    with locked(_registry() / ".lock"):
        yield


def stop_run() -> bool:
    """Stop the run's server (if one was started) and remove its folder: the end of the
    run, in the process that owns it. True when there was one."""
    import json

    global _server
    if _server is not None:
        # pgserver's own exit handler would take its lock in the folder removed below (and
        # make it again): this process's handle ends here
        atexit.unregister(_server._cleanup)
    _server = None
    folder = _folder()
    entry = _registry() / _entry_name((folder / "data").resolve())
    if not entry.exists():
        shutil.rmtree(folder, ignore_errors=True)
        return False
    with _registry_lock():
        found = json.loads(entry.read_text())
        _kill_postmaster(found["postmaster"], found["postmaster_started"])
        shutil.rmtree(folder, ignore_errors=True)
        entry.unlink(missing_ok=True)
    return True


def stop() -> None:
    """Stop the run's server now (its owner, at exit or at the end of the session)."""
    if _server is not None and _owner_is_this_process():
        stop_run()


def socket_dir() -> str:
    return str(server().get_postmaster_info().socket_dir)


def url(database: str, *, user: str = "postgres", password: str | None = None) -> str:
    # SQLAlchemy imported here: a process that only stops the run's server (test_pg_server)
    # does without it
    from sqlalchemy.engine import URL

    return URL.create("postgresql+psycopg", username=user, password=password,
                      database=database, query={"host": socket_dir()}).render_as_string(
                          hide_password=False)


#: each thread's own connection to the maintenance database (autocommit), kept open: a new
#: connection per statement cost the server a backend start (fork and login) three times per test
_admin_conns = threading.local()


def _admin_execute(sql: str, params: tuple | None = None):
    """Run one statement on the maintenance database through this thread's kept connection
    (made again once if the server dropped it: a test that cut connections, a restart)."""
    import psycopg

    for attempt in (1, 2):
        conn = getattr(_admin_conns, "conn", None)
        if conn is None or conn.closed or conn.broken:
            conn = psycopg.connect(dbname="postgres", user="postgres", host=socket_dir(),
                                   autocommit=True)
            _admin_conns.conn = conn
        try:
            return conn.execute(sql, params)
        except psycopg.OperationalError:
            if attempt == 2 or not conn.broken:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def admin(sql: str) -> None:
    """Run one statement on the server's maintenance database, outside a transaction."""
    _admin_execute(sql)


def _exists(database: str) -> bool:
    return _admin_execute("SELECT 1 FROM pg_database WHERE datname = %s",
                          (database,)).fetchone() is not None


def _shared_template(name: str, build: Callable[[str], None]) -> None:
    """Make the template database ``name`` once per run: the first process that needs it
    runs ``build(database)`` on a database of its own (under the run's lock for ``name``),
    keeps the books' seal key in the run's folder and renames the database to ``name``; the
    other processes find it there. Every process installs the kept seal keys (a clone of
    the template is sealed with the template's key, which only the builder's data folder
    held)."""
    if name in _ready:
        _install_keys()  # a test with a data folder of its own may stand in for the session's
        return
    with _locked(f"db-{name}"):
        if not _exists(name):
            work = f"{name}_build_{os.getpid()}"
            admin(f"DROP DATABASE IF EXISTS {work} WITH (FORCE)")
            build(work)
            _keep_key(work)
            admin(f"ALTER DATABASE {work} RENAME TO {name}")
    _install_keys()
    _ready.add(name)


def _keys_folder() -> Path:
    folder = _folder() / "keys"
    folder.mkdir(exist_ok=True)
    return folder


def _keep_key(database: str) -> None:
    """Put the seal key of ``database``'s books in the run's folder (if it is sealed)."""
    from kamura_desktop.services import tamper

    found = rows(url(database), "SELECT digest FROM tamper_seals WHERE name = 'file'")
    if found and tamper.key_path(found[0][0]).is_file():
        shutil.copyfile(tamper.key_path(found[0][0]), _keys_folder() / f"{found[0][0]}.key")


#: (the folder where this process keeps seal keys, how many keys the run kept) already
#: installed: a clone's books then find their key without another look at the run's folder
_keys_installed: set[tuple[Path, int]] = set()


def _install_keys() -> None:
    """Install, where this process keeps seal keys now (the session's data folder, or a
    test's own), every key kept in the run's folder: not only where the first clone of a
    template happened to be made (a test with a data folder of its own that was the first of
    its process to clone left the session's folder without the key, and a later test's books
    refused their first admin)."""
    from kamura_desktop.services import tamper

    kept = list(_keys_folder().glob("*.key"))
    done = (tamper.key_path("x").parent, len(kept))
    if done in _keys_installed:
        return
    for key in kept:
        target = tamper.key_path(key.stem)
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(target.parent, 0o700)
            part = target.with_name(f"{target.name}.{os.getpid()}.part")
            shutil.copyfile(key, part)
            os.chmod(part, 0o600)
            os.replace(part, target)
    _keys_installed.add(done)


def _build_empty(database: str) -> None:
    from kamura_desktop.services.setup import open_books

    admin(f"CREATE DATABASE {database}")
    open_books(url(database)).close()


def _template_ready() -> None:
    _shared_template(TEMPLATE, _build_empty)


def _users_template_ready(log_in) -> None:
    from kamura_desktop.services.setup import open_books

    def build(database: str) -> None:
        admin(f"CREATE DATABASE {database} TEMPLATE {TEMPLATE} {CLONE}")
        books = open_books(url(database))
        try:
            log_in(books)
        finally:
            books.close()

    _template_ready()
    _shared_template(USERS_TEMPLATE, build)


def _prepared_template(key: str, base: str, build) -> tuple[str, bytes]:
    """The template database of a @prepared fixture (tests/helpers_books.py): a clone of
    ``base`` in which ``build(database)`` made the fixture's books (once per run, shared by
    the workers); and what ``build`` returned (the fixture's value, pickled, kept in the
    run's folder beside it)."""
    import hashlib

    from kamura_desktop.services.setup import open_books

    name = "p_" + hashlib.sha256(f"{key}\0{base}".encode()).hexdigest()[:20]
    value_file = _folder() / f"{name}.value"

    def make(database: str) -> None:
        admin(f"CREATE DATABASE {database} TEMPLATE {base} {CLONE}")
        books = open_books(url(database))
        try:
            value = build(books)
        finally:
            books.close()
        value_file.write_bytes(value)

    _shared_template(name, make)
    return name, value_file.read_bytes()


def new_database(*, empty: bool = False, users=None, prepared=None, opened: bool = False):
    """A fresh database for one test: a clone of the seeded template (or empty); its URL.
    ``users``: the function that gives the books the test users (tests/conftest.py); the
    clone is then made from a template that holds them (built with it once per process).
    ``prepared``: ``(key, build)`` of a @prepared fixture: the clone is made from the books
    ``build`` made on a clone of that template (once per process), and the URL comes with
    ``build``'s value. ``opened``: the caller opens the books at once (the `db` fixture): the
    clone made ahead was opened too, on the background thread (:func:`take_opened`)."""
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
        return url(_clone(base, name, opened))
    template, value = _prepared_template(*prepared[:1], base, prepared[1])
    return url(_clone(template, name, opened)), value


def _demo_template_ready(sqlite_demo) -> None:
    from kamura_desktop.services import server_copy

    def build(database: str) -> None:
        # the copy opens its source: work on a private copy, never the session's demo file
        work = Path(tempfile.mkdtemp(prefix="kamura-demo-src-"))
        try:
            source = work / "demo.sqlite"
            shutil.copyfile(sqlite_demo, source)
            admin(f"CREATE DATABASE {database}")
            report = server_copy.copy_database(source, url(database))
            if not report.identical:  # pragma: no cover - the copy tests say where
                raise RuntimeError("the demo did not copy to the test server identically:\n"
                                   + "\n".join(report.lines()))
        finally:
            shutil.rmtree(work, ignore_errors=True)

    _shared_template(DEMO_TEMPLATE, build)


def demo_database(sqlite_demo) -> str:
    """A fresh database holding the demo cooperative (a clone of the demo template, made
    from the session's SQLite demo file on first use); its URL."""
    _demo_template_ready(sqlite_demo)
    return url(_clone(DEMO_TEMPLATE, f"d_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"))


def _name_of(location: str) -> str:
    return location.rsplit("/", 1)[1].split("?", 1)[0]


def drop_database(location: str) -> None:
    _close_opened(_name_of(location))
    with contextlib.suppress(Exception):
        admin(f"DROP DATABASE IF EXISTS {_name_of(location)} WITH (FORCE)")


# ---------------------------------------------------------------- clones made ahead
#
# The test waits for neither the clone it gets nor the drop of the one it used: this process's
# one background thread clones the next database of a template while a test runs (each
# clone is handed out once: a test's database is still its own and fresh, a copy of a template
# nobody writes to; for the `db` fixture it opens the clone's books too) and another drops the
# databases the tests are done with. The server does the same
# work; the test process no longer sits idle while it does (CREATE DATABASE waits for two
# checkpoints). The clones of the last AHEAD_TEMPLATES templates are kept ready; an older
# one is dropped.

#: how many templates have a clone made ahead (a module alternates between two or three:
#: the empty books, the books with users, a @prepared fixture's)
AHEAD_TEMPLATES = 4
_background = None
#: template -> the clone being made ahead of its next use (a Future of its name)
_ahead: dict[str, object] = {}
_ahead_lock = threading.Lock()


def _worker():
    global _background
    if _background is None:
        from concurrent.futures import ThreadPoolExecutor

        _background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamura-pg-clones")
    return _background


_drops = None


def _dropper():
    """The thread that drops the databases done with: apart from the one that makes (and
    opens) the next clones, so a drop never delays the next test's books."""
    global _drops
    if _drops is None:
        from concurrent.futures import ThreadPoolExecutor

        _drops = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamura-pg-drops")
    return _drops


def settle() -> None:
    """Wait until the background threads have done what was queued before (the tests of
    this machinery)."""
    _worker().submit(lambda: None).result()
    _dropper().submit(lambda: None).result()


#: clone -> the books opened on it ahead (by the background thread), until a test takes them
_opened: dict[str, object] = {}


def _create_clone(template: str, name: str, opened: bool = False) -> str:
    admin(f"CREATE DATABASE {name} TEMPLATE {template} {CLONE}")
    if opened:
        _open_ahead(name)
    return name


def _open_ahead(name: str) -> None:
    """Open the books of the clone ``name`` as the `db` fixture will (the program's own
    :func:`~kamura_desktop.services.setup.open_server_books`; the books are connected by
    then: the template was opened in this process): the test then finds its books open, on
    a connection already past the server's start of a backend and its first reads. Nothing
    is kept when the open fails: the test opens the books itself, where the error says
    what."""
    from kamura_desktop.services.setup import open_server_books

    try:
        books = open_server_books(url(name))
    except Exception:  # noqa: BLE001 - opened again by the test
        return
    with _ahead_lock:
        _opened[name] = books


def take_opened(location: str):
    """The books opened ahead on the clone at ``location`` (the caller's from now on), or
    None (not opened ahead: the caller opens them)."""
    with _ahead_lock:
        return _opened.pop(_name_of(location), None)


def _close_opened(name: str) -> None:
    with _ahead_lock:
        books = _opened.pop(name, None)
    if books is not None:
        with contextlib.suppress(Exception):
            books.close()


def _clone(template: str, name: str, opened: bool = False) -> str:
    """A new clone of ``template`` for one test: the one made ahead (``name`` then names the
    next one), else made now; the next one is started in the background (and opened there
    when this caller opens its books: ``opened``). A caller that does not open the books
    never gets a clone opened ahead (a test of its own connections finds none of the
    fixture's): that clone is dropped and a new one made."""
    with _ahead_lock:
        ready = _ahead.pop(template, None)
        _ahead[template] = _worker().submit(_create_clone, template, f"{name}_n", opened)
        old = list(_ahead)[:-AHEAD_TEMPLATES]
        stale = [_ahead.pop(t) for t in old]
    for future in stale:
        _dropper().submit(_drop_made_ahead, future)
    if ready is not None:
        try:
            made = ready.result()
        except Exception:  # noqa: BLE001 - made again below, where an error says what
            pass
        else:
            with _ahead_lock:
                unwanted = not opened and made in _opened
            if not unwanted:
                return made
            _dropper().submit(drop_database, url(made))
    return _create_clone(template, name)


def _drop_made_ahead(future) -> None:
    with contextlib.suppress(Exception):
        drop_database(url(future.result()))


def drop_later(location: str) -> None:
    """Drop a test's database on the background thread (the test does not wait for it)."""
    _dropper().submit(drop_database, location)


def finish_background() -> None:
    """The end of this process's tests. The run's server goes next, with every database on
    it: its owner stops it and removes its folder (:func:`stop_run`, at the end of the
    owner's session, after the workers' — or right after this in a run without workers). So
    the clones made ahead and the tests' databases not dropped yet are left to go with it:
    what the background thread has not started is cancelled, and nothing waits for drops
    (issue 20: every worker spent the end of the run dropping databases one by one on a
    server about to be stopped). The statement the thread is in, if any, ends on its own."""
    global _background, _drops
    if _drops is not None:
        _drops.shutdown(wait=False, cancel_futures=True)
        _drops = None
    if _background is None:
        return
    with _ahead_lock:
        _ahead.clear()
    _background.shutdown(wait=False, cancel_futures=True)
    _background = None
    with _ahead_lock:
        opened = list(_opened)
    for name in opened:  # the books of clones no test took: their connections
        _close_opened(name)


def require_password(user: str) -> None:
    """Make the server ask ``user`` for a password (the test server trusts local users)."""
    hba = Path(server().pgdata) / "pg_hba.conf"
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


def log_in_once(location, username: str, password: str):
    """Open the books at ``location``, log in as the program does on that PC (the data folder
    in KAMURA_DATA_DIR: its seal key), close them; the Actor."""
    from kamura_desktop.services import users
    from kamura_desktop.services.setup import open_books

    books = open_books(location)
    try:
        return users.authenticate(books, username, password)
    finally:
        books.close()


def refused_login(location, username: str, password: str):
    """The UserError a login at ``location`` raises (the test fails if it gets in)."""
    import pytest

    from kamura_desktop.domain.errors import UserError

    with pytest.raises(UserError) as caught:
        log_in_once(location, username, password)
    return caught.value
