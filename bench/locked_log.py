"""The window with its log locked by another program, against the same window with a free log.

Each run is a fresh process in a fresh profile whose log already holds a
cramp. In the locked runs a second process holds the log in ``BEGIN
EXCLUSIVE`` (a write lock, as ``sqlite3 history.db 'BEGIN EXCLUSIVE; ...'``
holds it) from before the window starts until after key 1 was pressed. The
child notes CLOCK_MONOTONIC at the window's first paint (the parent noted it
just before spawning), then runs a 5 ms precise timer: the longest gap
between ticks is the longest the event loop was blocked. It presses 1 (a
cramp, now), reports the gap around that key, and in locked runs keeps
watching through the lock's release and the retries until the cramp is in
the file. The yardstick is the free log measured in the same run; runs
alternate and medians are compared. Acceptance (issue 24): the window
appears in <= 2 s and key 1 blocks the loop <= 300 ms while locked.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

CHILD = """
import os, sqlite3, sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from spasm_stretch.app import build_window
from spasm_stretch.cli import build_parser

class Watch(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.painted = 0.0
        self.worst = 0.0
        self.ticker = QTimer(self)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = time.monotonic()
            self.last = self.painted
            self.ticker.start(5)
            QTimer.singleShot(300, self.press)
        return False

    def tick(self):
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def press(self):
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window, 2000)
        self.tick()
        before = time.monotonic()
        QTest.keyClick(self.window.focusWidget() or self.window, Qt.Key.Key_1)
        self.key = time.monotonic() - before
        self.worst = max(self.worst, self.key)  # the key held the loop this long too
        print("pressed", flush=True)
        sys.stdin.readline()  # the parent lets go of the lock (at once when there is none)
        self.last = time.monotonic()  # the wait for the parent is not the app's block
        self.released = time.monotonic()
        QTimer.singleShot(0, self.check)

    def check(self):
        db = sqlite3.connect(sys.argv[1])
        rows = db.execute("SELECT count(*) FROM episodes").fetchone()[0]
        db.close()
        if rows < 2 and time.monotonic() - self.released < 10:
            QTimer.singleShot(20, self.check)
            return
        self.tick()
        written = time.monotonic() - self.released
        print(self.painted, self.key, self.worst, rows, written, flush=True)
        self.window.services.keeper.stop()
        os._exit(0)

window = build_window(build_parser().parse_args(["--audio", "silent"]), show=False)
watch = Watch(window)
window.show()
QApplication.instance().exec()
"""

HOLD = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE episodes SET note = note")
print("held", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


class Run(NamedTuple):
    """Seconds to first paint, key 1's own time, the longest loop block, rows, time to write."""

    appear: float
    key: float
    block: float
    rows: int
    written: float


def profile(folder: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(folder / name.lower())
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def measure(folder: Path, *, locked: bool) -> Run:
    env = profile(folder)
    path = folder / "data" / "spasm-stretch" / "history.db"
    path.parent.mkdir(parents=True)
    from spasm_stretch.core.records import EndKind, Episode
    from spasm_stretch.log.store import LogStore, now

    store = LogStore(path)
    store.add_episode(Episode(0, now(), now(), "Calf", (), (), "", end=EndKind.TIMED))
    store.close()
    holder = None
    if locked:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env,
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline() == "pressed\n"
    if holder is not None:
        assert holder.stdin is not None
        holder.communicate("go\n", timeout=30)
    out, _ = child.communicate("go\n", timeout=60)
    painted, key, block, rows, written = out.split()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM episodes").fetchone()[0] == 2, "cramp lost"
    return Run(float(painted) - start, float(key), float(block), int(rows), float(written))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    free: list[Run] = []
    locked: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="locked-log-") as scratch:
        for n in range(runs):
            free.append(measure(Path(scratch) / f"free-{n}", locked=False))
            locked.append(measure(Path(scratch) / f"locked-{n}", locked=True))

    fields: list[tuple[str, float, Callable[[Run], float]]] = [
        ("window appears (s)", 1, lambda run: run.appear),
        ("key 1 handled (ms)", 1000, lambda run: run.key),
        ("longest loop block, key 1 too (ms)", 1000, lambda run: run.block),
        ("cramp in file after release (s)", 1, lambda run: run.written),
    ]
    print(f"{runs} runs each, medians (worst):")
    for label, scale, value in fields:
        f = statistics.median(value(run) for run in free) * scale
        lk = statistics.median(value(run) for run in locked) * scale
        worst = max(value(run) for run in locked) * scale
        ratio = lk / f if f else float("inf")
        print(f"  {label:36} free {f:8.3f}   locked {lk:8.3f} (worst {worst:8.3f})   x{ratio:.2f}")
    kept = all(run.rows == 2 for run in free + locked)
    print("every cramp pressed was in the file afterwards:", kept)


if __name__ == "__main__":
    main()
