"""Settings for sound: a test button that says what played where, the device, one's own files."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.core.cues import Cue
from spasm_stretch.resources import assets_dir
from spasm_stretch.settings.store import AppSettings, SettingsStore
from spasm_stretch.ui.settings.sound import SoundSettings
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock

WindowFactory = Callable[..., MainWindow]
SOUNDS = assets_dir() / "sounds"


class DevicePlayer:
    """A player with two output devices that remembers the chosen one and what it played."""

    name = "qt"

    def __init__(self) -> None:
        self.devices = [("sink-a", "Speakers", True), ("sink-b", "USB headset", False)]
        self.device = "Speakers"
        self.chosen: list[str] = []
        self.played: list[Path] = []

    def play(self, path: Path) -> None:
        self.played.append(path)

    def choose_device(self, device_id: str) -> None:
        self.chosen.append(device_id)

    def close(self) -> None:
        """Nothing to release."""


def device_output(clock: FakeClock) -> tuple[AudioOutput, DevicePlayer]:
    player = DevicePlayer()

    def factory(paths: Sequence[Path]) -> DevicePlayer:
        return player

    files, _ = cue_files(SOUNDS, None)
    output = AudioOutput(files, "qt", {"qt": factory}, clock=lambda: clock.now)
    output.sources = (SOUNDS, None)
    output.load()
    return output, player


def test_test_sound_plays_and_says_which_player_and_device(
    make_window: WindowFactory, clock: FakeClock
) -> None:
    """The button plays 'get ready' (even muted) and names the player, device and volume."""
    audio, player = device_output(clock)
    window = make_window(audio=audio)
    window.preferences.mute_action.trigger()
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    dialog.sounds.test.click()
    assert dialog.sounds.message.text() == (
        "Playing “get ready” through the qt player on Speakers, at volume 80."
    )
    assert player.played[-1].name.startswith("prepare")
    dialog.close()


def test_choosing_a_device_applies_and_is_saved(
    make_window: WindowFactory, clock: FakeClock, settings_file: Path
) -> None:
    """The list offers the system default (first) and each device; a choice reaches the player."""
    audio, player = device_output(clock)
    window = make_window(audio=audio)
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    box = dialog.sounds.device
    assert [box.itemText(i) for i in range(box.count())] == [
        "System default (follows changes)", "Speakers", "USB headset",
    ]  # fmt: skip
    box.setCurrentIndex(2)
    assert player.chosen == ["sink-b"]
    box.setCurrentIndex(0)
    assert player.chosen == ["sink-b", ""]
    box.setCurrentIndex(2)
    dialog.close()
    saved = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat)).load()
    assert saved.output_device == "sink-b"


def test_own_sound_is_checked_when_chosen(
    make_window: WindowFactory,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A valid WAV replaces the cue at once; a text file is named and the built-in stays."""
    good = tmp_path / "my bell.wav"
    shutil.copy(SOUNDS / "routine_done.wav", good)
    bad = tmp_path / "notes.wav"
    bad.write_text("not a sound")
    audio, _ = device_output(clock)
    window = make_window(audio=audio)
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    monkeypatch.setattr(SoundSettings, "ask_file", classmethod(lambda cls, parent, label: str(bad)))
    dialog.sounds.choose[Cue.COUNTDOWN].click()
    assert dialog.sounds.message.text().startswith(
        "notes.wav is not a WAV file; save it as WAV (PCM, 16-bit)"
    )
    assert dialog.sounds.message.text().endswith("; “3-2-1 countdown” keeps its sound.")
    assert window.services.settings.value.own_sounds == ()
    monkeypatch.setattr(
        SoundSettings, "ask_file", classmethod(lambda cls, parent, label: str(good))
    )
    dialog.sounds.choose[Cue.COUNTDOWN].click()
    assert dialog.sounds.files[Cue.COUNTDOWN].text() == "my bell.wav"
    assert dict(window.services.settings.value.own_sounds) == {Cue.COUNTDOWN: str(good)}
    assert audio.files[Cue.COUNTDOWN] == good
    assert not dialog.sounds.reset[Cue.HALFWAY].isEnabled()
    dialog.sounds.reset[Cue.COUNTDOWN].click()
    assert not dialog.sounds.reset[Cue.COUNTDOWN].isEnabled()
    assert audio.files[Cue.COUNTDOWN] == SOUNDS / "countdown.wav"
    dialog.close()


def test_sound_settings_survive_a_restart_and_bad_values_fall_back(tmp_path: Path) -> None:
    """Device and own files are kept; a mangled own-files value is reported, not fatal."""
    path = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    chosen = AppSettings(output_device="sink-b", own_sounds=((Cue.HALFWAY, "/x/half.wav"),))
    store.save(chosen)
    assert SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load() == chosen
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("own_sounds", "{not json")
    raw.sync()
    again = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.load().own_sounds == ()
    assert "setting 'own_sounds'" in again.problems[0]


def test_settings_dialog_offers_no_test_without_an_output(qtbot: QtBot) -> None:
    """Built alone (no audio given), the dialog shows the default device and a disabled test."""
    from spasm_stretch.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings(), "silent")
    qtbot.addWidget(dialog)
    assert not dialog.sounds.test.isEnabled()
    assert dialog.sounds.device.currentText() == "System default (follows changes)"


def test_every_cue_can_be_muted_and_named() -> None:
    from spasm_stretch.core.cues import Cue
    from spasm_stretch.ui.settings.dialog import cue_labels

    assert set(cue_labels()) == set(Cue)
