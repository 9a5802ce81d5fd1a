"""Red-flag signs ticked through the window reach every view of the log a doctor reads."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from spasm_stretch.log.report import ReportRequest, write_csv
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock

WindowFactory = Callable[..., MainWindow]


def log_a_cramp_with(window: MainWindow, clock: FakeClock, sign: str, note: str = "") -> None:
    """A neck cramp (it starts at once), the sign ticked on its log page, then it is over."""
    window.cramp.relief_for_area("neck")
    view = window.cramp.view
    if sign:
        box = view.signs[sign]
        assert box.isEnabled()
        box.setChecked(True)
    view.note.setText(note)
    view.note.editingFinished.emit()
    clock.advance(90)
    window.cramp.end_now()


def test_numbness_and_skin_changes_ticked_in_the_window_raise_their_flags_everywhere(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    log_a_cramp_with(window, clock, "", note="numb and a little swollen")
    bar = window.messages.showing("cramp-ended")
    assert bar is not None and "doctor" not in bar.label.text(), "a note alone raises nothing"
    assert window.log.view.flags.text() == "" or not window.log.view.flags.isVisibleTo(window)
    log_a_cramp_with(window, clock, "numbness")
    bar = window.messages.showing("cramp-ended")
    assert bar is not None and "swelling, weakness or numbness are a reason to contact your" in (
        bar.label.text()
    )
    log_a_cramp_with(window, clock, "skin_changes")
    assert [e.signs for e in history.episodes()] == [(), ("numbness",), ("skin_changes",)]

    window.open_history()
    flags = window.log.view.flags.text()
    assert "One logged cramp came with numbness" in flags
    assert "Spasms that cause swelling, weakness or numbness are a reason" in flags
    assert "One logged cramp came with skin changes" in flags
    assert "Skin changes along with spasms are a reason to contact your doctor" in flags

    out = io.StringIO()
    write_csv(history.episodes(), [], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["numbness"], r["skin_changes"]) for r in rows] == [
        ("0", "0"), ("1", "0"), ("0", "1"),
    ]  # fmt: skip

    today = now().date()
    path = window.log.export_pdf(
        tmp_path / "report.pdf", ReportRequest(today - timedelta(days=30), today)
    )
    assert path is not None
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    first_page = pages[0]
    numbness = first_page.index("came with numbness")
    assert numbness < first_page.index("Summary"), "the red flags open the report"
    assert "Skin changes along with spasms are a reason to contact your doctor" in first_page
    listed = " ".join(pages)[" ".join(pages).index("Every cramp in the period") :]
    assert "Numbness" in listed and "Skin changes" in listed  # in the cramp list too
