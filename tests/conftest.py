import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: at least this much free room in /dev/shm to put the run's temp files there
TMPFS_MIN_FREE = 2 * 1024**3


def _temp_files_in_memory() -> None:
    """On Linux, when the caller did not choose a temp folder (TMPDIR) and /dev/shm (a
    tmpfs) has room, every temp file of the run — tmp_path, the data folder, subprocesses'
    files — goes there. The books are still real SQLite files written with fsync; tmpfs only
    makes the fsync free (about 5 ms per commit on the shared disk, thousands of commits in
    a run). ``KAMURA_TEST_TMPFS=0`` keeps the system's temp folder, and so does a benchmark
    run (the benchmarks measure the disk, and their big cached files stay out of memory).
    Only the directories of failed tests are kept after a run (pyproject's
    ``tmp_path_retention_policy``), so a run leaves little in memory."""
    benchmarking = any(a.startswith(("--benchmark-enable", "--benchmark-only")) for a in sys.argv)
    if (not sys.platform.startswith("linux") or os.environ.get("TMPDIR") or benchmarking
            or os.environ.get("KAMURA_TEST_TMPFS") == "0"):
        return
    try:
        shm = os.statvfs("/dev/shm")
        if shm.f_bavail * shm.f_frsize < TMPFS_MIN_FREE or not os.access("/dev/shm", os.W_OK):
            return
        folder = f"/dev/shm/kamura-tests-{os.getuid()}"
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.stat(folder).st_uid != os.getuid():
            return
    except OSError:
        return
    os.environ["TMPDIR"] = folder  # subprocesses (and Qt's temp path) follow
    tempfile.tempdir = folder


_temp_files_in_memory()

# Every test (and every subprocess a test starts, which inherits the environment) uses a
# throw-away data folder, never the clerk's real one.
import atexit  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

_TESTS = Path(__file__).resolve().parent
_SESSION_DATA_DIR = tempfile.mkdtemp(prefix="kamura-test-data-")
os.environ["KAMURA_DATA_DIR"] = _SESSION_DATA_DIR
atexit.register(shutil.rmtree, _SESSION_DATA_DIR, ignore_errors=True)

import contextlib  # noqa: E402

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from kamura_desktop.demo import create_demo  # noqa: E402
from kamura_desktop.services import events, users, wiring  # noqa: E402
from kamura_desktop.services.actor import Actor  # noqa: E402
from kamura_desktop.services.setup import load_books, open_books  # noqa: E402
from tests import helpers_books  # noqa: E402
from tests.helpers_books import prepared_of  # noqa: E402
from tests.helpers_files import copy_books, copy_closed_books, shared_build  # noqa: E402

#: the users the ``actors`` fixture creates: role -> (username, password)
TEST_USERS = {
    "admin": ("admin", "admin-sandi1"),
    "ketua": ("ketua", "ketua-sandi1"),
    "bendahara": ("bendahara", "bendahara-sandi1"),
    "petugas": ("petugas", "petugas-sandi1"),
}


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The per-session data folder that stands in for the user's real one."""
    return Path(_SESSION_DATA_DIR)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kamura.sqlite"


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--engine", action="append", choices=("sqlite", "postgresql"), default=None,
        help="the engine(s) the `db` fixture runs on (repeatable; default: both in tests/services, "
             "tests/documents and tests/cli, sqlite elsewhere; KAMURA_TEST_PG=1 both "
             "everywhere, KAMURA_TEST_PG=0 sqlite only)")


def _is_xdist_worker(config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config) -> None:
    """The PostgreSQL test server is one per run (tests/pg.py): the process that runs the
    session (the controller under xdist) owns it; the workers, started after this, inherit
    its pid through the environment and share its server."""
    from tests import pg

    if not _is_xdist_worker(config):
        os.environ[pg.OWNER_ENV] = str(os.getpid())


def pytest_sessionfinish(session) -> None:
    """Each process drops the databases it made ahead and waits for its drops; the run's
    owner then stops the PostgreSQL test server, if a test started it (the workers have all
    ended by now)."""
    from tests import pg

    pg.finish_background()
    if _is_xdist_worker(session.config):
        return
    pg.stop_run()


#: the folders whose database tests run on both engines by default (the service, document
#: and CLI suite: issue 16); the UI, fuzz and benchmark tests stay on SQLite unless asked
BOTH_ENGINES_DIRS = ("services", "documents", "cli")


