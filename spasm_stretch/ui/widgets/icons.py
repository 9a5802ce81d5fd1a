"""Toolbar glyphs drawn in the palette's text colour, so they read in light and dark.

Fusion's stock media icons are dark grey whatever the palette, which all but
disappears on a dark toolbar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from spasm_stretch.resources import assets_dir

SIZE = 48


def _triangle(painter: QPainter, left: float, right: float) -> None:
    painter.drawPolygon(QPolygonF([QPointF(left, 12), QPointF(right, 24), QPointF(left, 36)]))


def _play(p: QPainter) -> None:
    _triangle(p, 16, 36)


def _pause(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(14, 12, 7, 24), 2, 2)
    p.drawRoundedRect(QRectF(27, 12, 7, 24), 2, 2)


def _next(p: QPainter) -> None:
    _triangle(p, 10, 26)
    _triangle(p, 24, 40)


def _back(p: QPainter) -> None:
    p.drawPolygon(QPolygonF([QPointF(38, 12), QPointF(22, 24), QPointF(38, 36)]))
    p.drawPolygon(QPolygonF([QPointF(24, 12), QPointF(8, 24), QPointF(24, 36)]))


def _stop(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(13, 13, 22, 22), 3, 3)


def _speaker(p: QPainter) -> None:
    p.drawPolygon(
        QPolygonF([QPointF(8, 19), QPointF(15, 19), QPointF(24, 11), QPointF(24, 37),
                   QPointF(15, 29), QPointF(8, 29)])
    )  # fmt: skip


def _sound_on(p: QPainter) -> None:
    _speaker(p)
    pen = QPen(p.brush().color(), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (7.0, 13.0):
        path = QPainterPath()
        path.arcMoveTo(QRectF(24 - radius, 24 - radius, 2 * radius, 2 * radius), -45)
        path.arcTo(QRectF(24 - radius, 24 - radius, 2 * radius, 2 * radius), -45, 90)
        p.drawPath(path)


def _sound_off(p: QPainter) -> None:
    _speaker(p)
    p.setPen(QPen(p.brush().color(), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(30, 18), QPointF(40, 30))
    p.drawLine(QPointF(40, 18), QPointF(30, 30))


def _list(p: QPainter) -> None:
    for y in (14, 23, 32):
        p.drawRoundedRect(QRectF(10, y, 5, 4), 1, 1)
        p.drawRoundedRect(QRectF(19, y, 20, 4), 1, 1)


def _chart(p: QPainter) -> None:
    for x, height in ((10, 14), (21, 24), (32, 18)):
        p.drawRoundedRect(QRectF(x, 38 - height, 7, height), 1, 1)


GLYPHS: dict[str, Callable[[QPainter], None]] = {
    "play": _play,
    "pause": _pause,
    "next": _next,
    "back": _back,
    "stop": _stop,
    "sound-on": _sound_on,
    "sound-off": _sound_off,
    "list": _list,
    "chart": _chart,
}


def glyph(name: str, colour: QColor) -> QIcon:
    """The icon ``name`` drawn in ``colour``; disabled states are faded by Qt."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    GLYPHS[name](painter)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The application icon (the window's, the tray's and the notifications')."""
    return QIcon(str(assets_dir() / "icons" / "spasm-stretch.svg"))
