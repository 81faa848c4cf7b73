"""``kamura check``: is this file healthy? Integrity, schema version, a balanced ledger and
savings rows that agree with their Simpanan accounts (plus every check in :data:`CHECKS`).

The check only reads: it never creates, migrates or backs up the file it checks (an older
file is reported as such; the program upgrades it when it opens it). Restore runs the same
check on the backup before it replaces anything (``services/backup.py``).

A file is never called damaged on one look: a check that finds a problem runs again on a
fresh read-only connection and reports only what that second look confirms (a healthy file
called damaged would send the clerk to yesterday's backup and lose a day of work). All the
queries of one look run in one read transaction, so they see one snapshot even while other
programs write.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kamura_desktop.db.database import (
    DatabaseError,
    check_kamura_file,
    known_heads,
    known_revisions,
    record_full_check,
)
from kamura_desktop.db.database import (
    last_full_check as database_last_full_check,
)
from kamura_desktop.db.tamper_rows import _Qmark as QmarkConnection
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.money import format_rupiah

from . import tamper

LEDGER_SQL = """
SELECT e.number, COUNT(l.id), COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id
GROUP BY e.id
HAVING COUNT(l.id) < 2 OR COALESCE(SUM(l.debit), 0) <> COALESCE(SUM(l.credit), 0)
"""

#: the savings kinds and the account that holds each (as services/savings.ACCOUNTS)
SAVINGS_ACCOUNTS = {"pokok": Acc.SIMPANAN_POKOK, "wajib": Acc.SIMPANAN_WAJIB,
                    "sukarela": Acc.SIMPANAN_SUKARELA}



@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    schema: tuple[str, ...] = ()
    entries: int = 0
    total_debit: int = 0
    total_credit: int = 0
    #: the typed refusal when the file itself is unusable (not SQLite, someone else's file,
    #: damaged): restore raises it as it is
    refusal: DatabaseError | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_ledger(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every entry balanced with at least two lines; debits = credits overall."""
    for number, count, debit, credit in conn.execute(LEDGER_SQL):
        report.problems.append(
            f"Jurnal {number} tidak seimbang atau tidak lengkap ({count} baris, debit {debit}, "
            f"kredit {credit}).")
    report.entries = conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
    d, c = conn.execute("SELECT COALESCE(SUM(debit),0), COALESCE(SUM(credit),0) "
                        "FROM journal_lines").fetchone()
    report.total_debit, report.total_credit = int(d), int(c)
    if d != c:
        report.problems.append(f"Total debit {d} ≠ total kredit {c}.")


