"""Window fixtures: a fake clock, private settings, and nothing left running afterwards.

Imported by the conftest of each test folder that builds windows (ui, desktop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.library import load_all
from spasm_stretch.log.store import LogStore
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.fonts import rescale_all
from tests.helpers.clock import FakeClock
from tests.helpers.language import spoken
from tests.helpers.pages import LONG_ROUTINE


class FakeVoice:
    """Stands in for the machine's speech engine: records phrases, never speaks."""

    def __init__(self) -> None:
        self.available = True
        self.reason = ""
        self.said: list[str] = []
        self.prepared: list[str] = []

    def prepare(self, texts: Iterable[str]) -> None:
        self.prepared.extend(texts)

    def say(self, text: str, chime_seconds: float = 0.0) -> None:
        self.said.append(text)

    def interrupt(self) -> None:
        pass

    def notices(self, show: Callable[[str], None]) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """A settings file of the test's own, with the night hours off.

    They are on by default; off here, every test's look is the same at any hour
    (the night tests turn them on with a clock of their own).
    """
    return day_settings(tmp_path / "settings.ini")


def day_settings(path: Path) -> Path:
    """A new settings file at ``path`` with the night hours off (the same look at any hour)."""
    path.write_text("[General]\nnight_auto=false\n", encoding="utf-8")
    return path


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface speaks ``request.param`` (a parametrized language) until the test ends.

    Ask for it before ``make_window``: it is then set up before the window is
    built and torn down after the window is closed.
    """
    del qapp  # the translators are installed into it
    with spoken(request.param):
        yield request.param


LOOK = "spasm_look"  # the application property naming the look applied (ui/widgets/theme.py)


@pytest.fixture
def clock() -> FakeClock:
    """The clock every window in the test runs on."""
    return FakeClock()


@pytest.fixture
def make_window(
    qtbot: QtBot, settings_file: Path, clock: FakeClock
) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows; afterwards, fail if any window or timer was left running.

    Then put the application's look back: the theme and text size belong to the
    application, not the window, and a test left at night or at 200 % changed
    what the next test saw (in random order).
    """
    windows: list[MainWindow] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, look = QPalette(app.palette()), QFont(app.font()), app.property(LOOK)

    def make(
        extra_routines: list[Path] | None = None,
        audio: AudioOutput | None = None,
        history: LogStore | None = None,
        *,
        complete: bool = True,
    ) -> MainWindow:
        store = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat))
        window = window_for(
            load_all(extra_routines or []), store, clock=clock, audio=audio,
            make_voice=FakeVoice, history=history, complete=complete,
        )  # fmt: skip
        # The app fits a window to its screen (offscreen: 800x600); most tests were written
        # for the roomier 960x680, and the 800x600 ones resize to it themselves.
        if store.geometry() is None:  # a size saved by an earlier window stays
            window.resize(960, 680)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        running = [t for t in window.findChildren(QTimer) if t.isActive()]
        assert running == [], "a timer was left running after the window closed"
    QApplication.processEvents()
    left_open = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    app.setPalette(palette)
    app.setFont(font)
    app.setProperty(LOOK, look)
    rescale_all()
    assert left_open == [], f"windows or dialogs left open: {left_open}"


@pytest.fixture
def long_routine(tmp_path: Path) -> Path:
    """A routine with a long name and twelve long instructions."""
    path = tmp_path / "long-words.yaml"
    path.write_text(LONG_ROUTINE, encoding="utf-8")
    return path
