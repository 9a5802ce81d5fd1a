"""The audio output: fallback at load and mid-session, muting, and the user's own sounds."""

from __future__ import annotations

import array
import itertools
import os
import subprocess
import sys
import threading
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput, PlayerFactory
from spasm_stretch.audio.players import (
    PlayerFailedError,
    PlayerUnavailableError,
    QtHostPlayer,
    SilentPlayer,
)
from spasm_stretch.audio.watch import HEALTH_MS, SETTLE_SECONDS
from spasm_stretch.core.cues import Cue
from spasm_stretch.resources import assets_dir
from tests.helpers.system_libraries import qt_module_missing
from tests.helpers.timers import live_timers

SOUNDS = assets_dir() / "sounds"
FILES, _ = cue_files(SOUNDS, None)


class FakePlayer:
    """Records what it plays; can refuse to load, break after some plays, or report ill health."""

    def __init__(self, name: str, *, works_for: int | None = None) -> None:
        self.name = name
        self.played: list[str] = []
        self.paths: list[Path] = []
        self.works_for = works_for
        self.closed = False
        self.sick: str | None = None

    def play(self, path: Path) -> None:
        if self.works_for is not None and len(self.played) >= self.works_for:
            raise PlayerFailedError("device unplugged")
        self.played.append(path.stem.split("-")[0])
        self.paths.append(path)

    def health(self) -> str | None:
        return self.sick

    def close(self) -> None:
        self.closed = True


def ticking() -> Callable[[], float]:
    """A clock that moves 5 s on each reading, so cues never wait for each other."""
    moments = itertools.count(0.0, 5.0)
    return lambda: next(moments)


def output_of(*args: Any, **options: Any) -> AudioOutput:
    """An output on a ticking clock and a server probe that says the server is up."""
    options.setdefault("clock", ticking())
    options.setdefault("probe", Server())
    return AudioOutput(*args, **options)


def factories(**players: FakePlayer | str) -> dict[str, PlayerFactory]:
    """Factories that return the given fake, or raise PlayerUnavailableError with a string."""

    def make(entry: FakePlayer | str) -> PlayerFactory:
        def factory(paths: Sequence[Path]) -> FakePlayer:
            if isinstance(entry, str):
                raise PlayerUnavailableError(entry)
            return entry

        return factory

    built = {name: make(entry) for name, entry in players.items()}
    built.setdefault("silent", lambda paths: SilentPlayer())
    return built


def test_auto_takes_the_first_player_that_loads(qtbot: QtBot) -> None:
    """With QtMultimedia unusable, auto uses playsound without bothering the user."""
    fallback = FakePlayer("playsound")
    output = output_of(FILES, "auto", factories(pulse="no audio output device", playsound=fallback))
    assert output.load() is fallback
    assert output.name == "playsound"
    assert output.startup_notice is None
    assert output.reasons == ["pulse: no audio output device"]
    output.play(Cue.HOLD_START)
    assert fallback.played == ["hold_start"]


def test_the_player_opens_beside_the_window_and_an_early_cue_waits_for_it(qtbot: QtBot) -> None:
    """Opening the player (QtMultimedia's helper answers after ~0.3 s) never holds the window."""
    release = threading.Event()
    opened_on: list[threading.Thread] = []
    slow = FakePlayer("pulse")

    def open_slowly(paths: Sequence[Path]) -> FakePlayer:
        opened_on.append(threading.current_thread())
        release.wait(10)
        return slow

    output = output_of(
        FILES, "auto", {"pulse": open_slowly, "silent": lambda paths: SilentPlayer()}
    )
    output.load_in_background()  # back at once: the player is still opening
    assert not release.is_set()
    release.set()
    output.play(Cue.HOLD_START)  # a cue this early waits for the player
    assert opened_on[0] is not threading.main_thread()
    assert slow.played == ["hold_start"]
    assert output.name == "pulse"
    output.close()


def test_forced_player_that_cannot_load_falls_back_with_one_message(qtbot: QtBot) -> None:
    """--audio qt without QtMultimedia says so once and plays on with the next player."""
    fallback = FakePlayer("playsound")
    output = output_of(
        FILES, "qt", factories(qt="QtMultimedia cannot be loaded", playsound=fallback)
    )
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.play(Cue.PREPARE)
    output.play(Cue.HALFWAY)
    assert len(notices) == 1
    assert (
        output.startup_notice
        == notices[0]
        == (
            "Sound: the qt player is not available (QtMultimedia cannot be loaded); "
            "using playsound instead."
        )
    )
    assert fallback.played == ["prepare", "halfway"]


