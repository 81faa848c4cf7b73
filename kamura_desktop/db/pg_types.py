"""PostgreSQL column types: every INTEGER column is a BIGINT on the server, and a VARCHAR
column has no length limit there, as on SQLite (which never enforced one: a receipt number
"KW-2026-000001" lives in a VARCHAR(12) column in every office's file; the services bound
every text themselves, ``domain/text.py``).

Money is whole rupiah in INTEGER columns (SQLite's INTEGER is 64-bit already); PostgreSQL's
INTEGER is 32-bit (Rp 2,1 miliar at most), so the models and migrations compile ``Integer``
as ``BIGINT`` there. An autoincrementing primary key stays SERIAL (the type's class decides
that, not this compilation).
"""

from __future__ import annotations

import contextlib

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integer_as_bigint(type_, compiler, **kw) -> str:
    # a column, and a bound value (money beyond Rp 2,1 miliar): BIGINT; only SQLAlchemy's
    # own reads of PostgreSQL's catalog want int4 arguments (:func:`catalog_reads`)
    return _BIND_INTEGER[-1] if kw.get("type_expression") is None else "BIGINT"


_BIND_INTEGER = ["BIGINT"]


@contextlib.contextmanager
def catalog_reads():
    """While SQLAlchemy/Alembic read the catalog (reflection, comparing the schema with the
    models), integers are bound as INTEGER: ``generate_subscripts(int2vector, int)``."""
    _BIND_INTEGER.append("INTEGER")
    try:
        yield
    finally:
        _BIND_INTEGER.pop()


def _is_column(kw) -> bool:
    from sqlalchemy import Column

    return isinstance(kw["type_expression"], Column)


@compiles(String, "postgresql")
def _varchar_unbounded(type_, compiler, **kw) -> str:
    if kw.get("type_expression") is not None and _is_column(kw):
        return "VARCHAR"
    return compiler.visit_string(type_, **kw)
