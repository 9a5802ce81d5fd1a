"""Screenshot the real main window: picker, hold, finished, relief (twice) and history.

Run under Xvfb for real window-system rendering:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/screenshots.py OUTDIR

``--lang de`` shoots the same screens in German (file names end in ``-de``).

Time is driven by a fake clock, so every run shows the same moments. The
user's settings and log are not touched: a temporary settings file and a
temporary history, filled with a made-up eight weeks of cramps, are used.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from spasm_stretch.app import window_for
from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import Segment, SegmentKind
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.i18n.language import SHIPPED
from spasm_stretch.i18n.qt_install import install_language
from spasm_stretch.library import load_all
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.settings.store import SettingsStore, Theme
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.ui.widgets.icons import app_icon
from spasm_stretch.ui.widgets.theme import apply_theme

SIZE = QSize(960, 680)


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _advance(window: MainWindow, clock: _Clock, seconds: float) -> None:
    """Let time pass in small steps, as it does for a real session (no stall)."""
    end = clock.now + seconds
    while clock.now < end and window.session.driver is not None:
        clock.now = min(end, clock.now + 0.5)
        window.session.driver.refresh()


SAMPLE_CRAMPS = (  # days ago, hour, minutes, area, helped, tags
    (52, 3, 2, "Calf or foot", ("Stretching",), ("Night-time",)),
    (40, 2, 4, "Calf or foot", ("Stretching", "Massage"), ("Night-time",)),
    (33, 18, 3, "Back of thigh", ("Stretching",), ("After exercise",)),
    (24, 4, 12, "Calf or foot", ("Warmth",), ("Night-time", "New medication")),
    (19, 14, 2, "Neck", ("Rest",), ()),
    (8, 3, 5, "Calf or foot", ("Stretching", "Water or electrolyte drink"), ("Night-time",)),
    (9, 21, 3, "Front of thigh", ("Stretching",), ("Sweating or heat",)),
    (4, 2, 6, "Calf or foot", ("Stretching", "Massage"), ("Night-time",)),
)


def sample_history(path: Path) -> LogStore:
    """A history with eight weeks of made-up cramps and a few routines."""
    history = LogStore(path)
    today = now().replace(minute=10, second=0)
    for days, hour, minutes, area, helped, tags in SAMPLE_CRAMPS:
        started = (today - timedelta(days=days)).replace(hour=hour)
        history.add_episode(
            Episode(0, started, started + timedelta(minutes=minutes), area, helped, tags, "",
                    side="left" if area == "Calf or foot" else "")
        )  # fmt: skip
        finished = days % 3 != 0
        history.add_session(
            SessionRecord(0, "calf", "Calf stretch", started + timedelta(minutes=1),
                          started + timedelta(minutes=3), finished, None if finished else 1)
        )  # fmt: skip
    return history


def shoot(out: Path, theme: Theme, size: QSize, suffix: str = "") -> list[Path]:
    """Save the three screens in ``theme``; returns the files written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 100)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("disclaimer_seen", True)
        clock = _Clock()
        history = sample_history(Path(folder) / "history.db")
        window = window_for(load_all([]), SettingsStore(settings), clock=clock, history=history)
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
        window.session.start_routine("calf")
        _advance(window, clock, 13.4)
        grab("hold")
        window.session.extend_action.trigger()
        _advance(window, clock, 200)
        grab("finished")
        window.open_relief()
        grab("relief")
        window.cramp.relief_for_area("calf")
        grab("relief-side")
        window.cramp.view.side_buttons["left"].click()
        _advance(window, clock, 40)
        grab("relief-easing")
        window.cramp.view.no_button.click()
        for box in window.cramp.view.checklist[:2]:
            box.setChecked(True)
        clock.now += 600
        window.cramp.refresh()
        grab("relief-long")
        window.cramp.view.discard_button.click()  # keep the made-up log as it is
        window.open_history()
        grab("history")
        view = window.log.view
        view.tabs.setCurrentIndex(1)
        view.choose_row(0)
        grab("history-cramps")
        window.close()
        history.close()
    return written


