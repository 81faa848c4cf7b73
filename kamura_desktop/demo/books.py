"""The demo cooperative's 2024 books: provision, year-end close with a surplus, SHU draft (issue 8).

Runs last, after every other book's demo step (``services/books.py`` imports it last), as the
demo users:

* **the treasurer's 2024 journal** — the office's own income and costs besides the credit
  book: most of the revolving fund's cash deposited at the bank, printing jobs of the
  cooperative's small print shop (invitations, banners, the village's forms), bank interest,
  quarterly honoraria for the board, paper and ink for the print shop, stationery, and the
  administration costs (electricity, stamps, photocopies). Each with a note of its evidence;
* **the loan-loss provision** at 31 December 2024 (whatever the pilot's loans need then);
* **the year-end close** by the chair: every earlier year that has entries (the grants of 2011
  and 2014, the members of 2023) and then 2024, which closes with a surplus;
* **an SHU draft for 2024** by the treasurer, to be approved at the RAT.

After this step nothing can be posted with a date in 2024 or before (``books.closed_through``
is 31 December 2024); 2025 and later stay open.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import journal, provisions, shu, year_end
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line

from .people import DEMO_USERS

YEAR = 2024

#: (date, description, debit account, credit account, amount, evidence note)
JOURNAL_2024: tuple[tuple[dt.date, str, str, str, int, str], ...] = (
    (dt.date(2024, 1, 16), "Setor kas dana bergulir ke Bank BJB", Acc.BANK, Acc.KAS, 60_000_000,
     "Slip setoran BJB Cabang Cililin no. 004417"),
    (dt.date(2024, 2, 12), "Cetak undangan pernikahan (200 lembar)", Acc.KAS, Acc.PENDAPATAN_PERCETAKAN,
     650_000, "Nota percetakan no. 01/2024"),
    (dt.date(2024, 2, 14), "Kertas art paper dan tinta untuk percetakan", Acc.BEBAN_ATK_CETAK, Acc.KAS,
     310_000, "Nota Toko Sinar Jaya no. 118"),
    (dt.date(2024, 3, 28), "Honor pengurus triwulan I", Acc.BEBAN_HONOR, Acc.KAS, 300_000,
     "Daftar terima honor Maret 2024"),
    (dt.date(2024, 4, 22), "Cetak spanduk dan brosur RAT desa", Acc.KAS, Acc.PENDAPATAN_PERCETAKAN,
     900_000, "Nota percetakan no. 07/2024"),
    (dt.date(2024, 4, 30), "Listrik, materai dan fotokopi kantor Januari–April", Acc.BEBAN_ADMINISTRASI,
     Acc.KAS, 185_000, "Kuitansi PLN, 6 materai, nota fotokopi"),
    (dt.date(2024, 5, 6), "Buku kas, map dan alat tulis kantor", Acc.BEBAN_ATK_CETAK, Acc.KAS, 145_000,
     "Nota Toko Sinar Jaya no. 203"),
    (dt.date(2024, 6, 27), "Honor pengurus triwulan II", Acc.BEBAN_HONOR, Acc.KAS, 300_000,
     "Daftar terima honor Juni 2024"),
    (dt.date(2024, 8, 9), "Cetak formulir administrasi desa (1.000 lembar)", Acc.KAS,
     Acc.PENDAPATAN_PERCETAKAN, 1_150_000, "SPK Pemerintah Desa Mekarmukti no. 140/27"),
    (dt.date(2024, 8, 12), "Kertas HVS dan tinta untuk formulir desa", Acc.BEBAN_ATK_CETAK, Acc.KAS,
     520_000, "Nota Toko Sinar Jaya no. 311"),
    (dt.date(2024, 9, 30), "Honor pengurus triwulan III", Acc.BEBAN_HONOR, Acc.KAS, 300_000,
     "Daftar terima honor September 2024"),
    (dt.date(2024, 10, 31), "Listrik, materai dan fotokopi kantor Mei–Oktober", Acc.BEBAN_ADMINISTRASI,
     Acc.KAS, 240_000, "Kuitansi PLN, 4 materai, nota fotokopi"),
    (dt.date(2024, 11, 18), "Cetak undangan dan kartu nama", Acc.KAS, Acc.PENDAPATAN_PERCETAKAN,
     750_000, "Nota percetakan no. 15/2024"),
    (dt.date(2024, 12, 27), "Honor pengurus triwulan IV", Acc.BEBAN_HONOR, Acc.KAS, 300_000,
     "Daftar terima honor Desember 2024"),
    (dt.date(2024, 12, 31), "Jasa giro Bank BJB 2024", Acc.BANK, Acc.PENDAPATAN_LAIN, 412_000,
     "Rekening koran BJB Desember 2024"),
)


def _actors(db: Database) -> dict[str, Actor]:
    names = {u.username for u in DEMO_USERS}
    with db.read() as s:
        users = s.scalars(select(User).where(User.username.in_(names)))
        return {u.role: Actor(u.id, u.username, u.full_name, u.role) for u in users}


def demo_books(db: Database, system: Actor) -> None:
    if dt.date(YEAR, 12, 31) >= dt.date.today():  # pragma: no cover - only before 2025
        return
    actors = _actors(db)
    bendahara, ketua = actors.get("bendahara", system), actors.get("ketua", system)
    for on, description, debit, credit, amount, note in JOURNAL_2024:
        journal.post_manual_entry(db, actor=bendahara, on_date=on, description=description,
                                  lines=[Line(debit, debit=amount), Line(credit, credit=amount)],
                                  attachment_note=note)
    provisions.post_provision(db, actor=bendahara, as_of=dt.date(YEAR, 12, 31))
    for year in year_end.open_years_with_entries(db, before=YEAR):
        year_end.close_year(db, actor=ketua, year=year)
    year_end.close_year(db, actor=ketua, year=YEAR)
    shu.create_shu_draft(db, actor=bendahara, year=YEAR)

