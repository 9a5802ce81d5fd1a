"""The habit lines people read on the History page, the picker and the tray."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from spasm_stretch.core.habit import (
    done_days,
    habit_line,
    last_done_text,
    most_used,
    today_line,
)
from spasm_stretch.core.records import SessionRecord
from spasm_stretch.core.reminders import Due, Reminder

BERLIN = ZoneInfo("Europe/Berlin")


def run(day: int, routine: str = "calf", *, finished: bool = True, hour: int = 21) -> SessionRecord:
    started = datetime(2026, 6, day, hour, 0, tzinfo=BERLIN)
    return SessionRecord(day, routine, routine.title(), started, started, finished, None)


def test_routine_done_n_of_the_last_7_days_counts_finished_days_once() -> None:
    """Two runs on one day count once; a stopped run does not count; 8 days ago is out."""
    sessions = [run(1), run(3), run(3, "neck"), run(5, finished=False), run(8), run(9)]
    done = done_days(sessions, date(2026, 6, 9))
    assert done == [True, False, False, False, False, True, True]  # 3 to 9 June
    assert habit_line(done) == "routine done 3 of the last 7 days"


def test_today_line_names_the_next_reminder_and_when_a_routine_was_last_done() -> None:
    """'Evening routine at 21:30 · done yesterday', and the words for other days."""
    names = {"evening": "Evening routine"}.__getitem__
    now = datetime(2026, 6, 9, 8, 0, tzinfo=BERLIN)
    tonight = Due(Reminder(time(21, 30), "evening"), datetime(2026, 6, 9, 21, 30, tzinfo=BERLIN))
    assert today_line(tonight, names, [run(8)], now, BERLIN) == (
        "Evening routine at 21:30 · done yesterday"
    )
    later = Due(tonight.reminder, datetime(2026, 6, 11, 7, 0, tzinfo=BERLIN))
    assert today_line(later, names, [], now, BERLIN) == (
        "Evening routine Thu at 07:00 · no routine done yet"
    )
    assert today_line(None, names, [run(9, hour=7)], now, BERLIN) == "No reminder set · done today"
    assert last_done_text([run(2)], date(2026, 6, 9)) == "last done 7 days ago"


def test_most_used_routines_come_first() -> None:
    """The tray lists what the person actually uses."""
    sessions = [run(1, "neck"), run(2, "calf"), run(3, "calf"), run(4, "back"), run(5, "neck")]
    assert most_used(sessions, limit=2) == ["neck", "calf"]
