"""Print the doctor's report (HTML from history_report) to an A4 PDF file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(markup: str, path: Path, title: str) -> None:
    """Lay out ``markup`` on A4 pages and save it as ``path``.

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
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setFeature(QFont.Tag("liga"), 0)  # so text copied from the PDF reads "fl", not a ligature
    document.setDefaultFont(font)
    document.setHtml(markup)
    document.print_(writer)
    if path.stat().st_size == 0:
        raise OSError(f"nothing was written to {path}")
