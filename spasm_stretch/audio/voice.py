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
from spasm_stretch.i18n.text import Text, current_language

NOT_REAL_ENGINES = frozenset({"mock"})
ENGLISH = "en"  # espeak-ng's own default voice


class VoiceWords(Text):
    """Why the voice cannot speak."""


def install_hint() -> str:
    """What to install when nothing can speak, in plain words."""
    return VoiceWords.tr(
        "no speech engine works on this computer; install espeak-ng or speech-dispatcher "
        "(on Debian or Ubuntu: sudo apt install espeak-ng)"
    )


def espeak_arguments(language: str, wav: Path, text: str) -> list[str]:
    """espeak-ng's arguments to write ``text`` spoken in ``language`` to ``wav``.

    English is espeak-ng's default voice, so it needs no ``-v``.
    """
    voice = [] if language == ENGLISH else ["-v", language]
    return [*voice, "-w", str(wav), "--", text]


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
            self.reason = VoiceWords.tr("QtTextToSpeech cannot be loaded ({reason})").format(
                reason=exc
            )
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e not in NOT_REAL_ENGINES]
        name = engine or (engines[0] if engines else None)
        if name is None:
            self.reason = install_hint()
            return
        speech = QTextToSpeech(name)
        if speech.state() == QTextToSpeech.State.Error:
            self.reason = install_hint()
            return
        _speak_the_interface_language(speech)
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


def _speak_the_interface_language(speech: Any) -> None:
    """Use a voice of the interface language where the engine has one; else its default."""
    from PySide6.QtCore import QLocale

    language = current_language()
    wanted = [
        locale for locale in speech.availableLocales() if locale.name().split("_")[0] == language
    ]
    if wanted:
        speech.setLocale(QLocale(wanted[0]))


class EspeakVoice:
    """Speaks by having espeak-ng write a WAV, then playing it like a cue.

    Each phrase is generated once (in the background) and kept in the cache
    folder, so the usual few ("Switch sides", "Relax", step names) cost
    nothing after their first use.
    """

    available = True
    reason = ""

    def __init__(
        self, program: str, play: Callable[[Path], None], cache: Path, language: str = ENGLISH
    ) -> None:
        from PySide6.QtCore import QProcess

        self._program = program
        self.language = language  # English from the first failure of a missing voice on
        self._text = ""
        self._play = play
        self._cache = cache
        self._process = QProcess()
        self._pending: Path | None = None
        self._process.finished.connect(self._generated)

    def say(self, text: str) -> None:
        """Speak ``text``; a phrase still being generated is dropped for the newer one."""
        spoken = f"{self.language}\n{text}" if self.language != ENGLISH else text
        digest = hashlib.sha1(spoken.encode(), usedforsecurity=False).hexdigest()[:16]
        path = self._cache / f"speech-{digest}.wav"
        if path.is_file():
            self._play(path)
            return
        self._cache.mkdir(parents=True, exist_ok=True)
        if self._process.state() != self._process.ProcessState.NotRunning:
            self._pending = None  # dropped: its end is no failure of the voice
            self._process.kill()
            self._process.waitForFinished(1000)
        self._pending, self._text = path, text
        arguments = espeak_arguments(self.language, path.with_suffix(".part"), text)
        self._process.start(self._program, arguments)

    def _generated(self, code: int) -> None:
        path, self._pending = self._pending, None
        part = path.with_suffix(".part") if path is not None else None
        if path is not None and part is not None and code == 0 and part.is_file():
            part.replace(path)
            self._play(path)
        elif path is not None and code != 0 and self.language != ENGLISH:
            self.language = ENGLISH  # this espeak-ng has no voice for it: English, quietly
            self.say(self._text)

    def set_volume(self, volume: float) -> None:
        """The output's volume applies (the speech is played like a cue)."""


def best_voice(play: Callable[[Path], None], cache: Path) -> Speaker:
    """espeak-ng where installed, else QtTextToSpeech with a real engine, else what to install.

    espeak-ng comes first because its phrases are WAV files played by our own
    output: on the chosen device, at the chosen volume, and (in-process
    player) only after their chime has ended. QtTextToSpeech speaks on its
    own, over the chime, and opening speech-dispatcher through it held the
    window's thread up to 2 s at the first event.
    """
    program = shutil.which("espeak-ng")
    if program is not None:
        return EspeakVoice(program, play, cache, current_language())
    return Voice()