def test_nothing_works_means_silent_and_said(qtbot: QtBot) -> None:
    """With no player at all the session still runs, and the user learns cues are visual only."""
    output = output_of(FILES, "auto", factories(qt="no device", playsound="no program"))
    output.load()
    assert output.name == "silent"
    assert (
        output.startup_notice == "No sound output could be opened; cues are shown on screen only."
    )
    with qtbot.waitSignal(output.played):
        output.play(Cue.PREPARE)


def test_player_failing_mid_session_is_dropped_and_the_user_told_once(qtbot: QtBot) -> None:
    """A device unplugged mid-session: the cue still sounds through the next player, one notice."""
    first = FakePlayer("pulse", works_for=2)
    second = FakePlayer("playsound")
    output = output_of(FILES, "auto", factories(pulse=first, playsound=second))
    notices: list[str] = []
    output.notice.connect(notices.append)
    for cue in (Cue.PREPARE, Cue.HOLD_START, Cue.HALFWAY, Cue.COUNTDOWN):
        output.play(cue)
    assert first.played == ["prepare", "hold_start"]
    assert second.played == ["halfway", "countdown"]
    assert first.closed
    assert notices == [
        "Sound: the pulse player stopped working (device unplugged); using playsound."
    ]


def test_sound_off_and_muted_kinds_play_nothing(qtbot: QtBot) -> None:
    """Mute silences everything; a muted cue kind is skipped while others play."""
    player = FakePlayer("pulse")
    output = output_of(FILES, "auto", factories(pulse=player))
    output.muted_cues = frozenset({Cue.COUNTDOWN})
    output.play(Cue.COUNTDOWN)
    output.play(Cue.SWITCH_SIDES)
    output.enabled = False
    output.play(Cue.ROUTINE_DONE)
    assert player.played == ["switch_sides"]


def peak(path: Path) -> int:
    with wave.open(str(path), "rb") as reader:
        samples = array.array("h", reader.readframes(reader.getnframes()))
    return max(abs(value) for value in samples)


def test_volume_is_in_the_samples_so_every_player_honours_it(qtbot: QtBot) -> None:
    """At 40 % the file handed to any player peaks at 40 % of the original (-8 dB)."""
    first = FakePlayer("pulse", works_for=1)
    second = FakePlayer("playsound")
    output = output_of(FILES, "auto", factories(pulse=first, playsound=second))
    output.set_volume(0.4)
    output.play(Cue.PREPARE)
    output.play(Cue.STEP_DONE)
    quiet_qt, quiet_playsound = first.paths[0], second.paths[0]
    assert peak(quiet_qt) == pytest.approx(0.4 * peak(FILES[Cue.PREPARE]), abs=1)
    assert peak(quiet_playsound) == pytest.approx(0.4 * peak(FILES[Cue.STEP_DONE]), abs=1)
    output.set_volume(1.0)
    output.play(Cue.PREPARE)
    assert second.paths[-1] == FILES[Cue.PREPARE]


def test_user_sound_replaces_a_builtin_of_the_same_name(tmp_path: Path) -> None:
    """A countdown.wav in the user's folder is used instead of the built-in one."""
    (tmp_path / "countdown.wav").write_bytes((SOUNDS / "halfway.wav").read_bytes())
    files, problems = cue_files(SOUNDS, tmp_path)
    assert problems == []
    assert files[Cue.COUNTDOWN] == tmp_path / "countdown.wav"
    assert files[Cue.HALFWAY] == SOUNDS / "halfway.wav"


