"""Books a fixture builds once per run instead of once per test (issue 20: the suite on two
cores).

Many test modules start each test with the same books: a group with running credits, a
member with savings, a worked year. ``@prepared`` in place of ``@pytest.fixture`` on such a
fixture (its parameters only ``db`` and, optionally, ``actors``) makes the `db` fixture of a
test that uses it a copy of books the fixture built **once per run** (on SQLite a file shared
by the xdist workers, tests/helpers_files.shared_build; on PostgreSQL a template database
cloned per test, once per process); the fixture then returns what it returned when it built
them, read back from a pickle in which the template's `db` and `actors` stand for the test's
own. Each test still writes only its own copy.

A test whose `db` is not such a copy (a ``fresh_file`` test, a test with its own data folder,
a test that overrides ``db_path`` with a file of its own) runs the fixture's body as before,
so the value is always that of a real build on the test's own books.

A fixture that needs more than ``db`` and ``actors`` (a CLI test's ``db_location``, the
login variables set with ``monkeypatch``) is a plain fixture that takes the ``@prepared`` one:
the test's `db` is still the copy (the ``@prepared`` fixture is found anywhere in the test's
fixture closure). A module that imports another module's ``@prepared`` fixture shares its books
(one template for both). A test may use only one ``@prepared`` fixture (with two, each body
runs on the test's own books).

The fixture's body must build only from ``db`` and ``actors`` and the module's constants
(today's date included: the run's cache is per run) and return plain values (DTOs, ids,
tuples, dicts, SimpleNamespace) — anything pickle can write, the books and the actors
themselves included.
"""

from __future__ import annotations

import hashlib
import inspect
import io
import pickle
from dataclasses import dataclass
from typing import Any

import pytest


@dataclass(frozen=True)
class Prepared:
    """A ``@prepared`` fixture: its builder, and a key naming its books in the run's cache."""

    build: Any
    name: str
    key: str
    with_actors: bool

    def run(self, db, actors):
        return self.build(db, actors) if self.with_actors else self.build(db)


#: id(database) -> (the Prepared whose books the `db` is a copy of, the pickled value)
COPIES: dict[int, tuple[Prepared, bytes]] = {}


def prepared(build):
    """``@prepared`` for ``@pytest.fixture`` (see the module docstring)."""
    params = list(inspect.signature(build).parameters)
    if params not in (["db"], ["db", "actors"]):
        raise TypeError(f"@prepared {build.__name__}: parameters must be (db) or (db, actors), "
                        f"not {params}")
    where = f"{build.__module__}.{build.__qualname__}:{inspect.getsourcefile(build)}"
    key = f"{build.__name__}-{hashlib.sha256(where.encode()).hexdigest()[:10]}"
    spec = Prepared(build, build.__name__, key, with_actors="actors" in params)

    if spec.with_actors:
        def fixture(db, actors):
            return _value(spec, db, actors)
    else:
        def fixture(db):
            return _value(spec, db, None)

    fixture.__doc__ = build.__doc__
    fixture.__kamura_prepared__ = spec
    return pytest.fixture(name=build.__name__)(fixture)


def prepared_of(request) -> Prepared | None:
    """The ``@prepared`` fixture the test uses (None if none, or more than one)."""
    found = []
    for defs in request.node._fixtureinfo.name2fixturedefs.values():
        spec = getattr(defs[-1].func, "__kamura_prepared__", None) if defs else None
        if spec is not None:
            found.append(spec)
    return found[0] if len(found) == 1 else None


def _value(spec: Prepared, db, actors):
    copy = COPIES.get(id(db))
    if copy is None or copy[0] != spec:
        return spec.run(db, actors)  # books not copied from the template: build them here
    return loads(copy[1], db, actors)


def dumps(value, db, actors) -> bytes:
    """``value`` pickled, the books ``db`` and the ``actors`` (dict and each Actor) by name."""
    names: dict[int, Any] = {id(db): "db"}
    if actors is not None:
        names[id(actors)] = "actors"
        names.update({id(actor): ("actor", role) for role, actor in actors.items()})

    class _Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            return names.get(id(obj))

    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


def loads(data: bytes, db, actors):
    """What :func:`dumps` wrote, with this test's ``db`` and ``actors`` in their places."""

    class _Unpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            if pid == "db":
                return db
            if pid == "actors":
                return actors
            return actors[pid[1]]

    return _Unpickler(io.BytesIO(data)).load()
