"""The wall alarm (Linux timerfd) and the reminder timer aimed by it: no check between instants."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import Reminder, ReminderState
from spasm_stretch.desktop.reminder_timer import ReminderTimer
from spasm_stretch.desktop.wall_alarm import WallAlarm
from tests.helpers.clock import FakeWallClock

BERLIN = ZoneInfo("Europe/Berlin")
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="timerfd is Linux's")


@linux_only
def test_an_instant_already_past_rings_at_once_and_a_far_one_waits_until_stopped(
    qtbot: QtBot,
) -> None:
    """Past (the machine slept through it): rings now. Tomorrow: set, then stopped, silent."""
    alarm = WallAlarm.open()
    assert alarm is not None
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert alarm.set(tomorrow) and alarm.at == tomorrow
    alarm.stop()
    assert alarm.at is None
    with qtbot.waitSignal(alarm.rang, timeout=2000):
        assert alarm.set(datetime.now(UTC) - timedelta(minutes=5))
    assert alarm.at is None  # rung: set it again for the next instant
    alarm.close()


class FakeAlarm(QObject):
    """Stands in for the timerfd in tests on a fake wall clock: notes the instant it is set for."""

    rang = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.at: datetime | None = None

    def set(self, at: datetime) -> bool:
        self.at = at
        return True

    def stop(self) -> None:
        self.at = None


def test_with_an_alarm_the_reminder_is_aimed_at_its_instant_and_nothing_checks_between(
    qtbot: QtBot,
) -> None:
    """At 20:00 for 21:31: the alarm is set for 21:31 itself, no Qt timer; it rings, it fires."""
    clock = FakeWallClock(datetime(2026, 6, 1, 20, 0, tzinfo=BERLIN))
    alarm = FakeAlarm()
    timer = ReminderTimer(ReminderState(), BERLIN, now=clock, alarm=alarm)
    timer.set_rules([Reminder(time(21, 31), "calf")], paused=False)
    assert alarm.at == datetime(2026, 6, 1, 21, 31, tzinfo=BERLIN)
    assert not timer.timer.isActive()  # no one-minute (or one-hour) check
    clock.advance(timedelta(hours=3))  # asleep through it: the alarm rings on waking
    with qtbot.waitSignal(timer.fired, timeout=100):
        alarm.rang.emit()
    assert alarm.at == datetime(2026, 6, 2, 0, 0, tzinfo=BERLIN)  # next: midnight's new day
    timer.stop()
    assert alarm.at is None


def test_with_no_reminders_the_alarm_waits_for_midnight_only(qtbot: QtBot) -> None:
    """Nothing to remind: the only wake is when "today" and "yesterday" change their meaning."""
    clock = FakeWallClock(datetime(2026, 6, 1, 9, 15, tzinfo=BERLIN))
    alarm = FakeAlarm()
    timer = ReminderTimer(ReminderState(), BERLIN, now=clock, alarm=alarm)
    timer.set_rules([], paused=False)
    assert alarm.at == datetime(2026, 6, 2, 0, 0, tzinfo=BERLIN)
    assert not timer.timer.isActive()
    timer.stop()
