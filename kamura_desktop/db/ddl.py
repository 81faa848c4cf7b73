"""Engine-specific schema parts for the migrations: one chain of migrations, two engines.

The immutability triggers are written once, in SQLite's form
(``CREATE TRIGGER name BEFORE UPDATE ON table [WHEN cond] BEGIN SELECT RAISE(ABORT, 'msg');
END``); on PostgreSQL :func:`create_trigger` turns each into a PL/pgSQL function that raises
the same Indonesian message when the same condition holds, and a ``FOR EACH ROW`` trigger
of the same name. ``services/tamper`` checks by name, on both engines.
"""

from __future__ import annotations

import re

from alembic import op

_SQLITE_TRIGGER = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) BEFORE (?P<verb>UPDATE|DELETE) ON (?P<table>\w+)\s*"
    r"(?:WHEN (?P<cond>.*?)\s*)?BEGIN SELECT RAISE\(ABORT, '(?P<msg>[^']*)'\); END\s*$",
    re.S)
_IS_NOT = re.compile(r"\bIS NOT\b(?!\s+NULL)")
_IS = re.compile(r"\bIS\b(?!\s+(?:NOT|NULL|DISTINCT))")


def is_postgres(bind=None) -> bool:
    bind = bind if bind is not None else op.get_bind()
    return bind.dialect.name == "postgresql"


def pg_trigger_sql(sqlite_sql: str) -> list[str]:
    """The PostgreSQL statements for one SQLite immutability trigger."""
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
    return [
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body} END $$",
        f"CREATE TRIGGER {name} BEFORE {verb} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_fn()",
    ]


def create_trigger(sqlite_sql: str) -> None:
    """Create one immutability trigger on the engine the migration runs on."""
    if is_postgres():
        for statement in pg_trigger_sql(sqlite_sql):
            op.execute(statement)
    else:
        op.execute(sqlite_sql)


def drop_trigger(name: str, table: str) -> None:
    if is_postgres():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def recreate_mode() -> str:
    """``batch_alter_table(recreate=…)``: SQLite rebuilds the table for a new CHECK; on
    PostgreSQL the table is altered in place (its triggers and references stay)."""
    return "auto" if is_postgres() else "always"
