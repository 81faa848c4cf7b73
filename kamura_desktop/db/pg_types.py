"""PostgreSQL column types: every INTEGER column is a BIGINT on the server.

Money is whole rupiah in INTEGER columns (SQLite's INTEGER is 64-bit already); PostgreSQL's
INTEGER is 32-bit (Rp 2,1 miliar at most), so the models and migrations compile ``Integer``
as ``BIGINT`` there. An autoincrementing primary key stays SERIAL (the type's class decides
that, not this compilation).
"""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles


@compiles(Integer, "postgresql")
def _integer_as_bigint(type_, compiler, **kw) -> str:
    return "BIGINT"
