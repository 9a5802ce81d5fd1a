"""The audio output: a chain of players with fallback, and the user's sound files.

Chosen at run time ("auto": QtMultimedia, then playsound3, then silent; or a
forced one, falling back to those after it). When a player cannot load or
breaks mid-session, the next one takes over and the user is told once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from spasm_stretch.audio.players import (
    CuePlayer,
    PlayerFailedError,
    PlayerUnavailableError,
    PlaysoundPlayer,
    QtSoundPlayer,
    SilentPlayer,
)
from spasm_stretch.core.cues import Cue

PLAYER_ORDER = ("qt", "playsound", "silent")
PlayerFactory = Callable[[Sequence[Path]], CuePlayer]
DEFAULT_FACTORIES: Mapping[str, PlayerFactory] = {
    "qt": QtSoundPlayer,
    "playsound": lambda paths: PlaysoundPlayer(),
    "silent": lambda paths: SilentPlayer(),
}


def cue_files(builtin: Path, user: Path | None) -> dict[Cue, Path]:
    """Each cue's WAV: the user's file of the same name if there is one, else the built-in."""
    files = {}
    for cue in Cue:
        name = f"{cue.value}.wav"
        own = user / name if user is not None else None
        files[cue] = own if own is not None and own.is_file() else builtin / name
    return files


class AudioOutput(QObject):
    """Plays cues through the first player that works.

    Signals:
        notice(str): a message for the user, sent once per fallback.
        played(Cue): after each cue is handed to a player (for measuring and tests;
            the window flashes on engine events itself, so muted cues flash too).
    """

    notice = Signal(str)
    played = Signal(object)

    def __init__(
        self,
        files: Mapping[Cue, Path],
        choice: str = "auto",
        factories: Mapping[str, PlayerFactory] = DEFAULT_FACTORIES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if choice != "auto" and choice not in PLAYER_ORDER:
            raise ValueError(f"unknown player {choice!r}")
        start = 0 if choice == "auto" else PLAYER_ORDER.index(choice)
        self._pending = list(PLAYER_ORDER[start:])
        self._factories = factories
        self.files = dict(files)
        self.enabled = True
        self.muted_cues: frozenset[Cue] = frozenset()
        self._volume = 1.0
        self.reasons: list[str] = []
        self._choice = choice
        self._player: CuePlayer | None = None
        self.startup_notice: str | None = None

    def load(self) -> CuePlayer:
        """Open the first player that works (once); later calls return it.

        Loading QtMultimedia takes a moment, so the window does this just
        after it first appears rather than before; a cue loads it if needed.
        """
        if self._player is None:
            self._player = self._next_player()
            choice = self._choice
            if choice not in ("auto", self._player.name):
                self.startup_notice = (
                    f"Sound: the {choice} player is not available ({self._reason(choice)}); "
                    f"using {self._player.name} instead."
                )
            elif choice == "auto" and self._player.name == "silent":
                self.startup_notice = (
                    "No sound output could be opened; cues are shown on screen only."
                )
            if self.startup_notice:
                self.notice.emit(self.startup_notice)
        return self._player

    @property
    def player(self) -> CuePlayer:
        """The player in use (opened on first use)."""
        return self.load()

    @property
    def name(self) -> str:
        """The player in use."""
        return self.player.name

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 to 1.0, for this and any later player."""
        self._volume = volume
        if self._player is not None:
            self._player.set_volume(volume)

    def play(self, cue: Cue) -> None:
        """Play ``cue`` unless sound or this cue kind is off; never raises."""
        if not self.enabled or cue in self.muted_cues:
            return
        while True:  # ends at the latest with the silent player, which cannot fail
            player = self.player
            try:
                player.play(self.files[cue])
                break
            except PlayerFailedError as exc:
                player.close()
                self._player = self._next_player()
                self.notice.emit(
                    f"Sound: the {player.name} player stopped working ({exc}); "
                    f"using {self._player.name}."
                )
        self.played.emit(cue)

    def close(self) -> None:
        """Release the player, if one was opened."""
        if self._player is not None:
            self._player.close()

    def _next_player(self) -> CuePlayer:
        while self._pending:
            name = self._pending.pop(0)
            try:
                player = self._factories[name](list(self.files.values()))
            except PlayerUnavailableError as exc:
                self.reasons.append(f"{name}: {exc}")
                continue
            player.set_volume(self._volume)
            return player
        return SilentPlayer()

    def _reason(self, name: str) -> str:
        return next((r.split(": ", 1)[1] for r in self.reasons if r.startswith(f"{name}: ")), "")


def make_audio_output(choice: str = "auto", parent: QObject | None = None) -> AudioOutput:
    """The output the app uses: built-in sounds, overridden by the user's own files."""
    from spasm_stretch.resources import assets_dir
    from spasm_stretch.user_paths import user_sounds_dir

    return AudioOutput(cue_files(assets_dir() / "sounds", user_sounds_dir()), choice, parent=parent)
