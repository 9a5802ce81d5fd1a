"""Quick relief: one click or key to the stretch, the checklist, the cramp timer and its log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.history import History
from spasm_stretch.ui.main_window import RELIEF_PREPARE_SECONDS, MainWindow
from tests.helpers.clock import FakeClock

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(tmp_path / "history.db")


def running_routine(window: MainWindow) -> str:
    """The id of the routine running now, or '' if none is."""
    driver = window.driver
    if driver is None or driver.session.state is not SessionState.RUNNING:
        return ""
    return driver.session.plan.routine.id


def test_one_click_on_the_picker_starts_the_calf_stretch_and_times_the_cramp(
    qtbot: QtBot, make_window: WindowFactory, history: History
) -> None:
    """A fresh window, one click: the calf stretch runs, with a short prepare, and it is logged."""
    window = make_window(history=history)
    assert window.pages.currentWidget() is window.picker
    disclaimer = window.show_disclaimer_if_first_run()
    assert disclaimer is not None and disclaimer.isVisible()
    assert disclaimer.windowModality() is Qt.WindowModality.NonModal, "it must not block the click"
    qtbot.mouseClick(window.picker.relief_buttons["calf"], Qt.MouseButton.LeftButton)
    assert running_routine(window) == "calf"
    assert window.pages.currentWidget() is window.session_view
    assert window.driver is not None
    first = window.driver.session.plan.segments[0]
    assert (first.kind, first.length) == (SegmentKind.PREPARE, RELIEF_PREPARE_SECONDS)
    assert window.cramp.timer.running
    (episode,) = history.episodes()
    assert (episode.area, episode.ended) == ("Calf or foot", None)
    disclaimer.close()


def test_one_key_on_the_picker_starts_the_calf_stretch(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Key 1 from the routine list: the calf stretch runs (digits do not go to the search)."""
    window = make_window()
    assert window.focusWidget() is window.picker.list
    qtbot.keyClick(window.picker.list, Qt.Key.Key_1)
    assert running_routine(window) == "calf"
    assert window.picker.search.text() == ""


@pytest.mark.parametrize("which", [Qt.Key.Key_F1, Qt.Key.Key_R])
def test_f1_or_r_opens_relief_from_every_screen_and_starts_the_timer(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, which: Qt.Key
) -> None:
    """Picker, a running session, the finished screen: the key always reaches relief."""
    window = make_window()
    qtbot.keyClick(window.focusWidget() or window, which)
    assert window.pages.currentWidget() is window.relief_view
    assert window.cramp.timer.running and window.relief_view.clock_label.text() == "0:00"
    window.cramp.end()
    window.start_routine("neck")
    qtbot.keyClick(window.focusWidget() or window, which)
    assert window.pages.currentWidget() is window.relief_view
    assert window.driver is None, "the routine stops when relief is asked for"
    assert window.cramp.timer.running, "opening the panel again starts a new cramp timer"


def test_relief_area_button_starts_its_stretch_and_checklist_ticks_are_kept(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Tick, stretch, come back from the finished screen: the ticks and the timer carry on."""
    window = make_window()
    window.open_relief()
    view = window.relief_view
    assert view.checklist[0].text().startswith("Stop what you are doing")
    box = view.checklist[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert view.ticked() == [True, False, False, False, False]
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert running_routine(window) == "hamstring"
    assert window.driver is not None
    while window.driver.session.state is not SessionState.FINISHED:
        clock.advance(0.5)
        window.driver.refresh()
    finished = window.finished_view
    assert finished.relief_button.isVisible()
    qtbot.mouseClick(finished.relief_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is view
    assert view.ticked() == [True, False, False, False, False]
    assert view.details()[0] == "Back of thigh"
    window.cramp.refresh()
    assert view.clock_label.text() == window.relief_action.text().removeprefix("Cramp ")


def test_ten_minute_flag_is_unmissable_and_on_time(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    """At 9:59 nothing; at 10:00 a warning on the page, in the status bar and the toolbar."""
    window = make_window()
    window.open_relief()
    view = window.relief_view
    clock.advance(599)
    window.cramp.refresh()
    assert not view.warning.isVisible()
    assert view.clock_label.text() == "9:59"
    clock.advance(1)
    window.cramp.refresh()
    assert view.warning.isVisible()
    assert "lasted 10 minutes" in view.warning.text()
    assert "reason to contact your doctor" in view.warning.text()
    assert window.statusBar().currentMessage().startswith("\u26a0")
    assert window.relief_action.text() == "\u26a0 Cramp 10:00"
    view.timer_button.click()
    assert window.statusBar().currentMessage() == ""
    assert window.relief_action.text() == "Cramp &help"


def test_ten_minute_flag_during_a_stretch_opens_a_message(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Away from the relief page (stretching), the warning comes as a message box."""
    window = make_window()
    window.relief_for_area("calf")
    clock.advance(600)
    window.cramp.refresh()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    visible = [box for box in boxes if box.isVisible()]
    assert len(visible) == 1 and "reason to contact your doctor" in visible[0].text()
    visible[0].accept()


def test_the_cramp_and_its_notes_are_logged_as_they_happen(
    make_window: WindowFactory, clock: FakeClock, history: History
) -> None:
    """Start, notes, stop: the history has each step without waiting for the window to close."""
    window = make_window(history=history)
    window.open_relief()
    view = window.relief_view
    (open_episode,) = history.episodes()
    assert open_episode.ended is None
    view.area.setCurrentText("Calf or foot")
    view.helped[0].setChecked(True)
    view.tags[0].setChecked(True)
    view.note.setText("after a long walk")
    view.note.editingFinished.emit()
    (noted,) = history.episodes()
    assert (noted.area, noted.helped, noted.tags, noted.note) == (
        "Calf or foot", ("Stretching",), ("Night-time",), "after a long walk",
    )  # fmt: skip
    view.timer_button.click()
    (ended,) = history.episodes()
    assert ended.ended is not None and ended.note == "after a long walk"
    assert view.timer_button.text() == "Start timer"


def test_not_a_cramp_removes_it_from_the_log(make_window: WindowFactory, history: History) -> None:
    window = make_window(history=history)
    window.open_relief()
    assert len(history.episodes()) == 1
    window.relief_view.discard_button.click()
    assert history.episodes() == []
    assert not window.cramp.timer.started
    assert window.relief_view.clock_label.text() == "0:00"


def test_closing_the_window_saves_the_note_and_ends_the_cramp(
    make_window: WindowFactory, history: History
) -> None:
    """A note still being typed is kept, and the cramp gets its end time (and so a length)."""
    window = make_window(history=history)
    window.open_relief()
    window.relief_view.note.setText("typed, not yet confirmed")
    window.close()
    (episode,) = history.episodes()
    assert episode.note == "typed, not yet confirmed"
    assert episode.ended is not None


def test_red_flags_and_prevention_are_one_click_away(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The doctor and prevention tabs hold the guidance and say it is general information."""
    window = make_window()
    window.open_relief()
    tabs = window.relief_view.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == [
        "What helps now",
        "Log this cramp",
        "When to see a doctor",
        "Preventing cramps",
    ]
    tabs.tabBar().setCurrentIndex(2)
    label = tabs.currentWidget().findChild(QLabel)
    assert label is not None
    doctor_text = label.text()
    for words in ("longer than 10 minutes", "swelling, weakness or numbness", "skin"):
        assert words in doctor_text
    assert "not medical advice" in doctor_text