def _default_engines(metafunc) -> list[str]:
    """``--engine`` when given; else KAMURA_TEST_PG: ``1`` both engines everywhere, ``0`` SQLite
    only; unset: both engines in BOTH_ENGINES_DIRS, SQLite elsewhere."""
    chosen = metafunc.config.getoption("engine")
    if chosen:
        return chosen
    env = os.environ.get("KAMURA_TEST_PG", "")
    if env in ("0", "1"):
        return ["sqlite", "postgresql"] if env == "1" else ["sqlite"]
    try:
        folder = Path(str(metafunc.definition.path)).resolve().relative_to(_TESTS).parts[0]
    except ValueError:  # a test outside tests/
        folder = ""
    return ["sqlite", "postgresql"] if folder in BOTH_ENGINES_DIRS else ["sqlite"]


def pytest_generate_tests(metafunc) -> None:
    chosen = any("db_engine" in str(m.args[0]) for m in metafunc.definition.iter_markers("parametrize"))
    if "db_engine" in metafunc.fixturenames and not chosen:  # a test may pick its own engine
        metafunc.parametrize("db_engine", _default_engines(metafunc), indirect=True)


def _skip_sqlite_only(request, db_engine: str) -> None:
    only = request.node.get_closest_marker("sqlite_only")
    if only is not None and db_engine == "postgresql":
        pytest.skip(f"hanya SQLite: {only.kwargs.get('reason') or only.args[0]}")


@pytest.fixture
def db_engine(request) -> str:
    """The engine of the `db` fixture: ``sqlite`` (a file) or ``postgresql`` (the test
    server of tests/pg.py, one cloned database per test)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_location(request, db_engine: str, db_path: Path):
    """Where the `db` fixture's database is: the SQLite file, or a fresh server database."""
    _skip_sqlite_only(request, db_engine)
    if db_engine == "sqlite":
        yield db_path
        return
    from tests import pg

    # a test that asks for `actors` gets a clone that already holds them (see `actors`); one
    # that uses a @prepared fixture, a clone of the books that fixture built (helpers_books)
    with_users = "actors" in request.fixturenames
    spec = prepared_of(request)
    value = None
    # the `db` fixture opens the books at once: the clone made ahead is opened ahead too
    opened = "db" in request.fixturenames
    if spec is None:
        location = pg.new_database(users=_log_in_test_users if with_users else None,
                                   opened=opened)
    else:
        location, value = pg.new_database(
            users=_log_in_test_users if with_users else None, opened=opened,
            prepared=(spec.key, lambda database: _build_prepared_value(
                spec, database, pg.USERS_TEMPLATE if with_users else None)))
        _PG_PREPARED[location] = (spec, value)
    if with_users:
        _PG_WITH_USERS.add(location)
    try:
        yield location
    finally:
        _PG_WITH_USERS.discard(location)
        _PG_PREPARED.pop(location, None)
        pg.drop_later(location)


@pytest.fixture(scope="session")
def empty_books(tmp_path_factory):
    """``empty_books(name)``: a new Kamura file called ``name`` (migrated, seeded, sealed,
    closed) built once per run by ``open_books``; the `db` fixture copies it instead of
    running every migration for every test."""
    built: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in built:
            built[name] = shared_build(tmp_path_factory, f"empty-{name}",
                                       lambda path: _build_empty(path, name))
        return built[name]

    return get


def _build_empty(path: Path, name: str) -> None:
    # the file is built under its own name: its first audit row names it
    work = path.with_name(name)
    open_books(work).close()
    os.replace(work, path)


@pytest.fixture(scope="session")
def users_books(tmp_path_factory, empty_books):
    """``users_books(name)``: the empty template ``name`` opened once more and given the four
    TEST_USERS, each logged in once (what the `actors` fixture did in every test), built once
    per run; the `db` of a test that asks for `actors` is a copy of it."""
    built: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in built:
            empty = empty_books(name)
            built[name] = shared_build(tmp_path_factory, f"users-{name}",
                                       lambda path: _build_with_users(path, empty, name))
        return built[name]

    return get


def _build_with_users(path: Path, empty: Path, name: str) -> None:
    work = copy_closed_books(empty, path.with_name(name))
    database = open_books(work)
    try:
        _log_in_test_users(database)
    finally:
        database.close()
    os.replace(work, path)


def _fresh_from_template(request, location, template) -> bool:
    """Copy a template (``template(name)``: the empty books or the books with the test users)
    to a SQLite ``location`` not made yet (so the open below finds the books a new file would
    have, and checks them quickly as after a clean close). Not for a test marked
    ``fresh_file`` (it sees migrations create its file) nor while a test's own data folder
    stands in for the session's (the seal key is kept there)."""
    if (isinstance(location, str) or location.exists()
            or request.node.get_closest_marker("fresh_file") is not None
            or os.environ.get("KAMURA_DATA_DIR") != _SESSION_DATA_DIR):
        return False
    copy_closed_books(template(location.name), location)  # as the first open of a new file does
    return True


