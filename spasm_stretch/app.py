"""Start the Qt application and its main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from spasm_stretch.i18n.language import choose_language
from spasm_stretch.log.store import History
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.user_paths import APP_NAME, data_dir

if TYPE_CHECKING:
    from spasm_stretch.ui.shell.window import MainWindow


def build_window(
    args: argparse.Namespace,
    *,
    routine_id: str | None = None,
    relief: bool = False,
    show: bool = True,
) -> MainWindow:
    """Create the application and its main window (on ``routine_id`` or relief if given)."""
    from spasm_stretch.i18n.qt_install import install_language
    from spasm_stretch.library import load_all
    from spasm_stretch.ui.picker.folder_watch import watch_routine_folders
    from spasm_stretch.ui.shell.window import MainWindow, app_icon
    from spasm_stretch.ui.widgets.theme import apply_look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("spasm-stretch")
    app.setDesktopFileName(APP_NAME)  # panels match the window to spasm-stretch.desktop
    app.setWindowIcon(app_icon())
    store = SettingsStore()
    settings = store.load()
    for problem in store.problems:
        print(problem, file=sys.stderr)
    language = choose_language(getattr(args, "lang", None) or settings.language, os.environ)
    install_language(app, language)  # before any widget is built: text is set at construction
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
    watch_routine_folders(window, window.reload_routines, args.routines)  # live folders
    if routine_id is not None and not window.open_routine(routine_id):
        print(f"no routine with the id {routine_id!r}; showing the list", file=sys.stderr)
    if relief:
        window.open_relief()
    if show:
        window.show()
        window.show_disclaimer_if_first_run()
    return window


def run_app(args: argparse.Namespace, *, request: str | None = None, routine_id: str = "") -> int:
    """Open the main window with its tray and reminders; run until the app quits.

    ``request`` is the CLI command that started it (None, run, relief or today).
    """
    from spasm_stretch.desktop.controller import attach
    from spasm_stretch.desktop.handover import Request

    background = bool(args.background) and request is None
    window = build_window(
        args,
        routine_id=routine_id if request == "run" else None,
        relief=request == "relief",
        show=not background,
    )  # kept referenced while the loop runs
    desktop = attach(window, background=background)
    if request == "today":
        desktop.handle(Request("today"))
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    window.deleteLater()
    return code
