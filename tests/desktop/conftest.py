"""Desktop tests: a runtime folder of the test's own, and the instance lock let go after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_stretch.desktop import handover
from tests.helpers.windows import (  # noqa: F401 - fixtures are found by name
    clock,
    make_window,
    settings_file,
)


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR, so no test sees a real running copy."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    handover.release()
