"""The log review: totals, weeks by area, time of day, and the red flags the log meets."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.cramp import length_text
from spasm_stretch.core.log_review import no_area, review_log
from spasm_stretch.core.records import EndKind, Episode, SessionRecord
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


def test_only_a_cramp_longer_than_ten_minutes_is_flagged() -> None:
    """The guidance says LONGER than 10 minutes: 10:00 raises nothing, 10:01 does."""
    assert review_log([cramp(3, 10)], [], ADVICE, now=NOW).flags == ()
    (flag,) = review_log([cramp(3, 10), cramp(20, 10 + 1 / 60)], [], ADVICE, now=NOW).flags
    assert flag.text.startswith("One logged cramp lasted longer than 10 minutes (10 min 1 s")
    assert "reason to contact your doctor" in flag.text
    assert flag.met_on == (NOW - timedelta(days=20)).date()


def test_more_than_ten_minutes_is_longer_than_ten() -> None:
    said = dataclasses.replace(cramp(3, 10), end=EndKind.MORE_THAN)
    (flag,) = review_log([said], [], ADVICE, now=NOW).flags
    assert flag.key.startswith("long:")


def test_the_longest_reads_as_the_list_does() -> None:
    """One rounding rule: the flag and the list say the same length for a 10.8-minute cramp."""
    long = cramp(3, 10.8)
    (flag,) = review_log([long], [], ADVICE, now=NOW).flags
    assert length_text(long) == "10 min 48 s" and "(10 min 48 s," in flag.text


def test_long_flag_is_met_on_the_day_of_the_first_long_cramp() -> None:
    (flag,) = review_log([cramp(20, 11), cramp(2, 30)], [], ADVICE, now=NOW).flags
    assert flag.met_on == (NOW - timedelta(days=20)).date()
    assert "(the longest, 30 min, on" in flag.text


def test_a_ticked_sign_raises_a_flag_and_a_note_alone_does_not() -> None:
    noted = dataclasses.replace(cramp(30, 2), note="numb and a little swollen")
    assert review_log([noted], [], ADVICE, now=NOW).flags == ()
    numb = dataclasses.replace(cramp(3, 2), signs=("numbness",))
    skin = dataclasses.replace(cramp(12, 2), id=1, signs=("skin_changes",))
    signs, skin_flag = review_log([noted, numb, skin], [], ADVICE, now=NOW).flags
    assert signs.text.startswith("One logged cramp came with numbness (on ")
    assert "swelling, weakness or numbness are a reason to contact your doctor" in signs.text
    assert signs.met_on == (NOW - timedelta(days=3)).date()
    assert "skin changes" in skin_flag.text and skin_flag.episode_ids == (1,)
    assert "Skin changes along with spasms are a reason to contact your doctor" in skin_flag.text


def test_cramps_becoming_frequent_are_flagged() -> None:
    spread = [cramp(days, 1) for days in (1, 9, 17, 25)]
    assert review_log(spread, [], ADVICE, now=NOW).flags == ()
    bunched = [cramp(days, 1) for days in (30, 28.5, 25)]  # three within seven days, a month ago
    (flag,) = review_log(bunched, [], ADVICE, now=NOW).flags
    assert flag.text.startswith("3 cramps were logged within 7 days")
    assert "without a clear reason" in flag.text
    assert flag.met_on == (NOW - timedelta(days=25)).date()
    assert len(flag.episode_ids) == 3


def test_frequent_is_met_on_the_first_day_the_rule_held() -> None:
    """Met on the third cramp of the FIRST week with three, not of the busiest one."""
    first = [cramp(days, 1) for days in (40, 39, 38)]
    busiest = [cramp(days, 1) for days in (10, 9.5, 9, 8.5)]
    (flag,) = review_log(first + busiest, [], ADVICE, now=NOW).flags
    assert flag.met_on == (NOW - timedelta(days=38)).date()
    assert len(flag.episode_ids) == 4
