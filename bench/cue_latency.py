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

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.audio.players import QtHostPlayer
from spasm_stretch.core.clock import scaled_clock
from spasm_stretch.core.cues import Cue, cue_for
from spasm_stretch.core.engine import Session, SessionEvent, SessionState
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from sound_rig import PrivateServer, Recorder, RigError, find_sounds, wav_sound

SPEED = 10.0
HEARD_CUES = 40
HEARD_SPACING_MS = 400


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


def _rss_and_cpu(pid: int) -> tuple[float, float]:
    """(RSS in MiB, CPU seconds) of ``pid`` and its children, from /proc."""
    resident = cpu = 0.0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.is_file():
        pids += [int(child) for child in children.read_text().split()]
    ticks = os.sysconf("SC_CLK_TCK")
    for each in pids:
        try:
            status = Path(f"/proc/{each}/status").read_text()
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        resident += next(int(line.split()[1]) for line in status.splitlines()
                    if line.startswith("VmRSS")) / 1024  # fmt: skip
        cpu += (int(fields[11]) + int(fields[12])) / ticks
    return resident, cpu


def heard(choice: str) -> list[float] | None:
    """Onsets as recorded: from play() to the cue's first sound on the null sink's monitor, ms.

    A fresh private PulseAudio per player; the cue is the short tick, every
    HEARD_SPACING_MS on a Qt timer (the window's way). Prints onset p50/p95/max,
    and the process's (and its helper's) RSS and CPU over the run.
    """
    server = PrivateServer(Path(tempfile.mkdtemp(prefix="cue-onset-")))
    try:
        server.start()
    except RigError as exc:
        print(f"{choice:10} heard: no private sound server ({exc})")
        return None
    saved = dict(os.environ)
    os.environ.update(server.env)
    try:
        files, _ = cue_files(assets_dir() / "sounds", None)
        output = AudioOutput(files, choice)
        output.set_speed(SPEED)
        if output.load().name != choice:
            print(f"{choice:10} heard: unavailable ({output.reasons})")
            output.close()
            return None
        began = time.perf_counter()
        output.wake()  # a session starts: the stream opens (pulse: connects and uploads)
        opening_ms = (time.perf_counter() - began) * 1000
        getattr(output.player, "wait_open", lambda: True)()
        recorder = Recorder(server, server.folder / "heard.raw")
        recorder.wait_for_data(0.5)
        _, cpu_before = _rss_and_cpu(os.getpid())
        asked: list[float] = []

        def one() -> None:
            asked.append(time.monotonic())
            output.play(Cue.TICK)

        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: one() if len(asked) < HEARD_CUES else loop.quit())
        timer.start(HEARD_SPACING_MS)
        loop.exec()
        resident, cpu_after = _rss_and_cpu(os.getpid())
        output.close()
        samples = recorder.stop()
    finally:
        server.stop()
        os.environ.clear()
        os.environ.update(saved)
    lead = wav_sound(files[Cue.TICK]).start
    sounds = [sound.start + recorder.started_at - lead for sound in find_sounds(samples)]
    onsets = []
    for moment in asked:
        after = [start for start in sounds if moment - 0.02 <= start < moment + 0.3]
        if after:
            onsets.append((after[0] - moment) * 1000)
    ordered = sorted(onsets) or [math.nan]
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"{choice:10} heard {len(onsets)}/{len(asked)}: onset p50 {statistics.median(ordered):5.1f}"
        f"  p95 {p95:5.1f}  max {ordered[-1]:5.1f} ms;  RSS {resident:5.0f} MiB (with helper);"
        f"  CPU {cpu_after - cpu_before:4.2f} s for {len(asked)} cues;"
        f"  opening held the caller {opening_ms:.1f} ms"
    )
    return sorted(onsets)


def main() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    print("Heard on a private PulseAudio null sink (the yardstick: today's Qt helper, qt):")
    heard("silent")  # the recorder and the event loop alone: the CPU floor
    yardstick = heard("qt")
    for choice in ("mini", "pulse"):
        onset = heard(choice)
        if yardstick and onset:
            # a difference, not a ratio: the rig's zero errs a few ms early for every
            # player alike (see tools/listen_check.py's EARLY_MS), so medians can be < 0
            shift = statistics.median(onset) - statistics.median(yardstick)
            print(f"{choice} - qt median onset: {shift:+.1f} ms")
    server = start_null_sink()
    try:
        for choice in ("pulse", "mini", "qt", "playsound", "silent"):
            measure(choice)
    finally:
        if server is not None:
            server.stop()
    print(f"(calf routine at {SPEED:g}x; times from the engine event, in ms; the Qt player's")
    print(" start is when its helper process reports playback began)")
    app.quit()


if __name__ == "__main__":
    main()
