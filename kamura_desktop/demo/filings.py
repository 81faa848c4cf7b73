"""The demo cooperative's yearly filings (issue 19 §2–3): the treasurer's notes to the 2024
financial statements (CALK) and the 2025 work plan and budget, drafted by the treasurer and
approved by the chair at the RAT of 15 March 2025 (the meeting that heard the 2024 report).

Writes no money: a budget is a plan and the notes are text, so every demo figure stays as it
was (the 2024 surplus is still Rp1.453.040). The 2024 cash flow statement needs no step: it is
read from the books. The 2025 realisation shows what the books of 2025 hold — the revolving
fund's service and no printing jobs or costs booked yet, so those lines stand at 0 %.
"""

from __future__ import annotations

import datetime as dt

from kamura_desktop.db.database import Database
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import budget, cash_flow
from kamura_desktop.services.actor import Actor

from .books import _actors

RAT_2025 = dt.date(2025, 3, 15)

#: the 2025 budget per account (rupiah a year), modest: the 2024 figures and the plans the
#: board reported at the RAT
BUDGET_2025: dict[str, int] = {
    Acc.PENDAPATAN_JASA_PINJAMAN: 24_000,
    Acc.PENDAPATAN_JASA_DANA_BERGULIR: 300_000,
    Acc.PENDAPATAN_PERCETAKAN: 3_600_000,
    Acc.PENDAPATAN_LAIN: 400_000,
    Acc.BEBAN_HONOR: 1_200_000,
    Acc.BEBAN_ADMINISTRASI: 480_000,
    Acc.BEBAN_ATK_CETAK: 1_000_000,
    Acc.BEBAN_JASA_LENDER: 6_000,
}
TARGETS_2025 = {"new_members": 10, "credits_disbursed": 5_000_000, "repayment_rate": 95}

CALK_2024 = (
    "Tahun 2024 adalah tahun pertama pembukuan koperasi dengan Kamura Desktop; saldo sebelumnya "
    "dimasukkan menurut catatan hibah dana bergulir (2011 dan 2014) dan simpanan anggota 2023.\n\n"
    "Pada 16 Januari 2024 sebagian besar kas dana bergulir (Rp60.000.000) disetor ke rekening Bank BJB "
    "Cabang Cililin. Koperasi belum memiliki aset tetap; ruang kantor dipinjamkan Pemerintah Desa "
    "Mekarmukti tanpa sewa."
)


def demo_filings(db: Database, system: Actor) -> None:
    if RAT_2025 >= dt.date.today():  # pragma: no cover - only before the meeting
        return
    actors = _actors(db)
    bendahara, ketua = actors.get("bendahara", system), actors.get("ketua", system)
    cash_flow.save_calk_text(db, actor=bendahara, year=2024, text=CALK_2024)
    budget.save_budget(db, actor=bendahara, year=2025, lines=BUDGET_2025, targets=TARGETS_2025)
    budget.approve_budget(db, actor=ketua, year=2025, rat_date=RAT_2025)
