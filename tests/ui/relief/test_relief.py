"""Quick relief: where, which leg, the stretch, "is it easing?", and a log that is only true."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from spasm_stretch.core.cramp import Phase
from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.log_review import review_log
from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.core.records import EndKind
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.relief.controller import RELIEF_PREPARE_SECONDS
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_open_cramp

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def history(tmp_path: Path) -> LogStore:
    return LogStore(tmp_path / "history.db")


def running_routine(window: MainWindow) -> str:
    """The id of the routine running now, or '' if none is."""
    driver = window.session.driver
    if driver is None or driver.session.state is not SessionState.RUNNING:
        return ""
    return driver.session.plan.routine.id


def sides_planned(window: MainWindow) -> set[Side]:
    assert window.session.driver is not None
    return {
        s.side for s in window.session.driver.session.plan.segments if s.kind is SegmentKind.HOLD
    }


def finish_stretch(window: MainWindow, clock: FakeClock) -> None:
    """Let the running stretch run to its end, as a person who just holds it would."""
    assert window.session.driver is not None
    while (
        window.session.driver is not None
        and window.session.driver.session.state is SessionState.RUNNING
    ):
        clock.advance(0.5)
        window.session.driver.refresh()


def stretch_the_left_calf(window: MainWindow, clock: FakeClock) -> None:
    """Key 1, L, and hold the stretch to its end."""
    window.cramp.relief_for_area("calf")
    window.cramp.view.side_buttons["left"].click()
    finish_stretch(window, clock)


def visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_one_click_asks_which_leg_then_stretches_that_leg_only(
    qtbot: QtBot, make_window: WindowFactory, history: LogStore
) -> None:
    """A fresh window: Calf, then Left: only the left calf is stretched, with a short prepare."""
    window = make_window(history=history)
    assert window.show_disclaimer_if_first_run() is not None
    qtbot.mouseClick(window.picker.relief_buttons["calf"], Qt.MouseButton.LeftButton)
    view = window.cramp.view
    assert window.pages.currentWidget() is view and view.steps.currentWidget() is view.side_page
    assert running_routine(window) == ""
    qtbot.mouseClick(view.side_buttons["left"], Qt.MouseButton.LeftButton)
    assert running_routine(window) == "calf"
    assert sides_planned(window) == {Side.LEFT}
    assert window.session.driver is not None
    first = window.session.driver.session.plan.segments[0]
    assert (first.kind, first.length) == (SegmentKind.PREPARE, RELIEF_PREPARE_SECONDS)
    (episode,) = history.episodes()
    assert (episode.area, episode.side, episode.end) == ("Calf or foot", "left", EndKind.OPEN)


def test_keys_1_and_r_start_the_right_calf_and_digits_skip_the_search(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.show_disclaimer_if_first_run() is not None  # a first start: it never blocks
    assert window.focusWidget() is window.picker.list
    qtbot.keyClick(window.picker.list, Qt.Key.Key_1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R)
    assert running_routine(window) == "calf"
    assert sides_planned(window) == {Side.RIGHT}
    assert window.picker.search.text() == ""
    assert window.services.settings.value.last_side == "right"


def test_the_last_leg_is_offered_first(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.cramp.relief_for_area("hamstring")
    window.cramp.view.side_buttons["right"].click()
    window.show_picker()
    window.cramp.end_now()
    window.cramp.relief_for_area("calf")
    buttons = window.cramp.view.side_buttons
    assert buttons["right"].isDefault() and not buttons["left"].isDefault()
    assert window.focusWidget() is buttons["right"]


def test_neck_and_back_start_at_once_with_both_sides(make_window: WindowFactory) -> None:
    window = make_window()
    window.cramp.relief_for_area("neck")
    assert running_routine(window) == "neck"
    assert sides_planned(window) == {Side.LEFT, Side.RIGHT}


def test_reading_the_relief_page_logs_nothing(
    qtbot: QtBot, make_window: WindowFactory, history: LogStore
) -> None:
    """F1, R, every tab, then close: no cramp was said to happen, so none is logged."""
    window = make_window(history=history)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.cramp.view
    window.show_picker()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R)
    view = window.cramp.view
    assert window.pages.currentWidget() is view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    assert not window.cramp.flow.active and view.clock_label.text() == ""
    assert not view.no_cramp.isHidden()
    window.close()
    assert history.episodes() == []


def test_a_stretch_left_to_finish_asks_if_it_is_easing_and_yes_logs_its_length(
    make_window: WindowFactory, clock: FakeClock, history: LogStore
) -> None:
    window = make_window(history=history)
    stretch_the_left_calf(window, clock)
    view = window.cramp.view
    assert window.pages.currentWidget() is view
    assert view.steps.currentWidget() is view.easing_page
    view.yes_button.click()
    (episode,) = history.episodes()
    assert (episode.side, episode.end) == ("left", EndKind.TIMED)
    assert episode.minutes is not None and episode.minutes < 2
    doctor = window.services.guidance.doctor
    assert review_log(history.episodes(), [], doctor, now=now()).flags == ()
    assert not window.cramp.flow.active


def test_nobody_answers_no_false_alarm_and_the_next_start_asks(
    make_window: WindowFactory, clock: FakeClock, history: LogStore
) -> None:
    """Walk away after the stretch: at 10 minutes no doctor warning; closing leaves no end."""
    window = make_window(history=history)
    stretch_the_left_calf(window, clock)
    clock.advance(15 * 60)
    window.cramp.refresh()
    window.cramp._question_went_stale()
    assert visible_boxes() == []
    assert not window.cramp.view.warning.isVisible()
    assert not window.statusBar().currentMessage().startswith("\u26a0")
    assert window.cramp.view.steps.currentWidget() is window.cramp.view.end_page
    window.close()
    (episode,) = history.episodes()
    assert (episode.end, episode.minutes) == (EndKind.UNANSWERED, None)
    assert (
        review_log(history.episodes(), [], window.services.guidance.doctor, now=now()).flags == ()
    )
    again = make_window(history=history)
    bar = again.messages.showing("ask-end")
    assert bar is not None and "has no end in the log" in bar.label.text()
    about_five = next(b for b in bar.buttons if b.text() == "About 5 minutes")
    about_five.click()
    (answered,) = history.episodes()
    assert (answered.end, answered.minutes) == (EndKind.ESTIMATED, 5)
    assert again.messages.showing("ask-end") is None


def test_a_killed_app_leaves_an_open_cramp_that_the_next_start_asks_about(
    make_window: WindowFactory, history: LogStore
) -> None:
    log_open_cramp(history, now(), "Calf or foot")
    window = make_window(history=history)
    bar = window.messages.showing("ask-end")
    assert bar is not None
    next(b for b in bar.buttons if b.text() == "I don't know").click()
    (episode,) = history.episodes()
    assert episode.end is EndKind.UNKNOWN


def test_still_cramping_offers_the_stretch_again_and_then_warns_at_ten_minutes(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.cramp.relief_for_area("calf")
    window.cramp.view.side_buttons["right"].click()
    finish_stretch(window, clock)
    view = window.cramp.view
    view.no_button.click()
    assert window.cramp.flow.phase is Phase.CONTINUING
    assert view.again_button.isVisibleTo(view)
    assert view.again_button.text() == "Still cramping: stretch again, right leg  (A)"
    elapsed = window.cramp.flow.timer.elapsed()
    clock.advance(599 - elapsed)
    window.cramp.refresh()
    assert not view.warning.isVisible()
    clock.advance(1)
    window.cramp.refresh()
    assert view.warning.isVisible() and "reason to contact your doctor" in view.warning.text()
    assert window.statusBar().currentMessage().startswith("\u26a0")
    assert window.cramp.clock_action.text() == "\u26a0 Cramp 10:00"
    assert window.cramp.relief_action.text() == "Cramp &help", (
        "the Help item is never the live timer"
    )
    view.again_button.click()
    assert running_routine(window) == "calf" and sides_planned(window) == {Side.RIGHT}
    window.show_picker()
    window.cramp.end_now()
    assert not window.cramp.clock_action.isVisible()


def test_the_warning_during_a_stretch_is_a_bar_that_leaves_the_keys_to_the_cramp(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Ten minutes pass during the cramp's stretch: a bar says so, no dialog takes the keys.

    A dialog stayed over the relief page when the stretch ended, and Y, N and
    Esc went to it: "Is it easing?" could not be answered by keys.
    """
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.cramp.relief_for_area("neck")
    finish_stretch(window, clock)
    window.cramp.easing(False)  # still cramping
    clock.advance(590 - window.cramp.flow.timer.elapsed())
    window.cramp.view.again_button.click()  # the stretch once more: ten minutes pass in it
    assert window.session.driver is not None
    for _ in range(40):
        clock.advance(0.5)
        window.session.driver.refresh()
        window.cramp.refresh()
    assert window.cramp.flow.timer.elapsed() > 600
    assert visible_boxes() == []
    bar = window.messages.showing("long-cramp")
    assert bar is not None and "reason to contact your doctor" in bar.label.text()
    finish_stretch(window, clock)
    view = window.cramp.view
    assert view.steps.currentWidget() is view.easing_page
    assert window.messages.showing("long-cramp") is None, "the page's red banner says it now"
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N)
    assert window.cramp.flow.phase is Phase.CONTINUING, "N answered the question"
    window.cramp.end_now()


