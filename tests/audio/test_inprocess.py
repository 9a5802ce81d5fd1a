"""The in-process player's one stream: the cue for now wins, speech waits for its chime, the device.

A stand-in for the miniaudio module records what the player asks of it and
lets the test pull samples as the audio thread would, so no sound server
or clock is needed.
"""

from __future__ import annotations

import array
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from spasm_stretch.audio.inprocess import CHANNELS, RATE, InProcessPlayer
from spasm_stretch.audio.players import PlayerUnavailableError

CHIME = Path("chime.wav")
SPEECH = Path("speech.wav")
OTHER = Path("other.wav")
# Each clip is a constant value, so every pulled sample says whose it is.
VALUES = {CHIME: 1000, SPEECH: 2000, OTHER: 3000}
FRAMES = {CHIME: 480, SPEECH: 960, OTHER: 480}  # 10 ms, 20 ms, 10 ms


class FakeDevice:
    """A playback device: keeps the stream the player starts; the test pulls from it."""

    def __init__(self, fake: FakeMiniaudio, **options: Any) -> None:
        self.options = options
        self.stream: Any = None
        self.closed = False
        self.name = "Null Output"
        fake.opened.append(self)

    def start(self, stream: Any) -> None:
        self.stream = stream

    def pull(self, frames: int) -> list[int]:
        return list(self.stream.send(frames))

    def close(self) -> None:
        self.closed = True


class FakeMiniaudio(types.ModuleType):
    """What the player uses of miniaudio: devices, decoding, a playback device."""

    def __init__(self) -> None:
        super().__init__("miniaudio")
        self.sinks = [b"rig", b"second"]
        self.opened: list[FakeDevice] = []
        self.SampleFormat = types.SimpleNamespace(SIGNED16=2)
        fake = self

        class Devices:
            def get_playbacks(self) -> list[dict[str, Any]]:
                return [{"name": f"Null Output {n.decode()}", "id": n} for n in fake.sinks]

        self.Devices = Devices
        self.ffi = types.SimpleNamespace(buffer=lambda raw: raw + b"\0")

    def decode_file(self, name: str, *_: Any) -> Any:
        path = Path(name)
        return types.SimpleNamespace(
            samples=array.array("h", [VALUES[path]] * FRAMES[path] * CHANNELS)
        )

    def PlaybackDevice(self, **options: Any) -> FakeDevice:  # noqa: N802 - miniaudio's name
        return FakeDevice(self, **options)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeMiniaudio:
    module = FakeMiniaudio()
    monkeypatch.setitem(sys.modules, "miniaudio", module)
    return module


def whose(samples: list[int]) -> list[int]:
    """One value per frame: which clip (by value) played, 0 for silence."""
    return samples[::CHANNELS]


def test_nothing_is_open_until_the_first_sound_and_rest_closes_it(fake: FakeMiniaudio) -> None:
    """A resting app holds no stream: opened at the first cue, closed by rest, reopened after."""
    player = InProcessPlayer([CHIME], "")
    assert fake.opened == []
    player.play(CHIME)
    assert len(fake.opened) == 1
    player.rest()
    assert fake.opened[0].closed
    player.play(CHIME)
    assert len(fake.opened) == 2
    assert fake.opened[1].options["sample_rate"] == RATE


def test_a_new_chime_cuts_off_the_old_one_with_no_tail_before_it(fake: FakeMiniaudio) -> None:
    """The cue for now wins: not one frame of the previous cue plays after it was asked for."""
    player = InProcessPlayer([CHIME, OTHER])
    player.play(CHIME)
    device = fake.opened[0]
    assert whose(device.pull(100)) == [1000] * 100
    player.play(OTHER)
    assert whose(device.pull(480)) == [3000] * 480
    assert whose(device.pull(10)) == [0] * 10


def test_speech_starts_the_frame_its_chime_ends_and_never_over_it(fake: FakeMiniaudio) -> None:
    """Chime 480 frames, then the phrase from frame 480 on: no overlap, no gap."""
    player = InProcessPlayer([CHIME, SPEECH])
    player.play(CHIME)
    player.play_after(SPEECH)
    heard = whose(fake.opened[0].pull(2000))
    assert heard == [1000] * 480 + [2000] * 960 + [0] * 560


def test_a_chime_during_speech_wins_and_the_phrase_is_dropped(fake: FakeMiniaudio) -> None:
    """Speech never delays a chime: the next cue cuts the phrase off at once."""
    player = InProcessPlayer([CHIME, SPEECH, OTHER])
    player.play(CHIME)
    player.play_after(SPEECH)
    device = fake.opened[0]
    device.pull(600)
    player.play(OTHER)
    assert whose(device.pull(600)) == [3000] * 480 + [0] * 120


def test_the_chosen_device_is_opened_and_named(fake: FakeMiniaudio) -> None:
    """The second sink chosen: the stream opens on it, and the player names it."""
    player = InProcessPlayer([CHIME], "second")
    player.play(CHIME)
    assert fake.opened[0].options["device_id"] == b"second"
    assert player.device == "Null Output second"
    assert [key for key, _, _ in player.devices] == ["rig", "second"]


def test_a_vanished_device_is_said_once_and_the_default_plays(fake: FakeMiniaudio) -> None:
    """Chosen device gone: one message, sound on the default; back: the chosen one again."""
    player = InProcessPlayer([CHIME], "second")
    fake.sinks = [b"rig"]
    player.play(CHIME)
    assert fake.opened[0].options["device_id"] is None
    player.rest()
    player.play(CHIME)
    assert player.messages == ["Sound: the chosen output device is gone; using the system default."]
    fake.sinks = [b"rig", b"second"]
    player.rest()
    player.play(CHIME)
    assert fake.opened[-1].options["device_id"] == b"second"
    assert player.messages[1:] == ["Sound: the chosen output device is back; playing through it."]


def test_a_device_vanishing_mid_session_moves_the_stream_and_back(fake: FakeMiniaudio) -> None:
    """Unplugged while playing: the next health check moves sound to the default, once."""
    player = InProcessPlayer([CHIME], "second")
    player.play(CHIME)
    assert player.health() is None
    assert len(fake.opened) == 1
    fake.sinks = [b"rig"]
    for _ in range(3):
        assert player.health() is None
    assert [d.options["device_id"] for d in fake.opened] == [b"second", None]
    assert fake.opened[0].closed
    fake.sinks = [b"rig", b"second"]
    player.health()
    assert fake.opened[-1].options["device_id"] == b"second"
    assert player.messages == [
        "Sound: the chosen output device is gone; using the system default.",
        "Sound: the chosen output device is back; playing through it.",
    ]


def test_no_device_at_all_means_unavailable(fake: FakeMiniaudio) -> None:
    """No sink (no server): the chain moves on to the next player, with the reason."""
    fake.sinks = []
    with pytest.raises(PlayerUnavailableError, match="no audio output device was found"):
        InProcessPlayer([CHIME])
