"""The sample-cache player against a real private PulseAudio: what the server holds and plays.

Each test starts its own daemon (two null sinks, "rig" the default and
"second") in a temporary folder, as tools/listen_check.sh does, and asks
the server itself (pactl) what our player left on it. Skipped where
PulseAudio is not installed.
"""

from __future__ import annotations

import array
import os
import shutil
import signal
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_stretch.audio.players import PlayerFailedError, PlayerUnavailableError
from spasm_stretch.audio.pulse import PulseSamplePlayer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from sound_rig import PrivateServer

pytestmark = pytest.mark.skipif(
    shutil.which("pulseaudio") is None or shutil.which("pactl") is None,
    reason="needs PulseAudio (apt-get install pulseaudio pulseaudio-utils)",
)

WAIT_S = 5.0


class Server:
    """A private daemon and the environment that reaches it."""

    def __init__(self, rig: PrivateServer) -> None:
        self.rig = rig
        self.second = rig.add_sink("second")

    def pactl(self, *words: str) -> list[str]:
        done = subprocess.run(
            ["pactl", *words], env=self.rig.env, capture_output=True, text=True, check=True
        )
        return done.stdout.splitlines()

    def samples(self) -> list[str]:
        return [line.split("\t")[1] for line in self.pactl("list", "short", "samples")]

    def our_clients(self) -> list[str]:
        """Clients other than pactl itself (ours is named after the process: python)."""
        return [line for line in self.pactl("list", "short", "clients") if "pactl" not in line]

    def sink_inputs(self) -> list[str]:
        """The sink (by index) of each sink input now playing."""
        return [line.split("\t")[1] for line in self.pactl("list", "short", "sink-inputs")]

    def sink_index(self, name: str) -> str:
        return next(
            line.split("\t")[0]
            for line in self.pactl("list", "short", "sinks")
            if line.split("\t")[1] == name
        )


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    rig = PrivateServer(tmp_path / "pulse")
    rig.start()
    for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "PULSE_SERVER", "HOME"):
        monkeypatch.setenv(key, rig.env[key])
    try:
        yield Server(rig)
    finally:
        rig.stop()


