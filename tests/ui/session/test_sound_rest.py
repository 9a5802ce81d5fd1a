"""Sound opens while a session plays and rests otherwise: paused or ended, nothing is held."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.core.engine import Session
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir
from spasm_stretch.ui.session.sound import SessionSound
from tests.helpers.clock import FakeClock
from tests.helpers.timers import live_timers


class OpeningPlayer:
    """A player that counts how often it is opened (a session plays) and rested."""

    name = "pulse"

    def __init__(self) -> None:
        self.opened = 0
        self.rested = 0

    def play(self, path: Path) -> None:
        """Nothing to hear."""

    def open(self) -> None:
        self.opened += 1

    def rest(self) -> None:
        self.rested += 1

    def close(self) -> None:
        """Nothing to release."""


def test_a_paused_or_stopped_session_holds_no_sound_and_resuming_opens_it(qtbot: QtBot) -> None:
    """Pause (or "Routine stopped, Resume"), and the output rests; resume, and it opens again."""
    clock = FakeClock()
    player = OpeningPlayer()

    def factory(paths: Sequence[Path]) -> OpeningPlayer:
        return player

    files, _ = cue_files(assets_dir() / "sounds", None)
    audio = AudioOutput(files, "pulse", {"pulse": factory}, clock=lambda: clock.now)
    audio.load()
    routine = load_all([]).find("neck")
    assert routine is not None
    driver = SessionDriver(Session(make_plan(routine), clock))
    SessionSound(audio, parent=driver, rest_after_ms=0).follow(driver)
    driver.start()
    assert (player.opened, player.rested) == (1, 0)
    driver.pause()
    qtbot.waitUntil(lambda: player.rested == 1)
    driver.resume()
    assert player.opened == 2
    assert live_timers([audio]) != []  # this player cannot tell of its loss: looked at
    driver.stop()
    qtbot.waitUntil(lambda: player.rested == 2)
    assert live_timers([audio]) == []  # issue 25: a resting app's sound wakes it never
    driver.deleteLater()
    audio.close()


def test_a_session_resumed_before_the_rest_keeps_its_sound(qtbot: QtBot) -> None:
    """A pause shorter than the rest delay closes nothing (the chime after it is not late)."""
    clock = FakeClock()
    player = OpeningPlayer()
    files, _ = cue_files(assets_dir() / "sounds", None)
    audio = AudioOutput(files, "pulse", {"pulse": lambda paths: player}, clock=lambda: clock.now)
    audio.load()
    routine = load_all([]).find("neck")
    assert routine is not None
    driver = SessionDriver(Session(make_plan(routine), clock))
    SessionSound(audio, parent=driver, rest_after_ms=0).follow(driver)
    driver.start()
    driver.pause()
    driver.resume()  # before the rest's timer has run
    after: list[bool] = []
    QTimer.singleShot(0, lambda: after.append(True))  # runs after the rest's timer
    qtbot.waitUntil(lambda: bool(after))
    assert player.rested == 0
    driver.stop()
    driver.deleteLater()
    audio.close()
