"""Evaluation book: instruments as data, answer scales, survey rounds and answers, IKM
results, income surveys and the paired t-test, report notes (issue 7).

The package is split by concern; its modules import each other downward only
(``base`` ← ``scales`` ← ``instruments`` ← ``rounds``; ``base`` ← ``income``, ``notes``):

* :mod:`.base` — the permissions (registered when any part of the package is imported),
  ``CHANGED`` and the checks of text, dates and respondents every module shares.
* :mod:`.scales` — answer scales: the three built in and the office's own.
* :mod:`.instruments` — instruments (questionnaires) as data; the built-in KOTAKU KSM/UPK
  instruments seeded into every file (:func:`ensure_builtin_instruments`), read-only.
* :mod:`.rounds` — survey rounds, respondents, answers and the IKM result.
* :mod:`.income` — income surveys and the paired t-test.
* :mod:`.notes` — the chair's notes for the evaluation report.

Callers use the names below as ``kamura_desktop.services.evaluation.<name>``.

Permissions: ``evaluation.view`` (every role), ``evaluation.enter`` (petugas, bendahara,
ketua: rounds, respondents, answers, income surveys), ``evaluation.manage`` (ketua:
instruments, report notes, deleting rounds and income surveys). Every write records an
audit row and returns ``Changes(evaluation=True)``.
"""

from __future__ import annotations

from .base import CHANGED
from .income import (
    IncomeRowDTO,
    IncomeSurveyDTO,
    create_income_survey,
    delete_income_survey,
    get_income_survey,
    income_pairs,
    income_ttest,
    list_income_surveys,
    remove_income_row,
    replace_income_rows,
    replace_income_rows_in,
    save_income_row,
    update_income_survey,
)
from .instruments import (
    BUILTIN_CODES,
    RESPONDENT_KINDS,
    IndicatorDTO,
    InstrumentDTO,
    ItemDTO,
    copy_instrument,
    ensure_builtin_instruments,
    get_instrument,
    instrument_by_code,
    list_instruments,
    save_instrument,
)
from .notes import ReportNotesDTO, get_report_notes, save_report_notes
from .rounds import (
    RespondentDTO,
    RoundDTO,
    add_respondent,
    create_round,
    delete_round,
    get_round,
    list_rounds,
    remove_respondent,
    rename_respondent,
    replace_round_answers,
    replace_round_answers_in,
    round_respondents,
    round_result,
    set_answer,
    update_round,
)
from .scales import (
    ScaleDTO,
    copy_scale,
    delete_scale,
    list_scale_entries,
    list_scales,
    save_scale,
    scale_by_code,
)

__all__ = [
    # shared
    "CHANGED",
    # answer scales
    "ScaleDTO",
    "copy_scale",
    "delete_scale",
    "list_scale_entries",
    "list_scales",
    "save_scale",
    "scale_by_code",
    # instruments
    "BUILTIN_CODES",
    "RESPONDENT_KINDS",
    "IndicatorDTO",
    "InstrumentDTO",
    "ItemDTO",
    "copy_instrument",
    "ensure_builtin_instruments",
    "get_instrument",
    "instrument_by_code",
    "list_instruments",
    "save_instrument",
    # rounds, respondents, answers, IKM
    "RespondentDTO",
    "RoundDTO",
    "add_respondent",
    "create_round",
    "delete_round",
    "get_round",
    "list_rounds",
    "remove_respondent",
    "rename_respondent",
    "replace_round_answers",
    "replace_round_answers_in",
    "round_respondents",
    "round_result",
    "set_answer",
    "update_round",
    # income surveys and the paired t-test
    "IncomeRowDTO",
    "IncomeSurveyDTO",
    "create_income_survey",
    "delete_income_survey",
    "get_income_survey",
    "income_pairs",
    "income_ttest",
    "list_income_surveys",
    "remove_income_row",
    "replace_income_rows",
    "replace_income_rows_in",
    "save_income_row",
    "update_income_survey",
    # report notes
    "ReportNotesDTO",
    "get_report_notes",
    "save_report_notes",
]
