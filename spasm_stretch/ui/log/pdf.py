"""Print the doctor's report (HTML from history_report) to A4 PDF pages with a footer.

The document is laid out once at the page's size and painted page by page,
so every page carries the report's name and "page k of n", and a table that
runs on repeats its header row (from the HTML's ``<thead>``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from spasm_stretch.i18n.text import Text

FOOTER_MM = 8.0


class PdfReportText(Text):
    """Words of the report's page footer."""


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
    document = _document(markup, writer, QSizeF(page.width(), page.height() - footer))
    family = document.defaultFont().family()
    pages = document.pageCount()
    body_height = page.height() - footer
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(PdfReportText.tr("{path} could not be opened for writing").format(path=path))
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body_height)
            document.drawContents(
                painter, QRectF(0, number * body_height, page.width(), body_height)
            )
            painter.restore()
            painter.setFont(QFont(family, 8))
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
                PdfReportText.tr("page {page} of {pages}").format(page=number + 1, pages=pages),
            )
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise OSError(PdfReportText.tr("nothing was written to {path}").format(path=path))
    return pages


def _document(markup: str, writer: QPdfWriter, size: QSizeF) -> QTextDocument:
    """``markup`` laid out for ``writer`` in pages of ``size``, words never split."""
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
    document.setPageSize(size)
    document.setHtml(markup)
    return document
