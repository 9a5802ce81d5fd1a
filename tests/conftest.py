"""Test-wide setup: offscreen Qt, private user folders, and nothing app-wide kept between tests.

User folders never touch the real home, and no application-wide change
(theme, font, language) is carried from one test into the next.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from spasm_stretch.i18n import text
from tests.helpers.wall_clock import LocalTime, freeze

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English text whatever the machine's language; tests of other
# languages ask for one (--lang, use_catalog) or set the environment themselves.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the per-user data and config folders into the test's temp folder."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_DATA_HOME", home / "data"),
        ("XDG_CONFIG_HOME", home / "config"),
        ("XDG_CACHE_HOME", home / "cache"),
    ):
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
    yield home


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, its untouched state taken as soon as it is made."""
    from tests.helpers.app_state import remember_pristine

    remember_pristine(qapp)
    return qapp


@pytest.fixture(autouse=True)
def app_wide_state_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Undo what the test changed for the whole application, so order never matters.

    The words of the Qt-free code (the language ``Text.tr`` speaks) always;
    once Qt is loaded also the QApplication's theme, font, properties,
    translators and locale (tests/helpers/app_state.py). Qt-free test runs
    never import Qt for this.
    """
    words = text._language, text._backend
    try:
        if "PySide6.QtWidgets" not in sys.modules:
            yield
        else:
            from tests.helpers.app_state import restored

            with restored(monkeypatch):
                yield
    finally:
        text._language, text._backend = words


@pytest.fixture(autouse=True)
def local_time(monkeypatch: pytest.MonkeyPatch) -> LocalTime:
    """The app's and the tests' wall clock, held at a weekday noon; a test may set it.

    No test depends on the hour, the date or the time zone it runs in
    (tests/helpers/wall_clock.py).
    """
    return freeze(monkeypatch, LocalTime())
