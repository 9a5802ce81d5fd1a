"""Print the doctor's report (HTML from history_report) to A4 PDF pages with a footer.

The document is laid out once as one tall column at the page's width, and
``log.paging`` chooses where the pages end: never through a table row, never
with a heading alone at a page's foot. Each page paints its stretch of the
column, the cramp table's header row again where the table runs on, and a
footer with the report's name and "page k of n".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextOption,
    QTextTable,
)

from spasm_stretch.i18n.text import Text
from spasm_stretch.log.paging import Header, Page, Span, pages

FOOTER_MM = 8.0
CSS_DPI = 96.0  # the HTML's pixels (padding, borders) are this many to the inch


class PdfReportText(Text):
    """Words of the report's page footer."""


@dataclass
class Column:
    """Where a laid-out report may be cut (see ``log.paging``), in the document's units."""

    keep: list[Span] = field(default_factory=list)
    lines: list[Span] = field(default_factory=list)
    headers: list[Header] = field(default_factory=list)
    # A cut on a table's row line shows that line at the page's foot too: its width there.
    rule_under: dict[float, float] = field(default_factory=dict)


def write_pdf(markup: str, path: Path, title: str) -> int:
    """Lay out ``markup`` on A4 pages and save it as ``path``; returns the page count.

    Raises:
        OSError: the file could not be written (QPdfWriter itself only warns).
    """
    with path.open("wb"):  # fail here, with a reason, if the place is not writable
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("spasm-stretch")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = FOOTER_MM / 25.4 * writer.resolution()
    document = report_document(markup, writer, page.width())
    column = measure(document, writer.logicalDpiY() / CSS_DPI)
    cut = pages(
        document.size().height(), page.height() - footer, column.keep, column.lines, column.headers
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(PdfReportText.tr("{path} could not be opened for writing").format(path=path))
    try:
        for number, stretch in enumerate(cut):
            if number:
                writer.newPage()
            _paint_page(painter, document, stretch, column.rule_under.get(stretch.bottom, 0.0))
            painter.setFont(QFont(document.defaultFont().family(), 8))
            line = QRectF(
                QPointF(0, page.height() - footer * 0.7), QSizeF(page.width(), footer * 0.7)
            )
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft,
                PdfReportText.tr("{title} · spasm-stretch · not medical advice").format(
                    title=title
                ),
            )
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight,
                PdfReportText.tr("page {page} of {pages}").format(page=number + 1, pages=len(cut)),
            )
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise OSError(PdfReportText.tr("nothing was written to {path}").format(path=path))
    return len(cut)


def _paint_page(painter: QPainter, document: QTextDocument, page: Page, rule: float) -> None:
    """The repeated header row (if any), then the page's stretch of the column under it."""
    painter.save()
    if page.header is not None:
        painter.translate(0, -page.header.top)
        _draw(painter, document, page.header.top, page.header.bottom)
        painter.translate(0, page.header.top + page.header.height)
    painter.translate(0, -page.top)
    # A page cut on a table's row line ends with that line (``rule`` tall), drawn again as the
    # top line of the next page's first row.
    _draw(painter, document, page.top, page.bottom + rule)
    painter.restore()


def _draw(painter: QPainter, document: QTextDocument, top: float, bottom: float) -> None:
    """Paint the column from ``top`` to ``bottom``, and no text of a block that only touches it.

    Qt paints every block that meets the rectangle, even one that only touches its edge; clipped
    away it is not seen, but its words would be in the PDF twice (found by search, read aloud).
    """
    edge = 0.1  # of the document's units: at 300 dpi, a thousandth of a millimetre
    document.drawContents(
        painter, QRectF(0, top + edge, document.size().width(), bottom - top - 2 * edge)
    )


