"""The main window, driven by keys alone with a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.model import HoldChoice
from spasm_stretch.log.store import LogStore
from spasm_stretch.settings.store import SettingsStore, Theme
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock

WindowFactory = Callable[..., MainWindow]


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, which)


def state_of(window: MainWindow) -> SessionState:
    assert window.session.driver is not None
    return window.session.driver.session.state


def let_time_pass(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Advance the clock in small steps, each followed by the driver's wake-up."""
    assert window.session.driver is not None
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(min(0.5, end - clock.now))
        window.session.driver.refresh()


def test_whole_routine_with_keys_only(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Pick the calf routine by typing, start it with Space and follow it to the end."""
    window = make_window()
    for letter in "calf":
        qtbot.keyClick(window.picker.list, letter)
    assert window.picker.visible_ids() == ["calf", "calf-in-bed", "full-body"]
    assert window.picker.current_id() == "calf"
    qtbot.keyClick(window.picker.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session.view
    assert window.session.driver is not None
    assert window.session.driver.session.state is SessionState.RUNNING
    assert window.windowTitle() == "Calf stretch · 1:00 left — spasm-stretch"
    let_time_pass(window, clock, 10)
    assert window.windowTitle() == "Calf stretch · 0:50 left — spasm-stretch"
    assert window.session.view.phase.text() == "Hold"
    assert window.session.view.side.text().strip().startswith("\u25c0")
    assert "LEFT" in window.session.view.side.text()
    assert window.session.view.ring.seconds_shown() == 20
    let_time_pass(window, clock, 51)
    assert window.pages.currentWidget() is window.session.finished_view
    assert "Steps completed: 1 of 1" in window.session.finished_view.details.text()
    assert window.windowTitle() == "Calf stretch · done — spasm-stretch"


def test_session_keys_pause_next_back_extend_stop(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """Space pauses and resumes, Right skips, Left goes back, + adds 10 s, Escape stops."""
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 7)
    key(qtbot, window, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.PAUSED
    assert window.session.view.banner.text() == "Paused. Press Space to continue."
    clock.advance(60)
    assert window.session.driver is not None
    window.session.driver.refresh()
    assert window.windowTitle() == "Paused · Calf stretch · 0:53 left — spasm-stretch"
    key(qtbot, window, Qt.Key.Key_Space)
    assert state_of(window) is SessionState.RUNNING
    key(qtbot, window, Qt.Key.Key_Plus)
    assert window.windowTitle() == "Calf stretch · 1:03 left — spasm-stretch"
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.session.view.phase.text() == "Switch sides"
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.session.view.phase.text() == "Get into position"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.session.finished_view
    assert window.session.finished_view.heading.text() == "Session stopped"
    assert "Holds skipped: 1" in window.session.finished_view.details.text()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.picker


def test_run_routine_opens_ready_to_start(make_window: WindowFactory, clock: FakeClock) -> None:
    """'run calf' shows the calf routine waiting for Space, with its clock not running."""
    window = make_window()
    assert window.session.open_routine("calf")
    assert window.session.driver is not None
    assert window.session.driver.session.state is SessionState.READY
    assert window.session.view.banner.text() == "Ready. Press Space to start."
    clock.advance(30)
    assert window.session.driver.position().time_left == 60
    assert not window.session.open_routine("elbow")


def test_settings_are_saved_reloaded_and_applied(
    make_window: WindowFactory, settings_file: Path
) -> None:
    """Choosing long holds updates the list's durations and survives a restart."""
    window = make_window()
    window.picker.select("calf")
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    dialog.hold.setCurrentIndex(dialog.hold.findData(HoldChoice.LONG))
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.DARK))
    assert "1:10" in window.picker.list.currentItem().text()
    dialog.close()
    reloaded = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat)).load()
    assert reloaded.hold is HoldChoice.LONG
    assert reloaded.theme is Theme.DARK
    window.session.start_routine("calf")
    assert window.session.driver is not None
    assert window.session.driver.session.total == 70


