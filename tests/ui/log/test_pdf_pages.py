"""The doctor's PDF is cut into pages between rows, never through one.

A cramp's row is never split, nor a heading left alone at a page's foot, in
English and German, with one cramp or many, and notes up to fifteen lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from spasm_stretch.log.paging import Span
from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.log.pdf import CSS_DPI, measure, report_document
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.language import spoken
from tests.helpers.log import log_cramp

WindowFactory = Callable[..., MainWindow]
WORDS = "woke up, stretched, walked about, drank water, felt the calf go hard again; "
HEADINGS = {
    "en": ("Red flags met in this period", "Summary", "Cramps per week", "When to see a doctor",
           "Every cramp in the period"),
    "de": ("Warnzeichen in diesem Zeitraum", "Zusammenfassung", "Krämpfe pro Woche",
           "Wann ärztlich abklären lassen", "Alle Krämpfe im Zeitraum"),
}  # fmt: skip


def report_pages(make_window: WindowFactory, tmp_path: Path, count: int) -> list[str]:
    """The text of each page of a report on ``count`` cramps, notes from one line to fifteen."""
    history = LogStore(tmp_path / f"log-{count}.db")
    today = now()
    for n in range(count):
        log_cramp(history, today - timedelta(hours=n * 7 + 1), 2 + n % 13, "Calf or foot",
                  side="left", tags=("Night-time",) if n % 3 else (), signs=("numbness",) * (n % 2),
                  note=f"start-{n:03d} " + WORDS * (n * 7 % 16) + f"end-{n:03d}")  # fmt: skip
    window = make_window(history=history)
    request = ReportRequest(today.date() - timedelta(days=92), today.date(), "Anna Müller")
    path = window.log.export_pdf(tmp_path / f"report-{count}.pdf", request)
    assert path is not None
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def body(page: str) -> str:
    """A page's text without its footer."""
    return re.sub(r"\S+ · spasm-stretch · .*$", "", page).strip()


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("count", [1, 40])
def test_every_cramp_row_is_whole_on_one_page_and_no_heading_ends_a_page(
    make_window: WindowFactory, tmp_path: Path, language: str, count: int
) -> None:
    """Each row's first and last words are on the same page; each heading has text under it."""
    with spoken(language):
        pages = report_pages(make_window, tmp_path, count)
    assert count == 1 or len(pages) > 2, "enough rows to run over several pages"
    for n in range(count):
        on = [i for i, page in enumerate(pages) if f"start-{n:03d}" in page]
        assert len(on) == 1, f"row {n} is on pages {on}: once, and only once"
        assert f"end-{n:03d}" in pages[on[0]], f"row {n} is split across pages"
    headings = HEADINGS[language]
    for number, page in enumerate(pages, start=1):
        text = body(page)
        assert not text.endswith(headings), f"page {number} ends with a heading"
        if headings[-1] in text:  # the list's heading stands over its header row and a cramp
            assert "start-" in text[text.index(headings[-1]) :], f"page {number}: no row under it"
    whole = " ".join(pages)
    assert all(whole.count(heading) == 1 for heading in headings), "each heading once"


@pytest.mark.usefixtures("qapp")
def test_no_line_of_a_paragraph_is_left_alone_at_either_end_of_a_page(tmp_path: Path) -> None:
    """A paragraph's first two lines stay together, and so do its last two (no widow, no orphan)."""
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(300)
    document = report_document("<p>" + WORDS * 12 + "</p>", writer, 1200)
    lines = document.begin().layout()
    assert lines.lineCount() >= 4
    column = measure(document, writer.logicalDpiY() / CSS_DPI)
    top = document.documentLayout().blockBoundingRect(document.begin()).top()
    edges = [
        (top + lines.lineAt(i).y(), top + lines.lineAt(i).y() + lines.lineAt(i).height())
        for i in range(lines.lineCount())
    ]
    first_two = Span(edges[0][0], edges[1][1])
    last_two = Span(edges[-2][0], edges[-1][1])
    assert first_two in column.keep and last_two in column.keep
