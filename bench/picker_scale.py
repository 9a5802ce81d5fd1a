"""The routine list at scale: first paint with 0, 1,000 and 10,000 user routines.

Each run is a fresh process with its own XDG folders holding N copies of a
routine (all sharing one picture, as people's own routines often do). The
child prints the seconds from its start to the main window's first paint,
its CPU time to then and its peak RSS. The first start of each folder fills
the parsed-routine cache (its CPU is printed apart); the figures are those of
the later starts, as a person gets them every day, taken in turn (0, 1,000,
10,000, again) so a busy moment of the machine hits every count alike. The
yardstick, in the same run, is the built-ins-only start; the CPU ratio is
printed beside the wall-time one, as it is far less shaken by other load.
Targets (issues 17, 25): 1,000 routines <= 1.2x the built-ins-only start;
10,000 in <= 1 s of CPU and < 250 MiB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from real_app import home_env, private_home

COUNTS = (0, 1_000, 10_000)
ROUTINE = """id: mine-{n}
name: My calf stretch {n}
area: calf
summary: A copy of the calf stretch, number {n}.
steps:
  - name: Wall calf stretch
    image: calf-wall.svg
    instructions:
      - Face a wall with one foot a little behind the other.
    hold: 30
    sides: both
"""
CHILD = """
import json, resource, sys, time
start = time.monotonic()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWindow():
            usage = resource.getrusage(resource.RUSAGE_SELF)
            rss, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
            print(json.dumps({"paint": time.monotonic() - start, "mib": rss, "cpu": cpu}),
                  flush=True)
            QTimer.singleShot(0, lambda: __import__("os")._exit(0))
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
from spasm_stretch.app import build_window
import argparse
window = build_window(argparse.Namespace(routines=[], speed=1.0, audio="silent"))
app.exec()
"""


def run(home: Path) -> dict[str, float]:
    env = dict(home_env(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120,
        check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per count")
    args = parser.parse_args()
    results: dict[int, tuple[float, float, float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        homes: dict[int, Path] = {}
        for count in COUNTS:
            home = homes[count] = Path(folder) / f"home-{count}"
            routines = home / "data" / "spasm-stretch" / "routines"
            routines.mkdir(parents=True)
            private_home(home)
            for n in range(count):
                (routines / f"mine-{n}.yaml").write_text(ROUTINE.format(n=n), encoding="utf-8")
        time.sleep(2.1)  # as a person starts later: no file is still being written
        first = {count: run(home) for count, home in homes.items()}  # fills the caches
        samples: dict[int, list[dict[str, float]]] = {count: [] for count in COUNTS}
        for _ in range(args.runs):  # interleaved: a busy moment hits every count alike
            for count, home in homes.items():
                samples[count].append(run(home))
        for count in COUNTS:
            results[count] = (
                statistics.median(s["paint"] for s in samples[count]),
                max(s["mib"] for s in samples[count]),
                statistics.median(s["cpu"] for s in samples[count]),
                first[count]["cpu"],
            )
    base, base_cpu = results[0][0], results[0][2]
    print(f"offscreen; later starts: medians of {args.runs}, counts interleaved; "
          "the first start fills the cache")  # fmt: skip
    print(f"{'user routines':>13} | {'first paint':>11} | {'ratio':>6} | {'CPU':>7} | "
          f"{'ratio':>6} | {'CPU 1st':>7} | {'peak RSS':>9} | target")  # fmt: skip
    targets = {0: "yardstick", 1_000: "<= 1.2x", 10_000: "<= 1 s CPU, < 250 MiB"}
    for count, (paint, mib, cpu, first_cpu) in results.items():
        print(f"{count:>13} | {paint:>10.3f}s | {paint / base:>5.2f}x | {cpu:>6.2f}s | "
              f"{cpu / base_cpu:>5.2f}x | {first_cpu:>6.2f}s | {mib:>6.0f} MiB | "
              f"{targets[count]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
