"""A one-line label that shrinks its text to its width instead of cutting it off.

Names and phase words are read from across a room, so they are large; a long
one on a small window gets a smaller font on one line, never a clipped word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SMALLEST = 0.6  # of the application's text size: below this a name is hard to read anyway


class FitLabel(QLabel):
    """Plain text on one line, at ``factor`` times the text size or as much as fits."""

    def __init__(self, factor: float, *, bold: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factor = factor
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(bold)
        self.setFont(font)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show ``text`` and fit it."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the text to the new width."""
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Any width (the text shrinks); the height of one line at full size."""
        if self.wordWrap():
            return super().minimumSizeHint()
        return QSize(40, self._line_height(self._factor))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The text at full size on one line."""
        font = self.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * self._factor)
        margins = self.contentsMargins()
        width = QFontMetricsF(font).horizontalAdvance(self.text()) + 2
        return QSize(
            round(width) + margins.left() + margins.right(), self._line_height(self._factor)
        )

    def _line_height(self, factor: float) -> int:
        font = self.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * factor)
        margins = self.contentsMargins()
        return round(QFontMetricsF(font).height()) + margins.top() + margins.bottom() + 1

    def _fit(self) -> None:
        base = QApplication.font().pointSizeF()
        font = self.font()
        room = self.contentsRect().width() - 2
        factor = self._factor
        while factor > SMALLEST:
            font.setPointSizeF(base * factor)
            if QFontMetricsF(font).horizontalAdvance(self.text()) <= room:
                break
            factor -= 0.05
        font.setPointSizeF(base * max(factor, SMALLEST))
        if font != self.font():
            self.setFont(font)
        wrap = factor <= SMALLEST  # still too long at the smallest size: on two lines
        if wrap != self.wordWrap():
            self.setWordWrap(wrap)
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Lines at ``width``, when even the smallest size needs a second line."""
        return super().heightForWidth(width) if self.wordWrap() else -1

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size: fit again."""
        super().changeEvent(event)
        if event.type() is QEvent.Type.ApplicationFontChange:
            self._fit()
            self.updateGeometry()
