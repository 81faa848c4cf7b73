"""The one way the UI runs a write (``ctx.perform`` / ``ctx.perform_task``): the outcome's
changes go out on the hub with the widget that started them, a refusal is shown next to its
field (or in the form's general label, or a message box) and nothing is published then; a
view that made the change itself does not reload on its own notice."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import evaluation
from kamura_desktop.services.changes import Changes, Outcome
from kamura_desktop.ui.context import AppContext, raise_refusal
from kamura_desktop.ui.evaluation import EvaluationPage
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.tasks import TaskRunner
from kamura_desktop.ui.widgets import FieldErrors

from .helpers import MessageBoxWatcher

DB = object()  # stands in for the open database: the fake writes only pass it on


class Form(QWidget):
    """A form with one field ("name") and a general error label, as the dialogs have."""

    def __init__(self):
        super().__init__()
        self.errors = FieldErrors()
        self.name = QLineEdit()
        form = QFormLayout(self)
        self.errors.add_row(form, "Nama", self.name, "name")
        self.general_error = QLabel()
        self.general_error.hide()
        form.addRow(self.general_error)


@pytest.fixture
def ctx(actors) -> AppContext:
    return AppContext(db=DB, db_path=None, actor=actors["petugas"], hub=SignalHub(),
                      tasks=TaskRunner())


@pytest.fixture
def published(ctx) -> list[tuple[Changes, object]]:
    seen: list[tuple[Changes, object]] = []
    ctx.hub.changed.connect(lambda changes, source: seen.append((changes, source)))
    return seen


@pytest.fixture
def form(qtbot) -> Form:
    f = Form()
    qtbot.addWidget(f)
    f.show()
    return f


def refuse(exc: Exception):
    def write(db, *, actor, **kwargs):
        raise exc
    return write


def test_perform_calls_the_write_and_publishes_its_changes_with_the_source(ctx, published, form):
    calls = []

    def write(db, *, actor, name):
        calls.append((db, actor, name))
        return Outcome(value=f"saved {name}", changes=Changes(members=True))

    outcome = ctx.perform(write, source=form, errors=form.errors, general=form.general_error,
                          name="Siti")
    assert outcome is not None and outcome.value == "saved Siti"
    assert calls == [(DB, ctx.actor, "Siti")]  # the open database and the logged-in user
    assert published == [(Changes(members=True), form)]
    # a write that changed nothing sends no notice
    assert ctx.perform(lambda db, *, actor: Outcome(None, Changes()), source=form) is not None
    assert len(published) == 1


def test_a_refusal_is_shown_next_to_its_field_and_nothing_is_published(ctx, published, form):
    outcome = ctx.perform(refuse(UserError("Nama wajib diisi.", field="name")), source=form,
                          errors=form.errors, general=form.general_error)
    assert outcome is None
    assert published == []
    label = form.errors.labels["name"]
    assert label.text() == "Nama wajib diisi." and label.isVisible()
    assert form.general_error.isHidden()


def test_a_refusal_of_no_field_on_the_form_goes_to_the_general_label(ctx, published, form):
    assert ctx.perform(refuse(UserError("Periode sudah ditutup.", field="on_date")), source=form,
                       errors=form.errors, general=form.general_error) is None
    assert form.general_error.text() == "Periode sudah ditutup." and form.general_error.isVisible()
    assert form.errors.labels["name"].isHidden()
    assert published == []


@pytest.mark.parametrize("exc, title", [
    (PermissionDenied("Hanya bendahara yang boleh."), "Tidak diizinkan"),
    (UserError("Kredit sudah lunas."), "Periksa isian"),  # no form given: a message box
    (RuntimeError("bug"), "Kesalahan program"),
])
def test_other_refusals_and_faults_go_to_a_message_box(ctx, published, form, exc, title):
    watcher = MessageBoxWatcher()
    try:
        errors = form.errors if isinstance(exc, PermissionDenied) else None
        assert ctx.perform(refuse(exc), source=form, errors=errors) is None
    finally:
        watcher.stop()
    assert [t for t, _ in watcher.seen] == [title]
    assert published == []
    assert form.errors.labels["name"].isHidden()  # a missing permission is no field's fault


def test_on_error_gets_the_refusal_instead(ctx, published, form):
    got = []
    exc = UserError("Nilai di luar skala.", field="name")
    assert ctx.perform(refuse(exc), source=form, errors=form.errors, on_error=got.append) is None
    assert got == [exc]
    assert form.errors.labels["name"].isHidden()
    with pytest.raises(UserError):  # a grid that marks the cell itself has it raised on
        ctx.perform(refuse(exc), source=form, on_error=raise_refusal)
    assert published == []


def test_perform_task_publishes_through_the_same_path_when_done(qtbot, ctx, published, form):
    done = []

    def write(db, *, actor, path):
        return Outcome(value=path, changes=Changes(settings=True))

    def on_done(outcome):
        done.append((outcome.value, list(published)))  # published before on_done runs

    task = ctx.perform_task(write, label="Membuat cadangan…", source=form, on_done=on_done,
                            path="cadangan.sqlite")
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)
    assert done == [("cadangan.sqlite", [(Changes(settings=True), form)])]
    assert published == [(Changes(settings=True), form)]


def test_perform_task_failure_publishes_nothing(qtbot, ctx, published, form):
    failed = []
    task = ctx.perform_task(refuse(UserError("Folder tidak dapat ditulis.")), label="…",
                            source=form, on_error=failed.append)
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)
    assert [e.message for e in failed] == ["Folder tidak dapat ditulis."]
    assert published == []


# ------------------------------------------------------------------ own change, no reload

def test_the_answer_grid_does_not_reload_on_its_own_answer(qtbot, db, actors):
    """The survey tab saved the answer and updated its grid itself; reloading on its own
    notice would lose the clerk's place. Another's change still reloads it, and the other
    tabs follow the tab's notice."""
    inst = evaluation.save_instrument(
        db, actor=actors["ketua"], instrument_id=None, code="mini", name="Kuesioner mini",
        respondent_kind="ksm", scale_code="likert5",
        indicators=[("Layanan", [("A1", "Petugas ramah."), ("A2", "Antrean singkat.")])]).value
    rnd = evaluation.create_round(db, actor=actors["petugas"], instrument_id=inst.id,
                                  title="Survei mini", held_on=dt.date(2025, 6, 14)).value
    ani = evaluation.add_respondent(db, actor=actors["petugas"], round_id=rnd.id,
                                    name="Ibu Ani").value
    ctx = AppContext(db=db, db_path=db.path, actor=actors["petugas"], hub=SignalHub(),
                     tasks=TaskRunner())
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.survey_tab
    assert tab.round_id == rnd.id
    seen = []
    ctx.hub.changed.connect(lambda changes, source: seen.append((changes, source)))
    reloads = []
    real_reload = tab.reload
    tab.reload = lambda *a, **k: (reloads.append(1), real_reload(*a, **k))

    saved = tab._save_answer(ani.id, 0, 4)  # as the grid does for a typed digit
    assert saved.answers[0] == 4
    assert evaluation.round_respondents(db, rnd.id)[0].answers == (4, None)
    assert seen == [(Changes(evaluation=True), tab)]  # published once, by the tab
    assert reloads == []  # its own change: the grid is up to date, no reload

    ctx.hub.publish(Changes(evaluation=True))  # another window's change does reload it
    assert reloads == [1]


