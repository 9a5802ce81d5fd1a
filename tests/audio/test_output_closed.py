"""A closed sound output stays closed: no set-up thread starts after its window has gone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.players import SilentPlayer
from tests.audio.test_output import FILES, FakePlayer, output_of


def test_a_window_closed_before_its_sound_opened_starts_no_thread_afterwards(
    qtbot: QtBot,
) -> None:
    """The first paint's deferred 'open the sound' may come after the close; it opens nothing.

    A set-up thread started then would still run when the closed window is
    deleted, and Qt aborts the whole process when a running thread is deleted.
    """
    opened: list[Sequence[Path]] = []

    def open_player(paths: Sequence[Path]) -> FakePlayer:
        opened.append(paths)
        return FakePlayer("qt")

    output = output_of(FILES, "auto", {"qt": open_player, "silent": lambda _: SilentPlayer()})
    output.close()
    output.load_in_background()
    assert output.findChildren(QThread) == []
    assert opened == []
