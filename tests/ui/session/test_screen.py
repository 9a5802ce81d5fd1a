"""What the session screen says from across the room: side, cue words, pause, what is next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QColor, QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.settings.store import Theme
from spasm_stretch.ui.session.ring import CountdownRing
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.routines import with_line

WindowFactory = Callable[..., MainWindow]


def run_until(window: MainWindow, clock: FakeClock, wanted: Callable[[], bool]) -> None:
    """Let the session run in quarter seconds until ``wanted`` holds."""
    assert window.session.driver is not None
    for _ in range(4000):
        if wanted():
            return
        clock.advance(0.25)
        window.session.driver.refresh()
    raise AssertionError("never reached")


def segment_is(
    window: MainWindow, kind: SegmentKind, side: Side | None = None
) -> Callable[[], bool]:
    def check() -> bool:
        assert window.session.driver is not None
        segment = window.session.driver.position().segment
        return segment.kind is kind and (side is None or segment.side is side)

    return check


def test_the_right_side_mirrors_the_picture_and_says_so_as_large_as_the_phase(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("neck")
    view = window.session.view
    run_until(window, clock, segment_is(window, SegmentKind.HOLD, Side.LEFT))
    assert view.side.text() == "\u25c0  TILT TO THE LEFT"
    assert not view.picture.is_mirrored(), "the neck picture shows the left tilt"
    run_until(window, clock, segment_is(window, SegmentKind.HOLD, Side.RIGHT))
    assert view.side.text() == "TILT TO THE RIGHT  \u25b6"
    assert view.picture.is_mirrored()
    assert view.side.font().pointSizeF() == view.phase.font().pointSizeF()
    assert window.session.driver is not None
    window.session.driver.stop()


def test_legs_say_which_leg(make_window: WindowFactory, clock: FakeClock) -> None:
    window = make_window()
    window.session.start_routine("calf")
    run_until(window, clock, segment_is(window, SegmentKind.HOLD, Side.RIGHT))
    assert window.session.view.side.text() == "RIGHT LEG  \u25b6"
    assert window.session.driver is not None
    window.session.driver.stop()


def test_paused_dims_the_ring_and_says_paused(make_window: WindowFactory, clock: FakeClock) -> None:
    window = make_window()
    window.session.start_routine("calf")
    run_until(window, clock, segment_is(window, SegmentKind.HOLD))
    assert window.session.driver is not None
    window.session.driver.pause()
    view = window.session.view
    assert view.ring.is_dimmed() and view.phase.text() == "PAUSED"
    assert window.windowTitle().startswith("Paused")
    window.session.driver.resume()
    assert not view.ring.is_dimmed() and view.phase.text() == "Hold"
    window.session.driver.stop()


def test_each_cue_shows_its_word_for_a_second(make_window: WindowFactory, clock: FakeClock) -> None:
    window = make_window()
    window.session.start_routine("neck")
    ring = window.session.view.ring
    seen: list[str] = []

    def collect() -> bool:
        if ring.word() and (not seen or seen[-1] != ring.word()):
            seen.append(ring.word())
        return (
            window.session.driver is not None
            and window.session.driver.position().segment.side is Side.RIGHT
        )

    run_until(window, clock, collect)
    assert seen[:2] == ["GET READY", "HOLD"]
    assert "HALFWAY" in seen
    assert seen[seen.index("HALFWAY") + 1 : seen.index("HALFWAY") + 4] == ["3", "2", "1"]
    assert "SWITCH \u2192 RIGHT" in seen
    halfway_gone = len(seen)
    clock.advance(1.25)
    assert window.session.driver is not None
    window.session.driver.refresh()
    assert len(seen) == halfway_gone
    window.session.driver.stop()


def test_relax_shows_the_next_stretch_and_how_to_get_ready(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("back")
    run_until(window, clock, segment_is(window, SegmentKind.REST))
    view = window.session.view
    assert view.phase.text() == "Relax"
    assert view.step_name.text() == "Next: Lower-back rotation"
    assert view.next_label.text() == (
        "Get ready for step 2 of 3: Lie on your back with your knees bent and feet flat."
    )
    assert view.picture.has_picture()
    assert window.session.driver is not None
    window.session.driver.stop()


def test_the_ring_is_never_smaller_at_larger_text(make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.session.start_routine("calf")
    sides = []
    for scale in (100, 130, 200):
        window.services.settings.update(text_scale=scale)
        QApplication.processEvents()
        ring = window.session.view.ring
        sides.append(min(ring.width(), ring.height()))
    assert sides == sorted(sides), sides
    assert window.session.driver is not None
    window.session.driver.stop()


def test_a_png_picture_is_shown_and_mirrored_for_the_other_side(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.setPixelColor(0, 0, QColor("blue"))  # a corner to tell the mirror image by
    assert image.save(str(tmp_path / "leg.png"))
    (tmp_path / "png.yaml").write_text(
        with_line(14, "    rest: 5\n    image: leg.png"), encoding="utf-8"
    )
    window = make_window([tmp_path])
    window.session.start_routine("test-routine")
    view = window.session.view
    assert view.picture.has_picture()
    assert not view.picture.is_mirrored()
    run_until(window, clock, segment_is(window, SegmentKind.HOLD, Side.RIGHT))
    assert view.picture.is_mirrored()
    shown = view.picture.grab().toImage()
    red = [x for x in range(shown.width()) if shown.pixelColor(x, shown.height() // 2).red() > 200]
    assert red, "the PNG is drawn"
    assert window.session.driver is not None
    window.session.driver.stop()


def test_phase_changes_are_announced_to_screen_readers(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    said: list[str] = []
    window.session.view.announced.connect(said.append)
    window.session.start_routine("neck")
    run_until(window, clock, segment_is(window, SegmentKind.HOLD, Side.RIGHT))
    assert window.session.driver is not None
    window.session.driver.pause()
    assert said == [  # the side in lower case: a screen reader must not spell capitals out
        "Get into position, tilt to the left: Neck side tilt",
        "Hold, tilt to the left: Neck side tilt",
        "Switch sides, tilt to the right: Neck side tilt",
        "Hold, tilt to the right: Neck side tilt",
        "Paused, tilt to the right: Neck side tilt",
    ]
    window.session.driver.stop()


def test_getting_into_position_already_says_which_side(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window()
    window.session.start_routine("calf", side="right")  # a cramp in the right leg
    view = window.session.view
    assert view.phase.text() == "Get into position"
    assert view.side.text() == "RIGHT LEG  \u25b6"
    assert view.picture.is_mirrored()
    assert window.session.driver is not None
    window.session.driver.stop()


class PaintCounter(QObject):
    """Counts the paint events each watched widget receives."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.counts: Counter[QObject] = Counter()
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.counts[watched] += 1
        return False


