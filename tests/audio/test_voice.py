"""The voice: phrases after their chime or not at all, and one message when nothing can speak."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.speech import SpeechClip
from spasm_stretch.audio.voice import Voice, best_voice
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.settings.dialog import SettingsDialog


class GatedEngine:
    """An engine that makes each phrase only when the test opens its gate."""

    name = "gated"

    def __init__(self, open_: bool = False) -> None:
        self.gate = threading.Event()
        if open_:
            self.gate.set()

    def speak(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> None:
        for text in texts:
            self.gate.wait(5)
            deliver(text, b"\0\x10" * 800, 8000)


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def voice_with(engine: GatedEngine, clock: Clock) -> tuple[Voice, list[str]]:
    played: list[str] = []
    return Voice(lambda clip: played.append(clip.text), engine, "en", clock=clock), played


def test_a_prepared_phrase_is_handed_over_at_its_event(qtbot: QtBot) -> None:
    clock = Clock()
    voice, played = voice_with(GatedEngine(open_=True), clock)
    with qtbot.waitSignal(voice._made):
        voice.prepare(["Switch sides"])
    voice.say("Switch sides", chime_seconds=0.5)
    assert played == ["Switch sides"]
    voice.close()


@pytest.mark.parametrize(("after", "heard"), [(0.5, True), (0.501, False)])
def test_a_late_phrase_plays_only_if_it_comes_before_its_chime_ends(
    qtbot: QtBot, after: float, heard: bool
) -> None:
    """The chime is 0.5 s long: made by then, the phrase follows it; a moment later, skipped."""
    clock = Clock()
    engine = GatedEngine()
    voice, played = voice_with(engine, clock)
    voice.say("Relax", chime_seconds=0.5)  # nothing prepared: the engine starts on it now
    assert played == []  # never waited for
    clock.now += after
    with qtbot.waitSignal(voice._made):
        engine.gate.set()
    assert played == (["Relax"] if heard else [])
    voice.close()


def test_another_chime_drops_the_phrase_still_on_its_way(qtbot: QtBot) -> None:
    """Once the next chime has sounded, the phrase would follow the wrong one."""
    clock = Clock()
    engine = GatedEngine()
    voice, played = voice_with(engine, clock)
    voice.say("Relax", chime_seconds=5)
    voice.interrupt()
    with qtbot.waitSignal(voice._made):
        engine.gate.set()
    assert played == []
    voice.close()


def test_with_no_engine_the_user_is_told_once_what_to_install(qtbot: QtBot) -> None:
    told: list[str] = []
    played: list[SpeechClip] = []
    voice = Voice(played.append, None, "en")
    voice.notices(told.append)
    assert not voice.available
    voice.prepare(["Relax"])
    voice.say("Relax", 0.5)
    voice.say("Switch sides", 0.5)
    assert played == []
    assert told == [
        "Voice: no speech engine on this computer; install espeak-ng (on Debian or Ubuntu: "
        "sudo apt install espeak-ng). The chimes play as before."
    ]


def test_speech_engine_hidden_by_the_documented_variable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SPASM_STRETCH_SPEECH=none: the voice is unavailable and the reason says what to install."""
    monkeypatch.setenv("SPASM_STRETCH_SPEECH", "none")
    voice = best_voice(lambda clip: None)
    assert not voice.available
    assert "sudo apt install espeak-ng" in voice.reason


def test_each_phrase_is_kept_by_the_output_off_the_window_thread_before_it_is_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The output gets each phrase on the worker thread as it is made, so it is ready (uploaded)."""
    monkeypatch.setattr("spasm_stretch.audio.voice.find_engine", lambda: GatedEngine(True))
    kept: list[tuple[str, int]] = []
    played: list[SpeechClip] = []
    voice = best_voice(played.append, lambda clip: kept.append((clip.text, threading.get_ident())))
    with qtbot.waitSignal(voice._made):
        voice.prepare(["Relax"])
    assert [text for text, _ in kept] == ["Relax"]
    assert kept[0][1] != threading.get_ident()
    voice.say("Relax")
    assert [(clip.text, clip.rate, len(clip.pcm)) for clip in played] == [("Relax", 8000, 1600)]
    voice.close()


def test_settings_grey_out_the_voice_with_the_reason(qtbot: QtBot) -> None:
    """Where no engine exists, the voice setting is disabled and explains itself."""
    dialog = SettingsDialog(AppSettings(), "qt", voice_unavailable="no speech engine is installed")
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled()
    assert dialog.voice_reason.text() == "Not available: no speech engine is installed"
    assert not dialog.voice_reason.isHidden()
    assert dialog.player.text() == "Sound player in use: qt"
