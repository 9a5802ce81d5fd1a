"""The session engine: every control in every phase, driven by a fake clock."""

from __future__ import annotations

import pytest

from spasm_stretch.core.engine import EventKind, Session, SessionEvent, SessionState
from spasm_stretch.core.model import FlowPose, HoldRange, Routine, Side, Step
from spasm_stretch.core.plan import SegmentKind, make_plan
from tests.helpers.clock import FakeClock

E = EventKind


def routine(*steps: Step, prepare: float = 5, switch: float = 5) -> Routine:
    return Routine("r", "R", "calf", "s", tuple(steps), prepare=prepare, switch=switch)


def step(name: str = "S", hold: float = 20, **fields: object) -> Step:
    return Step(name, ("Do it.",), HoldRange(hold, hold), **fields)  # type: ignore[arg-type]


def session(r: Routine) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    return Session(make_plan(r), clock), clock


def run_until(s: Session, clock: FakeClock, offset: float) -> list[SessionEvent]:
    """Advance deadline by deadline (as the Qt driver does) until ``offset``."""
    events: list[SessionEvent] = []
    target = clock.now + (offset - s.offset())
    while (deadline := s.next_deadline()) is not None and deadline <= target:
        clock.now = max(clock.now, deadline)
        events += s.poll()
    clock.now = max(clock.now, target)
    events += s.poll()
    return events


def kinds(events: list[SessionEvent]) -> list[tuple[str, float]]:
    return [(e.kind.value if e.count is None else str(e.count), e.planned) for e in events]


TWO_SIDED = routine(step("Calf", 20, both_sides=True, rest=10), step("Neck", 10))


def test_whole_routine_fires_every_event_at_its_planned_time() -> None:
    """A two-step routine fires start, halfway, 3-2-1, switch, step and routine done in order."""
    s, clock = session(TWO_SIDED)
    events = s.start() + run_until(s, clock, 1000)
    assert kinds(events) == [
        ("segment_started", 0),
        ("segment_started", 5),
        ("halfway", 15),
        ("3", 22),
        ("2", 23),
        ("1", 24),
        ("switch_sides", 25),
        ("segment_started", 30),
        ("halfway", 40),
        ("3", 47),
        ("2", 48),
        ("1", 49),
        ("step_done", 50),
        ("segment_started", 50),
        ("segment_started", 60),
        ("segment_started", 65),
        ("halfway", 70),
        ("3", 72),
        ("2", 73),
        ("1", 74),
        ("step_done", 75),
        ("routine_done", 75),
    ]
    assert s.state is SessionState.FINISHED
    assert s.running_time() == pytest.approx(75)
    assert [e.text for e in events[:2]] == ["Get into position: Calf", "Hold - left side"]


def test_remaining_is_deadline_minus_now_and_never_negative() -> None:
    """The countdown shows the segment's end minus now, to the millisecond."""
    s, clock = session(TWO_SIDED)
    s.start()
    clock.advance(7.25)
    position = s.position()
    assert position.segment.kind is SegmentKind.HOLD
    assert position.remaining == pytest.approx(17.75)
    assert position.time_left == pytest.approx(67.75)
    clock.advance(10_000)
    assert s.position().remaining == 0
    assert s.position().time_left == 0


@pytest.mark.parametrize("at", [2.0, 55.0], ids=["prepare", "rest"])
def test_pause_freezes_time_in_prepare_and_rest(at: float) -> None:
    """While paused nothing fires and the remaining time stays put; resume carries on."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, at)
    before = s.position().remaining
    assert [e.kind for e in s.pause()] == [E.PAUSED]
    clock.advance(300)
    assert s.poll() == []
    assert s.next_deadline() is None
    assert s.position().remaining == pytest.approx(before)
    assert [e.kind for e in s.resume()] == [E.RESUMED]
    assert s.position().remaining == pytest.approx(before)
    run_until(s, clock, 1000)
    assert s.running_time() == pytest.approx(75)


def test_next_in_prepare_starts_the_hold_now() -> None:
    """Next during 'get into position' skips straight to the hold."""
    s, clock = session(TWO_SIDED)
    s.start()
    clock.advance(1)
    assert kinds(s.next()) == [("segment_started", 5)]
    assert s.position().segment.side is Side.LEFT
    assert s.summary().holds_skipped == 0


def test_next_in_a_hold_goes_to_the_switch_and_counts_a_skip() -> None:
    """Next during the left hold moves on to switching sides; the time left drops by the rest."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 8)
    left = s.position().time_left
    assert kinds(s.next()) == [("switch_sides", 25)]
    assert s.summary().holds_skipped == 1
    assert left - s.position().time_left == pytest.approx(17)


