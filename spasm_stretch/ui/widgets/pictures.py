"""Routine pictures, read once and shown only when they cannot pull in other files.

Qt's SVG renderer loads any file an ``<image href>`` names, even when the
SVG itself is given as bytes. The loader refuses such pictures, but a file
can change between loading and showing, so the bytes actually drawn are
checked again here, and a picture that fails is simply not drawn. PNG, JPEG
and WebP pictures are decoded from bytes read the same non-blocking way.

A picture shows one side of the body; ``PictureView`` mirrors it for the
other side, so the picture, the side's words and its arrow always agree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from spasm_stretch.core.routine_files import RASTER_SUFFIXES, RoutineError, read_regular_file
from spasm_stretch.core.svg_safety import MAX_PICTURE_BYTES, svg_problem
from spasm_stretch.ui.widgets.theme import night_opacity

MAX_RASTER_BYTES = 8 * 1024 * 1024  # a phone photo; larger is refused, not decoded


def safe_svg(path: Path) -> QByteArray:
    """The SVG at ``path`` as bytes to render, or empty bytes when it is unreadable or unsafe."""
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES + 1)  # a FIFO must not hang the window
    except (OSError, RoutineError):
        return QByteArray()
    if len(data) > MAX_PICTURE_BYTES or svg_problem(data) is not None:
        return QByteArray()
    return QByteArray(data)


def raster_image(path: Path) -> QImage:
    """The PNG, JPEG or WebP picture at ``path``; a null image when it cannot be shown."""
    try:
        data = read_regular_file(path, MAX_RASTER_BYTES + 1)
    except (OSError, RoutineError):
        return QImage()
    if len(data) > MAX_RASTER_BYTES:
        return QImage()
    return QImage.fromData(data)


def picture_pixmap(path: Path, size: QSize) -> QPixmap:
    """Render a picture (a safe SVG, or PNG, JPEG, WebP) at ``size``; transparent if it fails."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if path.suffix.lower() in RASTER_SUFFIXES:
        image = raster_image(path)
        if not image.isNull():
            scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            painter = QPainter(pixmap)
            painter.drawImage((size.width() - scaled.width()) // 2,
                              (size.height() - scaled.height()) // 2, scaled)  # fmt: skip
            painter.end()
        return pixmap
    renderer = QSvgRenderer(safe_svg(path))
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
    return pixmap


class PictureView(QWidget):
    """One routine picture (SVG or raster), kept in proportion, mirrored when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg = QSvgRenderer(self)
        self._image = QImage()
        self._path: Path | None = None
        self._showing: tuple[Path | None, bool] | None = None
        self._mirrored = False
        self._room = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_room(self, room: bool) -> None:
        """Whether the page has room for the picture at its least height; hidden if not."""
        self._room = room
        self.setVisible(self.has_picture() and room)

    def show_picture(self, path: Path | None, *, mirrored: bool = False) -> None:
        """Show the picture at ``path`` (None: none), flipped left to right if ``mirrored``."""
        if (path, mirrored) == self._showing:
            return  # called at every display tick: the same picture is not drawn again
        self._showing = (path, mirrored)
        if path != self._path:
            self._path = path
            suffix = path.suffix.lower() if path is not None else ""
            self._image = raster_image(path) if path and suffix in RASTER_SUFFIXES else QImage()
            self._svg.load(safe_svg(path) if path and suffix == ".svg" else QByteArray())
        self._mirrored = mirrored
        self.setVisible(self.has_picture() and self._room)
        self.update()

    def has_picture(self) -> bool:
        """Whether a picture is loaded and can be drawn."""
        return self._svg.isValid() or not self._image.isNull()

    def is_mirrored(self) -> bool:
        """Whether the picture is drawn flipped (it shows the other side)."""
        return self._mirrored

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """About the size the built-in pictures are drawn at."""
        return QSize(320, 256)

    def _natural(self) -> QSize:
        return self._image.size() if not self._image.isNull() else self._svg.defaultSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the picture as large as fits, centred, in proportion, mirrored if asked."""
        natural = self._natural()
        if not self.has_picture() or natural.isEmpty():
            return
        scaled = natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            (self.width() - scaled.width()) / 2,
            (self.height() - scaled.height()) / 2,
            scaled.width(),
            scaled.height(),
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(night_opacity(self))
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        if self._image.isNull():
            self._svg.render(painter, target)
        else:
            painter.drawImage(target, self._image)
        painter.end()


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
        icon = _ICONS[key] = QIcon(picture_pixmap(path, size))
    return icon