def tone(path: Path, seconds: float, value: int = 8000) -> Path:
    """A plain 16-bit mono WAV of a square wave, ``seconds`` long."""
    frames = round(44100 * seconds)
    samples = array.array("h", (value if (i // 50) % 2 else -value for i in range(frames)))
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(44100)
        writer.writeframes(samples.tobytes())
    return path


class Started:
    """Waits for the server to have started a clip (the player's on_started)."""

    def __init__(self, player: PulseSamplePlayer) -> None:
        self.paths: list[Path] = []
        self._event = threading.Event()
        player.on_started = self._note

    def _note(self, path: Path | str) -> None:
        self.paths.append(Path(path))
        self._event.set()

    def wait(self) -> Path:
        assert self._event.wait(WAIT_S), "the server never started the clip"
        self._event.clear()
        return self.paths[-1]


def test_resting_holds_nothing_and_a_session_uploads_then_removes(
    server: Server, tmp_path: Path
) -> None:
    """No connection or sample while no session runs; the cues are on the server only during one."""
    cues = [tone(tmp_path / "a.wav", 0.2), tone(tmp_path / "b.wav", 0.3)]
    player = PulseSamplePlayer(cues)
    assert player.devices == [("rig", "Null Output", True), ("second", "Null Output", False)]
    assert server.our_clients() == []
    assert server.samples() == []
    player.open()
    started = Started(player)
    player.play(cues[0])
    started.wait()
    assert sorted(server.samples()) == sorted(
        f"spasm-stretch-{os.getpid()}-{name}" for name in _digests(cues)
    )
    assert len(server.our_clients()) == 1
    player.rest()
    assert server.samples() == []
    assert server.our_clients() == []


def _digests(paths: list[Path]) -> list[str]:
    import hashlib

    return [hashlib.sha1(str(p).encode(), usedforsecurity=False).hexdigest()[:12] for p in paths]


def test_the_chosen_sink_plays_and_is_named(server: Server, tmp_path: Path) -> None:
    """Every cue goes to the sink chosen in Settings, not the default, and the name says so."""
    long = tone(tmp_path / "long.wav", 3.0)
    player = PulseSamplePlayer([long], "second")
    started = Started(player)
    player.open()
    player.play(long)
    started.wait()
    assert server.sink_inputs() == [server.sink_index("second")]
    assert player.messages == []
    player.close()


def test_a_new_chime_ends_the_old_one_so_no_tail_is_heard(server: Server, tmp_path: Path) -> None:
    """The cue for now wins: the one before it stops sounding when it starts."""
    first, second = tone(tmp_path / "one.wav", 3.0), tone(tmp_path / "two.wav", 3.0)
    player = PulseSamplePlayer([first, second])
    started = Started(player)
    player.open()
    player.play(first)
    started.wait()
    player.play(second)
    assert started.wait() == second  # the server answers in order: the kill came first
    assert len(server.sink_inputs()) == 1
    player.close()


def test_a_vanished_sink_is_said_once_the_default_plays_and_it_comes_back(
    server: Server, tmp_path: Path
) -> None:
    """An unplugged headset: one message, sound on the default; back to it when it returns."""
    long = tone(tmp_path / "long.wav", 3.0)
    player = PulseSamplePlayer([long], "second")
    started = Started(player)
    player.open()
    server.rig.remove_sink(server.second)
    player.play(long)
    started.wait()
    assert server.sink_inputs() == [server.sink_index("rig")]
    assert player.device == "Null Output"
    player.play(long)
    started.wait()
    player.health()
    assert player.messages == ["Sound: the chosen output device is gone; using the system default."]
    server.second = server.rig.add_sink("second")
    assert player.health() is None
    assert player.messages[1:] == ["Sound: the chosen output device is back; playing through it."]
    player.play(long)
    started.wait()
    assert server.sink_inputs() == [server.sink_index("second")]
    player.close()


def test_samples_a_killed_copy_left_are_removed(server: Server, tmp_path: Path) -> None:
    """Cues left by a copy killed with -9 are removed at the next session; a live copy's stay."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    cue = tone(tmp_path / "cue.wav", 0.1)
    server.pactl("upload-sample", str(cue), f"spasm-stretch-{dead.pid}-stray")
    server.pactl("upload-sample", str(cue), f"spasm-stretch-{os.getppid()}-alive")
    server.pactl("upload-sample", str(cue), "someone-elses")
    player = PulseSamplePlayer([])
    player.open()
    assert player.wait_open()
    assert sorted(server.samples()) == ["someone-elses", f"spasm-stretch-{os.getppid()}-alive"]
    player.close()


def test_opening_never_waits_for_the_server_and_the_first_cue_still_plays(
    server: Server, tmp_path: Path
) -> None:
    """A server that does not answer (stopped) holds no caller; the first cue plays once it does."""
    cue = tone(tmp_path / "cue.wav", 0.2)
    player = PulseSamplePlayer([cue])
    started = Started(player)
    assert server.rig.process is not None
    server.rig.process.send_signal(signal.SIGSTOP)
    try:
        player.open()  # returns although the server cannot answer
        player.play(cue)  # "get ready", asked for at once: it waits for the connection
        assert not player.wait_open(0.05)
    finally:
        server.rig.process.send_signal(signal.SIGCONT)
    assert started.wait() == cue
    player.close()


def test_a_server_that_stops_answering_never_hangs_the_health_look(
    server: Server, tmp_path: Path
) -> None:
    """A stopped server (no answer, no hang-up): health() gives up on it instead of waiting."""
    cue = tone(tmp_path / "cue.wav", 0.1)
    player = PulseSamplePlayer([cue], "second")
    player.open()
    assert player.wait_open()
    assert server.rig.process is not None
    server.rig.process.send_signal(signal.SIGSTOP)
    try:
        look = threading.Thread(target=player.health, daemon=True)
        look.start()
        look.join(WAIT_S)
        assert not look.is_alive(), "health() waited on a server that does not answer"
        assert player.messages == []  # the device list it had stands
    finally:
        server.rig.process.send_signal(signal.SIGCONT)
    player.close()


def test_a_server_that_goes_away_is_a_loss_said_by_health(server: Server, tmp_path: Path) -> None:
    """A killed server: health() names the loss and the next cue raises for the next player."""
    cue = tone(tmp_path / "cue.wav", 0.1)
    player = PulseSamplePlayer([cue])
    lost = threading.Event()
    player.on_lost = lost.set
    player.open()
    assert player.wait_open()
    server.rig.kill()
    assert lost.wait(WAIT_S), "libpulse never saw the connection end"
    assert player.health() == "the sound server went away"
    with pytest.raises(PlayerFailedError):
        player.play(cue)


def test_no_server_means_unavailable_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing listening: the player is unavailable, and the reason names the server."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'none'}")
    with pytest.raises(PlayerUnavailableError, match="the sound server cannot be reached"):
        PulseSamplePlayer([])


def speech_pcm(seconds: float) -> bytes:
    """A phrase's PCM as the voice makes it: 16-bit mono at 22050 Hz."""
    frames = round(22050 * seconds)
    return array.array("h", (4000 if (i // 30) % 2 else -4000 for i in range(frames))).tobytes()


def test_a_phrase_starts_when_the_server_has_ended_its_chime_on_the_chosen_sink_at_its_volume(
    server: Server, tmp_path: Path
) -> None:
    """Not by the app's clock: a clock that says the chime is long over changes nothing."""
    chime = tone(tmp_path / "chime.wav", 0.3)
    now = [100.0]
    player = PulseSamplePlayer([chime], "second", clock=lambda: now[0])
    seen: dict[str, list[str]] = {}
    started = Started(player)

    def note(path: Path | str) -> None:
        if path == "speech-a":
            seen["inputs"] = server.sink_inputs()
            seen["volume"] = [line for line in server.pactl("list", "sink-inputs")
                              if "Volume:" in line]  # fmt: skip
        started._note(Path(path))

    player.on_started = note
    player.keep_speech("speech-a", speech_pcm(0.2), 22050)
    player.open()
    assert player.wait_open()
    player.play(chime)
    assert started.wait() == chime
    now[0] += 10.0  # the app's clock would say the chime ended long ago
    player.play_after("speech-a", 0.4)
    assert started.wait() == Path("speech-a")
    assert seen["inputs"] == [server.sink_index("second")]  # the chime's had ended
    assert "-7.96 dB" in seen["volume"][0]
    player.close()


def test_a_newer_chime_drops_the_phrase_waiting_for_the_one_before(
    server: Server, tmp_path: Path
) -> None:
    """The cue for now wins: a phrase asked for after one chime is not said after the next."""
    long, short = tone(tmp_path / "long.wav", 3.0), tone(tmp_path / "short.wav", 0.1)
    player = PulseSamplePlayer([long, short])
    started = Started(player)
    player.keep_speech("speech-old", speech_pcm(0.2), 22050)
    player.keep_speech("speech-new", speech_pcm(0.2), 22050)
    player.open()
    assert player.wait_open()
    player.play(long)
    started.wait()
    player.play_after("speech-old")
    player.play(short)
    assert started.wait() == short
    player.play_after("speech-new")
    assert started.wait() == Path("speech-new")
    assert Path("speech-old") not in started.paths
    player.close()


def test_a_phrase_with_no_chime_sounding_starts_at_once(server: Server, tmp_path: Path) -> None:
    """A phrase whose chime is muted follows nothing: it is not held back."""
    player = PulseSamplePlayer([])
    started = Started(player)
    player.keep_speech("speech-a", speech_pcm(0.2), 22050)
    player.open()
    assert player.wait_open()
    player.play_after("speech-a")
    assert started.wait() == Path("speech-a")
    player.close()


def test_no_libpulse_means_unavailable_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without libpulse0: the player says what cannot be loaded; the next one is tried."""

    def missing(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    monkeypatch.setattr("spasm_stretch.audio.libpulse.ctypes.CDLL", missing)
    with pytest.raises(
        PlayerUnavailableError, match="the PulseAudio client library cannot be loaded"
    ):
        PulseSamplePlayer([])