#: the PostgreSQL databases (URLs) cloned from the template with the test users
_PG_WITH_USERS: set[str] = set()
#: the PostgreSQL databases (URLs) cloned from a @prepared fixture's books: (spec, value)
_PG_PREPARED: dict[str, tuple] = {}
#: id(database) -> the source of its users' rows, for the `db`s that already hold TEST_USERS
_WITH_USERS: dict[int, object] = {}


def _build_prepared_value(spec, database, users_source) -> bytes:
    """Run a @prepared fixture's body on ``database`` (a copy of the empty books, or of the
    books with the test users when ``users_source`` names their template); its value pickled."""
    actors = dict(_template_actors(users_source)) if users_source is not None else None
    if spec.with_actors and actors is None:  # pragma: no cover - the fixture asks for actors
        raise RuntimeError(f"@prepared {spec.name} needs the actors")
    with pytest.MonkeyPatch.context() as mp:  # as under the `actors` fixture
        mp.setattr(users, "_hasher", FAST_HASHER)
        value = spec.run(database, actors)
    return helpers_books.dumps(value, database, actors)


@pytest.fixture(scope="session")
def prepared_books(tmp_path_factory):
    """``prepared_books(spec, name, base, users_source)``: the SQLite file ``name`` holding
    the books of the @prepared fixture ``spec`` built on a copy of ``base`` (the empty
    template or the one with the test users), once per run; and the fixture's value pickled."""
    built: dict[tuple, tuple[Path, bytes]] = {}

    def get(spec, name: str, base: Path, users_source) -> tuple[Path, bytes]:
        key = (spec.key, name, base)
        if key not in built:
            cached = shared_build(
                tmp_path_factory, f"prep-{spec.key}-{base.name}",
                lambda path: _build_prepared_file(path, spec, name, base, users_source),
                sidecar=".value")
            built[key] = cached, cached.with_name(cached.name + ".value").read_bytes()
        return built[key]

    return get


def _build_prepared_file(path: Path, spec, name: str, base: Path, users_source) -> None:
    work = copy_closed_books(base, path.with_name(name))
    database = open_books(work)
    try:
        value = _build_prepared_value(spec, database, users_source)
    finally:
        database.close()
    os.replace(work, path)
    path.with_name(path.name + ".value").write_bytes(value)


@pytest.fixture
def db(request, db_location, empty_books, users_books, prepared_books):
    """A fresh Kamura database with the chart of accounts, closed after the test (a file,
    or a database on the PostgreSQL test server: see --engine). A SQLite file is a copy of
    one built once per run with the same ``open_books`` (see ``empty_books``); a test marked
    ``fresh_file`` gets a file its own open creates. A test that asks for `actors` gets the
    books with the test users already in them (``users_books``); one that uses a @prepared
    fixture (tests/helpers_books.py) a copy of the books that fixture built once."""
    with_users = "actors" in request.fixturenames
    spec = prepared_of(request)
    source = copied = None
    if isinstance(db_location, Path):
        base = users_books if with_users else empty_books
        template = base
        if spec is not None:
            def template(name: str) -> Path:
                users_source = users_books(name) if with_users else None
                return prepared_books(spec, name, base(name), users_source)[0]
        if _fresh_from_template(request, db_location, template):
            if with_users:
                source = users_books(db_location.name)
            if spec is not None:
                users_source = source
                copied = spec, prepared_books(spec, db_location.name, base(db_location.name),
                                              users_source)[1]
    else:
        if db_location in _PG_WITH_USERS:
            from tests import pg

            source = pg.USERS_TEMPLATE
        copied = _PG_PREPARED.get(db_location)
    database = _opened_ahead(db_location) or open_books(db_location)
    if source is not None:
        _WITH_USERS[id(database)] = source
    if copied is not None:
        helpers_books.COPIES[id(database)] = copied
    try:
        yield database
    finally:
        _WITH_USERS.pop(id(database), None)
        helpers_books.COPIES.pop(id(database), None)
        database.close()


def _opened_ahead(location):
    """The server books tests/pg.py opened ahead on the clone at ``location`` (with the
    program's own open of server books, on its background thread), connected as
    ``open_books`` connects them; None for a file, or a clone not opened ahead."""
    if isinstance(location, Path):
        return None
    from tests import pg

    books = pg.take_opened(location)
    if books is not None:
        load_books()
    return books


