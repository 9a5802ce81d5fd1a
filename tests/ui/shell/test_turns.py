"""Start-up work after the first paint: a step per turn of the loop, so input gets through."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from spasm_stretch.ui.widgets.turns import one_per_turn


def turn_until(done: Callable[[], bool]) -> int:
    """Turn the event loop one pass at a time until ``done``; the number of passes."""
    deadline, turns = time.monotonic() + 5, 0
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        turns += 1
    assert done()
    return turns


def test_steps_run_in_order_each_in_a_pass_of_the_loop_of_its_own(qtbot: QtBot) -> None:
    """No pass of the loop runs two steps: between them it looks at input and paint again.

    (Chained zero-delay calls all ran in one pass: one long block after the first paint.)
    """
    owner = QObject()
    done: list[str] = []
    one_per_turn(owner, [lambda: done.append("first"), lambda: done.append("second")])
    assert done == [], "nothing runs before the loop turns"
    turn_until(lambda: bool(done))
    assert done == ["first"], "the second step waits for a pass of its own"
    turn_until(lambda: len(done) == 2)
    assert done == ["first", "second"]


def test_steps_stop_with_their_owner(qtbot: QtBot) -> None:
    """A window deleted before its steps ran: they never run on it."""
    owner, other = QObject(), QObject()
    done: list[str] = []
    one_per_turn(owner, [lambda: done.append("dead owner's")])
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(owner, QEvent.Type.DeferredDelete)
    one_per_turn(other, [lambda: done.append("live owner's")])  # due after the first
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    assert done == ["live owner's"]
