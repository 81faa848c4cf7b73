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

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integer_as_bigint(type_, compiler, **kw) -> str:
    # only a column's DDL: a bound parameter or a CAST keeps INTEGER (PostgreSQL's own
    # catalog functions want int4 arguments)
    return "BIGINT" if kw.get("type_expression") is not None and _is_column(kw) else "INTEGER"


def _is_column(kw) -> bool:
    from sqlalchemy import Column

    return isinstance(kw["type_expression"], Column)


@compiles(String, "postgresql")
def _varchar_unbounded(type_, compiler, **kw) -> str:
    if kw.get("type_expression") is not None and _is_column(kw):
        return "VARCHAR"
    return compiler.visit_string(type_, **kw)
