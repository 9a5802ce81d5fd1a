"""The doctor's PDF reads as its cramps: empty weeks folded, side, help and tags summed up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.log import log_cramp

WindowFactory = Callable[..., MainWindow]


def test_thirteen_weeks_with_two_busy_ones_fold_the_empty_runs_and_sum_up_the_notes(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    history = LogStore(tmp_path / "history.db")
    today = now()
    for days, side, helped, tags in (
        (2, "left", ("Stretching",), ("New medication",)),
        (3, "left", ("Stretching", "Heat"), ()),
        (80, "right", ("Walking",), ("New medication",)),
    ):
        log_cramp(history, today - timedelta(days=days), 3, "Calf or foot",
                  side=side, helped=helped, tags=tags)  # fmt: skip
    window = make_window(history=history)
    request = ReportRequest(today.date() - timedelta(weeks=13), today.date())
    path = window.log.export_pdf(tmp_path / "report.pdf", request)
    assert path is not None
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "no cramps (" in text and "weeks)" in text
    chart = text[text.index("Cramps per week") : text.index("By time of day")]
    assert chart.count(" 0 ") <= 3, "runs of empty weeks are one line each"
    assert "By side left 2 right 1" in text
    assert "Stretching 2" in text and "Heat 1" in text and "Walking 1" in text
    assert "New medication 2" in text
