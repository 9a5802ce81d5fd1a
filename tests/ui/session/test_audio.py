"""Sound in the window: cues follow the session, with a visual flash, and obey the settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.core.cues import Cue
from spasm_stretch.library import load_all
from spasm_stretch.resources import assets_dir
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock

WindowFactory = Callable[..., MainWindow]
GOLDEN = Path(__file__).parents[2] / "core" / "golden_cues"


class RecordingPlayer:
    """A player that remembers what it was asked to play, and at what volume (from the file)."""

    name = "recording"

    def __init__(self) -> None:
        self.played: list[str] = []
        self.volumes: list[int] = []

    def play(self, path: Path) -> None:
        name, *rest = path.stem.split("-")
        self.played.append(name)
        self.volumes.append(int(rest[-1]) if rest else 100)

    def close(self) -> None:
        """Nothing to release."""


FILES, _ = cue_files(assets_dir() / "sounds", None)


def recording_output(clock: FakeClock) -> tuple[AudioOutput, RecordingPlayer]:
    player = RecordingPlayer()

    def factory(paths: Sequence[Path]) -> RecordingPlayer:
        return player

    return AudioOutput(FILES, "qt", {"qt": factory}, clock=lambda: clock.now), player


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    assert window.session.driver is not None
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(0.25)
        window.session.driver.refresh()


def test_window_plays_the_golden_cues_and_flashes(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """A whole calf routine in the window sounds exactly its recorded cues, each flashed."""
    audio, player = recording_output(clock)
    window = make_window(audio=audio)
    window.session.start_routine("calf")
    assert window.session.view.is_flashing()
    run(window, clock, 2)
    assert not window.session.view.is_flashing()
    run(window, clock, 70)
    golden = [line.split()[1] for line in (GOLDEN / "calf.txt").read_text().splitlines()]
    assert player.played == golden
    assert set(player.volumes) == {80}


def test_mute_key_and_cue_settings_apply_live(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """M silences cues at once; turning off the countdown in settings drops only the ticks."""
    audio, player = recording_output(clock)
    window = make_window(audio=audio)
    window.session.start_routine("calf")
    qtbot.keyClick(window.session.view, Qt.Key.Key_M)
    run(window, clock, 10)
    assert player.played == ["prepare"]
    qtbot.keyClick(window.session.view, Qt.Key.Key_M)
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    dialog.cue_boxes[Cue.COUNTDOWN].setChecked(False)
    dialog.volume.setValue(30)
    dialog.close()
    run(window, clock, 30)
    assert player.played == ["prepare", "halfway", "switch_sides", "hold_start"]
    assert player.volumes[-1] == 30


def test_voice_speaks_step_names_and_changes_when_on(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    """With the voice on, step names, 'switch sides' and the end are spoken."""
    audio, _ = recording_output(clock)  # its cue spacing on the test's clock
    window = make_window(audio=audio)
    window.preferences.open()
    dialog = window.preferences.dialog
    assert dialog is not None
    assert dialog.voice.isEnabled()
    dialog.voice.setChecked(True)
    dialog.close()
    window.session.start_routine("calf")
    voice = window.session.sound.voice()
    phrases = ["Wall calf stretch", "Switch sides", "Routine complete. Well done."]
    assert voice.prepared == phrases  # type: ignore[attr-defined]  # all ready before the first
    run(window, clock, 70)
    assert voice.said == phrases  # type: ignore[attr-defined]


def test_sound_output_opens_only_after_the_window_has_painted(
    qtbot: QtBot, settings_file: Path
) -> None:
    """Opening QtMultimedia takes ~50 ms; the window must not wait for it to appear."""
    opened: list[bool] = []

    def factory(paths: Sequence[Path]) -> RecordingPlayer:
        opened.append(window.isVisible())
        return RecordingPlayer()

    audio = AudioOutput(FILES, "qt", {"qt": factory})
    store = SettingsStore(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = window_for(load_all([]), store, clock=FakeClock(), audio=audio)
    qtbot.addWidget(window)
    assert opened == []
    window.show()
    qtbot.waitUntil(lambda: opened == [True], timeout=2000)
    window.close()
