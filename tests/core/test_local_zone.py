"""A time zone Python cannot hold (TZ=UTC+24, UTC-25) or garbage never stops the log or help.

Each case runs the real command in a fresh profile with that TZ, since the
zone is read by the C library when the process starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ZONES = ["UTC+24", "UTC-25", "garbage"]
UNUSABLE = {"UTC+24", "UTC-25"}


def profile(tmp_path: Path, zone: str) -> dict[str, str]:
    env = dict(os.environ, TZ=zone, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LANG="C.UTF-8")
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


@pytest.mark.parametrize("zone", ZONES)
def test_history_exits_0_and_says_the_zone_was_replaced_by_utc(tmp_path: Path, zone: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "history"],
        env=profile(tmp_path, zone), capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Cramp episodes: 0" in done.stdout
    said = "time zone (" + zone + ") cannot be used" in done.stderr
    assert said is (zone in UNUSABLE)
    if said:
        assert "logged in UTC instead" in done.stderr


PRESS_ONE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from spasm_stretch.cli import build_parser
from spasm_stretch.core.local_zone import use_usable_zone
use_usable_zone()
from spasm_stretch.app import build_window
window = build_window(build_parser().parse_args(["--audio", "silent"]), show=False)
window.show()
window.activateWindow()
assert QTest.qWaitForWindowActive(window, 5000)
QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_1)
bar = window.services.messages.showing("time zone")
history = window.services.history
episodes = history.episodes()
print(len(episodes), episodes[0].started.utcoffset() if episodes else None)
print("told" if bar is not None and "UTC instead" in bar.label.text() else "quiet")
window.services.keeper.stop()
"""


@pytest.mark.parametrize("zone", ZONES)
def test_pressing_1_on_the_relief_page_logs_the_cramp(tmp_path: Path, zone: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PRESS_ONE],
        env=profile(tmp_path, zone), capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    logged, told = done.stdout.split("\n")[:2]
    assert logged == "1 0:00:00"
    assert told == ("told" if zone in UNUSABLE else "quiet")
