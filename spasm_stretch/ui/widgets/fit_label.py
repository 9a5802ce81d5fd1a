"""A one-line label that shrinks its text to its width instead of cutting it off.

Names and phase words are read from across a room, so they are large; a long
one on a small window gets a smaller font on one line, never a clipped word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSizePolicy, QWidget

SMALLEST = 0.6  # of the application's text size: below this a name is hard to read anyway


def fitting_factor(font: QFont, factor: float, text: str, room: float) -> float:
    """The largest size up to ``factor`` times the text size at which ``text`` fits ``room``."""
    base = QApplication.font().pointSizeF()
    trial = QFont(font)
    while factor > SMALLEST:
        trial.setPointSizeF(base * factor)
        if QFontMetricsF(trial).horizontalAdvance(text) <= room - 2:
            return factor
        factor -= 0.05
    return SMALLEST


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
        """Show ``text`` and fit it (the same text again, as every display tick sends, is free)."""
        if text == self.text():
            return
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
        factor = fitting_factor(self.font(), self._factor, self.text(), self.contentsRect().width())
        font = self.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * factor)
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


class FitButton(QPushButton):
    """A big button whose words shrink to its width rather than being cut off."""

    PADDING = 24  # the button's frame and margins around its words

    def __init__(
        self, text: str, factor: float, *, bold: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        font = self.font()
        font.setBold(bold)
        self.setFont(font)
        # a plain button will not shrink below its words' width; this one shrinks its words
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Narrow (the words shrink), as tall as the words at full size."""
        font = QFont(self.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * self._factor)
        return QSize(self.PADDING * 3, round(QFontMetricsF(font).height()) + self.PADDING)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The words at full size."""
        font = QFont(self.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * self._factor)
        width = QFontMetricsF(font).horizontalAdvance(self.text()) + self.PADDING
        return QSize(round(width), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the words to the new width."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new text size: fit again."""
        super().changeEvent(event)
        if event.type() is QEvent.Type.ApplicationFontChange:
            self._fit()
            self.updateGeometry()

    def _fit(self) -> None:
        factor = fitting_factor(self.font(), self._factor, self.text(), self.width() - self.PADDING)
        font = self.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * factor)
        if font != self.font():
            self.setFont(font)
