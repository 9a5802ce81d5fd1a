"""The players' shared interface and errors, and the file-playing ones: playsound3, silent.

The players the output chooses from (output.PLAYER_ORDER): the sound
server's sample cache (pulse.py), miniaudio in this process (inprocess.py),
playsound3's helper program (here), then silent (here). The QtMultimedia
helper process (``QtHostPlayer``, here) is no longer on that path: only
``--audio qt`` asks for it, for comparison.

Each player either loads (raising PlayerUnavailableError with a reason a user
can act on) or plays without blocking the caller. A player that worked and
then breaks (server gone, device unplugged, helper program failing) says so
through ``health()``, polled by the output, or raises PlayerFailedError from
its next play(), so the chain can move on. Volume is in the files themselves
(see samples.py); only a phrase the sample cache keeps from memory is played
at a volume the server applies (pulse.py).

The window imports this module before it first paints, so what only a
fallback player needs (subprocess, threads, wave) is imported where used.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from spasm_stretch.i18n.text import Text

START_TIMEOUT_S = 1.5
SILENT_TICKS_S = 2.5
HOST_START_TIMEOUT_MS = 10000
# QProcess's waits hold Python's lock: short ones let the window's thread run meanwhile
HOST_WAIT_SLICE_MS = 5
HELPER_PROGRAMS = {"gstreamer": "gst-play-1.0", "alsa": "aplay", "ffplay": "ffplay"}


class PlayerWords(Text):
    """Why a sound player cannot start or stopped working."""


def _host_words(said: str) -> str:
    """What the QtMultimedia helper reports, in the interface's words (see qt_host)."""
    code, _, device = said.partition(" ")
    if said == "no-device":
        return PlayerWords.tr("no audio output device was found; is a sound server running?")
    if said == "gone":
        return PlayerWords.tr("Sound: the chosen output device is gone; using the system default.")
    if code == "default":
        return PlayerWords.tr("Sound: now playing through {device}, the new default.").format(
            device=device
        )
    return said


class PlayerUnavailableError(Exception):
    """This player cannot work on this machine; the message says why."""


class PlayerFailedError(Exception):
    """A player that was working has stopped; the message says why."""


def quiet_multimedia_logs() -> None:
    """Hide QtMultimedia's list of optional libraries it did not find (pipewire, VA-API...).

    None of them matters for a WAV cue or a spoken phrase, and a user reading
    stderr would take them for errors.
    """
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false"
    )


class CuePlayer(Protocol):
    """What the audio output needs from a player."""

    name: str

    def play(self, path: Path) -> None:
        """Start playing ``path`` and return at once."""

    def close(self) -> None:
        """Release devices, threads and processes."""


class SilentPlayer:
    """Plays nothing: the window's visual cue is all there is."""

    name = "silent"
    device = ""

    def play(self, path: Path) -> None:
        """Do nothing."""

    def close(self) -> None:
        """Nothing to release."""


