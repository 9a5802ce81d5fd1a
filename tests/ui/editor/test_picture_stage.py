"""Pictures chosen in the editor: PNG, JPEG, WebP and SVG taken in, huge photos scaled down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from spasm_stretch.ui.editor.stage import MAX_SIDE, PictureStage

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def stage(qtbot: QtBot) -> PictureStage:
    """A stage of the test's own (qtbot: image plugins need the application)."""
    del qtbot
    return PictureStage()


@pytest.mark.parametrize("suffix", ["png", "jpg", "webp"])
def test_photos_are_taken_in_and_huge_ones_scaled(
    stage: PictureStage, tmp_path: Path, suffix: str
) -> None:
    """A 3000x1000 photo in any of the three formats arrives 1600 pixels wide, same format."""
    source = tmp_path / f"photo.{suffix}"
    image = QImage(3000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(source))
    name = stage.add(source)
    assert name == f"pictures/photo.{suffix}"
    staged = QImage(str(stage.root / name))
    assert (staged.width(), staged.height()) == (MAX_SIDE, 533)
    stage.close()


def test_svg_is_copied_as_it_is(stage: PictureStage) -> None:
    """A built-in SVG drawing is copied byte for byte; a second one of that name is renamed."""
    source = ROOT / "assets" / "images" / "cat.svg"
    assert stage.add(source) == "pictures/cat.svg"
    assert stage.add(source) == "pictures/cat-2.svg"
    assert (stage.root / "pictures" / "cat.svg").read_bytes() == source.read_bytes()
    stage.close()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("notes.txt", b"hello", "not a PNG, JPEG, WebP or SVG"),
        ("fake.png", b"not really a picture", "cannot be read as a picture"),
    ],
)
def test_what_is_not_a_picture_is_refused(
    stage: PictureStage, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    """A text file, or one only named like a picture, is refused with the reason."""
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ValueError, match=words):
        stage.add(source)
    assert not list((stage.root / "pictures").iterdir())
    stage.close()
