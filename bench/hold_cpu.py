"""CPU during a long hold, against a QLabel counting down once a second, under Xvfb.

Each run starts a fresh process on a private X server (Xvfb, needed: the
offscreen platform draws nothing), starts a routine whose one step is a
300 s hold, waits for it to settle, then reads the process's CPU time (with
its helper processes) over a window of the hold. The yardstick is a bare
QLabel showing a countdown updated at 1 Hz, measured the same way in the
same run. Target (issue 17): the hold at most 1 % of one core.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUTINE = """id: long-hold
name: Long hold
area: neck
summary: One hold of five minutes, to measure what a hold costs.
prepare: 1
steps:
  - name: Neck side tilt
    image: neck-tilt.svg
    instructions:
      - Tilt your head so that one ear moves toward its shoulder.
    hold: 300
"""
YARDSTICK = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("300")
label.resize(300, 200)
label.show()
start = time.monotonic()
timer = QTimer()
timer.timeout.connect(lambda: label.setText(str(300 - int(time.monotonic() - start))))
timer.start(1000)
app.exec()
"""

APP = """
import argparse
from pathlib import Path
from PySide6.QtWidgets import QApplication
from spasm_stretch.app import build_window
args = argparse.Namespace(routines=[Path({routines!r})], speed=1.0, audio="silent",
                          background=False)
window = build_window(args)
window.session.start_routine("long-hold")
QApplication.instance().exec()
"""


def cpu_seconds(pid: int) -> float:
    """User and system CPU of ``pid`` and its children still running."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for each in pids:
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def measure(command: list[str], env: dict[str, str], settle: float, seconds: float) -> float:
    """Percent of one core that ``command`` uses over ``seconds``, after ``settle``."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(settle)
        before, start = cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        used = cpu_seconds(process.pid) - before
        return 100 * used / (time.monotonic() - start)
    finally:
        process.kill()
        process.wait()


def start_xvfb(display: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on ``display``, or on a free number it picks itself (never another's)."""
    screen = ["-screen", "0", "1280x900x24"]
    if display:
        return subprocess.Popen(["Xvfb", display, *screen], stderr=subprocess.DEVNULL), display
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), *screen],
                            stderr=subprocess.DEVNULL, pass_fds=(write,))  # fmt: skip
    os.close(write)
    with os.fdopen(read) as chosen:
        return xvfb, ":" + chosen.readline().strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0, help="measured part of each run")
    parser.add_argument(
        "--display", default="", help="X display for the private Xvfb (default: a free one)"
    )
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        print("needs Xvfb (apt-get install xvfb)")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        (home / "routines").mkdir()
        (home / "routines" / "long-hold.yaml").write_text(ROUTINE, encoding="utf-8")
        (home / "config" / "spasm-stretch").mkdir(parents=True)
        (home / "config" / "spasm-stretch" / "spasm-stretch.ini").write_text(
            "[General]\ndisclaimer_seen=true\n", encoding="utf-8"
        )
        (home / "run").mkdir(mode=0o700)
        xvfb, display = start_xvfb(args.display)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home))
        for name in ("data", "config", "cache"):
            env[f"XDG_{name.upper()}_HOME"] = str(home / name)
        env["XDG_RUNTIME_DIR"] = str(home / "run")
        app = [sys.executable, "-c", APP.format(routines=str(home / "routines"))]
        try:
            time.sleep(1)
            ours, bare = [], []
            for _ in range(args.runs):
                bare.append(measure([sys.executable, "-c", YARDSTICK], env, 3, args.seconds))
                ours.append(measure(app, env, 6, args.seconds))
        finally:
            xvfb.kill()
            xvfb.wait()
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    print(f"{'':22} {'median':>8}  runs")
    print(f"{'1 Hz QLabel':22} {bare_median:>7.2f}%  {', '.join(f'{v:.2f}' for v in bare)}")
    print(f"{'spasm-stretch hold':22} {ours_median:>7.2f}%  {', '.join(f'{v:.2f}' for v in ours)}")
    print(f"ratio {ours_median / max(bare_median, 0.01):.1f}x; target: hold <= 1 % of a core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
