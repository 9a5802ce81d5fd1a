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

PAINT_PROBE = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(time.monotonic(), usage, flush=True)
            QTimer.singleShot(0, lambda: os._exit(0))
        return False
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


def measure(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to first paint, and peak RSS in MiB."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    painted, rss_kib = done.stdout.split()
    return float(painted) - start, int(rss_kib) / 1024


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
    bare_t = statistics.median(t for t, _ in bare)
    ours_t = statistics.median(t for t, _ in ours)
    bare_m = statistics.median(m for _, m in bare)
    ours_m = statistics.median(m for _, m in ours)
    print(f"platform: {env['QT_QPA_PLATFORM']}, median of {args.runs} runs each")
    print(f"bare QMainWindow : {bare_t * 1000:7.0f} ms to first paint, peak RSS {bare_m:6.1f} MiB")
    print(f"spasm-stretch    : {ours_t * 1000:7.0f} ms to first paint, peak RSS {ours_m:6.1f} MiB")
    print(f"ratio            : {ours_t / bare_t:7.2f}x time, +{ours_m - bare_m:.1f} MiB RSS")


if __name__ == "__main__":
    main()
