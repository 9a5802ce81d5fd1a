"""What a screen reader is told without the focus moving: questions, the 10-minute flag, bars.

Orca 43 speaks a notification that appears (tools/screen_reader_check.sh hears it
through the real Orca); these tests read what the window's announcer said.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from spasm_stretch.core.plan import format_left
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.session import controller as session_controller
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.announce import spoken
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_cramp
from tests.ui.relief.test_relief import finish_stretch
from tests.ui.shell.test_window import key, let_time_pass

WindowFactory = Callable[..., MainWindow]


def test_the_cramp_questions_are_said_as_they_appear_and_once(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.cramp.relief_for_area("calf")
    assert spoken(window)[-1].startswith("Which leg?")
    window.cramp.refresh()
    window.cramp.refresh()
    assert sum(words.startswith("Which leg?") for words in spoken(window)) == 1
    window.cramp.view.side_buttons["right"].click()
    finish_stretch(window, clock)
    assert any("Is the cramp easing?" in words for words in spoken(window))


def test_the_ten_minute_red_flag_is_said_at_ten_minutes_not_a_second_before(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.open_relief()
    window.cramp.view.timer_button.click()
    clock.advance(599)
    window.cramp.refresh()
    assert not any("10 minutes" in words for words in spoken(window))
    clock.advance(1)
    window.cramp.refresh()
    (said,) = [words for words in spoken(window) if "10 minutes" in words]
    assert said.startswith("This cramp has lasted 10 minutes.")
    assert "doctor" in said
    window.cramp.end_now()


def test_a_deleted_cramp_says_its_undo(make_window: WindowFactory, tmp_path: Path) -> None:
    history = LogStore(tmp_path / "history.db")
    log_cramp(history, now() - timedelta(days=1), 5, "Neck")
    window = make_window(history=history)
    window.open_history()
    (episode,) = history.episodes()
    assert episode.id is not None
    window.log.delete(episode.id)
    said = spoken(window)[-1]
    assert said.startswith("The cramp of ") and "was deleted." in said
    assert said.endswith("Undo (Ctrl+Z)")


def test_t_says_the_time_left_as_the_ring_and_the_title_show_it(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Eyes closed in a stretch: T says the phase's seconds, rounded up as the ring shows them."""
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 2)  # 'Get into position' is 5 s: 3 left
    key(qtbot, window, Qt.Key.Key_T)
    said = spoken(window)[-1]
    assert said.startswith("Get into position: 3 seconds left. ")
    assert window.session.view.ring.seconds_shown() == 3
    assert window.session.driver is not None
    left = format_left(window.session.driver.position().time_left)
    assert said.endswith(f" {left} left in the routine.")
    assert f"{left} left" in window.windowTitle()
    let_time_pass(window, clock, 0.999)  # 2.001 s left: still shown (and said) as 3
    key(qtbot, window, Qt.Key.Key_T)
    assert spoken(window)[-1].startswith("Get into position: 3 seconds left.")
    let_time_pass(window, clock, 0.002)
    key(qtbot, window, Qt.Key.Key_T)
    assert spoken(window)[-1].startswith("Get into position: 2 seconds left.")
    window.session.driver.stop()


def test_the_time_left_key_is_in_the_session_menu_and_off_outside_a_session(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    action = window.session.time_action
    assert action.shortcut().toString() == "T"
    sessions = [a.menu() for a in window.menuBar().actions() if a.text() == "&Session"]
    assert len(sessions) == 1 and isinstance(sessions[0], QMenu)
    assert action in sessions[0].actions()
    assert action.text() == "Say time &left"
    assert not action.isEnabled()  # on the picker T types into the search field
    window.picker.search.setFocus()
    qtbot.keyClicks(window.picker.search, "t")
    assert window.picker.search.text() == "t"


def test_with_a_screen_reader_the_title_holds_still_during_a_session(
    make_window: WindowFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Orca says every new window title: a countdown there was heard once a second."""
    monkeypatch.setattr(session_controller, "screen_reader_listening", lambda: True)
    window = make_window()
    window.session.start_routine("calf")
    titles = set()
    for _ in range(6):
        let_time_pass(window, clock, 1)
        titles.add(window.windowTitle())
    assert titles == {"Calf stretch — spasm-stretch"}
    assert window.session.driver is not None
    window.session.driver.pause()
    assert window.windowTitle() == "Paused · Calf stretch — spasm-stretch"
    window.session.driver.stop()
