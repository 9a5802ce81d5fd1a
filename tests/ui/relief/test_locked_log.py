"""Help never waits for the log: another program holding it locked changes only a message.

The lock is real: a second process holds the log in ``BEGIN EXCLUSIVE``
(tests/helpers/lock_holder.py). The limits are issue 24's: the window within
2 s, and at most 0.3 s of pressing 1 spent waiting on the log (timed inside
the calls into the log, so a loaded machine building the relief page slowly
does not fail it); bench/locked_log.py measures the whole key with a yardstick.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from spasm_stretch.core.records import EndKind
from spasm_stretch.log.store import OPEN_WAIT, WRITE_WAIT, LogStore, now
from spasm_stretch.ui.log.keeper import LOCKED_RETRY_SECONDS
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import APP_NAME
from tests.helpers.clock import FakeClock
from tests.helpers.lock_holder import lock_held
from tests.helpers.log import log_cramp

WindowFactory = Callable[..., MainWindow]
WINDOW_APPEARS = 2.0  # seconds, at most, with the log locked
KEY_BLOCKS = 0.3  # seconds the log may hold the event loop when 1 is pressed
KEY_ANSWERS = 2.0  # seconds for the whole key, page building included (a loaded machine)


def time_in_the_log(store: LogStore) -> list[float]:
    """Time every call into ``store`` from now on; the list fills as the window uses it.

    What pressing 1 must not wait for is the log: this separates that wait
    from building the relief page, whose cost is the CPU's (and a loaded
    test machine's), measured with a yardstick by bench/locked_log.py.
    """
    spent: list[float] = []
    for name in dir(LogStore):
        method = getattr(store, name)
        if name.startswith("_") or not callable(method):
            continue

        def timed(
            *args: object, _method: Callable[..., object] = method, **kwargs: object
        ) -> object:
            started = time.monotonic()
            try:
                return _method(*args, **kwargs)
            finally:
                spent.append(time.monotonic() - started)

        setattr(store, name, timed)
    return spent


def press_1_and_wait_little_for_the_log(qtbot: QtBot, window: MainWindow, log: LogStore) -> None:
    """Key 1 with the log locked: at most KEY_BLOCKS of it waits on the log, all of it 2 s."""
    in_the_log = time_in_the_log(log)
    started = time.monotonic()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_1)
    blocked = time.monotonic() - started
    assert in_the_log, "pressing 1 writes the cramp (or tries to)"
    assert sum(in_the_log) <= KEY_BLOCKS
    assert blocked <= KEY_ANSWERS


def file_episodes(path: Path) -> list[tuple[str, str]]:
    """What the file itself holds, read by a connection of its own."""
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT area, end_kind FROM episodes ORDER BY id").fetchall()
    finally:
        db.close()


def test_window_appears_and_key_1_answers_while_locked_and_the_cramp_is_written_after(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "history.db"
    earlier = LogStore(path)
    log_cramp(earlier, now().replace(year=2020), 2, "Calf")
    earlier.close()
    with lock_held(path) as lock:
        started = time.monotonic()
        history = LogStore(path, lock_timeout=OPEN_WAIT, write_wait=WRITE_WAIT)
        window = make_window(history=history)
        appeared = time.monotonic() - started
        assert appeared <= WINDOW_APPEARS
        assert not history.volatile, "the file itself is used, not memory"
        assert "locked by another program right now" in history.notice
        assert [e.area for e in history.episodes()] == ["Calf"], "the log is read while locked"
        press_1_and_wait_little_for_the_log(qtbot, window, history)
        assert window.cramp.flow.timer.running, "the cramp is timed at once"
        bar = window.messages.showing("storage")
        assert bar is not None and "cannot be saved right now" in bar.label.text()
        retry = next(t for t in window.services.keeper.findChildren(QTimer) if t.isActive())
        assert retry.interval() == round(LOCKED_RETRY_SECONDS * 1000)
        clock.advance(LOCKED_RETRY_SECONDS)
        window.services.keeper.flush()  # what the retry timer does while the lock is held
        assert file_episodes(path) == [("Calf", "timed")], "nothing written under the lock"
        lock.release()
    window.services.keeper.flush()  # the retry timer's next tick, now the lock has gone
    assert file_episodes(path) == [("Calf", "timed"), ("Calf or foot", "open")]
    bar = window.messages.showing("storage")
    assert bar is not None and "can be written again" in bar.label.text()
    assert not retry.isActive(), "no retries once everything is written"
    (cramp,) = [e for e in history.episodes() if e.area == "Calf or foot"]
    assert cramp.end is EndKind.OPEN


def test_history_command_says_the_log_is_locked_and_prints_what_it_holds(tmp_path: Path) -> None:
    """`spasm-stretch history` under a lock: the real count, and why nothing was merged."""
    env = dict(os.environ, LANGUAGE="en", LANG="C.UTF-8")
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    path = tmp_path / "data" / APP_NAME / "history.db"
    path.parent.mkdir(parents=True)
    earlier = LogStore(path)
    log_cramp(earlier, now().replace(year=2020), 2, "Calf")
    earlier.close()
    with lock_held(path):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "spasm_stretch", "history"],
            env=env, capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
        took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "is locked by another program right now" in done.stderr
    assert "Cramp episodes: 1" in done.stdout
    assert took <= WINDOW_APPEARS + 1.0  # the interpreter's own start is most of it


def test_a_lock_taken_while_the_window_is_open_never_holds_key_1(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """The lock comes after the start (the 4.1 s freeze once seen): key 1 still answers at once."""
    path = tmp_path / "history.db"
    history = LogStore(path, lock_timeout=OPEN_WAIT, write_wait=WRITE_WAIT)
    assert history.notice == ""
    window = make_window(history=history)
    with lock_held(path):
        press_1_and_wait_little_for_the_log(qtbot, window, history)
        assert window.cramp.flow.timer.running
        assert window.services.keeper.writer.busy
    window.services.keeper.flush()  # the retry timer's tick after the lock went
    assert file_episodes(path) == [("Calf or foot", "open")]
