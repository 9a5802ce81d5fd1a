"""A period of the log holds what started at its first instant and nothing from its end on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from spasm_stretch.core.content import load_guidance
from spasm_stretch.log.store import LogStore
from spasm_stretch.resources import assets_dir
from tests.helpers.log import log_cramp, log_run

ADVICE = load_guidance(assets_dir() / "content").doctor
START = datetime(2026, 11, 2, 0, 0).astimezone()  # the first instant of a week's report
END = START + timedelta(days=7)  # the first instant after it
SECOND = timedelta(seconds=1)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[LogStore]:
    log = LogStore(tmp_path / "history.db")
    yield log
    log.close()


def test_a_cramp_at_the_first_instant_is_in_and_one_at_the_end_is_out(history: LogStore) -> None:
    """00:00:00 on the first day is in the period; 00:00:00 on the day after it is not."""
    for moment, note in (
        (START - SECOND, "just before"), (START, "first instant"),
        (END - SECOND, "last second"), (END, "at the end"),
    ):  # fmt: skip
        log_cramp(history, moment, 1, "Neck", note=note)
    notes = [e.note for e in history.episodes(since=START, until=END)]
    assert notes == ["first instant", "last second"]


def test_a_routine_run_at_the_first_instant_is_in_and_one_at_the_end_is_out(
    history: LogStore,
) -> None:
    """Routine runs follow the same rule as cramps, so a report's two lists agree."""
    for moment, name in ((START - SECOND, "before"), (START, "first"), (END, "end")):
        log_run(history, "calf", name, moment, moment, finished=True)
    assert [s.routine_name for s in history.sessions(since=START, until=END)] == ["first"]


def test_the_log_in_sql_and_review_log_agree_at_the_frequent_window_edge(
    history: LogStore,
) -> None:
    """Three cramps exactly a week apart: the History page's SQL review raises no flag either."""
    for offset in (timedelta(0), timedelta(days=3), timedelta(days=7)):
        log_cramp(history, START + timedelta(hours=3, minutes=12, seconds=5) + offset, 1, "Neck")
    assert history.review(ADVICE, now=END + timedelta(days=3)).flags == ()
    log_cramp(history, START + timedelta(days=6, hours=23, minutes=59), 1, "Neck")
    (flag,) = history.review(ADVICE, now=END + timedelta(days=3)).flags
    assert flag.key.startswith("frequent:")
