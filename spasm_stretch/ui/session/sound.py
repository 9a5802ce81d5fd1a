"""What a session sounds like: each event's cue played, and its phrase spoken if wanted.

The one wiring of event -> cue -> play: the window's session controller and
``spasm-stretch trace --audio`` both follow a driver with it, so what a
routine author hears from ``trace`` is what the window plays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.audio.voice import Speaker
from spasm_stretch.core.cues import cue_for, spoken_phrase
from spasm_stretch.core.engine import SessionEvent, SessionState
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.settings.store import AppSettings

# The settings the player and the voice follow (the rest never changes a sound).
# Long enough for "routine complete" and its phrase to be heard before the stream closes.
REST_AFTER_MS = 4000
SOUND_FIELDS = frozenset({"sound", "volume", "muted_cues", "output_device", "own_sounds", "voice"})


class SessionSound(QObject):
    """Plays the cues of the drivers it follows; speaks phrases when the settings ask.

    ``settings`` returns the settings now (None: cues only, never a voice,
    as in ``trace``); the voice is opened the first time it is needed.
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

    def follow(self, driver: SessionDriver) -> None:
        """Sound ``driver``'s events from now on (until it is deleted)."""
        routine = driver.session.plan.routine

        def sound(event: SessionEvent) -> None:
            cue = cue_for(event)
            if cue is not None:
                self.audio.play(cue)
            phrase = spoken_phrase(event, routine)
            settings = self._settings() if self._settings is not None else None
            if phrase is not None and settings is not None and settings.voice and settings.sound:
                self.voice().say(phrase)

        driver.event_fired.connect(sound)
        driver.state_changed.connect(self._follow_state)

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

    def voice(self) -> Speaker:
        """The speech engine, opened the first time it is needed or asked about."""
        if self._voice is None:
            self._voice = self._make_voice()
            if self._settings is not None:
                self._voice.set_volume(self._settings().volume / 100)
        return self._voice
