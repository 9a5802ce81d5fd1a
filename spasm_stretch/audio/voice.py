"""Optional spoken guidance through QtTextToSpeech, where a real speech engine exists.

Qt ships a "mock" engine for its own tests that makes no sound; it does not
count. QtTextToSpeech is imported only when the voice is wanted or asked
about, so it costs nothing at startup.
"""

from __future__ import annotations

from typing import Any, Protocol

from spasm_stretch.audio.players import quiet_multimedia_logs

NOT_REAL_ENGINES = frozenset({"mock"})


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
            self.reason = "no speech engine is installed (for example speech-dispatcher)"
            return
        speech = QTextToSpeech(name)
        if speech.state() == QTextToSpeech.State.Error:
            self.reason = f"the {name} speech engine did not start ({speech.errorString()})"
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
