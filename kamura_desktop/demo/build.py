"""The demo's builder: ``create_demo`` and its ``STEPS`` (see the package's docstring).
Imported on first use through :mod:`kamura_desktop.demo`, so that the login dialog's hint
(the demo users, :mod:`.people`) costs no import of the services."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kamura_desktop.db.database import Database
from kamura_desktop.db.location import describe, is_server
from kamura_desktop.domain.errors import UserError
from kamura_desktop.resources import resource
from kamura_desktop.services import settings, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.locations import work_folder
from kamura_desktop.services.setup import open_books

from . import (
    board,
    books,
    credit,
    evaluation,
    filings,
    health,
    lenders,
    members,
    mentoring,
    repayments,
)
from .people import DEMO_PROFILE, DEMO_USERS

#: the demo's steps, in the order they run: fn(db, system actor) -> None
STEPS: tuple[Callable[[Database, Actor], None], ...] = (
    members.demo_members,          # the members of RW 08 with their savings history
    credit.demo_credit,            # groups by proximity, the pilot's three Paket Usaha cycles
    repayments.demo_repayments,    # the instalments of those credits, some late
    lenders.demo_lenders,          # lenders register and fund a cycle after the pilot
    mentoring.demo_mentoring,      # group meetings that check the pocket books, home visits
    evaluation.demo_evaluation,    # survey rounds of the pilot's participants, income survey
    books.demo_books,              # closes the years through 2024, drafts the 2024 SHU
    health.demo_health,            # the chair's health assessment as of 31 Dec 2024 (no money)
    filings.demo_filings,          # the 2024 notes (CALK), the 2025 budget approved at the RAT (no money)
    board.demo_board,              # the Pengurus and Pengawas with their term (no money)
)


def create_demo(path: Path | str) -> Database:
    """Create the demo cooperative in a new (or empty) file and return it open."""
    if is_server(path):  # never read a server URL as a file name
        raise UserError(f"Demo hanya dibuat pada berkas SQLite baru, bukan di {describe(path)}. "
                        "Buat demo di berkas lalu pindahkan dengan kamura copy.", field="db")
    path = Path(path).expanduser().absolute()
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"Berkas {path} sudah ada; demo hanya dibuat pada berkas baru.", field="db")
    with work_folder(path, "demo") as work:
        building = work / path.name
        _build(building)
        _move_into_place(building, path)
    return open_books(path)


def _build(path: Path) -> None:
    # built without fsync per commit (hundreds of service calls); made durable at the end
    db = open_books(path, durable=False)
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    logo = resource("logo.png")
    if logo.is_file():
        settings.set_logo(db, actor=system, data=logo.read_bytes(), filename="logo.png")
    for u in DEMO_USERS:
        users.create_user(db, actor=system, username=u.username, full_name=u.full_name,
                          role=u.role, password=u.password)
    for step in STEPS:
        step(db, system)
    db.close()
    # one self-contained file on disk: the WAL folded in, then synced
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with open(path, "rb+") as fh:  # no connection of this process is open on it any more
        os.fsync(fh.fileno())


def _move_into_place(built: Path, path: Path) -> None:
    """Put the finished demo at ``path`` without ever replacing a file that appeared there
    meanwhile (a hard link fails when the name exists); an empty file may be replaced."""
    if path.exists() and path.stat().st_size == 0:
        os.replace(built, path)
        return
    try:
        os.link(built, path)
    except FileExistsError:
        raise UserError(f"Berkas {path} sudah ada; demo hanya dibuat pada berkas baru.",
                        field="db") from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise UserError(f"Berkas {path} sudah ada; demo hanya dibuat pada berkas baru.",
                            field="db") from None
        os.replace(built, path)