def test_the_income_grid_does_not_reload_on_its_own_row(qtbot, db, actors):
    clerk = actors["petugas"]
    survey = evaluation.create_income_survey(db, actor=clerk, title="Pendapatan 2025",
                                             held_on=dt.date(2025, 6, 14), first_label="Sebelum",
                                             second_label="Sesudah").value
    evaluation.save_income_row(db, actor=clerk, survey_id=survey.id, row_id=None, name="Ibu Ani",
                               member_id=None, first=None, second=None)
    ctx = AppContext(db=db, db_path=db.path, actor=clerk, hub=SignalHub(), tasks=TaskRunner())
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.show_tab(page.income_tab)
    assert tab.survey is not None and tab.survey.id == survey.id
    seen = []
    ctx.hub.changed.connect(lambda changes, source: seen.append(source))
    reloads = []
    real_reload = tab.reload
    tab.reload = lambda *a, **k: (reloads.append(1), real_reload(*a, **k))

    row = tab.survey.rows[0]
    saved = tab._save_row(row, "Ibu Ani", 1_500_000, 2_000_000)  # as the grid does
    assert (saved.rows[0].first, saved.rows[0].second) == (1_500_000, 2_000_000)
    assert seen == [tab] and reloads == []

    ctx.hub.publish(Changes(members=True))  # a member renamed elsewhere
    assert reloads == [1]
