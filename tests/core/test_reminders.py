"""The reminder schedule over a fake wall clock: rules, daylight saving, sleep, snooze, skip."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from spasm_stretch.core.reminders import (
    Due,
    Reminder,
    ReminderError,
    ReminderState,
    due_now,
    skip_today,
    snooze,
    todays_routine,
    upcoming,
)
from tests.helpers.clock import FakeWallClock

BERLIN = ZoneInfo("Europe/Berlin")


def local(text: str) -> datetime:
    """A Berlin wall-clock time, e.g. '2026-03-28 21:30' (first pass in a repeated hour)."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def run_until(
    reminders: list[Reminder], clock: FakeWallClock, end: datetime, state: ReminderState
) -> tuple[list[str], ReminderState]:
    """Drive the schedule like the app's single timer: jump to each next instant, fire it."""
    fired: list[str] = []
    _, state = due_now(reminders, state, clock(), BERLIN)
    while (next_due := upcoming(reminders, state, clock(), BERLIN)) and next_due.at <= end:
        clock.set(next_due.at)
        due, state = due_now(reminders, state, clock(), BERLIN)
        if due is not None:
            fired.append(f"{due.at.astimezone(BERLIN):%a %d %H:%M%z} {due.reminder.routine_id}")
    clock.set(end)
    return fired, state


def test_daily_and_weekday_rules_fire_on_their_days_at_their_times() -> None:
    """A daily evening stretch and a weekday morning one, over one week."""
    clock = FakeWallClock(local("2026-06-01 00:00"))  # a Monday
    rules = [
        Reminder(time(21, 30), "calf", bedtime=True),
        Reminder.parse("07:15 mon,wed,fri back"),
    ]
    fired, _ = run_until(rules, clock, local("2026-06-07 23:59"), ReminderState())
    assert fired == [
        "Mon 01 07:15+0200 back", "Mon 01 21:30+0200 calf",
        "Tue 02 21:30+0200 calf",
        "Wed 03 07:15+0200 back", "Wed 03 21:30+0200 calf",
        "Thu 04 21:30+0200 calf",
        "Fri 05 07:15+0200 back", "Fri 05 21:30+0200 calf",
        "Sat 06 21:30+0200 calf",
        "Sun 07 21:30+0200 calf",
    ]  # fmt: skip


def test_spring_forward_night_keeps_wall_times_and_fires_a_skipped_hour_once() -> None:
    """On 29 March the clocks skip 02:00-03:00: 21:30 stays 21:30, 02:30 fires at 03:30."""
    clock = FakeWallClock(local("2026-03-28 12:00"))
    rules = [Reminder(time(21, 30), "calf"), Reminder(time(2, 30), "neck")]
    fired, _ = run_until(rules, clock, local("2026-03-30 12:00"), ReminderState())
    assert fired == [
        "Sat 28 21:30+0100 calf",
        "Sun 29 03:30+0200 neck",
        "Sun 29 21:30+0200 calf",
        "Mon 30 02:30+0200 neck",
    ]


def test_fall_back_night_fires_a_repeated_hour_once() -> None:
    """On 25 October 02:00-03:00 happens twice; a 02:30 reminder fires only the first time."""
    clock = FakeWallClock(local("2026-10-24 12:00"))
    rules = [Reminder(time(2, 30), "neck"), Reminder(time(21, 30), "calf")]
    fired, _ = run_until(rules, clock, local("2026-10-26 12:00"), ReminderState())
    assert fired == [
        "Sat 24 21:30+0200 calf",
        "Sun 25 02:30+0200 neck",
        "Sun 25 21:30+0100 calf",
        "Mon 26 02:30+0100 neck",
    ]
    saturday = upcoming(rules[1:], ReminderState(), local("2026-10-24 21:00"), BERLIN)
    sunday = upcoming(rules[1:], ReminderState(), local("2026-10-25 21:00"), BERLIN)
    assert saturday and sunday and sunday.at - saturday.at == timedelta(hours=25)


def test_missed_reminders_after_an_8_hour_sleep_fire_once_not_as_a_burst() -> None:
    """Asleep 22:00-06:00 past three reminders: on wake only the latest fires, once."""
    rules = [Reminder(time(h, 0), "calf") for h in (23, 2, 5)]
    state = ReminderState(seen_until=local("2026-06-01 22:00"))
    due, state = due_now(rules, state, local("2026-06-02 06:00"), BERLIN)
    assert due == Due(rules[2], local("2026-06-02 05:00"))
    again, state = due_now(rules, state, local("2026-06-02 06:00:01"), BERLIN)
    assert again is None
    assert upcoming(rules, state, local("2026-06-02 06:00:01"), BERLIN) == Due(
        rules[0], local("2026-06-02 23:00")
    )


