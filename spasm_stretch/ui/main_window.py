"""The main window: the controller that wires the picker, session, relief and history screens.

Views only lay out widgets; this class owns the session driver, turns
actions (buttons, menus and keys alike) into driver calls and routes driver
signals back to the views. All timing comes from the driver.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from spasm_stretch import __version__
from spasm_stretch.audio.output import AudioOutput, make_audio_output
from spasm_stretch.audio.voice import Speaker
from spasm_stretch.core.catalog import Catalog
from spasm_stretch.core.clock import Clock, scaled_clock
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.cues import cue_for, spoken_phrase
from spasm_stretch.core.engine import EventKind, Position, Session, SessionEvent, SessionState
from spasm_stretch.core.model import Routine
from spasm_stretch.core.plan import PlanSettings, format_duration, make_plan
from spasm_stretch.history import History
from spasm_stretch.history import now as history_now
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir
from spasm_stretch.settings import AppSettings, SettingsStore
from spasm_stretch.ui.cramp_episode import CrampEpisode
from spasm_stretch.ui.icons import glyph
from spasm_stretch.ui.picker import PickerView
from spasm_stretch.ui.theme import apply_theme

if TYPE_CHECKING:
    from spasm_stretch.core.log_review import LogReview
    from spasm_stretch.core.records import Episode, SessionRecord
    from spasm_stretch.ui.finished_view import FinishedView
    from spasm_stretch.ui.history_view import HistoryView
    from spasm_stretch.ui.relief_view import ReliefView
    from spasm_stretch.ui.session_view import SessionView
    from spasm_stretch.ui.settings_dialog import SettingsDialog

APP_TITLE = "spasm-stretch"
RELIEF_PREPARE_SECONDS = 3.0  # a cramp is already here: just enough time to get into position


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
        make_voice: Callable[[], Speaker] | None = None,
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
        self.guidance = load_guidance(assets_dir() / "content")
        self.picker = PickerView(self.guidance.relief.areas)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.setCentralWidget(self.pages)
        self.history = history
        self.cramp = CrampEpisode(
            self._clock, self.guidance.doctor.long_cramp_minutes * 60, history,
            speed=speed, parent=self,
        )  # fmt: skip
        self.cramp.changed.connect(self._on_cramp_changed)
        self.cramp.limit_reached.connect(self._on_cramp_limit)
        self._logged_session: int | None = None
        self._voice: Speaker | None = None
        self.audio = audio or make_audio_output("silent", self)
        self._make_voice = make_voice or self.audio.make_voice
        self.audio.setParent(self)
        self.audio.notice.connect(self.statusBar().showMessage)
        self._apply_audio_settings()
        self._make_actions()
        self._make_menus_and_toolbar()
        if history is not None and history.notice:
            self.statusBar().showMessage(history.notice)
        self.picker.routine_chosen.connect(self.start_routine)
        self.picker.relief_area.connect(self.relief_for_area)
        self.picker.relief_requested.connect(self.open_relief)
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
        view.back_to_relief.connect(self.open_relief)
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def relief_view(self) -> ReliefView:
        """The quick-relief page, built the first time help is asked for."""
        from spasm_stretch.ui.relief_view import ReliefView

        view = ReliefView(self.guidance)
        view.area_chosen.connect(self.relief_for_area)
        view.timer_toggled.connect(self._toggle_cramp_timer)
        view.details_changed.connect(self._save_cramp_details)
        view.discarded.connect(self.cramp.discard)
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def history_view(self) -> HistoryView:
        """The log page, built the first time it is opened."""
        from spasm_stretch.ui.history_view import HistoryView

        view = HistoryView()
        view.export_csv.connect(self.export_csv)
        view.export_pdf.connect(self.export_pdf)
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
        self.relief_action = self._action(
            "Cramp &help", ["F1", "R"], "Quick relief for a cramp happening now", self.open_relief
        )
        self.history_action = self._action(
            "&History", ["Ctrl+H"], "Your log of cramps and routines, and reports",
            self.open_history,
        )  # fmt: skip
        self.area_actions = [
            self._action(
                f"Cramp: {area.label}", [str(number)],
                f"Cramp in the {area.label.lower()}: stretch now",
                functools.partial(self._area_key, area.routine_id),
            )
            for number, area in enumerate(self.guidance.relief.areas, start=1)
        ]  # fmt: skip
        self.about_action = self._action(
            "&About spasm-stretch", [], "Version and medical disclaimer", self.show_about
        )
        self.quit_action = self._action("&Quit", ["Ctrl+Q"], "Quit", self.close)  # fmt: skip

    def _make_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions(
            [self.routines_action, self.history_action, self.reload_action, self.settings_action]
        )
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
        help_menu.addActions([self.relief_action, self.about_action])
        toolbar = self.addToolBar("Session")
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.relief_action)
        relief_button = toolbar.widgetForAction(self.relief_action)
        bold = relief_button.font()
        bold.setBold(True)
        relief_button.setFont(bold)
        toolbar.addActions(
            [self.routines_action, self.history_action, self.start_action,
             self.back_action, self.next_action, self.extend_action, self.stop_action,
             self.mute_action]
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

    def open_routine(self, routine_id: str, plan_settings: PlanSettings | None = None) -> bool:
        """Show ``routine_id`` ready to start (``run ROUTINE``); False if it is unknown."""
        routine = self.catalog.find(routine_id)
        if routine is None:
            return False
        self._open(routine, plan_settings or self.settings.plan_settings())
        self.session_view.set_message("Ready. Press Space to start.")
        return True

    def start_routine(self, routine_id: str, *, prepare: float | None = None) -> None:
        """Open ``routine_id`` and start it straight away (with a ``prepare`` time, if given)."""
        plan = self.settings.plan_settings()
        if prepare is not None:
            plan = dataclasses.replace(plan, prepare=prepare)
        if not self.open_routine(routine_id, plan):
            self.statusBar().showMessage(f"The routine {routine_id!r} is not loaded.")
        elif self.driver is not None:
            self.driver.start()

    def _open(self, routine: Routine, plan_settings: PlanSettings) -> None:
        self._drop_driver()
        self.routine = routine
        plan = make_plan(routine, plan_settings)
        session = Session(plan, self._clock)
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

    # --- a cramp now ------------------------------------------------------

    def open_relief(self) -> None:
        """F1 / R: the relief page; opening it starts timing a cramp unless one is timed."""
        self._drop_driver()
        view = self.relief_view
        if not self.cramp.timer.running:
            self._start_cramp()
        self.pages.setCurrentWidget(view)
        view.area_buttons[next(iter(view.area_buttons))].setFocus()
        self._update_title()
        self._update_actions()

    def relief_for_area(self, routine_id: str) -> None:
        """An area button: note where the cramp is and start its stretch at once."""
        if not self.cramp.timer.running:
            self._start_cramp()
        self.relief_view.set_area(routine_id)
        self._save_cramp_details()
        self.start_routine(routine_id, prepare=RELIEF_PREPARE_SECONDS)

    def _area_key(self, routine_id: str) -> None:
        """Keys 1-5 act where the area buttons are shown; elsewhere they do nothing."""
        if self._showing("relief_view") or self.pages.currentWidget() is self.picker:
            self.relief_for_area(routine_id)

    def _start_cramp(self) -> None:
        """A new cramp: a clean checklist and form, and a new timer and log entry."""
        self.relief_view.reset()
        self.cramp.begin()

    def _toggle_cramp_timer(self) -> None:
        if self.cramp.timer.running:
            self.cramp.end()
        else:
            self._start_cramp()

    def _save_cramp_details(self) -> None:
        if "relief_view" in self.__dict__ and self.cramp.episode_id is not None:
            area, helped, tags, note = self.relief_view.details()
            self.cramp.save(area=area, helped=helped, tags=tags, note=note)

    def _on_cramp_changed(self) -> None:
        timer = self.cramp.timer
        if "relief_view" in self.__dict__:
            self.relief_view.show_timer(timer)
        if timer.running:
            long = "\u26a0 " if timer.over_limit() else ""
            self.relief_action.setText(f"{long}Cramp {format_duration(timer.elapsed())}")
        else:
            self.relief_action.setText("Cramp &help")
            if self.statusBar().currentMessage().startswith("\u26a0"):
                self.statusBar().clearMessage()

    def _on_cramp_limit(self) -> None:
        """The cramp has lasted the limit: say so on every page, not only on the relief page."""
        doctor = self.guidance.doctor
        text = f"This cramp has lasted {doctor.long_cramp_minutes} minutes. {doctor.long_cramp_now}"
        self.statusBar().showMessage("\u26a0 " + text)
        if not self._showing("relief_view"):
            self._message("A long cramp", text)

    # --- the log ----------------------------------------------------------

    def open_history(self) -> None:
        """Ctrl+H: the log, its weekly chart, and the red flags it meets."""
        self._drop_driver()
        view = self.history_view
        episodes, sessions = self._log()
        view.show_log(episodes, sessions, self._review(episodes, sessions), self.guidance.doctor)
        self.pages.setCurrentWidget(view)
        view.tabs.setFocus()
        self._update_title()
        self._update_actions()

    def _log(self) -> tuple[list[Episode], list[SessionRecord]]:
        if self.history is None:
            return [], []
        return self.history.episodes(), self.history.sessions()

    def _review(self, episodes: list[Episode], sessions: list[SessionRecord]) -> LogReview:
        from spasm_stretch.core.log_review import review_log

        return review_log(episodes, sessions, self.guidance.doctor, now=history_now())

    def _save_path(self, caption: str, name: str, kinds: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path.home() / f"{name}-{history_now():%Y-%m-%d}")
        chosen, _ = QFileDialog.getSaveFileName(self, caption, start, kinds)
        return Path(chosen) if chosen else None

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the whole log as CSV (asking where, unless ``path`` is given)."""
        from spasm_stretch.history_report import write_csv

        path = path or self._save_path("Export the log as CSV", "cramp-log", "CSV (*.csv)")
        if path is None:
            return None
        episodes, sessions = self._log()
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                write_csv(episodes, sessions, out)
        except OSError as exc:
            self._message("Could not export", f"The log could not be saved as {path}: {exc}")
            return None
        self.statusBar().showMessage(f"Log saved as {path}")
        return path

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Save the one-page report for a doctor as PDF (asking where, unless ``path`` is given)."""
        from spasm_stretch.history_report import report_html
        from spasm_stretch.ui.pdf_report import write_pdf

        path = path or self._save_path(
            "Save a report for your doctor", "cramp-report", "PDF (*.pdf)"
        )
        if path is None:
            return None
        episodes, sessions = self._log()
        markup = report_html(
            episodes, self._review(episodes, sessions), self.guidance.doctor, printed=history_now()
        )
        try:
            write_pdf(markup, path, "Muscle cramp log")
        except OSError as exc:
            self._message("Could not save the report", f"{path}: {exc}")
            return None
        self.statusBar().showMessage(f"Report saved as {path}")
        return path

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
            self.finished_view.offer_relief(self.cramp.timer.running)
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
        if (
            self._showing("relief_view")
            or self._showing("history_view")
            or self._showing("finished_view")
            or (self.driver is not None and self.driver.session.state is SessionState.READY)
        ):
            self.show_picker()
        elif self.driver is not None:
            self.driver.stop()

    def _toggle_mute(self) -> None:
        self._remember(sound=not self.mute_action.isChecked())
        self._apply_audio_settings()
        self._update_actions()

    def _apply_audio_settings(self) -> None:
        self.audio.apply(self.settings)
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
                self.settings, self.audio.name, self, voice_unavailable=voice.reason,
                devices=self.audio.devices(), test_sound=self.audio.test_sound,
            )  # fmt: skip
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

    def _message(self, title: str, text: str, *, modal: bool = True) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if modal:
            box.open()
        else:  # a message box is modal unless told otherwise, and open() would make it so
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.show()
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
        # Not modal: someone opening the app for a cramp must be able to click past it.
        return self._message("Before you start", self.disclaimer(), modal=False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window's size and place; end any session and any cramp being timed."""
        self.store.save_geometry(self.saveGeometry())
        self._save_cramp_details()
        self.cramp.end()  # closing the app is the plainest sign that the cramp is over
        self.cramp.release()
        self._drop_driver()
        self.audio.close()
        super().closeEvent(event)


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(assets_dir() / "icons" / "spasm-stretch.svg"))
