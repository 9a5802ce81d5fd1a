"""The in-process player: miniaudio's low-latency output, one stream for chimes and speech.

Why in process: the Qt player was a second Python + PySide6 process (61 MiB,
a heartbeat twice a second) that stopped on Qt warnings that did not mean the
server had gone; playsound ignores the chosen device. miniaudio (a ~2 MB
wheel with PulseAudio, PipeWire and ALSA back ends) plays from a callback on
its own audio thread, so a cue starts at the next device period (~10 ms)
and goes to the device chosen, named as it is.

One stream, one queue: a chime replaces whatever is playing (the cue for now
wins, and nothing of the previous cue's tail is heard before it); speech is
queued behind the chime and starts the moment the chime's last sample has
been played, never over it. The stream is opened at the first sound and
closed by ``rest()`` (after a session), so a resting app holds none.
"""

from __future__ import annotations

import array
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from spasm_stretch.audio.players import PlayerFailedError, PlayerUnavailableError, PlayerWords

RATE = 48_000
CHANNELS = 2
PERIOD_MS = 10


class InProcessPlayer:
    """Cues and speech through one miniaudio playback stream in this process.

    ``on_started`` (optional) is called from the audio thread with each
    clip's path when its first samples go to the device (for measuring).
    """

    name = "mini"

    def __init__(
        self,
        paths: Iterable[Path],
        device_id: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            import miniaudio
        except ImportError as exc:
            raise PlayerUnavailableError(
                PlayerWords.tr("the miniaudio library is not installed ({reason})").format(
                    reason=exc
                )
            ) from None
        self._ma: Any = miniaudio
        self._clock = clock
        self._lock = threading.Lock()
        self._clips: dict[Path, array.array[int]] = {}
        self._queue: deque[tuple[Path, array.array[int]]] = deque()
        self._playing: tuple[Path, array.array[int]] | None = None
        self._at = 0
        self._announce: Path | None = None
        self._device: Any = None
        self._error: str | None = None
        self.messages: list[str] = []
        self.on_started: Callable[[Path], None] | None = None
        self.devices: list[tuple[str, str, bool]] = []
        self.device = ""
        self._wanted = device_id
        self._gone = False  # the chosen device is missing and the default plays
        self._context: Any = None
        self._ids: dict[str, Any] = {}
        self._scan()
        if not self.devices:
            raise PlayerUnavailableError(
                PlayerWords.tr("no audio output device was found; is a sound server running?")
            )
        self.device = next((name for key, name, _ in self.devices if key == device_id), "")
        self.preload(paths)

    def _scan(self) -> None:
        """The output devices now: (id, description, is the default), ids kept for opening."""
        try:
            # One context (one server connection) while the stream is open: the
            # health look lists devices twice a second, and a new connection
            # each time held the window's thread ~40 ms and made cues late.
            context = self._context or self._ma.Devices()
            if self._device is not None:
                self._context = context
            found = context.get_playbacks()
        except Exception:  # miniaudio raises its own errors ("can't get device info")
            found = []
        self._ids = {}
        self.devices = []
        for entry in found:
            key = _device_key(entry)
            self._ids[key] = entry["id"]
            self.devices.append((key, str(entry["name"]), bool(entry.get("is_default", False))))

    def preload(self, paths: Iterable[Path]) -> None:
        """Decode these files now (at the stream's rate), so their first play starts at once."""
        for path in paths:
            self._decoded(path)

    def _decoded(self, path: Path) -> array.array[int]:
        clip = self._clips.get(path)
        if clip is None:
            try:
                sound = self._ma.decode_file(
                    str(path), self._ma.SampleFormat.SIGNED16, CHANNELS, RATE
                )
            except Exception as exc:  # a file miniaudio cannot read: this cue only
                raise PlayerFailedError(
                    PlayerWords.tr("could not read {file} ({reason})").format(
                        file=path.name, reason=exc
                    )
                ) from None
            clip = self._clips[path] = sound.samples
        return clip

    def choose_device(self, device_id: str) -> None:
        """Play through this output device from now on ("" = the system default)."""
        if device_id != self._wanted:
            self._wanted = device_id
            self._close_stream()

    def play(self, path: Path) -> None:
        """Start ``path`` now, cutting off whatever plays (the cue for now wins)."""
        self._play(path, chime=True)

    def play_after(self, path: Path) -> None:
        """Play ``path`` as soon as what is playing (the chime) has ended; never over it."""
        self._play(path, chime=False)

    def _play(self, path: Path, *, chime: bool) -> None:
        if self._error is not None:
            raise PlayerFailedError(self._error)
        clip = self._decoded(path)
        with self._lock:
            if chime:
                self._queue.clear()
                self._playing, self._at = (path, clip), 0
                self._started(path)
            elif self._playing is None:
                self._playing, self._at = (path, clip), 0
                self._started(path)
            else:
                self._queue.append((path, clip))
        if self._device is None:
            self._open_stream()

    def _started(self, path: Path) -> None:
        self._announce = path

    def _open_stream(self) -> None:
        """Open the chosen device, or the default with one message if it is not there."""
        device_id = None
        if self._wanted:
            self._scan()
            device_id = self._ids.get(self._wanted)
            if device_id is None and not self._gone:
                self.messages.append(
                    PlayerWords.tr(
                        "Sound: the chosen output device is gone; using the system default."
                    )
                )
            elif device_id is not None and self._gone:
                self.messages.append(
                    PlayerWords.tr("Sound: the chosen output device is back; playing through it.")
                )
            self._gone = device_id is None
        try:
            device = self._ma.PlaybackDevice(
                output_format=self._ma.SampleFormat.SIGNED16,
                nchannels=CHANNELS,
                sample_rate=RATE,
                buffersize_msec=PERIOD_MS,
                device_id=device_id,
                app_name="spasm-stretch",
            )
            stream = self._stream()
            next(stream)
            device.start(stream)
        except Exception as exc:  # the server went away or refused us
            self._error = PlayerWords.tr("the sound output could not be opened ({reason})").format(
                reason=exc
            )
            raise PlayerFailedError(self._error) from None
        self._device = device
        self.device = (
            next((d for i, d, _ in self.devices if i == self._wanted), "")
            if device_id is not None
            else ""
        ) or str(getattr(device, "name", ""))

    def _stream(self) -> Generator[array.array[int], int, None]:
        """The audio thread's samples: the clip playing, then the queue, then silence."""
        silence = array.array("h")
        frames = yield silence
        while True:
            wanted = frames * CHANNELS
            if self._playing is None:  # resting between cues: cheap, no lock
                if len(silence) != wanted:
                    silence = array.array("h", bytes(2 * wanted))
                frames = yield silence
                continue
            out = array.array("h")
            with self._lock:
                announce, self._announce = self._announce, None
                while len(out) < wanted and self._playing is not None:
                    _, clip = self._playing
                    take = clip[self._at : self._at + wanted - len(out)]
                    out.extend(take)
                    self._at += len(take)
                    if self._at >= len(clip):
                        self._playing, self._at = (
                            (self._queue.popleft(), 0) if self._queue else (None, 0)
                        )
                        if self._playing is not None:
                            self._announce = self._playing[0]
            if len(out) < wanted:
                out.frombytes(bytes(2 * (wanted - len(out))))
            if announce is not None and self.on_started is not None:
                self.on_started(announce)
            frames = yield out

    def open(self) -> None:
        """Open the stream now (a session starts), so the first cue meets a running stream.

        Opening takes a few milliseconds here; the server then needs ~0.1 s
        before the first samples are heard, which the first cue must not wait for.
        """
        if self._device is None and self._error is None:
            with suppress(PlayerFailedError):  # said by health() and the next play()
                self._open_stream()

    def rest(self) -> None:
        """Close the stream: nothing plays until the next sound (which reopens it)."""
        self._close_stream()

    def _close_stream(self) -> None:
        self._context = None
        device, self._device = self._device, None
        if device is not None:
            device.close()

    def health(self) -> str | None:
        """Why this player no longer works, or None while it does.

        Asked twice a second while a session runs: a chosen device that
        vanished (or came back) moves the open stream to the default (or
        back to it), said once each way.
        """
        if self._error is None and self._wanted and self._device is not None:
            self._scan()
            if (self._wanted in self._ids) == self._gone:
                self._close_stream()
                with suppress(PlayerFailedError):
                    self._open_stream()
        return self._error

    def close(self) -> None:
        """Release the stream."""
        self._close_stream()


def _device_key(entry: dict[str, Any]) -> str:
    """A device's id as the settings keep it: PulseAudio's sink name, else its description."""
    with suppress(Exception):
        import miniaudio

        # ma_device_id is a union; its PulseAudio member, the sink name, is a
        # NUL-ended string at its start (cffi sees the union as opaque)
        raw = bytes(miniaudio.ffi.buffer(entry["id"]))[:256].split(b"\0")[0].decode()
        if raw:
            return str(raw)
    return str(entry["name"])
