"""End-to-end listening test: record what the app really plays, and check it.

Starts a private PulseAudio with a null sink, records its monitor, and runs
the real command line against it:

1. ``spasm-stretch sounds`` with no server at all: must exit non-zero and say why.
2. ``spasm-stretch sounds``: all eight cues heard, in order, at their WAV's level.
3. A short routine through ``trace --audio auto`` (the sample-cache player):
   every cue heard once, in order, at the level of its WAV (within 1 dB),
   onset within 50 ms of the trace's event. (Stage 2 plays every cue at
   volume 100 and 40 with auto and playsound: 40 must come out ~8 dB quieter.)
4. The server killed mid-routine and restarted: the app must say so, come back,
   and the cues after its return must be heard.
5. A second null sink chosen in the settings and a close-cues routine (1 s to
   get ready, 1 s holds on both sides, reps at a 0.5 s tempo): every cue on
   the chosen sink and none on the default, "get ready" after "step done" at
   most 150 ms late, ticks within 20 ms of the tempo.
5a. The same routine as 3 with the second sink chosen: every chime on it, the
   first included, none on the default.
6. The chosen sink unloaded mid-routine: one message, and the cues after it
   heard on the default sink.
7. The voice (tools/listen_voice.py), with libespeak-ng, with the espeak-ng
   program, and with no engine: every chime whole on the chosen sink, none
   on the default, each phrase after its chime's end (within 100 ms), or,
   with no engine, one message saying what to install.

``--load``: the machine loaded as a busy desktop is: a busy loop per core,
and in the app's own process a thread that holds Python's lock ~30 ms at a
time (a sort), as a slow page build on the window's thread would. Every
check is the same; a player that needs Python's lock to feed the device
(miniaudio's generator) glitches or comes late under it.

Prints every cue heard with its level and onset, per player; exits 1 on any
failure. Cleans up every process it started. Standard library only (plus the
app itself). Usage: ``python tools/listen_check.py [--keep DIR] [--load]``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from listen_voice import voice_stages
from sound_rig import PrivateServer, Recorder, RigError, Sound, find_sounds, wav_sound

from spasm_stretch.core.cues import Cue

ROOT = Path(__file__).resolve().parent.parent
SOUNDS = ROOT / "assets" / "sounds"
SPEED = 2
ONSET_LIMIT_MS = 50.0
HOG_TIDS: list[Path | None] = [None]  # --load: where the hog threads write their ids
PLAYER = ["auto"]  # --audio: every stage's player but the playsound ones
# How far the recording's clock may put a cue before its event. Sample 0's
# moment is bounded from above through parec's 5 ms fragments (Recorder), and
# the event's from above by when its line was read: a player that starts a cue
# within one server period (the sample cache) reads -6 ms median, -10.7 worst.
EARLY_MS = 15.0
LEVEL_TOLERANCE_DB = 1.0
LENGTH_TOLERANCE_S = 0.06
LOSS_SECONDS = 4.0
LOSS_CPU_LIMIT = 0.10  # the "Invalid socket" spin took a whole core
ROUTINE = """\
id: listen-check
name: Listening check
area: calf
summary: Every cue, far enough apart to be told apart in a recording.
prepare: 2
steps:
  - name: Both sides
    instructions: [Hold.]
    hold: 8
    sides: both
    rest: 2
  - name: Flow
    instructions: [Move.]
    hold: 8
    flow:
      - {pose: Up, cue: Up, seconds: 4}
      - {pose: Down, cue: Down, seconds: 4}
