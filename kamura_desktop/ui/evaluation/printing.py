"""Printouts and workbooks of the Evaluasi page.

Every document is made by ``services.evaluation_report`` (or ``evaluation_io`` for the
answer templates) on a worker thread through ``ctx.tasks``: PDFs open in the print preview,
workbooks say where they were written. The services read the round or survey themselves in
the worker (they open their own sessions), so nothing from the UI thread's reads is shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamura_desktop.services import evaluation, evaluation_report

from ..messages import show_error
from ..print_preview import preview_pdf


def safe_name(text: str) -> str:
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in text.strip())
    while "--" in keep:
        keep = keep.replace("--", "-")
    return keep.strip("-") or "evaluasi"


def drain(result: Any) -> Any:
    """Run a generator builder to the end (its return value is the result)."""
    if hasattr(result, "__next__"):
        try:
            while True:
                next(result)
        except StopIteration as stop:
            return stop.value
    return result


def print_ikm(ctx, parent: QWidget, *, round_id: int, on_shown=None):
    """The IKM tables, category and chart of one round."""
    rnd = evaluation.get_round(ctx.db, round_id)

    def build(path: Path):
        instrument = evaluation.get_instrument(ctx.db, rnd.instrument_id)
        result = evaluation.round_result(ctx.db, round_id)
        # the printout has its own heading ("Hasil pengukuran IKM"); the round's title goes under it
        return evaluation_report.write_ikm_pdf(ctx.db, instrument=instrument, result=result,
                                             title=rnd.title, path=path, held_on=rnd.held_on)

    return preview_pdf(ctx, parent, build, title=QCoreApplication.translate("EvaluationPrinting", "IKM {title}").format(title=rnd.title),
                       filename=f"ikm-{safe_name(rnd.title)}.pdf", on_shown=on_shown)


def print_ttest(ctx, parent: QWidget, *, survey_id: int, on_shown=None):
    """The paired-sample t-test of one income survey, laid out as SPSS does."""
    survey = evaluation.get_income_survey(ctx.db, survey_id)

    def build(path: Path):
        result = evaluation.income_ttest(ctx.db, survey_id)
        return evaluation_report.write_ttest_pdf(
            ctx.db, result=result, first_label=survey.first_label,
            second_label=survey.second_label, title=survey.title, path=path,
            held_on=survey.held_on)

    return preview_pdf(ctx, parent, build, title=QCoreApplication.translate("EvaluationPrinting", "Uji-t {title}").format(title=survey.title),
                       filename=f"uji-t-{safe_name(survey.title)}.pdf", on_shown=on_shown)


def print_report(ctx, parent: QWidget, *, date_from: dt.date, date_to: dt.date,
                 round_ids: list[int] | None, survey_ids: list[int] | None, on_shown=None):
    """The whole evaluation report (a generator with progress, run to its end)."""
    def build(path: Path):
        return evaluation_report.write_evaluation_report_pdf(
            ctx.db, path=path, date_from=date_from, date_to=date_to, round_ids=round_ids,
            survey_ids=survey_ids, actor=ctx.actor)

    return preview_pdf(ctx, parent, build, title=QCoreApplication.translate("EvaluationPrinting", "Laporan evaluasi"),
                       filename=f"laporan-evaluasi-{date_from:%Y%m%d}-{date_to:%Y%m%d}.pdf",
                       on_shown=on_shown)


def run_file_task(ctx, parent: QWidget, build: Callable[[], Any], *, path: Path, label: str,
                  done_text: str, on_done: Callable[[Path], None] | None = None):
    """Write a file off the UI thread; say where it went (or hand it to ``on_done``)."""
    def done(result: Any) -> None:
        written = Path(result) if isinstance(result, (str, Path)) else path
        if on_done:
            on_done(written)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("EvaluationPrinting", "Berkas disimpan"), done_text.format(path=written))

    return ctx.tasks.run(build, label=label, parent_widget=parent, on_done=done,
                         on_error=lambda exc: show_error(parent, exc))


def export_report_xlsx(ctx, parent: QWidget, *, path: Path, date_from: dt.date, date_to: dt.date,
                       round_ids: list[int] | None, survey_ids: list[int] | None, on_done=None):
    return run_file_task(
        ctx, parent,
        lambda: evaluation_report.write_evaluation_report_xlsx(
            ctx.db, path=path, date_from=date_from, date_to=date_to, round_ids=round_ids,
            survey_ids=survey_ids, actor=ctx.actor),
        path=path, label=QCoreApplication.translate("EvaluationPrinting", "Menulis laporan evaluasi ke Excel…"),
        done_text=QCoreApplication.translate("EvaluationPrinting", "Laporan evaluasi disimpan di {path}."), on_done=on_done)

