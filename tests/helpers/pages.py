"""Every page and state of the window, visited in turn by the layout and accessibility tests.

The picker (with the reminders' line under its title); a session preparing,
holding, relaxing, holding one side, switching sides, flowing (two poses) and
paused; the summary; a routine with long names and twelve instructions; the
relief page, each tab and each question; the log and its tabs; settings; about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from spasm_stretch.core.habit import today_line
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock

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


def run_until(window: MainWindow, clock: FakeClock, wanted: Callable[[], bool]) -> None:
    """Let the session run in half-second steps (never one jump: that reads as a freeze)."""
    driver = window.session.driver
    assert driver is not None
    for _ in range(2000):
        if wanted():
            return
        clock.advance(0.5)
        driver.refresh()
    raise AssertionError("the session never reached the state asked for")


def segment_kind_is(
    window: MainWindow, kind: SegmentKind, *, side: bool = False
) -> Callable[[], bool]:
    def check() -> bool:
        driver = window.session.driver
        if driver is None:
            return False
        segment = driver.position().segment
        return segment.kind is kind and (not side or segment.side.value != "none")

    return check


def visit_pages(window: MainWindow, clock: FakeClock) -> Iterator[tuple[str, QWidget]]:
    """Put the window in each state in turn, yielding its name and the widget to check."""
    # the line the reminders put under the title (the app's desktop side; no window test has one)
    window.picker.set_today_line(today_line(None, str, [], datetime.now(UTC), ZoneInfo("UTC")))
    yield "picker", window
    window.session.start_routine("back")
    yield "session: get into position", window
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD))
    yield "session: hold", window
    run_until(window, clock, segment_kind_is(window, SegmentKind.REST))
    yield "session: relax", window
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD, side=True))
    yield "session: hold, one side", window
    run_until(window, clock, segment_kind_is(window, SegmentKind.SWITCH))
    yield "session: switch sides", window
    run_until(window, clock, segment_kind_is(window, SegmentKind.FLOW))
    yield "session: flow (cat)", window
    cat = window.session.view.ring.texts()[1].text  # the pose word, in the language shown
    run_until(window, clock, lambda: window.session.view.ring.texts()[1].text != cat)
    yield "session: flow (cow)", window
    assert window.session.driver is not None
    window.session.driver.pause()
    yield "session: paused", window
    window.session.driver.stop()
    yield "summary", window
    window.session.start_routine("long-words")
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD))
    yield "session: long names, twelve instructions", window
    window.open_relief()
    view = window.cramp.view
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        yield f"relief: tab {view.tabs.tabText(index)!r}", window
    view.tabs.setCurrentIndex(0)
    window.cramp.relief_for_area("calf")
    yield "relief: which leg?", window
    view.side_buttons["left"].click()
    assert window.session.driver is not None
    window.session.driver.stop()
    yield "relief: is it easing?", window
    view.show_cramp(window.cramp.flow, stale=True)
    yield "relief: when did it end?", window
    window.open_history()
    for index in range(window.log.view.tabs.count()):
        window.log.view.tabs.setCurrentIndex(index)
        yield f"history: tab {window.log.view.tabs.tabText(index)!r}", window
    window.show_picker()
    window.preferences.open()
    assert window.preferences.dialog is not None
    yield "settings", window.preferences.dialog
    window.preferences.dialog.close()
    about = window.show_about()
    yield "about", about
    about.close()