"""


@dataclass(frozen=True)
class Expected:
    """A cue the app was asked to play, and when (monotonic seconds)."""

    cue: str
    at: float


@dataclass(frozen=True)
class Heard:
    """An expected cue and what the recording holds for it."""

    expected: Expected
    sound: Sound | None
    onset_ms: float
    level_error_db: float


class Run:
    """A command of the app, its output lines timestamped as they arrive."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self.errors: list[tuple[float, str]] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "spasm_stretch", *args],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        self._threads = [
            threading.Thread(target=self._read_out, daemon=True),
            threading.Thread(target=self._read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_out(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def _read_err(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.errors.append((time.monotonic(), line.rstrip("\n")))

    def wait(self, timeout: float = 60) -> int:
        """The exit code (the process is killed after ``timeout``)."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(5)
        for thread in self._threads:
            thread.join(5)
        return code

    def save(self, path: Path) -> None:
        """Keep what the run printed, with the moment each line came (for --keep)."""
        rows = [f"{t:.4f} out {line}" for t, line in self.lines]
        rows += [f"{t:.4f} err {line}" for t, line in self.errors]
        path.write_text("\n".join(sorted(rows)) + "\n")

    def kill(self) -> None:
        """Stop it, whatever state it is in."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its children (Linux /proc).

    Under --load, less the lock-hogging thread's own (it is the load, not the app).
    """
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for task in [pid, *children(pid)]:
        try:
            fields = Path(f"/proc/{task}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15]) / ticks  # with waited-for children
        total -= _hog_seconds(task, ticks)
    return total


def _hog_seconds(pid: int, ticks: int) -> float:
    """CPU seconds of the hog thread in ``pid`` (0 without --load)."""
    if HOG_TIDS[0] is None or not HOG_TIDS[0].is_file():
        return 0.0
    seconds = 0.0
    for line in HOG_TIDS[0].read_text().splitlines():
        owner, tid = line.split()
        if int(owner) == pid:
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1]
                seconds += sum(int(value) for value in stat.split()[11:13]) / ticks
    return seconds


def children(pid: int) -> list[int]:
    """Direct child processes of ``pid``."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def trace_expectations(run: Run) -> list[Expected]:
    """The cues a trace asked for, at the monotonic time each event fired.

    A line is read a moment after its event; the smallest (read time - the
    trace's own 'actual' offset) is the trace's start on our clock.
    """
    records = [(read, json.loads(line)) for read, line in run.lines if line.startswith("{")]
    start = min(read - record["actual"] for read, record in records)
    return [Expected(r["cue"], start + r["actual"]) for _, r in records if r["cue"]]


def sounds_expectations(run: Run) -> list[Expected]:
    """The cues ``sounds`` announced ("playing NAME (...)"), at the moment each line came."""
    return [
        Expected(line.split()[1], read) for read, line in run.lines if line.startswith("playing ")
    ]


def match(
    expected: list[Expected], sounds: list[Sound], recorder: Recorder, volume: int
) -> tuple[list[Heard], list[Sound]]:
    """Pair each expected cue with the sound that starts near it; also the unexplained sounds."""
    heard: list[Heard] = []
    used: set[int] = set()
    for item in expected:
        reference = wav_sound(SOUNDS / f"{item.cue}.wav", volume)
        at = item.at - recorder.started_at
        candidates = [
            (index, sound)
            for index, sound in enumerate(sounds)
            if index not in used and at - 0.05 <= sound.start <= at + 0.4
        ]
        if not candidates:
            heard.append(Heard(item, None, math.nan, math.nan))
            continue
        index, sound = candidates[0]
        used.add(index)
        onset = (sound.start - reference.start - at) * 1000
        heard.append(Heard(item, sound, onset, sound.level_db - reference.level_db))
    extra = [sound for index, sound in enumerate(sounds) if index not in used]
    return heard, extra


class Check:
    """Collects failures and prints the report."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def report(self, began: float) -> int:
        """Print the verdict; the exit code."""
        print(f"\nlistening check took {time.monotonic() - began:.0f} s", flush=True)
        if self.failures:
            print(f"listening check FAILED ({len(self.failures)} problems)", flush=True)
            return 1
        print("listening check passed", flush=True)
        return 0

    def that(self, ok: bool, message: str) -> None:
        """Record a failure unless ``ok``."""
        if not ok:
            self.failures.append(message)
            print(f"  FAIL: {message}", flush=True)

    def heard(
        self,
        title: str,
        heard: list[Heard],
        extra: list[Sound],
        volume: int,
        onset_limit: float | None,
    ) -> list[float]:
        """Print and check one stage's cues; return the measured levels."""
        print(f"\n{title} (volume {volume})", flush=True)
        print("  cue            onset ms  level dBFS  vs WAV dB  length s", flush=True)
        for item in heard:
            sound = item.sound
            if sound is None:
                print(f"  {item.expected.cue:<14} NOT HEARD", flush=True)
                self.that(False, f"{title}: {item.expected.cue} not heard")
                continue
            reference = wav_sound(SOUNDS / f"{item.expected.cue}.wav", volume)
            print(
                f"  {item.expected.cue:<14} {item.onset_ms:8.1f}  {sound.level_db:10.2f}  "
                f"{item.level_error_db:+9.2f}  {sound.length:8.2f}",
                flush=True,
            )
            self.that(
                abs(item.level_error_db) <= LEVEL_TOLERANCE_DB,
                f"{title}: {item.expected.cue} at {item.level_error_db:+.2f} dB from its WAV",
            )
            self.that(
                abs(sound.length - reference.length) <= LENGTH_TOLERANCE_S,
                f"{title}: {item.expected.cue} lasted {sound.length:.2f} s, "
                f"its WAV {reference.length:.2f} s (another cue, or two merged?)",
            )
            if onset_limit is not None:
                self.that(
                    -EARLY_MS <= item.onset_ms <= onset_limit,
                    f"{title}: {item.expected.cue} began {item.onset_ms:.1f} ms after its event",
                )
        for sound in extra:
            print(f"  unexpected sound at {sound.start:.2f} s ({sound.length:.2f} s)", flush=True)
            self.that(False, f"{title}: a sound nobody asked for at {sound.start:.2f} s")
        onsets = [item.onset_ms for item in heard if item.sound is not None]
        if onsets:
            print(
                f"  heard {len(onsets)}/{len(heard)}; onset median "
                f"{statistics.median(onsets):.1f} ms, worst {max(onsets):.1f} ms",
                flush=True,
            )
        return [item.sound.level_db for item in heard if item.sound is not None]


def write_settings(config: Path, volume: int, device: str = "") -> None:
    """The app's settings file with this volume and output device (and every cue on)."""
    folder = config / "spasm-stretch"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "spasm-stretch.ini").write_text(
        f"[General]\nvolume={volume}\nsound=true\noutput_device={device or 'default'}\n"
    )


def record(
    server: PrivateServer, folder: Path, name: str, args: list[str], env: dict[str, str]
) -> tuple[Run, Recorder, list[Sound]]:
    """Run the app while recording; the run, the recorder and the sounds found."""
    recorder = Recorder(server, folder / f"{name}.raw")
    recorder.wait_for_data()
    run = Run(args, env)
    code = run.wait(60)
    time.sleep(0.3)
    samples = recorder.stop()
    run.save(folder / f"{name}.log")
    if code != 0:
        print(f"  {' '.join(args)} exited {code}", flush=True)
    return run, recorder, find_sounds(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep recordings and logs in this folder")
    parser.add_argument(
        "--audio", default="auto", help="the player the app is told to use (default: auto)"
    )
    parser.add_argument(
        "--load", action="store_true", help="busy loops on every core and a lock-hogging thread"
    )
    parser.add_argument("--voice-only", action="store_true", help="only stage 7 (the voice)")
    args = parser.parse_args()
    PLAYER[0] = args.audio
    began = time.monotonic()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="listen-check-"))
    folder.mkdir(parents=True, exist_ok=True)
    server = PrivateServer(folder / "pulse")
    check = Check()
    base = dict(os.environ)
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        base[variable] = str(folder / variable.lower())
    base.pop("DISPLAY", None)
    routine = folder / "listen-check.yaml"
    routine.write_text(ROUTINE)
    config = Path(base["XDG_CONFIG_HOME"])
    busy: list[subprocess.Popen[bytes]] = []
    if args.load:
        busy = load_the_machine(folder, base)
    try:
        if args.voice_only:
            server.start()
            env = server.env | {k: base[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                       "XDG_CACHE_HOME")}  # fmt: skip
            server.add_sink("second")
            voice_stages(server, folder, env, config=config, check=check.that, run_app=Run,
                         write_settings=write_settings)  # fmt: skip
            return check.report(began)
        print("1. no sound server: spasm-stretch sounds", flush=True)
        write_settings(config, 100)
        nothing = dict(base, PULSE_SERVER=f"unix:{folder / 'no-server'}")
        run = Run(["sounds"], nothing)
        code = run.wait(30)
        for _, line in run.errors:
            print(f"  stderr: {line}", flush=True)
        print(f"  exit code {code}", flush=True)
        check.that(code != 0, "sounds exited 0 with no sound output")
        check.that(any("no sound output" in line for _, line in run.errors), "sounds said nothing")

        server.start()
        env = server.env | {k: base[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                   "XDG_CACHE_HOME")}  # fmt: skip
        env.pop("DISPLAY", None)
        for variable in ("PYTHONPATH", "HOG_TIDS"):  # --load: the hog in every run of the app
            if variable in base:
                env[variable] = base[variable]
        levels: dict[tuple[str, int], list[float]] = {}
        for player, volume in ((PLAYER[0], 100), (PLAYER[0], 40), ("playsound", 100),
                               ("playsound", 40)):  # fmt: skip
            write_settings(config, volume)
            print(f"\n2. spasm-stretch --audio {player} sounds, volume {volume}", flush=True)
            command = ["--audio", player, "sounds"]
            name = f"sounds-{player}-{volume}"
            run, recorder, sounds = record(server, folder, name, command, env)
            print(f"  {run.lines[0][1] if run.lines else ''}", flush=True)
            heard, extra = match(sounds_expectations(run), sounds, recorder, volume)
            cues = len(Cue)
            check.that(len(heard) == cues, f"sounds announced {len(heard)} cues, not {cues}")
            levels[player, volume] = check.heard(
                f"sounds --audio {player}", heard, extra, volume, None
            )
        print("\nvolume 40 against 100 (mean of the per-cue differences)", flush=True)
        for player in (PLAYER[0], "playsound"):
            loud, quiet = levels[player, 100], levels[player, 40]
            if len(loud) != len(quiet) or not loud:
                check.that(False, f"{player}: cannot compare volumes (cues missing)")
                continue
            drop = statistics.mean(a - b for a, b in zip(loud, quiet, strict=True))
            print(f"  {player:<10} {drop:.2f} dB quieter (expected 7.96)", flush=True)
            check.that(
                abs(drop - 7.96) <= LEVEL_TOLERANCE_DB, f"{player}: 40 vs 100 is {drop:.2f} dB"
            )

        write_settings(config, 100)
        command = ["--audio", PLAYER[0], "trace", str(routine), "--speed", str(SPEED), "--json"]
        print(f"\n3. spasm-stretch {' '.join(command)}", flush=True)
        run, recorder, sounds = record(server, folder, "trace", command, env)
        for _, line in run.errors:
            print(f"  app: {line}", flush=True)
        heard, extra = match(trace_expectations(run), sounds, recorder, 100)
        check.heard("trace --audio auto", heard, extra, 100, ONSET_LIMIT_MS)

        lose_the_server(server, folder, routine, env, config=config, check=check)
        second = server.add_sink("second")
        routine_on_the_chosen_sink(server, folder, routine, env, config=config, check=check)
        close_cues_on_the_chosen_sink(server, folder, env, config=config, check=check)
        voice_stages(server, folder, env, config=config, check=check.that, run_app=Run,
                     write_settings=write_settings)  # fmt: skip
        unplug_the_chosen_sink(server, folder, routine, env, second, config=config, check=check)
    except RigError as exc:
        check.that(False, f"rig: {exc}")
    finally:
        for process in busy:
            process.kill()
            process.wait(5)
        server.stop()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return check.report(began)


HOG = """\
import os, random, threading, time
def _hog():
    with open(os.environ["HOG_TIDS"], "a") as tids:  # its CPU is not the app's (stage 4)
        tids.write(f"{os.getpid()} {threading.get_native_id()}\\n")
    data = [random.random() for _ in range(200_000)]
    while True:
        sorted(data)  # ~30 ms holding Python's lock, as a slow page build would
        time.sleep(0.07)
threading.Thread(target=_hog, daemon=True).start()
"""


def load_the_machine(folder: Path, env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """A busy loop per core, and a lock-hogging thread in every run of the app (via env)."""
    hog = folder / "hog"
    hog.mkdir(exist_ok=True)
    (hog / "sitecustomize.py").write_text(HOG)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hog), env.get("PYTHONPATH", "")]))
    env["HOG_TIDS"] = str(hog / "tids")
    HOG_TIDS[0] = hog / "tids"
    loops = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 1)
    ]
    print(f"(loaded: {len(loops)} busy loops, and a thread in the app holding Python's lock"
          " ~30 ms out of every 100)", flush=True)  # fmt: skip
    return loops


