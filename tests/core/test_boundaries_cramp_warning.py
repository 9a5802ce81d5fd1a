"""The long-cramp warning comes at ten minutes to the second, even while 'which leg?' waits."""

from __future__ import annotations

from datetime import datetime

from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.cramp import CrampFlow, Phase
from spasm_stretch.resources import assets_dir
from tests.helpers.clock import FakeClock

START = datetime(2026, 11, 25, 3, 0).astimezone()
TEN_MINUTES = 600.0


def leg_cramp(clock: FakeClock) -> CrampFlow:
    """A calf cramp just named, with the limit the shipped guidance sets; the app asks the side."""
    limit = load_guidance(assets_dir() / "content").doctor.long_cramp_minutes * 60
    flow = CrampFlow(clock, lambda: START, limit)
    flow.begin("Calf or foot", routine_id="calf", ask_side=True)
    return flow


def test_a_cramp_left_at_which_leg_is_warned_about_at_ten_minutes() -> None:
    """Someone too cramped to answer 'which leg?' still gets 'see your doctor' at 10:00."""
    clock = FakeClock()
    flow = leg_cramp(clock)
    clock.advance(TEN_MINUTES - 1)
    assert flow.phase is Phase.SIDE
    assert not flow.warning_due(), "no warning at 9:59"
    assert flow.seconds_to_limit() == 1
    clock.advance(1)
    assert flow.phase is Phase.SIDE
    assert flow.warning_due(), "the warning at 10:00, with the question still open"
    assert flow.seconds_to_limit() is None


def test_the_warning_still_comes_once_the_side_is_given_after_ten_minutes() -> None:
    """Answering the side late does not take the due warning back."""
    clock = FakeClock()
    flow = leg_cramp(clock)
    clock.advance(TEN_MINUTES)
    flow.choose_side("left")
    assert flow.phase is Phase.STRETCHING and flow.warning_due()
