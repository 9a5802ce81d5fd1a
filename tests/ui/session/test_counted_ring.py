"""A counted step shows its count in the ring ("8/12"), never seconds or a stale flash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.pages import run_until

WindowFactory = Callable[..., MainWindow]

PUMPS = """\
id: pumps
name: Pumps
area: calf
summary: Twelve ankle pumps.
prepare: 5
steps:
  - name: Ankle pumps
    instructions:
      - Point the toes, then pull them back.
    count: 12
    tempo: 2
"""


def test_the_ring_counts_the_repetitions(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "pumps.yaml").write_text(PUMPS, encoding="utf-8")
    window = make_window([folder])
    window.session.start_routine("pumps")
    driver = window.session.driver
    assert driver is not None

    def on_rep(number: int) -> Callable[[], bool]:
        return lambda: driver.position().segment.repetition == number

    run_until(window, clock, on_rep(1))
    view = window.session.view
    view.flash(driver.position().offset, view.phase.text())  # the cue's flash of "Rep 1 of 12"
    run_until(window, clock, on_rep(2))
    view.refresh(driver.position())
    texts = [t.text for t in view.ring.texts()]
    assert "2/12" in texts and "Rep 1 of 12" not in texts, texts
    assert view.phase.text() == "Rep 2 of 12"
    run_until(window, clock, on_rep(8))
    view.refresh(driver.position())
    assert "8/12" in [t.text for t in view.ring.texts()]
    driver.stop()
