"""Back in a side's first two seconds goes to the side before; from 2 s on it redoes this side."""

from __future__ import annotations

from spasm_stretch.core.engine import Session
from spasm_stretch.core.model import HoldRange, Routine, Side, Step
from spasm_stretch.core.plan import SegmentKind, make_plan
from tests.helpers.clock import FakeClock
from tests.helpers.session_run import run_to

# Prepare 0-5, left hold 5-25, switch 25-30, right hold 30-50: the right side starts at 25
# with its lead-in (the switch), and Back counts its seconds from there.
CALF = Routine(
    "r", "R", "calf", "s",
    (Step("Calf", ("Lean in.",), HoldRange(20, 20), both_sides=True),),
    prepare=5, switch=5,
)  # fmt: skip
LEFT_SIDE, RIGHT_SIDE = 0.0, 25.0


def back_at(seconds_into_right_side: float) -> tuple[float, Side]:
    """Press Back that long after the right side began: where the session goes, and its side."""
    clock = FakeClock()
    session = Session(make_plan(CALF), clock)
    run_to(session, clock, RIGHT_SIDE + seconds_into_right_side)
    session.back()
    position = session.position()
    hold = next(s for s in session.segments[position.segment_index :] if s.is_active)
    return position.offset, hold.side


def test_back_just_before_two_seconds_goes_to_the_left_side() -> None:
    """A second press soon after the side changed: the person wants the side before."""
    assert back_at(1.75) == (LEFT_SIDE, Side.LEFT)


def test_back_at_two_seconds_redoes_the_right_side() -> None:
    """At 2 s the grace is over: Back starts this side again, from its switch."""
    assert back_at(2.0) == (RIGHT_SIDE, Side.RIGHT)


def test_back_at_three_seconds_redoes_the_right_side() -> None:
    """Well into the side, Back never throws away the side already done."""
    assert back_at(3.0) == (RIGHT_SIDE, Side.RIGHT)


def test_the_right_side_starts_with_its_switch() -> None:
    """The grace counts from the switch, the right side's lead-in, as the plan lays it out."""
    plan = make_plan(CALF)
    switch = next(s for s in plan.segments if s.kind is SegmentKind.SWITCH)
    assert (switch.start, switch.side) == (RIGHT_SIDE, Side.RIGHT)