def test_the_timer_by_hand_and_the_notes_are_logged_as_they_happen(
    make_window: WindowFactory, clock: FakeClock, history: LogStore
) -> None:
    window = make_window(history=history)
    window.open_relief()
    view = window.cramp.view
    view.timer_button.click()
    (open_episode,) = history.episodes()
    assert open_episode.end is EndKind.OPEN
    view.area.setCurrentText("Calf or foot")
    view.helped[0].setChecked(True)
    view.tags[0].setChecked(True)
    view.severity.setValue(7)
    view.note.setText("after a long walk")
    view.note.editingFinished.emit()
    (noted,) = history.episodes()
    assert (noted.area, noted.helped, noted.tags, noted.severity, noted.note) == (
        "Calf or foot", ("Stretching",), ("Night-time",), 7, "after a long walk",
    )  # fmt: skip
    clock.advance(95)
    view.timer_button.click()
    (ended,) = history.episodes()
    assert (ended.end, ended.minutes) == (EndKind.TIMED, 95 / 60)
    assert view.timer_button.text() == "Start cramp timer"


def test_a_timer_left_running_past_the_limit_asks_rather_than_logging_its_length(
    make_window: WindowFactory, clock: FakeClock, history: LogStore
) -> None:
    window = make_window(history=history)
    window.open_relief()
    view = window.cramp.view
    view.timer_button.click()
    clock.advance(3600)
    window.cramp.refresh()
    view.timer_button.click()
    assert view.steps.currentWidget() is view.end_page
    assert view.choice_buttons[0].text() == "More than 1:00:00 (as timed)  (B)"
    view.choice_buttons[0].click()  # no answer shorter than the timer is offered
    (episode,) = history.episodes()
    assert (episode.end, episode.minutes) == (EndKind.MORE_THAN, 60)


