"""The Qt driver: real timers aimed at the engine's deadlines, idle in between."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasm_stretch.core.clock import scaled_clock
from spasm_stretch.core.engine import EventKind, Session, SessionEvent, SessionState
from spasm_stretch.core.model import HoldRange, Routine, Step
from spasm_stretch.core.plan import make_plan
from spasm_stretch.qt_driver import SessionDriver
from tests.helpers.clock import FakeClock

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
    """At double speed a 6 s routine takes 3 s; each event is under 30 ms late, one wake-up each."""
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
    assert polls <= distinct_times + 2
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
