"""Helpers shared by the CLI commands: the --db option, opening the books, logging in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kamura_desktop.db.database import Database
from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.locations import default_db_path
from kamura_desktop.services.setup import open_books


def db_parent() -> argparse.ArgumentParser:
    """A parent parser so that ``--db`` works before or after the subcommand."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="berkas database (bawaan: folder data pengguna)")
    return p


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser().absolute() if value else default_db_path()


def open_db(args: argparse.Namespace, *, create: bool = True) -> Database:
    return open_books(db_path(args), create=create)


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
    """Log in the user named by --user (password: KAMURA_PASSWORD, a pipe or a prompt)."""
    username = getattr(args, "user", None) or os.environ.get("KAMURA_USER")
    if not username:
        raise SystemExit("Kesalahan: perintah ini butuh --user NAMA (pengguna yang bertindak).")
    password = read_secret(f"Kata sandi {username}: ", env="KAMURA_PASSWORD")
    actor = users.authenticate(db, username, password)
    args.login_password = password
    return actor


def add_user_option(p: argparse.ArgumentParser) -> None:
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