def test_next_on_the_last_hold_finishes_the_routine() -> None:
    """Next in the final hold ends the session with 'routine done', once."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 68)
    events = s.next()
    assert [e.kind for e in events] == [E.STEP_DONE, E.ROUTINE_DONE]
    assert s.state is SessionState.FINISHED
    assert s.next() == []
    assert s.poll() == []


def test_back_restarts_the_step_without_repeating_step_done() -> None:
    """Back in the middle of a step returns to its prepare, announcing only that."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 70)
    left = s.position().time_left
    assert kinds(s.back()) == [("segment_started", 60)]
    assert s.position().time_left - left == pytest.approx(10)


def test_back_in_the_first_two_seconds_goes_to_the_previous_side() -> None:
    """A quick second press of Back reaches the side before (the last of the step before)."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 61)
    assert kinds(s.back()) == [("switch_sides", 25)]


def test_back_on_the_right_side_redoes_only_the_right_side() -> None:
    """Left during the right hold goes to its switch, not to the left side; again, to the left."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 40)
    assert kinds(s.back()) == [("switch_sides", 25)]
    segment = s.position().segment
    assert (segment.kind, segment.side) == (SegmentKind.SWITCH, Side.RIGHT)
    clock.advance(1.5)
    assert kinds(s.back()) == [("segment_started", 0)]
    clock.advance(3)
    s.poll()
    assert kinds(s.back()) == [("segment_started", 0)], "3 s after the press: this side again"


def test_back_in_the_second_rep_goes_to_the_start_of_that_rep() -> None:
    s, clock = session(routine(step("Calf", 10, reps=2)))
    s.start()
    run_until(s, clock, 22)  # prepare 0-5, rep 1 5-15, relax 15-20, rep 2 20-30
    assert s.position().segment.rep == 2
    assert kinds(s.back()) == [("segment_started", 15)]
    assert kinds(s.back()) == [("segment_started", 0)]


def test_back_while_paused_stays_paused_and_a_second_press_goes_further() -> None:
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 40)
    s.pause()
    s.back()
    clock.advance(30)  # a long think while paused: still within the place's first seconds
    s.back()
    assert s.offset() == 0 and s.state is SessionState.PAUSED


def test_back_on_the_first_step_restarts_it() -> None:
    """Back at the very start stays on step one."""
    s, clock = session(TWO_SIDED)
    s.start()
    clock.advance(1)
    assert kinds(s.back()) == [("segment_started", 0)]
    assert s.state is SessionState.RUNNING


def test_extend_adds_ten_seconds_and_the_countdown_follows() -> None:
    """+10 s in a hold moves its end, the 3-2-1 and everything after by ten seconds."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 10)
    assert s.extend() == []
    assert s.total == pytest.approx(85)
    assert s.position().remaining == pytest.approx(25)
    events = run_until(s, clock, 36)
    assert kinds(events) == [("halfway", 15), ("3", 32), ("2", 33), ("1", 34), ("switch_sides", 35)]
    assert s.summary().holds_extended == 1


def test_extend_in_the_last_second_replays_the_countdown() -> None:
    """Extending after '1' has sounded counts down again at the new end."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 24.5)
    s.extend()
    events = run_until(s, clock, 36)
    assert kinds(events) == [("3", 32), ("2", 33), ("1", 34), ("switch_sides", 35)]


def test_extend_a_flow_keeps_alternating_poses() -> None:
    """+10 s in cat-cow adds more poses in turn, not a frozen pose."""
    poses = (FlowPose("Cat", "up", 5), FlowPose("Cow", "down", 5))
    s, clock = session(routine(step("Cat-cow", 10, flow=poses), prepare=0))
    s.start()
    run_until(s, clock, 2)
    s.extend()
    events = run_until(s, clock, 100)
    assert [e.text for e in events if e.kind is E.POSE_CHANGED] == ["Cow", "Cat", "Cow"]
    assert s.total == 20


