"""A large countdown number inside a ring that empties as the segment runs.

Drawn for little: the widget is opaque (it fills its own background, so
nothing under it is repainted with it), the unchanging track is a cached
pixmap, and a new state that would draw the same picture (the same number,
the same arc to the sixteenth of a degree Qt draws in) does not repaint.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from spasm_stretch.core.plan import seconds_left


class CountdownRing(QWidget):
    """Shows whole seconds left (rounded up, as a kitchen timer does) and a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._length = 1.0
        self._caption = ""
        self._colour = QColor("#2a9d8f")
        self._drawn: tuple[object, ...] = ()
        self._track: tuple[tuple[int, int, int], QPixmap] | None = None
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName("Countdown")

    def set_state(self, remaining: float, length: float, caption: str, colour: QColor) -> None:
        """Show ``remaining`` of ``length`` seconds with ``caption`` under the number."""
        self._remaining = max(0.0, remaining)
        self._length = max(length, 0.001)
        self._caption = caption
        self._colour = colour
        picture = (self.seconds_shown(), self._span(), caption, colour.rgba())
        if picture != self._drawn:
            self._drawn = picture
            self.setAccessibleDescription(f"{self.seconds_shown()} seconds left, {caption}")
            self.update()

    def seconds_per_pixel(self, length: float) -> float:
        """How long a segment of ``length`` seconds takes to move the arc by one pixel."""
        return length / (math.pi * self._side())

    def _side(self) -> int:
        return max(1, min(self.width(), self.height()) - 16)

    def _span(self) -> int:
        """The arc as Qt draws it, in sixteenths of a degree, moved on in whole pixels.

        A long hold moves the arc less than a pixel between display ticks;
        those ticks then draw nothing new and cost no repaint.
        """
        full = 360 * 16
        step = max(1, round(full / (math.pi * self._side())))  # one pixel of arc, in 1/16 degree
        return round(min(1.0, self._remaining / self._length) * full / step) * step

    def seconds_shown(self) -> int:
        """The whole number on screen."""
        return seconds_left(self._remaining)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Big enough to read from across a room."""
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the track, the remaining arc, the number and the caption."""
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(8.0, side / 14)
        ring = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background(ring, thickness))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(self._colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawArc(ring, 90 * 16, self._span())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        number = QFont(self.font())
        number.setPixelSize(max(12, round(side * 0.36)))
        number.setBold(True)
        painter.setFont(number)
        number_rect = QRectF(rect.left(), rect.top() + side * 0.18, side, side * 0.46)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(self.seconds_shown()))
        caption = QFont(self.font())
        caption.setPixelSize(max(10, round(side * 0.085)))
        painter.setFont(caption)
        caption_rect = QRectF(
            rect.left() + side * 0.15, rect.top() + side * 0.62, side * 0.7, side * 0.14
        )
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

    def _background(self, ring: QRectF, thickness: float) -> QPixmap:
        """The window colour and the empty track, drawn once per size and palette."""
        window = self.palette().color(QPalette.ColorRole.Window)
        key = (self.width(), self.height(), window.rgba())
        if self._track is None or self._track[0] != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(window)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            track = self.palette().color(QPalette.ColorRole.Mid)
            track.setAlpha(90)
            painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawEllipse(ring)
            painter.end()
            self._track = (key, pixmap)
        return self._track[1]
