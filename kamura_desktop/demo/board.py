"""The demo cooperative's board register (issue 18): the Pengurus and the Pengawas elected at the
RAT of 18 February 2023 for the term to the end of 2027 (within the five years of UU 25/1992).
The chair and the treasurer are the program's users of those roles; the secretary is the TKM's
secretary too (the TKM counts two board members); the Pengawas are three other members.
No money moves."""

from __future__ import annotations

import datetime as dt

from kamura_desktop.db.database import Database
from kamura_desktop.services import board
from kamura_desktop.services.actor import Actor

from .books import _actors

TERM = (dt.date(2023, 2, 18), dt.date(2027, 12, 31))
BOARD: tuple[tuple[str, str, str], ...] = (
    ("pengurus", "ketua", "H. Ujang Suryana"),
    ("pengurus", "sekretaris", "Neneng Hasanah"),
    ("pengurus", "bendahara", "Euis Komariah"),
    ("pengawas", "ketua", "Wawan Setiawan"),
    ("pengawas", "anggota", "Lilis Suryani"),
    ("pengawas", "anggota", "Jajang Nurjaman"),
)


def demo_board(db: Database, system: Actor) -> None:
    ketua = _actors(db).get("ketua", system)
    for body, position, name in BOARD:
        board.add_board_member(db, actor=ketua, data=board.BoardMemberInput(body, position, name, *TERM))
