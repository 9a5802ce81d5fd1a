"""The cramp timer reads the clock, so its 10-minute warning is on time however the UI ticks."""

from __future__ import annotations

from spasm_stretch.core.cramp_timer import CrampTimer
from tests.helpers.clock import FakeClock


def test_timer_counts_from_start_and_freezes_when_stopped() -> None:
    clock = FakeClock()
    timer = CrampTimer(clock, limit=600)
    assert (timer.running, timer.elapsed()) == (False, 0.0)
    timer.start()
    clock.advance(95.5)
    assert timer.running and timer.elapsed() == 95.5
    timer.stop()
    clock.advance(300)
    assert not timer.running and timer.elapsed() == 95.5
    timer.start()
    assert timer.elapsed() == 0.0


def test_limit_is_reached_at_exactly_ten_minutes() -> None:
    clock = FakeClock()
    timer = CrampTimer(clock, limit=600)
    timer.start()
    clock.advance(599.9)
    assert not timer.over_limit()
    assert abs((timer.seconds_to_limit() or 0) - 0.1) < 1e-9
    clock.advance(0.1)
    assert timer.over_limit() and timer.seconds_to_limit() is None
    timer.stop()
    assert timer.over_limit(), "a stopped 10-minute cramp still counts as long"
    timer.reset()
    assert not timer.over_limit() and not timer.started
