"""Startup as a person gets it: the real ``spasm-stretch`` command against a bare PySide6 window.

Each run is a fresh process on a private Xvfb with a tray host (trayer)
running, so the app starts as it does on a desktop: the real console script
``spasm-stretch`` (single instance, tray, reminders, sound set-up and all),
started by the parent. A ``sitecustomize`` put first on PYTHONPATH hooks a
probe onto the window ``app.build_window`` returns, touching no code of the
app; the yardstick runs with the same ``sitecustomize`` (it never fires
there), so both pay for it alike. The probe notes CLOCK_MONOTONIC at the
main window's first paint and when that first frame, content and all (the
routine list; the yardstick's label), has been drawn, then watches the
event loop for 2 s with a 5 ms timer and prints those times, its peak RSS,
the longest gap between ticks (the longest the window's thread was blocked)
and the CPU time of the process and of every process it started (a sound
helper, say), read from /proc. The parent notes the clock just before
spawning, so the figures cover interpreter start, imports, loading routines
and settings, and the paint. Runs alternate between the two programs;
medians are compared, and the worst block of all runs (not the median).
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

from real_app import (
    need,
    private_home,
    real_command,
    site_wrapping_build_window,
    start_tray,
    start_xvfb,
)

PAINT_PROBE = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

class FirstPaint(QObject):
    '''Prints when the window first paints and when that first frame is complete.

    Qt paints a window and all its visible children (the routine list, the
    label) in one pass and hands the frame to the window system before the
    event loop turns again, so a zero timer started at the window's first
    paint fires when the content has been drawn. Only the window is watched:
    reaching the list's viewport from Python (``viewport()``, made by C++)
    would make PySide build the Python type of every widget class first
    (~4 ms), a cost the app itself does not pay before its first paint. That
    the content was shown is checked at the end, outside the times.

    From the first paint a precise 5 ms timer runs for 2 s; the largest gap
    between its ticks is the longest the event loop was blocked (input waits
    that long), printed with the peak RSS before the process exits.
    '''

    def __init__(self, window, content):
        super().__init__()
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)
        self.worst = 0.0
        self.content = content  # a function: the content widget, looked up at the end
        self.first = self.drawn = 0.0
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.first:
            self.first = self.last = time.monotonic()
            QTimer.singleShot(0, self.frame_done)
            self.ticker.start(5)
            QTimer.singleShot(2000, self.finish)
        return False

    def frame_done(self):
        self.drawn = time.monotonic()

    def tick(self):
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def finish(self):
        self.tick()
        usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if not self.content().isVisible():
            print("the content was not shown", file=sys.stderr, flush=True)
            os._exit(1)
        print(self.first, self.drawn, usage, self.worst, *family_cpu(), flush=True)
        os._exit(0)


def family_cpu():
    '''CPU seconds of this process and of every process under it (children of children too).'''
    from pathlib import Path
    own = sum(os.times()[:4])
    total, queue = 0, [os.getpid()]
    while queue:
        pid = queue.pop()
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(value) for value in fields[11:15])
            for task in Path(f"/proc/{pid}/task").iterdir():
                queue += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return own, total / os.sysconf("SC_CLK_TCK")
"""

BARE = (
    PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Routines"))
window.resize(960, 680)
probe = FirstPaint(window, window.centralWidget)
window.show()
app.exec()
"""
)

# Put first on PYTHONPATH as sitecustomize.py: the window the app builds carries the probe.
SITE = site_wrapping_build_window(
    """
    space = {}
    exec(PROBE, space)
    window._startup_probe = space["FirstPaint"](window, window.picker.list.viewport)
    """,
    preamble=f"PROBE = {PAINT_PROBE!r}",
)


class Run(NamedTuple):
    """One start: seconds to the first paint and the content's, peak RSS (MiB), longest block.

    The block is the longest the event loop was held in the 2 s after the first paint (s);
    cpu is the CPU seconds of the process and its children, spawn to 2 s after the paint;
    own is the process's alone (what a sound helper process adds is cpu - own).
    """

    paint: float
    content: float
    rss: float
    block: float
    own: float
    cpu: float


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Time from spawn to first paint and to the content's, peak RSS, longest block, CPU."""
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True,
                          cwd=env["HOME"], timeout=60)  # fmt: skip
    painted, content, rss_kib, block, own, cpu = done.stdout.split()[-6:]
    return Run(float(painted) - start, float(content) - start, int(rss_kib) / 1024,
               float(block), float(own), float(cpu))  # fmt: skip


