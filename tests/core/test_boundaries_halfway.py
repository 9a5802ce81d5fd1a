"""The 'halfway' cue: an 8-second hold has one, at 4 s; a 7-second hold is too short for one."""

from __future__ import annotations

from spasm_stretch.core.engine import EventKind, Session
from spasm_stretch.core.model import HoldRange, Routine, Step
from spasm_stretch.core.plan import make_plan
from tests.helpers.clock import FakeClock
from tests.helpers.session_run import run_to

PREPARE = 5.0


def halfway_cues(hold: float) -> list[float]:
    """When 'halfway' sounds, seconds into the hold, in a whole run of a one-hold routine."""
    step = Step("Calf", ("Lean in.",), HoldRange(hold, hold))
    routine = Routine("r", "R", "calf", "s", (step,), prepare=PREPARE, switch=5)
    clock = FakeClock()
    events = run_to(Session(make_plan(routine), clock), clock, PREPARE + hold)
    return [e.planned - PREPARE for e in events if e.kind is EventKind.HALFWAY]


def test_an_eight_second_hold_says_halfway_at_four_seconds() -> None:
    """The shortest hold that gets the cue: at 8 s, 'halfway' comes at 4 s."""
    assert halfway_cues(8) == [4.0]


def test_a_seven_second_hold_gets_no_halfway() -> None:
    """One second shorter: no halfway cue, only the 3-2-1 countdown."""
    assert halfway_cues(7) == []


def test_a_nine_second_hold_says_halfway_at_four_and_a_half() -> None:
    """Above the edge the cue stays at the middle."""
    assert halfway_cues(9) == [4.5]