def test_not_a_cramp_removes_it_from_the_log(make_window: WindowFactory, history: LogStore) -> None:
    window = make_window(history=history)
    window.cramp.relief_for_area("neck")
    window.open_relief()
    assert len(history.episodes()) == 1
    window.cramp.view.discard_button.click()
    assert history.episodes() == []
    assert not window.cramp.flow.active
    assert window.cramp.view.clock_label.text() == ""


def test_closing_saves_the_note_and_leaves_the_end_to_be_asked(
    make_window: WindowFactory, history: LogStore
) -> None:
    """A note still being typed is kept; the closing time is never taken as the cramp's end."""
    window = make_window(history=history)
    window.cramp.relief_for_area("back")
    window.open_relief()
    window.cramp.view.note.setText("typed, not yet confirmed")
    window.close()
    (episode,) = history.episodes()
    assert episode.note == "typed, not yet confirmed"
    assert (episode.ended, episode.end) == (None, EndKind.UNANSWERED)


def test_the_in_bed_calf_stretch_is_offered_and_remembered(
    make_window: WindowFactory, settings_file: Path
) -> None:
    window = make_window()
    window.cramp.relief_for_area("calf")
    view = window.cramp.view
    names = [button.text() for button in view.variants.buttons()]
    assert names == ["Calf stretch", "Calf stretch in bed"]
    view.variants.buttons()[1].click()
    view.side_buttons["left"].click()
    assert running_routine(window) == "calf-in-bed" and sides_planned(window) == {Side.LEFT}
    stored = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat)).load()
    assert stored.relief_routine("calf") == "calf-in-bed"


