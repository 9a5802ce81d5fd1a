"""A list of log records read from the history a page at a time, for views of any length.

The view asks for more rows only as it scrolls (Qt's canFetchMore/fetchMore),
so opening a log of 100,000 routine runs reads and builds one page of rows,
never all of them, and takes no more memory than what was scrolled through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 200  # rows read per fetch: a few screens' worth

Index = QModelIndex | QPersistentModelIndex


class PagedLog(QAbstractTableModel):
    """Rows of records: ``fetch(offset, limit)`` reads them, ``columns`` turn one into text."""

    def __init__(
        self,
        headers: Sequence[str],
        columns: Sequence[Callable[[Any], str]],
        fetch: Callable[[int, int], Sequence[Any]],
        total: int,
    ) -> None:
        super().__init__()
        self._headers = list(headers)
        self._columns = list(columns)
        self._fetch = fetch
        self._total = total
        self._rows: list[Any] = []
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Rows read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """One column per formatter."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text of a cell (its whole text as a tooltip, for long notes)."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()](self._rows[index.row()])
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        """Whether the log holds rows not read yet."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        """Read the next page."""
        if parent.isValid():
            return
        page = list(self._fetch(len(self._rows), PAGE))
        if len(page) < PAGE:  # rows that could not be read are left out: stop there
            self._total = len(self._rows) + len(page)
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def record(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self._rows[row]