def report_document(markup: str, writer: QPdfWriter, width: float) -> QTextDocument:
    """``markup`` laid out for ``writer`` as one column ``width`` wide, words never split."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # so text copied from the PDF reads "fl", not a ligature
    document.setDefaultFont(font)
    # Break lines between words only: a narrow column widens for "Intensité" or
    # "Étiquettes" instead of splitting them (Qt's default breaks anywhere).
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(width, -1))  # no pages of its own: log.paging cuts them
    document.setHtml(markup)
    return document


def measure(document: QTextDocument, scale: float) -> Column:
    """The rows, headings and lines of a laid-out ``document``: where it may be cut.

    ``scale`` turns the HTML's pixels (cell padding, borders) into the document's units.
    """
    column = Column()
    layout = document.documentLayout()
    each = document.begin()
    while each.isValid():
        top = layout.blockBoundingRect(each).top()
        lines = each.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            column.lines.append(Span(top + line.y(), top + line.y() + line.height()))
        each = each.next()
    heading: QTextBlock | None = None
    for block, table in _top_level(document.rootFrame()):
        if table is not None:
            rows = _rows(table, layout, scale, column)
            first = rows[min(table.format().headerRowCount(), len(rows) - 1)] if rows else None
            end = first.bottom if first is not None else layout.frameBoundingRect(table).bottom()
        else:
            end = _first_line_bottom(layout, block)
            column.keep.extend(_ends(layout, block))
        if heading is not None:  # a heading keeps with the first line, or row, under it
            column.keep.append(Span(layout.blockBoundingRect(heading).top(), end))
        heading = block if block is not None and block.blockFormat().headingLevel() else None
    return column


def _top_level(root: QTextFrame) -> Iterator[tuple[QTextBlock | None, QTextTable | None]]:
    """The document's own blocks and tables, in order (not those inside a table's cells)."""
    item = root.begin()
    while not item.atEnd():
        frame = item.currentFrame()
        block = item.currentBlock()
        if isinstance(frame, QTextTable):
            yield None, frame
        elif frame is None and block.isValid() and block.length() > 1:
            yield block, None
        item += 1


def _ends(layout: QAbstractTextDocumentLayout, block: QTextBlock | None) -> list[Span]:
    """A paragraph's first two lines, and its last two: no line of it alone on a page."""
    lines = block.layout() if block is not None else None
    if block is None or lines is None or lines.lineCount() < 2:
        return []
    top = layout.blockBoundingRect(block).top()
    spans = []
    for first in (0, lines.lineCount() - 2):
        one, two = lines.lineAt(first), lines.lineAt(first + 1)
        spans.append(Span(top + one.y(), top + two.y() + two.height()))
    return spans


def _first_line_bottom(layout: QAbstractTextDocumentLayout, block: QTextBlock | None) -> float:
    """Where the first line of ``block`` ends."""
    if block is None:
        return 0.0
    lines = block.layout()
    first = lines.lineAt(0).height() if lines.lineCount() else 0.0
    return layout.blockBoundingRect(block).top() + first


def _rows(
    table: QTextTable, layout: QAbstractTextDocumentLayout, scale: float, column: Column
) -> list[Span]:
    """Each row of ``table`` from the rule above it to the rule under it; adds them to keep."""
    form = table.format()
    rule = form.border() * scale
    inset = form.cellPadding() * scale + rule
    tops, bottoms = [], []
    for row in range(table.rows()):
        cells = [table.cellAt(row, col) for col in range(table.columns())]
        tops.append(
            min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
        )
        bottoms.append(
            max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
        )
    rows = [
        Span(top - inset, (tops[row + 1] - inset) if row + 1 < len(tops) else bottom + inset)
        for row, (top, bottom) in enumerate(zip(tops, bottoms, strict=True))
    ]
    column.keep.extend(rows)
    for span in rows:
        column.rule_under[span.top] = rule
    heads = form.headerRowCount()
    if 0 < heads < len(rows):
        column.keep.append(Span(rows[0].top, rows[heads].bottom))
        column.headers.append(
            Header(Span(rows[0].top, rows[heads].top), Span(rows[heads].top, rows[-1].bottom))
        )
    return rows
