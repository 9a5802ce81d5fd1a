"""Pictures chosen in the editor wait in a private folder until the routine is saved.

Copying at once means the loader can check the draft exactly as it will be
saved (the picture found under ``pictures/NAME``), and cancelling leaves
nothing behind in the user's folder. A photo far larger than any screen is
scaled down on the way in, so a 12-megapixel phone picture does not cost
memory and time every time the step is shown.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from spasm_stretch.i18n.text import Text

PICTURES = "pictures"
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".svg")
MAX_SIDE = 1600  # pixels: sharp on any screen the step is shown on


class PictureWords(Text):
    """Why a picture chosen in the editor is not used."""


class PictureStage:
    """A temporary folder holding ``pictures/`` for one editing session."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="spasm-stretch-pictures-")
        self.root = Path(self._folder.name)
        (self.root / PICTURES).mkdir()

    def add(self, source: Path) -> str:
        """Copy (and if needed shrink) ``source``; return its name for the routine file.

        Raises:
            OSError: the picture cannot be read or written.
            ValueError: it is not a picture the app can show.
        """
        suffix = source.suffix.lower()
        if suffix not in PICTURE_SUFFIXES:
            raise ValueError(
                PictureWords.tr("{file} is not a PNG, JPEG, WebP or SVG picture").format(
                    file=source.name
                )
            )
        name = f"{PICTURES}/{_unique_name(self.root / PICTURES, source.name)}"
        target = self.root / name
        if suffix == ".svg":
            shutil.copyfile(source, target)
            return name
        reader = QImageReader(str(source))
        reader.setAutoTransform(True)
        size = reader.size()
        if not size.isValid():
            raise ValueError(
                PictureWords.tr("{file} cannot be read as a picture ({reason})").format(
                    file=source.name, reason=reader.errorString()
                )
            )
        if max(size.width(), size.height()) <= MAX_SIDE:
            shutil.copyfile(source, target)
            return name
        reader.setScaledSize(
            size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
        )
        image = reader.read()
        if image.isNull() or not image.save(str(target)):
            raise ValueError(
                PictureWords.tr("{file} cannot be scaled down ({reason})").format(
                    file=source.name, reason=reader.errorString()
                )
            )
        return name

    def copy_into(self, folder: Path, names: list[str]) -> None:
        """Copy the staged pictures among ``names`` into ``folder`` (beside the routine)."""
        for name in names:
            staged = self.root / name
            if staged.is_file():
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(staged, folder / name)

    def close(self) -> None:
        """Remove the folder and everything in it."""
        self._folder.cleanup()


def _unique_name(folder: Path, name: str) -> str:
    """``name``, or ``stem-2.ext`` and so on when the folder already has one."""
    candidate = Path(name)
    number = 2
    while (folder / candidate.name).exists():
        candidate = Path(f"{Path(name).stem}-{number}{Path(name).suffix}")
        number += 1
    return candidate.name


PREVIEW = QSize(240, 160)  # pixels: large enough to tell one photo from another


def preview_image(path: Path) -> QImage:
    """``path`` scaled to fit ``PREVIEW`` as it is read (a null image if it cannot be read)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > PREVIEW.width() or size.height() > PREVIEW.height()):
        reader.setScaledSize(size.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