def test_qt_player_without_a_sound_server_is_unavailable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no server to reach, the QtMultimedia helper says why instead of playing into nothing."""
    if missing := qt_module_missing("QtMultimedia"):
        pytest.skip(missing)  # without libpulse0 the helper says that instead, as it should
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/pulse/native")
    with pytest.raises(PlayerUnavailableError, match="no audio output device"):
        QtHostPlayer(FILES.values())


def test_playsound_plays_each_cue_of_a_trace(tmp_path: Path) -> None:
    """--audio playsound trace calf: the helper program is started once per cue, in order."""
    helper = tmp_path / "bin" / "ffplay"
    helper.parent.mkdir()
    log = tmp_path / "played.log"
    helper.write_text(f'#!/bin/sh\n[ "$1" = "-version" ] && exit 0\necho "$@" >> {log}\n')
    helper.chmod(0o755)
    env = dict(os.environ, PATH=f"{helper.parent}{os.pathsep}{os.environ['PATH']}")
    env["PLAYSOUND3_BACKEND"] = "ffplay"  # the stand-in, even where GStreamer is installed
    subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "--audio", "playsound",
         "trace", "calf", "--speed", "40"],
        check=True, capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    played = [Path(line.split()[-1]).stem.split("-")[0] for line in log.read_text().splitlines()]
    assert played.pop(0) == "probe"  # the helper is tried once, on silence, at load
    golden = (Path(__file__).parents[1] / "core" / "golden_cues" / "calf.txt").read_text()
    assert played == [line.split()[1] for line in golden.splitlines()]


def test_two_players_failing_in_a_row_end_in_silence_not_an_exception(qtbot: QtBot) -> None:
    """If the fallback player breaks too, the cue falls through to silence; play never raises."""
    first = FakePlayer("pulse", works_for=0)
    second = FakePlayer("playsound", works_for=0)
    output = output_of(FILES, "auto", factories(pulse=first, playsound=second))
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.play(Cue.PREPARE)
    assert output.name == "silent"
    assert (first.closed, second.closed) == (True, True)
    assert len(notices) == 2


def test_bad_user_sounds_are_named_once_and_the_builtin_plays(qtbot: QtBot, tmp_path: Path) -> None:
    """A corrupt, an empty and a 200 MB WAV: one message each, built-ins play, the player stays."""
    (tmp_path / "countdown.wav").write_text("this is not audio\n")
    (tmp_path / "halfway.wav").write_bytes(b"")
    with (tmp_path / "prepare.wav").open("wb") as huge:
        huge.truncate(200 * 1024 * 1024)
    files, problems = cue_files(SOUNDS, tmp_path)
    assert files == FILES
    assert problems == [
        f"Sound: prepare.wav is 200 MB; a cue sound must be under 10 MB ({tmp_path}); "
        "using the built-in prepare cue.",
        f"Sound: halfway.wav is empty ({tmp_path}); using the built-in halfway cue.",
        "Sound: countdown.wav is not a WAV file; save it as WAV (PCM, 16-bit) "
        f"({tmp_path}); using the built-in countdown cue.",
    ]
    player = FakePlayer("pulse")
    output = output_of(files, "auto", factories(pulse=player))
    output.problems = problems
    notices: list[str] = []
    output.notice.connect(notices.append)
    for cue in (Cue.PREPARE, Cue.HALFWAY, Cue.COUNTDOWN):
        output.play(cue)
        qtbot.waitUntil(lambda cue=cue: player.played[-1:] == [cue.value])  # type: ignore[misc]
    assert output.name == "pulse"
    assert notices == [" ".join(problems)]


class Server:
    """A stand-in for the sound server probe."""

    def __init__(self) -> None:
        self.up: bool | None = True

    def __call__(self) -> bool | None:
        return self.up


def test_lost_server_falls_back_says_so_once_and_comes_back(qtbot: QtBot) -> None:
    """Server gone: one notice and silence (cues still flash); back: the best player returns."""
    made: list[FakePlayer] = []
    server = Server()

    def qt(paths: Sequence[Path]) -> FakePlayer:
        if not server.up:
            raise PlayerUnavailableError("no audio output device")
        made.append(FakePlayer("pulse"))
        return made[-1]

    playsound = FakePlayer("playsound", works_for=0)
    output = output_of(FILES, "auto", {**factories(playsound=playsound), "pulse": qt}, probe=server)
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.load()
    server.up = False
    output.check()
    output.check()
    assert output.name == "playsound"
    output.play(Cue.PREPARE)
    assert output.name == "silent"
    assert notices[0] == (
        "Sound: the pulse player stopped working (the sound server went away); using playsound."
    )
    server.up = True
    output.check()
    assert output.name == "pulse"
    assert notices[-1] == "Sound is back: using the pulse player (the system default)."
    output.play(Cue.HOLD_START)
    qtbot.waitUntil(lambda: made[-1].played == ["hold_start"])
    assert made[0].closed


def test_a_player_reporting_ill_health_is_replaced_before_the_next_cue(qtbot: QtBot) -> None:
    """A cue that did not start (or a helper that failed) moves to the next player at once."""
    first = FakePlayer("pulse")
    second = FakePlayer("playsound")
    output = output_of(FILES, "auto", factories(pulse=first, playsound=second), probe=Server())
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.load()
    first.sick = "a cue did not start playing"
    output.check()
    assert output.name == "playsound"
    assert notices == [
        "Sound: the pulse player stopped working (a cue did not start playing); using playsound."
    ]


def test_a_cue_file_swapped_for_a_non_wav_mid_session_is_said_once_and_the_builtin_plays(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 24: the user's countdown.wav becomes an MP3 between two cues; the session goes on."""
    own = tmp_path / "countdown.wav"
    own.write_bytes((SOUNDS / "halfway.wav").read_bytes())
    files, problems = cue_files(SOUNDS, tmp_path)
    assert (files[Cue.COUNTDOWN], problems) == (own, [])
    player = FakePlayer("pulse")
    output = output_of(files, "auto", factories(pulse=player))
    output.sources = (SOUNDS, tmp_path)
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.play(Cue.COUNTDOWN)
    own.write_bytes(b"ID3\x04" + bytes(4000))
    for _ in range(3):
        output.play(Cue.COUNTDOWN)
    assert player.paths == [own] + [SOUNDS / "countdown.wav"] * 3
    assert notices == [
        "Sound: countdown.wav is an MP3 file, not a WAV; save it as WAV; "
        "using the built-in countdown cue."
    ]
    assert output.name == "pulse"


