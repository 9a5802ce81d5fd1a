"""Where the doctor's report is cut into pages: never through a row, never after a heading."""

from __future__ import annotations

import pytest

from spasm_stretch.log.paging import Header, Page, Span, pages


def rows(top: float, *heights: float) -> list[Span]:
    """Table rows one under the other, starting at ``top``."""
    spans = []
    for height in heights:
        spans.append(Span(top, top + height))
        top += height
    return spans


def test_a_row_that_ends_on_the_page_foot_stays_and_one_unit_more_moves_on() -> None:
    """A row that fits stays on the page; one unit taller and it is whole on the next page."""
    fits = rows(0, 60, 40, 30)  # the second row ends at 100: the foot of a 100-unit page
    assert pages(130, 100, fits) == [Page(0, 100), Page(100, 130)]
    spills = rows(0, 60, 41, 30)  # one unit more: the row goes whole to the next page
    assert pages(131, 100, spills) == [Page(0, 60), Page(60, 131)]


def test_a_heading_is_never_left_alone_at_a_page_foot() -> None:
    """A heading glued to its first row moves to the next page with it."""
    heading = Span(80, 95)
    first_row = Span(95, 130)
    keep = [*rows(0, 40, 40), first_row, Span(heading.top, first_row.bottom)]
    assert pages(130, 100, keep) == [Page(0, 80), Page(80, 130)]


def test_the_header_row_is_repeated_and_takes_its_room_on_each_later_page() -> None:
    """Pages after the first start with the table's header; the rows fit under it."""
    header_row = Span(0, 10)
    body = rows(10, *[30] * 6)  # 10..190
    header = Header(header_row, Span(10, 190))
    keep = [header_row, *body, Span(0, 40)]  # the header keeps with the first row
    cut = pages(190, 100, keep, headers=[header])
    assert cut == [Page(0, 100), Page(100, 190, header_row)]
    shown = [(page.bottom - page.top) + (page.header.height if page.header else 0) for page in cut]
    assert all(height <= 100 for height in shown)


def test_a_row_taller_than_a_page_is_cut_between_its_lines_never_through_one() -> None:
    """Only a row no page can hold is cut, and then between two of its lines."""
    tall = Span(0, 250)
    lines = rows(0, *[30] * 8)  # lines at 0, 30, ..., 210 in that row
    cut = pages(250, 100, [tall], lines)
    assert [page.bottom for page in cut] == [90, 180, 250]


def test_a_single_line_taller_than_a_page_is_cut_where_the_page_ends() -> None:
    """Nothing can be kept whole: the page still ends, so the report always finishes."""
    assert pages(250, 100, [Span(0, 250)], [Span(0, 250)]) == [
        Page(0, 100), Page(100, 200), Page(200, 250),
    ]  # fmt: skip


def test_a_page_without_room_is_refused() -> None:
    """A page of no height would never end the report."""
    with pytest.raises(ValueError, match="room"):
        pages(100, 0, [])
