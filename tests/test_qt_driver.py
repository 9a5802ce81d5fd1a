"""The Qt driver: real timers aimed at the engine's deadlines, idle in between."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasm_stretch.core.clock import scaled_clock
from spasm_stretch.core.engine import EventKind, Session, SessionEvent, SessionState
from spasm_stretch.core.model import HoldRange, Routine, Step
from spasm_stretch.core.plan import SegmentKind, make_plan
from spasm_stretch.qt_driver import HEARTBEAT_MS, SessionDriver
from spasm_stretch.trace import resume_after_stalls
from tests.helpers.clock import FakeClock
from tests.helpers.session_run import display_ticks

TINY = Routine(
    "tiny", "Tiny", "calf", "s",
    (Step("Hold", ("a",), HoldRange(2, 2), both_sides=True),),
    prepare=1, switch=1,
)  # fmt: skip
TINY_YAML = """\
id: tiny
name: Tiny
area: calf
summary: A very short routine.
prepare: 1
switch: 1
steps:
  - name: Hold
    instructions: [Hold still.]
    hold: 2
    sides: both
"""


def active_timers(driver: SessionDriver) -> list[QTimer]:
    return [t for t in driver.findChildren(QTimer) if t.isActive()]


def test_events_fire_on_time_in_real_time(qtbot: QtBot) -> None:
    """At double speed a 6 s routine takes 3 s; events under 30 ms late, no wake-up in between.

    Besides one wake-up per event time, the driver wakes only for its
    freeze-detecting heartbeat (four times a second).
    """
    speed = 2.0
    session = Session(make_plan(TINY), scaled_clock(speed))
    polls = 0
    real_poll = session.poll

    def counting_poll() -> list[SessionEvent]:
        nonlocal polls
        polls += 1
        return real_poll()

    session.poll = counting_poll  # type: ignore[method-assign]
    driver = SessionDriver(session, speed=speed)
    fired: list[tuple[SessionEvent, float]] = []
    started = time.monotonic()
    driver.event_fired.connect(lambda e: fired.append((e, time.monotonic() - started)))
    with qtbot.waitSignal(
        driver.state_changed, timeout=6000, check_params_cb=lambda s: s is SessionState.FINISHED
    ):
        started = time.monotonic()
        driver.start()
    late_ms = [(actual - event.planned / speed) * 1000 for event, actual in fired]
    assert fired[-1][0].kind is EventKind.ROUTINE_DONE
    assert all(-1 <= late < 30 for late in late_ms), late_ms
    distinct_times = len({event.planned for event, _ in fired})
    heartbeats = math.ceil(fired[-1][1] * 1000 / HEARTBEAT_MS)
    assert polls <= distinct_times + heartbeats + 2
    assert active_timers(driver) == []


def test_timers_run_only_while_needed(qtbot: QtBot) -> None:
    """The deadline timer runs only while running; the display tick only when also asked for."""
    clock = FakeClock()
    driver = SessionDriver(Session(make_plan(TINY), clock))
    assert active_timers(driver) == []
    driver.start()
    assert len(active_timers(driver)) == 1
    driver.set_display_ticks(True)
    assert len(active_timers(driver)) == 2
    driver.pause()
    assert active_timers(driver) == []
    driver.resume()
    assert len(active_timers(driver)) == 2
    driver.set_display_ticks(False)
    driver.stop()
    assert active_timers(driver) == []


def test_controls_are_re_emitted_as_signals(qtbot: QtBot) -> None:
    """Every engine event from a control reaches listeners, and state changes are announced."""
    clock = FakeClock()
    driver = SessionDriver(Session(make_plan(TINY), clock))
    events: list[SessionEvent] = []
    states: list[SessionState] = []
    driver.event_fired.connect(events.append)
    driver.state_changed.connect(states.append)
    driver.start()
    driver.next()
    driver.pause()
    driver.stop()
    assert [e.kind for e in events] == [
        EventKind.SEGMENT_STARTED,
        EventKind.SEGMENT_STARTED,
        EventKind.PAUSED,
        EventKind.STOPPED,
    ]
    assert states == [SessionState.RUNNING, SessionState.PAUSED, SessionState.STOPPED]


def test_trace_prints_json_lines_for_every_event(tmp_path: Path) -> None:
    """'trace --json' prints one object per event with planned and actual real times."""
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_YAML, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "trace", str(path), "--speed", "20", "--json"],
        capture_output=True, text=True, check=True, timeout=30,
    )  # fmt: skip
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["event"] for r in records] == [
        "segment_started", "segment_started", "countdown", "switch_sides", "segment_started",
        "countdown", "step_done", "routine_done",
    ]  # fmt: skip
    assert records[1] | {"actual": 0, "late_ms": 0} == {
        "event": "segment_started", "cue": "hold_start", "planned": 0.05, "actual": 0,
        "late_ms": 0, "step": 1, "step_name": "Hold", "side": "left", "segment": "hold",
        "text": "Hold - left side",
    }  # fmt: skip
    assert records[-1]["planned"] == 0.3
    assert all(r["actual"] >= r["planned"] - 0.002 for r in records)


LONG_HOLD = Routine(
    "long", "Long", "calf", "s", (Step("Hold", ("a",), HoldRange(30, 30)),), prepare=5, switch=1
)  # fmt: skip


def wake_every_half_second(driver: SessionDriver, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        driver.refresh()


def long_hold_running(seconds: float) -> tuple[SessionDriver, FakeClock, list[SessionEvent]]:
    """The long hold started and followed for ``seconds``; its events so far, and later ones."""
    clock = FakeClock()
    driver = SessionDriver(Session(make_plan(LONG_HOLD), clock))
    events: list[SessionEvent] = []
    driver.event_fired.connect(events.append)
    driver.start()
    wake_every_half_second(driver, clock, seconds)
    return driver, clock, events


def test_the_driver_wakes_at_least_once_a_second(qtbot: QtBot) -> None:
    """Mid-hold, with the next event 25 s away, the timer is still due within a second."""
    driver, _, _ = long_hold_running(7)
    (timer,) = active_timers(driver)
    assert 0 < timer.remainingTime() <= 1000


def test_a_freeze_mid_hold_pauses_at_its_start_and_says_how_long(qtbot: QtBot) -> None:
    """20 s without a wake-up (SIGSTOP) in a 30 s hold: paused where it froze, '20 s' said."""
    driver, clock, events = long_hold_running(10)
    left_before = driver.position().remaining
    clock.advance(20)
    driver.refresh()
    assert events[-1].kind is EventKind.PAUSED
    assert events[-1].text.startswith("Paused: the app was held up for 20 s")
    assert driver.session.state is SessionState.PAUSED
    assert driver.position().remaining == pytest.approx(left_before)
    assert active_timers(driver) == []


def test_a_freeze_across_events_says_its_true_length(qtbot: QtBot) -> None:
    """A freeze spanning the halfway cue is measured from its start: 20 s, not 15 s."""
    driver, clock, events = long_hold_running(15)
    clock.advance(20)
    driver.toggle()  # a Space pressed during the freeze must not resume on top of it
    assert [e.kind for e in events[-1:]] == [EventKind.PAUSED]
    assert "held up for 20 s" in events[-1].text
    assert driver.session.offset() == pytest.approx(15)
    assert driver.session.state is SessionState.PAUSED


def test_trace_carries_on_after_a_freeze(qtbot: QtBot) -> None:
    """The trace prints the pause, then resumes by itself so that it finishes."""
    driver, clock, _ = long_hold_running(10)
    resume_after_stalls(driver)
    clock.advance(20)
    with qtbot.waitSignal(
        driver.state_changed, check_params_cb=lambda s: s is SessionState.RUNNING
    ):
        driver.refresh()
    assert driver.session.offset() == pytest.approx(10)


LONG_HOLD = Routine(
    "long", "Long", "neck", "s", (Step("Hold", ("a",), HoldRange(300, 300)),), prepare=1, switch=1
)  # fmt: skip


def long_hold_at(remaining: float, *, every: float) -> tuple[SessionDriver, FakeClock]:
    """The 300 s hold, running with ``remaining`` seconds left, redrawn every ``every`` s."""
    clock = FakeClock()
    driver = SessionDriver(Session(make_plan(LONG_HOLD), clock))
    driver.start()
    while driver.position().segment.kind is not SegmentKind.HOLD or (
        driver.position().remaining > remaining + 0.5
    ):
        clock.advance(0.5)
        driver.refresh()
    clock.advance(driver.position().remaining - remaining)
    driver.refresh()
    driver.set_display_interval(every)
    driver.set_display_ticks(True)
    return driver, clock


def test_a_long_hold_redraws_as_each_second_begins_and_evenly_between(qtbot: QtBot) -> None:
    """An arc moving a step every 0.3 s: three redraws a second, one on each new number.

    Never two redraws a few milliseconds apart (the old way: one for the arc,
    one for the number), never one before the second it shows, and no timer
    is ever left waiting that would wake the app for nothing.
    """
    driver, clock = long_hold_at(199.7, every=0.3)
    shown = display_ticks(driver, clock, 10)
    assert len(shown) == 30
    for remaining in shown:
        thirds = remaining * 3
        assert 0 < math.ceil(thirds) - thirds <= 0.003 * 3 + 1e-9, remaining  # just past it
    numbers = [math.ceil(r) for r in shown]
    assert sorted(set(numbers)) == list(range(190, 201))  # every number drawn on time
    assert numbers[:3] == [200, 200, 199] and numbers.count(199) == 3
    driver.stop()


@pytest.mark.parametrize(
    ("every", "per_second"),
    [(1 / 3, 3), (1 / 3 + 0.001, 2), (0.9, 1), (2.5, 1), (0.01, 8), (1 / 8, 8), (1 / 7.99, 7)],
)
def test_the_arc_is_redrawn_no_more_often_than_it_moves_and_at_most_8_times_a_second(
    qtbot: QtBot, every: float, per_second: int
) -> None:
    """As many redraws a second as whole steps fit in it (a step a hair longer: one fewer)."""
    driver, clock = long_hold_at(150.0, every=every)
    assert len(display_ticks(driver, clock, 5)) == 5 * per_second
    driver.stop()


def test_a_hold_with_the_display_ticking_has_only_the_driver_s_two_timers(qtbot: QtBot) -> None:
    """The freeze check waits a whole second; between redraws nothing else runs."""
    driver, clock = long_hold_at(199.5, every=0.5)
    display_ticks(driver, clock, 3)
    assert driver._deadline_timer.interval() == HEARTBEAT_MS
    assert sorted(t.interval() for t in active_timers(driver)) == [
        driver._display_timer.interval(),
        HEARTBEAT_MS,
    ]
    driver.stop()


def test_at_demo_speed_the_number_is_still_redrawn_as_each_session_second_begins(
    qtbot: QtBot,
) -> None:
    """--speed 4: four session seconds a real second, so four redraws, each on a new number."""
    clock = FakeClock()
    driver = SessionDriver(Session(make_plan(LONG_HOLD), scaled_clock(4, clock)), speed=4)
    driver.start()
    for _ in range(40):  # 10 session seconds, woken as a running session is
        clock.advance(0.0625)
        driver.refresh()
    driver.set_display_interval(1.0)
    driver.set_display_ticks(True)
    shown = display_ticks(driver, clock, 2)  # real seconds
    assert len(shown) == 8
    assert all(0 < math.ceil(left) - left <= 0.003 * 4 + 1e-9 for left in shown)
    driver.stop()
