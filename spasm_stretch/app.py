"""The composition root: build the services once, then the window and the desktop side as peers.

Everything the window and the desktop side share (routine catalog, settings
model, log, sound output, clock, guidance, message bars) is made here, in
``compose``, and handed to both; neither reaches into the other for it.
Tests and tools build their windows through ``window_for``, so they get the
same wiring the app does.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from spasm_stretch.i18n.language import choose_language
from spasm_stretch.i18n.text import Text
from spasm_stretch.log.store import OPEN_WAIT, WRITE_WAIT, LogStore
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.user_paths import APP_NAME, cache_dir, data_dir

if TYPE_CHECKING:
    from pathlib import Path

    from spasm_stretch.audio.output import AudioOutput
    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.core.catalog import Catalog
    from spasm_stretch.core.clock import Clock
    from spasm_stretch.desktop.controller import DesktopController
    from spasm_stretch.ui.services import Services
    from spasm_stretch.ui.shell.window import MainWindow


class AppText(Text):
    """Words the composition root says: where a demonstration's log goes."""


def log_path(speed: float) -> Path:
    """The person's log, or at any ``--speed`` but 1 a separate demo log beside it.

    Sped-up times (an end 20 minutes ahead, a "22-minute" cramp) must never
    reach the log a doctor reads, nor raise a red flag in it.
    """
    return data_dir() / ("history.db" if speed == 1 else "demo-history.db")


def compose(
    catalog: Catalog,
    store: SettingsStore,
    *,
    clock: Clock,
    speed: float = 1.0,
    reload_catalog: Callable[[], Catalog] | None = None,
    audio: AudioOutput | None = None,
    history: LogStore | None = None,
) -> Services:
    """The services a window and the desktop side share (``speed`` scales the clock)."""
    from spasm_stretch.audio.output import make_audio_output
    from spasm_stretch.core.clock import scaled_clock
    from spasm_stretch.core.content import load_guidance
    from spasm_stretch.core.log_words import log_words
    from spasm_stretch.i18n.text import current_language
    from spasm_stretch.log.writer import LogWriter
    from spasm_stretch.resources import assets_dir
    from spasm_stretch.settings.model import SettingsModel
    from spasm_stretch.ui.log.keeper import LogKeeper
    from spasm_stretch.ui.services import RoutineCatalog, Services
    from spasm_stretch.ui.widgets.message_bar import MessageArea

    content = assets_dir() / "content"
    cached = cache_dir()  # the guidance as parsed at an earlier start, while unchanged
    guidance = load_guidance(content, current_language(), cache_folder=cached)
    messages = MessageArea()
    words = log_words(
        content, current_language(), guidance.relief, catalog.routines, cache_folder=cached
    )
    return Services(
        catalog=RoutineCatalog(catalog, reload_catalog),
        settings=SettingsModel(store),
        keeper=LogKeeper(LogWriter(history), messages, words=words),
        audio=audio or make_audio_output("silent"),
        clock=clock if speed == 1 else scaled_clock(speed, clock),
        speed=speed,
        guidance=guidance,
        messages=messages,
        history=history,
    )


def window_for(
    catalog: Catalog,
    store: SettingsStore,
    *,
    clock: Clock,
    speed: float = 1.0,
    reload_catalog: Callable[[], Catalog] | None = None,
    audio: AudioOutput | None = None,
    history: LogStore | None = None,
    make_voice: Callable[[], Speaker] | None = None,
    complete: bool = True,
) -> MainWindow:
    """A main window over freshly composed services (the keywords are ``compose``'s).

    Hidden in the tray, it lets go of what it can build again (``ui.shell.rest``).
    ``complete=False``: its controllers wait for ``window.complete()``.
    """
    from spasm_stretch.ui.shell.window import MainWindow

    services = compose(
        catalog, store, clock=clock, speed=speed, reload_catalog=reload_catalog, audio=audio,
        history=history,
    )  # fmt: skip
    return MainWindow(services, make_voice=make_voice, complete=complete)


