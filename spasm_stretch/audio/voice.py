"""Optional spoken guidance that never covers or costs a chime.

A session's phrases are synthesised when it opens (``prepare``), on a worker
thread (``speech.Synthesiser``), so saying one at its event is a look-up: the
clip is handed to the sound output, which plays it after the chime playing
now has ended, on the same device at the same volume. Nothing here waits for
the engine: a phrase not ready at its event may still be played if it comes
before its chime has ended (then it starts right after the chime, like any
other); later than that, or once another chime has sounded, it is skipped,
so speech is never heard late or out of its place. The chime itself is
played before the voice is asked anything, and nothing the voice does can
delay, drop or demote it.

No QtTextToSpeech: its speech-dispatcher engine blocked the window's thread
up to 2 s at the first event and spoke over the chime on its own device.
Where no engine exists (``speech.find_engine``), the voice says once what to
install, and the chimes play as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from spasm_stretch.audio.speech import (
    Engine,
    SpeechClip,
    Synthesiser,
    find_engine,
    install_hint,
    speakable,
)
from spasm_stretch.i18n.text import Text, current_language


class VoiceWords(Text):
    """How the voice's problems are put in the status bar."""


class Speaker(Protocol):
    """What a session needs from a voice."""

    available: bool
    reason: str

    def prepare(self, texts: Iterable[str]) -> None:
        """Get these phrases ready, off the window's thread (a session opens)."""

    def say(self, text: str, chime_seconds: float = 0.0) -> None:
        """Speak ``text`` after the chime just played (``chime_seconds`` long), or not at all."""

    def interrupt(self) -> None:
        """A chime with nothing to say: a phrase still on its way is no longer wanted."""

    def notices(self, show: Callable[[str], None]) -> None:
        """Call ``show`` with each message for the user (each at most once)."""

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 to 1.0."""


class Voice(QObject):
    """Says prepared phrases through ``play`` (the output's after-the-chime queue).

    ``available`` and ``reason`` tell the settings why not; problems met
    later (no voice for the language, an engine that crashed or hung) go to
    the ``notices`` callback, each once.
    """

    _made = Signal(object)  # a SpeechClip, from the worker thread to this one
    _problem = Signal(str)

    def __init__(
        self,
        play: Callable[[SpeechClip], None],
        engine: Engine | None,
        language: str,
        *,
        keep: Callable[[SpeechClip], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.available = engine is not None
        self.reason = "" if engine is not None else install_hint()
        self._play = play
        self._clock = clock
        self._show: Callable[[str], None] | None = None
        self._told: set[str] = set()
        self._late: tuple[str, float] | None = None  # (phrase, its chime's end)
        self._keep = keep
        self._synth = (
            Synthesiser(engine, language, on_ready=self._ready, on_problem=self._problem.emit)
            if engine is not None
            else None
        )
        self._made.connect(self._arrived)
        self._problem.connect(self._tell)

    def prepare(self, texts: Iterable[str]) -> None:
        """Synthesise these phrases in the background; no engine: say so, once.

        An engine that failed in an earlier session is tried again (its
        message is not repeated).
        """
        if self._synth is None:
            self._tell(self.reason)
            return
        self._synth.prepare(texts, again=True)

    def say(self, text: str, chime_seconds: float = 0.0) -> None:
        """Play ``text`` after the chime just played, if it is ready by that chime's end.

        Never waits: ready now, it is queued behind the chime at once; on its
        way, it is played if it comes before ``chime_seconds`` are over, else
        skipped.
        """
        self._late = None
        if self._synth is None:
            self._tell(self.reason)
            return
        clip = self._synth.clip(text)
        if clip is not None:
            self._play(clip)
            return
        spoken = speakable(text)
        if spoken:
            self._late = (spoken, self._clock() + chime_seconds)
            self._synth.prepare([spoken])

    def interrupt(self) -> None:
        """Another chime has sounded: the phrase on its way would now follow the wrong one."""
        self._late = None

    def notices(self, show: Callable[[str], None]) -> None:
        """Messages for the user go to ``show`` from now on."""
        self._show = show

    def set_volume(self, volume: float) -> None:
        """The output applies the volume to speech as to the chimes."""

    def close(self) -> None:
        """Make no more phrases (the engine's process ends within a phrase's time)."""
        if self._synth is not None:
            self._synth.close()

    def _ready(self, clip: SpeechClip) -> None:
        """On the worker thread: the output gets the phrase ready (uploaded) before it is said."""
        if self._keep is not None:
            self._keep(clip)
        self._made.emit(clip)

    def _arrived(self, clip: SpeechClip) -> None:
        late, self._late = self._late, None
        if late is not None and late[0] == clip.text and self._clock() <= late[1]:
            self._play(clip)
        elif late is not None and late[0] != clip.text:
            self._late = late  # another phrase came first; this one may still

    def _tell(self, message: str) -> None:
        if message and message not in self._told:
            self._told.add(message)
            if self._show is not None:
                self._show(VoiceWords.tr("Voice: {problem}").format(problem=message))


def best_voice(
    play: Callable[[SpeechClip], None], keep: Callable[[SpeechClip], None] | None = None
) -> Voice:
    """The voice of this computer's engine, in the interface language.

    ``play`` says a phrase (the output's ``play_speech``: after the chime);
    ``keep`` gets each phrase as it is made, on the worker thread, so the
    output can have it ready (uploaded) before it is first said.
    """
    return Voice(play, find_engine(), current_language(), keep=keep)