def record_both(
    server: PrivateServer, folder: Path, name: str, args: list[str], env: dict[str, str]
) -> tuple[Run, tuple[Recorder, list[Sound]], tuple[Recorder, list[Sound]]]:
    """Run the app while recording the default sink and the second one."""
    default = Recorder(server, folder / f"{name}-default.raw", "rig")
    chosen = Recorder(server, folder / f"{name}-second.raw", "second")
    default.wait_for_data(0.3)
    chosen.wait_for_data(0.3)
    run = Run(args, env)
    code = run.wait(60)
    time.sleep(0.5)
    on_default, on_chosen = find_sounds(default.stop()), find_sounds(chosen.stop())
    run.save(folder / f"{name}.log")
    if code != 0:
        print(f"  {' '.join(args)} exited {code}", flush=True)
    return run, (default, on_default), (chosen, on_chosen)


def routine_on_the_chosen_sink(
    server: PrivateServer, folder: Path, routine: Path, env: dict[str, str], *, config: Path,
    check: Check,
) -> None:  # fmt: skip
    """A whole routine with the second sink chosen: every chime on it, the first one too."""
    print(f"\n5a. a routine on the chosen sink (trace --audio {PLAYER[0]}, output_device=second)",
          flush=True)  # fmt: skip
    write_settings(config, 100, "second")
    command = ["--audio", PLAYER[0], "trace", str(routine), "--speed", str(SPEED), "--json"]
    run, (_, on_default), (chosen, on_chosen) = record_both(server, folder, "chosen", command, env)
    for _, line in run.errors:
        print(f"  app: {line}", flush=True)
    check.that(not on_default, f"{len(on_default)} sounds on the default sink, not the chosen one")
    expected = trace_expectations(run)
    heard, extra = match(expected, on_chosen, chosen, 100)
    check.that(bool(heard) and heard[0].sound is not None, "the first chime was not heard")
    check.heard("the routine on the chosen sink", heard, extra, 100, ONSET_LIMIT_MS)