def start_desktop(home: Path) -> tuple[list[subprocess.Popen[bytes]], str]:
    """A private Xvfb on a free display it picks itself, with trayer as the tray host."""
    xvfb, display = start_xvfb()
    tray = start_tray(display, dict(os.environ, HOME=str(home)))
    time.sleep(1)
    return [tray, xvfb], display


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--also", type=Path, help="a second source tree, started in turn")
    args = parser.parse_args()
    need("Xvfb", "trayer")
    command = real_command()
    with tempfile.TemporaryDirectory() as home:
        env = private_home(Path(home))
        (Path(home) / "site").mkdir()
        (Path(home) / "site" / "sitecustomize.py").write_text(SITE, encoding="utf-8")
        processes, display = start_desktop(Path(home))
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        # An installed app runs from byte-code caches (pip writes them); without
        # them every start would also compile our ~40 modules (~20 ms). Dropped
        # before the trees' environments are copied from this one, or a tree
        # without caches (a fresh checkout given as --also) compiles at every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        trees = [os.environ.get("PYTHONPATH", str(Path(__file__).resolve().parent.parent))]
        if args.also:
            trees.append(str(args.also.resolve()))
        envs = [dict(env, PYTHONPATH=f"{home}/site:{tree}") for tree in trees]
        bare_command = [sys.executable, "-c", BARE]
        env["PYTHONPATH"] = f"{home}/site"  # the same hook as ours (it never fires here)
        try:
            measure(bare_command, env)  # warm the file cache for both
            for tree_env in envs:
                measure(command, tree_env)
            bare: list[Run] = []
            ours: list[list[Run]] = [[] for _ in envs]
            for _ in range(args.runs):  # interleaved: a busy moment hits each alike
                bare.append(measure(bare_command, env))
                for runs, tree_env in zip(ours, envs, strict=True):
                    runs.append(measure(command, tree_env))
        finally:
            for process in processes:
                process.kill()
                process.wait()

    def median(runs: list[Run], field: str) -> float:
        return float(statistics.median(getattr(run, field) for run in runs))

    print(f"real command: {' '.join(command)}; Xvfb + trayer; median of {args.runs} runs each")
    print(f"{'':24}{'first paint':>12}{'list/label':>12}{'CPU':>9}{'own CPU':>9}{'peak RSS':>11}"
          f"{'block med':>11}{'worst':>8}")  # fmt: skip
    rows = [("bare QMainWindow", bare)]
    rows += [
        (f"spasm-stretch {Path(tree).name}", runs) for tree, runs in zip(trees, ours, strict=True)
    ]
    for name, runs in rows:
        print(
            f"{name:24}{median(runs, 'paint') * 1000:9.0f} ms"
            f"{median(runs, 'content') * 1000:9.0f} ms{median(runs, 'cpu') * 1000:6.0f} ms"
            f"{median(runs, 'own') * 1000:6.0f} ms"
            f"{median(runs, 'rss'):7.1f} MiB{median(runs, 'block') * 1000:8.0f} ms"
            f"{max(run.block for run in runs) * 1000:5.0f} ms"
        )
    for name, runs in rows[1:]:
        print(
            f"{name}: list {median(runs, 'content') / median(bare, 'content'):.2f}x bare,"
            f" CPU {median(runs, 'cpu') / median(bare, 'cpu'):.2f}x"
            f" ({median(runs, 'own') / median(bare, 'own'):.2f}x without child processes),"
            f" worst block {max(run.block for run in runs) * 1000:.0f} ms"
        )
    print("targets: list <= 1.6x, no block over 50 ms in the 2 s after the first paint (worst)")


if __name__ == "__main__":
    main()
