"""Phrases through the player: after the chime by the server's word, or by the chime's length."""

from __future__ import annotations

import array
import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from spasm_stretch.audio.after_chime import AfterChime
from spasm_stretch.audio.speech import SpeechClip
from spasm_stretch.audio.spoken import SpokenPhrases, phrase_key

CLIP = SpeechClip("Relax", "en", 8000, array.array("h", [10000, -10000] * 400).tobytes())


def test_a_phrase_waits_for_its_chime_and_a_newer_chime_drops_it() -> None:
    """Due when the server removes the chime's sink input; a later chime cancels it."""
    after: AfterChime[str] = AfterChime()
    assert after.after("before any chime")  # nothing sounds: at once
    first = after.chime()
    after.started(first, 7)
    assert not after.after("relax")
    assert after.removed(8) is None  # someone else's sink input
    assert after.removed(7) == "relax"
    second = after.chime()
    after.started(second, 9)
    assert not after.after("switch sides")
    third = after.chime()  # the cue for now wins: "switch sides" is dropped
    assert after.removed(9) is None
    assert not after.after("routine complete")
    assert after.failed(third) == "routine complete"  # a chime that cannot sound holds nothing


def test_closing_the_connection_leaves_nothing_waiting() -> None:
    """After rest() nothing of ours sounds: the next phrase with no chime starts at once."""
    after: AfterChime[str] = AfterChime()
    after.started(after.chime(), 3)
    assert not after.after("relax")
    after.rest()
    assert after.removed(3) is None
    assert after.after("next")


class FilePlayer:
    """A player that mixes whatever it is given (playsound): no play_after."""

    name = "playsound"

    def __init__(self) -> None:
        self.played: list[Path] = []

    def play(self, path: Path) -> None:
        self.played.append(path)

    def close(self) -> None:
        pass


def test_a_file_player_gets_the_phrase_after_the_chime_length_and_a_chime_drops_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Without play_after the phrase waits the chime's time; a newer chime cancels it."""
    spoken = SpokenPhrases(tmp_path)
    player = FilePlayer()
    spoken.say(player, CLIP, 100, 0.2, player.play)
    assert player.played == []
    qtbot.waitUntil(lambda: len(player.played) == 1, timeout=2000)
    spoken.say(player, CLIP, 100, 0.2, player.play)
    spoken.drop()  # the next chime was handed over
    assert not spoken._timer.isActive()  # nothing left to fire
    assert len(player.played) == 1
    spoken.say(player, CLIP, 100, 0.0, player.play)  # no chime sounding: at once
    assert len(player.played) == 2


def test_a_file_players_phrase_is_a_wav_at_the_set_volume(qtbot: QtBot, tmp_path: Path) -> None:
    """At volume 40 the samples are 0.4 of the voice's; an earlier run's files are removed."""
    stale = tmp_path / "speech-0123456789abcdef-100.wav"
    stale.write_bytes(b"an earlier run's")
    spoken = SpokenPhrases(tmp_path)
    assert not stale.exists()
    player = FilePlayer()
    spoken.say(player, CLIP, 40, 0.0, player.play)
    (path,) = player.played
    assert path.name == f"{phrase_key(CLIP)}-40.wav"
    with wave.open(str(path), "rb") as reader:
        samples = array.array("h", reader.readframes(reader.getnframes()))
    assert (samples[0], samples[1], len(samples)) == (4000, -4000, 800)


class KeepingPlayer(FilePlayer):
    """The sample cache's interface: phrases kept ahead by key, played after the chime."""

    name = "pulse"

    def __init__(self) -> None:
        super().__init__()
        self.kept: list[str] = []
        self.after: list[tuple[str, float]] = []

    def keep_speech(self, key: str, pcm: bytes, rate: int) -> None:
        self.kept.append(key)

    def play_after(self, key: str, volume: float) -> None:
        self.after.append((key, volume))


def test_a_keeping_player_gets_each_phrase_ahead_and_by_key(qtbot: QtBot, tmp_path: Path) -> None:
    """Made phrases reach the player (and a player adopted later); saying one writes no file."""
    spoken = SpokenPhrases(tmp_path / "speech")
    first = KeepingPlayer()
    spoken.keep(first, CLIP)
    later = KeepingPlayer()
    spoken.adopt(later)
    assert first.kept == later.kept == [phrase_key(CLIP)]
    spoken.say(later, CLIP, 40, 0.5, later.play)
    assert later.after == [(phrase_key(CLIP), 0.4)]
    assert not (tmp_path / "speech").exists()
