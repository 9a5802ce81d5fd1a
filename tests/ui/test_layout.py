"""Every page at 800x600 with text at 100, 130 and 200 %, light and dark: nothing clipped.

Walks the visible labels, buttons and check boxes of each page and state
(picker; a session preparing, holding a side, switching, flowing, relaxing
and paused; the summary; the relief page, its tabs and questions; the log
and its tabs; settings; about) and fails on text that does not fit its
widget, a widget sticking out of its parent, or siblings drawn over each other.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.history import History, now
from spasm_stretch.settings import Theme
from spasm_stretch.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.layout import layout_problems
from tests.helpers.log import log_cramp, log_run

WindowFactory = Callable[..., MainWindow]
SCREEN = (800, 600)
SENTENCE = "Keep breathing slowly and let the muscle lengthen without bouncing or forcing it"
LONG_ROUTINE = f"""\
id: long-words
name: A routine whose name is long enough to need two lines on a small screen
area: calf
summary: Twelve long instructions, to show they scroll and the current one stays in view.
prepare: 5
steps:
  - name: A stretch with a very long name that must wrap rather than run off the edge
    instructions:
{chr(10).join(f'      - "{SENTENCE}."' for _ in range(12))}
    hold: 20
    sides: both
"""


@pytest.fixture
def long_routine(tmp_path: Path) -> Path:
    """A routine with a long name and twelve long instructions."""
    path = tmp_path / "long-words.yaml"
    path.write_text(LONG_ROUTINE, encoding="utf-8")
    return path


def _run_until(window: MainWindow, clock: FakeClock, wanted: Callable[[], bool]) -> None:
    """Let the session run in half-second steps (never one jump: that reads as a freeze)."""
    driver = window.driver
    assert driver is not None
    for _ in range(2000):
        if wanted():
            return
        clock.advance(0.5)
        driver.refresh()
    raise AssertionError("the session never reached the state asked for")


def _kind_is(window: MainWindow, kind: SegmentKind, *, side: bool = False) -> Callable[[], bool]:
    def check() -> bool:
        driver = window.driver
        if driver is None:
            return False
        segment = driver.position().segment
        return segment.kind is kind and (not side or segment.side.value != "none")

    return check


def _states(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    """Put the window in each state in turn, yielding its name and the widget to check."""
    yield "picker", window
    window.start_routine("back")
    yield "session: get into position", window
    _run_until(window, clock, _kind_is(window, SegmentKind.HOLD))
    yield "session: hold", window
    _run_until(window, clock, _kind_is(window, SegmentKind.REST))
    yield "session: relax", window
    _run_until(window, clock, _kind_is(window, SegmentKind.HOLD, side=True))
    yield "session: hold, one side", window
    _run_until(window, clock, _kind_is(window, SegmentKind.SWITCH))
    yield "session: switch sides", window
    _run_until(window, clock, _kind_is(window, SegmentKind.FLOW))
    yield "session: flow (cat)", window
    _run_until(window, clock, lambda: window.session_view.ring.texts()[1].text.startswith("Lower"))
    yield "session: flow (cow)", window
    assert window.driver is not None
    window.driver.pause()
    yield "session: paused", window
    window.driver.stop()
    yield "summary", window
    window.start_routine("long-words")
    _run_until(window, clock, _kind_is(window, SegmentKind.HOLD))
    yield "session: long names, twelve instructions", window
    window.open_relief()
    view = window.relief_view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        yield f"relief: tab {view.tabs.tabText(index)!r}", window
    view.tabs.setCurrentIndex(0)
    window.relief_for_area("calf")
    yield "relief: which leg?", window
    view.side_buttons["left"].click()
    assert window.driver is not None
    window.driver.stop()
    yield "relief: is it easing?", window
    view.show_cramp(window.cramp.flow, stale=True)
    yield "relief: when did it end?", window
    window.open_history()
    for index in range(window.history_view.tabs.count()):
        window.history_view.tabs.setCurrentIndex(index)
        yield f"history: tab {window.history_view.tabs.tabText(index)!r}", window
    window.show_picker()
    window.open_settings()
    assert window.settings_dialog is not None
    yield "settings", window.settings_dialog
    window.settings_dialog.close()
    about = window.show_about()
    yield "about", about
    about.close()


def _toolbar_hidden(window: MainWindow) -> list[str]:
    """Toolbar actions pushed behind the overflow button (Mute must stay in reach)."""
    hidden = []
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.isVisible() and button is not None and not button.isVisible():
                hidden.append(action.text().replace("&", ""))
    return hidden


def _settle(qtbot: QtBot, widget: QWidget) -> None:
    QApplication.processEvents()
    widget.updateGeometry()
    QApplication.processEvents()
    del qtbot


@pytest.mark.parametrize(
    ("theme", "scale"),
    [(theme, scale) for theme in (Theme.LIGHT, Theme.DARK) for scale in (100, 130, 200)],
    ids=lambda value: value.value if isinstance(value, Theme) else f"{value}%",
)
def test_every_page_fits_800x600(  # noqa: PLR0917 - fixtures and parameters
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    long_routine: Path,
    tmp_path: Path,
    theme: Theme,
    scale: int,
) -> None:
    history = History(tmp_path / "history.db")
    today = now()
    log_cramp(history, today - timedelta(days=1), 12, "Calf or foot", helped=("Stretching",))
    log_run(history, "calf", "Calf stretch", today - timedelta(days=1), today, finished=True)
    window = make_window([long_routine], history=history)
    window.apply_settings(dataclasses.replace(window.settings, theme=theme, text_scale=scale))
    window.resize(*SCREEN)
    found: list[str] = []
    for name, widget in _states(window, clock, qtbot):
        _settle(qtbot, widget)
        if widget.width() > SCREEN[0] or widget.height() > SCREEN[1]:
            found.append(f"{name}: {widget.width()}x{widget.height()} is larger than the screen")
            widget.resize(min(widget.width(), SCREEN[0]), min(widget.height(), SCREEN[1]))
            _settle(qtbot, widget)  # as a window manager keeps a window on the screen
        if widget is window:
            found += [f"{name}: toolbar hides {a}" for a in _toolbar_hidden(window)]
        found += [f"{name}: {problem}" for problem in layout_problems(widget)]
    assert window.driver is None or window.driver.session.state is not SessionState.RUNNING
    assert found == [], "\n".join(found)


def _title_size(window: MainWindow) -> float:
    titles = [w for w in window.picker.findChildren(QLabel) if w.text() == "Choose a routine"]
    return titles[0].font().pointSizeF()


def test_text_size_applies_from_the_same_base_every_time(make_window: WindowFactory) -> None:
    """200 -> 130 -> 100 % leaves headings as a fresh start at 100 % has them."""
    window = make_window()
    window.apply_settings(dataclasses.replace(window.settings, text_scale=100))
    fresh = _title_size(window)
    for scale in (200, 130, 100):
        window.apply_settings(dataclasses.replace(window.settings, text_scale=scale))
        if scale == 200:
            assert _title_size(window) == pytest.approx(2 * fresh)
    assert _title_size(window) == pytest.approx(fresh)


def test_the_highlighted_instruction_is_scrolled_into_view(
    make_window: WindowFactory, clock: FakeClock, long_routine: Path
) -> None:
    """Twelve long sentences scroll; the one to follow now is on screen."""
    window = make_window([long_routine])
    window.resize(*SCREEN)
    window.start_routine("long-words")
    _run_until(window, clock, _kind_is(window, SegmentKind.HOLD))
    QApplication.processEvents()
    instructions = window.session_view.instructions
    current = instructions.current_label()
    assert current is not None and current.text().startswith("\u25b8 12.")
    assert instructions.verticalScrollBar().maximum() > 0
    top_left = current.mapTo(instructions.viewport(), current.rect().topLeft())
    assert instructions.viewport().rect().contains(top_left)
    assert window.driver is not None
    window.driver.stop()


def test_a_step_without_a_picture_does_not_show_the_last_one(
    make_window: WindowFactory, long_routine: Path
) -> None:
    window = make_window([long_routine])
    window.start_routine("calf")
    assert window.session_view.picture.isVisibleTo(window)
    window.start_routine("long-words")  # no picture in its only step
    assert not window.session_view.picture.isVisibleTo(window)
    assert window.driver is not None
    window.driver.stop()


def test_one_up_in_get_into_position_is_not_zero_seconds(make_window: WindowFactory) -> None:
    window = make_window()
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.prepare.text() == "As the routine says"
    dialog.prepare.stepUp()
    assert dialog.settings().prepare == 5.0
    dialog.close()


def test_the_title_says_paused_first(make_window: WindowFactory) -> None:
    window = make_window()
    window.start_routine("calf")
    assert window.driver is not None
    window.driver.pause()
    assert window.windowTitle().startswith("Paused")
    window.driver.stop()
