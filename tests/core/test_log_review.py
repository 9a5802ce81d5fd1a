"""The log review: totals, weeks by area, time of day, and the red flags the log meets."""

from __future__ import annotations

from datetime import datetime, timedelta

from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.log_review import no_area, review_log
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.resources import assets_dir

ADVICE = load_guidance(assets_dir() / "content").doctor
NOW = datetime(2026, 11, 25, 12, 0).astimezone()  # a Wednesday


def cramp(days_ago: float, minutes: float | None, area: str = "Calf or foot") -> Episode:
    started = NOW - timedelta(days=days_ago)
    ended = None if minutes is None else started + timedelta(minutes=minutes)
    return Episode(0, started, ended, area, (), (), "")


def run(days_ago: float, finished: bool) -> SessionRecord:
    started = NOW - timedelta(days=days_ago)
    return SessionRecord(0, "calf", "Calf stretch", started, started, finished, None)


def test_an_empty_log_meets_no_flag() -> None:
    review = review_log([], [], ADVICE, now=NOW)
    assert (review.episodes, review.sessions, review.flags, review.longest) == (0, 0, (), None)
    assert len(review.weeks) == 8 and all(week.total == 0 for week in review.weeks)


def test_totals_areas_times_of_day_and_weeks() -> None:
    episodes = [
        cramp(0.4, 3),  # 02:24 today: night
        cramp(1, 2, "Neck"),  # noon yesterday
        cramp(8, 5),  # last week
        cramp(70, 1, ""),  # outside the eight weeks shown
    ]
    review = review_log(episodes, [run(1, True), run(2, False)], ADVICE, now=NOW)
    assert review.episodes == 4 and review.episodes_recent == 2
    assert review.by_area == (("Calf or foot", 2), ("Neck", 1), (no_area(), 1))
    assert dict(review.by_time_of_day)["Night (00-06)"] == 1
    assert dict(review.by_time_of_day)["Afternoon (12-18)"] == 3
    assert review.longest is episodes[2]
    assert (review.sessions, review.sessions_finished) == (2, 1)
    assert [w.total for w in review.weeks] == [0, 0, 0, 0, 0, 0, 1, 2]
    assert review.weeks[-1].start.weekday() == 0 and review.weeks[-1].by_area == (
        ("Calf or foot", 1), ("Neck", 1),
    )  # fmt: skip
    assert review.flags == ()


def test_a_ten_minute_cramp_is_flagged_and_nine_is_not() -> None:
    assert review_log([cramp(3, 9.9)], [], ADVICE, now=NOW).flags == ()
    (flag,) = review_log([cramp(3, 9.9), cramp(20, 12)], [], ADVICE, now=NOW).flags
    assert flag.text.startswith("One logged cramp lasted 10 minutes or more (the longest, 12 min")
    assert "reason to contact your doctor" in flag.text
    assert flag.met_on == (NOW - timedelta(days=20)).date()


def test_cramps_becoming_frequent_are_flagged() -> None:
    spread = [cramp(days, 1) for days in (1, 9, 17, 25)]
    assert review_log(spread, [], ADVICE, now=NOW).flags == ()
    bunched = [cramp(days, 1) for days in (30, 28.5, 25)]  # three within seven days, a month ago
    (flag,) = review_log(bunched, [], ADVICE, now=NOW).flags
    assert flag.text.startswith("3 cramps were logged within 7 days")
    assert "without a clear reason" in flag.text
    assert flag.met_on == (NOW - timedelta(days=25)).date()
    assert len(flag.episode_ids) == 3
