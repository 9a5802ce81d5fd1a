"""The audio output: a chain of players with fallback and recovery (each cue's file: cue_files.py).

Chimes and the voice's phrases go through the same player (spoken.py: a
phrase after its chime, never over it).

Chosen at run time ("auto": the sound server's sample cache (pulse.py), then
miniaudio in this process (a machine with no pulse server), then playsound3,
then silent; or a forced one, falling back to those after it). The Qt
helper process (qt) is no longer on that path: it is used only when asked
for by name. A player that cannot load or
breaks mid-session (the sound server went away, a cue did not start, the
helper program failed) is replaced by the next one that works, and the user
is told once, in words. When the server is back, the best player is tried
again and the user is told that too. Cues that fall together are spaced by
core/cue_spacing.py; volume is applied to the samples (samples.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.players import (
    CuePlayer,
    PlayerFailedError,
    PlayerUnavailableError,
    PlaysoundPlayer,
    QtHostPlayer,
    SilentPlayer,
)
from spasm_stretch.audio.samples import SoundFileError, check_wav, scaled_copy
from spasm_stretch.audio.server import server_reachable
from spasm_stretch.audio.spoken import SpokenPhrases
from spasm_stretch.audio.watch import PlayerWatch, tells_of_loss
from spasm_stretch.core.cue_spacing import GAP_SECONDS, MAX_DELAY_SECONDS, CueQueue
from spasm_stretch.core.cues import Cue

if TYPE_CHECKING:
    from spasm_stretch.audio.speech import SpeechClip
    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.settings.store import AppSettings

PLAYER_ORDER = ("pulse", "mini", "playsound", "silent")
CHOICES = (*PLAYER_ORDER, "qt")
PlayerFactory = Callable[[Sequence[Path]], CuePlayer]
RETRY_SECONDS = 60.0
# A cue cut off by the next is heard this long at least: with the gap, 130 ms,
# so the next cue is heard within 150 ms of its event (output latency ~7 ms).
CUT_SECONDS = 0.05


class AudioOutput(QObject):
    """Plays cues through the first player that works, and recovers when sound returns.

    Signals:
        notice(str): a message for the user, sent once per loss and once per recovery.
        played(Cue): after each cue is handed to a player (for measuring and tests;
            the window flashes on engine events itself, so muted cues flash too).
    """

    notice = Signal(str)
    played = Signal(object)

    def __init__(
        self,
        files: Mapping[Cue, Path],
        choice: str = "auto",
        factories: Mapping[str, PlayerFactory] | None = None,
        parent: QObject | None = None,
        *,
        cache: Path | None = None,
        probe: Callable[[], bool | None] = server_reachable,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        if choice != "auto" and choice not in CHOICES:
            raise ValueError(f"unknown player {choice!r}")
        self._order = _order(choice)
        self._cache = cache or _cache_dir()
        self._device_id = ""
        self._factories = dict(factories or self._real_players())
        self._order = tuple(n for n in self._order if n in self._factories or n == "silent")
        self.files = dict(files)
        self.enabled = True
        self.muted_cues: frozenset[Cue] = frozenset()
        self.volume = 100
        self.reasons: list[str] = []
        self.problems: list[str] = []
        self.sources: tuple[Path, Path | None] | None = None
        self._chosen: dict[Cue, Path] = {}
        self.startup_notice: str | None = None
        self._choice = choice
        self._player: CuePlayer | None = None
        self._opening: _Opening | None = None
        self._closed = False
        self._probe = probe
        self._clock = clock
        self._server_up = probe()
        self._degraded = False  # a lesser player stands in for a lost one
        self._last_retry = clock()
        self._speed = 1.0
        self._stale = False  # the spacing is another player's, until no cue waits
        self._cutting = False  # the spacing is for a player that cuts a cue off
        self._queue = self._new_queue()
        self._spoken = SpokenPhrases(self._cache / "speech", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._drain)
        self._watch = PlayerWatch(clock, self)  # when the player is looked at (sessions only)
        self._watch.look.connect(self.check)

    def _real_players(self) -> dict[str, PlayerFactory]:
        """The real players; playsound is probed once with a silent file kept in the cache."""
        from spasm_stretch.audio.inprocess import InProcessPlayer

        def pulse(paths: Sequence[Path]) -> CuePlayer:  # libpulse (ctypes) loads in the set-up
            from spasm_stretch.audio.pulse import PulseSamplePlayer

            return PulseSamplePlayer(paths, self._device_id)

        return {
            "pulse": pulse,
            "mini": lambda paths: InProcessPlayer(paths, self._device_id),
            "qt": lambda paths: QtHostPlayer(paths, self._device_id),
            "playsound": lambda paths: PlaysoundPlayer(self._cache),
            "silent": lambda paths: SilentPlayer(),
        }

    def load_in_background(self) -> None:
        """Start opening the player on a worker thread; ``load`` takes it when it is ready.

        Opening blocks for a while: the sample-cache player asks the server
        for its sinks (up to 1 s when it is slow), playsound3 takes ~90 ms to
        import and probes its helper program with a silent file. On the
        window's thread that would freeze input; here it runs beside it.
        """
        if self._player is None and self._opening is None and not self._closed:
            self._opening = _Opening(lambda: self._first_working(self._order), self)
            self._opening.finished.connect(self.load)  # queued: emitted by the set-up thread
            self._opening.start()

    def load(self) -> CuePlayer:
        """Open the first player that works (once); later calls return it.

        Opening takes a moment, so the window starts it just after it first
        appears (``load_in_background``); a cue that comes before it is
        ready waits for it.
        """
        if self._player is None:
            opening, self._opening = self._opening, None
            self._player = (
                opening.result() if opening is not None else self._first_working(self._order)
            )
            self._respace()
            self._watch.take(self._player)
            self._spoken.adopt(self._player)
            choice = self._choice
            if choice not in ("auto", self._player.name):
                self.startup_notice = self.tr(
                    "Sound: the {wanted} player is not available ({reason}); "
                    "using {player} instead."
                ).format(wanted=choice, reason=self._reason(choice), player=self._player.name)
            elif choice == "auto" and self._player.name == "silent":
                self.startup_notice = self.tr(
                    "No sound output could be opened; cues are shown on screen only."
                )
            if self.startup_notice:
                self.notice.emit(self.startup_notice)
            if self.problems:
                self.notice.emit(" ".join(self.problems))
        return self._player

    @property
    def player(self) -> CuePlayer:
        """The player in use (opened on first use)."""
        return self.load()

    @property
    def name(self) -> str:
        """The player in use."""
        return self.player.name

    @property
    def device(self) -> str:
        """The output device the player in use sends sound to, in words."""
        return str(getattr(self.player, "device", "")) or self.tr("the system default")

    def devices(self) -> list[tuple[str, str, bool]]:
        """The output devices the player in use sees: (id, description, is the default)."""
        return list(getattr(self.player, "devices", []))

    def set_device(self, device_id: str) -> None:
        """Send sound to this device ("" = the system default, followed when it changes)."""
        self._device_id = device_id
        choose = getattr(self._player, "choose_device", None)
        if choose is not None:
            choose(device_id)

    def apply(self, settings: AppSettings) -> None:
        """Follow the user's sound settings: on/off, cue kinds, volume, device, own files.

        A newly chosen file of one's own is checked here; a bad one is named in
        a notice and its built-in cue stays.
        """
        self.enabled = settings.sound
        self.muted_cues = settings.muted_cues
        chosen = {cue: Path(path) for cue, path in settings.own_sounds}
        if self.sources is not None and chosen != self._chosen:
            self._chosen = chosen
            self.files, problems = cue_files(*self.sources, chosen)
            self._queue = self._new_queue()
            fresh = [problem for problem in problems if problem not in self.problems]
            self.problems = problems
            if fresh and self._player is not None:
                self.notice.emit(" ".join(fresh))
        self.set_volume(settings.volume / 100)
        if settings.output_device != self._device_id:
            self.set_device(settings.output_device)

    def set_speed(self, speed: float) -> None:
        """Sessions run ``speed`` times faster (demos, tests): cue spacing shrinks to match."""
        self._speed = speed
        self._queue = self._new_queue()

    def _respace(self) -> None:
        """The spacing of the player now in use, when it differs, once no cue waits.

        Kept as it is for a player that spaces alike, so no waiting cue and no
        cue still playing (the queue knows when it ends) is forgotten.
        """
        if hasattr(self._player, "play_after") == self._cutting:
            self._stale = False
            return
        self._stale = self._queue.next_start() is not None
        if not self._stale:
            self._queue = self._new_queue()

    def _new_queue(self) -> CueQueue:
        """The spacing of cues that fall together, for the player in use.

        A player that cuts a cue off when the next starts (the in-process
        one) lets the cue for now win: the one before it is heard for at
        most CUT_SECONDS, so "step done" delays "get ready" by at most
        CUT_SECONDS + the gap (130 ms), and a counted tick keeps its tempo.
        Players that mix play each cue whole, one after another.
        """
        lengths = _lengths(self.files)
        self._cutting = hasattr(self._player, "play_after")
        if self._cutting:
            lengths = {cue: min(length, CUT_SECONDS) for cue, length in lengths.items()}
        speed = self._speed
        return CueQueue(
            {cue: length / speed for cue, length in lengths.items()},
            GAP_SECONDS / speed,
            MAX_DELAY_SECONDS / speed,
        )

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 to 1.0, applied to the samples so that every player honours it."""
        self.volume = round(max(0.0, min(1.0, volume)) * 100)
        preload = getattr(self._player, "preload", None)
        if preload is not None:
            preload(self._playable(cue) for cue in Cue)

    def play(self, cue: Cue) -> None:
        """Play ``cue`` unless sound or this cue kind is off; never raises.

        Cues fired together are played one after another (or the lesser
        dropped) by core/cue_spacing.py.
        """
        if not self.enabled or cue in self.muted_cues:
            return
        if self._stale:
            self._respace()
        self._queue.offer(cue, self._clock())
        self._drain()

    def play_speech(self, clip: SpeechClip) -> None:
        """Play a phrase after the chime now sounding has ended, at the set volume (spoken.py)."""
        if self.enabled:
            player, left = self.player, self._queue.ends_at() - self._clock()
            try:
                self._spoken.say(player, clip, self.volume, max(0.0, left), self._start)
            except PlayerFailedError as exc:
                self._replace(player, str(exc))

    def keep_speech(self, clip: SpeechClip) -> None:
        """A phrase was made (the voice's worker thread): the player gets it ready off this one."""
        self._spoken.keep(self._player, clip)

    def rest(self) -> None:
        """A session ended: close the sound stream and stop looking after it (no timer runs)."""
        self._watch.stop()
        rest = getattr(self._player, "rest", None)
        if rest is not None:
            rest()

    def wake(self) -> None:
        """A session starts: look after the player while it runs (audio/watch.py says how often)."""
        self._watch.start()
        opening = getattr(self._player, "open", None)
        if opening is not None:
            opening()

    def make_voice(self) -> Speaker:
        """The best voice for this computer, speaking through this output where it can."""
        from spasm_stretch.audio.voice import best_voice

        return best_voice(self.play_speech, self.keep_speech)

    def test_sound(self) -> str:
        """Play the "get ready" cue now, even when sound is off; say which player and device."""
        self._start(self._playable(Cue.PREPARE))
        if self.name == "silent":
            reasons = "; ".join(self.reasons) or self.tr("no player works")
            return self.tr(
                "No sound can play here ({reasons}); cues are shown on screen only."
            ).format(reasons=reasons)
        return self.tr(
            "Playing “get ready” through the {player} player on {device}, at volume {volume}."
        ).format(player=self.name, device=self.device, volume=self.volume)

    def check(self) -> None:
        """Look after the player: replace a broken one, bring back the best one when it can.

        Runs when audio/watch.py says (during a session only); tests call it directly.
        """
        player = self._player
        if player is None:
            return
        server = self._probe()
        went_away = self._server_up is True and server is False
        came_back = server is True and self._server_up is not True
        self._server_up = server
        health = getattr(player, "health", None)
        reason = health() if health is not None else None
        messages: list[str] = getattr(player, "messages", [])
        while messages:
            self.notice.emit(messages.pop(0))
        if reason is None and went_away and player.name != "silent":
            reason = self.tr("the sound server went away")
        if reason is not None:
            self._replace(player, reason)
        elif self._degraded or player.name != self._order[0]:
            now = self._clock()
            if came_back or (server is not False and now - self._last_retry >= RETRY_SECONDS):
                self._last_retry = now
                self._try_better(player)
        best = self.player.name == self._order[0] and not self._degraded
        self._watch.looked(not (best and tells_of_loss(self.player)) or bool(self._device_id))

    def close(self) -> None:
        """Release the player, if one was opened (or is being opened).

        A window closed before its first paint's deferred call came still gets
        that call; opening nothing then keeps a set-up thread from outliving
        the window (Qt aborts the process when a running QThread is deleted).
        """
        self._closed = True
        self._watch.stop()
        self._timer.stop()
        if self._opening is not None:
            self._player, self._opening = self._opening.result(), None
        if self._player is not None:
            self._player.close()

    def _drain(self) -> None:
        now = self._clock()
        for cue in self._queue.due(now):
            self._spoken.drop()  # a phrase waiting for the chime before would follow this one
            self._start(self._playable(cue))
            self.played.emit(cue)
        upcoming = self._queue.next_start()
        if upcoming is not None:
            self._timer.start(max(0, round((upcoming - now) * 1000)))

    def _start(self, path: Path) -> None:
        while True:  # ends at the latest with the silent player, which cannot fail
            player = self.player
            try:
                player.play(path)
                return
            except PlayerFailedError as exc:
                self._replace(player, str(exc))

    def _playable(self, cue: Cue) -> Path:
        """The cue's file at the current volume (a scaled copy; the file itself at 100).

        A file of one's own that has gone bad since it was checked (swapped for
        an MP3, cut short, deleted) is named once and its built-in cue takes
        its place, so one bad file never silences a cue or stops the session.
        """
        try:
            return scaled_copy(self.files[cue], self.volume, self._cache / "cues")
        except SoundFileError as exc:
            builtin = self._builtin(cue)
            if builtin is None or builtin == self.files[cue]:
                return self.files[cue]
            self.files[cue] = builtin
            message = self.tr("Sound: {problem}; using the built-in {cue} cue.").format(
                problem=exc, cue=cue.value
            )
            self.problems.append(message)
            self.notice.emit(message)
            return self._playable(cue)
        except OSError:
            return self.files[cue]

    def _builtin(self, cue: Cue) -> Path | None:
        """The cue's built-in file, when the output knows where those are."""
        return self.sources[0] / f"{cue.value}.wav" if self.sources is not None else None

    def _replace(self, broken: CuePlayer, reason: str) -> None:
        broken.close()
        rank = self._order.index(broken.name) if broken.name in self._order else len(self._order)
        player = self._first_working(self._order[rank + 1 :] or ("silent",))
        self._adopt(player)
        self._degraded = True
        self._last_retry = self._clock()
        if player.name == "silent":
            self.notice.emit(
                self.tr(
                    "Sound: the {broken} player stopped working ({reason}); "
                    "cues are shown on screen only until sound is back."
                ).format(broken=broken.name, reason=reason)
            )
        else:
            self.notice.emit(
                self.tr(
                    "Sound: the {broken} player stopped working ({reason}); using {player}."
                ).format(broken=broken.name, reason=reason, player=player.name)
            )

    def _adopt(self, player: CuePlayer) -> None:
        """Use ``player`` from now on: its cue spacing, and its stream open if a session runs."""
        self._player = player
        self._respace()
        self._watch.take(player)
        self._spoken.adopt(player)
        opening = getattr(player, "open", None)
        if self._watch.running and opening is not None:
            opening()

    def _try_better(self, current: CuePlayer) -> None:
        rank = self._order.index(current.name) if current.name in self._order else len(self._order)
        for name in self._order[:rank]:
            try:
                player = self._factories[name](self._preload_paths())
            except PlayerUnavailableError:
                continue
            current.close()
            self._adopt(player)
            self._degraded = False
            self.notice.emit(
                self.tr("Sound is back: using the {player} player ({device}).").format(
                    player=name, device=self.device
                )
            )
            return

    def _first_working(self, names: Sequence[str]) -> CuePlayer:
        for name in names:
            if name not in self._factories:
                continue  # "silent" where a test gives no factory for it
            try:
                return self._factories[name](self._preload_paths())
            except PlayerUnavailableError as exc:
                self.reasons.append(f"{name}: {exc}")
        return SilentPlayer()

    def _preload_paths(self) -> list[Path]:
        return [self._playable(cue) for cue in Cue]

    def _reason(self, name: str) -> str:
        return next((r.split(": ", 1)[1] for r in self.reasons if r.startswith(f"{name}: ")), "")