def test_checklist_ticks_are_kept_across_the_stretch(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.open_relief()
    view = window.cramp.view
    assert view.checklist[0].text().startswith("Stop what you are doing")
    qtbot.keyClick(view, Qt.Key.Key_2)
    box = view.checklist[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    view.side_buttons["left"].click()
    assert running_routine(window) == "hamstring"
    finish_stretch(window, clock)
    assert window.pages.currentWidget() is view
    assert view.ticked() == [True, False, False, False, False]
    assert view.details()["area"] == "Back of thigh"


def test_red_flags_and_prevention_are_one_click_away(make_window: WindowFactory) -> None:
    """The doctor and prevention tabs hold the guidance and say it is general information."""
    window = make_window()
    window.open_relief()
    tabs = window.cramp.view.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["What helps now", "Log this cramp", "When to see a doctor",
                      "Preventing cramps"]  # fmt: skip
    tabs.tabBar().setCurrentIndex(2)
    page = tabs.currentWidget()
    assert isinstance(page, QTextBrowser), "a text a screen reader reads line by line"
    doctor_text = page.toPlainText()
    for words in ("longer than 10 minutes", "swelling, weakness or numbness", "skin"):
        assert words in doctor_text
    assert "not medical advice" in doctor_text


def test_settings_choose_the_routine_a_cramp_button_runs(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    calf = dialog.relief.boxes["calf"]
    assert [calf.itemText(i) for i in range(calf.count())] == [
        "Calf stretch",
        "Calf stretch in bed",
    ]
    calf.setCurrentIndex(1)
    dialog.close()
    assert window.services.settings.value.relief_routine("calf") == "calf-in-bed"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L)
    assert running_routine(window) == "calf-in-bed"


def test_a_relief_stretch_is_logged_but_is_not_the_daily_routine(
    make_window: WindowFactory, clock: FakeClock, history: LogStore
) -> None:
    from spasm_stretch.core.habit import done_days, last_done_text

    window = make_window(history=history)
    stretch_the_left_calf(window, clock)
    (session,) = history.sessions()
    assert (session.routine_id, session.finished, session.relief) == ("calf", True, True)
    today = now().date()
    assert done_days(history.sessions(), today)[-1] is False
    assert last_done_text(history.sessions(), today) == "no routine done yet"


def test_the_question_area_is_as_tall_as_the_question_shown(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    """The easing question takes its own height, not the end's eight answers' (no empty bands)."""
    window = make_window()
    window.resize(960, 680)
    window.show()
    window.cramp.relief_for_area("calf")
    window.cramp.view.side_buttons["left"].click()
    finish_stretch(window, clock)
    view = window.cramp.view
    for _ in range(6):
        QApplication.processEvents()
    assert view.steps.currentWidget() is view.easing_page
    own = view.easing_page.heightForWidth(view.steps.width())
    assert view.steps.height() <= own + 1, (view.steps.height(), own)
    window.cramp.end_now()


def test_the_cramp_clock_wakes_once_as_each_second_shows_and_never_between(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    """One single-shot timer aimed at the clock's next new second (m:ss, rounded), no polling."""
    window = make_window()
    window.cramp.start_by_hand()
    tick = window.cramp._tick
    shown = []
    for _ in range(5):
        assert tick.isActive() and tick.isSingleShot()
        wait = tick.interval()
        tick.stop()
        clock.advance(wait / 1000)
        tick.timeout.emit()
        shown.append(window.cramp.clock_action.text())
    assert shown == [f"Cramp 0:0{n}" for n in range(1, 6)]  # each second once, none missed
    assert window.cramp.flow.timer.elapsed() == pytest.approx(4.502)  # just past 4.5
    assert tick.interval() == 1000  # from one new second to the next
    clock.advance(0.25)
    window.cramp.refresh()  # a change in between (a note, an answer): still aimed at the next
    assert tick.interval() == 750
    window.cramp.end_now()
    assert not tick.isActive()
