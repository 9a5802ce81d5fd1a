"""The user's own folders, in the platform's standard per-user locations.

Kept apart from the install so that upgrading or reinstalling never touches
a user's routines, settings or history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "spasm-stretch"


def data_dir() -> Path:
    """The per-user data folder (on Linux ``~/.local/share/spasm-stretch``)."""
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def user_routines_dir() -> Path:
    """Where a user drops their own routine files."""
    return data_dir() / "routines"


def user_sounds_dir() -> Path:
    """Where a user drops a WAV named like a cue (e.g. countdown.wav) to replace it."""
    return data_dir() / "sounds"


def cache_dir() -> Path:
    """The per-user cache folder (volume-scaled cue copies, generated speech): safe to delete."""
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.StandardLocation.CacheLocation
    return Path(QStandardPaths.writableLocation(location))
