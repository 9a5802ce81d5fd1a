"""Routine pictures, read once and shown only when they cannot pull in other files.

Qt's SVG renderer loads any file an ``<image href>`` names, even when the
SVG itself is given as bytes. The loader refuses such pictures, but a file
can change between loading and showing, so the bytes actually drawn are
checked again here, and a picture that fails is simply not drawn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from spasm_stretch.core.loader import RoutineError, read_regular_file
from spasm_stretch.core.svg_safety import MAX_PICTURE_BYTES, svg_problem


def safe_svg(path: Path) -> QByteArray:
    """The SVG at ``path`` as bytes to render, or empty bytes when it is unreadable or unsafe."""
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES + 1)  # a FIFO must not hang the window
    except (OSError, RoutineError):
        return QByteArray()
    if len(data) > MAX_PICTURE_BYTES or svg_problem(data) is not None:
        return QByteArray()
    return QByteArray(data)


def svg_pixmap(path: Path, size: QSize) -> QPixmap:
    """Render a safe SVG file at ``size``; transparent when it cannot be shown."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(safe_svg(path))
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
    return pixmap


_ICONS: dict[tuple[Path, int, int, int], QIcon] = {}


def thumbnail(path: Path, size: QSize) -> QIcon:
    """One rendered icon per distinct picture file and size, however many routines share it.

    Keyed by the file's modification time too, so an edited picture is drawn afresh.
    """
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = -1
    key = (path, stamp, size.width(), size.height())
    icon = _ICONS.get(key)
    if icon is None:
        icon = _ICONS[key] = QIcon(svg_pixmap(path, size))
    return icon