def test_a_chosen_file_that_no_longer_exists_is_said_once(tmp_path: Path) -> None:
    """A file picked in Settings and since deleted: named (not silently replaced), built-in used."""
    gone = tmp_path / "bell.wav"
    files, problems = cue_files(SOUNDS, None, {Cue.PREPARE: gone})
    assert files[Cue.PREPARE] == SOUNDS / "prepare.wav"
    assert problems == [
        f"Sound: bell.wav, chosen for the prepare cue, is missing ({tmp_path}); "
        "using the built-in sound."
    ]


class CuttingPlayer(FakePlayer):
    """A player whose next cue cuts the one playing off (as the in-process one does)."""

    def play_after(self, path: Path) -> None:
        self.play(path)


def test_with_a_cutting_player_step_done_delays_get_ready_130_ms_at_most(qtbot: QtBot) -> None:
    """The cue for now wins: "get ready" fired with "step done" starts 130 ms later, not 710.

    Heard with the output's latency (~7 ms), that is within the 150 ms a person is promised.
    """
    now = [0.0]
    player = CuttingPlayer("pulse")
    output = output_of(FILES, "auto", factories(pulse=player), clock=lambda: now[0])
    output.load()
    output.play(Cue.STEP_DONE)
    output.play(Cue.PREPARE)
    output.play(Cue.TICK)  # fired at the same instant: waits its turn, no longer
    assert player.played == ["step_done"]
    assert output._queue.next_start() == pytest.approx(0.13)
    now[0] = 0.1301
    qtbot.waitUntil(lambda: player.played == ["step_done", "prepare"])
    now[0] = 0.2601
    qtbot.waitUntil(lambda: player.played == ["step_done", "prepare", "tick"])


def test_with_a_mixing_player_cues_that_fall_together_play_whole(qtbot: QtBot) -> None:
    """The Qt and playsound players mix: "get ready" waits for "step done" to end (+ the gap)."""
    player = FakePlayer("pulse")
    output = output_of(FILES, "auto", factories(pulse=player), clock=lambda: 0.0)
    output.load()
    output.play(Cue.STEP_DONE)
    output.play(Cue.PREPARE)
    assert output._queue.next_start() == pytest.approx(0.63 + 0.08, abs=0.01)


def test_a_player_opened_by_the_first_cue_keeps_that_cues_spacing(qtbot: QtBot) -> None:
    """Opening the player on the first cue must not forget that it plays: the next waits."""
    player = FakePlayer("pulse")
    output = output_of(FILES, "auto", factories(pulse=player), clock=lambda: 0.0)
    output.play(Cue.STEP_DONE)  # opens the player
    output.play(Cue.PREPARE)
    assert player.played == ["step_done"]
    assert output._queue.next_start() == pytest.approx(0.63 + 0.08, abs=0.01)