def test_a_second_of_a_hold_repaints_what_changed_not_the_page_under_it(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """The time left and the bar change each second; the page and window under them do not."""
    window = make_window()
    window.session.start_routine("calf")
    run_until(window, clock, segment_is(window, SegmentKind.HOLD))
    view = window.session.view
    QApplication.processEvents()
    counter = PaintCounter(window, view, view.overall, view.progress)
    assert window.session.driver is not None
    clock.advance(1.0)
    window.session.driver.refresh()
    qtbot.waitUntil(lambda: counter.counts[view.overall] > 0 and counter.counts[view.progress] > 0)
    QApplication.processEvents()
    assert counter.counts[view] == 0 and counter.counts[window] == 0
    window.session.driver.stop()


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.NIGHT])
def test_the_opaque_time_left_and_bar_look_like_the_page(
    make_window: WindowFactory, theme: Theme
) -> None:
    """Drawn on a background of their own, they look exactly as if drawn on the page."""
    window = make_window()
    window.services.settings.update(theme=theme)
    window.session.start_routine("calf")
    view = window.session.view
    opaque = view.grab().toImage()
    for widget in (view.overall, view.progress):
        widget.setAutoFillBackground(False)
    assert view.grab().toImage() == opaque
    assert window.session.driver is not None
    window.session.driver.stop()


class PaintedRects(QObject):
    """Keeps the region of each paint event ``widget`` receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.regions: list[QRegion] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
        return False


def test_a_new_second_repaints_the_number_and_the_arc_end_not_the_whole_ring(
    qtbot: QtBot,
) -> None:
    """Once a second the number changes: its box and the arc's end are drawn, the rest kept."""
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    ring.show()
    qtbot.waitExposed(ring)
    colour = QColor("#2a9d8f")
    ring.set_state(100.2, 300.0, "seconds", colour)
    painted = PaintedRects(ring)
    QApplication.processEvents()
    painted.regions.clear()
    ring.set_state(99.9, 300.0, "seconds", colour)
    qtbot.waitUntil(lambda: bool(painted.regions))
    number = ring.texts()[0]
    assert number.text == "100"
    region = painted.regions[-1]
    assert QRegion(number.rect.toAlignedRect()).subtracted(region).isEmpty()
    assert not region.contains(QPoint(ring.width() - 4, ring.height() - 4))  # a corner kept
    QApplication.processEvents()
    on_screen = ring.screen().grabWindow(ring.winId()).toImage()
    drawn_afresh = ring.grab().toImage()  # the whole ring, painted from scratch
    assert on_screen.convertToFormat(drawn_afresh.format()) == drawn_afresh


def test_the_bar_moves_in_whole_percent_of_the_routine(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    """10 ms short of 1 % the bar is empty; at 1 % it shows its first step (a redraw a step)."""
    window = make_window()
    window.session.start_routine("calf")
    driver = window.session.driver
    assert driver is not None
    view = window.session.view
    total = driver.position().total
    assert view.progress.maximum() == 100
    clock.advance(total / 100 - 0.01)
    driver.refresh()
    assert view.progress.value() == 0
    clock.advance(0.011)  # 1 % and a millisecond: clear of rounding
    driver.refresh()
    assert view.progress.value() == 1
    driver.stop()
