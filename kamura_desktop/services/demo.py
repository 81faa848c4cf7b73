"""The demo cooperative: KAMURA of Desa Mekarmukti, the I-P2P pilot.

``create_demo(path)`` builds it in a new file. The Foundation lays the profile, a user for
each role and the chart of accounts; later books append their steps to ``DEMO_STEPS``
(members, groups, credits, repayments, lenders, evaluation rounds) so that a new user
sees a living cooperative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kamura_desktop.db.database import Database
from kamura_desktop.domain.errors import UserError
from kamura_desktop.resources import resource

from . import settings, users
from .actor import Actor
from .setup import open_books

DEMO_PROFILE = {
    "name": "Koperasi Awilarangan Mukti Rahayu",
    "short_name": "KAMURA",
    "address": "Sentra Usaha Pindang RW 08",
    "village": "Desa Mekarmukti",
    "district": "Kecamatan Cihampelas",
    "regency": "Kabupaten Bandung Barat",
    "province": "Jawa Barat",
    "legal_number": "AHU-0004512.AH.01.26.TAHUN 2018 (contoh)",
    "phone": "0812-2000-0818",
    "founded_year": 2018,
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    password: str


DEMO_USERS = (
    DemoUser("admin", "Admin Kantor", "admin", "admin123"),
    DemoUser("ketua", "H. Ujang Suryana", "ketua", "ketua123"),
    DemoUser("bendahara", "Euis Komariah", "bendahara", "bendahara123"),
    DemoUser("petugas", "Rina Marlina", "petugas", "petugas123"),
)

#: later books append fn(db: Database, actor: Actor) -> None
DEMO_STEPS: list[Callable[[Database, Actor], None]] = []


def create_demo(path: Path | str) -> Database:
    """Create the demo cooperative in a new (or empty) file and return it open."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"Berkas {path} sudah ada; demo hanya dibuat pada berkas baru.", field="db")
    # built without fsync per commit (hundreds of service calls); reopened durably below
    db = open_books(path, durable=False)
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    logo = resource("logo.png")
    if logo.is_file():
        settings.set_logo(db, actor=system, data=logo.read_bytes(), filename="logo.png")
    for u in DEMO_USERS:
        users.create_user(db, actor=system, username=u.username, full_name=u.full_name,
                          role=u.role, password=u.password)
    for step in DEMO_STEPS:
        step(db, system)
    db.close()
    return open_books(path)
