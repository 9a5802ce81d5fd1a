"""A long hold wakes the app as little as the eye allows: once a second, and nothing else runs."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.plain_bar import PlainBar
from tests.helpers.clock import FakeClock
from tests.helpers.session_run import display_ticks
from tests.helpers.timers import live_timers

WindowFactory = Callable[..., MainWindow]
FIVE_MINUTES = """\
id: five-minutes
name: Five minutes
area: neck
summary: One hold of five minutes.
prepare: 3
steps:
  - name: Neck side tilt
    instructions: [Tilt your head so that one ear moves toward its shoulder.]
    hold: 300
"""


class Paints(QObject):
    """Counts the paint events ``widget`` receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def five_minute_hold(make_window: WindowFactory, clock: FakeClock, folder: Path) -> MainWindow:
    """The window in the five-minute hold, its cue word gone (10 s into the hold)."""
    (folder / "five-minutes.yaml").write_text(FIVE_MINUTES, encoding="utf-8")
    window = make_window([folder])
    window.session.start_routine("five-minutes")
    driver = window.session.driver
    assert driver is not None
    while driver.position().segment.kind is not SegmentKind.HOLD or (
        driver.position().remaining > 290
    ):
        clock.advance(0.5)
        driver.refresh()
    QApplication.processEvents()
    return window


def test_a_five_minute_hold_redraws_the_ring_once_a_second(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """Its arc moves less than a degree a second: ring, number and arc drawn together, once."""
    window = five_minute_hold(make_window, clock, tmp_path)
    driver, ring = window.session.driver, window.session.view.ring
    assert driver is not None
    assert ring.width() > 300 and ring.devicePixelRatioF() == 1  # a degree > a pixel here
    display_ticks(driver, clock, 1, QApplication.processEvents)  # the prepare's last aim
    painted = Paints(ring)
    shown = display_ticks(driver, clock, 20, QApplication.processEvents)
    assert len(shown) == 20 and painted.count == 20
    assert all(0 < math.ceil(left) - left <= 0.003 for left in shown)  # each just as it changes
    assert ring.seconds_shown() == math.ceil(driver.position().remaining)
    driver.stop()


def test_a_short_segment_moves_its_arc_up_to_8_times_a_second(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """The 3-second "get into position": its arc sweeps fast, so it is drawn as often as allowed."""
    (tmp_path / "five-minutes.yaml").write_text(FIVE_MINUTES, encoding="utf-8")
    window = make_window([tmp_path])
    window.session.start_routine("five-minutes")
    driver = window.session.driver
    assert driver is not None and driver.position().segment.kind is SegmentKind.PREPARE
    painted = Paints(window.session.view.ring)
    shown = display_ticks(driver, clock, 2, QApplication.processEvents)
    assert len(shown) == 16 and painted.count == 16
    driver.stop()


def test_during_a_hold_only_the_session_s_two_timers_run(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """No polling anywhere in the window: the next redraw and the freeze check, both one-shot."""
    window = five_minute_hold(make_window, clock, tmp_path)
    driver = window.session.driver
    assert driver is not None
    display_ticks(driver, clock, 3, QApplication.processEvents)
    # The sound output is not counted here: the in-process player (issue 22) has its own
    # tests of what it runs between cues.
    services = [
        value
        for value in (getattr(window.services, f.name) for f in dataclasses.fields(window.services))
        if isinstance(value, QObject) and value is not window.services.audio
    ]
    running = live_timers([window, *services])
    assert sorted((t.path, t.single_shot) for t in running) == [
        ("QTimer < SessionDriver < SessionController < MainWindow", True),
        ("QTimer < SessionDriver < SessionController < MainWindow", True),
    ], running
    driver.stop()


def test_the_routine_bar_shows_its_done_part_in_the_highlight_colour(qtbot: QtBot) -> None:
    """Drawn flat (no style's gradient, no painting threads): done part, then the track."""
    bar = PlainBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 100)
    bar.resize(200, 10)
    bar.setValue(25)
    image = bar.grab().toImage()
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(40, 5) == highlight  # within the first quarter
    assert image.pixelColor(60, 5) != highlight  # past it: the faint track
    assert image.pixelColor(60, 5) == image.pixelColor(190, 5)
    bar.setValue(0)
    assert bar.grab().toImage().pixelColor(1, 5) != highlight


def test_a_session_in_a_hidden_window_goes_on_without_redraws(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    """Closed to the tray mid-hold: cues and timing go on, the page is not drawn until shown."""
    window = five_minute_hold(make_window, clock, tmp_path)
    driver = window.session.driver
    assert driver is not None and driver._display_timer.isActive()
    window.hide()
    assert not driver._display_timer.isActive()
    assert driver._deadline_timer.isActive()  # the halfway cue and the end still come
    clock.advance(0.5)
    driver.refresh()
    window.show()
    assert driver._display_timer.isActive()
    assert window.session.view.ring.seconds_shown() == math.ceil(driver.position().remaining)
    driver.stop()


def test_the_bar_moves_in_the_window_s_next_update_not_in_a_repaint_of_its_own(
    qtbot: QtBot,
) -> None:
    """A new value paints nothing at once; the bar is drawn once, with the next update."""
    bar = PlainBar()
    qtbot.addWidget(bar)
    bar.resize(200, 10)
    bar.show()
    qtbot.waitExposed(bar)
    QApplication.processEvents()
    painted = Paints(bar)
    bar.setValue(40)
    assert painted.count == 0 and bar.value() == 40
    qtbot.waitUntil(lambda: painted.count >= 1)
    bar.setValue(40)  # the same value: nothing to draw
    QApplication.processEvents()
    assert painted.count == 1, painted.count
