"""The main window as a shell: the page stack, the message bars, menus and toolbar.

The controllers own their flows and actions (session, relief, log, settings,
editor, exchange); the shell builds them over the services the composition
root made (app.py), wires their signals to each other, places their actions
in menus and the toolbar, and keeps the title and the actions' state in step
with the page shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from spasm_stretch import __version__
from spasm_stretch.audio.voice import Speaker
from spasm_stretch.resources import images_dir
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.editor.controller import EditorController
from spasm_stretch.ui.editor.exchange import ExchangeController
from spasm_stretch.ui.editor.library import RoutineLibrary
from spasm_stretch.ui.log.controller import LogController
from spasm_stretch.ui.log.keeper import HISTORY
from spasm_stretch.ui.picker.view import PickerView
from spasm_stretch.ui.relief.controller import RELIEF_PREPARE_SECONDS, CrampController
from spasm_stretch.ui.services import Services
from spasm_stretch.ui.session.controller import APP_TITLE, SessionController
from spasm_stretch.ui.session.sound import SOUND_FIELDS
from spasm_stretch.ui.settings.controller import LOOK_FIELDS, SettingsController
from spasm_stretch.ui.shell.first_run import fit_to_screen, show_first_run_notice
from spasm_stretch.ui.shell.toolbar import FittingToolBar
from spasm_stretch.ui.widgets.actions import draw_glyphs, make_action
from spasm_stretch.ui.widgets.keys import guard_focused_keys
from spasm_stretch.ui.widgets.message_bar import MessageBar
from spasm_stretch.ui.widgets.turns import one_per_turn
from spasm_stretch.user_paths import user_routines_dir

if TYPE_CHECKING:  # built the first time it opens, not at start
    from spasm_stretch.ui.shell.about import AboutDialog

# The cards show lengths (the timings) in fonts sized from the text size (the look).
PICKER_FIELDS = frozenset({"hold", "prepare", "rest"}) | LOOK_FIELDS


class MainWindow(QMainWindow):
    """The routine list, and the pages the controllers show, in one window.

    Signals:
        first_painted(): once, just after the window first paints; start-up
            work the list does not need waits for it.
    """

    first_painted = Signal()
    _painted = False  # a class default: Qt sends events while __init__ is still running

    def __init__(self, services: Services, *, make_voice: Callable[[], Speaker] | None = None):
        super().__init__()
        self.services = services
        self.messages = services.messages
        # The sound output opens just after the first paint, so it never delays the window.
        self.after_first_paint: list[Callable[[], None]] = [services.audio.load_in_background]
        self.picker = PickerView(services.guidance.relief.areas)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        services.audio.notice.connect(self.statusBar().showMessage)
        self.cramp = CrampController(services, self.pages, self.picker, self)
        self.session = SessionController(
            services, self.pages, self.picker, make_voice=make_voice, cramp=self.cramp, owner=self
        )
        self.log = LogController(services, self.pages, self)
        self.preferences = SettingsController(services, self.session.sound, self)
        library = RoutineLibrary(
            lambda: services.catalog.current, self.picker.current_id, user_routines_dir(),
            (images_dir(),),
        )  # fmt: skip
        self.editing = EditorController(self, library)
        self.exchange = ExchangeController(self, library)
        guard_focused_keys(self)  # Space/Enter press the focused button, not a shortcut
        self._make_actions()
        self._wire()
        self._make_menus_and_toolbar()
        self.session.apply(services.settings.value)
        history = services.history
        if history is not None and history.notice:
            self.messages.post(HISTORY, history.notice)
        services.keeper.recover()
        self.cramp.ask_about_open()
        self._show_catalog()
        geometry = services.settings.store.geometry()
        fit_to_screen(self, restored=geometry is not None and self.restoreGeometry(geometry))
        self.show_picker()

    def _make_actions(self) -> None:
        self.routines_action = make_action(
            self, self.tr("&Routines"), ["Ctrl+L"], self.tr("Back to the routine list"),
            self.show_picker, icon="list",
        )  # fmt: skip
        self.fullscreen_action = make_action(
            self, self.tr("&Full screen"), ["F11"], self.tr("Full screen on or off"),
            self._toggle_full_screen, checkable=True,
        )  # fmt: skip
        self.reload_action = make_action(
            self, self.tr("Re&load routines"), ["F5"], self.tr("Load routine files again"),
            self.services.catalog.reload,
        )  # fmt: skip
        self.about_action = make_action(
            self, self.tr("&About spasm-stretch"), [], self.tr("Version and medical disclaimer"),
            self.show_about,
        )  # fmt: skip
        self.quit_action = make_action(
            self, self.tr("&Quit"), ["Ctrl+Q"], self.tr("Quit"), self.close
        )

    def _wire(self) -> None:
        """Connect the controllers to each other: none of them knows another."""
        session, cramp, log, services = self.session, self.cramp, self.log, self.services
        session.changed.connect(self._refresh)
        session.title_changed.connect(self._set_title)
        session.relief_wanted.connect(cramp.show)
        session.relief_requested.connect(self.open_relief)
        session.leave_requested.connect(self._leave)
        session.status.connect(self.statusBar().showMessage)
        cramp.start_stretch.connect(
            lambda routine_id, side: session.start_routine(
                routine_id, prepare=RELIEF_PREPARE_SECONDS, side=side
            )
        )
        cramp.drop_session.connect(session.drop)
        cramp.leave_session.connect(session.leave)
        cramp.shown.connect(self._refresh)
        cramp.status.connect(self._warning_status)
        log.leave_session.connect(session.leave)
        log.shown.connect(self._refresh)
        log.changed.connect(cramp.ask_about_open)
        self.editing.try_routine.connect(session.try_routine)
        for imported in (self.editing.saved, self.exchange.imported):
            imported.connect(services.catalog.reload)
            imported.connect(self.picker.select)  # after the reload: show what was saved
        services.catalog.changed.connect(self._show_catalog)
        services.settings.changed.connect(self._follow_settings)

    def _make_menus_and_toolbar(self) -> None:
        session, log, prefs = self.session, self.log, self.preferences
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.routines_action, log.history_action, log.undo_action, self.reload_action,
             prefs.settings_action]
        )  # fmt: skip
        file_menu.addSeparator()
        file_menu.addActions([*self.editing.actions, *self.exchange.actions])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        menu.addMenu(self.tr("&Session")).addActions([*session.actions, session.time_action])
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([prefs.mute_action, self.fullscreen_action])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addActions([self.cramp.relief_action, self.about_action])
        self.toolbar = toolbar = FittingToolBar(self.tr("Session"), self)
        self.addToolBar(toolbar)
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.cramp.relief_action, self.cramp.clock_action])
        relief_button = toolbar.widgetForAction(self.cramp.relief_action)
        bold = relief_button.font()
        bold.setBold(True)
        relief_button.setFont(bold)
        toolbar.addActions(
            [self.routines_action, log.history_action, *session.actions, prefs.mute_action]
        )

    def place_file_action(self, action: QAction) -> None:
        """Put another owner's action in the File menu, before Settings (the desktop side's)."""
        self.file_menu.insertAction(self.preferences.settings_action, action)

    # --- keeping in step ------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """After the first paint: ``after_first_paint``, a step per turn of the loop."""
        if not self._painted and event.type() is QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            one_per_turn(self, self.after_first_paint)
        return super().event(event)

    def _refresh(self) -> None:
        """The page or a session's state changed: the title and which actions apply."""
        on_picker = self.pages.currentWidget() is self.picker
        self.session.update_actions(on_picker=on_picker)
        self.cramp.update_actions()
        self.routines_action.setEnabled(not on_picker)
        self._set_title(self.session.title() or APP_TITLE)
        draw_glyphs(self.actions(), QApplication.palette())  # set at once on a theme switch

    def _set_title(self, title: str) -> None:
        if title != self.windowTitle():  # each change is a round trip to the window system
            self.setWindowTitle(title)

    def _warning_status(self, text: str) -> None:
        bar = self.statusBar()
        if text:
            bar.showMessage(text)
        elif bar.currentMessage().startswith("\u26a0"):
            bar.clearMessage()

    def _follow_settings(self, settings: AppSettings, changed: frozenset[str]) -> None:
        if changed & SOUND_FIELDS:
            self.session.apply(settings)
        if changed & (SOUND_FIELDS | LOOK_FIELDS):
            self._refresh()  # the mute glyph; every glyph in the new theme's text colour
        if changed & PICKER_FIELDS:
            self._show_catalog()

    def _show_catalog(self) -> None:
        settings = self.services.settings.value
        select = self.picker.current_id() or settings.last_routine
        self.picker.set_catalog(self.services.catalog.current, settings.plan_settings(), select)

    # --- pages ----------------------------------------------------------------

    def show_picker(self) -> None:
        """List the routines; a routine left running waits, paused, with a way back."""
        self.cramp.before_leaving()
        self.session.leave()
        self.pages.setCurrentWidget(self.picker)
        self.picker.list.setFocus()
        self._refresh()

    def _leave(self) -> None:
        """Esc or Stop with no routine to stop: the cramp's question first, else the routines."""
        if not self.cramp.stop_asks():
            self.show_picker()

    def open_relief(self) -> None:
        """F1 / R: the relief page. Reading it starts nothing; a running routine waits, paused."""
        self.cramp.open()

    def open_history(self) -> None:
        """Ctrl+H: the log, its weekly chart, and the red flags it meets."""
        self.log.open()

    def _toggle_full_screen(self) -> None:
        self.showFullScreen() if self.fullscreen_action.isChecked() else self.showNormal()

    # --- the disclaimer ---------------------------------------------------------

    def disclaimer(self) -> str:
        """The medical disclaimer and the red flags, from the guidance content."""
        doctor = self.services.guidance.doctor
        flags = "\n".join(f"\u2022 {flag}" for flag in doctor.red_flags)
        return self.tr(
            "{disclaimer} Stretch gently and stop if it hurts.\n\n{intro}:\n{flags}"
        ).format(disclaimer=doctor.disclaimer, intro=doctor.intro, flags=flags)

    def show_about(self) -> AboutDialog:
        """Version, what the app is, and the medical disclaimer."""
        from spasm_stretch.ui.shell.about import AboutDialog

        box = AboutDialog(
            self.tr("About spasm-stretch"),
            self.tr(
                "spasm-stretch {version}\n"
                "Guided stretching for muscle cramps and spasms.\n\n{disclaimer}"
            ).format(version=__version__, disclaimer=self.disclaimer()),
            self,
        )
        box.open()
        return box

    def show_disclaimer_if_first_run(self) -> MessageBar | None:
        """Show the medical disclaimer in a bar at the top until the person says they read it.

        A bar, not a window: it never covers a timer and never takes the
        keyboard, so someone opening the app for a cramp can press 1 at once.
        """
        settings = self.services.settings
        if settings.value.disclaimer_seen:
            return None
        return show_first_run_notice(self.messages, self.services.guidance.doctor, settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window's size and place; end any session and any cramp being timed."""
        self.services.settings.store.save_geometry(self.saveGeometry())
        self.cramp.save_details()
        self.session.close()
        self.cramp.close()  # an open cramp is asked about at the next start, never ended now
        self.services.keeper.stop()
        self.messages.clear()
        super().closeEvent(event)