class QtHostPlayer:
    """QSoundEffects in a child process (audio/qt_host.py), preloaded for low latency.

    The child confirms each cue's start; a cue not confirmed within
    START_TIMEOUT_S, a child that stops ticking (hung) or ends (it exits on
    the "Invalid socket" spin of a dead server) makes ``health()`` report
    the player broken. A hung child is killed, so it can never burn CPU.
    """

    name = "qt"

    def __init__(
        self,
        paths: Iterable[Path],
        device_id: str = "",
        clock: Callable[[], float] = time.monotonic,
        command: Sequence[str] = (sys.executable, "-m", "spasm_stretch.audio.qt_host"),
    ) -> None:
        from PySide6.QtCore import QProcess

        self._clock = clock
        self._process = QProcess()
        self._process.setProgram(command[0])
        self._process.setArguments(list(command[1:]))
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.setStandardErrorFile(QProcess.nullDevice())
        self._process.start()
        self.device = ""
        self.devices: list[tuple[str, str, bool]] = []
        self.on_started: Callable[[Path], None] | None = None
        self.messages: list[str] = []
        self._waiting: dict[str, float] = {}
        self._error: str | None = None
        self._last_tick = clock()
        first = self._first_answer()
        if not first.startswith("ready "):
            self._process.kill()
            self._process.waitForFinished(2000)
            raise PlayerUnavailableError(_host_words(first.removeprefix("unavailable ")))
        self.device = first.removeprefix("ready ")
        self._process.readyReadStandardOutput.connect(self._read)
        self._send(f"device {device_id}")
        self.preload(paths)
        self._move_to_main_thread()  # last: after this, only the window's thread may use it

    def _move_to_main_thread(self) -> None:
        """Hand the process to the window's thread when opened on a set-up thread.

        Its answers are read by that thread's event loop; the set-up thread
        has none and ends once the player is open.
        """
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None and self._process.thread() is not app.thread():
            self._process.moveToThread(app.thread())

    def _first_answer(self) -> str:
        deadline = self._clock() + HOST_START_TIMEOUT_MS / 1000
        while self._clock() < deadline:
            while self._process.canReadLine():
                line = bytes(self._process.readLine().data()).decode().rstrip("\n")
                if line.startswith(("ready ", "unavailable ")):
                    return line
                self._note(line)
            if not self._process.waitForReadyRead(HOST_WAIT_SLICE_MS) and (
                self._process.state() == self._process.ProcessState.NotRunning
            ):
                return "unavailable " + PlayerWords.tr(
                    "the QtMultimedia helper process could not start"
                )
        return "unavailable " + PlayerWords.tr("QtMultimedia did not answer within 10 s")

    def _send(self, line: str) -> None:
        if self._process.state() == self._process.ProcessState.Running:
            self._process.write(f"{line}\n".encode())

    def _read(self) -> None:
        while self._process.canReadLine():
            self._note(bytes(self._process.readLine().data()).decode().rstrip("\n"))

    def _note(self, line: str) -> None:
        import json

        kind, _, rest = line.partition(" ")
        self._last_tick = self._clock()
        if kind == "started":
            self._waiting.pop(rest, None)
            if self.on_started is not None:
                self.on_started(Path(rest))
        elif kind == "failed":
            self._error = self._error or PlayerWords.tr(
                "QtMultimedia could not play {file}"
            ).format(file=Path(rest).name)
        elif kind == "devices":
            self.devices = [(str(i), str(d), bool(f)) for i, d, f in json.loads(rest)]
        elif kind == "notice":
            self.messages.append(_host_words(rest))
        elif kind == "lost":
            self._error = PlayerWords.tr("the sound server went away")

    def preload(self, paths: Iterable[Path]) -> None:
        """Have the child decode these files now, so their first play starts at once."""
        for path in paths:
            self._send(f"load {path}")

    def choose_device(self, device_id: str) -> None:
        """Play through this output device from now on ("" = the system default, followed)."""
        self._send(f"device {device_id}")

    def play(self, path: Path) -> None:
        """Ask the child to play ``path``; it must confirm the start in time."""
        reason = self.health()
        if reason is not None:
            raise PlayerFailedError(reason)
        self._waiting.setdefault(str(path), self._clock())
        self._send(f"play {path}")

    def health(self) -> str | None:
        """Why this player no longer works, or None while it does."""
        if self._error is None:
            self._read()
            now = self._clock()
            if self._process.state() == self._process.ProcessState.NotRunning:
                code = self._process.exitCode()
                self._error = (
                    PlayerWords.tr("the sound server went away")
                    if code == 3
                    else PlayerWords.tr("the QtMultimedia helper ended (code {code})").format(
                        code=code
                    )
                )
            elif now - self._last_tick > SILENT_TICKS_S:
                self._error = PlayerWords.tr("QtMultimedia stopped responding")
                self._process.kill()
            elif any(now - sent > START_TIMEOUT_S for sent in self._waiting.values()):
                self._error = PlayerWords.tr("a cue did not start playing")
        return self._error

    def close(self) -> None:
        """Ask the child to quit; kill it if it does not at once."""
        self._send("quit")
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(1000):
            self._process.kill()
            self._process.waitForFinished(1000)


def _quiet_wav(folder: Path) -> Path:
    """A 50 ms silent WAV for probing a helper program."""
    path = folder / "probe-silence.wav"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        import wave

        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(44100)
            out.writeframes(bytes(2 * 2205))
    return path


def helper_failure(backend: str, code: int, output: str) -> str | None:
    """Why a helper program's run failed, from its exit code and its error output.

    gst-play-1.0 exits 0 when it cannot reach a sound server (it says
    "WARNING Failed to connect") and when a file is not audio ("ERROR Could
    not determine type of stream"), so its words count, not only its code.
    """
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    trouble = [
        line
        for line in lines
        if line.startswith(("ERROR", "WARNING", "error", "Error", "aplay:", "ALSA lib"))
        and "debug information" not in line
    ]
    if trouble:
        detail = trouble[0].removeprefix("ERROR ").removeprefix("WARNING ")
        return PlayerWords.tr("{program} could not play ({detail})").format(
            program=backend, detail=detail
        )
    if code != 0:
        return PlayerWords.tr("{program} exited with code {code}").format(
            program=backend, code=code
        )
    return None