def test_a_reminder_missed_by_more_than_the_grace_time_is_dropped() -> None:
    """Woken (or started) 2 h 1 min after the reminder: nothing fires, the next is tomorrow."""
    rules = [Reminder(time(21, 30), "calf")]
    state = ReminderState(seen_until=local("2026-06-01 20:00"))
    assert due_now(rules, state, local("2026-06-01 23:30"), BERLIN)[0] is not None
    dropped, state = due_now(rules, state, local("2026-06-01 23:31"), BERLIN)
    assert dropped is None
    assert state.seen_until == local("2026-06-01 23:31")


def test_first_start_does_not_fire_what_came_before_it() -> None:
    """A fresh install at 21:45 says nothing about 21:30; tomorrow's comes as usual."""
    rules = [Reminder(time(21, 30), "calf")]
    due, state = due_now(rules, ReminderState(), local("2026-06-01 21:45"), BERLIN)
    assert due is None
    next_due = upcoming(rules, state, local("2026-06-01 21:45"), BERLIN)
    assert next_due is not None and next_due.at == local("2026-06-02 21:30")


def test_snooze_fires_once_fifteen_minutes_later() -> None:
    """Snooze at 21:31 -> the same routine again at 21:46, then the normal schedule."""
    clock = FakeWallClock(local("2026-06-01 21:30"))
    rules = [Reminder(time(21, 30), "calf")]
    due, state = due_now(rules, ReminderState(local("2026-06-01 21:00")), clock(), BERLIN)
    assert due is not None
    clock.advance(timedelta(minutes=1))
    state = snooze(state, due, clock())
    assert upcoming(rules, state, clock(), BERLIN) == Due(rules[0], local("2026-06-01 21:46"), True)
    fired, state = run_until(rules, clock, local("2026-06-02 22:00"), state)
    assert fired == ["Mon 01 21:46+0200 calf", "Tue 02 21:30+0200 calf"]
    assert state.snoozed is None


def test_skip_today_drops_the_rest_of_today_only() -> None:
    """Skip at 08:00: no 12:00 or 21:30 today, both tomorrow."""
    clock = FakeWallClock(local("2026-06-01 08:00"))
    rules = [Reminder(time(12, 0), "neck"), Reminder(time(21, 30), "calf")]
    _, state = due_now(rules, ReminderState(), clock(), BERLIN)
    state = skip_today(state, clock(), BERLIN)
    fired, _ = run_until(rules, clock, local("2026-06-02 23:00"), state)
    assert fired == ["Tue 02 12:00+0200 neck", "Tue 02 21:30+0200 calf"]


def test_clock_set_back_does_not_silence_the_schedule() -> None:
    """A clock a day fast, then corrected: today's reminder still comes."""
    rules = [Reminder(time(21, 30), "calf")]
    state = ReminderState(seen_until=local("2026-06-02 21:00"))
    due, state = due_now(rules, state, local("2026-06-01 21:00"), BERLIN)
    assert due is None
    next_due = upcoming(rules, state, local("2026-06-01 21:00"), BERLIN)
    assert next_due is not None and next_due.at == local("2026-06-01 21:30")


def test_stored_form_round_trips_and_bad_lines_say_why() -> None:
    """Reminders are kept as short lines; a hand-edited bad one is named and left out."""
    rule = Reminder(time(7, 5), "back", frozenset({0, 4}), bedtime=True)
    assert str(rule) == "07:05 mon,fri back bedtime"
    assert Reminder.parse(str(rule)) == rule
    assert Reminder.parse("21:30 daily calf") == Reminder(time(21, 30), "calf")
    assert Reminder.parse("21:30 weekdays calf").days == frozenset(range(5))
    with pytest.raises(ReminderError) as late:
        Reminder.parse("25:00 daily calf")
    assert str(late.value) == "25:00 is not a time of day"
    with pytest.raises(ReminderError) as odd:
        Reminder.parse("9:00 funday x")
    assert str(odd.value) == "days are 'daily', 'weekdays' or names like mon,tue; got 'funday'"
    with pytest.raises(ReminderError, match="days must be"):
        Reminder(time(1, 0), "calf", frozenset())


def test_todays_routine_is_the_reminder_nearest_now() -> None:
    """'Start today's routine' at 20:00 picks the 21:30 evening routine, not the 07:00 one."""
    rules = [Reminder(time(7, 0), "back"), Reminder(time(21, 30), "calf", frozenset({0}))]
    assert todays_routine(rules, local("2026-06-01 20:00"), BERLIN) == "calf"  # a Monday
    assert todays_routine(rules, local("2026-06-02 20:00"), BERLIN) == "back"
    assert todays_routine([], local("2026-06-02 20:00"), BERLIN) is None
