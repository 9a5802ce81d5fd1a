"""`spasm-stretch history` answers like a command: the latest entries, the rest on asking."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest

from spasm_stretch.cli import RECENT_ENTRIES, main
from spasm_stretch.log.store import LogStore
from spasm_stretch.user_paths import data_dir
from tests.helpers.log import log_cramp, log_run

FIRST = datetime(2026, 3, 1, 8, 0).astimezone()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fill(runs: int, cramps: int) -> None:
    """``runs`` routine runs and ``cramps`` cramps, one a day from 1 March 2026."""
    history = LogStore(data_dir() / "history.db")
    for day in range(runs):
        start = FIRST + timedelta(days=day)
        log_run(history, "calf", f"Run {day + 1}", start, start + timedelta(minutes=2),
                finished=True)  # fmt: skip
    for day in range(cramps):
        log_cramp(history, FIRST + timedelta(days=day, hours=1), 1, "calf")
    history.close()


def listed(out: str, marker: str) -> list[str]:
    return [line for line in out.splitlines() if marker in line]


def test_by_default_the_latest_entries_with_the_totals_and_how_to_see_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One entry past a screenful: the totals stay whole, the oldest is left out and said so."""
    fill(RECENT_ENTRIES + 1, RECENT_ENTRIES + 1)
    code, out, _ = run(["history"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Routines done: {RECENT_ENTRIES + 1}"
    assert lines[1] == (
        "  (1 earlier not shown: --all lists every entry, --since DATE those from a day)"
    )
    runs = listed(out, "Run ")
    assert len(runs) == RECENT_ENTRIES
    assert "Run 2 " in runs[0] and f"Run {RECENT_ENTRIES + 1} " in runs[-1]  # oldest first
    assert f"Cramp episodes: {RECENT_ENTRIES + 1}" in lines
    assert len(listed(out, "calf ")) == RECENT_ENTRIES
    assert len(lines) <= 200


def test_a_screenful_exactly_has_no_note(capsys: pytest.CaptureFixture[str]) -> None:
    fill(RECENT_ENTRIES, 0)
    _, out, _ = run(["history"], capsys)
    assert len(listed(out, "Run ")) == RECENT_ENTRIES
    assert "earlier not shown" not in out


def test_all_and_since_and_csv_give_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    """--all lists every run; --since a day lists from that day's start on; --csv is all data."""
    fill(30, 0)
    _, out, _ = run(["history", "--all"], capsys)
    assert len(listed(out, "Run ")) == 30
    assert "earlier not shown" not in out
    day_11 = (FIRST + timedelta(days=10)).date().isoformat()  # the 11th run's day
    _, out, _ = run(["history", "--since", day_11], capsys)
    runs = listed(out, "Run ")
    assert len(runs) == 20 and "Run 11 " in runs[0]
    assert out.splitlines()[0] == "Routines done: 20"
    _, out, _ = run(["history", "--csv"], capsys)
    assert len(list(csv.DictReader(io.StringIO(out)))) == 30
    _, out, _ = run(["history", "--csv", "--since", day_11], capsys)
    assert len(list(csv.DictReader(io.StringIO(out)))) == 20


def test_a_date_that_is_not_one_is_a_plain_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["history", "--since", "3rd of May"])
    assert exit_.value.code == 2
    assert "a date looks like 2026-11-03, got '3rd of May'" in capsys.readouterr().err


def test_a_run_stopped_with_no_step_noted_is_said_in_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Never "stopped at step None": stopped at a step, stopped before the end, or finished."""
    history = LogStore(data_dir() / "history.db")
    end = FIRST + timedelta(minutes=1)
    log_run(history, "calf", "Noted", FIRST, end, finished=False, stopped_at_step=2)
    log_run(history, "calf", "Unnoted", FIRST + timedelta(hours=1), end + timedelta(hours=1),
            finished=False)  # fmt: skip
    history.close()
    code, out, _ = run(["history"], capsys)
    assert code == 0 and "None" not in out
    (noted,) = listed(out, "Noted ")
    (unnoted,) = listed(out, "Unnoted ")
    assert noted.endswith("stopped at step 2") and unnoted.endswith("stopped before the end")
