"""The main window: the controller that wires the picker, session and finished screens.

Views only lay out widgets; this class owns the session driver, turns
actions (buttons, menus and keys alike) into driver calls and routes driver
signals back to the views. All timing comes from the driver.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from spasm_stretch import __version__
from spasm_stretch.audio.output import AudioOutput, make_audio_output
from spasm_stretch.audio.voice import Speaker, Voice
from spasm_stretch.core.catalog import Catalog
from spasm_stretch.core.clock import Clock, scaled_clock
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.cues import cue_for, spoken_phrase
from spasm_stretch.core.engine import EventKind, Position, Session, SessionEvent, SessionState
from spasm_stretch.core.model import Routine
from spasm_stretch.core.plan import format_duration, make_plan
from spasm_stretch.history import History
from spasm_stretch.history import now as history_now
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir
from spasm_stretch.settings import AppSettings, SettingsStore
from spasm_stretch.ui.icons import glyph
from spasm_stretch.ui.picker import PickerView
from spasm_stretch.ui.theme import apply_theme

if TYPE_CHECKING:
    from spasm_stretch.ui.finished_view import FinishedView
    from spasm_stretch.ui.session_view import SessionView
    from spasm_stretch.ui.settings_dialog import SettingsDialog

APP_TITLE = "spasm-stretch"


class MainWindow(QMainWindow):
    """Picker, session and finished screens in one window, driven by keys or mouse."""

    _painted = False  # a class default: Qt sends events while __init__ is still running

    def __init__(
        self,
        catalog: Catalog,
        store: SettingsStore,
        *,
        clock: Clock,
        speed: float = 1.0,
        reload_catalog: Callable[[], Catalog] | None = None,
        audio: AudioOutput | None = None,
        make_voice: Callable[[], Speaker] = Voice,
        history: History | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.store = store
        self.settings = store.load()
        self._clock = clock if speed == 1 else scaled_clock(speed, clock)
        self._speed = speed
        self._reload_catalog = reload_catalog
        self.driver: SessionDriver | None = None
        self.routine: Routine | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.picker = PickerView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.setCentralWidget(self.pages)
        self.guidance = load_guidance(assets_dir() / "content")
        self.history = history
        self._logged_session: int | None = None
        self._voice: Speaker | None = None
        self._make_voice = make_voice
        self.audio = audio or make_audio_output("silent", self)
        self.audio.setParent(self)
        self.audio.notice.connect(self.statusBar().showMessage)
        self._apply_audio_settings()
        self._make_actions()
        self._make_menus_and_toolbar()
        if history is not None and history.notice:
            self.statusBar().showMessage(history.notice)
        self.picker.routine_chosen.connect(self.start_routine)
        self.picker.set_catalog(catalog, self.settings.plan_settings(), self.settings.last_routine)
        geometry = store.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(960, 680)
        self.setMinimumSize(QSize(760, 560))
        self.show_picker()

    @functools.cached_property
    def session_view(self) -> SessionView:
        """The session page, built the first time a routine opens (not before first paint)."""
        from spasm_stretch.ui.session_view import SessionView

        view = SessionView()
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def finished_view(self) -> FinishedView:
        """The summary page, built the first time a session ends."""
        from spasm_stretch.ui.finished_view import FinishedView

        view = FinishedView()
        view.again.connect(self._again)
        view.back_to_routines.connect(self.show_picker)
        self.pages.addWidget(view)
        return view

    def _showing(self, page: str) -> bool:
        """Whether the page cached under ``page`` is on screen, without building it."""
        return self.pages.currentWidget() is self.__dict__.get(page)

    def event(self, event: QEvent) -> bool:
        """Open the sound output just after the first paint, so it never delays the window."""
        if not self._painted and event.type() is QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.audio.load)
        return super().event(event)

    # --- actions --------------------------------------------------------

    def _action(self, text: str, keys: list[str], tip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        shown_key = (
            QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        )
        action.setToolTip(f"{tip} ({shown_key})" if shown_key else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.start_action = self._action("&Start / Pause", ["Space"], "Start or pause", self.toggle)
        self.back_action = self._action(
            "&Back",
            ["Left"],
            "Restart this step; twice for the previous step",
            lambda: self._drive(SessionDriver.back),
        )
        self.next_action = self._action(
            "&Next", ["Right"], "Skip to the next hold", lambda: self._drive(SessionDriver.next)
        )
        self.extend_action = self._action(
            "+10 s",
            ["+", "=", "Ctrl++"],
            "Ten more seconds for this hold",
            lambda: self._drive(SessionDriver.extend),
        )
        self.stop_action = self._action(
            "S&top", ["Escape"], "Stop the session", self._stop_or_leave
        )
        self.mute_action = self._action("&Mute", ["M"], "Sound cues on or off", self._toggle_mute)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(not self.settings.sound)
        self.fullscreen_action = self._action(
            "&Full screen", ["F11"], "Full screen on or off", self._toggle_full_screen
        )
        self.fullscreen_action.setCheckable(True)
        self.settings_action = self._action(
            "S&ettings...",
            ["Ctrl+,"],
            "Hold length, timings, sound, theme, text size",
            self.open_settings,
        )
        self.reload_action = self._action(
            "&Reload routines", ["F5"], "Load routine files again", self.reload_routines
        )
        self.routines_action = self._action(
            "&Routines", ["Ctrl+L"], "Back to the routine list", self.show_picker
        )
        self.about_action = self._action(
            "&About spasm-stretch", [], "Version and medical disclaimer", self.show_about
        )
        self.quit_action = self._action("&Quit", ["Ctrl+Q"], "Quit", self.close)  # fmt: skip

    def _make_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.routines_action, self.reload_action, self.settings_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        session_menu = menu.addMenu("&Session")
        session_menu.addActions(
            [
                self.start_action,
                self.back_action,
                self.next_action,
                self.extend_action,
                self.stop_action,
            ]
        )
        view_menu = menu.addMenu("&View")
        view_menu.addActions([self.mute_action, self.fullscreen_action])
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar("Session")
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(
            [self.routines_action, self.start_action, self.back_action, self.next_action,
             self.extend_action, self.stop_action, self.mute_action]
        )  # fmt: skip

    def _update_actions(self) -> None:
        page = self.pages.currentWidget()
        state = self.driver.session.state if self.driver else None
        in_session = self._showing("session_view") and state in (
            SessionState.READY,
            SessionState.RUNNING,
            SessionState.PAUSED,
        )
        running = state is SessionState.RUNNING
        self.start_action.setEnabled(in_session or page is self.picker)
        self.start_action.setText("&Pause" if running and in_session else "&Start")
        self._refresh_icons(pause=running and in_session)
        for action in (self.back_action, self.next_action, self.extend_action):
            action.setEnabled(in_session and state is not SessionState.READY)
        self.stop_action.setEnabled(page is not self.picker)
        self.routines_action.setEnabled(page is not self.picker)

    def _refresh_icons(self, *, pause: bool = False) -> None:
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        for action, name in (
            (self.start_action, "pause" if pause else "play"),
            (self.back_action, "back"),
            (self.next_action, "next"),
            (self.stop_action, "stop"),
            (self.mute_action, "sound-off" if self.mute_action.isChecked() else "sound-on"),
            (self.routines_action, "list"),
        ):
            action.setIcon(glyph(name, colour))

    # --- pages ----------------------------------------------------------

    def show_picker(self) -> None:
        """Leave any session and list the routines."""
        self._drop_driver()
        self.pages.setCurrentWidget(self.picker)
        self.picker.list.setFocus()
        self._update_title()
        self._update_actions()

    def open_routine(self, routine_id: str) -> bool:
        """Show ``routine_id`` ready to start (``run ROUTINE``); False if it is unknown."""
        routine = self.catalog.find(routine_id)
        if routine is None:
            return False
        self._open(routine)
        self.session_view.set_message("Ready. Press Space to start.")
        return True

    def start_routine(self, routine_id: str) -> None:
        """Open ``routine_id`` and start it straight away."""
        if self.open_routine(routine_id) and self.driver is not None:
            self.driver.start()

    def _open(self, routine: Routine) -> None:
        self._drop_driver()
        self.routine = routine
        session = Session(make_plan(routine, self.settings.plan_settings()), self._clock)
        driver = SessionDriver(session, speed=self._speed, parent=self)
        driver.event_fired.connect(self._on_event)
        driver.ticked.connect(self._on_tick)
        driver.state_changed.connect(self._on_state)
        self.driver = driver
        self.session_view.show_session(session)
        self.pages.setCurrentWidget(self.session_view)
        self.session_view.setFocus()
        driver.set_display_ticks(True)
        self._remember(last_routine=routine.id)
        self._update_title(session.position())
        self._update_actions()

    def _drop_driver(self) -> None:
        if self.driver is not None:
            self.driver.set_display_ticks(False)
            self.driver.stop()  # logs a session left part-way as stopped
            self.driver.deleteLater()
            self.driver = None
        self._logged_session = None

    def _again(self) -> None:
        if self.routine is not None:
            self.start_routine(self.routine.id)

    # --- driver signals -------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        if self.driver is None:
            return
        cue = cue_for(event)
        if cue is not None:
            self.audio.play(cue)
            self.session_view.flash(event.planned)
        phrase = spoken_phrase(event, self.driver.session.plan.routine)
        if phrase is not None and self.settings.voice and self.settings.sound:
            self.voice().say(phrase)
        if event.kind is EventKind.PAUSED:
            self.session_view.set_message(
                event.text + ". Press Space to continue."
                if event.stalled
                else "Paused. Press Space to continue."
            )
        elif event.kind is EventKind.RESUMED or (
            event.starts_segment and self.driver.session.state is SessionState.RUNNING
        ):
            self.session_view.set_message("")

    def _on_tick(self, position: Position) -> None:
        if self._showing("session_view"):
            self.session_view.refresh(position)
        self._update_title(position)

    def _log_session(self, state: SessionState) -> None:
        """Write the session to the history as it starts and as it ends."""
        if self.history is None or self.driver is None or self.routine is None:
            return
        if state is SessionState.RUNNING and self._logged_session is None:
            self._logged_session = self.history.start_session(
                self.routine.id, self.routine.name, history_now()
            )
        elif state in (SessionState.FINISHED, SessionState.STOPPED) and self._logged_session:
            step = self.driver.position().segment.step_index + 1
            finished = state is SessionState.FINISHED
            self.history.end_session(
                self._logged_session, history_now(), finished=finished,
                stopped_at_step=None if finished else step,
            )  # fmt: skip
            self._logged_session = None

    def _on_state(self, state: SessionState) -> None:
        self._log_session(state)
        if state in (SessionState.FINISHED, SessionState.STOPPED) and self.driver and self.routine:
            summary = self.driver.session.summary()
            self.driver.set_display_ticks(False)
            self.finished_view.show_summary(
                self.routine, summary, finished=state is SessionState.FINISHED
            )
            self.pages.setCurrentWidget(self.finished_view)
            self._update_title()
        self._update_actions()

    def _update_title(self, position: Position | None = None) -> None:
        if self._showing("session_view") and self.routine is not None and position is not None:
            self.setWindowTitle(
                f"{self.routine.name} · {format_duration(position.time_left)} left — {APP_TITLE}"
            )
        elif self._showing("finished_view") and self.routine is not None:
            self.setWindowTitle(f"{self.routine.name} · done — {APP_TITLE}")
        else:
            self.setWindowTitle(APP_TITLE)

    # --- controls -------------------------------------------------------

    def toggle(self) -> None:
        """Space: start the chosen routine, or start/pause/resume the session."""
        if self.pages.currentWidget() is self.picker:
            routine_id = self.picker.current_id()
            if routine_id is not None:
                self.start_routine(routine_id)
        elif self.driver is not None:
            self.driver.toggle()

    def _drive(self, control: Callable[[SessionDriver], None]) -> None:
        if self.driver is not None:
            control(self.driver)

    def _stop_or_leave(self) -> None:
        if self._showing("finished_view") or (
            self.driver is not None and self.driver.session.state is SessionState.READY
        ):
            self.show_picker()
        elif self.driver is not None:
            self.driver.stop()

    def _toggle_mute(self) -> None:
        self._remember(sound=not self.mute_action.isChecked())
        self._apply_audio_settings()
        self._update_actions()

    def _apply_audio_settings(self) -> None:
        self.audio.enabled = self.settings.sound
        self.audio.set_volume(self.settings.volume / 100)
        self.audio.muted_cues = self.settings.muted_cues
        if self._voice is not None:
            self._voice.set_volume(self.settings.volume / 100)

    def voice(self) -> Speaker:
        """The speech engine, opened the first time it is needed or asked about."""
        if self._voice is None:
            self._voice = self._make_voice()
            self._voice.set_volume(self.settings.volume / 100)
        return self._voice

    def _toggle_full_screen(self) -> None:
        if self.fullscreen_action.isChecked():
            self.showFullScreen()
        else:
            self.showNormal()

    # --- settings, routines, about ----------------------------------------

    def open_settings(self) -> None:
        """Open the settings dialog; changes apply and are saved as they are made."""
        if self.settings_dialog is None:
            from spasm_stretch.ui.settings_dialog import SettingsDialog

            voice = self.voice()
            self.settings_dialog = SettingsDialog(
                self.settings, self.audio.name, self, voice_unavailable=voice.reason
            )
            self.settings_dialog.changed.connect(self.apply_settings)
        self.settings_dialog.open()

    def apply_settings(self, settings: AppSettings) -> None:
        """Save ``settings`` and apply them now (new timings apply to the next session)."""
        self.settings = settings
        self.store.save(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme, settings.text_scale)
        self.mute_action.setChecked(not settings.sound)
        self._apply_audio_settings()
        self._update_actions()
        self.picker.set_catalog(
            self.catalog, settings.plan_settings(), self.picker.current_id() or ""
        )

    def _remember(self, **changes: object) -> None:
        self.settings = dataclasses.replace(self.settings, **changes)  # type: ignore[arg-type]
        self.store.save(self.settings)

    def reload_routines(self) -> None:
        """Load the routine files again (after editing one) and refresh the list."""
        if self._reload_catalog is not None:
            self.catalog = self._reload_catalog()
            self.picker.set_catalog(
                self.catalog, self.settings.plan_settings(), self.picker.current_id() or ""
            )

    def _message(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def disclaimer(self) -> str:
        """The medical disclaimer and the red flags, from the guidance content."""
        doctor = self.guidance.doctor
        flags = "\n".join(f"\u2022 {flag}" for flag in doctor.red_flags)
        return (
            f"{doctor.disclaimer} Stretch gently and stop if it hurts.\n\n{doctor.intro}:\n{flags}"
        )

    def show_about(self) -> QMessageBox:
        """Version, what the app is, and the medical disclaimer."""
        return self._message(
            "About spasm-stretch",
            f"spasm-stretch {__version__}\n"
            f"Guided stretching for muscle cramps and spasms.\n\n{self.disclaimer()}",
        )

    def show_disclaimer_if_first_run(self) -> QMessageBox | None:
        """Show the medical disclaimer once, the first time the app opens."""
        if self.settings.disclaimer_seen:
            return None
        self._remember(disclaimer_seen=True)
        return self._message("Before you start", self.disclaimer())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window's size and place, and end any session."""
        self.store.save_geometry(self.saveGeometry())
        self._drop_driver()
        self.audio.close()
        super().closeEvent(event)


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(assets_dir() / "icons" / "spasm-stretch.svg"))
