"""Engine-specific schema parts for the migrations: one chain of migrations, two engines.

The immutability triggers are written once, in SQLite's form
(``CREATE TRIGGER name BEFORE UPDATE ON table [WHEN cond] BEGIN SELECT RAISE(ABORT, 'msg');
END``); on PostgreSQL :func:`create_trigger` turns each into a PL/pgSQL function that raises
the same Indonesian message when the same condition holds, and a ``FOR EACH ROW`` trigger
of the same name. ``services/tamper`` compares every one, on both engines, with the
definition the migrations give it (:func:`pg_trigger_parts` makes the server's form for it
too, so the two never drift).

Alembic is imported by the functions that run inside a migration only: ``services/tamper``
imports this module at every ``kamura check``, which never migrates.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_SQLITE_TRIGGER = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) BEFORE (?P<verb>UPDATE|DELETE) ON (?P<table>\w+)\s*"
    r"(?:WHEN (?P<cond>.*?)\s*)?BEGIN SELECT RAISE\(ABORT, '(?P<msg>[^']*)'\); END\s*$",
    re.S)
_IS_NOT = re.compile(r"\bIS NOT\b(?!\s+NULL)")
_IS = re.compile(r"\bIS\b(?!\s+(?:NOT|NULL|DISTINCT))")


def _op():
    from alembic import op

    return op


def is_postgres(bind=None) -> bool:
    bind = bind if bind is not None else _op().get_bind()
    return bind.dialect.name == "postgresql"


class PgTrigger(NamedTuple):
    """The server's form of one immutability trigger."""

    function: str  #: the function's name (``<trigger>_fn``)
    body: str  #: the PL/pgSQL source between the ``$$`` (``pg_proc.prosrc``)
    trigger: str  #: the ``CREATE TRIGGER`` statement


def pg_trigger_parts(sqlite_sql: str) -> PgTrigger:
    """The PostgreSQL function and trigger for one SQLite immutability trigger."""
    m = _SQLITE_TRIGGER.match(sqlite_sql.strip())
    if m is None:
        raise ValueError(f"not an immutability trigger: {sqlite_sql[:80]}")
    name, verb, table, cond, msg = m.group("name", "verb", "table", "cond", "msg")
    row = "OLD" if verb == "DELETE" else "NEW"
    if cond:
        cond = _IS.sub("IS NOT DISTINCT FROM", _IS_NOT.sub("IS DISTINCT FROM", cond))
        body = f"IF {cond} THEN RAISE EXCEPTION '{msg}'; END IF; RETURN {row};"
    else:
        body = f"RAISE EXCEPTION '{msg}';"
    return PgTrigger(
        function=f"{name}_fn", body=f" BEGIN {body} END ",
        trigger=f"CREATE TRIGGER {name} BEFORE {verb} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION {name}_fn()")


def pg_trigger_sql(sqlite_sql: str) -> list[str]:
    """The PostgreSQL statements for one SQLite immutability trigger."""
    parts = pg_trigger_parts(sqlite_sql)
    return [
        f"CREATE OR REPLACE FUNCTION {parts.function}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$${parts.body}$$",
        parts.trigger,
    ]


def create_trigger(sqlite_sql: str) -> None:
    """Create one immutability trigger on the engine the migration runs on."""
    op = _op()
    if is_postgres():
        for statement in pg_trigger_sql(sqlite_sql):
            op.execute(statement)
    else:
        op.execute(sqlite_sql)


def drop_trigger(name: str, table: str) -> None:
    op = _op()
    if is_postgres():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def recreate_mode() -> str:
    """``batch_alter_table(recreate=…)``: SQLite rebuilds the table for a new CHECK; on
    PostgreSQL the table is altered in place (its triggers and references stay)."""
    return "auto" if is_postgres() else "always"
