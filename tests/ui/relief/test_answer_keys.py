"""The relief page's questions answer to the first letter of the person's own words.

A French speaker reaches for D (droite) and O (oui), a Spanish one for I
(izquierda) and S (sí); L/R and Y/N keep working for anyone used to them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spasm_stretch.core.model import Side
from spasm_stretch.core.records import EndKind
from spasm_stretch.log.store import LogStore
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.ui.relief.test_relief import finish_stretch, sides_planned

WindowFactory = Callable[..., MainWindow]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key)


@pytest.mark.parametrize(
    ("language", "right", "yes", "heading"),
    [
        ("fr", Qt.Key.Key_D, Qt.Key.Key_O, "Quelle jambe\u00a0?  (touches G et D)"),
        ("es", Qt.Key.Key_D, Qt.Key.Key_S, "¿Qué pierna?  (teclas I y D)"),
        ("de", Qt.Key.Key_R, Qt.Key.Key_J, "Welches Bein?  (Tasten L und R)"),
    ],
    indirect=["language"],
)
def test_the_own_first_letters_answer_which_leg_and_is_it_easing(  # noqa: PLR0917
    language: str,  # first: set up before the window, torn down after it is closed
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    tmp_path: Path,
    right: Qt.Key,
    yes: Qt.Key,
    heading: str,
) -> None:
    del language
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    press(qtbot, window, Qt.Key.Key_1)
    assert window.cramp.view.side_heading.text() == heading
    press(qtbot, window, right)
    assert sides_planned(window) == {Side.RIGHT}
    finish_stretch(window, clock)
    press(qtbot, window, yes)
    (episode,) = history.episodes()
    assert (episode.side, episode.end) == ("right", EndKind.TIMED)


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_english_letters_still_answer(
    language: str, qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    del language
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_L)
    assert sides_planned(window) == {Side.LEFT}
    finish_stretch(window, clock)
    press(qtbot, window, Qt.Key.Key_Y)
    (episode,) = history.episodes()
    assert (episode.side, episode.end) == ("left", EndKind.TIMED)
