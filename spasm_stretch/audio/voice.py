"""Optional spoken guidance: QtTextToSpeech where a real engine works, else espeak-ng.

Qt ships a "mock" engine for its own tests that makes no sound; it does not
count, nor does an engine whose library is missing (Qt lists "speechd"
even without speech-dispatcher). Where none works but the ``espeak-ng``
program is installed, phrases are generated as WAV files and played like
cues, through the same player, device and volume. Where nothing can speak,
the reason says in plain words what to install. QtTextToSpeech is imported
only when the voice is wanted or asked about, so it costs nothing at startup.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from spasm_stretch.audio.players import quiet_multimedia_logs

NOT_REAL_ENGINES = frozenset({"mock"})
INSTALL_HINT = (
    "no speech engine works on this computer; install espeak-ng or speech-dispatcher "
    "(on Debian or Ubuntu: sudo apt install espeak-ng)"
)


class Speaker(Protocol):
    """What the window needs from a voice."""

    available: bool
    reason: str

    def say(self, text: str) -> None:
        """Speak ``text`` without blocking."""

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 to 1.0."""


class Voice:
    """Says short phrases without blocking; ``available`` and ``reason`` tell the UI why not."""

    def __init__(self, engine: str | None = None) -> None:
        self.available = False
        self.reason = ""
        self._speech: Any = None
        quiet_multimedia_logs()
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.reason = f"QtTextToSpeech cannot be loaded ({exc})"
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e not in NOT_REAL_ENGINES]
        name = engine or (engines[0] if engines else None)
        if name is None:
            self.reason = INSTALL_HINT
            return
        speech = QTextToSpeech(name)
        if speech.state() == QTextToSpeech.State.Error:
            self.reason = INSTALL_HINT
            return
        self._speech = speech
        self.available = True

    def say(self, text: str) -> None:
        """Speak ``text``, cutting off anything still being said."""
        if self._speech is not None:
            self._speech.stop()
            self._speech.say(text)

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 to 1.0."""
        if self._speech is not None:
            self._speech.setVolume(volume)


class EspeakVoice:
    """Speaks by having espeak-ng write a WAV, then playing it like a cue.

    Each phrase is generated once (in the background) and kept in the cache
    folder, so the usual few ("Switch sides", "Relax", step names) cost
    nothing after their first use.
    """

    available = True
    reason = ""

    def __init__(self, program: str, play: Callable[[Path], None], cache: Path) -> None:
        from PySide6.QtCore import QProcess

        self._program = program
        self._play = play
        self._cache = cache
        self._process = QProcess()
        self._pending: Path | None = None
        self._process.finished.connect(self._generated)

    def say(self, text: str) -> None:
        """Speak ``text``; a phrase still being generated is dropped for the newer one."""
        digest = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:16]
        path = self._cache / f"speech-{digest}.wav"
        if path.is_file():
            self._play(path)
            return
        self._cache.mkdir(parents=True, exist_ok=True)
        if self._process.state() != self._process.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(1000)
        self._pending = path
        self._process.start(self._program, ["-w", str(path.with_suffix(".part")), "--", text])

    def _generated(self, code: int) -> None:
        path, self._pending = self._pending, None
        part = path.with_suffix(".part") if path is not None else None
        if path is not None and part is not None and code == 0 and part.is_file():
            part.replace(path)
            self._play(path)

    def set_volume(self, volume: float) -> None:
        """The output's volume applies (the speech is played like a cue)."""


def best_voice(play: Callable[[Path], None], cache: Path) -> Speaker:
    """QtTextToSpeech with a real engine, else espeak-ng, else a voice that says what to install."""
    voice = Voice()
    if voice.available:
        return voice
    program = shutil.which("espeak-ng")
    if program is not None:
        return EspeakVoice(program, play, cache)
    return voice
