"""Startup time and memory: our window against a bare PySide6 QMainWindow.

Each run is a fresh process. The child prints CLOCK_MONOTONIC at its main
window's first paint and its peak RSS; the parent notes the clock just
before spawning, so the figure covers interpreter start, imports, loading
routines and settings, and the first paint. Runs alternate between the two
programs; medians are compared.
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
    '''At the window's first paint: print the time and peak RSS, then watch the loop.

    A precise 5 ms timer runs for 2 s after the first paint; the largest gap
    between its ticks is the longest the event loop was blocked (input waits
    that long), printed before the process exits.
    '''

    def __init__(self):
        super().__init__()
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)
        self.worst = 0.0

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.ticker.isActive():
            self.last = time.monotonic()
            usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(self.last, usage, flush=True)
            self.ticker.start(5)
            QTimer.singleShot(2000, self.finish)
        return False

    def tick(self):
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def finish(self):
        self.tick()
        print(self.worst, flush=True)
        os._exit(0)
"""

BARE = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(960, 680)
probe = FirstPaint()
window.installEventFilter(probe)
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
probe = FirstPaint()
window.installEventFilter(probe)
window.update()
QApplication.instance().exec()
"""
)


class Run(NamedTuple):
    """One start: seconds to first paint, peak RSS then (MiB), longest block after it (s)."""

    paint: float
    rss: float
    block: float


def measure(code: str, env: dict[str, str]) -> Run:
    """Time from spawn to first paint, peak RSS, and the longest block in the 2 s after."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    painted, rss_kib, block = done.stdout.split()
    return Run(float(painted) - start, int(rss_kib) / 1024, float(block))


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
    bare_t, ours_t = (statistics.median(run.paint for run in runs) for runs in (bare, ours))
    bare_m, ours_m = (statistics.median(run.rss for run in runs) for runs in (bare, ours))
    bare_b, ours_b = (statistics.median(run.block for run in runs) for runs in (bare, ours))
    worst_b = max(run.block for run in ours)
    print(f"platform: {env['QT_QPA_PLATFORM']}, median of {args.runs} runs each")
    print(f"{'':17}{'first paint':>12}{'peak RSS':>11}{'longest block in 2 s after':>28}")
    print(f"bare QMainWindow {bare_t * 1000:9.0f} ms{bare_m:7.1f} MiB{bare_b * 1000:19.0f} ms")
    print(
        f"spasm-stretch    {ours_t * 1000:9.0f} ms{ours_m:7.1f} MiB{ours_b * 1000:19.0f} ms"
        f" (worst run {worst_b * 1000:.0f} ms)"
    )
    print(
        f"ratio            {ours_t / bare_t:9.2f}x  +{ours_m - bare_m:.1f} MiB"
        f"   targets: first paint <= 1.3x, no block over 50 ms"
    )


if __name__ == "__main__":
    main()
