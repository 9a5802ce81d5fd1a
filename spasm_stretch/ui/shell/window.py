"""The main window as a shell: the page stack, the message bars, menus and toolbar.

The controllers own their flows and actions (session, relief, log, settings,
editor, exchange); the shell has them made and wired over the services the
composition root made (app.py, ``controllers.py``), places their actions in
menus and the toolbar, and keeps the title and the actions' state in step
with the page shown.

It can be drawn before it is complete: the list, the menu titles and the
toolbar's own button first (its height too, so nothing moves later), the
controllers and their actions from ``complete()``, which the app runs just
after the first paint: their modules and set-up (~25 ms) never delay the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from spasm_stretch import APP_TITLE, __version__
from spasm_stretch.ui.picker.view import PickerView
from spasm_stretch.ui.session.sound import SOUND_FIELDS
from spasm_stretch.ui.settings.controller import LOOK_FIELDS
from spasm_stretch.ui.shell.first_run import fit_to_screen, show_first_run_notice
from spasm_stretch.ui.shell.toolbar import FittingToolBar
from spasm_stretch.ui.widgets.actions import draw_glyphs, make_action
from spasm_stretch.ui.widgets.turns import FirstPaintSteps

if TYPE_CHECKING:  # types only (About is built the first time it opens)
    from PySide6.QtGui import QAction, QCloseEvent

    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.settings.store import AppSettings
    from spasm_stretch.ui.editor.controller import EditorController
    from spasm_stretch.ui.editor.exchange import ExchangeController
    from spasm_stretch.ui.log.controller import LogController
    from spasm_stretch.ui.relief.controller import CrampController
    from spasm_stretch.ui.services import Services
    from spasm_stretch.ui.session.controller import SessionController
    from spasm_stretch.ui.settings.controller import SettingsController
    from spasm_stretch.ui.shell.about import AboutDialog
    from spasm_stretch.ui.widgets.message_bar import MessageBar

# The cards show lengths (the timings) in fonts sized from the text size (the look).
PICKER_FIELDS = frozenset({"hold", "prepare", "rest"}) | LOOK_FIELDS


def _guard_keys(window: QMainWindow) -> None:
    """Space/Enter press the focused button, not a shortcut (keys.py, imported here)."""
    from spasm_stretch.ui.widgets.keys import guard_focused_keys

    guard_focused_keys(window)


class MainWindow(FirstPaintSteps):
    """The routine list, and the pages the controllers show, in one window."""

    # Made by complete() (controllers.py); until then only the list and the shell exist.
    cramp: CrampController
    session: SessionController
    log: LogController
    preferences: SettingsController
    editing: EditorController
    exchange: ExchangeController

    def __init__(
        self,
        services: Services,
        *,
        make_voice: Callable[[], Speaker] | None = None,
        complete: bool = True,
    ) -> None:
        super().__init__()
        self.services = services
        self.messages = services.messages
        self.completed = False
        self._make_voice = make_voice
        # Just after the first paint, so neither delays the window: the key guard
        # (an app-wide event filter: the first events through it make PySide build
        # the Python types of Qt's own objects, ~8 ms), then the sound output.
        self.after_first_paint += [lambda: _guard_keys(self), services.audio.load_in_background]
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
        self.statusBar()  # made now, so the page keeps its height when a message comes
        self._make_actions()
        self._make_menus_and_toolbar()
        self.show_catalog()
        geometry = services.settings.store.geometry()
        fit_to_screen(self, restored=geometry is not None and self.restoreGeometry(geometry))
        self.pages.setCurrentWidget(self.picker)
        self.picker.list.setFocus()
        self.refresh()  # the Routines glyph drawn now gives the toolbar its height at once
        if complete:
            self.complete()

    def complete(self) -> None:
        """Make the controllers, wire them, and put their actions in the menus and toolbar.

        Once; ``complete=False`` at construction leaves it to the caller (the
        app runs it just after the first paint). Until then the list shows,
        and choosing from it does nothing yet.
        """
        if self.completed:
            return
        from spasm_stretch.ui.shell.controllers import add_controllers, catch_up, wire

        self.completed = True
        self.services.audio.notice.connect(self.statusBar().showMessage)
        add_controllers(self, self._make_voice)
        wire(self)
        self._place_controller_actions()
        catch_up(self)
        self.refresh()

    def _make_actions(self) -> None:
        self.routines_action = make_action(
            self, self.tr("&Routines"), ["Ctrl+L"], self.tr("Back to the routine list"),
            self.show_picker, icon="list",
        )  # fmt: skip
        self.fullscreen_action = make_action(
            self, self.tr("&Full screen"), ["F11"], self.tr("Full screen on or off"),
            self.toggle_full_screen, checkable=True,
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

    def _make_menus_and_toolbar(self) -> None:
        """The menus' titles and the toolbar with the shell's own button (its height, at once)."""
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.routines_action, self.reload_action])
        self._file_groups = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.session_menu = menu.addMenu(self.tr("&Session"))
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.fullscreen_action)
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)
        self.toolbar = toolbar = FittingToolBar(self.tr("Session"), self)
        self.addToolBar(toolbar)
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.routines_action)

    def _place_controller_actions(self) -> None:
        session, log, prefs, cramp = self.session, self.log, self.preferences, self.cramp
        file_menu = self.file_menu
        file_menu.insertActions(self.reload_action, [log.history_action, log.undo_action])
        file_menu.insertAction(self._file_groups, prefs.settings_action)
        file_menu.insertActions(self.quit_action, [*self.editing.actions, *self.exchange.actions])
        file_menu.insertSeparator(self.quit_action)
        self.session_menu.addActions([*session.actions, session.time_action])
        self.view_menu.insertAction(self.fullscreen_action, prefs.mute_action)
        self.help_menu.insertAction(self.about_action, cramp.relief_action)
        toolbar = self.toolbar
        toolbar.insertActions(self.routines_action, [cramp.relief_action, cramp.clock_action])
        relief_button = toolbar.widgetForAction(cramp.relief_action)
        bold = relief_button.font()
        bold.setBold(True)
        relief_button.setFont(bold)
        toolbar.addActions([log.history_action, *session.actions, prefs.mute_action])

    def place_file_action(self, action: QAction) -> None:
        """Put another owner's action in the File menu, before Settings (the desktop side's)."""
        self.file_menu.insertAction(self.preferences.settings_action, action)

    # --- keeping in step ------------------------------------------------------

    def refresh(self) -> None:
        """The title and which actions apply on the page shown (before complete(): the shell's)."""
        on_picker = self.pages.currentWidget() is self.picker
        if self.completed:
            self.session.update_actions(on_picker=on_picker)
            self.cramp.update_actions()
        self.routines_action.setEnabled(not on_picker)
        title = self.session.title() if self.completed else ""
        self.set_title(title or APP_TITLE)
        draw_glyphs(self.actions(), QApplication.palette())  # set at once on a theme switch

    def set_title(self, title: str) -> None:
        """Title the window (a session's step, or the app's name)."""
        if title != self.windowTitle():  # each change is a round trip to the window system
            self.setWindowTitle(title)

    def warning_status(self, text: str) -> None:
        """Show a cramp's warning in the status bar; "" clears one shown before."""
        bar = self.statusBar()
        if text:
            bar.showMessage(text)
        elif bar.currentMessage().startswith("\u26a0"):
            bar.clearMessage()

    def follow_settings(self, settings: AppSettings, changed: frozenset[str]) -> None:
        """Apply changed settings: the sound, the glyphs' colours, the cards' lengths."""
        if changed & SOUND_FIELDS:
            self.session.apply(settings)
        if changed & (SOUND_FIELDS | LOOK_FIELDS):
            self.refresh()  # the mute glyph; every glyph in the new theme's text colour
        if changed & PICKER_FIELDS:
            self.show_catalog()

    def show_catalog(self) -> None:
        """List the catalog's routines, keeping the one selected (or the last one run)."""
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
        self.refresh()

    def leave_page(self) -> None:
        """Esc or Stop with no routine to stop: the cramp's question first, else the routines."""
        if not self.cramp.stop_asks():
            self.show_picker()

    def open_relief(self) -> None:
        """F1 / R: the relief page. Reading it starts nothing; a running routine waits, paused."""
        self.cramp.open()

    def open_history(self) -> None:
        """Ctrl+H: the log, its weekly chart, and the red flags it meets."""
        self.log.open()

    def toggle_full_screen(self) -> None:
        """F11: full screen on or off, as its action is checked."""
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
        if self.completed:  # closed in the moment before complete(): nothing was started
            self.cramp.save_details()
            self.session.close()
            self.cramp.close()  # an open cramp is asked about at the next start, never ended now
        self.services.keeper.stop()
        self.messages.clear()
        super().closeEvent(event)
