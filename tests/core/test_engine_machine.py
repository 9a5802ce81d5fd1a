"""Any sequence of controls and clock moves keeps the session's promises."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from spasm_stretch.core.engine import TERMINAL_KINDS, Session, SessionEvent, SessionState
from spasm_stretch.core.model import FlowPose, HoldRange, Routine, Step
from spasm_stretch.core.plan import make_plan
from tests.helpers.clock import FakeClock

ROUTINE = Routine(
    "r",
    "R",
    "back",
    "s",
    (
        Step("One", ("a",), HoldRange(12, 12), both_sides=True, reps=2, rest=4),
        Step("Tiny", ("a",), HoldRange(1, 1)),
        Step(
            "Flow", ("a",), HoldRange(9, 9), flow=(FlowPose("Cat", "u", 3), FlowPose("Cow", "d", 2))
        ),
    ),
    prepare=3,
    switch=2,
)


class SessionMachine(RuleBasedStateMachine):
    """Drives a session as a user and a wobbly event loop might."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.plan = make_plan(ROUTINE)
        self.session = Session(self.plan, self.clock)
        self.events: list[SessionEvent] = []
        self.last_running_time = 0.0
        # How far Next moved the progress bar forward, and Back moved it back, in all.
        self.skipped = 0.0
        self.repeated = 0.0
        self.added = 0.0  # what +10 s added to the plan, holds and rests alike

    def take(self, batch: list[SessionEvent]) -> None:
        planned = [e.planned for e in batch]
        assert planned == sorted(planned), "events within one batch are in planned order"
        terminal_before = any(e.kind in TERMINAL_KINDS for e in self.events)
        assert not (terminal_before and batch), "nothing fires after the end"
        self.events += batch

    @rule()
    def start(self) -> None:
        self.take(self.session.start())

    @rule()
    def toggle(self) -> None:
        self.take(self.session.toggle())

    def jump(self, control: Callable[[], list[SessionEvent]]) -> None:
        """Press Next or Back, noting how far the progress bar moved."""
        before = self.session.position().offset
        self.take(control())
        moved = self.session.position().offset - before
        if moved > 0:
            self.skipped += moved
        else:
            self.repeated -= moved

    @rule()
    def next(self) -> None:
        self.jump(self.session.next)

    @rule()
    def back(self) -> None:
        self.jump(self.session.back)

    @rule()
    def extend(self) -> None:
        before = sum(segment.length for segment in self.session.segments)
        self.take(self.session.extend())
        self.added += sum(segment.length for segment in self.session.segments) - before

    @precondition(lambda self: len(self.events) > 30)
    @rule()
    def stop(self) -> None:
        self.take(self.session.stop())

    @rule(seconds=st.floats(0, 15))
    def wait_like_the_driver(self, seconds: float) -> None:
        """Wake at each deadline, as the Qt driver's single-shot timer does."""
        target = self.clock.now + seconds
        while (deadline := self.session.next_deadline()) is not None and deadline <= target:
            self.clock.now = max(self.clock.now, deadline)
            self.take(self.session.poll())
        self.clock.now = target
        self.take(self.session.poll())

    @rule(seconds=st.floats(0, 120))
    def stall(self, seconds: float) -> None:
        """The loop is blocked (or the laptop sleeps), then wakes once."""
        self.clock.advance(seconds)
        self.take(self.session.poll())

    @invariant()
    def time_never_runs_backwards(self) -> None:
        running = self.session.running_time()
        assert running >= self.last_running_time - 1e-9
        self.last_running_time = running

    @invariant()
    def remaining_is_never_negative(self) -> None:
        position = self.session.position()
        assert position.remaining >= 0
        assert position.time_left >= 0
        assert 0 <= position.offset <= self.session.total

    @invariant()
    def only_a_running_session_has_a_deadline(self) -> None:
        has_deadline = self.session.next_deadline() is not None
        assert has_deadline == (self.session.state is SessionState.RUNNING)

    @invariant()
    def exactly_one_terminal_event_once_over(self) -> None:
        terminal = [e for e in self.events if e.kind in TERMINAL_KINDS]
        over = self.session.state in (SessionState.FINISHED, SessionState.STOPPED)
        assert len(terminal) == (1 if over else 0)

    @invariant()
    def active_time_adds_up_at_the_finish(self) -> None:
        if self.session.state is not SessionState.FINISHED:
            return
        s = self.session
        expected = self.plan.total + self.added - self.skipped + self.repeated
        assert s.summary().seconds_extended <= self.added + 1e-6, "holds' seconds, of all added"
        assert s.running_time() == pytest.approx(expected, abs=1e-6)


SessionMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=60, deadline=None)
TestSessionMachine = SessionMachine.TestCase