class _Opening(QThread):
    """Opens the player on a thread of its own, with an event loop for the player's process.

    A ``QThread``, not a Python thread: the Qt helper's process (``--audio
    qt`` only) registers its pipes with the thread it starts on, which needs
    Qt's event dispatcher; the player then hands it to the window's thread.
    """

    def __init__(self, open_player: Callable[[], CuePlayer], parent: QObject) -> None:
        super().__init__(parent)
        self._open_player = open_player
        self._player: CuePlayer | None = None

    def run(self) -> None:
        """Open the player (on the set-up thread)."""
        self._player = self._open_player()

    def result(self) -> CuePlayer:
        """The player, once opened (waits for it if need be); silent if opening failed."""
        self.wait()
        return self._player or SilentPlayer()


def _order(choice: str) -> tuple[str, ...]:
    """The players to try for ``choice``: it first, then those after it in the automatic order.

    The Qt helper (only by name) falls back to the whole automatic order.
    """
    if choice == "auto":
        return PLAYER_ORDER
    if choice in PLAYER_ORDER:
        return PLAYER_ORDER[PLAYER_ORDER.index(choice) :]
    return (choice, *PLAYER_ORDER)


def _lengths(files: Mapping[Cue, Path]) -> dict[Cue, float]:
    lengths = {}
    for cue, path in files.items():
        try:
            lengths[cue] = check_wav(path).seconds
        except SoundFileError:
            lengths[cue] = 0.5
    return lengths


def _cache_dir() -> Path:
    from spasm_stretch.user_paths import cache_dir

    return cache_dir()


def make_audio_output(
    choice: str = "auto", parent: QObject | None = None, settings: AppSettings | None = None
) -> AudioOutput:
    """The output the app uses: built-in sounds, replaced by the user's own valid files.

    A bad user file is named in one notice (kept in ``problems``) and its
    built-in cue is used; the player is not affected. ``settings`` (the
    window passes its own later) applies volume, device and chosen files.
    """
    from spasm_stretch.resources import assets_dir
    from spasm_stretch.user_paths import user_sounds_dir

    sources = (assets_dir() / "sounds", user_sounds_dir())
    files, problems = cue_files(*sources)
    output = AudioOutput(files, choice, parent=parent)
    output.problems = problems
    output.sources = sources
    if settings is not None:
        output.apply(settings)
    return output


def make_configured_output(choice: str, parent: QObject | None = None) -> AudioOutput:
    """The output with the user's saved sound settings, for ``trace --audio`` and ``sounds``."""
    from spasm_stretch.settings.store import SettingsStore

    return make_audio_output(choice, parent, SettingsStore().load())
