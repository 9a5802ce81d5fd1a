"""A check box whose words wrap onto more lines instead of running off a narrow page.

QCheckBox draws its text on one line, so a long relief tip at 200 % text
is wider than an 800-pixel window. This one breaks its words into lines
that fit its width; ``full_text`` and the accessible name keep the words
as written.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QWidget


class WrapCheckBox(QCheckBox):
    """A QCheckBox with word-wrapped text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._text = text
        self.setAccessibleName(text)
        # a plain check box will not shrink below its one-line width; this one wraps instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        """The words as written, on one line."""
        return self._text

    def _room(self) -> float:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return self.width() - indicator - spacing - 4

    def _lines(self, room: float) -> str:
        metrics = QFontMetricsF(self.font())
        lines: list[str] = []
        for word in self._text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Wrap the words again for the new width."""
        super().resizeEvent(event)
        wrapped = self._lines(self._room())
        if wrapped != self.text():
            self.setText(wrapped)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its longest word; as tall as its lines now."""
        metrics = QFontMetricsF(self.font())
        longest = max((metrics.horizontalAdvance(w) for w in self._text.split()), default=0.0)
        hint = super().sizeHint()
        return QSize(round(longest) + 40, hint.height())
