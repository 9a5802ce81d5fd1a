"""The real window under Xvfb: every screen, light and dark, rendered with content."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.system_libraries import library_missing

ROOT = Path(__file__).resolve().parents[3]
SCREENS = (
    "picker", "hold", "finished", "relief", "relief-side", "relief-easing", "relief-long",
    "history", "history-cramps",
)  # fmt: skip


def distinct_colours(image: QImage) -> int:
    """Distinct colours on a coarse grid: a blank or single-colour image has one or two."""
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


XCB_MISSING = library_missing("libxcb-cursor.so.0")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
@pytest.mark.skipif(bool(XCB_MISSING), reason=f"Qt's xcb platform cannot load: {XCB_MISSING}")
def test_real_window_screenshots_are_not_blank(tmp_path: Path) -> None:
    """Each screen renders for real (xcb on Xvfb, not offscreen), in light and in dark."""
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24",
         sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="xcb"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for theme in ("light", "dark"):
        for screen in SCREENS:
            image = QImage(str(tmp_path / f"{screen}-{theme}.png"))
            assert (image.width(), image.height()) == (960, 680)
            assert distinct_colours(image) > 20, f"{screen}-{theme} looks blank"
    light = QImage(str(tmp_path / "hold-light.png")).pixelColor(5, 300).lightness()
    dark = QImage(str(tmp_path / "hold-dark.png")).pixelColor(5, 300).lightness()
    assert light > 200
    assert dark < 60
