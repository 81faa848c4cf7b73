"""The demo cooperative carries the chair's health assessment as of 31 December 2024, under
both schemes, and the step changes no demo figure."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

from kamura_desktop.services import accounting, health
from tests.services import shared_demo

#: the demo opened once for this module's reading tests (tests/services/shared_demo.py)
read_demo = shared_demo.read_demo
read_demo_books = shared_demo.read_demo_books

END_2024 = dt.date(2024, 12, 31)


def test_demo_has_the_2024_assessment_with_the_checklist_answered(read_demo):
    records = health.list_assessments(read_demo)
    assert [(r.scheme, r.as_of, r.saved_by) for r in records] == [
        ("perdep06_2016", END_2024, "H. Ujang Suryana"), ("permenkop09_2020", END_2024, "H. Ujang Suryana")]
    answers = health.saved_answers(read_demo, scheme="perdep06_2016", as_of=END_2024)
    assert len(answers) == 38 and sum(answers.values()) == 27
    a = health.assess(read_demo, as_of=END_2024)
    assert a.saved_id is not None
    assert (a.total, a.predicate) == (F(573, 10), "Dalam Pengawasan")
    # management: 9/12 × 0,25 + 3/6 × 0,5 + 4/5 × 0,6 + 9/10 × 0,3 + 2/5 × 0,6 = 10,05
    assert a.aspect("manajemen").score == F(201, 20)
    b = health.assess(read_demo, as_of=END_2024, scheme="permenkop09_2020")
    assert b.predicate == "Cukup Sehat"


def test_the_step_changes_no_demo_number(read_demo):
    # the 2024 surplus the books' step closes (unchanged by the assessment, which posts nothing)
    assert accounting.income_statement(read_demo, date_from=dt.date(2024, 1, 1), date_to=END_2024).surplus == 1_453_040
    r = health.compute_ratios(read_demo, as_of=END_2024)
    assert r["rentabilitas_aset"].numerator.amount == 1_453_040
    assert r["modal_sendiri_aset"].denominator.amount == accounting.balance_sheet(read_demo, as_of=END_2024).total_assets
