"""The ways a cue can be played: QtMultimedia, playsound3, or not at all.

Each player either loads (raising PlayerUnavailableError with a reason a user
can act on) or plays without blocking the caller. A player that worked and
then breaks (device unplugged, helper program failing) raises PlayerFailedError
from its next play(), so the chain can move on.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol


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

    def set_volume(self, volume: float) -> None:
        """Set the volume, 0.0 to 1.0 (players that cannot, ignore it)."""

    def close(self) -> None:
        """Release devices, threads and processes."""


class SilentPlayer:
    """Plays nothing: the window's visual cue is all there is."""

    name = "silent"

    def play(self, path: Path) -> None:
        """Do nothing."""

    def set_volume(self, volume: float) -> None:
        """Nothing to set."""

    def close(self) -> None:
        """Nothing to release."""


class QtSoundPlayer:
    """QSoundEffect per cue, preloaded for low latency; needs QtMultimedia and an output."""

    name = "qt"

    def __init__(self, paths: Iterable[Path]) -> None:
        from PySide6.QtCore import QUrl

        quiet_multimedia_logs()
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            raise PlayerUnavailableError(f"QtMultimedia cannot be loaded ({exc})") from None
        if not QMediaDevices.audioOutputs():
            raise PlayerUnavailableError("no audio output device was found; is PulseAudio running?")
        self._effects: dict[Path, Any] = {}
        self._url = QUrl.fromLocalFile
        self._make = QSoundEffect
        self._error_status = QSoundEffect.Status.Error
        self._volume = 1.0
        for path in paths:
            self._effect(path)

    @property
    def effects(self) -> dict[Path, Any]:
        """The preloaded QSoundEffect per file (bench/cue_latency.py times their start)."""
        return dict(self._effects)

    def _effect(self, path: Path) -> Any:
        effect = self._effects.get(path)
        if effect is None:
            effect = self._make()
            effect.setSource(self._url(str(path)))
            effect.setVolume(self._volume)
            self._effects[path] = effect
        return effect

    def play(self, path: Path) -> None:
        """Play the preloaded effect; an effect in error means the device went away."""
        effect = self._effect(path)
        if effect.status() == self._error_status:
            raise PlayerFailedError(f"QtMultimedia could not play {path.name}")
        effect.play()

    def set_volume(self, volume: float) -> None:
        """Apply ``volume`` to every effect."""
        self._volume = volume
        for effect in self._effects.values():
            effect.setVolume(volume)

    def close(self) -> None:
        """Stop and drop the effects."""
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()


class PlaysoundPlayer:
    """playsound3 on a worker thread: it starts a helper program (gst-play, ffplay, aplay)."""

    name = "playsound"

    def __init__(self) -> None:
        # playsound3 logs "No supported audio backends" itself; our reason says it plainly.
        logging.getLogger("playsound3").addHandler(logging.NullHandler())
        try:
            import playsound3
        except ImportError as exc:
            raise PlayerUnavailableError(f"playsound3 is not installed ({exc})") from None
        if playsound3.DEFAULT_BACKEND is None:
            raise PlayerUnavailableError(
                "no program to play sound with was found (gst-play-1.0, ffplay or aplay)"
            )
        self._playsound = playsound3.playsound
        self.backend = str(playsound3.DEFAULT_BACKEND)
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="cues")
        self._last: Any = None
        self._error: str | None = None

    def play(self, path: Path) -> None:
        """Hand the cue to the worker; report a failure of the previous one first."""
        if self._error is None and self._last is not None:
            code = self._last.subprocess.poll()
            if code not in (None, 0):
                self._error = f"{self.backend} exited with code {code}"
        if self._error is not None:
            raise PlayerFailedError(self._error)
        self._worker.submit(self._start, path)

    def _start(self, path: Path) -> None:
        try:
            self._last = self._playsound(path, block=False)
        except Exception as exc:  # any failure of the helper ends this player
            self._error = f"{self.backend} could not start ({exc})"

    def set_volume(self, volume: float) -> None:
        """playsound3 has no volume control; the system mixer's level applies."""

    def close(self) -> None:
        """Start any cue still queued (milliseconds), then stop the worker."""
        self._worker.shutdown(wait=True)
