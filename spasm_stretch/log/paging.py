"""Where a long report is cut into pages: never through a table row, never after a heading.

The report is laid out once as one tall column; this module only chooses
the cuts. It knows three kinds of span, each a stretch of the column a cut
must not fall inside:

- ``keep``: a table row, or a heading glued to what follows it (a heading
  with the first row of its table, never alone at a page's foot);
- ``lines``: a line of text; used only when a single ``keep`` span is taller
  than a page, so even that is cut between lines, never through one;
- a table's ``Header`` row, shown again at the top of every page its table
  runs on to.

Qt-free (plain numbers in any unit), so every rule here is tested without a
display; ``ui/log/pdf.py`` measures the spans and paints the pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the column from ``top`` to ``bottom`` that a cut must not fall inside."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        """How tall it is."""
        return self.bottom - self.top

    def holds(self, y: float) -> bool:
        """Whether a cut at ``y`` would go through it (its edges are fine)."""
        return self.top < y < self.bottom


@dataclass(frozen=True)
class Header:
    """A table's header row, repeated on each page its ``body`` continues on."""

    row: Span
    body: Span  # from the first row under the header to the table's end


@dataclass(frozen=True)
class Page:
    """One page: a repeated table header (if any), then the column from ``top`` to ``bottom``."""

    top: float
    bottom: float
    header: Span | None = None


def _best_cut(start: float, end: float, spans: Sequence[Span]) -> float | None:
    """The lowest place in (start, end] that cuts through none of ``spans``; None if none."""
    near = [span for span in spans if span.bottom > start and span.top < end]
    candidates = sorted({end, *(span.top for span in near if start < span.top < end)}, reverse=True)
    for y in candidates:
        if not any(span.holds(y) for span in near):
            return y
    return None


def _header_at(y: float, headers: Sequence[Header]) -> Span | None:
    """The header to repeat above a page that starts at ``y`` inside a table's body."""
    for header in headers:
        if header.body.top < y < header.body.bottom:
            return header.row
    return None


def pages(
    height: float,
    page_height: float,
    keep: Sequence[Span],
    lines: Sequence[Span] = (),
    headers: Sequence[Header] = (),
) -> list[Page]:
    """Cut a column ``height`` tall into pages of ``page_height``.

    Each page ends at the lowest cut that leaves every ``keep`` span whole;
    a ``keep`` span taller than a page is cut between its ``lines``; only a
    single line taller than a page is cut where the page ends.
    """
    if page_height <= 0:
        raise ValueError(f"a page must have room, got {page_height}")
    result: list[Page] = []
    start = 0.0
    while start < height:
        header = _header_at(start, headers)
        room = page_height - (header.height if header is not None else 0.0)
        if room <= 0:  # a header as tall as a page: not repeated
            header, room = None, page_height
        end = start + room
        if end >= height:
            result.append(Page(start, height, header))
            break
        cut = _best_cut(start, end, keep)
        if cut is None:  # one row or heading taller than a page: cut it between its lines
            cut = _best_cut(start, end, lines)
        if cut is None:  # one line taller than a page: cut where the page ends
            cut = end
        result.append(Page(start, cut, header))
        start = cut
    return result
