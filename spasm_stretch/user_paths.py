"""The user's own folders, in the platform's standard per-user locations.

Kept apart from the install so that upgrading or reinstalling never touches
a user's routines, settings or history. Computed from the XDG base directory
rules without Qt, so terminal commands (list, validate, show, history) start
without loading Qt; tests check that the answers agree with QStandardPaths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "spasm-stretch"


def _xdg(variable: str, fallback: str) -> Path:
    """An XDG base folder: the variable if it holds an absolute path, else the default."""
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def _qt_location(name: str) -> Path:  # pragma: no cover - platforms other than Linux
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, name)
    return Path(QStandardPaths.writableLocation(location))


def data_dir() -> Path:
    """The per-user data folder (on Linux ``~/.local/share/spasm-stretch``)."""
    if not sys.platform.startswith("linux"):
        return _qt_location("AppDataLocation")
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def cache_dir() -> Path:
    """The per-user cache folder (on Linux ``~/.cache/spasm-stretch``)."""
    if not sys.platform.startswith("linux"):
        return _qt_location("CacheLocation")
    return _xdg("XDG_CACHE_HOME", ".cache") / APP_NAME


def spill_folders() -> list[Path]:
    """Where log entries that could not be written wait for the next start, in order."""
    return [data_dir(), cache_dir()]


def user_routines_dir() -> Path:
    """Where a user drops their own routine files."""
    return data_dir() / "routines"


def user_sounds_dir() -> Path:
    """Where a user drops a WAV named like a cue (e.g. countdown.wav) to replace it."""
    return data_dir() / "sounds"
