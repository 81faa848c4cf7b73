"""The last line for text: no row is written with text that cannot be stored or printed.

Each service cleans its own inputs with :func:`kamura_desktop.domain.text.clean_text` (NFC,
no control characters, a length per field with a message naming it). This guard, connected
by ``wiring.connect_books``, checks every new or changed row just before it is flushed and
refuses — it never alters, so a row's content (and any hash over it) is what the service
made — text holding a lone surrogate (SQLite cannot even encode it), a NUL or another
control character other than tab and line breaks, or more than
:data:`MAX_STORED_TEXT` characters. The write then rolls back whole.
"""

from __future__ import annotations

import re

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number

#: longer than any field's limit (domain/limits.TEXT_LIMITS) and than any JSON the books keep
MAX_STORED_TEXT = 100_000
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _check(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        check_values(state.dict, state.mapper)


def check_values(values: dict, mapped) -> None:
    """Refuse ``values`` (column key -> value) of a row of the mapped class ``mapped`` (or its
    mapper) as the guard refuses a flushed row: for a row written without a flush (the
    ledger's Core insert of an entry and its lines)."""
    mapper = inspect(mapped)
    for attr in mapper.column_attrs:
        value = values.get(attr.key)
        if not isinstance(value, str):
            continue
        where = f"{mapper.local_table.name}.{attr.key}"
        if len(value) > MAX_STORED_TEXT:
            raise UserError(f"Teks pada {where} terlalu panjang ({format_number(len(value))} "
                            "karakter); tidak ada yang disimpan.", field=attr.key,
                            code="text_too_long")
        if _BAD.search(value):
            raise UserError(f"Teks pada {where} memuat karakter kendali atau karakter "
                            "yang tidak sah; tidak ada yang disimpan.", field=attr.key,
                            code="text_invalid")


def install() -> None:
    """Connect the guard to every session (idempotent)."""
    if not event.contains(Session, "before_flush", _check):
        event.listen(Session, "before_flush", _check)