class PlaysoundPlayer:
    """playsound3's helper program (gst-play-1.0, ffplay, aplay), with its errors read.

    playsound3 hides the helper's output; this player runs the same helper
    through playsound3 with its error output kept, probes it once at load
    with a short silent file, and reads each cue's outcome on a worker
    thread, so a failure is reported instead of playing into nothing.
    """

    name = "playsound"
    device = ""  # the system default, in words from AudioOutput.device

    def __init__(self, probe_folder: Path | None = None) -> None:
        # playsound3 logs "No supported audio backends" itself; our reason says it plainly.
        logging.getLogger("playsound3").addHandler(logging.NullHandler())
        try:
            import playsound3
            from playsound3 import playsound3 as internals
        except ImportError as exc:
            raise PlayerUnavailableError(
                PlayerWords.tr("playsound3 is not installed ({reason})").format(reason=exc)
            ) from None
        if playsound3.DEFAULT_BACKEND is None:
            raise PlayerUnavailableError(
                PlayerWords.tr(
                    "no program to play sound with was found (gst-play-1.0 with GStreamer's "
                    "base plugins, ffplay, or aplay together with mpg123)"
                )
            )
        name = str(playsound3.DEFAULT_BACKEND)
        self.backend = HELPER_PROGRAMS.get(name, name)
        self._backend = _talking_backend(internals, name)
        self._playsound = playsound3.playsound
        import concurrent.futures  # here, not at the window's start: playsound is a fallback

        self._starter = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="cues")
        self._watcher = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="cue-check")
        self._error: str | None = None
        if probe_folder is not None:
            sound = self._playsound(_quiet_wav(probe_folder), block=False, backend=self._backend)
            reason = self._outcome(sound)
            if reason is not None:
                self.close()
                raise PlayerUnavailableError(reason)

    def _outcome(self, sound: Any) -> str | None:
        import subprocess

        try:
            _, errors = sound.subprocess.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            sound.subprocess.kill()
            return PlayerWords.tr("{program} did not finish a cue within 30 s").format(
                program=self.backend
            )
        return helper_failure(self.backend, sound.subprocess.returncode, errors or "")

    def play(self, path: Path) -> None:
        """Hand the cue to the worker; report a failure seen since first."""
        if self._error is not None:
            raise PlayerFailedError(self._error)
        self._starter.submit(self._start, path)

    def _start(self, path: Path) -> None:
        try:
            sound = self._playsound(path, block=False, backend=self._backend)
        except Exception as exc:  # any failure of the helper ends this player
            self._error = PlayerWords.tr("{program} could not start ({reason})").format(
                program=self.backend, reason=exc
            )
            return
        self._watcher.submit(self._check, sound)

    def _check(self, sound: Any) -> None:
        reason = self._outcome(sound)
        if reason is not None and self._error is None:
            self._error = reason

    def health(self) -> str | None:
        """Why the helper program failed on a recent cue, or None."""
        return self._error

    def close(self) -> None:
        """Start any cue still queued (milliseconds), then stop the workers."""
        self._starter.shutdown(wait=True)
        self._watcher.shutdown(wait=False, cancel_futures=True)


def _talking_backend(internals: Any, name: str) -> Any:
    """playsound3's backend ``name``, changed to keep the helper's error output."""
    base = internals._BACKEND_MAP[name]  # playsound3 offers no other hook
    commands: dict[str, Callable[[str], list[str]]] = {
        "gstreamer": lambda sound: ["gst-play-1.0", "--no-interactive", "--quiet", sound],
        "ffplay": lambda sound: ["ffplay", "-nodisp", "-autoexit", "-loglevel", "error", sound],
        "alsa": lambda sound: ["aplay", "--quiet", sound],
    }
    if name not in commands:
        return base
    command = commands[name]

    import subprocess

    class Talking(type(base)):  # type: ignore[misc]
        def play(self, sound: str) -> Any:
            return internals.run_as_subprocess(
                command(sound), stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
            )

    return Talking()