def lose_the_server(
    server: PrivateServer, folder: Path, routine: Path, env: dict[str, str], *, config: Path,
    check: Check,
) -> None:  # fmt: skip
    """Kill the server mid-routine, restart it, and check the app noticed and came back."""
    print(f"\n4. server killed mid-routine and restarted (trace --audio {PLAYER[0]})", flush=True)
    write_settings(config, 100)
    first = Recorder(server, folder / "before-loss.raw")
    first.wait_for_data(0.3)
    run = Run(["--audio", PLAYER[0], "trace", str(routine), "--speed", str(SPEED), "--json"], env)
    time.sleep(3.0)
    cpu_before = cpu_seconds(run.process.pid)
    killed_at = time.monotonic()
    server.kill()
    first.stop()
    time.sleep(LOSS_SECONDS)
    lost_for = time.monotonic() - killed_at
    cpu_loss = cpu_seconds(run.process.pid) - cpu_before
    server.start()
    second = Recorder(server, folder / "after-loss.raw")
    second.wait_for_data(0.3)
    code = run.wait(60)
    time.sleep(0.3)
    samples = second.stop()
    run.save(folder / "loss.log")
    for _, line in run.errors:
        print(f"  app: {line}", flush=True)
    check.that(code == 0, f"the trace exited {code} after the server loss")
    check.that(
        sum("server went away" in line for _, line in run.errors) == 1,
        "the app did not say once that the sound server went away",
    )
    back = [read for read, line in run.errors if line.startswith("Sound is back")]
    check.that(len(back) == 1, "the app did not say once that sound is back")
    print(
        f"  app CPU (with its helpers) while the server was gone: "
        f"{100 * cpu_loss / lost_for:.1f} % of a core over {lost_for:.1f} s",
        flush=True,
    )
    check.that(cpu_loss / lost_for < LOSS_CPU_LIMIT, "the app spun while the server was gone")
    if not back:
        return
    print(f"  sound back {back[0] - killed_at - lost_for:.2f} s after the restart", flush=True)
    since = max(back[0], second.started_at + 0.05)
    later = [item for item in trace_expectations(run) if item.at > since]
    # not one under way when the recording began (the cues counted start 50 ms in)
    sounds = [sound for sound in find_sounds(samples) if sound.start > 0.05]
    heard, extra = match(later, sounds, second, 100)
    check.that(len(later) >= 3, f"only {len(later)} cues fell after the return")
    check.heard("cues after the restart", heard, extra, 100, ONSET_LIMIT_MS)


