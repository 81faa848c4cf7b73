"""The one app-level signal hub (Anki's OpChanges broadcast).

After every successful service write the UI calls ``hub.publish(outcome.changes)``; each
view connects to ``hub.changed`` and decides for itself whether to refresh. Views never
call each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kamura_desktop.services.changes import Changes


class SignalHub(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
