"""'Cramps becoming frequent': three within a week raise it; a week apart to the second, not."""

from __future__ import annotations

from datetime import datetime, timedelta

from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.log_review import busiest_window, review_log
from spasm_stretch.core.records import EndKind, Episode
from spasm_stretch.resources import assets_dir

ADVICE = load_guidance(assets_dir() / "content").doctor
FIRST = datetime(2026, 11, 2, 3, 12, 5).astimezone()  # a Monday night
NOW = FIRST + timedelta(days=20)
WEEK = timedelta(days=7)
SECOND = timedelta(seconds=1)


def cramps(*after_first: timedelta) -> list[Episode]:
    """One-minute cramps at ``FIRST`` plus each offset."""
    return [
        Episode(n, FIRST + offset, FIRST + offset + timedelta(minutes=1), "Calf or foot", (), (),
                "", end=EndKind.TIMED)
        for n, offset in enumerate(after_first, start=1)
    ]  # fmt: skip


def frequent(episodes: list[Episode]) -> bool:
    return any(
        f.key.startswith("frequent:") for f in review_log(episodes, [], ADVICE, now=NOW).flags
    )


def test_the_guidance_counts_three_cramps_in_seven_days() -> None:
    """The rule these tests pin down is the one the shipped guidance gives."""
    assert (ADVICE.frequent_episodes, ADVICE.frequent_days) == (3, 7)


def test_three_cramps_a_second_less_than_a_week_apart_are_frequent() -> None:
    """The third cramp at 6 days 23:59:59 after the first: the flag is raised."""
    assert frequent(cramps(timedelta(0), timedelta(days=3), WEEK - SECOND))


def test_three_cramps_exactly_a_week_apart_are_not_frequent() -> None:
    """The third cramp at exactly 7 days after the first: the window is over, no flag."""
    assert not frequent(cramps(timedelta(0), timedelta(days=3), WEEK))


def test_the_window_is_half_open_in_days_too() -> None:
    """In days: 0, 3 and 6.99 share a window; 0, 3 and 7 do not (7 starts the next)."""
    assert busiest_window([0.0, 3.0, 6.99], 7, 3) == (0, 3)
    assert busiest_window([0.0, 3.0, 7.0], 7, 3) is None
