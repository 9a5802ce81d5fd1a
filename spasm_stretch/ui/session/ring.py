"""A large countdown number inside a ring that empties as the segment runs.

Drawn for little: the widget is opaque (it fills its own background, so
nothing under it is repainted with it), the unchanging track is a cached
pixmap (and the track with the texts another), a new state that would draw
the same picture (the same number, word and caption, the arc moved by less
than a pixel) does not repaint, and a new second repaints only the number
and the arc's moving end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from spasm_stretch.core.plan import seconds_left
from spasm_stretch.ui.widgets.contrast import muted
from spasm_stretch.ui.widgets.theme import night_opacity


@dataclass(frozen=True)
class RingText:
    """One text the ring draws: where, in which font, with which alignment flags."""

    text: str
    rect: QRectF
    font: QFont
    flags: int


MINIMUM_SIDE = 120.0
DIMMED_ALPHA = 70  # of 255: a paused ring is faded, plainly not counting (its words less)
LINES_ACROSS = 5  # the ring's side, in lines of the window's text
STEPS_PER_TURN = 360  # the arc moves by a degree at least (or by a pixel, if that is more)


def _fitting_font(base: QFont, pixels: float, rect: QRectF, flags: int, text: str) -> QFont:
    """``base`` at ``pixels``, or smaller until ``text`` wrapped in ``rect`` fits it."""
    font = QFont(base)
    size = max(6, round(pixels))
    while True:
        font.setPixelSize(size)
        box = QFontMetricsF(font).boundingRect(rect, flags, text)
        if size <= 6 or (box.width() <= rect.width() and box.height() <= rect.height()):
            return font
        size -= 1


class CountdownRing(QWidget):
    """Shows whole seconds left (rounded up, as a kitchen timer does) and a caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._length = 1.0
        self._caption = ""
        self._colour = QColor("#2a9d8f")
        self._dimmed = False
        self._word = ""
        self._drawn: tuple[int, int, str, int, bool, str] | None = None
        self._texts: tuple[tuple[object, ...], list[RingText]] | None = None
        self._track: tuple[tuple[object, ...], QPixmap] | None = None
        self._face: tuple[tuple[object, ...], QPixmap] | None = None
        self._fit_to_text()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Countdown"))

    def set_state(
        self,
        remaining: float,
        length: float,
        caption: str,
        colour: QColor,
        *,
        dimmed: bool = False,
        word: str = "",
    ) -> None:
        """Show ``remaining`` of ``length`` seconds with ``caption`` under the number.

        ``dimmed`` (paused) fades the ring and number; ``word`` (a cue's word
        for a moment) is drawn large in place of the number.
        """
        self._remaining = max(0.0, remaining)
        self._length = max(length, 0.001)
        self._caption = caption
        self._colour = colour
        self._dimmed = dimmed
        self._word = word
        picture = (self.seconds_shown(), self._span(), caption, colour.rgba(), dimmed, word)
        if picture == self._drawn:
            return
        before, self._drawn = self._drawn, picture
        if before is None or before[:1] + before[2:] != picture[:1] + picture[2:]:
            # "24 seconds left", not "24 seconds left, seconds": the caption only when it adds.
            left = self.tr("{seconds} seconds left, {caption}").format(
                seconds=self.seconds_shown(), caption=""
            )
            left = left.strip(" ,")
            if caption and caption.casefold() not in left.casefold():
                left = f"{left}, {caption}"
            self.setAccessibleDescription(left)
        if before is None or before[2:] != picture[2:]:
            self.update()
            return
        changed = self._arc_end_change(before[1], picture[1])
        if before[0] != picture[0]:  # a new second: the number's box too, not the whole ring
            changed = changed.united(self._number_box())
        self.update(changed)

    def _number_box(self) -> QRect:
        """Where the number is drawn (the same box for any number)."""
        return self.texts()[0].rect.toAlignedRect().adjusted(-2, -2, 2, 2)

    def _arc_end_change(self, old: int, new: int) -> QRect:
        """The part of the widget where the arc's end moved from ``old`` to ``new`` (1/16 deg).

        Only the arc moved: repainting the small box around its two ends, not the
        whole ring, is what keeps a hold cheap. A large jump repaints everything.
        """
        if abs(old - new) > 20 * 16:
            return self.rect()
        square = self._square()
        thickness = max(8.0, square.width() / 14)
        radius = (square.width() - thickness) / 2
        centre = square.center()
        points = [
            QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))
            for angle in (math.radians(90 + span / 16) for span in (old, new))
        ]
        margin = thickness / 2 + 3
        box = QRectF(points[0], points[1]).normalized()
        return box.adjusted(-margin, -margin, margin, margin).toAlignedRect()

    def seconds_per_step(self, length: float) -> float:
        """How long a segment of ``length`` seconds takes to move the arc one visible step.

        A step is a device pixel (on a screen at 200 % the arc moves a pixel
        twice as often) and never less than a degree: a dial read from across
        the room shows no finer motion, and each redraw wakes the machine
        (about three wake-ups with the X server's round trips). A 5-minute
        hold then moves its arc with its number, once a second; a 3-second
        "get ready" moves it as smoothly as the driver's cap allows.
        """
        return length / min(self._arc_pixels(), STEPS_PER_TURN)

    def _arc_pixels(self) -> float:
        """The whole circle's length in device pixels."""
        return math.pi * self._side() * self.devicePixelRatioF()

    def _side(self) -> float:
        return max(1.0, min(self.width(), self.height()) - 16.0)

    def _span(self) -> int:
        """The arc as Qt draws it, in sixteenths of a degree, moved on in whole pixels.

        A long hold moves the arc less than a pixel between display ticks;
        those ticks then draw nothing new and cost no repaint.
        """
        full = 360 * 16
        step = max(1, round(full / self._arc_pixels()))  # one pixel of arc, in 1/16 degree
        return round(min(1.0, self._remaining / self._length) * full / step) * step

    def word(self) -> str:
        """The cue word shown in place of the number, if any."""
        return self._word

    def is_dimmed(self) -> bool:
        """Whether the ring is faded (the session is paused)."""
        return self._dimmed

    def seconds_shown(self) -> int:
        """The whole number on screen."""
        return seconds_left(self._remaining)

    def _fit_to_text(self) -> None:
        """Never smaller than the text around it calls for: larger text, a larger ring."""
        side = max(MINIMUM_SIDE, QFontMetricsF(self.font()).height() * LINES_ACROSS)
        self.setMinimumSize(QSize(round(side), round(side)))
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Grow with the text size."""
        if event.type() is QEvent.Type.FontChange:
            self._fit_to_text()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Big enough to read from across a room."""
        side = max(self.minimumWidth() * 3 // 2, 240)
        return QSize(side, side)

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 16
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def texts(self) -> list[RingText]:
        """The number and the caption as they are drawn (a layout test checks they fit).

        Fitting a font measures text several times, so the result is kept until
        the size, the font or one of the texts changes (not at every arc step).
        """
        key = (self.width(), self.height(), self.font().key(), self._word, self._caption,
               self.seconds_shown())  # fmt: skip
        if self._texts is None or self._texts[0] != key:
            self._texts = (key, self._measure_texts())
        return self._texts[1]

    def _measure_texts(self) -> list[RingText]:
        rect = self._square()
        side = rect.width()
        number_rect = QRectF(rect.left(), rect.top() + side * 0.18, side, side * 0.46)
        centre = int(Qt.AlignmentFlag.AlignCenter.value)
        wrapping = centre | int(Qt.TextFlag.TextWordWrap.value)
        if self._word:  # inside the ring's hole, on up to three lines
            word_rect = QRectF(rect.left() + side * 0.14, rect.top() + side * 0.2,
                               side * 0.72, side * 0.42)  # fmt: skip
            font = QFont(self.font())
            font.setBold(True)
            number = _fitting_font(font, side * 0.3, word_rect, wrapping, self._word)
            number_item = RingText(self._word, word_rect, number, wrapping)
        else:
            number = QFont(self.font())
            number.setPixelSize(max(12, round(side * 0.36)))
            number.setBold(True)
            number_item = RingText(str(self.seconds_shown()), number_rect, number, centre)
        caption_rect = QRectF(
            rect.left() + side * 0.17, rect.top() + side * 0.62, side * 0.66, side * 0.2
        )
        return [
            number_item,
            RingText(
                self._caption,
                caption_rect,
                _fitting_font(self.font(), side * 0.085, caption_rect, wrapping, self._caption),
                wrapping,
            ),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the track, the remaining arc, the number and the caption."""
        rect = self._square()
        side = rect.width()
        thickness = max(8.0, side / 14)
        ring = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._background(ring, thickness))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self._colour)
        colour.setAlphaF(night_opacity(self))
        if self._dimmed:
            colour.setAlpha(DIMMED_ALPHA)
        painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 90 * 16, self._span())
        painter.end()

    def _background(self, ring: QRectF, thickness: float) -> QPixmap:
        """Everything but the arc: window colour, empty track, number and caption.

        Drawn again only when one of them changes (once a second at most while
        counting), over a copy of the empty track: stroking the large smooth
        circle again each second was the costliest part of a hold. Each step
        of the arc in between is one pixmap and one arc.
        """
        window = self.palette().color(QPalette.ColorRole.Window)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self._dimmed:  # fainter, plainly not counting, and still read at 4.5:1
            text = muted(text, window, DIMMED_ALPHA / 255)
        ratio = self.devicePixelRatioF()
        texts = self.texts()
        assert self._texts is not None
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        key = (self.width(), self.height(), window.rgba(), track.rgba(), ratio)
        if self._track is None or self._track[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(window)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawEllipse(ring)
            painter.end()
            self._track = (key, pixmap)
        face_key = (key, text.rgba(), self._texts[0])
        if self._face is None or self._face[0] != face_key:
            face = QPixmap(self._track[1])  # a copy: painting on it leaves the track as it is
            painter = QPainter(face)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(text)
            for item in texts:
                painter.setFont(item.font)
                painter.drawText(item.rect, item.flags, item.text)
            painter.end()
            self._face = (face_key, face)
        return self._face[1]
