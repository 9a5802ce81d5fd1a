"""Help for a cramp never depends on the log: a read-only or full log changes only a message."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.records import EndKind
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.log import log_cramp

WindowFactory = Callable[..., MainWindow]


def read_only(path: Path) -> LogStore:
    """A log that opened, then can only be read (as a read-only file or mount gives)."""
    history = LogStore(path)
    log_cramp(history, now() - timedelta(days=3), 2, "Neck")
    history._db.close()
    history._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    return history


def full(path: Path) -> LogStore:
    """A log on a disk with no room for one more page (SQLite's 'database or disk is full')."""
    history = LogStore(path)
    pages = history._db.execute("PRAGMA page_count").fetchone()[0]
    history._db.execute(f"PRAGMA max_page_count = {pages + 2}")
    for days in range(10_000):  # fill every page there is, to the last byte a row can use
        try:
            log_cramp(history, now() - timedelta(days=days + 1), 2, "Neck")
        except sqlite3.OperationalError as exc:
            assert "full" in str(exc)
            break
    return history


@pytest.mark.parametrize("make_log", [read_only, full], ids=["read-only", "full-disk"])
def test_f1_1_l_still_stretches_times_and_warns_and_says_once_it_cannot_save(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    tmp_path: Path,
    make_log: Callable[[Path], LogStore],
) -> None:
    history = make_log(tmp_path / "history.db")
    logged_before = len(history.episodes())
    window = make_window(history=history)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L)
    assert window.session.driver is not None
    assert window.session.driver.session.state is SessionState.RUNNING
    assert window.cramp.flow.timer.running
    bar = window.messages.showing("storage")
    assert bar is not None and "cannot be saved" in bar.label.text()
    shown = bar
    window.cramp.view.note.setText("typed while the log was refusing")
    window.cramp.view.note.editingFinished.emit()
    assert window.messages.showing("storage") is shown, "told once, not at every write"
    clock.advance(600)
    window.cramp.refresh()
    warned = window.messages.showing("long-cramp")
    assert warned is not None and "reason to contact your doctor" in warned.label.text()
    assert len(history.episodes()) == logged_before


def test_the_cramp_is_saved_as_soon_as_the_log_takes_writes_again(
    make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    history = full(tmp_path / "history.db")
    before = len(history.episodes())
    window = make_window(history=history)
    window.cramp.relief_for_area("neck")
    assert window.messages.showing("storage") is not None
    history._db.execute("PRAGMA max_page_count = 1073741823")
    clock.advance(20)
    window.services.keeper.flush()  # what the retry timer does
    bar = window.messages.showing("storage")
    assert bar is not None and "can be written again" in bar.label.text()
    (new,) = history.episodes()[before:]
    assert new.area == "Neck" and new.end is EndKind.OPEN
    assert [s.routine_id for s in history.sessions()] == ["neck"]
