"""The voice: real engines only, and a plain reason when there is none."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.voice import Voice
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
    assert voice.reason == "no speech engine is installed (for example speech-dispatcher)"
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
