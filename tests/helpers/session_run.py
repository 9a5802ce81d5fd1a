"""Run a session on a fake clock as the Qt driver does: woken at each event and display tick."""

from __future__ import annotations

from collections.abc import Callable

from spasm_stretch.core.engine import Session, SessionEvent
from spasm_stretch.qt_driver import LATE_MS, SessionDriver
from tests.helpers.clock import FakeClock


def run_to(session: Session, clock: FakeClock, offset: float) -> list[SessionEvent]:
    """Start ``session`` if need be and let it run, deadline by deadline, to ``offset`` seconds.

    Jumping the clock straight there would make the first missed event look
    late by many seconds, and the engine would rightly pause as if the computer
    had slept.
    """
    events = session.start()
    target = clock.now + (offset - session.offset())
    while (deadline := session.next_deadline()) is not None and deadline <= target:
        clock.now = max(clock.now, deadline)
        events += session.poll()
    clock.advance(max(0.0, target - clock.now))
    events += session.poll()
    return events


def display_ticks(
    driver: SessionDriver,
    clock: FakeClock,
    seconds: float,
    after_each: Callable[[], object] = lambda: None,
) -> list[float]:
    """Fire the display timer as Qt would, for ``seconds``: the time left at each tick.

    A tick comes up to ``LATE_MS`` after its moment, so one due at the very end counts;
    ``after_each`` runs after each (e.g. to let the window paint).
    """
    shown: list[float] = []
    driver.ticked.connect(lambda position: shown.append(position.remaining))
    end = clock.now + seconds + (LATE_MS + 1) / 1000
    while clock.now + driver._display_timer.interval() / 1000 <= end:
        assert driver._display_timer.isActive() and driver._display_timer.isSingleShot()
        wait = driver._display_timer.interval()
        driver._display_timer.stop()
        clock.advance(wait / 1000)
        driver._display_timer.timeout.emit()
        after_each()
    return shown
