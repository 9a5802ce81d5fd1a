"""A private PulseAudio with a null sink, a recorder of what it plays, and the analysis.

Shared by tools/listen_check.py and bench/cue_latency.py. Works as root (CI)
and as a user: the daemon gets its own runtime folder and home, no D-Bus,
no autospawn, and only the modules it needs (``-n``: no default.pa, so
module-suspend-on-idle is never loaded and the sink never sleeps). Standard
library only.
"""

from __future__ import annotations

import array
import functools
import math
import os
import shutil
import subprocess
import time
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 48_000
WINDOW = 240  # 5 ms at 48 kHz
SILENCE_DB = -50.0
MERGE_GAP_S = 0.12


class RigError(RuntimeError):
    """The rig could not be set up; the message says what is missing."""


class PrivateServer:
    """A PulseAudio daemon with one null sink ("rig"), started and stopped on request."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runtime = folder / "runtime"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment a client needs to reach this server, and only it."""
        env = dict(os.environ)
        env.update(
            XDG_RUNTIME_DIR=str(self.runtime),
            PULSE_RUNTIME_PATH=str(self.runtime / "pulse"),
            PULSE_SERVER=f"unix:{self.runtime / 'pulse' / 'native'}",
            HOME=str(self.folder / "home"),
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return env

    def start(self) -> None:
        """Start the daemon and wait until it answers."""
        if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
            raise RigError("pulseaudio and pactl are needed (apt-get install pulseaudio-utils)")
        (self.runtime / "pulse").mkdir(parents=True, exist_ok=True)
        (self.folder / "home").mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        with (self.folder / "pulseaudio.log").open("ab") as log:  # the daemon keeps its copy
            self.process = subprocess.Popen(
                ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--use-pid-file=no",
                 "--disallow-exit", "--log-target=stderr",
                 f"--load=module-null-sink sink_name=rig rate={RATE} channels=1",
                 "--load=module-native-protocol-unix auth-anonymous=1"],
                env=self.env, stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.answers():
                return
            if self.process.poll() is not None:
                raise RigError(f"pulseaudio exited at start; see {self.folder / 'pulseaudio.log'}")
            time.sleep(0.05)
        raise RigError("pulseaudio did not answer within 10 s")

    def add_sink(self, name: str) -> int:
        """Load one more null sink; its module's index (for ``remove_sink``)."""
        done = subprocess.run(
            ["pactl", "load-module", "module-null-sink", f"sink_name={name}", f"rate={RATE}",
             "channels=1"],
            env=self.env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return int(done.stdout.strip())

    def remove_sink(self, module: int) -> None:
        """Unload a sink added by ``add_sink`` (as when a headset is unplugged)."""
        subprocess.run(["pactl", "unload-module", str(module)], env=self.env, check=True)

    def answers(self) -> bool:
        """True when the server takes requests."""
        return (
            subprocess.run(
                ["pactl", "info"], env=self.env, capture_output=True, check=False
            ).returncode
            == 0
        )

    def kill(self) -> None:
        """End the daemon at once, as a crash or an unplugged device would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self.process = None

    def stop(self) -> None:
        """End the daemon politely, then firmly."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(3)
        self.process = None


class Recorder:
    """Records the null sink's monitor to raw 16-bit mono, and knows when sample 0 was."""

    def __init__(self, server: PrivateServer, path: Path, sink: str = "rig") -> None:
        self.path = path
        self.started_at = 0.0
        self._file = path.open("wb")
        self.process = subprocess.Popen(
            ["parec", f"--device={sink}.monitor", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--raw", "--latency-msec=5"],
            env=server.env, stdout=self._file, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def wait_for_data(self, seconds: float = 1.0) -> None:
        """Wait until samples flow, then estimate the moment of sample 0 on the monotonic clock.

        Data reach the file after they are recorded, so each look (t, n samples)
        bounds sample 0 from above by t - n/RATE; the smallest bound is kept.
        """
        deadline = time.monotonic() + 10
        while self.path.stat().st_size == 0:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RigError("the recorder (parec) got no data from the null sink's monitor")
            time.sleep(0.005)
        best = math.inf
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            now = time.monotonic()
            best = min(best, now - self.path.stat().st_size / 2 / RATE)
            time.sleep(0.003)
        self.started_at = best

    def stop(self) -> array.array[int]:
        """Stop recording; the samples recorded."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(5)
        self._file.close()
        samples = array.array("h")
        samples.frombytes(self.path.read_bytes()[: self.path.stat().st_size // 2 * 2])
        return samples


@dataclass(frozen=True)
class Sound:
    """A stretch of sound in a recording: start and end in seconds, RMS level in dBFS."""

    start: float
    end: float
    level_db: float

    @property
    def length(self) -> float:
        """Seconds."""
        return self.end - self.start


def rms_db(samples: array.array[int] | list[int]) -> float:
    """RMS level of 16-bit samples in dB relative to full scale."""
    if not samples:
        return -math.inf
    power = sum(value * value for value in samples) / len(samples)
    return 10 * math.log10(power / 32768**2) if power else -math.inf


def find_sounds(samples: array.array[int], rate: int = RATE) -> list[Sound]:
    """Stretches louder than SILENCE_DB, joined across gaps shorter than MERGE_GAP_S."""
    loud: list[tuple[int, int]] = []
    for index in range(0, len(samples) - WINDOW, WINDOW):
        if rms_db(samples[index : index + WINDOW]) > SILENCE_DB:
            if loud and index - loud[-1][1] <= MERGE_GAP_S * rate:
                loud[-1] = (loud[-1][0], index + WINDOW)
            else:
                loud.append((index, index + WINDOW))
    return [Sound(begin / rate, end / rate, _level(samples[begin:end])) for begin, end in loud]


def _level(samples: array.array[int]) -> float:
    """The RMS level of a sound's loud part (windows within 30 dB of its loudest)."""
    windows = [samples[i : i + WINDOW] for i in range(0, len(samples) - WINDOW + 1, WINDOW)]
    levels = [rms_db(window) for window in windows]
    top = max(levels, default=-math.inf)
    kept = [value for window, level in zip(windows, levels, strict=True) if level > top - 30
            for value in window]  # fmt: skip
    return rms_db(kept)


@functools.cache
def wav_sound(path: Path, volume: int = 100) -> Sound:
    """The reference: a WAV file's own sound, at ``volume`` percent (cached)."""
    with wave.open(str(path), "rb") as reader:
        raw = array.array("h", reader.readframes(reader.getnframes()))
        rate = reader.getframerate()
    samples = array.array("h", (round(value * volume / 100) for value in raw))
    sounds = find_sounds(samples, rate)
    level = _level(samples[round(sounds[0].start * rate) : round(sounds[-1].end * rate)])
    return Sound(sounds[0].start, sounds[-1].end, level)
