"""The one app-level signal hub (Anki's OpChanges broadcast).

After every successful service write the UI runs through ``ctx.perform`` (``ui/context.py``),
which publishes ``outcome.changes`` here together with the widget that started the write;
each view connects to ``hub.changed(changes, source)`` and decides for itself whether to
refresh (a view that made the change itself may skip reloading: ``source is self``). Views
never call each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kamura_desktop.services.changes import Changes


class SignalHub(QObject):
    changed = Signal(object, object)  # Changes, source (the object that started the write, or None)

    def publish(self, changes: Changes, source: object | None = None) -> None:
        if changes.any():
            self.changed.emit(changes, source)
