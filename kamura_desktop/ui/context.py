"""What every window needs: the open database, the logged-in user, the hub, the task runner —
and the one way the UI runs a write (:meth:`AppContext.perform`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.changes import Outcome
from kamura_desktop.services.connection import run_write

from .hub import SignalHub
from .messages import show_error
from .tasks import Task, TaskRunner
from .widgets import FieldErrors

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    db: Any  # an open kamura_desktop.db.database.Database, used only through services
    db_path: Path
    actor: Actor
    hub: SignalHub
    tasks: TaskRunner

    def __post_init__(self) -> None:
        # on the office server, other PCs' commits refresh the open views too
        self.hub.follow(self.db)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name == "db" and "hub" in self.__dict__:
            # a restore replaces the database object: the hub follows the new one (its own
            # listener, its own origin), never the closed one — else this program's own
            # writes would come back as another PC's and the views reload once more each
            self.hub.follow(value)

    def perform(
        self,
        write: Callable[..., Outcome],
        /,
        *args: Any,
        source: object | None,
        errors: FieldErrors | None = None,
        general: QLabel | None = None,
        on_error: Callable[[UserError], None] | None = None,
        **kwargs: Any,
    ) -> Outcome | None:
        """Run one service write — ``write(db, *args, actor=<the user>, **kwargs)`` — the one way.

        On success the outcome's changes go out on the hub with ``source`` (the widget that
        started the write, so a view can tell its own change from another's) and the outcome
        is returned. On a refusal nothing is published and None is returned; the refusal is
        shown by :meth:`show_refusal` (next to its field when the form's ``errors`` are given,
        else in ``general``, else in a message box), or handed to ``on_error`` instead. A
        program fault (any other exception) is shown as one in a message box.
        """
        try:
            # a write the office server aborted for a conflict runs again (bounded)
            outcome = run_write(write, self.db, *args, actor=self.actor, **kwargs)
        except Exception as exc:  # noqa: BLE001 - a refusal or a fault is shown; nothing half-saved
            self.show_refusal(exc, source, errors=errors, general=general, on_error=on_error)
            return None
        self._publish(outcome, source)
        return outcome

    def perform_task(
        self,
        write: Callable[..., Outcome],
        /,
        *args: Any,
        label: str,
        source: object | None,
        parent_widget: QWidget | None = None,
        on_done: Callable[[Outcome], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """:meth:`perform` for a long write: ``write(db, *args, actor=…, **kwargs)`` runs on a
        worker thread through ``ctx.tasks``; on completion its changes are published the same
        way, then ``on_done(outcome)`` runs. A failure goes to ``on_error`` (default: a message
        box)."""
        db, actor = self.db, self.actor
        parent = parent_widget if parent_widget is not None else _widget(source)

        def done(outcome: Outcome) -> None:
            self._publish(outcome, source)
            if on_done is not None:
                on_done(outcome)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)

        return self.tasks.run(lambda: run_write(write, db, *args, actor=actor, **kwargs),
                              label=label,
                              parent_widget=parent, on_done=done, on_error=failed)

    def announce(self, outcome: Outcome, *, source: object | None) -> None:
        """Publish a write that could not run through :meth:`perform`: the restore, which
        replaces the database object itself between the write and the broadcast."""
        self._publish(outcome, source)

    def _publish(self, outcome: Outcome, source: object | None) -> None:
        """The one place the UI publishes what a write changed."""
        self.hub.publish(outcome.changes, source)

    @staticmethod
    def show_refusal(
        exc: BaseException,
        source: object | None,
        *,
        errors: FieldErrors | None = None,
        general: QLabel | None = None,
        on_error: Callable[[UserError], None] | None = None,
    ) -> None:
        """A service's refusal shown the one way: a missing permission (and a program fault)
        in a message box; any other :class:`UserError` next to its field, else in the form's
        general error label, else in a message box. ``on_error``, when given, gets every
        refusal (:class:`UserError`, :class:`PermissionDenied` too) instead; it may call this
        again without ``on_error`` and then add its own touch (focus, size)."""
        if on_error is not None and isinstance(exc, UserError):
            on_error(exc)
            return
        if isinstance(exc, UserError) and not isinstance(exc, PermissionDenied):
            if errors is not None and general is not None:  # every wrong field marked at once
                errors.show_error(exc, general)
                return
            if errors is not None and len(exc.fields) > 1 and not errors.show_all(exc.fields):
                return
            if errors is not None and errors.show(exc.field, exc.message):
                return
            if general is not None:
                general.setText(exc.message)
                general.show()
                return
        elif not isinstance(exc, UserError):
            log.error("write failed", exc_info=exc)
        show_error(_widget(source), exc)


def raise_refusal(exc: UserError) -> None:
    """``on_error`` for a caller that shows the refusal itself, e.g. an editable grid that
    marks the cell: the refusal is raised on to it (nothing was published)."""
    raise exc


def _widget(source: object | None) -> QWidget | None:
    return source if isinstance(source, QWidget) else None
