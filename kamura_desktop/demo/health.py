"""The demo cooperative's health assessment as of 31 December 2024 (issue 19 §1).

Runs after the books' step (the 2024 year is closed and provisioned): the chair answers the
management and governance checklists as a small village cooperative honestly would — no
long-term plan yet, no written report of the supervisors, no business licence for savings and
loans, no outside credit line, no capital policy — and saves the assessment under both schemes.
Writes no money: every demo figure stays as it was.
"""

from __future__ import annotations

import datetime as dt

from kamura_desktop.db.database import Database
from kamura_desktop.domain import health as rules
from kamura_desktop.services import health
from kamura_desktop.services.actor import Actor

from .books import _actors

AS_OF = dt.date(2024, 12, 31)

#: the questions the chair answers "tidak" (every other question: "ya")
NO = {
    rules.PERDEP06_2016.code: {
        "m_umum.03",        # no long-term plan (3 years) yet
        "m_umum.07",        # the books went into Kamura only this year
        "m_umum.11",        # the supervisors report orally at the RAT
        "m_lembaga.04",     # the staff have had no savings-and-loan training
        "m_lembaga.05",     # no written internal-control policy
        "m_lembaga.06",     # no business licence for savings and loans yet
        "m_modal.05",       # no fixed assets bought
        "m_aktiva.08",      # no maximum per borrower besides the product limits
        "m_likuiditas.01",  # no written liquidity policy
        "m_likuiditas.02",  # no credit line from a bank
        "m_likuiditas.05",  # no ceiling for cash kept at the office
    },
    rules.PERMENKOP09_2020.code: {
        "p_kerjasama.01", "k_legalitas.03", "k_izin.01", "k_ad.02", "m_umum20.02",
        "m_kelembagaan20.02", "m_likuiditas20.02", "kpmr.02", "kpmr.04", "kelola_modal.01",
    },
}


def demo_health(db: Database, system: Actor) -> None:
    chair = _actors(db)["ketua"]
    for scheme in (rules.PERDEP06_2016, rules.PERMENKOP09_2020):
        answers = {item.code: item.code not in NO[scheme.code] for item in scheme.checklist_items()}
        health.save_assessment(db, actor=chair, as_of=AS_OF, scheme=scheme.code, answers=answers)
