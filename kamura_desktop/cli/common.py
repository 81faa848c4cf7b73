"""Helpers shared by the CLI commands: the --db option, opening the books, logging in, and
what each subcommand declares when it is registered — the permission it needs (``needs``)
and the files it writes (``add_output``) — which ``main()`` enforces before running it.

``main`` imports this module before it knows which command runs (``--version`` and
``--help`` too), so the books, the database layer and SQLAlchemy are imported inside the
functions that need them, never at the top."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kamura_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from kamura_desktop.db.database import Database
    from kamura_desktop.services.actor import Actor


def db_parent() -> argparse.ArgumentParser:
    """A parent parser so that ``--db`` works before or after the subcommand."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="berkas database (bawaan: folder data pengguna) atau server kantor "
                        "postgresql+psycopg://pengguna@host:5432/nama (kata sandi dari "
                        "PGPASSWORD atau pengaturan sambungan)")
    return p


def db_path(args: argparse.Namespace) -> Path | str:
    """The database file, or the office server's URL when --db names one."""
    from kamura_desktop.db.location import is_server
    from kamura_desktop.services.locations import default_db_path

    value = getattr(args, "db", None)
    if value and is_server(value):
        return value
    return Path(value).expanduser().absolute() if value else default_db_path()


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The command's books: the ones ``main()`` opened to log in (handed over once — opening
    a file twice cost a second check, wiring and seeding of the books in every command), or
    opened now. The caller closes them."""
    books = args.__dict__.pop("books", None)
    if books is not None:
        return books
    from kamura_desktop.services.setup import open_books

    return open_books(db_path(args), create=create)


def close_unused_books(args: argparse.Namespace) -> None:
    """Close the books the login opened when the command did not take them (``open_db``)."""
    books = args.__dict__.pop("books", None)
    if books is not None:
        books.close()


def read_secret(prompt: str, *, env: str | None = None, confirm: bool = False) -> str:
    """A password from an environment variable, from a pipe, or typed at a prompt."""
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        raise SystemExit("Kesalahan: kedua kata sandi tidak sama.")
    return first


def login(db: Database, args: argparse.Namespace) -> Actor:
    """Log in the user named by --user (password: KAMURA_PASSWORD, a pipe or a prompt).
    ``main()`` has already done it for every command that declares ``needs``: its actor is
    returned, the password is not asked twice."""
    if getattr(args, "actor", None) is not None:
        return args.actor
    from kamura_desktop.services import users

    username = login_name(args)
    password = read_secret(f"Kata sandi {username}: ", env="KAMURA_PASSWORD")
    actor = users.authenticate(db, username, password)
    args.login_password = password
    return actor


def login_name(args: argparse.Namespace) -> str:
    """The user named by --user (or KAMURA_USER); a command that logs in needs one."""
    username = getattr(args, "user", None) or os.environ.get("KAMURA_USER")
    if not username:
        raise SystemExit("Kesalahan: perintah ini butuh --user NAMA (pengguna yang bertindak).")
    return username


def add_user_option(p: argparse.ArgumentParser) -> None:
    if "--user" in p._option_string_actions:  # declared once, by needs() or by hand
        return
    p.add_argument("--user", metavar="NAMA",
                   help="pengguna yang bertindak (kata sandi dari KAMURA_PASSWORD atau diminta)")


def command_group(sub: argparse._SubParsersAction, name: str,
                  help: str) -> argparse._SubParsersAction:
    """The subcommands of a top-level verb shared by several books (``import``, ``export``,
    ``print``): the first book to ask creates it, later books add to it."""
    groups = sub.__dict__.setdefault("_kamura_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=help)
        groups[name] = parser.add_subparsers(dest=f"{name}_what", metavar="JENIS", required=True)
    return groups[name]


# ---------------------------------------------------------------- what a command declares

#: ``needs`` value of a command any logged-in user may run (it checks finer rights itself)
ANY_USER = "login"


@dataclass(frozen=True)
class Access:
    """Who may run a subcommand. ``permission``: an action of services/permissions.py, or
    :data:`ANY_USER`, or None for the few commands that run without a login (``reason`` says
    why). ``first_user``: an empty database (no users yet) may run it without a login — the
    first admin. ``without_books``: no login when it works on no cooperative's books at all
    (no --db and no database file yet: the evaluation commands on a filled-in workbook)."""

    permission: str | None
    reason: str = ""
    first_user: bool = False
    without_books: bool = False


def needs(p: argparse.ArgumentParser, permission: str, *, first_user: bool = False,
          without_books: bool = False) -> None:
    """Declare that running ``p`` needs a login (--user) with ``permission``. The name is
    checked against services/permissions.py when the command runs (the books add their
    permissions when they are imported, and registering a command imports no book); the test
    of every subcommand checks them all."""
    add_user_option(p)
    p.set_defaults(access=Access(permission, first_user=first_user, without_books=without_books))


def no_login(p: argparse.ArgumentParser, reason: str) -> None:
    """Declare that ``p`` runs without a login, and why (the exceptions are listed in the
    README: init, demo, check, restore)."""
    p.set_defaults(access=Access(None, reason=reason))


def add_output(p: argparse.ArgumentParser, *flags: str, kind: str, **kwargs) -> argparse.Action:
    """An option or positional naming a file the command writes (a PDF or a workbook):
    ``main()`` checks it with services/outputs.check_target before anything runs, and the
    builders write it through a temporary file."""
    action = p.add_argument(*flags, type=Path, **kwargs)
    declared = tuple(p.get_default("outputs") or ())
    p.set_defaults(outputs=(*declared, (action.dest, kind, flags[0])))
    return action


def add_input(p: argparse.ArgumentParser, *flags: str, **kwargs) -> argparse.Action:
    """An option or positional naming a file the command only reads."""
    action = p.add_argument(*flags, type=Path, **kwargs)
    declared = tuple(p.get_default("inputs") or ())
    p.set_defaults(inputs=(*declared, action.dest))
    return action


#: an output whose kind follows the name the user gives it: ``laporan.pdf`` or ``laporan.xlsx``
BY_SUFFIX = "pdf|xlsx"


def output_kind_of(path: Path, kind: str) -> str:
    """The kind of file a declared output writes; for :data:`BY_SUFFIX`, from its ending."""
    if kind != BY_SUFFIX:
        return kind
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        from kamura_desktop.services import outputs

        outputs.check_target(path, "pdf")  # the books or their side files: the gate's own words
        raise UserError(f"Berkas tujuan {Path(path).name} harus berakhiran .pdf atau .xlsx.",
                        field="out")
    return suffix[1:]


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse, before the command runs, every declared output that may not be written."""
    from kamura_desktop.services import outputs

    for dest, kind, flag in getattr(args, "outputs", ()) or ():
        value = getattr(args, dest, None)
        if value is None:
            continue
        try:
            kind = output_kind_of(value, kind)
            outputs.check_target(value, kind)
        except UserError as exc:
            raise UserError(exc.message, field=flag, code=exc.code) from exc


