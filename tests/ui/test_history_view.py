"""The history page and its exports: flags, totals, weeks, CSV and a one-page PDF for a doctor."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from spasm_stretch.history import History, now
from spasm_stretch.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def history(tmp_path: Path) -> History:
    """Three calf cramps this week (one of 12 minutes), a neck cramp, and two routines."""
    log = History(tmp_path / "history.db")
    today = now()
    for days, minutes, area in ((1, 3, "Calf or foot"), (2, 12, "Calf or foot"),
                                (3, 2, "Calf or foot"), (20, 4, "Neck")):  # fmt: skip
        started = today - timedelta(days=days)
        episode = log.start_episode(started)
        log.end_episode(episode, started + timedelta(minutes=minutes))
        log.update_episode(episode, area=area, helped=("Stretching",), tags=(), note="")
    run = log.start_session("calf", "Calf stretch", today - timedelta(days=1))
    log.end_session(run, today, finished=True, stopped_at_step=None)
    run = log.start_session("neck", "Neck stretch", today - timedelta(days=1))
    log.end_session(run, today, finished=False, stopped_at_step=2)
    return log


def test_history_shows_flags_totals_chart_and_entries(
    qtbot: QtBot, make_window: WindowFactory, history: History
) -> None:
    window = make_window(history=history)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
    )
    view = window.history_view
    assert window.pages.currentWidget() is view
    assert view.flags.isVisible()
    flags = view.flags.text()
    assert "lasted 10 minutes or more (the longest, 12 min" in flags
    assert "3 cramps were logged within 7 days" in flags
    assert "not medical advice" in flags
    assert "4</b> cramps logged (3 in the last 7 days, longest 12 min)" in view.totals.text()
    assert "2</b> routines done (1 finished)" in view.totals.text()
    weeks = view.chart.accessibleDescription()
    assert weeks.startswith("Cramps per week.") and weeks.count("week of") == 8
    assert sum(int(part.rsplit(": ", 1)[1]) for part in weeks.split(", ")) == 4
    rows = [view.episodes.topLevelItem(i) for i in range(view.episodes.topLevelItemCount())]
    assert len(rows) == 4
    assert rows[0] is not None and (rows[0].text(1), rows[0].text(2)) == ("3 min", "Calf or foot")
    runs = [view.sessions.topLevelItem(i) for i in range(2)]
    outcomes = {run.text(2) for run in runs if run is not None}
    assert outcomes == {"finished", "stopped at step 2"}
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.picker


def test_an_empty_history_says_so_without_flags(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(history=History(tmp_path / "empty.db"))
    window.open_history()
    assert not window.history_view.flags.isVisible()
    assert "0</b> cramps logged" in window.history_view.totals.text()
    assert window.export_pdf(tmp_path / "empty.pdf") is not None


def test_csv_export_has_every_session_and_episode(
    make_window: WindowFactory, history: History, tmp_path: Path
) -> None:
    window = make_window(history=history)
    window.open_history()
    path = window.export_csv(tmp_path / "log.csv")
    assert path is not None
    with path.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [r["kind"] for r in rows] == ["session", "session"] + ["episode"] * 4
    assert sorted(r["minutes"] for r in rows if r["kind"] == "episode") == [
        "12.0", "2.0", "3.0", "4.0",
    ]  # fmt: skip
    assert window.statusBar().currentMessage() == f"Log saved as {path}"


def test_pdf_report_is_one_page_with_what_a_doctor_needs(
    make_window: WindowFactory, history: History, tmp_path: Path
) -> None:
    for n in range(30):  # more entries than fit: the report still keeps to one page
        history.start_episode(now() - timedelta(days=40 + n), "Back")
    window = make_window(history=history)
    path = window.export_pdf(tmp_path / "report.pdf")
    assert path is not None
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Muscle cramp log",
        "Period:",
        "Cramps logged 34",
        "Longest cramp 12 min",
        "Red flags met",
        "lasted 10 minutes or more",
        "Cramps by area",
        "Calf or foot 3",
        "Night (00-06)",
        "Routines done 2 (1 finished)",
        "Calf stretch 1",
        "not medical advice",
    ):
        assert expected in text, expected


def test_a_report_that_cannot_be_written_is_reported_not_raised(
    make_window: WindowFactory, history: History, tmp_path: Path
) -> None:
    window = make_window(history=history)
    assert window.export_pdf(tmp_path / "no-such-folder" / "report.pdf") is None
    assert window.export_csv(tmp_path / "no-such-folder" / "log.csv") is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = sorted(box.text() for box in boxes if box.isVisible())
    assert len(shown) == 2 and all("no-such-folder" in text for text in shown)
    for box in boxes:
        box.close()
