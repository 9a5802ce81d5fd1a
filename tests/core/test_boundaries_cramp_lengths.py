"""How long a cramp lasted reads as a person says it: '59 s', '1 min', '1 min 1 s', '10 min'."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from spasm_stretch.core.cramp import length_text
from spasm_stretch.core.plan import format_duration
from spasm_stretch.core.records import EndKind, Episode

START = datetime(2026, 11, 25, 3, 0).astimezone()


def lasted(seconds: int) -> str:
    """The words for a cramp timed at ``seconds``."""
    ended = START + timedelta(seconds=seconds)
    return length_text(Episode(1, START, ended, "Calf or foot", (), (), "", end=EndKind.TIMED))


@pytest.mark.parametrize(
    ("seconds", "words"), [(59, "59 s"), (60, "1 min"), (61, "1 min 1 s")]
)  # fmt: skip
def test_a_minute_reads_as_one_minute_not_sixty_seconds(seconds: int, words: str) -> None:
    """At 60 s the seconds give way to '1 min'; a second either side is '59 s' and '1 min 1 s'."""
    assert lasted(seconds) == words


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(9 * 60 + 30, "9 min 30 s"), (9 * 60 + 59, "9 min 59 s"), (10 * 60, "10 min"),
     (10 * 60 + 1, "10 min 1 s"), (10 * 60 + 30, "10 min 30 s"), (11 * 60 + 30, "11 min 30 s")],
)  # fmt: skip
def test_past_ten_minutes_a_cramp_still_reads_to_the_second(seconds: int, words: str) -> None:
    """10 min 30 s reads '10 min 30 s', 10 min 1 s '10 min 1 s': one rule everywhere.

    The list never says '10 min' for a cramp the red flag counts as longer than ten minutes.
    """
    assert lasted(seconds) == words


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(59, "0:59"), (60, "1:00"), (61, "1:01"), (630, "10:30")],
)  # fmt: skip
def test_a_routines_length_reads_as_a_kitchen_timer(seconds: int, shown: str) -> None:
    """Routine and step lengths (format_duration) read m:ss, so 60 s is '1:00' and 630 s '10:30'."""
    assert format_duration(seconds) == shown
