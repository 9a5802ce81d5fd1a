"""Where the built-in routines and assets are, installed or in a source checkout.

The wheel puts ``routines/`` and ``assets/`` inside the package; a source
checkout (and an editable install) keeps them at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def builtin_routines_dir() -> Path:
    """The folder of routines that ship with the app."""
    return _data_dir("routines")


def assets_dir() -> Path:
    """The folder of images, sounds, icons and content that ship with the app."""
    return _data_dir("assets")


def images_dir() -> Path:
    """The built-in stretch illustrations, one SVG per step."""
    return assets_dir() / "images"
