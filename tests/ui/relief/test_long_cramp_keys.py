"""A long cramp ended by keys alone keeps its measured length, and no question shortens it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spasm_stretch.core.records import EndKind
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.ui.relief.test_relief import finish_stretch

WindowFactory = Callable[..., MainWindow]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, key)


def test_a_cramp_timed_past_ten_minutes_ends_by_keys_and_keeps_its_length_and_flag(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """1, L, the stretch, N (still cramping), then at 14:02 Y and Y: logged as 14:02, flagged."""
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    view = window.cramp.view
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_L)
    finish_stretch(window, clock)
    press(qtbot, window, Qt.Key.Key_N)
    clock.advance(14 * 60 + 2 - window.cramp.flow.timer.elapsed())
    window.cramp.refresh()
    assert view.warning.isVisible()
    assert view.timer_button.text() == "The cramp is over  (Y)"
    press(qtbot, window, Qt.Key.Key_Y)
    assert view.steps.currentWidget() is view.end_page
    assert view.warning.isVisible(), "the red banner stays until the cramp is logged"
    assert view.now_button.text() == "Yes, it is over now  (Y)"
    offered = [b.text() for b in view.choice_buttons if b.isVisibleTo(view)]
    assert offered == ["More than 14:02 (as timed)  (B)"], "nothing shorter, no 'I don't know'"
    press(qtbot, window, Qt.Key.Key_Y)
    (episode,) = history.episodes()
    assert (episode.end, episode.seconds) == (EndKind.TIMED, 14 * 60 + 2)
    review = history.review(window.services.guidance.doctor, now=now())
    assert [flag.key.split(":")[0] for flag in review.flags] == ["long"]
    bar = window.messages.showing("cramp-ended")
    assert bar is not None and "reason to contact your doctor" in bar.label.text()
    assert not view.warning.isVisible()


def test_the_length_choices_start_from_what_was_timed(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """A timer by hand past the limit: only answers at least that long, each with its key."""
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    window.open_relief()
    view = window.cramp.view
    view.timer_button.click()
    clock.advance(11 * 60)  # past the limit: "the cramp is over" asks rather than guesses
    window.cramp.refresh()
    press(qtbot, window, Qt.Key.Key_Y)
    assert view.steps.currentWidget() is view.end_page
    offered = [b.text() for b in view.choice_buttons if b.isVisibleTo(view)]
    assert offered == ["More than 11:00 (as timed)  (B)"]
    press(qtbot, window, Qt.Key.Key_B)
    (episode,) = history.episodes()
    assert (episode.end, episode.seconds) == (EndKind.MORE_THAN, 11 * 60)


def test_short_timed_cramps_offer_longer_answers_and_i_do_not_know(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.cramp.relief_for_area("neck")
    clock.advance(4 * 60 + 30)
    window.cramp.refresh()
    choices = [choice.label for choice in window.cramp.flow.end_choices()]
    assert choices == [
        "More than 4:30 (as timed)", "About 5 minutes", "About 10 minutes",
        "More than 10 minutes", "I don't know",
    ]  # fmt: skip
