"""Start the Qt application and its main window."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from spasm_stretch.history import History
from spasm_stretch.settings import SettingsStore
from spasm_stretch.user_paths import APP_NAME, data_dir

if TYPE_CHECKING:
    from spasm_stretch.ui.main_window import MainWindow


def build_window(
    args: argparse.Namespace, *, routine_id: str | None = None, relief: bool = False
) -> MainWindow:
    """Create the application and its shown main window (on ``routine_id`` or relief if given)."""
    from spasm_stretch.cli import load_all
    from spasm_stretch.ui.main_window import MainWindow, app_icon
    from spasm_stretch.ui.theme import apply_look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("spasm-stretch")
    app.setWindowIcon(app_icon())
    store = SettingsStore()
    settings = store.load()
    for problem in store.problems:
        print(problem, file=sys.stderr)
    apply_look(app, settings)
    from spasm_stretch.audio.output import make_audio_output

    window = MainWindow(
        load_all(args.routines),
        store,
        clock=time.monotonic,
        speed=args.speed,
        reload_catalog=lambda: load_all(args.routines),
        audio=make_audio_output(args.audio or "auto"),
        history=History(data_dir() / "history.db"),
    )
    if routine_id is not None and not window.open_routine(routine_id):
        print(f"no routine with the id {routine_id!r}; showing the list", file=sys.stderr)
    if relief:
        window.open_relief()
    window.show()
    window.show_disclaimer_if_first_run()
    return window


def run_app(
    args: argparse.Namespace, *, routine_id: str | None = None, relief: bool = False
) -> int:
    """Open the main window and run the event loop until it closes."""
    window = build_window(
        args, routine_id=routine_id, relief=relief
    )  # kept referenced while the loop runs
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    window.deleteLater()
    return code