#: Same algorithm (argon2id) and the same code path, at a cost that takes ~1 ms instead of
#: ~150 ms per hash; test_users checks the production parameters on its own users.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def fast_passwords(monkeypatch) -> None:
    monkeypatch.setattr(users, "_hasher", FAST_HASHER)


def _log_in_test_users(database) -> dict[str, Actor]:
    """Create TEST_USERS (admin first: the first user must be an admin) with the cheap hash
    and log each in once: what a login returns, per role."""
    system = Actor.system()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", FAST_HASHER)
        for role, (username, password) in TEST_USERS.items():
            users.create_user(database, actor=system, username=username,
                              full_name=f"Uji {role.title()}", role=role, password=password)
        return {role: users.authenticate(database, username, password)
                for role, (username, password) in TEST_USERS.items()}


#: the Actor objects read once per process from each template's user rows
_TEMPLATE_ACTORS: dict[object, dict[str, Actor]] = {}


def _template_actors(source) -> dict[str, Actor]:
    """The TEST_USERS of a template (a SQLite file, or the server's template database) as
    ``users.authenticate`` returns them: ``Actor(id, username, full_name, role)`` of the row."""
    if source not in _TEMPLATE_ACTORS:
        sql = "SELECT id, username, full_name, role FROM users ORDER BY id"
        if isinstance(source, Path):
            import sqlite3

            conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                found = conn.execute(sql).fetchall()
            finally:
                conn.close()
        else:
            from tests import pg

            found = pg.rows(pg.url(source), sql)
        by_name = {row[1]: Actor(*row) for row in found}
        _TEMPLATE_ACTORS[source] = {role: by_name[username]
                                    for role, (username, _) in TEST_USERS.items()}
    return _TEMPLATE_ACTORS[source]


@pytest.fixture
def actors(db, fast_passwords) -> dict[str, Actor]:
    """One logged-in user per role (admin first: the first user must be an admin). The users
    are created and logged in once per run in a template the `db` is copied (or on the
    server cloned) from, and their Actors read once per process from its rows: exactly what a
    login returns (the ids are the same in every copy). A `db` not made from the template
    (``fresh_file``, a test's own data folder) gets them created and logged in here."""
    source = _WITH_USERS.get(id(db))
    if source is None:
        return _log_in_test_users(db)
    return dict(_template_actors(source))


@pytest.fixture(scope="session")
def self_check_on_a_missing_drive(tmp_path_factory) -> dict:
    """``kamura --self-check`` as a real process with ``KAMURA_DATA_DIR`` on a drive that is
    not there, run once per run for the tests that read what it did (tests/test_installer.py,
    tests/test_stray_files.py; tests/helpers_processes.py)."""
    from tests.helpers_processes import self_check_on_a_missing_drive as run_once

    return run_once(tmp_path_factory)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo cooperative built once per run (it takes seconds: members, groups,
    credits, repayments, lenders); each worker keeps a copy, tests get their own copy of
    the closed file."""
    cached = shared_build(tmp_path_factory, "kamura-demo.sqlite", _build_demo)
    return copy_books(cached, tmp_path_factory.mktemp("demo-template") / "kamura-demo.sqlite")


def _build_demo(path: Path) -> None:
    """The demo as ``kamura demo`` builds it, with cheap password hashing; built once per
    run and shared by the xdist workers (tests/helpers_files.py)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", FAST_HASHER)
        create_demo(path).close()


@pytest.fixture
def demo_copy(request, demo_template: Path, tmp_path: Path, db_engine: str):
    """A private copy of the demo cooperative (closed): a copy of the demo file, or on the
    PostgreSQL engine a database cloned from the demo moved onto the test server (its URL;
    tests/pg.py demo_database). Runs on the engines of the `db` fixture."""
    _skip_sqlite_only(request, db_engine)
    if db_engine == "postgresql":
        from tests import pg

        location = pg.demo_database(demo_template)
        try:
            yield location
        finally:
            pg.drop_later(location)
        return
    path = tmp_path / "kamura-demo.sqlite"
    shutil.copyfile(demo_template, path)
    yield path


@pytest.fixture
def demo_db(demo_copy: Path):
    """The demo cooperative (Mekarmukti) in a file of its own, closed after the test."""
    database = open_books(demo_copy)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def also_answering():
    """``with also_answering(events.Question, fn):`` — for part of one test, one more answer
    to a question (standing in for a later book: ``fn(session, question)``)."""

    @contextlib.contextmanager
    def add(kind, fn):
        answerers = {**wiring.ANSWERERS, kind: (*wiring.ANSWERERS.get(kind, ()), fn)}
        events.connect(handlers=wiring.HANDLERS, answerers=answerers)
        try:
            yield fn
        finally:
            wiring.connect_books()

    return add
