"""A report for Monday to Sunday holds Monday 00:00:00 and Sunday 23:59:59, not Monday after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.log import log_cramp

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 8)  # Monday to Sunday


def test_the_first_days_midnight_is_in_the_report_and_the_day_after_the_last_is_not(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """Each day of the period whole, in local time: no cramp of its edges lost or let in."""
    history = LogStore(tmp_path / "history.db")
    start = datetime.combine(FIRST, datetime.min.time()).astimezone()
    after = datetime.combine(LAST + timedelta(days=1), datetime.min.time()).astimezone()
    second = timedelta(seconds=1)
    for moment, note in (
        (start - second, "note-before"), (start, "note-first-instant"),
        (after - second, "note-last-second"), (after, "note-day-after"),
    ):  # fmt: skip
        log_cramp(history, moment, 1, "Neck", note=note)
    window = make_window(history=history)
    path = window.log.export_pdf(tmp_path / "report.pdf", ReportRequest(FIRST, LAST))
    assert path is not None
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "note-first-instant" in text and "note-last-second" in text
    assert "note-before" not in text and "note-day-after" not in text
