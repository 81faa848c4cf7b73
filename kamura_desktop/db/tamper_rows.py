"""Reading the tamper-evident rows back from a file, as the canonical values of
:mod:`kamura_desktop.domain.tamper_hash`. One reader for the migration that fills the
hashes of an older file and for the check that recomputes them (``services/tamper.py``).

Works on a plain DB-API connection (``sqlite3``), so that ``kamura check`` reads the file
read-only without SQLAlchemy, and the migration on the connection it runs in.
"""

from __future__ import annotations

from collections.abc import Iterator

from kamura_desktop.domain import tamper_hash as th


def journal_rows(conn) -> Iterator[tuple[int, str, list[object], str | None]]:
    """(id, number, canonical values, stored hash) of every journal entry, in id order."""
    lines = iter(conn.execute(
        "SELECT l.entry_id, a.code, l.debit, l.credit, l.memo FROM journal_lines l "
        "LEFT JOIN accounts a ON a.id = l.account_id ORDER BY l.entry_id, l.id"))
    pending = next(lines, None)
    entries = conn.cursor().execute(
        "SELECT id, number, date, description, source_type, source_id, reversal_of_id, "
        "created_at, created_by_id, row_hash FROM journal_entries ORDER BY id")
    for e in entries:
        own = []
        while pending is not None and pending[0] <= e[0]:
            if pending[0] == e[0]:
                own.append(tuple(pending[1:]))
            pending = next(lines, None)
        values = th.journal_values(
            id=e[0], number=e[1], date=e[2], description=e[3], source_type=e[4],
            source_id=e[5], reversal_of_id=e[6], created_at=th.stored_datetime(e[7]),
            created_by_id=e[8], lines=own)
        yield e[0], e[1], values, e[9]


def audit_rows(conn) -> Iterator[tuple[int, list[object], str | None]]:
    """(id, canonical values, stored hash) of every audit row, in id order."""
    for r in conn.execute("SELECT id, at, user_id, username, action, entity, entity_id, "
                          "summary, row_hash FROM audit_log ORDER BY id"):
        yield r[0], th.audit_values(id=r[0], at=th.stored_datetime(r[1]), user_id=r[2],
                                    username=r[3], action=r[4], entity=r[5], entity_id=r[6],
                                    summary=r[7]), r[8]


def user_rows(conn) -> Iterator[tuple[int, str, list[object], str | None]]:
    """(id, username, canonical values, stored hash) of every user, in id order."""
    for r in conn.execute("SELECT id, username, full_name, role, password_hash, active, "
                          "failed_attempts, locked_until, created_at, row_hash FROM users "
                          "ORDER BY id"):
        yield r[0], r[1], th.user_values(
            id=r[0], username=r[1], full_name=r[2], role=r[3], password_hash=r[4],
            active=th.stored_bool(r[5]), failed_attempts=r[6],
            locked_until=None if r[7] is None else th.stored_datetime(r[7]),
            created_at=th.stored_datetime(r[8])), r[9]


def setting_rows(conn) -> Iterator[tuple[str, list[object], str | None]]:
    """(key, canonical values, stored hash) of every stored setting, in key order."""
    for r in conn.execute("SELECT key, value, row_hash FROM settings ORDER BY key"):
        yield r[0], th.setting_values(key=r[0], value=r[1]), r[2]


#: the immutability triggers that refuse the UPDATE that fills ``row_hash``
BLOCKING = ("trg_journal_entries_no_update", "trg_audit_log_no_update")


def fill_chains(conn) -> None:
    """Compute every ``row_hash`` and the unkeyed seals of a file from its rows, on a
    ``sqlite3`` connection, in the caller's transaction: migration 0012 for the rows an older
    file already has, and tools that build a file in bulk with SQL (the benchmark books). The
    keyed MACs need the key file outside the database: the program seals the file when it
    opens it (``services/tamper.ensure_seal``)."""
    if _is_server(conn):
        conn = _Qmark(conn)
        # PostgreSQL: the two triggers are switched off for this transaction's fill
        for name in BLOCKING:
            conn.execute(f"ALTER TABLE {name[4:-len('_no_update')]} DISABLE TRIGGER {name}")
        kept = [f"ALTER TABLE {name[4:-len('_no_update')]} ENABLE TRIGGER {name}"
                for name in BLOCKING]
    else:
        # the rows are immutable: lift the two triggers for this one fill, then put back the
        # very same statements (read from the file, not retyped)
        kept = [r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)", BLOCKING)]
        for name in BLOCKING:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    seals = []
    prev, head = None, None
    for entry_id, _number, values, _ in list(journal_rows(conn)):
        prev, head = th.chain_hash(prev, values), entry_id
        conn.execute("UPDATE journal_entries SET row_hash = ? WHERE id = ?", (prev, entry_id))
    seals.append(("journal", head, prev or ""))
    prev, head = None, None
    for audit_id, values, _ in list(audit_rows(conn)):
        prev, head = th.chain_hash(prev, values), audit_id
        conn.execute("UPDATE audit_log SET row_hash = ? WHERE id = ?", (prev, audit_id))
    seals.append(("audit", head, prev or ""))
    for statement in kept:
        conn.execute(statement)
    hashes = []
    for user_id, _name, values, _ in list(user_rows(conn)):
        hashes.append(th.row_hash(values))
        conn.execute("UPDATE users SET row_hash = ? WHERE id = ?", (hashes[-1], user_id))
    seals.append(("users", None, th.digest(hashes)))
    hashes = []
    for key, values, _ in list(setting_rows(conn)):
        hashes.append(th.row_hash(values))
        conn.execute("UPDATE settings SET row_hash = ? WHERE key = ?", (hashes[-1], key))
    seals.append(("settings", None, th.digest(hashes)))
    conn.execute("DELETE FROM tamper_seals")
    conn.executemany("INSERT INTO tamper_seals (name, head_id, digest, mac) VALUES (?, ?, ?, NULL)",
                     seals)



def _is_server(conn) -> bool:
    return type(conn).__module__.startswith("psycopg")


class _Qmark:
    """A psycopg connection that takes the ``?`` placeholders of the sqlite3 statements."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params=()):
        return self._conn.execute(sql.replace("?", "%s"), params or None)

    def cursor(self):
        return self

    def executemany(self, sql: str, rows) -> None:
        self._conn.cursor().executemany(sql.replace("?", "%s"), list(rows))
