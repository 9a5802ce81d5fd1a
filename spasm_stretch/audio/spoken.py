"""The voice's phrases through the output's player: ready before use, never over a chime.

Each phrase reaches the player from memory (a ``SpeechClip``), not through a
file. The sample-cache player (pulse.py) is handed every phrase as the
voice's worker thread makes it (``keep``), so its upload happens there, before
its first use, never on the window's thread (V measured that upload, done at
the first play on the window's thread, holding it up to 60 ms); saying it is
then a look-up, started by the server's word that its chime has ended, at
the volume asked for.

Players that play files get a WAV at the set volume, written at the
phrase's first use (a millisecond or two): miniaudio's ``play_after`` queues
it behind the chime to the frame; a player without ``play_after``
(playsound's helper program, the Qt helper) mixes what it is given, so the
phrase waits here, on a single-shot timer, until the chime handed to it has
played (its length, as the cue spacing knows it), and a newer chime drops it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from spasm_stretch.audio.samples import scale_samples

if TYPE_CHECKING:
    from spasm_stretch.audio.players import CuePlayer
    from spasm_stretch.audio.speech import SpeechClip


def phrase_key(clip: SpeechClip) -> str:
    """The name a phrase is kept under: its language and words, hashed."""
    import hashlib  # at the first phrase: the window's start does without it

    digest = hashlib.sha1(f"{clip.language}\n{clip.text}".encode(), usedforsecurity=False)
    return f"speech-{digest.hexdigest()[:16]}"


class SpokenPhrases(QObject):
    """Hands the voice's phrases to whichever player the output uses now."""

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._clips: dict[str, SpeechClip] = {}
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._later: tuple[Callable[[Path], None], Path] | None = None
        for old in cache.glob("speech-*.wav"):  # an earlier run's (never read back)
            old.unlink(missing_ok=True)

    def keep(self, player: CuePlayer | None, clip: SpeechClip) -> None:
        """A phrase was made (on the voice's worker thread): the player gets it ready now."""
        key = phrase_key(clip)
        with self._lock:
            self._clips[key] = clip
        keep = getattr(player, "keep_speech", None)
        if keep is not None:
            keep(key, clip.pcm, clip.rate)

    def adopt(self, player: CuePlayer) -> None:
        """A player newly in use (a fallback, or sound back) gets every phrase made so far."""
        keep = getattr(player, "keep_speech", None)
        if keep is not None:
            with self._lock:
                clips = list(self._clips.items())
            for key, clip in clips:
                keep(key, clip.pcm, clip.rate)

    def say(
        self,
        player: CuePlayer,
        clip: SpeechClip,
        volume: int,
        chime_left: float,
        start: Callable[[Path], None],
    ) -> None:
        """Play ``clip`` after the chime now sounding (``chime_left`` seconds more), at ``volume``.

        Raises PlayerFailedError from the player, for the output to replace it.
        """
        key = phrase_key(clip)
        self.drop()
        if hasattr(player, "keep_speech"):
            if key not in self._clips:
                self.keep(player, clip)
            player.play_after(key, volume / 100)  # type: ignore[attr-defined]
            return
        path = self._wav(key, clip, volume)
        after = getattr(player, "play_after", None)
        if after is not None:
            after(path)
        elif chime_left > 0:
            self._later = (start, path)
            self._timer.start(round(chime_left * 1000))
        else:
            start(path)

    def drop(self) -> None:
        """A chime was handed to the player: a phrase still waiting here is no longer wanted."""
        self._timer.stop()
        self._later = None

    def _due(self) -> None:
        later, self._later = self._later, None
        if later is not None:
            later[0](later[1])

    def _wav(self, key: str, clip: SpeechClip, volume: int) -> Path:
        """The phrase as a WAV at ``volume`` percent, written once per volume."""
        path = self._cache / f"{key}-{volume}.wav"
        if not path.is_file():
            from spasm_stretch.audio.speech import SpeechClip, clip_wav

            self._cache.mkdir(parents=True, exist_ok=True)
            pcm = clip.pcm if volume >= 100 else scale_samples(clip.pcm, 2, max(0, volume) / 100)
            scaled = SpeechClip(clip.text, clip.language, clip.rate, pcm)
            clip_wav(scaled, path.with_suffix(".part")).replace(path)
        return path
