"""Test-wide setup: offscreen Qt, and user folders that never touch the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English text whatever the machine's language; tests of other
# languages ask for one (--lang, use_catalog) or set the environment themselves.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the per-user data and config folders into the test's temp folder."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_DATA_HOME", home / "data"),
        ("XDG_CONFIG_HOME", home / "config"),
        ("XDG_CACHE_HOME", home / "cache"),
    ):
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
    yield home
