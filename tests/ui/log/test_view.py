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

from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.log import log_cramp, log_run
from tests.helpers.wall_clock import DEFAULT

WindowFactory = Callable[..., MainWindow]
TODAY = DEFAULT.date()  # the tests' frozen local date (tests/helpers/wall_clock.py)
LAST_3_MONTHS = ReportRequest(TODAY - timedelta(days=91), TODAY)


@pytest.fixture
def history(tmp_path: Path) -> LogStore:
    """Three calf cramps this week (one of 12 minutes), a neck cramp, and two routines."""
    log = LogStore(tmp_path / "history.db")
    today = now()
    for days, minutes, area in ((1, 3, "Calf or foot"), (2, 12, "Calf or foot"),
                                (3, 2, "Calf or foot"), (20, 4, "Neck")):  # fmt: skip
        started = today - timedelta(days=days)
        log_cramp(log, started, minutes, area, helped=("Stretching",))
    log_run(log, "calf", "Calf stretch", today - timedelta(days=1), today, finished=True)
    log_run(log, "neck", "Neck stretch", today - timedelta(days=1), today, finished=False,
            stopped_at_step=2)  # fmt: skip
    return log


def test_history_shows_flags_totals_chart_and_entries(
    qtbot: QtBot, make_window: WindowFactory, history: LogStore
) -> None:
    window = make_window(history=history)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
    )
    view = window.log.view
    assert window.pages.currentWidget() is view
    assert view.flags.isVisible()
    flags = view.flags.text()
    assert "lasted longer than 10 minutes (12 min" in flags
    assert "3 cramps were logged within 7 days" in flags
    assert "not medical advice" in flags
    assert "4</b> cramps logged (3 in the last 7 days, longest 12 min)" in view.totals.text()
    assert "2</b> routines done (1 finished)" in view.totals.text()
    weeks = view.chart.accessibleDescription()
    assert weeks.startswith("Cramps per week.") and weeks.count("week of") == 8
    assert sum(int(part.rsplit(": ", 1)[1]) for part in weeks.split(", ")) == 4
    cramps = view.episodes.model()
    assert cramps is not None and cramps.rowCount() == 4
    assert (view.cell(view.episodes, 0, 1), view.cell(view.episodes, 0, 2)) == (
        "3 min", "Calf or foot",
    )  # fmt: skip
    outcomes = {view.cell(view.sessions, row, 2) for row in range(2)}
    assert outcomes == {"finished", "stopped at step 2"}
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.picker


def test_an_empty_history_says_so_without_flags(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(history=LogStore(tmp_path / "empty.db"))
    window.open_history()
    assert not window.log.view.flags.isVisible()
    assert "0</b> cramps logged" in window.log.view.totals.text()
    assert window.log.export_pdf(tmp_path / "empty.pdf", LAST_3_MONTHS) is not None


def test_csv_export_has_every_session_and_episode(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    window = make_window(history=history)
    window.open_history()
    path = window.log.export_csv(tmp_path / "log.csv")
    assert path is not None
    with path.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [r["kind"] for r in rows] == ["session", "session"] + ["episode"] * 4
    assert sorted(r["minutes"] for r in rows if r["kind"] == "episode") == [
        "12.0", "2.0", "3.0", "4.0",
    ]  # fmt: skip
    bar = window.messages.showing("exported")
    assert bar is not None and bar.label.text() == f"Log saved as {path}"


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of white space made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_pdf_report_has_what_a_doctor_needs(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    window = make_window(history=history)
    request = ReportRequest(LAST_3_MONTHS.first, LAST_3_MONTHS.last, "Ann Example")
    path = window.log.export_pdf(tmp_path / "report.pdf", request)
    assert path is not None
    text = " ".join(pdf_pages(path))
    for expected in (
        "Muscle cramp log",
        "Name: Ann Example",
        "Period:",
        "Cramps logged 4",
        "Longest cramp 12 min",
        "Red flags met",
        "lasted longer than 10 minutes",
        "Met on",
        "Cramps per week",
        "By area",
        "Calf or foot 3",
        "Night (00-06)",
        "Routines done 2 (1 finished)",
        "Calf stretch 1",
        "not medical advice",
        "page 1 of",
    ):
        assert expected in text, expected


def test_pdf_report_lists_every_cramp_of_the_period_on_as_many_pages_as_it_takes(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """60 cramps over 3 months with long notes: each is in it, whole; no page is only a footer."""
    history = LogStore(tmp_path / "long.db")
    today = now()
    notes = []
    for n in range(60):
        note = f"cramp-{n:02d} " + "woke up, stretched, walked about, drank water; " * (n % 5 + 1)
        notes.append(f"end-{n:02d}")
        log_cramp(history, today - timedelta(days=n * 1.5, hours=n % 7), 2 + n % 13,
                  "Calf or foot", side="left", severity=n % 10 + 1,
                  note=note + f"end-{n:02d}")  # fmt: skip
    log_cramp(history, today - timedelta(days=200), 5, "Neck", note="outside-the-period")
    window = make_window(history=history)
    path = window.log.export_pdf(tmp_path / "report.pdf", LAST_3_MONTHS)
    assert path is not None
    pages = pdf_pages(path)
    assert len(pages) > 1
    text = " ".join(pages)
    for n in range(60):
        assert f"cramp-{n:02d}" in text and f"end-{n:02d}" in text, n
    assert "outside-the-period" not in text
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"page {number} of {len(pages)}")
        body = page.removesuffix(f"page {number} of {len(pages)}")
        body = body.replace("Muscle cramp log · spasm-stretch · not medical advice", "").strip()
        assert len(body) > 200, f"page {number} holds next to nothing: {body!r}"
    assert all("Date Time Area Side Length Severity Signs, tags and note" in p for p in pages[1:])


def test_a_report_that_cannot_be_written_is_reported_not_raised(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    window = make_window(history=history)
    assert window.log.export_pdf(tmp_path / "no-such-folder" / "report.pdf", LAST_3_MONTHS) is None
    assert window.log.export_csv(tmp_path / "no-such-folder" / "log.csv") is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = sorted(box.text() for box in boxes if box.isVisible())
    assert len(shown) == 2 and all("no-such-folder" in text for text in shown)
    for box in boxes:
        box.close()


def test_reopening_shows_what_another_copy_of_the_app_logged_meanwhile(
    make_window: WindowFactory, history: LogStore
) -> None:
    """The page reuses its summary only while the log is unchanged, by this copy or another."""
    window = make_window(history=history)
    window.open_history()
    assert "4</b> cramps logged" in window.log.view.totals.text()
    window.show_picker()
    window.open_history()
    assert "4</b> cramps logged" in window.log.view.totals.text()
    other = LogStore(history.path)  # a second copy of the app, with its own connection
    log_cramp(other, now() - timedelta(hours=2), 3, "Neck")
    other.close()
    window.show_picker()
    window.open_history()
    assert "5</b> cramps logged" in window.log.view.totals.text()


def test_a_long_log_shows_its_lists_first_and_its_summary_just_after(
    qtbot: QtBot, make_window: WindowFactory, history: LogStore
) -> None:
    window = make_window(history=history)
    window.log.summary_later_from = 3  # as if the six rows here were a long log
    window.open_history()
    view = window.log.view
    assert view.totals.text() == "Adding up your log\u2026"
    model = view.episodes.model()
    assert model is not None and model.rowCount() == 4
    qtbot.waitUntil(lambda: "4</b> cramps logged" in view.totals.text(), timeout=2000)
    assert view.flags.isVisible()
