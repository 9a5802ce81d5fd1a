"""CPU and wake-ups during a long hold, against a QLabel counting down once a second, under Xvfb.

Each run starts a fresh process on a private X server (Xvfb, needed: the
offscreen platform draws nothing), with sound on (a private PulseAudio when
one can be started, so the sound output is the one a person gets), starts
a routine whose one step is a 300 s hold, waits for it to settle, then
reads over a window of the hold the CPU time and the context switches of
every thread of every process of the app (its children included) from
/proc: each context switch is a wake-up a laptop pays for. The yardstick is
a bare QLabel showing a countdown updated at 1 Hz, measured the same way in
the same run. Targets (issues 17, 25): the hold at most 1 % of one core and
at most 15 wake-ups a second.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from real_app import Watch, cpu_seconds, private_home, start_pulseaudio, start_xvfb

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
args = argparse.Namespace(routines=[Path({routines!r})], speed=1.0, audio={audio!r},
                          background=False)
window = build_window(args)
window.complete()  # as just after the first paint: the controllers are made
window.session.start_routine("long-hold")
QApplication.instance().exec()
"""


def measure(
    command: list[str], env: dict[str, str], settle: float, seconds: float
) -> tuple[float, float, float, float]:
    """Percent of a core, wake-ups/s (all switches; voluntary; the main process's) of ``command``.

    Over ``seconds`` after ``settle``: CPU is the process family's own plus
    its reaped children's (fields 14-17 of stat); context switches are read
    per thread (real_app.Watch), so a helper thread or process that wakes
    counts as a wake-up of the app, and one that ends keeps its count. The
    last figure is the main process's own switches (the window's).
    """
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=env["HOME"],
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise SystemExit(f"{command[:3]} ended early (status {process.returncode})")
        watch = Watch(process.pid)
        cpu_before = cpu_seconds(watch.pids)
        took = watch.over(seconds)
        cpu = cpu_seconds(watch.pids) - cpu_before
        if process.poll() is not None:
            raise SystemExit(f"{command[:3]} ended while measured (status {process.returncode})")
        return (
            100 * cpu / took,
            watch.counted() / took,
            watch.counted(voluntary_only=True) / took,
            watch.counted(main_only=True) / took,
        )
    finally:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=40.0, help="measured part of each run")
    parser.add_argument("--audio", default="auto", help="the app's --audio (default: sound on)")
    parser.add_argument(
        "--also", type=Path, help="a second source tree (e.g. git archive of main) run in turn"
    )
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
        env = private_home(home)
        xvfb, display = start_xvfb(args.display)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        pulse = None if args.audio == "silent" else start_pulseaudio(home, env)
        audio = args.audio if args.audio == "silent" or pulse is not None else "silent"
        app = [sys.executable, "-c", APP.format(routines=str(home / "routines"), audio=audio)]
        try:
            time.sleep(1)
            ours, bare, also = [], [], []
            also_env = dict(env, PYTHONPATH=str(args.also.resolve())) if args.also else env
            for _ in range(args.runs):  # interleaved: a busy moment hits each alike
                bare.append(measure([sys.executable, "-c", YARDSTICK], env, 3, args.seconds))
                ours.append(measure(app, env, 6, args.seconds))
                if args.also:
                    also.append(measure(app, also_env, 6, args.seconds))
        finally:
            for process in (xvfb, pulse):
                if process is not None:
                    process.kill()
                    process.wait()
    print(f"sound: {audio}" + (" (private PulseAudio, null sink)" if pulse else ""))
    print(f"{'':22} {'CPU median':>10}  runs{'':22} {'wake-ups/s':>10}  runs{'':12}"
          f" {'voluntary':>9}")  # fmt: skip
    rows_by_name = [("1 Hz QLabel", bare), ("spasm-stretch hold", ours)]
    if also:
        rows_by_name.append((f"hold, {args.also.name}", also))
    for name, rows in rows_by_name:
        cpu = statistics.median(row[0] for row in rows)
        woken = statistics.median(row[1] for row in rows)
        voluntary = statistics.median(row[2] for row in rows)
        print(f"{name:22} {cpu:>9.2f}%  {', '.join(f'{row[0]:.2f}' for row in rows):26}"
              f" {woken:>10.1f}  {', '.join(f'{row[1]:.1f}' for row in rows):16}"
              f" {voluntary:>9.1f}")  # fmt: skip
    ours_cpu = statistics.median(row[0] for row in ours)
    ours_woken = statistics.median(row[1] for row in ours)
    bare_woken = statistics.median(row[1] for row in bare)
    own = statistics.median(row[3] for row in ours)
    print(f"of the hold's wake-ups/s, the main process (the window): {own:.1f}")
    print(f"ratio CPU {ours_cpu / max(statistics.median(r[0] for r in bare), 0.01):.1f}x,"
          f" wake-ups {ours_woken / max(bare_woken, 0.01):.1f}x;"
          " targets: hold <= 1 % of a core and <= 15 wake-ups/s")  # fmt: skip
    print(
        "wake-ups: every context switch of every thread of the app's processes, read per "
        "thread every 0.5 s; voluntary: those it slept before (preemptions left out)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
