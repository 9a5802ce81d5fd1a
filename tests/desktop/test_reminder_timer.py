"""The reminder timer: one single-shot timer, aimed at the next reminder, re-aimed on change."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from spasm_stretch.core.reminders import Reminder, ReminderState
from spasm_stretch.desktop.reminder_timer import ReminderTimer
from tests.helpers.clock import FakeWallClock

BERLIN = ZoneInfo("Europe/Berlin")


def make_timer(qtbot: QtBot, clock: FakeWallClock) -> ReminderTimer:
    timer = ReminderTimer(ReminderState(), BERLIN, now=clock)
    timer.set_rules([Reminder(time(21, 31), "calf")], paused=False)
    return timer


def test_timer_is_aimed_at_the_reminder_a_minute_ahead_and_fires_it_once(qtbot: QtBot) -> None:
    """Set at 21:30:00 for 21:31: aimed 60 s ahead; at 21:31 it fires once, then aims at the cap."""
    clock = FakeWallClock(datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    assert timer.timer.isActive() and timer.timer.interval() == 60_000
    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(timer.fired, timeout=100) as fired:
        timer.timer.timeout.emit()
    assert fired.args[0].reminder.routine_id == "calf"
    with qtbot.assertNotEmitted(timer.fired):
        timer.timer.timeout.emit()
    timer.stop()


def test_a_wake_after_the_reminder_fires_it_at_the_next_check(qtbot: QtBot) -> None:
    """The machine slept through 21:31; the first check after waking fires it, only once."""
    clock = FakeWallClock(datetime(2026, 6, 1, 20, 0, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    assert timer.timer.interval() == 60_000  # never aimed further than the check interval
    clock.advance(timedelta(hours=3))  # asleep: the Qt timer did not run
    with qtbot.waitSignal(timer.fired, timeout=100):
        timer.timer.timeout.emit()
    with qtbot.assertNotEmitted(timer.fired):
        timer.timer.timeout.emit()
    timer.stop()


def test_settings_change_re_aims_and_pause_silences(qtbot: QtBot) -> None:
    """A new reminder 10 s ahead re-aims the timer at once; paused, nothing fires."""
    clock = FakeWallClock(datetime(2026, 6, 1, 21, 30, 50, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    assert timer.timer.interval() == 10_000
    timer.set_rules([Reminder(time(22, 0), "neck")], paused=True)
    assert timer.next_due is None
    clock.advance(timedelta(minutes=30))
    with qtbot.assertNotEmitted(timer.fired):
        timer.timer.timeout.emit()
    timer.stop()


def test_snooze_and_skip_from_the_tray(qtbot: QtBot) -> None:
    """Snooze puts the reminder 15 min on; skip today moves the next one to tomorrow."""
    clock = FakeWallClock(datetime(2026, 6, 1, 21, 31, tzinfo=BERLIN))
    timer = ReminderTimer(
        ReminderState(seen_until=clock() - timedelta(minutes=1)), BERLIN, now=clock
    )
    with qtbot.waitSignal(timer.fired) as fired:
        timer.set_rules([Reminder(time(21, 31), "calf")], paused=False)
    timer.snooze(fired.args[0])
    assert timer.next_due is not None and timer.next_due.at == clock() + timedelta(minutes=15)
    timer.skip_today()
    assert timer.skipping_today()
    assert timer.next_due is not None
    assert timer.next_due.at == datetime(2026, 6, 2, 21, 31, tzinfo=BERLIN)
    timer.stop()


class FakeSystemBus:
    """A system bus with logind on it: connecting to its signal succeeds."""

    def __init__(self) -> None:
        self.connected: list[tuple[object, ...]] = []

    def isConnected(self) -> bool:  # noqa: N802 - QDBusConnection's name
        return True

    def connect(self, *args: object) -> bool:
        self.connected.append(args)
        return True


def test_aimed_at_the_next_midnight_when_the_day_s_words_change(qtbot: QtBot) -> None:
    """'tomorrow at 21:31' becomes 'at 21:31' at midnight: the timer wakes then, not later."""
    clock = FakeWallClock(datetime(2026, 6, 1, 23, 59, 30, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    assert timer.timer.interval() == 30_000
    timer.stop()


def test_with_logind_it_waits_for_the_reminder_itself_and_re_aims_on_waking(
    qtbot: QtBot,
) -> None:
    """No check every minute: one wait of 1 h 31 min; a wake after 21:31 fires it at once."""
    clock = FakeWallClock(datetime(2026, 6, 1, 20, 0, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    bus = FakeSystemBus()
    assert timer.watch_sleep(bus) is True  # type: ignore[arg-type]
    assert bus.connected[0][3] == "PrepareForSleep"
    clock.advance(timedelta(minutes=30))
    timer.reaim()
    assert timer.timer.interval() == 60 * 60_000  # capped at an hour: 21:00, then 21:31
    clock.advance(timedelta(minutes=30))
    timer.reaim()
    assert timer.timer.interval() == 31 * 60_000
    clock.advance(timedelta(hours=2))  # asleep through 21:31
    with qtbot.assertNotEmitted(timer.fired):
        timer._sleep_changed(True)
    with qtbot.waitSignal(timer.fired, timeout=100):
        timer._sleep_changed(False)
    timer.stop()


def test_without_a_system_bus_the_minute_check_stays(qtbot: QtBot) -> None:
    from PySide6.QtDBus import QDBusConnection

    clock = FakeWallClock(datetime(2026, 6, 1, 20, 0, tzinfo=BERLIN))
    timer = make_timer(qtbot, clock)
    unconnected = QDBusConnection("no such bus")
    assert timer.watch_sleep(unconnected) is False
    assert timer.timer.interval() == 60_000
    timer.stop()
