"""Startup time and memory: our window against a bare PySide6 QMainWindow.

Each run is a fresh process. The child notes CLOCK_MONOTONIC at its main
window's first paint and at its content's (the routine list; the yardstick's
label), then watches its event loop for 2 s with a 5 ms timer and prints
those times, its peak RSS and the longest gap between ticks (the longest
the loop was blocked: the sound set-up, for instance). The parent notes the
clock just before spawning, so the figures cover interpreter start, imports,
loading routines and settings, and the paint. Runs alternate between the
two programs; medians are compared. QT_QPA_PLATFORM picks the platform
(offscreen unless set; xcb with DISPLAY for a real window system).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

PAINT_PROBE = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

class FirstPaint(QObject):
    '''Prints when the window and its content first paint, then watches the loop.

    The content is the routine list (ours) or the label (the yardstick). From
    the window's first paint a precise 5 ms timer runs for 2 s; the largest
    gap between its ticks is the longest the event loop was blocked (input
    waits that long), printed with the peak RSS before the process exits.
    '''

    def __init__(self, window, content):
        super().__init__()
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)
        self.worst = 0.0
        self.content = content
        self.painted = {}
        window.installEventFilter(self)
        content.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched not in self.painted:
            self.painted[watched] = time.monotonic()
            if len(self.painted) == 1:
                self.last = time.monotonic()
                self.ticker.start(5)
                QTimer.singleShot(2000, self.finish)
        return False

    def tick(self):
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def finish(self):
        self.tick()
        usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        first = min(self.painted.values())
        print(first, self.painted.get(self.content, 0.0), usage, self.worst, flush=True)
        os._exit(0)
"""

BARE = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Routines"))
window.resize(960, 680)
probe = FirstPaint(window, window.centralWidget())
window.show()
app.exec()
"""
)

OURS = (
    PAINT_PROBE
    + """
import argparse
from PySide6.QtWidgets import QApplication
from spasm_stretch.app import build_window
window = build_window(argparse.Namespace(routines=[], speed=1.0, audio=None))
probe = FirstPaint(window, window.picker.list.viewport())
window.update()
QApplication.instance().exec()
"""
)


class Run(NamedTuple):
    """One start: seconds to the first paint and the content's, peak RSS (MiB), longest block.

    The block is the longest the event loop was held in the 2 s after the first paint (s).
    """

    paint: float
    content: float
    rss: float
    block: float


def measure(code: str, env: dict[str, str]) -> Run:
    """Time from spawn to first paint and to the content's, peak RSS, and the longest block."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    painted, content, rss_kib, block = done.stdout.split()
    return Run(float(painted) - start, float(content) - start, int(rss_kib) / 1024, float(block))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        env.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
        # An installed app runs from byte-code caches (pip writes them); without
        # them every start would also compile our ~40 modules (~20 ms).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        config = Path(home) / "config" / "spasm-stretch"
        config.mkdir(parents=True)
        (config / "spasm-stretch.ini").write_text(
            "[General]\ndisclaimer_seen=true\n", encoding="utf-8"
        )
        measure(BARE, env)  # warm the file cache for both
        measure(OURS, env)
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(measure(BARE, env))
            ours.append(measure(OURS, env))

    def median(runs: list[Run], field: str) -> float:
        return float(statistics.median(getattr(run, field) for run in runs))

    worst = max(run.block for run in ours)
    print(f"platform: {env['QT_QPA_PLATFORM']}, median of {args.runs} runs each")
    print(f"{'':17}{'first paint':>12}{'list/label':>12}{'peak RSS':>11}{'longest block':>15}")
    for name, runs in (("bare QMainWindow", bare), ("spasm-stretch", ours)):
        print(
            f"{name:17}{median(runs, 'paint') * 1000:9.0f} ms"
            f"{median(runs, 'content') * 1000:9.0f} ms{median(runs, 'rss'):7.1f} MiB"
            f"{median(runs, 'block') * 1000:12.0f} ms"
        )
    print(
        f"{'ratio':17}{median(ours, 'paint') / median(bare, 'paint'):9.2f}x"
        f"{median(ours, 'content') / median(bare, 'content'):10.2f}x"
        f"   +{median(ours, 'rss') - median(bare, 'rss'):.1f} MiB"
        f"   worst block {worst * 1000:.0f} ms"
    )
    print(
        "targets: first paint <= 1.3x, list <= 1.6x, no block over 50 ms in the 2 s after "
        "the first paint"
    )


if __name__ == "__main__":
    main()
