"""Backups of a cooperative on the office server, through PostgreSQL's own ``pg_dump`` and
``pg_restore`` (custom format, ``.dump``).

The tools come with PostgreSQL (on the server PC) or with its command-line tools on another
PC; when they are not found the message names what to install. A restore first dumps the
current database beside the backups (as the SQLite restore keeps the current file), then
replaces everything in one transaction: a restore that fails leaves the database as it was.

Before anything is replaced the dump's seal is read from its data (``pg_restore --data-only``
of the seal, the wraps and the users; nothing restored): a dump sealed with a key this PC
does not hold gets it from the restoring admin's wrap inside the dump, or is refused —
the restore's own audit row must not leave a seal the key-holders see broken
(``tamper.key_for_backup``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kamura_desktop.db.database import (
    Database,
    make_private_dir,
    notify_replaced,
    reserve_unique,
)
from kamura_desktop.domain.errors import UserError

from . import audit, tamper
from .actor import Actor
from .changes import EVERYTHING, Outcome
from .locations import data_dir
from .permissions import require

SUFFIX = ".dump"
INSTALL_ADVICE = (
    "Pasang PostgreSQL (atau hanya 'Command Line Tools' dari pemasang PostgreSQL untuk "
    "Windows) dengan versi yang sama dengan server, lalu coba lagi. Lihat "
    "docs/server-kantor.md.")


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size_bytes: int
    at: dt.datetime
    #: (a restore's answer) the restored books' seal key is not on this PC: ``kamura reseal``
    restored_without_key: bool = False


def find_tool(name: str) -> str:
    """The path of ``pg_dump`` / ``pg_restore``: on PATH, or in PostgreSQL's usual Windows
    folders; a UserError naming what to install when missing."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [r"C:\Program Files\PostgreSQL\*\bin", "/usr/lib/postgresql/*/bin"]
    for pattern in patterns:
        for folder in sorted(glob.glob(pattern), reverse=True):
            exe = Path(folder) / (f"{name}.exe" if os.name == "nt" else name)
            if exe.is_file():
                return str(exe)
    raise UserError(f"Program {name} tidak ditemukan di komputer ini; cadangan database "
                    f"server dibuat dengan {name}. {INSTALL_ADVICE}", code="pg_tool_missing")


def backup_dir() -> Path:
    return data_dir() / "cadangan-server"


def _conninfo(db: Database) -> tuple[list[str], dict[str, str]]:
    """libpq connection arguments and environment (the password never on a command line)."""
    url = db.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = ["--dbname", url.database or ""]
    host = url.query.get("host") or url.host
    if host:
        args += ["--host", str(host)]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    return args, env


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600,
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["tanpa pesan"])[-1]
        raise UserError(f"{what} gagal: {detail}. Tidak ada yang diubah.")


def dump(db: Database, to: Path) -> ServerBackup:
    """``pg_dump --format=custom`` of the open server database into ``to``."""
    if not db.is_server:
        raise UserError("Cadangan pg_dump hanya untuk database di server kantor.")
    tool = find_tool("pg_dump")
    args, env = _conninfo(db)
    part = to.with_name(to.name + ".part")
    _run([tool, "--format=custom", "--no-owner", "--file", str(part), *args], env,
         "Cadangan database server")
    part.replace(to)
    return ServerBackup(to, to.stat().st_size, dt.datetime.now())


def backup(db: Database, *, actor: Actor, to: Path | None = None) -> ServerBackup:
    require(actor, "backup.create")
    if to is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        to = reserve_unique(backup_dir(), f"kamura-server-{stamp}", SUFFIX)
    else:
        make_private_dir(Path(to).parent, tighten_existing=False)
    info = dump(db, Path(to))
    with db.write() as s:
        audit.record(s, actor, action="backup.create", entity="database",
                     summary=f"cadangan server (pg_dump) {info.path.name}")
    return info


#: the tables whose data tells a dump's seal (tamper.BackupSeal)
_SEAL_TABLES = ("tamper_seals", "seal_key_wraps", "users")
_COPY_HEAD = re.compile(r'COPY (?:[\w"]+\.)?"?(\w+)"? \(([^)]*)\) FROM stdin;')
_COPY_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                 "\\": "\\"}


def _copy_value(text: str) -> str | None:
    """One field of COPY's text format (``\\N`` is NULL; backslash escapes)."""
    if text == "\\N":
        return None
    return re.sub(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)", lambda m: (
        chr(int(m[1][1:], 16)) if m[1][0] == "x" and len(m[1]) > 1
        else chr(int(m[1], 8)) if m[1][0] in "01234567"
        else _COPY_ESCAPES.get(m[1], m[1])), text)


def _dump_rows(tool: str, source: Path) -> dict[str, list[dict[str, str | None]]]:
    """The rows of :data:`_SEAL_TABLES` in a dump, read from its data as SQL text (nothing is
    restored): table -> rows as {column: text or None}."""
    tables = [arg for table in _SEAL_TABLES for arg in ("--table", table)]
    proc = subprocess.run([tool, "--data-only", "--file", "-", *tables, str(source)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise UserError(f"Berkas {source.name} tidak dapat dibaca sebagai cadangan server "
                        "Kamura. Tidak ada yang diubah.", field="--from")
    found: dict[str, list[dict[str, str | None]]] = {}
    table = columns = None
    for line in proc.stdout.splitlines():
        if table is None:
            head = _COPY_HEAD.match(line)
            if head is not None:
                table = head[1]
                columns = [c.strip().strip('"') for c in head[2].split(",")]
                found.setdefault(table, [])
        elif line == "\\.":
            table = None
        else:
            found[table].append(dict(zip(columns, map(_copy_value, line.split("\t")),
                                         strict=False)))
    return found


def _dump_seal(tool: str, source: Path) -> tamper.BackupSeal:
    rows = _dump_rows(tool, source)
    seals = {r["name"]: r for r in rows.get("tamper_seals", [])}
    users_seal = seals.get("users")
    return tamper.BackupSeal(
        file_id=seals["file"]["digest"] if "file" in seals else None,
        users_seal=None if users_seal is None else (
            None if users_seal["head_id"] is None else int(users_seal["head_id"]),
            users_seal["digest"] or "", users_seal["mac"]),
        wraps=tuple(rows.get("seal_key_wraps", [])),
        admins={int(r["id"]): r["username"] for r in rows.get("users", [])
                if r["role"] == "admin" and r["active"] in ("t", "true", "1")})


def restore(db: Database, *, actor: Actor, source: Path, password: str | None = None,
            without_key: bool = False) -> ServerBackup:
    """Replace the server database's contents by a ``.dump``; the current contents are
    dumped first (returned: where they are kept). ``password``: the restoring admin's, when
    at hand (the CLI's login): it opens the admin's wrap in a dump sealed with a key this PC
    does not hold; without it such a dump is refused (``tamper.key_for_backup``) — unless
    ``without_key`` (``kamura restore --paksa``: the key is lost for good; the admin then
    runs ``kamura reseal``, which seals the restored books anew when they are whole)."""
    require(actor, "backup.restore")
    source = Path(source)
    if not source.is_file():
        raise UserError(f"Berkas cadangan {source} tidak ditemukan.", field="--from")
    tool = find_tool("pg_restore")
    listed = subprocess.run([tool, "--list", str(source)], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    if listed.returncode != 0 or "alembic_version" not in listed.stdout:
        raise UserError(f"Berkas {source.name} bukan cadangan server Kamura (pg_dump format "
                        "custom). Tidak ada yang diubah.", field="--from")
    seal = _dump_seal(tool, source)
    keyless = ""
    try:
        key = tamper.key_for_backup(seal, label=source.name, username=actor.username,
                                    password=password)  # or refused: nothing replaced yet
    except UserError:
        if not without_key:
            raise
        key, keyless = None, (f"; kunci segel {seal.file_id} tidak ada di komputer ini "
                              "(dipulihkan dengan --paksa; berikutnya kamura reseal)")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = dump(db, reserve_unique(backup_dir(), f"kamura-server-sebelum-pulih-{stamp}", SUFFIX))
    db.engine.dispose()  # our own pooled sessions must not hold the tables
    args, env = _conninfo(db)
    if key is not None:  # checked against the dump's seals: the restored books verify here
        tamper.keep_key(seal.file_id, key)
    _run([tool, "--clean", "--if-exists", "--single-transaction", "--no-owner", *args,
          str(source)], env, "Pemulihan database server")
    # the restored books say who restored them and from what, as a restored file does
    # (services/backup.py); the backup may not hold this user's row: the name only
    with db.write() as s:
        who = Actor(None, actor.username, actor.full_name, actor.role)
        audit.record(s, who, action="backup.restore", entity="database",
                     summary=f"dipulihkan dari {source}; isi sebelumnya: {kept.path}{keyless}")
        if key is not None:
            audit.record(s, who, action="seal.key_installed", entity="database",
                         summary=f"kunci segel {seal.file_id} dipasang di komputer ini dari "
                                 f"cadangan {source.name} (dibuka dengan kata sandi admin "
                                 f"{actor.username})")
    # pg_restore writes past the program: the other PCs' open views are told to reload all
    with contextlib.suppress(Exception):  # a notice that cannot go out changes no data
        notify_replaced(db)
    return dataclasses.replace(kept, restored_without_key=bool(keyless))


def restore_database(db: Database, *, actor: Actor, source: Path) -> Outcome[ServerBackup]:
    """:func:`restore` as the app's menu runs it: the whole database changed. The caller
    opens the books again (an older backup is migrated then) and gives the new database
    object to its views — and to its change hub, which must follow the new object."""
    return Outcome(restore(db, actor=actor, source=source), EVERYTHING)
