"""A progress bar drawn as two flat rectangles: cheap to draw again as it moves.

Fusion draws a bar's chunk with a gradient and stripes, line by line, and
Qt hands long runs of lines to its painting threads: each step of the
session's bar woke two threads a dozen times. Two solid rectangles in the
palette's colours are drawn on the window's thread alone. It is still a
QProgressBar, so screen readers hear its name and value as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QProgressBar, QWidget

from spasm_stretch.ui.widgets.theme import night_opacity

TRACK_ALPHA = 90  # of 255: the empty part, as faint as the countdown ring's track


class PlainBar(QProgressBar):
    """A thin progress bar: a faint track and a solid part in the highlight colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
        """Move the bar, drawn with the rest of the tick, not at once on its own.

        QProgressBar repaints synchronously when its value changes: a paint
        and a flush to the X server of its own, apart from the ring's and the
        time left's a moment later. With updates held during the change, the
        bar is drawn in the window's next update, with them.
        """
        if value == self.value():
            return
        self.setUpdatesEnabled(False)
        super().setValue(value)
        self.setUpdatesEnabled(True)
        self.update()  # the one update, with the rest of the window's

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The window's colour, the track, and the done part from the left (or the right)."""
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(TRACK_ALPHA)
        bar = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        painter.fillRect(bar, track)
        span = max(1, self.maximum() - self.minimum())
        done = bar.width() * (self.value() - self.minimum()) / span
        if done > 0:
            chunk = QColor(palette.color(QPalette.ColorRole.Highlight))
            chunk.setAlphaF(night_opacity(self))
            left = bar.right() - done if self.invertedAppearance() else bar.left()
            painter.fillRect(QRectF(left, bar.top(), done, bar.height()), chunk)
        painter.end()