def _window(
    folder: str, clock: _Clock, size: QSize, theme: Theme, scale: int
) -> tuple[MainWindow, LogStore]:
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("disclaimer_seen", True)
    settings.setValue("theme", theme.value)  # the window applies its own settings' theme
    settings.setValue("text_scale", scale)
    history = sample_history(Path(folder) / "history.db")
    window = window_for(load_all([]), SettingsStore(settings), clock=clock, history=history)
    window.resize(size)
    window.show()
    return window, history


def _until(window: MainWindow, clock: _Clock, wanted: Callable[[], bool]) -> None:
    for _ in range(4000):
        if wanted() or window.session.driver is None:
            return
        clock.now += 0.1
        window.session.driver.refresh()


def shoot_views(out: Path) -> list[Path]:
    """The screens of issue 13: a mirrored right side, paused, a cue word, relax, night, 200 %."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    written: list[Path] = []
    shots = (
        ("hold-right-mirrored", Theme.LIGHT, 100, SIZE),
        ("paused", Theme.DARK, 100, SIZE),
        ("halfway-flash", Theme.LIGHT, 100, SIZE),
        ("relax-next", Theme.LIGHT, 100, SIZE),
        ("night", Theme.NIGHT, 100, SIZE),
        ("relief-800x600-200", Theme.LIGHT, 200, QSize(800, 600)),
    )
    for name, theme, scale, size in shots:
        apply_theme(app, theme, scale)
        with tempfile.TemporaryDirectory() as folder:
            clock = _Clock()
            window, history = _window(folder, clock, size, theme, scale)
            _stage(name, window, clock)
            app.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            history.close()
    apply_theme(app, Theme.LIGHT, 100)
    return written


def _stage(name: str, window: MainWindow, clock: _Clock) -> None:
    """Bring ``window`` to the moment the screenshot ``name`` shows."""

    def segment() -> Segment:
        assert window.session.driver is not None
        return window.session.driver.position().segment

    if name == "hold-right-mirrored":
        window.session.start_routine("neck")
        _until(window, clock, lambda: segment().kind is SegmentKind.HOLD and segment().side
               is Side.RIGHT and window.session.driver is not None
               and window.session.driver.position().remaining < 12)  # fmt: skip
    elif name == "paused":
        window.session.start_routine("calf")
        _advance(window, clock, 13.4)
        assert window.session.driver is not None
        window.session.driver.pause()
    elif name == "halfway-flash":
        window.session.start_routine("neck")
        _until(window, clock, lambda: window.session.view.ring.word() == "HALFWAY")
    elif name == "relax-next":
        window.session.start_routine("back")
        _until(window, clock, lambda: segment().kind is SegmentKind.REST)
        _advance(window, clock, 2)
    elif name == "night":
        window.cramp.relief_for_area("calf")
        window.cramp.view.side_buttons["left"].click()
        _until(window, clock, lambda: segment().kind is SegmentKind.HOLD)
        _advance(window, clock, 6)
    else:
        window.open_relief()
        window.cramp.view.timer_button.click()
        clock.now += 95
        window.cramp.refresh()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--small", action="store_true", help="also shoot at 800x600")
    parser.add_argument("--lang", choices=SHIPPED, help="the language to shoot in")
    parser.add_argument(
        "--views", action="store_true",
        help="only the issue-13 views: mirrored side, paused, cue word, relax, night, 200 %%",
    )  # fmt: skip
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    suffix = ""
    if args.lang:
        install_language(app, args.lang)
        suffix = f"-{args.lang}"
    files = shoot_views(args.out) if args.views else []
    for theme in () if args.views else (Theme.LIGHT, Theme.DARK):
        files += shoot(args.out, theme, SIZE, suffix)
        if args.small:
            files += shoot(args.out, theme, QSize(800, 600), f"-800x600{suffix}")
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