def authorise(args: argparse.Namespace) -> Actor | None:
    """Log in as the command's declaration asks and check its permission; the actor is kept
    on ``args.actor`` for the command (``login()`` returns it)."""
    access: Access | None = getattr(args, "access", None)
    if access is None:  # a programming error: the test of every subcommand catches it
        raise UserError("Perintah ini belum menyatakan hak akses yang dibutuhkannya; "
                        "perintah tidak dijalankan.")
    if access.permission is None:
        return None
    from kamura_desktop.db.location import is_server
    from kamura_desktop.services import permissions, users
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.setup import open_books

    path = db_path(args)
    on_server = is_server(path)
    if (access.without_books and getattr(args, "db", None) is None and not on_server
            and not path.exists()):
        return None
    if not on_server and not path.exists() and not access.first_user:
        raise UserError(f"Database {path} tidak ditemukan. Buat dulu dengan `kamura init` atau "
                        "pilih berkas dengan --db.", field="--db")
    db = open_books(path, create=access.first_user or on_server)
    kept = False
    try:
        if access.first_user and users.user_count(db) == 0:
            actor = Actor.system()  # the very first admin of an empty database
        else:
            if not (getattr(args, "user", None) or os.environ.get("KAMURA_USER")):
                raise UserError("Perintah ini butuh login: tambahkan --user NAMA (kata sandi "
                                "dari KAMURA_PASSWORD, dari pipa, atau diminta).", field="--user")
            actor = login(db, args)
            if access.permission != ANY_USER and access.permission not in permissions.PERMISSIONS:
                raise KeyError(f"unknown permission {access.permission!r}")  # a programming error
            if access.permission != ANY_USER:
                permissions.require(actor, access.permission)
        args.books, kept = db, True  # the command's open_db takes them (close_unused_books)
    finally:
        if not kept:
            db.close()
    args.actor = actor
    return actor