def test_problems_area_lists_a_broken_user_routine(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """A routine author sees why their file is missing from the list."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: mine\nsteps: [", encoding="utf-8")
    window = make_window([folder])
    assert window.picker.problems.isVisible()
    assert window.picker.problems.heading.text() == "1 routine file could not be loaded"
    (message,) = window.picker.problems.messages()
    assert message.startswith(f"{folder / 'broken.yaml'}, line 2:")


def test_area_filter_and_search(make_window: WindowFactory) -> None:
    """The area filter and the search box narrow the list together."""
    window = make_window()
    window.picker.area.setCurrentText("Back")
    assert window.picker.visible_ids() == ["back"]
    window.picker.area.setCurrentText("All areas")
    window.picker.search.setText("thigh")
    assert window.picker.visible_ids() == ["full-body", "hamstring", "quadriceps"]


def test_window_size_and_last_routine_are_remembered(
    make_window: WindowFactory,
) -> None:
    """Closing and reopening restores the window's size and highlights the last routine."""
    first = make_window()
    first.resize(780, 590)
    first.session.start_routine("neck")
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (780, 590)
    assert second.picker.current_id() == "neck"


def test_corrupt_settings_fall_back_without_crashing(
    make_window: WindowFactory, settings_file: Path
) -> None:
    """Garbage values in the settings file are replaced by defaults, one by one."""
    settings_file.write_text(
        "[General]\nhold=forever\nvolume=loud\ntext_scale=9000\ntheme=dark\nsound=maybe\n",
        encoding="utf-8",
    )
    window = make_window()
    assert window.services.settings.value.hold is HoldChoice.MEDIUM
    assert window.services.settings.value.volume == 80
    assert window.services.settings.value.text_scale == 100
    assert window.services.settings.value.theme is Theme.DARK
    assert len(window.services.settings.store.problems) == 4
    assert (
        "setting 'hold' = 'forever' is not valid; using 'medium'"
        in window.services.settings.store.problems[0]
    )


def test_binary_settings_file_does_not_crash(
    make_window: WindowFactory, settings_file: Path
) -> None:
    """A settings file full of binary junk opens with defaults."""
    settings_file.write_bytes(bytes(range(256)) * 8)
    window = make_window()
    assert window.services.settings.value.hold is HoldChoice.MEDIUM


def test_about_and_first_run_disclaimer(make_window: WindowFactory) -> None:
    """The disclaimer shows once on first run and is in About, with the version."""
    window = make_window()
    bar = window.show_disclaimer_if_first_run()
    assert bar is not None
    assert "not medical advice" in bar.label.text()
    fold = bar.findChild(QPushButton, "fold")
    assert fold is not None
    fold.click()  # the red flags, folded away at first
    assert "A cramp lasts longer than 10 minutes." in bar.label.text()
    assert window.isActiveWindow() and bar.focusPolicy() is Qt.FocusPolicy.NoFocus
    assert window.show_disclaimer_if_first_run() is not None, "shown again until it is read"
    bar = window.messages.showing("disclaimer")
    assert bar is not None
    bar.buttons[0].click()
    assert window.messages.showing("disclaimer") is None
    assert window.show_disclaimer_if_first_run() is None
    about = window.show_about()
    assert "spasm-stretch 0.1.0" in about.text()
    assert "not medical advice" in about.text()
    about.close()


def test_every_control_has_a_tooltip_naming_its_key(make_window: WindowFactory) -> None:
    """Toolbar actions tell the user their keyboard shortcut."""
    window = make_window()
    tips = {a.text().replace("&", ""): a.toolTip() for a in window.actions()}
    assert tips["Start"] == "Start or pause (Space)"
    assert tips["Next"].endswith("(Right)")
    assert tips["Back"].endswith("(Left)")
    assert tips["Cramp help"] == "Quick relief for a cramp happening now (F1)"
    assert tips["History"].endswith("(Ctrl+H)")
    assert tips["Cramp: Calf or foot"].endswith("(1)")
    assert tips["+10 s"].endswith("(+)")
    assert tips["Stop"].endswith("(Esc)")
    assert tips["Mute"].endswith("(M)")
    assert tips["Full screen"].endswith("(F11)")


def test_sessions_are_logged_as_they_start_and_end(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """A finished run and one left part-way are both in the history, the latter with its step."""
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    window.session.start_routine("calf")
    assert [s.ended for s in history.sessions()] == [None]
    let_time_pass(window, clock, 61)
    window.session.start_routine("back")
    let_time_pass(window, clock, 50)
    window.show_picker()  # leaving pauses it, with a way back: not ended yet
    assert window.messages.showing("resume") is not None
    assert [s.ended is None for s in history.sessions()] == [False, True]
    window.session.start_routine("neck")  # another routine: the one left is over
    calf, back, _ = history.sessions()
    assert (calf.routine_id, calf.finished, calf.stopped_at_step) == ("calf", True, None)
    assert (back.routine_id, back.finished, back.stopped_at_step) == ("back", False, 2)


def test_the_file_menus_access_keys_are_all_different(make_window: WindowFactory) -> None:
    """Alt+F then one letter picks one item: no two items share their underlined letter."""
    window = make_window()
    keys = [
        action.text().split("&", 1)[1][0].lower()
        for action in window.file_menu.actions()
        if "&" in action.text()
    ]
    assert len(keys) == len(set(keys)), keys
