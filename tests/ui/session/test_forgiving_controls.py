"""Stop, F1 and the toolbar never throw a routine or a cramp timer away without a way back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import Session, SessionState
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.ui.session.resume_offer import ResumeOffer
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.message_bar import MessageArea
from tests.helpers.clock import FakeClock
from tests.ui.shell.test_window import key, let_time_pass, state_of

WindowFactory = Callable[..., MainWindow]


def test_escape_stops_with_a_resume_offer_that_goes_back_where_it_was(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 20)
    assert window.session.driver is not None
    where = window.session.driver.position().offset
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.session.finished_view
    assert state_of(window) is SessionState.PAUSED
    bar = window.messages.showing("resume")
    assert bar is not None and bar.label.text() == "Routine stopped."
    assert [b.text() for b in bar.buttons] == ["Resume"]
    clock.advance(30)  # reading the summary
    bar.buttons[0].click()
    assert window.pages.currentWidget() is window.session.view
    assert state_of(window) is SessionState.RUNNING
    assert window.session.driver.position().offset == where
    assert window.messages.showing("resume") is None
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Space)  # Space on the summary resumes too
    assert window.pages.currentWidget() is window.session.view
    assert state_of(window) is SessionState.RUNNING
    window.session.driver.stop()


def test_f1_pauses_the_routine_and_the_relief_page_offers_the_way_back(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("back")
    let_time_pass(window, clock, 12)
    key(qtbot, window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.cramp.view
    assert state_of(window) is SessionState.PAUSED
    assert not window.cramp.flow.active, "reading the relief page starts no cramp"
    bar = window.messages.showing("resume")
    assert bar is not None and [b.text() for b in bar.buttons] == ["Back to your routine"]
    bar.buttons[0].click()
    assert window.pages.currentWidget() is window.session.view
    assert state_of(window) is SessionState.RUNNING
    assert window.session.driver is not None
    window.session.driver.stop()


def test_an_offer_not_taken_runs_out(qtbot: QtBot, clock: FakeClock) -> None:
    """When the offer runs out, the bar goes and the window is told to end the session."""
    area = MessageArea()
    qtbot.addWidget(area)
    routine = load_all([]).find("calf")
    assert routine is not None
    driver = SessionDriver(Session(make_plan(routine), clock), parent=area)
    driver.start()
    offer = ResumeOffer(area, area, seconds=0.01)
    offer.park(driver, "Routine stopped.", "Resume")
    assert driver.session.state is SessionState.PAUSED and area.showing("resume") is not None
    with qtbot.waitSignal(offer.expired, timeout=2000):
        pass
    assert area.showing("resume") is None
    assert not offer.waiting()


def test_stop_on_the_relief_page_asks_first_then_leaves_the_cramp_timer_in_sight(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Stop asks "is the cramp over now?"; asked already, it goes back with the timer shown."""
    window = make_window()
    window.open_relief()
    window.cramp.view.timer_button.click()
    assert window.cramp.flow.active
    window.session.stop_action.trigger()
    view = window.cramp.view
    assert window.pages.currentWidget() is view and view.steps.currentWidget() is view.end_page
    assert window.cramp.flow.active, "a key never decides that the cramp is over"
    window.session.stop_action.trigger()
    assert window.pages.currentWidget() is window.picker
    assert window.cramp.clock_action.isVisible()
    assert window.cramp.clock_action.text() == "Cramp 0:00"
    assert window.cramp.relief_action.text() == "Cramp &help"
    bar = window.messages.showing("cramp-running")
    assert bar is not None
    bar.buttons[0].click()
    assert window.pages.currentWidget() is window.cramp.view
    window.cramp.end_now()


@pytest.mark.parametrize("which", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_space_or_enter_after_stop_resumes_where_it_was_not_again_from_step_one(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, which: Qt.Key
) -> None:
    """In a shown window the summary's focused button takes the key: it is Resume, not Again."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.session.start_routine("back")
    let_time_pass(window, clock, 50)
    assert window.session.driver is not None
    where = window.session.driver.position()
    assert where.segment.step_index == 1, "into the second step"
    key(qtbot, window, Qt.Key.Key_Escape)
    summary = window.session.finished_view
    assert window.pages.currentWidget() is summary
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused.text() == "&Resume  (Space)"
    qtbot.keyClick(focused, which)
    assert window.pages.currentWidget() is window.session.view
    assert state_of(window) is SessionState.RUNNING
    assert window.session.driver.position().offset == where.offset
    window.session.driver.stop()


def test_once_the_offer_runs_out_the_summary_offers_again_and_no_resume(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Resume is shown only while the stopped routine can still be taken up."""
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 10)
    key(qtbot, window, Qt.Key.Key_Escape)
    summary = window.session.finished_view
    assert summary.resume_button.isVisibleTo(summary)
    window.session.resume_offer._expire()  # the offer's own timer, run out
    assert not summary.resume_button.isVisibleTo(summary)
    assert window.session.driver is None
