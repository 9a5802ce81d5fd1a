"""The folders the terminal commands compute without Qt are the ones Qt itself gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from spasm_stretch.user_paths import APP_NAME, cache_dir, data_dir


def qt(location: QStandardPaths.StandardLocation) -> Path:
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(location))


@pytest.mark.parametrize("xdg", ["set", "unset", "relative"])
def test_data_and_cache_folders_agree_with_qstandardpaths(
    xdg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        if xdg == "set":
            monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
        elif xdg == "relative":
            monkeypatch.setenv(variable, "not/absolute")
        else:
            monkeypatch.delenv(variable, raising=False)
    assert data_dir() == qt(QStandardPaths.StandardLocation.AppDataLocation)
    assert cache_dir() == qt(QStandardPaths.StandardLocation.CacheLocation)


@pytest.mark.parametrize("command", [["list"], ["show", "calf"], ["validate", "routines"],
                                     ["history"]])  # fmt: skip
def test_terminal_commands_import_no_qt(command: list[str]) -> None:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "spasm_stretch", *command],
        capture_output=True, text=True, cwd=root, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    qt_modules = [line for line in done.stderr.splitlines() if "PySide6" in line]
    assert qt_modules == [], qt_modules[:3]
