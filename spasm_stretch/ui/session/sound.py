"""What a session sounds like: each event's cue played, and its phrase spoken if wanted.

The one wiring of event -> cue -> play: the window's session controller and
``spasm-stretch trace --audio`` both follow a driver with it, so what a
routine author hears from ``trace`` is what the window plays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from spasm_stretch.audio.samples import SoundFileError, check_wav
from spasm_stretch.core.cues import Cue, cue_for, routine_phrases, spoken_phrase
from spasm_stretch.core.engine import SessionEvent, SessionState

if TYPE_CHECKING:
    from spasm_stretch.audio.output import AudioOutput
    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.qt_driver import SessionDriver
    from spasm_stretch.settings.store import AppSettings

# The settings the player and the voice follow (the rest never changes a sound).
# Long enough for "routine complete" and its phrase to be heard before the stream closes.
REST_AFTER_MS = 4000
SOUND_FIELDS = frozenset({"sound", "volume", "muted_cues", "output_device", "own_sounds", "voice"})


class SessionSound(QObject):
    """Plays the cues of the drivers it follows; speaks phrases when the settings ask.

    ``settings`` returns the settings now (None: cues only, never a voice,
    as in ``trace``); the voice is opened the first time it is needed, and
    gets each session's phrases ready when the session opens (or when the
    voice is turned on during it), so none is made while a chime waits.

    A phrase is handed to the voice when its chime is handed to the player
    (``AudioOutput.played``), which may be a moment after its event when
    cues fall together ("step done" then "get ready"): so it always follows
    its own chime, never the one before. A phrase whose chime is muted or
    off follows whatever plays now.
    """

    def __init__(
        self,
        audio: AudioOutput,
        *,
        settings: Callable[[], AppSettings] | None = None,
        make_voice: Callable[[], Speaker] | None = None,
        parent: QObject | None = None,
        rest_after_ms: int = REST_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._rest_after_ms = rest_after_ms
        self.audio = audio
        self._settings = settings
        self._make_voice = make_voice or audio.make_voice
        self._voice: Speaker | None = None
        self._running = False
        self._phrases: list[str] = []
        self._chimes: dict[Path, float] = {}
        self._waiting: tuple[Cue, str] | None = None  # a phrase and the chime it follows
        audio.played.connect(self._chime_started)

    def follow(self, driver: SessionDriver) -> None:
        """Sound ``driver``'s events from now on (until it is deleted)."""
        routine = driver.session.plan.routine
        self._phrases = routine_phrases(driver.session.plan)
        self._waiting = None
        if self._speaking():
            self.voice().prepare(self._phrases)

        def sound(event: SessionEvent) -> None:
            cue = cue_for(event)
            phrase = spoken_phrase(event, routine) if self._speaking() else None
            if phrase is not None and self._chime_seconds(cue) > 0 and cue is not None:
                self._waiting = (cue, phrase)  # said when its chime starts, below
            elif phrase is not None:
                self.voice().say(phrase)
            if cue is not None:
                self.audio.play(cue)

        driver.event_fired.connect(sound)
        driver.state_changed.connect(self._follow_state)

    def _chime_started(self, cue: Cue) -> None:
        """A chime went to the player: its phrase follows it; any other's late phrase is dropped."""
        waiting = self._waiting
        if waiting is not None and waiting[0] is cue:
            self._waiting = None
            self.voice().say(waiting[1], self._chime_seconds(cue))
        elif self._voice is not None:
            self._voice.interrupt()

    def _follow_state(self, state: SessionState) -> None:
        """Sound is open while a session plays and rests otherwise (nothing held, no checks).

        A paused session rests too: a routine stopped with "Resume" offered
        may wait for hours. The output closes a moment after the end (or the
        pause), so the last chime (and its phrase) is heard whole; resuming
        opens it again without waiting for the server.
        """
        self._running = state is SessionState.RUNNING
        if self._running:
            self.audio.wake()
        elif state in (SessionState.PAUSED, SessionState.FINISHED, SessionState.STOPPED):
            QTimer.singleShot(self._rest_after_ms, self._rest_if_idle)

    def _rest_if_idle(self) -> None:
        if not self._running:  # a session may have started (or resumed) meanwhile
            self.audio.rest()

    def apply(self, settings: AppSettings) -> None:
        """Volume, device, muted cues and own sounds, for the player and the voice."""
        self.audio.apply(settings)
        if self._voice is not None:
            self._voice.set_volume(settings.volume / 100)
        if self._phrases and settings.voice and settings.sound:
            self.voice().prepare(self._phrases)  # turned on during a session

    def _speaking(self) -> bool:
        """True when the settings ask for the voice (never in a trace)."""
        settings = self._settings() if self._settings is not None else None
        return settings is not None and settings.voice and settings.sound

    def _chime_seconds(self, cue: Cue | None) -> float:
        """How long ``cue``'s chime plays (0 for none or a muted one): a late phrase's limit."""
        if cue is None or not self.audio.enabled or cue in self.audio.muted_cues:
            return 0.0
        path = self.audio.files[cue]
        if path not in self._chimes:
            try:
                self._chimes[path] = check_wav(path).seconds
            except SoundFileError:
                self._chimes[path] = 0.0
        return self._chimes[path]

    def voice(self) -> Speaker:
        """The speech engine, opened the first time it is needed or asked about."""
        if self._voice is None:
            self._voice = self._make_voice()
            self._voice.notices(self.audio.notice.emit)
            if self._settings is not None:
                self._voice.set_volume(self._settings().volume / 100)
        return self._voice
