"""Space and Enter press the button that has the keyboard focus, wherever it is.

The window lends Space to start and pause on every page; a person who tabs to a
button and presses Space or Enter means that button, not the window's Space.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.ui.editor.dialog import RoutineEditor
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.ui.shell.test_window import key, let_time_pass

WindowFactory = Callable[..., MainWindow]


def focus(qtbot: QtBot, window: MainWindow, widget: object) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert hasattr(widget, "setFocus")
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()


@pytest.mark.parametrize("which", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_space_or_enter_on_calf_or_foot_asks_which_leg_and_starts_no_routine(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, which: Qt.Key
) -> None:
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 5)
    key(qtbot, window, Qt.Key.Key_Escape)  # stopped: the window's Space would resume it
    window.show_picker()
    button = next(b for b in window.picker.relief_buttons.values() if b.text() == "Calf or foot")
    focus(qtbot, window, button)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, which)
    assert window.pages.currentWidget() is window.cramp.view
    assert window.cramp.view.side_heading.isVisible()
    assert window.cramp.view.side_heading.text().startswith("Which leg?")
    assert window.session.driver is None or window.session.driver.session.state is not (
        SessionState.RUNNING
    )


def test_space_on_a_focused_message_button_presses_it_not_the_session(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("calf")
    let_time_pass(window, clock, 5)
    pressed: list[str] = []
    bar = window.messages.post("test", "A question", [("Yes", lambda: pressed.append("yes"))])
    focus(qtbot, window, bar.buttons[0])
    qtbot.keyClick(bar.buttons[0], Qt.Key.Key_Space)
    assert pressed == ["yes"]
    assert window.session.driver is not None
    assert window.session.driver.session.state is SessionState.RUNNING, "Space did not pause"
    window.session.driver.stop()


def test_focus_set_by_the_program_is_drawn(qtbot: QtBot, make_window: WindowFactory) -> None:
    """A page opening on its first control shows where the keyboard is, before any Tab."""
    window = make_window()
    window.show_picker()
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    button = next(iter(window.picker.relief_buttons.values()))
    button.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is button
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    del qtbot


def test_tab_in_the_editor_follows_its_buttons_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    editor = RoutineEditor(
        {"id": "mine", "name": "Mine", "area": "calf", "steps": [{"name": "A", "hold": 20}]},
        tmp_path, (),
    )  # fmt: skip
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    box = editor.buttons
    shown = sorted(
        (b for b in box.buttons() if b.isVisible()),
        key=lambda b: b.mapTo(box, b.rect().topLeft()).x(),
    )
    tabbed: list[QWidget] = [shown[0]]
    while len(tabbed) < len(shown):
        following = tabbed[-1].nextInFocusChain()
        while following is not None and following not in shown:
            following = following.nextInFocusChain()
        assert following is not None
        tabbed.append(following)
    assert [b.text() for b in tabbed if isinstance(b, QAbstractButton)] == [b.text() for b in shown]
    editor.close()
