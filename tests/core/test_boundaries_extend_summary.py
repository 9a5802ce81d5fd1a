"""'Holds extended' on the finished screen counts holds only: a longer rest is not a longer hold."""

from __future__ import annotations

from spasm_stretch.core.engine import EXTEND_SECONDS, Session
from spasm_stretch.core.model import HoldRange, Routine, Step
from spasm_stretch.core.plan import SegmentKind, make_plan
from tests.helpers.clock import FakeClock
from tests.helpers.session_run import run_to

# Prepare 0-5, hold 5-25, rest 25-35, prepare 35-40, hold 40-60.
TWO_STEPS = Routine(
    "r", "R", "calf", "s",
    (Step("Calf", ("Lean in.",), HoldRange(20, 20), rest=10),
     Step("Neck", ("Tilt.",), HoldRange(20, 20))),
    prepare=5, switch=5,
)  # fmt: skip
HOLD_END = 25.0


def extend_at(offset: float) -> tuple[SegmentKind, int, float]:
    """Press +10 s at ``offset``: the kind extended, then the summary's holds and seconds."""
    clock = FakeClock()
    session = Session(make_plan(TWO_STEPS), clock)
    run_to(session, clock, offset)
    kind = session.position().segment.kind
    session.extend()
    summary = session.summary()
    return kind, summary.holds_extended, summary.seconds_extended


def test_extend_in_the_last_quarter_second_of_a_hold_counts_one_hold() -> None:
    """Still holding: the hold is the one made longer, and the summary says so."""
    assert extend_at(HOLD_END - 0.25) == (SegmentKind.HOLD, 1, EXTEND_SECONDS)


def test_extend_as_the_rest_begins_lengthens_the_rest_and_counts_no_hold() -> None:
    """The hold has ended at that instant: the rest gets the 10 s, and no hold or second counts."""
    assert extend_at(HOLD_END) == (SegmentKind.REST, 0, 0.0)


def test_a_hold_and_a_rest_extended_count_one_hold_and_its_ten_seconds_only() -> None:
    """The summary read "Holds extended: 1 (+20 s)" when the rest had 10 of those seconds."""
    clock = FakeClock()
    session = Session(make_plan(TWO_STEPS), clock)
    run_to(session, clock, HOLD_END - 5)
    session.extend()
    run_to(session, clock, HOLD_END + EXTEND_SECONDS + 1)
    assert session.position().segment.kind is SegmentKind.REST
    session.extend()
    summary = session.summary()
    assert (summary.holds_extended, summary.seconds_extended) == (1, EXTEND_SECONDS)


def test_an_extended_rest_makes_the_rest_longer_not_the_hold() -> None:
    """The next step's prepare starts 10 s later; the hold before kept its 20 s."""
    clock = FakeClock()
    session = Session(make_plan(TWO_STEPS), clock)
    run_to(session, clock, HOLD_END + 1)
    session.extend()
    kinds = [(s.kind, s.start, s.length) for s in session.segments[1:3]]
    assert kinds == [(SegmentKind.HOLD, 5.0, 20.0), (SegmentKind.REST, 25.0, 20.0)]
    assert session.summary().holds_extended == 0
