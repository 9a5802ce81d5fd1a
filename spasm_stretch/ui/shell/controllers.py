"""The controllers the window hosts: made over its services, wired to each other and to it.

Imported when the window is completed (``MainWindow.complete``); for a start
on the routine list that is just after the first paint. These modules (the
editor's, the log's, the relief page's and what they import) and their
set-up cost ~25 ms that the list does not need to be drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spasm_stretch.resources import images_dir
from spasm_stretch.ui.editor.controller import EditorController
from spasm_stretch.ui.editor.exchange import ExchangeController
from spasm_stretch.ui.editor.library import RoutineLibrary
from spasm_stretch.ui.log.controller import LogController
from spasm_stretch.ui.log.keeper import HISTORY
from spasm_stretch.ui.relief.controller import RELIEF_PREPARE_SECONDS, CrampController
from spasm_stretch.ui.session.controller import SessionController
from spasm_stretch.ui.settings.controller import SettingsController
from spasm_stretch.ui.shell.rest import rest_when_hidden
from spasm_stretch.user_paths import user_routines_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.ui.shell.window import MainWindow


def add_controllers(window: MainWindow, make_voice: Callable[[], Speaker] | None) -> None:
    """Make each controller over ``window``'s services and pages, as the window's attributes."""
    services, pages, picker = window.services, window.pages, window.picker
    window.cramp = cramp = CrampController(services, pages, picker, window)
    window.session = SessionController(
        services, pages, picker, make_voice=make_voice, cramp=cramp, owner=window
    )
    window.log = LogController(services, pages, window)
    window.preferences = SettingsController(services, window.session.sound, window)
    library = RoutineLibrary(
        lambda: services.catalog.current, picker.current_id, user_routines_dir(), (images_dir(),)
    )
    window.editing = EditorController(window, library)
    window.exchange = ExchangeController(window, library)


def wire(window: MainWindow) -> None:
    """Connect the controllers to each other and to the shell: none of them knows another."""
    session, cramp, log, services = window.session, window.cramp, window.log, window.services
    session.changed.connect(window.refresh)
    session.title_changed.connect(window.set_title)
    session.relief_wanted.connect(cramp.show)
    session.relief_requested.connect(window.open_relief)
    session.leave_requested.connect(window.leave_page)
    session.status.connect(window.statusBar().showMessage)
    cramp.start_stretch.connect(
        lambda routine_id, side: session.start_routine(
            routine_id, prepare=RELIEF_PREPARE_SECONDS, side=side
        )
    )
    cramp.drop_session.connect(session.drop)
    cramp.leave_session.connect(session.leave)
    cramp.shown.connect(window.refresh)
    cramp.status.connect(window.warning_status)
    log.leave_session.connect(session.leave)
    log.shown.connect(window.refresh)
    log.changed.connect(cramp.ask_about_open)
    window.editing.try_routine.connect(session.try_routine)
    for imported in (window.editing.saved, window.exchange.imported):
        imported.connect(services.catalog.reload)
        imported.connect(window.picker.select)  # after the reload: show what was saved
    services.catalog.changed.connect(window.show_catalog)
    services.settings.changed.connect(window.follow_settings)


def catch_up(window: MainWindow) -> None:
    """What the controllers take up from the start: the settings, the log, a cramp left open.

    Then the window lets go of what it can build again each time it is hidden
    in the tray (``rest.py``).
    """
    services = window.services
    window.session.apply(services.settings.value)
    history = services.history
    if history is not None and history.notice:
        window.messages.post(HISTORY, history.notice)
    services.keeper.recover()
    window.cramp.ask_about_open()
    rest_when_hidden(window)
