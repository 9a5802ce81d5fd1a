"""The audio output: fallback at load and mid-session, muting, and the user's own sounds."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.output import AudioOutput, PlayerFactory, cue_files
from spasm_stretch.audio.players import (
    PlayerFailedError,
    PlayerUnavailableError,
    QtSoundPlayer,
    SilentPlayer,
)
from spasm_stretch.core.cues import Cue
from spasm_stretch.resources import assets_dir

SOUNDS = assets_dir() / "sounds"
FILES = cue_files(SOUNDS, None)


class FakePlayer:
    """Records what it plays; can refuse to load or break after some plays."""

    def __init__(self, name: str, *, works_for: int | None = None) -> None:
        self.name = name
        self.played: list[str] = []
        self.volume = 1.0
        self.works_for = works_for
        self.closed = False

    def play(self, path: Path) -> None:
        if self.works_for is not None and len(self.played) >= self.works_for:
            raise PlayerFailedError("device unplugged")
        self.played.append(path.stem)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def close(self) -> None:
        self.closed = True


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
    output = AudioOutput(FILES, "auto", factories(qt="no audio output device", playsound=fallback))
    assert output.load() is fallback
    assert output.name == "playsound"
    assert output.startup_notice is None
    assert output.reasons == ["qt: no audio output device"]
    output.play(Cue.HOLD_START)
    assert fallback.played == ["hold_start"]


def test_forced_player_that_cannot_load_falls_back_with_one_message(qtbot: QtBot) -> None:
    """--audio qt without QtMultimedia says so once and plays on with the next player."""
    fallback = FakePlayer("playsound")
    output = AudioOutput(
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
    output = AudioOutput(FILES, "auto", factories(qt="no device", playsound="no program"))
    output.load()
    assert output.name == "silent"
    assert (
        output.startup_notice == "No sound output could be opened; cues are shown on screen only."
    )
    with qtbot.waitSignal(output.played):
        output.play(Cue.PREPARE)


def test_player_failing_mid_session_is_dropped_and_the_user_told_once(qtbot: QtBot) -> None:
    """A device unplugged mid-session: the cue still sounds through the next player, one notice."""
    first = FakePlayer("qt", works_for=2)
    second = FakePlayer("playsound")
    output = AudioOutput(FILES, "auto", factories(qt=first, playsound=second))
    notices: list[str] = []
    output.notice.connect(notices.append)
    for cue in (Cue.PREPARE, Cue.HOLD_START, Cue.HALFWAY, Cue.COUNTDOWN):
        output.play(cue)
    assert first.played == ["prepare", "hold_start"]
    assert second.played == ["halfway", "countdown"]
    assert first.closed
    assert notices == ["Sound: the qt player stopped working (device unplugged); using playsound."]


def test_sound_off_and_muted_kinds_play_nothing(qtbot: QtBot) -> None:
    """Mute silences everything; a muted cue kind is skipped while others play."""
    player = FakePlayer("qt")
    output = AudioOutput(FILES, "auto", factories(qt=player))
    output.muted_cues = frozenset({Cue.COUNTDOWN})
    output.play(Cue.COUNTDOWN)
    output.play(Cue.SWITCH_SIDES)
    output.enabled = False
    output.play(Cue.ROUTINE_DONE)
    assert player.played == ["switch_sides"]


def test_volume_reaches_the_player_and_its_successor(qtbot: QtBot) -> None:
    """The volume setting applies to a player that takes over later too."""
    first = FakePlayer("qt", works_for=0)
    second = FakePlayer("playsound")
    output = AudioOutput(FILES, "auto", factories(qt=first, playsound=second))
    output.set_volume(0.4)
    output.play(Cue.PREPARE)
    assert (first.volume, second.volume) == (0.4, 0.4)


def test_user_sound_replaces_a_builtin_of_the_same_name(tmp_path: Path) -> None:
    """A countdown.wav in the user's folder is used instead of the built-in one."""
    (tmp_path / "countdown.wav").write_bytes((SOUNDS / "halfway.wav").read_bytes())
    files = cue_files(SOUNDS, tmp_path)
    assert files[Cue.COUNTDOWN] == tmp_path / "countdown.wav"
    assert files[Cue.HALFWAY] == SOUNDS / "halfway.wav"


def test_qt_player_without_qtmultimedia_is_unavailable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where QtMultimedia (or libpulse under it) cannot load, the Qt player says why."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    with pytest.raises(PlayerUnavailableError, match="QtMultimedia cannot be loaded"):
        QtSoundPlayer(FILES.values())


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
    played = [Path(line.split()[-1]).stem for line in log.read_text().splitlines()]
    golden = (Path(__file__).parents[1] / "core" / "golden_cues" / "calf.txt").read_text()
    assert played == [line.split()[1] for line in golden.splitlines()]


def test_two_players_failing_in_a_row_end_in_silence_not_an_exception(qtbot: QtBot) -> None:
    """If the fallback player breaks too, the cue falls through to silence; play never raises."""
    first = FakePlayer("qt", works_for=0)
    second = FakePlayer("playsound", works_for=0)
    output = AudioOutput(FILES, "auto", factories(qt=first, playsound=second))
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.play(Cue.PREPARE)
    assert output.name == "silent"
    assert (first.closed, second.closed) == (True, True)
    assert len(notices) == 2
