"""Screenshot the real main window: picker, a hold in progress and the finished screen.

Run under Xvfb for real window-system rendering:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshots.py OUTDIR

Time is driven by a fake clock, so every run shows the same moments. The
user's settings are not touched: a temporary settings file is used.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from spasm_stretch.cli import load_all
from spasm_stretch.settings import SettingsStore, Theme
from spasm_stretch.ui.main_window import MainWindow, app_icon
from spasm_stretch.ui.theme import apply_theme

SIZE = QSize(960, 680)


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _advance(window: MainWindow, clock: _Clock, seconds: float) -> None:
    """Let time pass in small steps, as it does for a real session (no stall)."""
    assert window.driver is not None
    end = clock.now + seconds
    while clock.now < end:
        clock.now = min(end, clock.now + 0.5)
        window.driver.refresh()


def shoot(out: Path, theme: Theme, size: QSize, suffix: str = "") -> list[Path]:
    """Save the three screens in ``theme``; returns the files written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 100)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("disclaimer_seen", True)
        clock = _Clock()
        window = MainWindow(load_all([]), SettingsStore(settings), clock=clock)
        window.resize(size)
        window.show()
        written = []

        def grab(name: str) -> None:
            app.processEvents()
            path = out / f"{name}-{theme.value}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)

        window.picker.select("calf")
        grab("picker")
        window.start_routine("calf")
        _advance(window, clock, 13.4)
        grab("hold")
        window.extend_action.trigger()
        _advance(window, clock, 200)
        grab("finished")
        window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--small", action="store_true", help="also shoot at 800x600")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    files = []
    for theme in (Theme.LIGHT, Theme.DARK):
        files += shoot(args.out, theme, SIZE)
        if args.small:
            files += shoot(args.out, theme, QSize(800, 600), "-800x600")
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
