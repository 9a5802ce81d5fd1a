"""The habit strip on the History page: the last seven days, and the count in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from spasm_stretch.core.records import SessionRecord
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.log.habit_strip import DONE, NOT_DONE, HabitStrip
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.log import log_run


def test_strip_marks_days_with_a_finished_routine(qtbot: QtBot) -> None:
    """Finished on Mon and Wed of this week: two filled marks, 'done 2 of the last 7 days'."""
    strip = HabitStrip()
    qtbot.addWidget(strip)
    runs = [
        SessionRecord(n, "calf", "Calf", datetime(2026, 6, day, 21), None, True, None)
        for n, day in enumerate((1, 3))
    ]
    strip.show_sessions(runs, date(2026, 6, 7))
    assert strip.text().count(DONE) == 2 and strip.text().count(NOT_DONE) == 5
    assert "Routine done 2 of the last 7 days" in strip.text()
    assert strip.accessibleName() == "routine done 2 of the last 7 days"


def test_history_page_shows_the_habit(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """A routine finished yesterday shows on the History page as 1 of the last 7 days."""
    log = LogStore(tmp_path / "history.db")
    yesterday = now() - timedelta(days=1)
    log_run(log, "calf", "Calf stretch", yesterday, yesterday, finished=True)
    window = make_window(history=log)
    window.open_history()
    assert "Routine done 1 of the last 7 days" in window.log.view.habit.text()
