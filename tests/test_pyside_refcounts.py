"""Guard against a Qt binding that corrupts reference counts on signal emission.

PySide6 6.12.0 drops one reference to ``True`` on every ``Signal.emit()``.
On Python 3.11 ``True`` is not immortal, so after a few thousand emissions
(minutes of a session with its 10 Hz display tick) the process aborts with
"bool_dealloc: deallocating True or False". The dependency pins avoid that
release; this test fails if a broken build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_leaves_bool_refcounts_alone(qtbot: QtBot) -> None:
    """A thousand emissions must not drain True's or False's reference count."""
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(1000):
        emitter.fired.emit(number)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 1000
    assert after[0] - before[0] >= 0
    assert after[1] - before[1] >= 0
