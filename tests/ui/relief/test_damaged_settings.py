"""The window and quick relief open whatever damage the settings file holds (issue 24)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spasm_stretch.log.store import LogStore
from spasm_stretch.ui.shell.window import MainWindow

DAMAGE = {
    "muted_cues": "@Point(1 2), @Point(3 4)",
    "relief_routines": "@Point(1 2), @Point(3 4)",
    "reminders": "@Point(1 2), @Point(3 4)",
    "own_sounds": "[" * 3000,
    "theme": "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)",
    "text_scale": "@ByteArray(\\xff\\xfe)",
}


@pytest.mark.qt_log_ignore("QVariant::load")
@pytest.mark.parametrize("key", sorted(DAMAGE))
def test_relief_opens_and_key_1_logs_a_cramp_with_a_damaged_setting(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    settings_file: Path,
    tmp_path: Path,
    key: str,
) -> None:
    settings_file.write_text(f"[General]\n{key}={DAMAGE[key]}\n", encoding="utf-8")
    history = LogStore(tmp_path / "history.db")
    window = make_window(history=history)
    window.open_relief()
    assert window.pages.currentWidget() is window.cramp.view
    window.show_picker()
    qtbot.keyClick(window.picker.list, Qt.Key.Key_1)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_R)
    assert len(history.episodes()) == 1


@pytest.mark.parametrize("key", sorted(DAMAGE))
def test_trace_runs_with_a_damaged_setting(isolated_user_folders: Path, key: str) -> None:
    """`trace neck` with sound (so the settings are read) runs the whole routine, exit 0."""
    config = isolated_user_folders / "config" / "spasm-stretch"
    config.mkdir(parents=True, exist_ok=True)
    (config / "spasm-stretch.ini").write_text(f"[General]\n{key}={DAMAGE[key]}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "--audio", "silent", "trace", "neck",
         "--speed", "1000"],
        capture_output=True, text=True, timeout=120, env=dict(os.environ), check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "neck" in done.stdout.lower()