def table_names(conn) -> set[str]:
    """The tables of the database behind a check connection (a sqlite3 connection, or the
    server's :class:`ServerCheckConnection`)."""
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")}
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def check_savings(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The members' savings rows of each kind add up to their Simpanan account."""
    tables = table_names(conn)
    if "savings_transactions" not in tables:
        return
    rows = dict(conn.execute("SELECT kind, COALESCE(SUM(amount), 0) FROM savings_transactions "
                             "GROUP BY kind").fetchall())
    for kind, code in SAVINGS_ACCOUNTS.items():
        found = conn.execute(
            "SELECT a.name, COALESCE(SUM(l.credit - l.debit), 0) FROM accounts a "
            "LEFT JOIN journal_lines l ON l.account_id = a.id WHERE a.code = ? GROUP BY a.id",
            (code,)).fetchone()
        if found is None:
            continue
        name, ledger_total = found
        total = int(rows.get(kind) or 0)
        if total != int(ledger_total):
            report.problems.append(
                f"Simpanan {kind}: transaksi anggota berjumlah {format_rupiah(total)}, tetapi "
                f"akun {code} {name} di buku besar {format_rupiah(int(ledger_total))} "
                f"(selisih {format_rupiah(int(ledger_total) - total)}).")


#: the checks run on one read snapshot, in order: fn(connection, report) adds problems.
#: The tamper-evidence check (hash chains, triggers present) belongs here as one more line.
def check_tamper_evidence(conn: sqlite3.Connection, report: CheckReport) -> None:
    """The protective triggers, the journal and audit chains (the first broken row named),
    users and settings, and the keyed seals (:mod:`.tamper`)."""
    tamper.check(conn).add_to(report.problems, report.notes)


CHECKS: tuple[Callable[[sqlite3.Connection, CheckReport], None], ...] = (
    check_ledger,
    check_savings,
    check_tamper_evidence,
)


def check_database(path: Path | str) -> CheckReport:
    """Check a file; a problem found is confirmed by a second look before it is reported.
    A server location is checked by :func:`check_server_database`."""
    from kamura_desktop.db.location import is_server

    if is_server(path):
        return check_server_database(str(path))
    path = Path(path).expanduser().absolute()
    report = _check_once(path)
    if report.ok or not path.is_file():
        return report
    # at once, without a pause (it was 0,2 s, paid by every check that finds a problem): the
    # second look opens its own read-only connections, so it reads the file as it is now —
    # the newest committed snapshot — whatever the first look's connections saw; waiting
    # adds nothing a fresh connection does not already give (tests/services/
    # test_check_under_writes.py: no false alarm while two programs write)
    second = _check_once(path)
    if second.ok:
        second.notes.append("Pemeriksaan pertama melihat masalah yang tidak terulang pada "
                            "pemeriksaan ulang (berkas sedang ditulis program lain); berkas baik.")
    return second


def _check_once(path: Path) -> CheckReport:
    report = CheckReport(path=path)
    if not path.is_file():
        report.problems.append(f"Database {path} tidak ditemukan.")
        return report
    try:
        check_kamura_file(path)  # SQLite header, PRAGMA integrity_check, Kamura tables
    except DatabaseError as exc:
        report.problems.append(exc.message)
        report.refusal = exc
        return report
    # a fresh read-only connection; every query below in one read transaction (one snapshot)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, isolation_level=None)
    try:
        conn.execute("BEGIN")
        _check_contents(conn, report)
    except sqlite3.Error as exc:
        report.problems.append(f"Database tidak dapat dibaca: {exc}")
    finally:
        conn.close()
    return report


def _check_contents(conn, report: CheckReport) -> None:
    """The schema version and every check of :data:`CHECKS`, on one read snapshot."""
    if "alembic_version" not in table_names(conn):
        report.problems.append("Database kosong: belum dibuat oleh Kamura Desktop.")
        return
    current = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    report.schema = tuple(sorted(current))
    unknown = current - known_revisions()
    if unknown:
        report.problems.append(
            f"Skema {', '.join(sorted(unknown))} lebih baru dari program ini; pasang versi terbaru.")
    elif current != known_heads():
        report.notes.append("Skema lebih lama dari program; akan diperbarui saat database dibuka "
                            "(setelah dibuat salinan cadangan).")
    for check in CHECKS:
        check(conn, report)


# ---------------------------------------------------------------- the office server
#
# What integrity means on PostgreSQL: the pages and indexes are the server's own business
# (its WAL, checksums, and the admin's backups) — a file check has nothing to look at, so
# it is skipped with a note. Everything Kamura can be wrong about is checked as on a file,
# on one REPEATABLE READ, READ ONLY snapshot: the schema version, a balanced ledger, savings
# rows equal to their Simpanan accounts, and the tamper evidence (the immutability triggers
# present, enabled and still refusing; the journal and audit chains; users, settings; the
# keyed seals when this PC holds the key).

SERVER_FILE_CHECK_NOTE = (
    "Pemeriksaan berkas (PRAGMA integrity_check) dilewati: database ada di server "
    "PostgreSQL, yang menjaga sendiri keutuhan halaman datanya. Yang diperiksa: versi skema, "
    "keseimbangan buku besar, simpanan = buku besar, dan rantai pengaman.")


class ServerCheckConnection(QmarkConnection):
    """The server's connection as the checks use a sqlite3 one: ``?`` placeholders, and
    already inside the check's one read-only transaction."""

    dialect = "postgresql"
    in_transaction = True


def check_server_database(location: str) -> CheckReport:
    """``kamura check --db postgresql+psycopg://…``: see the comment above."""
    import psycopg

    from kamura_desktop.db import location as loc
    from kamura_desktop.db.database import translate_server_error

    url = loc.server_url(location)
    report = CheckReport(path=loc.describe(url))
    report.notes.append(SERVER_FILE_CHECK_NOTE)
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        raw = psycopg.connect(conninfo, connect_timeout=5, application_name="kamura-check")
    except psycopg.Error as exc:
        error = translate_server_error(exc, url)
        report.problems.append(error.message)
        report.refusal = error
        return report
    try:
        raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        _check_contents(ServerCheckConnection(raw), report)
    except psycopg.Error as exc:
        report.problems.append(f"Database di {report.path} tidak dapat dibaca: "
                               f"{str(exc).strip().splitlines()[0]}")
    finally:
        with contextlib.suppress(psycopg.Error):
            raw.rollback()
        raw.close()
    return report


# ---------------------------------------------------------------- the weekly full check
#
# Opening a file that was closed cleanly runs only PRAGMA quick_check (db/database.py); the
# full check (integrity_check, schema, every check in CHECKS) then runs in the desktop's
# background once a week, through the task runner, with its result in the status bar.

#: how long a passed full check is trusted before the desktop runs it again
FULL_CHECK_EVERY = dt.timedelta(days=7)


def last_full_check(path: Path | str) -> dt.datetime | None:
    """When the full check last passed on the file (None: never recorded)."""
    return database_last_full_check(Path(path))


def full_check_due(path: Path | str, *, now: dt.datetime | None = None) -> bool:
    last = last_full_check(path)
    return last is None or (now or dt.datetime.now()) - last >= FULL_CHECK_EVERY


def scheduled_full_check(path: Path | str) -> CheckReport:
    """The full check of the open books (safe on a worker thread: its own read-only
    connections, no session); a pass is recorded, a problem is reported and not recorded."""
    path = Path(path).expanduser().absolute()
    report = check_database(path)
    if report.ok:
        record_full_check(path)
    return report

