"""Cue latency per player, from the engine's event.

Measures to the player's play() return, and for QtMultimedia on to the
moment Qt reports playback started (QSoundEffect.playingChanged). Runs the
calf routine at 10x through the real driver for each player that loads.
QtMultimedia needs an output: if PulseAudio is installed but no
server runs, a private one with a null sink is started for the run (and
stopped at the end: the Qt player lives in a helper process, so the
server going away can no longer spin this one, and the script ends).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from spasm_stretch.audio.output import AudioOutput, cue_files
from spasm_stretch.audio.players import QtHostPlayer
from spasm_stretch.core.clock import scaled_clock
from spasm_stretch.core.cues import cue_for
from spasm_stretch.core.engine import Session, SessionEvent, SessionState
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sound_rig import PrivateServer, RigError

SPEED = 10.0


def start_null_sink() -> PrivateServer | None:
    """A private PulseAudio with a null sink, when none is running but PulseAudio is installed."""
    if subprocess.run(["pactl", "info"], capture_output=True, check=False).returncode == 0:
        return None
    server = PrivateServer(Path(tempfile.mkdtemp(prefix="cue-latency-")))
    try:
        server.start()
    except RigError as exc:
        print(f"(no private sound server: {exc})")
        return None
    os.environ.update(server.env)
    return server


def summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.2f}  p99 {p99:6.2f}  max {ordered[-1]:6.2f} ms"


def measure(choice: str) -> None:
    files, _ = cue_files(assets_dir() / "sounds", None)
    output = AudioOutput(files, choice)
    output.set_speed(SPEED)
    player = output.load()
    if player.name != choice:
        print(f"{choice:10} unavailable: {output.startup_notice or output.reasons}")
        output.close()
        return
    routine = load_all([]).find("calf")
    assert routine is not None
    session = Session(make_plan(routine), scaled_clock(SPEED))
    driver = SessionDriver(session, speed=SPEED)
    returns: list[float] = []
    starts: list[float] = []
    pending: dict[Path, float] = {}

    def started(path: Path) -> None:
        if path in pending:
            starts.append((time.perf_counter() - pending.pop(path)) * 1000)

    if isinstance(player, QtHostPlayer):
        player.on_started = started

    def on_event(event: SessionEvent) -> None:
        cue = cue_for(event)
        if cue is None:
            return
        began = time.perf_counter()
        pending[files[cue]] = began
        output.play(cue)
        returns.append((time.perf_counter() - began) * 1000)

    driver.event_fired.connect(on_event)
    loop = QEventLoop()
    driver.state_changed.connect(
        lambda s: s is SessionState.FINISHED and QTimer.singleShot(800, loop.quit)
    )
    driver.start()
    loop.exec()
    output.close()
    print(f"{choice:10} play() returns: {summary(returns)}   (n={len(returns)})")
    if starts:
        print(f"{'':10} playback starts: {summary(starts)}   (n={len(starts)})")


def main() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    server = start_null_sink()
    try:
        for choice in ("qt", "playsound", "silent"):
            measure(choice)
    finally:
        if server is not None:
            server.stop()
    print(f"(calf routine at {SPEED:g}x; times from the engine event, in ms; the Qt player's")
    print(" start is when its helper process reports playback began)")
    app.quit()


if __name__ == "__main__":
    main()
