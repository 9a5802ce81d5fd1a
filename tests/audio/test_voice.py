"""The voice: real engines only, and a plain reason when there is none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.voice import Voice, best_voice
from spasm_stretch.settings import AppSettings
from spasm_stretch.ui.settings_dialog import SettingsDialog
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
