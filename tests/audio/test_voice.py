"""The voice: real engines only, and a plain reason when there is none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.voice import Voice, best_voice
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.settings.dialog import SettingsDialog
from tests.helpers.system_libraries import qt_module


def test_without_a_real_engine_the_voice_is_unavailable_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's silent test engine does not count as a voice."""
    speech = qt_module("QtTextToSpeech").QTextToSpeech
    monkeypatch.setattr(speech, "availableEngines", staticmethod(lambda: ["mock"]))
    voice = Voice()
    assert not voice.available
    assert voice.reason == (
        "no speech engine works on this computer; install espeak-ng or speech-dispatcher "
        "(on Debian or Ubuntu: sudo apt install espeak-ng)"
    )
    voice.say("Relax")


def test_a_named_engine_speaks(qtbot: QtBot) -> None:
    """An engine that starts makes the voice available (Qt's mock engine, here)."""
    qt_module("QtTextToSpeech")
    voice = Voice(engine="mock")
    assert voice.available
    voice.say("Switch sides")


def test_settings_grey_out_the_voice_with_the_reason(qtbot: QtBot) -> None:
    """Where no engine exists, the voice setting is disabled and explains itself."""
    dialog = SettingsDialog(AppSettings(), "qt", voice_unavailable="no speech engine is installed")
    qtbot.addWidget(dialog)
    assert not dialog.voice.isEnabled()
    assert dialog.voice_reason.text() == "Not available: no speech engine is installed"
    assert not dialog.voice_reason.isHidden()
    assert dialog.player.text() == "Sound player in use: qt"


def no_qt_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    speech = qt_module("QtTextToSpeech").QTextToSpeech
    monkeypatch.setattr(speech, "availableEngines", staticmethod(lambda: ["mock"]))


def test_espeak_ng_speaks_through_the_cue_player_where_qt_has_no_engine(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No speech-dispatcher but espeak-ng: the phrase becomes a WAV the cue player plays."""
    no_qt_engine(monkeypatch)
    program = tmp_path / "espeak-ng"
    program.write_text('#!/bin/sh\necho "$4" > "$2"\n')  # -w FILE -- TEXT
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    played: list[Path] = []
    voice = best_voice(played.append, tmp_path / "speech")
    assert voice.available
    voice.say("Switch sides")
    qtbot.waitUntil(lambda: len(played) == 1)
    assert played[0].read_text() == "Switch sides\n"
    voice.say("Switch sides")
    assert played[1] == played[0]  # generated once, then reused


def test_with_no_engine_at_all_the_reason_says_what_to_install(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Neither engine: plain words on what to install, not an engine's internal error."""
    no_qt_engine(monkeypatch)
    monkeypatch.setenv("PATH", str(tmp_path))
    voice = best_voice(lambda path: None, tmp_path)
    assert not voice.available
    assert "sudo apt install espeak-ng" in voice.reason


def test_espeak_ng_is_asked_for_the_interface_language() -> None:
    """German text is spoken with espeak-ng's German voice; English needs no voice option."""
    from spasm_stretch.audio.voice import espeak_arguments

    wav = Path("/cache/speech-1.part")
    assert espeak_arguments("de", wav, "Seite wechseln") == [
        "-v", "de", "-w", "/cache/speech-1.part", "--", "Seite wechseln",
    ]  # fmt: skip
    assert espeak_arguments("en", wav, "Relax") == ["-w", "/cache/speech-1.part", "--", "Relax"]


def test_a_missing_espeak_voice_falls_back_to_english_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    """An espeak-ng without a Spanish voice fails on -v; the phrase is said in English instead."""
    from spasm_stretch.audio.voice import EspeakVoice

    program = tmp_path / "espeak-ng"
    calls = tmp_path / "calls"
    program.write_text(  # like espeak-ng: "-v es" is an unknown voice and exits 1
        f'#!/bin/sh\necho "$@" >> "{calls}"\n[ "$1" = "-v" ] && exit 1\necho "$4" > "$2"\n'
    )
    program.chmod(0o755)
    played: list[Path] = []
    voice = EspeakVoice(str(program), played.append, tmp_path / "speech", "es")
    voice.say("Relájese")
    qtbot.waitUntil(lambda: len(played) == 1)
    assert played[0].read_text() == "Relájese\n"
    assert voice.language == "en"
    assert [line.split()[:2] for line in calls.read_text().splitlines()] == [
        ["-v", "es"], ["-w", str(played[0].with_suffix(".part"))],
    ]  # fmt: skip
