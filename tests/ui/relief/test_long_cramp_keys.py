"""A long cramp ended by keys alone keeps its measured length, and no question shortens it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
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


def shown_window(qtbot: QtBot, make_window: WindowFactory, history: LogStore) -> MainWindow:
    """A window on screen and active, so keys go where a person's would."""
    window = make_window(history=history)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_escape_past_ten_minutes_asks_if_it_is_over_and_y_logs_the_measured_length(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """Stop is shown enabled on the relief page: its key, Esc, asks; Y then logs 12:00, flagged."""
    history = LogStore(tmp_path / "history.db")
    window = shown_window(qtbot, make_window, history)
    view = window.cramp.view
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_L)
    finish_stretch(window, clock)
    press(qtbot, window, Qt.Key.Key_N)
    clock.advance(12 * 60 - window.cramp.flow.timer.elapsed())
    window.cramp.refresh()
    assert window.session.stop_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is view and view.steps.currentWidget() is view.end_page
    assert view.end_heading.text() == "Is the cramp over now? (the timer shows 12:00)"
    press(qtbot, window, Qt.Key.Key_Y)
    (episode,) = history.episodes()
    assert (episode.end, episode.seconds) == (EndKind.TIMED, 12 * 60)
    review = history.review(window.services.guidance.doctor, now=now())
    assert [flag.key.split(":")[0] for flag in review.flags] == ["long"]


@pytest.mark.parametrize("phase", ["which leg?", "is it easing?", "still cramping", "is it over?"])
def test_every_enabled_toolbar_button_on_the_relief_page_answers_its_key(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path, phase: str
) -> None:
    """Past ten minutes, at each question: each enabled button with a key is pressed by that key."""
    history = LogStore(tmp_path / "history.db")
    window = shown_window(qtbot, make_window, history)
    press(qtbot, window, Qt.Key.Key_1)
    if phase != "which leg?":
        press(qtbot, window, Qt.Key.Key_L)
        finish_stretch(window, clock)
    if phase in ("still cramping", "is it over?"):
        press(qtbot, window, Qt.Key.Key_N)
    clock.advance(11 * 60)
    window.cramp.refresh()
    if phase == "is it over?":
        press(qtbot, window, Qt.Key.Key_Y)
    keyed = [
        action for action in window.toolbar.actions()
        if action.isEnabled() and action.isVisible() and action.shortcuts()
    ]  # fmt: skip
    assert window.session.stop_action in keyed
    pressed: list[str] = []
    for action in keyed:  # what each does is tested on its own: here, only that its key reaches it
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, a=action: pressed.append(a.text()))
    for action in keyed:
        for sequence in action.shortcuts():
            qtbot.keySequence(QApplication.focusWidget() or window, sequence)
    expected = [action.text() for action in keyed for _ in action.shortcuts()]
    assert pressed == expected


@pytest.mark.parametrize(
    "phase", ["where?", "which leg?", "is it easing?", "still cramping", "is it over?"]
)
def test_every_answer_on_the_relief_page_shows_its_key_and_the_key_gives_it(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path, phase: str
) -> None:
    """Each button of the question shown ends with "(key)", and that key presses it."""
    window = shown_window(qtbot, make_window, LogStore(tmp_path / "history.db"))
    view = window.cramp.view
    window.open_relief()
    if phase != "where?":
        press(qtbot, window, Qt.Key.Key_1)
    if phase not in ("where?", "which leg?"):
        press(qtbot, window, Qt.Key.Key_L)
        finish_stretch(window, clock)
    if phase in ("still cramping", "is it over?"):
        press(qtbot, window, Qt.Key.Key_N)
        clock.advance(11 * 60)
        window.cramp.refresh()
    if phase == "is it over?":
        press(qtbot, window, Qt.Key.Key_Escape)
    page = view.steps.currentWidget()
    assert page is not None
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert len(buttons) >= 2
    pressed: list[str] = []
    for button in buttons:  # only that the key reaches the button: what it does is tested apart
        button.clicked.disconnect()
        button.clicked.connect(lambda _=False, b=button: pressed.append(b.text()))
    for action in window.cramp.area_actions if page is view.areas_page else ():
        action.triggered.disconnect()  # keys 1-5 are the window's: they name the area
        number = action.shortcuts()[0].toString()
        button = next(b for b in buttons if b.text().endswith(f"({number})"))
        action.triggered.connect(lambda _=False, b=button: pressed.append(b.text()))
    for button in buttons:
        key = re.fullmatch(r".+  \((\w)\)", button.text())
        assert key is not None, f"{button.text()!r} shows no key"
        qtbot.keyClick(QApplication.focusWidget() or window, key[1])
    assert pressed == [button.text() for button in buttons]
