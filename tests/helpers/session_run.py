"""Run a session on a fake clock as the Qt driver does: woken at each event, never late."""

from __future__ import annotations

from spasm_stretch.core.engine import Session, SessionEvent
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