CLOSE_CUES = """\
id: close-cues
name: Close cues
area: calf
summary: Cues as close together as a routine can put them.
prepare: 1
steps:
  - name: Both sides
    instructions: [Hold.]
    hold: 1
    sides: both
  - name: Counted
    instructions: [Rise.]
    count: 6
    tempo: 0.5
"""
GET_READY_LATE_S = 0.150
TEMPO_TOLERANCE_S = 0.020
WINDOW_S = 0.005  # the analysis' resolution


def onset_of(
    item: Expected, sounds: list[Sound], recorder: Recorder, *, cut_in: bool = False
) -> float | None:
    """When ``item`` began on the recording's clock.

    Its own sound's start; or, when it cut off the cue before it (the two then
    form one sound), that sound's end minus its own length.
    """
    reference = wav_sound(SOUNDS / f"{item.cue}.wav")
    at = item.at - recorder.started_at
    for sound in sounds:
        if not cut_in and at - 0.01 <= sound.start <= at + 0.1:
            return sound.start - reference.start
        if sound.start - 0.01 < at <= sound.end:
            return sound.end - reference.end
    return None


def close_cues_on_the_chosen_sink(
    server: PrivateServer, folder: Path, env: dict[str, str], *, config: Path, check: Check
) -> None:
    """Close cues, a second sink chosen: all on it, none on the default, the cue for now wins."""
    print(f"\n5. close cues on the chosen sink (trace --audio {PLAYER[0]}, output_device=second)",
          flush=True)  # fmt: skip
    write_settings(config, 100, "second")
    routine = folder / "close-cues.yaml"
    routine.write_text(CLOSE_CUES)
    run, (_, on_default), (chosen, on_chosen) = record_both(
        server, folder, "close-cues", ["--audio", PLAYER[0], "trace", str(routine), "--json"], env
    )
    code = run.process.returncode
    for _, line in run.errors:
        print(f"  app: {line}", flush=True)
    check.that(code == 0, f"the close-cues trace exited {code}")
    check.that(not on_default, f"{len(on_default)} sounds on the default sink, not the chosen one")
    expected = trace_expectations(run)
    onsets = [
        onset_of(
            item, on_chosen, chosen, cut_in=index > 0 and item.at - expected[index - 1].at < 0.2
        )
        for index, item in enumerate(expected)
    ]
    print("  cue            late ms (from its event, on the chosen sink)", flush=True)
    for item, onset in zip(expected, onsets, strict=True):
        shown = (
            "NOT HEARD" if onset is None else f"{(onset - item.at + chosen.started_at) * 1000:7.1f}"
        )
        print(f"  {item.cue:<14} {shown}", flush=True)
        check.that(onset is not None, f"close cues: {item.cue} not heard on the chosen sink")
    for index, item in enumerate(expected):
        onset = onsets[index]
        after_done = index > 0 and expected[index - 1].cue == "step_done"
        if item.cue == "prepare" and after_done and onset is not None:
            late = onset - (item.at - chosen.started_at)
            check.that(-WINDOW_S * 2 <= late <= GET_READY_LATE_S + WINDOW_S,
                       f"close cues: get ready {late * 1000:.0f} ms after its event")  # fmt: skip
    ticks = [(item.at, onset) for item, onset in zip(expected, onsets, strict=True)
             if item.cue == "tick" and onset is not None]  # fmt: skip
    check.that(len(ticks) >= 5, f"only {len(ticks)} counted ticks heard")
    for (at_a, heard_a), (at_b, heard_b) in itertools.pairwise(ticks):
        error = (heard_b - heard_a) - (at_b - at_a)
        print(f"  tick to tick {1000 * (heard_b - heard_a):6.1f} ms (tempo "
              f"{1000 * (at_b - at_a):.0f})", flush=True)  # fmt: skip
        check.that(abs(error) <= TEMPO_TOLERANCE_S,
                   f"close cues: ticks {1000 * error:+.0f} ms off the tempo")  # fmt: skip


