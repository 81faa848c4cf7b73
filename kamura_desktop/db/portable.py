"""SQL that reads the same on both engines, where SQLite and PostgreSQL spell it apart.

* :func:`total` — SQLite's ``total()``: the sum as a float, 0.0 for no rows, never an
  overflow; on PostgreSQL ``sum()`` of BIGINT is an exact NUMERIC, cast to a float the same.
* :func:`nocase` — an ORDER BY key that ignores case: ``COLLATE NOCASE`` on SQLite,
  ``lower()`` on PostgreSQL ("Aep" before "ASEP" on both).
"""

from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class total(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    type = Float()
    inherit_cache = True
    name = "total"


@compiles(total)
def _total_sqlite(element, compiler, **kw) -> str:
    return f"total({compiler.process(element.clauses, **kw)})"


@compiles(total, "postgresql")
def _total_pg(element, compiler, **kw) -> str:
    return (f"CAST(COALESCE(SUM({compiler.process(element.clauses, **kw)}), 0) "
            "AS DOUBLE PRECISION)")


class nocase(ColumnElement):  # noqa: N801
    type = String()
    inherit_cache = True

    def __init__(self, column) -> None:
        self.column = column


@compiles(nocase)
def _nocase_sqlite(element, compiler, **kw) -> str:
    return f"{compiler.process(element.column, **kw)} COLLATE NOCASE"


@compiles(nocase, "postgresql")
def _nocase_pg(element, compiler, **kw) -> str:
    return f"lower({compiler.process(element.column, **kw)})"


class year_text(ColumnElement):  # noqa: N801
    """The year of a date column as text ("2024"): ``strftime('%Y', …)`` on SQLite,
    ``to_char(…, 'YYYY')`` on PostgreSQL."""

    type = String()
    inherit_cache = True

    def __init__(self, column) -> None:
        self.column = column


@compiles(year_text)
def _year_sqlite(element, compiler, **kw) -> str:
    return f"strftime('%Y', {compiler.process(element.column, **kw)})"


@compiles(year_text, "postgresql")
def _year_pg(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.column, **kw)}, 'YYYY')"


def sql_date(value):
    """A date read by raw SQL as a ``datetime.date`` on both engines (SQLite gives the stored
    ISO text, PostgreSQL a date); None stays None."""
    import datetime as dt

    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def advance_serial(session, table) -> None:
    """After rows were inserted with ids given by the program (history posted in bulk): on
    PostgreSQL move the table's id sequence past them (SQLite takes max(id) + 1 itself)."""
    from sqlalchemy import text

    if session.get_bind().dialect.name != "postgresql":
        return
    name = table.__table__.name if hasattr(table, "__table__") else table.name
    session.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                         f"(SELECT COALESCE(max(id), 1) FROM {name}))"))
