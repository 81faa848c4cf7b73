"""Guard against a Qt binding that loses references (PySide6 6.12.0 on Python 3.11 dropped
one reference to True per Signal.emit() and one to None per void call, and aborted the
interpreter after a few thousand: an office session would crash)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    carried = Signal(object)


def test_emitting_signals_keeps_true_and_none_alive(qtbot):
    o = _Emitter()
    seen = []
    o.carried.connect(seen.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        o.changed.emit()
        o.carried.emit(True)
        o.setObjectName("x")
    assert len(seen) == 200
    # other code may hold or drop a few references meanwhile; a leak loses hundreds
    assert sys.getrefcount(True) >= true_before - 20
    assert sys.getrefcount(None) >= none_before - 20