class TellingPlayer(FakePlayer):
    """A player that says itself when its server connection ends, as the sample cache does."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.on_lost: Callable[[], None] | None = None


class FakeClock:
    """A monotonic clock a test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_player_that_tells_of_its_loss_is_polled_only_while_its_connection_is_made(
    qtbot: QtBot,
) -> None:
    """Issue 25: during a hold nothing polls the sample cache; it tells of a loss itself.

    It is looked at twice a second for SETTLE_SECONDS after the session
    starts (its connection may be refused), then left alone; at rest no
    timer of the output runs at all.
    """
    clock = FakeClock()
    player = TellingPlayer("pulse")
    output = output_of(FILES, "auto", factories(pulse=player), clock=clock)
    output.load()
    output.wake()
    assert player.on_lost is not None
    assert [t.interval_ms for t in live_timers([output])] == [HEALTH_MS]
    clock.now += SETTLE_SECONDS - 0.01  # one look 10 ms before the end of the settling
    output.check()
    assert [t.interval_ms for t in live_timers([output])] == [HEALTH_MS]
    clock.now += 0.01
    output.check()
    assert live_timers([output]) == []
    output.rest()
    assert live_timers([output]) == []
    output.close()


def test_a_loss_told_from_the_players_thread_replaces_it_and_sound_comes_back(
    qtbot: QtBot,
) -> None:
    """The server goes away mid-session: said once, a lesser player; back: the best one again."""
    clock = FakeClock()
    server = Server()
    made: list[TellingPlayer] = []

    def pulse(paths: Sequence[Path]) -> TellingPlayer:
        if not server.up:
            raise PlayerUnavailableError("no audio output device")
        made.append(TellingPlayer("pulse"))
        return made[-1]

    playsound = FakePlayer("playsound")
    output = output_of(
        FILES, "auto", {**factories(playsound=playsound), "pulse": pulse}, clock=clock, probe=server
    )
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.load()
    output.wake()
    clock.now += SETTLE_SECONDS
    output.check()
    assert live_timers([output]) == []
    server.up = False
    made[0].sick = "the sound server went away"
    lost = made[0].on_lost
    assert lost is not None
    teller = threading.Thread(target=lost)  # libpulse calls it on its own thread
    teller.start()
    teller.join()
    qtbot.waitUntil(lambda: output.name == "playsound")
    assert notices == [
        "Sound: the pulse player stopped working (the sound server went away); using playsound."
    ]
    assert [t.interval_ms for t in live_timers([output])] == [HEALTH_MS]  # waiting for the server
    server.up = True
    output.check()
    assert output.name == "pulse" and len(made) == 2
    assert notices[-1] == "Sound is back: using the pulse player (the system default)."
    clock.now += SETTLE_SECONDS
    output.check()
    assert live_timers([output]) == []
    output.close()


def test_a_player_that_cannot_tell_of_its_loss_is_polled_for_the_whole_session(
    qtbot: QtBot,
) -> None:
    """A player with no loss event (or a chosen device) is looked at until the session ends."""
    clock = FakeClock()
    output = output_of(FILES, "auto", factories(pulse=FakePlayer("pulse")), clock=clock)
    output.load()
    output.wake()
    clock.now += 3600
    output.check()
    assert [t.interval_ms for t in live_timers([output])] == [HEALTH_MS]
    output.rest()
    assert live_timers([output]) == []
    output.close()


def test_a_phrase_on_a_player_that_mixes_waits_out_its_chime(qtbot: QtBot, tmp_path: Path) -> None:
    """Playsound mixes whatever it gets: the phrase comes after the chime's whole length."""
    from spasm_stretch.audio.samples import check_wav
    from spasm_stretch.audio.speech import SpeechClip

    player = FakePlayer("playsound")
    now = [100.0]
    output = AudioOutput(
        FILES, "playsound", factories(playsound=player), clock=lambda: now[0], probe=Server(),
        cache=tmp_path,
    )  # fmt: skip
    output.play(Cue.SWITCH_SIDES)
    output.play_speech(SpeechClip("Switch sides", "en", 8000, b"\0\x10" * 800))
    assert player.played == ["switch_sides"]
    chime_ms = round(check_wav(FILES[Cue.SWITCH_SIDES]).seconds * 1000)
    assert output._spoken._timer.interval() == chime_ms
    qtbot.waitUntil(lambda: player.played == ["switch_sides", "speech"], timeout=3000)
    output.play(Cue.HOLD_START)
    output.play_speech(SpeechClip("Relax", "en", 8000, b"\0\x10" * 800))
    now[0] += 5.0
    output.play(Cue.COUNTDOWN)  # a newer chime: the phrase waiting is no longer wanted
    assert not output._spoken._timer.isActive()
    output.close()