def test_one_second_and_ten_minute_holds() -> None:
    """A 1 s hold has no countdown or halfway; a 10 min hold has both at the right times."""
    s, clock = session(routine(step("Short", 1), step("Long", 600), prepare=0))
    events = s.start() + run_until(s, clock, 10_000)
    assert kinds(events) == [
        ("segment_started", 0),
        ("step_done", 1),
        ("segment_started", 1),
        ("halfway", 301),
        ("3", 598),
        ("2", 599),
        ("1", 600),
        ("step_done", 601),
        ("routine_done", 601),
    ]


def test_a_long_stall_pauses_the_session_and_says_so() -> None:
    """After a suspend, the session pauses at the first missed event with no burst of cues."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 10)
    clock.advance(3600)
    (event,) = s.poll()
    assert event.kind is E.PAUSED
    assert event.stalled
    assert "held up" in event.text
    assert s.state is SessionState.PAUSED
    assert s.offset() == pytest.approx(15)
    assert kinds(s.resume()) == [("resumed", 15), ("halfway", 15)]
    events = run_until(s, clock, 1000)
    assert events[0].kind is E.COUNTDOWN
    assert s.running_time() == pytest.approx(75)


def test_a_short_stall_drops_stale_countdown_ticks() -> None:
    """A 2 s hiccup during the countdown drops the stale '2' but keeps '1' and the switch."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 22.5)
    clock.advance(2.0)
    assert kinds(s.poll()) == [("1", 24)]
    clock.advance(1.0)
    assert kinds(s.poll()) == [("switch_sides", 25)]
    assert s.state is SessionState.RUNNING


def test_stop_is_terminal_and_said_once() -> None:
    """Stop ends the session with one 'stopped' event; later controls do nothing."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 12)
    events = s.stop()
    assert events[-1].kind is E.STOPPED
    assert s.stop() == []
    assert s.resume() == s.next() == s.back() == s.extend() == s.poll() == []
    assert s.running_time() == pytest.approx(12)


def test_next_while_paused_moves_the_display_but_stays_paused() -> None:
    """Skipping while paused shows the next segment without starting the clock."""
    s, clock = session(TWO_SIDED)
    s.start()
    clock.advance(2)
    s.pause()
    assert kinds(s.next()) == [("segment_started", 5)]
    assert s.state is SessionState.PAUSED
    clock.advance(50)
    assert s.position().remaining == 20


def test_toggle_is_start_pause_resume() -> None:
    """One key starts, pauses and resumes."""
    s, _ = session(TWO_SIDED)
    assert s.toggle()[0].kind is E.SEGMENT_STARTED
    assert s.toggle()[0].kind is E.PAUSED
    assert s.toggle()[0].kind is E.RESUMED


def test_a_freeze_reported_by_the_driver_pauses_where_it_began() -> None:
    """stall(since): the hold keeps the seconds it had when the app froze, and says how long."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 10)
    frozen_at = clock.now
    clock.advance(20)
    (event,) = s.stall(frozen_at, 20.2)
    assert (event.kind, event.stalled) == (E.PAUSED, True)
    assert event.text == "Paused: the app was held up for 20 s (computer busy or asleep)"
    assert s.state is SessionState.PAUSED
    assert s.offset() == pytest.approx(10)
    assert s.running_time() == pytest.approx(10)
    assert s.stall(frozen_at, 20) == []


def test_extend_during_the_switch_lengthens_the_hold_it_leads_into() -> None:
    """Pressing +10 s while switching sides keeps the switch at 5 s and gives the hold 30 s."""
    s, clock = session(TWO_SIDED)
    s.start()
    run_until(s, clock, 26)  # in the switch (25-30)
    assert s.position().segment.kind is SegmentKind.SWITCH
    s.extend()
    assert s.position().remaining == pytest.approx(4)
    run_until(s, clock, 31)
    assert s.position().segment.kind is SegmentKind.HOLD
    assert s.position().remaining == pytest.approx(29)
    assert s.summary().holds_extended == 1