def attach(window: MainWindow, *, background: bool = False, tray: bool = True) -> DesktopController:
    """Make the desktop side (tray, reminders, launches) beside ``window``, wire and start it.

    With ``tray`` False the icon waits for the controller's ``add_tray``. The
    window is completed first if it is not yet (the desktop side drives its
    controllers).
    """
    from spasm_stretch.desktop.controller import DesktopController

    window.complete()

    desktop = DesktopController(window.services, window, tray=tray, parent=window)
    desktop.relief_requested.connect(window.open_relief)
    desktop.routine_requested.connect(window.session.start_routine)
    desktop.open_requested.connect(window.session.open_routine)
    desktop.today_changed.connect(window.picker.set_today_line)
    desktop.status.connect(window.statusBar().showMessage)
    window.quit_action.triggered.disconnect()
    window.quit_action.triggered.connect(desktop.quit)
    window.place_file_action(desktop.reminders_action)
    desktop.start(background=background)
    return desktop


def build_window(
    args: argparse.Namespace,
    *,
    routine_id: str | None = None,
    relief: bool = False,
    show: bool = True,
    then: Sequence[Callable[[], None]] = (),
) -> MainWindow:
    """Create the application and its main window (on ``routine_id`` or relief if given).

    What the list does not need (the window's controllers, the folder watch,
    then ``then``) waits for the window's first paint and runs a step per turn
    of the loop, before the sound opens on its thread (which would slow them
    3-5x); not shown, or opening on a routine or relief, at once.
    """
    from spasm_stretch.audio.output import make_audio_output
    from spasm_stretch.core.local_zone import fallback_message
    from spasm_stretch.i18n.qt_install import install_language
    from spasm_stretch.library import load_all
    from spasm_stretch.ui.widgets.icons import app_icon
    from spasm_stretch.ui.widgets.theme import apply_look

    # On the list, the window is drawn before its controllers are made (MainWindow.complete).
    lean = show and routine_id is None and not relief
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
    window = window_for(
        load_all(args.routines),
        store,
        clock=time.monotonic,
        speed=args.speed,
        reload_catalog=lambda: load_all(args.routines),
        audio=make_audio_output(args.audio or "auto"),
        history=LogStore(log_path(args.speed), lock_timeout=OPEN_WAIT, write_wait=WRITE_WAIT),
        complete=not lean,
    )
    zone = fallback_message()
    if zone:
        window.services.messages.post("time zone", zone, seconds=20)
    if args.speed != 1:
        said = AppText.tr(
            "Demo speed ({speed}x): this run logs to a separate demo history ({path}), "
            "never to your own log."
        ).format(speed=f"{args.speed:g}", path=log_path(args.speed))
        print(said, file=sys.stderr)
        window.services.messages.post("demo-log", said)
    catalog = window.services.catalog

    def watch_folders() -> None:  # live folders: a new or changed routine file is loaded
        from spasm_stretch.ui.picker.folder_watch import watch_routine_folders

        watch_routine_folders(window, catalog.reload, args.routines)

    def controllers_module() -> None:  # its imports alone are a step (~15 ms)
        import spasm_stretch.ui.shell.controllers  # noqa: F401

    if show:  # the list is drawn first; these follow, a step per turn, before the sound opens
        window.after_first_paint[:0] = [controllers_module, window.complete, watch_folders, *then]
    else:
        for step in (watch_folders, *then):
            step()
    if routine_id is not None and not window.session.open_routine(routine_id):
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
    from spasm_stretch.desktop.handover import Request

    background = bool(args.background) and request is None
    kept: list[DesktopController] = []  # referenced while the loop runs

    def desktop_module() -> None:  # its imports alone are a step (10-40 ms)
        import spasm_stretch.desktop.controller  # noqa: F401

    def desktop_side() -> None:
        kept.append(attach(window, background=background, tray=background))

    def tray_and_today() -> None:  # the tray check is a round trip to the window system
        kept[0].add_tray()
        if request == "today":
            kept[0].handle(Request("today"))

    # After the list is drawn (the instance lock is held already: a launch in
    # between waits for the listening socket, see handover.hand_over).
    window = build_window(
        args,
        routine_id=routine_id if request == "run" else None,
        relief=request == "relief",
        show=not background,
        then=(desktop_module, desktop_side, tray_and_today),
    )  # kept referenced while the loop runs
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    window.deleteLater()
    return code
