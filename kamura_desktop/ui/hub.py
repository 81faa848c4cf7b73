"""The one app-level signal hub (Anki's OpChanges broadcast).

After every successful service write the UI runs through ``ctx.perform`` (``ui/context.py``),
which publishes ``outcome.changes`` here together with the widget that started the write;
each view connects to ``hub.changed(changes, source)`` and decides for itself whether to
refresh (a view that made the change itself may skip reloading: ``source is self``). Views
never call each other.

On the office server the hub also follows the other PCs' commits (:meth:`SignalHub.follow`,
``services.connection.OtherPCs``: PostgreSQL LISTEN/NOTIFY) and publishes them with the
source :data:`OTHER_PC`, so the treasurer's screen does not keep yesterday's balance.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kamura_desktop.services.changes import Changes
from kamura_desktop.services.connection import OtherPCs

#: the source of a change another PC made (no widget of this window started it)
OTHER_PC = "other-pc"
#: how often the notices of other PCs are read (a non-blocking read of a socket)
FOLLOW_EVERY_MS = 1_000


class SignalHub(QObject):
    changed = Signal(object, object)  # Changes, source (the object that started the write, or None)

    def publish(self, changes: Changes, source: object | None = None) -> None:
        if changes.any():
            self.changed.emit(changes, source)

    def follow(self, db, *, every_ms: int = FOLLOW_EVERY_MS) -> bool:
        """Publish what other PCs commit on the server ``db`` (nothing on a SQLite file);
        whether there is anything to follow."""
        self.stop_following()
        feed = OtherPCs(db)
        if not feed.active:
            return False
        self._feed = feed
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.poll_other_pcs)
        self._timer.start()
        return True

    def poll_other_pcs(self) -> None:
        feed = getattr(self, "_feed", None)
        if feed is not None:
            self.publish(feed.poll(), OTHER_PC)

    def stop_following(self) -> None:
        timer, self._timer = getattr(self, "_timer", None), None
        if timer is not None:
            timer.stop()
        feed, self._feed = getattr(self, "_feed", None), None
        if feed is not None:
            feed.close()
