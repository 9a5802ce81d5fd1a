"""The terminal commands when the reader stops early, and the window command without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

import pytest

from spasm_stretch.cli import EXIT_BROKEN_PIPE, display_problem
from spasm_stretch.log.store import LogStore
from spasm_stretch.user_paths import data_dir
from tests.helpers.log import log_started_run


def first_line_then_hang_up(args: list[str]) -> tuple[str, int, str]:
    """Run the command, read one line of its output, close the pipe as `| head -1` does."""
    process = subprocess.Popen(
        [sys.executable, "-m", "spasm_stretch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    with process:
        assert process.stdout is not None and process.stderr is not None
        line = process.stdout.readline().decode()
        process.stdout.close()
        error = process.stderr.read().decode()
        return line, process.wait(timeout=60), error


def test_trace_into_head_ends_quietly() -> None:
    """`trace neck --json | head -1`: one line, then the trace stops with no traceback."""
    line, code, error = first_line_then_hang_up(["trace", "neck", "--json", "--speed", "20"])
    assert line.startswith('{"event": "segment_started"')
    assert code == EXIT_BROKEN_PIPE
    assert error == ""


def test_history_into_head_ends_quietly() -> None:
    """`history --all | head -1` on a long log (more than a pipe holds) ends with no traceback."""
    history = LogStore(data_dir() / "history.db")
    history._db.execute("BEGIN")  # one commit, not 4,000 synchronous ones
    for day in range(1, 29):
        for hour in range(24):
            for minute in range(0, 60, 10):
                when = datetime(2026, 2, day, hour, minute).astimezone()
                log_started_run(history, "calf", "Calf stretch", when)
    history._db.execute("COMMIT")
    history.close()
    line, code, error = first_line_then_hang_up(["history", "--all"])
    assert line == "Routines done: 4032\n"  # about 300 kB of lines: more than a pipe holds
    assert code == EXIT_BROKEN_PIPE
    assert error == ""


def test_run_an_unknown_routine_without_a_display_is_a_plain_message() -> None:
    """`run nosuch` with no display: exit 2 and one line naming the known ids, before Qt."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "run", "nosuch"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith("no routine with the id 'nosuch'; known ids: back, calf, ")


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":1"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "darwin", False),
    ],
)
def test_a_missing_display_is_named_before_qt_starts(
    environ: dict[str, str], platform: str, refused: bool
) -> None:
    """Without DISPLAY or WAYLAND_DISPLAY on Linux the window is refused in words, not a crash."""
    problem = display_problem(environ, platform)
    assert bool(problem) is refused
    if refused:
        assert problem.startswith("spasm-stretch cannot open its window: there is no display")
