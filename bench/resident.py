"""At rest in the tray: the real command, its window shown once and closed, beside a bare tray app.

What a laptop pays for an app that lives in the tray all day. On a private
Xvfb with a tray host (trayer) and a private PulseAudio (null sink, and
suspend-on-idle as desktops have it), the real ``spasm-stretch`` command
starts as a person starts it; a ``sitecustomize`` put first on PYTHONPATH
closes its window 2 s after the first paint, as the window's close button
does (the app is set to keep running in the tray). After a settling pause
the bench reads, over ``--seconds``, from /proc: the context switches of
every thread of every process of the app (each one a wake-up), how many
processes it is, their PSS (proportional set size), and from the sound
server whether any of the app's processes holds a client or a stream on it.
The yardstick, measured the same way in the same run, is a bare PySide6
QSystemTrayIcon app. Targets (issue 25): <= 0.5 wake-ups/s, 1 process, no
stream held, RSS <= 100 MiB.
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
from typing import NamedTuple

from real_app import (
    Watch,
    need,
    private_home,
    real_command,
    site_wrapping_build_window,
    start_pulseaudio,
    start_tray,
    start_xvfb,
)

BARE = """
import sys
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv[:1])
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#2a9d8f"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
app.setQuitOnLastWindowClosed(False)
app.exec()
"""

# Put first on PYTHONPATH as sitecustomize.py: the window the app builds closes itself
# 2 s after its first paint, through QWidget.close(), the path of the close button.
SITE = site_wrapping_build_window(
    """
    from PySide6.QtCore import QTimer
    QTimer.singleShot(2000, window.close)
    """
)


class Rest(NamedTuple):
    """One app at rest: wake-ups a second (all switches; voluntary ones), processes, memory..."""

    wakeups: float
    voluntary: float
    processes: int
    pss: float
    rss: float
    sound: str


def memory_mib(pids: list[int], field: str) -> float:
    """``Pss`` (shared pages split between processes) or ``Rss`` of ``pids`` together."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def sound_use(pids: list[int], env: dict[str, str]) -> str:
    """'stream' if one of ``pids`` has a sink input, 'client' if only connected, else 'none'."""
    if shutil.which("pactl") is None:
        return "?"
    mine = {str(pid) for pid in pids}
    listing = subprocess.run(["pactl", "list", "clients"], env=env, capture_output=True,
                             text=True, check=False).stdout  # fmt: skip
    clients = set()
    for block in listing.split("\n\n"):
        number = block.split("\n", 1)[0].rsplit("#", 1)[-1].strip()
        if any(f'application.process.id = "{pid}"' in block for pid in mine):
            clients.add(number)
    if not clients:
        return "none"
    inputs = subprocess.run(["pactl", "list", "short", "sink-inputs"], env=env,
                            capture_output=True, text=True, check=False).stdout  # fmt: skip
    held = any(line.split("\t")[2] in clients for line in inputs.splitlines() if line)
    return "stream" if held else "client"


def measure(command: list[str], env: dict[str, str], settle: float, seconds: float) -> Rest:
    """Start ``command``, wait ``settle`` s, then watch it at rest for ``seconds``."""
    process = subprocess.Popen(command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise SystemExit(f"{command[:2]} ended early (status {process.returncode})")
        watch = Watch(process.pid)
        took = watch.over(seconds)
        pids = watch.pids
        return Rest(watch.counted() / took, watch.counted(voluntary_only=True) / took, len(pids),
                    memory_mib(pids, "Pss"), memory_mib(pids, "Rss"),
                    sound_use(pids, env))  # fmt: skip
    finally:
        process.kill()
        process.wait()


def start_desktop(
    home: Path, env: dict[str, str], *, sound: bool = True
) -> tuple[list[subprocess.Popen[bytes]], str]:
    """Xvfb on a free display, trayer on it, and (``sound``) a private PulseAudio if installed."""
    xvfb, display = start_xvfb()
    started = [xvfb, start_tray(display, env)]
    pulse = start_pulseaudio(home, env) if sound else None
    if pulse is not None:
        started.append(pulse)
    time.sleep(1.5)
    return started, display


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--also", type=Path, help="a second source tree, measured in turn")
    parser.add_argument(
        "--audio", help="the app's --audio (default: none given, as a person launches it)"
    )
    args = parser.parse_args()
    need("Xvfb", "trayer")
    command = real_command()
    if args.audio:
        command += ["--audio", args.audio]
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        (home / "site").mkdir()
        (home / "site" / "sitecustomize.py").write_text(SITE, encoding="utf-8")
        env = private_home(home, "disclaimer_seen=true\nkeep_in_tray=true")
        started, display = start_desktop(home, env)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        trees = [os.environ.get("PYTHONPATH", str(Path(__file__).resolve().parent.parent))]
        if args.also:
            trees.append(str(args.also.resolve()))
        envs = [dict(env, PYTHONPATH=f"{home}/site:{tree}") for tree in trees]
        results: list[list[Rest]] = [[] for _ in range(len(envs) + 1)]
        try:
            for _ in range(args.runs):  # interleaved: a busy moment hits each alike
                results[0].append(measure([sys.executable, "-c", BARE], env, 3, args.seconds))
                for rests, tree_env in zip(results[1:], envs, strict=True):
                    rests.append(measure(command, tree_env, 8, args.seconds))
        finally:
            for process in started:
                process.kill()
                process.wait()
    names = ["bare tray app"] + [f"spasm-stretch {Path(tree).name}" for tree in trees]
    print(f"{args.seconds:.0f} s at rest after one show; medians of {args.runs} runs; "
          "Xvfb + trayer + PulseAudio (null sink, suspend-on-idle)"
          + (f"; --audio {args.audio}" if args.audio else ""))  # fmt: skip
    print(f"{'':24}{'wake-ups/s':>11}{'voluntary':>10}{'processes':>10}{'PSS':>10}{'RSS':>10}"
          "  sound server   runs (wake-ups)")  # fmt: skip
    for name, rests in zip(names, results, strict=True):
        print(
            f"{name:24}{statistics.median(r.wakeups for r in rests):>11.2f}"
            f"{statistics.median(r.voluntary for r in rests):>10.2f}"
            f"{max(r.processes for r in rests):>10}"
            f"{statistics.median(r.pss for r in rests):>6.0f} MiB"
            f"{statistics.median(r.rss for r in rests):>6.0f} MiB"
            f"  {'/'.join(sorted({r.sound for r in rests})):14} "
            f"{', '.join(f'{r.wakeups:.2f}' for r in rests)}"
        )
    print(
        "wake-ups: every context switch of every thread of the app's processes, read per "
        "thread every 0.5 s; voluntary: those it slept before (preemptions left out)"
    )
    print("targets: <= 0.5 wake-ups/s, 1 process, no stream held, RSS <= 100 MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