def unplug_the_chosen_sink(
    server: PrivateServer, folder: Path, routine: Path, env: dict[str, str], module: int, *,
    config: Path, check: Check,
) -> None:  # fmt: skip
    """Unload the chosen sink mid-routine: one message, and the cues after it on the default."""
    print(f"\n6. the chosen sink unloaded mid-routine (trace --audio {PLAYER[0]})", flush=True)
    write_settings(config, 100, "second")
    default = Recorder(server, folder / "unplug-default.raw", "rig")
    default.wait_for_data(0.3)
    run = Run(["--audio", PLAYER[0], "trace", str(routine), "--speed", str(SPEED), "--json"], env)
    time.sleep(3.0)
    server.remove_sink(module)
    unplugged = time.monotonic()
    code = run.wait(60)
    time.sleep(0.3)
    sounds = find_sounds(default.stop())
    run.save(folder / "unplug.log")
    for _, line in run.errors:
        print(f"  app: {line}", flush=True)
    check.that(code == 0, f"the trace exited {code} after the sink was unloaded")
    said = sum("chosen output device is gone" in line for _, line in run.errors)
    check.that(said == 1, f"the app said {said} times that the chosen device is gone, not once")
    expected = trace_expectations(run)
    before = [item for item in expected if item.at < unplugged]
    later = [item for item in expected if item.at > unplugged]
    heard, extra = match(later, sounds, default, 100)
    check.that(len(later) >= 3, f"only {len(later)} cues fell after the unplugging")
    print(f"  {len(before)} cues before the unplugging (on the chosen sink)", flush=True)
    check.heard("cues after the unplugging, on the default sink", heard, extra, 100, ONSET_LIMIT_MS)


if __name__ == "__main__":
    sys.exit(main())
