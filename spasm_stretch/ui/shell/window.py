"""The main window: the controller that wires the picker, session, relief and history screens.

Views only lay out widgets; this class owns the session driver, turns
actions (buttons, menus and keys alike) into driver calls and routes driver
signals back to the views. All timing comes from the driver.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch import __version__
from spasm_stretch.audio.output import AudioOutput, make_audio_output
from spasm_stretch.audio.voice import Speaker
from spasm_stretch.core.catalog import Catalog
from spasm_stretch.core.clock import Clock, scaled_clock
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.cramp import END_CHOICES, Phase
from spasm_stretch.core.cue_words import cue_word
from spasm_stretch.core.cues import cue_for, spoken_phrase
from spasm_stretch.core.engine import EventKind, Position, Session, SessionEvent, SessionState
from spasm_stretch.core.log_words import log_words
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import PlanSettings, format_duration, format_left, make_plan
from spasm_stretch.core.records import SessionRecord
from spasm_stretch.i18n.text import current_language
from spasm_stretch.log.store import History
from spasm_stretch.log.store import now as history_now
from spasm_stretch.log.writer import LogWriter
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir, images_dir
from spasm_stretch.settings.store import AppSettings, SettingsStore
from spasm_stretch.ui.editor.controller import EditorController
from spasm_stretch.ui.editor.exchange import ExchangeController
from spasm_stretch.ui.editor.library import RoutineLibrary
from spasm_stretch.ui.log.controller import LogController
from spasm_stretch.ui.log.keeper import HISTORY, LogKeeper
from spasm_stretch.ui.picker.view import PickerView
from spasm_stretch.ui.relief.controller import CrampController
from spasm_stretch.ui.session.resume_offer import ResumeOffer
from spasm_stretch.ui.shell.toolbar import FittingToolBar
from spasm_stretch.ui.widgets.icons import glyph
from spasm_stretch.ui.widgets.message_bar import MessageArea, MessageBar
from spasm_stretch.ui.widgets.theme import apply_look
from spasm_stretch.user_paths import user_routines_dir

if TYPE_CHECKING:
    from spasm_stretch.ui.log.view import HistoryView
    from spasm_stretch.ui.relief.view import ReliefView
    from spasm_stretch.ui.session.finished import FinishedView
    from spasm_stretch.ui.session.view import SessionView
    from spasm_stretch.ui.settings.dialog import SettingsDialog
    from spasm_stretch.ui.shell.about import AboutDialog

APP_TITLE = "spasm-stretch"
LIVE_STATES = (SessionState.RUNNING, SessionState.PAUSED)
# Marked for translation here, translated where shown (the keys stay English).
STOPPED_TEXT = str(QT_TRANSLATE_NOOP("MainWindow", "Routine stopped."))
PAUSED_TEXT = str(QT_TRANSLATE_NOOP("MainWindow", "Your routine is paused."))
RESUME_BUTTONS = {
    STOPPED_TEXT: str(QT_TRANSLATE_NOOP("MainWindow", "Resume")),
    PAUSED_TEXT: str(QT_TRANSLATE_NOOP("MainWindow", "Back to your routine")),
}
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
        self.guidance = load_guidance(assets_dir() / "content", current_language())
        self.picker = PickerView(self.guidance.relief.areas)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.messages = MessageArea()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.messages)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.history = history
        self.resume_offer = ResumeOffer(self.messages, self)
        self.resume_offer.resumed.connect(self._back_to_session)
        self.resume_offer.expired.connect(self._drop_driver)
        words = log_words(
            assets_dir() / "content", current_language(), self.guidance.relief, catalog.routines
        )
        self.keeper = LogKeeper(LogWriter(history), self.messages, self, words=words)
        self.cramp = CrampController(
            self._clock, self.guidance, self.keeper, speed=speed, parent=self
        )
        self.log = LogController(self.keeper, self.guidance, self)
        self.log.changed.connect(self._log_changed)
        self.log.acknowledged.connect(lambda keys: self._remember(acknowledged_flags=keys))
        self.cramp.changed.connect(self._on_cramp_changed)
        self.cramp.warning.connect(self._on_cramp_limit)
        self.cramp.start_stretch.connect(self._start_cramp_stretch)
        self.cramp.side_chosen.connect(lambda side: self._remember(last_side=side))
        self.cramp.routine_chosen.connect(self._remember_relief_routine)
        self._session_key: int | None = None
        self._session_record: SessionRecord | None = None
        self._voice: Speaker | None = None
        self.audio = audio or make_audio_output("silent", self)
        self._make_voice = make_voice or self.audio.make_voice
        self.audio.setParent(self)
        self.audio.notice.connect(self.statusBar().showMessage)
        self._apply_audio_settings()
        self._make_actions()
        library = RoutineLibrary(
            lambda: self.catalog, self.picker.current_id, user_routines_dir(), (images_dir(),)
        )
        self.editing = EditorController(self, library)
        self.editing.try_routine.connect(self.try_routine)
        self.editing.saved.connect(self.reload_routines)
        self.editing.saved.connect(self.picker.select)  # after the reload: show what was saved
        self.exchange = ExchangeController(self, library)
        self.exchange.imported.connect(self.reload_routines)
        self.exchange.imported.connect(self.picker.select)
        self._make_menus_and_toolbar()
        if history is not None and history.notice:
            self.messages.post(HISTORY, history.notice)
        self.keeper.recover()
        self.cramp.ask_about_open()
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
        from spasm_stretch.ui.session.view import SessionView

        view = SessionView()
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def finished_view(self) -> FinishedView:
        """The summary page, built the first time a session ends."""
        from spasm_stretch.ui.session.finished import FinishedView

        view = FinishedView()
        view.again.connect(self._again)
        view.back_to_routines.connect(self.show_picker)
        view.back_to_relief.connect(self.open_relief)
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def relief_view(self) -> ReliefView:
        """The quick-relief page, built the first time help is asked for."""
        from spasm_stretch.ui.relief.view import ReliefView

        view = ReliefView(self.guidance)
        view.area_chosen.connect(self.relief_for_area)
        view.side_chosen.connect(self.cramp.choose_side)
        view.routine_chosen.connect(self.cramp.choose_routine)
        view.easing.connect(self.cramp.easing)
        view.stretch_again.connect(self.cramp.stretch_again)
        view.end_when_asked.connect(self.cramp.end_when_asked)
        view.end_now.connect(self.cramp.end_now)
        view.end_choice.connect(lambda index: self.cramp.end_with(END_CHOICES[index]))
        view.timer_toggled.connect(self._toggle_cramp_timer)
        view.details_changed.connect(self._save_cramp_details)
        view.discarded.connect(self.cramp.discard)
        self.pages.addWidget(view)
        return view

    @functools.cached_property
    def history_view(self) -> HistoryView:
        """The log page, built the first time it is opened."""
        from spasm_stretch.ui.log.view import HistoryView

        view = HistoryView()
        view.export_csv.connect(self.log.export_csv)
        view.export_pdf.connect(self.log.export_pdf)
        view.add_requested.connect(self.log.add)
        view.edit_requested.connect(self.log.edit)
        view.delete_requested.connect(self.log.delete)
        view.flags_read.connect(lambda: self.log.acknowledge(self.settings.acknowledged_flags))
        self.pages.addWidget(view)
        return view

    def _showing(self, page: str) -> bool:
        """Whether the page cached under ``page`` is on screen, without building it."""
        return self.pages.currentWidget() is self.__dict__.get(page)

    def event(self, event: QEvent) -> bool:
        """Open the sound output just after the first paint, so it never delays the window."""
        if not self._painted and event.type() is QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.audio.load_in_background)
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
        self.start_action = self._action(
            self.tr("&Start / Pause"), ["Space"], self.tr("Start or pause"), self.toggle
        )
        self.back_action = self._action(
            self.tr("&Back"),
            ["Left"],
            self.tr("Back to the start of this side or rep; twice for the one before"),
            lambda: self._drive(SessionDriver.back),
        )
        self.next_action = self._action(
            self.tr("&Next"),
            ["Right"],
            self.tr("Skip to the next hold"),
            lambda: self._drive(SessionDriver.next),
        )
        self.extend_action = self._action(
            self.tr("+10 s"),
            ["+", "=", "Ctrl++"],
            self.tr("Ten more seconds for this hold"),
            lambda: self._drive(SessionDriver.extend),
        )
        self.stop_action = self._action(
            self.tr("S&top"), ["Escape"], self.tr("Stop the session"), self._stop_or_leave
        )
        self.mute_action = self._action(
            self.tr("&Mute"), ["M"], self.tr("Sound cues on or off"), self._toggle_mute
        )
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(not self.settings.sound)
        self.fullscreen_action = self._action(
            self.tr("&Full screen"),
            ["F11"],
            self.tr("Full screen on or off"),
            self._toggle_full_screen,
        )
        self.fullscreen_action.setCheckable(True)
        self.settings_action = self._action(
            self.tr("S&ettings..."),
            ["Ctrl+,"],
            self.tr("Hold length, timings, sound, theme, text size"),
            self.open_settings,
        )
        self.reload_action = self._action(
            self.tr("&Reload routines"),
            ["F5"],
            self.tr("Load routine files again"),
            self.reload_routines,
        )
        self.routines_action = self._action(
            self.tr("&Routines"), ["Ctrl+L"], self.tr("Back to the routine list"), self.show_picker
        )
        self.relief_action = self._action(
            self.tr("Cramp &help"),
            ["F1", "R"],
            self.tr("Quick relief for a cramp happening now"),
            self.open_relief,
        )
        self.history_action = self._action(
            self.tr("&History"), ["Ctrl+H"],
            self.tr("Your log of cramps and routines, and reports"), self.open_history,
        )  # fmt: skip
        self.area_actions = [
            self._action(
                self.tr("Cramp: {area_name}").format(area_name=area.label), [str(number)],
                #: {area_name}: the area as written, for languages that keep its capitals.
                self.tr("Cramp in the {area}: stretch now").format(
                    area=area.label.lower(), area_name=area.label
                ),
                functools.partial(self._area_key, area.routine_id),
            )
            for number, area in enumerate(self.guidance.relief.areas, start=1)
        ]  # fmt: skip
        self.cramp_clock_action = self._action(
            self.tr("Cramp"),
            [],
            self.tr("The cramp being timed: open the relief page"),
            self.open_relief,
        )
        self.cramp_clock_action.setVisible(False)
        self.undo_action = self._action(
            self.tr("&Undo delete"),
            ["Ctrl+Z"],
            self.tr("Bring back the cramp just deleted"),
            self.log.undo,
        )
        self.about_action = self._action(
            self.tr("&About spasm-stretch"),
            [],
            self.tr("Version and medical disclaimer"),
            self.show_about,
        )
        self.quit_action = self._action(self.tr("&Quit"), ["Ctrl+Q"], self.tr("Quit"), self.close)

    def _make_menus_and_toolbar(self) -> None:
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.routines_action, self.history_action, self.undo_action, self.reload_action,
             self.settings_action]
        )  # fmt: skip
        file_menu.addSeparator()
        file_menu.addActions([*self.editing.actions, *self.exchange.actions])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        session_menu = menu.addMenu(self.tr("&Session"))
        session_menu.addActions(
            [
                self.start_action,
                self.back_action,
                self.next_action,
                self.extend_action,
                self.stop_action,
            ]
        )
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.mute_action, self.fullscreen_action])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addActions([self.relief_action, self.about_action])
        toolbar = FittingToolBar(self.tr("Session"), self)
        self.addToolBar(toolbar)
        toolbar.setObjectName("session-toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.relief_action, self.cramp_clock_action])
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
        self.start_action.setText(
            self.tr("&Pause") if running and in_session else self.tr("&Start")
        )
        self._refresh_icons(pause=running and in_session)
        for action in (self.back_action, self.next_action, self.extend_action):
            action.setEnabled(in_session and state is not SessionState.READY)
        self.stop_action.setEnabled(page is not self.picker)
        # On the relief page R means "right leg"; F1 still opens the page from anywhere.
        relief_keys = ["F1"] if self._showing("relief_view") else ["F1", "R"]
        self.relief_action.setShortcuts([QKeySequence(key) for key in relief_keys])
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
            (self.history_action, "chart"),
        ):
            action.setIcon(glyph(name, colour))

    # --- pages ----------------------------------------------------------

    def show_picker(self) -> None:
        """List the routines; a routine left running waits, paused, with a way back."""
        self._leave_session()
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
        self.session_view.set_message(self.tr("Ready. Press Space to start."))
        return True

    def start_routine(
        self, routine_id: str, *, prepare: float | None = None, side: str = ""
    ) -> None:
        """Open ``routine_id`` and start it now (with a ``prepare`` time, a ``side``, if given)."""
        plan = self.settings.plan_settings()
        if prepare is not None:
            plan = dataclasses.replace(plan, prepare=prepare)
        if side:
            plan = dataclasses.replace(plan, only_side=Side(side))
        if not self.open_routine(routine_id, plan):
            self.statusBar().showMessage(
                self.tr("The routine {routine} is not loaded.").format(routine=repr(routine_id))
            )
        elif self.driver is not None:
            self.driver.start()

    def try_routine(self, routine: Routine) -> None:
        """Run a routine that is not in the list (the editor's unsaved draft) now."""
        self._open(routine, self.settings.plan_settings())
        if self.driver is not None:
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

    def _leave_session(self, text: str = PAUSED_TEXT) -> None:
        """Pause a routine being left and offer it back; a cramp's own stretch ends as before."""
        driver = self.driver
        live = driver is not None and driver.session.state in LIVE_STATES
        if live and driver and self.cramp.flow.phase is not Phase.STRETCHING:
            if not self.resume_offer.waiting():
                self.resume_offer.park(driver, self.tr(text), self.tr(RESUME_BUTTONS[text]))
        elif not self.resume_offer.waiting():
            self._drop_driver()

    def _back_to_session(self) -> None:
        self.pages.setCurrentWidget(self.session_view)
        self.session_view.setFocus()
        self._update_actions()

    def _drop_driver(self) -> None:
        self.resume_offer.withdraw()
        if self.driver is not None:
            driver, self.driver = self.driver, None  # its "stopped" then changes no page
            self._on_state(SessionState.STOPPED, driver)
            driver.set_display_ticks(False)
            driver.stop()
            driver.deleteLater()
        self._session_key = None

    def _again(self) -> None:
        if self.routine is not None:
            self.start_routine(self.routine.id)

    # --- a cramp now ------------------------------------------------------

    def open_relief(self) -> None:
        """F1 / R: the relief page. Reading it starts nothing; a running routine waits, paused."""
        self._leave_session()
        self._show_relief()

    def _show_relief(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, self.settings)  # a cramp at 3 a.m.: the night theme if it is due
        view = self.relief_view
        self._on_cramp_changed()
        self.pages.setCurrentWidget(view)
        view.focus_question()
        self._update_title()
        self._update_actions()

    def relief_for_area(self, area_key: str) -> None:
        """An area button or key: a cramp there; for a leg, ask which one first."""
        self._drop_driver()
        routine_id = self.settings.relief_routine(area_key)
        if self.catalog.find(routine_id) is None:
            routine_id = area_key  # the chosen routine is gone: the built-in one still helps
        if not self.cramp.flow.active:
            self.relief_view.reset()
        self.relief_view.set_area(area_key)
        self.cramp.choose_area(area_key, routine_id)
        area = self.cramp.area()
        if self.cramp.flow.phase is Phase.SIDE and area is not None:
            offered = dict.fromkeys((routine_id, area.routine_id, *area.also))
            self.relief_view.set_variants(
                [(rid, found.name) for rid in offered if (found := self.catalog.find(rid))],
                routine_id,
            )
            self._show_relief()
            self.relief_view.offer_side_first(self.settings.last_side)

    def _start_cramp_stretch(self, routine_id: str, side: str) -> None:
        self.start_routine(routine_id, prepare=RELIEF_PREPARE_SECONDS, side=side)

    def _remember_relief_routine(self, area_key: str, routine_id: str) -> None:
        chosen = dict(self.settings.relief_routines) | {area_key: routine_id}
        self._remember(relief_routines=tuple(sorted(chosen.items())))

    def _area_key(self, area_key: str) -> None:
        """Keys 1-5 act where the area buttons are shown; elsewhere they do nothing."""
        if self._showing("relief_view") or self.pages.currentWidget() is self.picker:
            self.relief_for_area(area_key)

    def _toggle_cramp_timer(self) -> None:
        if self.cramp.flow.active:
            self.cramp.stop_by_hand()
        else:
            self.relief_view.reset()
            self.cramp.start_by_hand()

    def _save_cramp_details(self) -> None:
        if "relief_view" in self.__dict__:
            self.cramp.note(**self.relief_view.details())

    def _on_cramp_changed(self) -> None:
        flow = self.cramp.flow
        if "relief_view" in self.__dict__:
            self.relief_view.show_cramp(flow, stale=self.cramp.stale_question)
        long = "\u26a0 " if flow.warning_due() else ""
        self.cramp_clock_action.setText(
            long + self.tr("Cramp {length}").format(length=format_duration(flow.timer.elapsed()))
        )
        self.cramp_clock_action.setVisible(flow.active)
        if not flow.active:
            self.messages.remove("cramp-running")
            if self.statusBar().currentMessage().startswith("\u26a0"):
                self.statusBar().clearMessage()

    def _on_cramp_limit(self) -> None:
        """The cramp has lasted the limit: say so on every page, not only on the relief page."""
        doctor = self.guidance.doctor
        text = self.tr("This cramp has lasted {minutes} minutes. {advice}").format(
            minutes=doctor.long_cramp_minutes, advice=doctor.long_cramp_now
        )
        self.statusBar().showMessage("\u26a0 " + text)
        if not self._showing("relief_view"):
            self._message(self.tr("A long cramp"), text)

    # --- the log ----------------------------------------------------------

    def open_history(self) -> None:
        """Ctrl+H: the log, its weekly chart, and the red flags it meets."""
        self._leave_session()
        view = self.history_view
        self.log.fill(view, self.settings.acknowledged_flags)
        self.pages.setCurrentWidget(view)
        view.tabs.setFocus()
        self._update_title()
        self._update_actions()

    def _log_changed(self) -> None:
        if self._showing("history_view"):
            self.log.fill(self.history_view, self.settings.acknowledged_flags)
        self.cramp.ask_about_open()

    # --- driver signals -------------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        if self.driver is None:
            return
        cue = cue_for(event)
        if cue is not None:
            self.audio.play(cue)
            session = self.driver.session
            self.session_view.flash(
                event.planned, cue_word(event, session.segments, session.plan.routine) or ""
            )
        phrase = spoken_phrase(event, self.driver.session.plan.routine)
        if phrase is not None and self.settings.voice and self.settings.sound:
            self.voice().say(phrase)
        if event.kind is EventKind.PAUSED:
            self.session_view.set_message(
                self.tr("{event}. Press Space to continue.").format(event=event.text)
                if event.stalled
                else self.tr("Paused. Press Space to continue.")
            )
        elif event.kind is EventKind.RESUMED or (
            event.starts_segment and self.driver.session.state is SessionState.RUNNING
        ):
            self.session_view.set_message("")

    def _on_tick(self, position: Position) -> None:
        if self._showing("session_view"):
            self.session_view.refresh(position)
            if self.driver is not None:
                self.driver.set_display_interval(
                    self.session_view.ring.seconds_per_pixel(position.segment.length)
                )
        self._update_title(position)

    def _log_session(self, state: SessionState) -> None:
        """Write the session to the history as it starts and as it ends."""
        if self.driver is None or self.routine is None:
            return
        if state is SessionState.RUNNING and self._session_key is None:
            self._session_key = self.keeper.writer.new_key()
            name = self.routine.original_name or self.routine.name  # the log's language
            self._session_record = SessionRecord(
                0, self.routine.id, name, history_now(), None, False, None
            )
            self.keeper.save_session(self._session_key, self._session_record)
        elif state in (SessionState.FINISHED, SessionState.STOPPED) and self._session_key:
            assert self._session_record is not None
            step = self.driver.position().segment.step_index + 1
            finished = state is SessionState.FINISHED
            self.keeper.save_session(
                self._session_key,
                dataclasses.replace(
                    self._session_record, ended=history_now(), finished=finished,
                    stopped_at_step=None if finished else step,
                ),
            )  # fmt: skip
            self._session_key = None

    def _on_state(self, state: SessionState, dropped: SessionDriver | None = None) -> None:
        if dropped is not None:  # a session ended by leaving it: log it, show nothing
            self.driver = dropped
            self._log_session(state)
            self.driver = None
            return
        self._log_session(state)
        ended = state in (SessionState.FINISHED, SessionState.STOPPED)
        if ended and self.driver and self.cramp.stretch_ended():
            self.driver.set_display_ticks(False)
            self._show_relief()  # is it easing?
        elif ended and self.driver and self.routine:
            summary = self.driver.session.summary()
            self.driver.set_display_ticks(False)
            self.finished_view.show_summary(
                self.routine, summary, finished=state is SessionState.FINISHED
            )
            self.finished_view.offer_relief(self.cramp.flow.active)
            self.pages.setCurrentWidget(self.finished_view)
            self._update_title()
        self._update_actions()

    def _update_title(self, position: Position | None = None) -> None:
        if self._showing("session_view") and self.routine is not None and position is not None:
            paused = self.tr("Paused · ") if position.state is SessionState.PAUSED else ""
            title = paused + self.tr("{routine} · {left} left — {app}").format(
                routine=self.routine.name, left=format_left(position.time_left), app=APP_TITLE
            )
        elif self._showing("finished_view") and self.routine is not None:
            title = self.tr("{routine} · done — {app}").format(
                routine=self.routine.name, app=APP_TITLE
            )
        else:
            title = APP_TITLE
        if title != self.windowTitle():  # each change is a round trip to the window system
            self.setWindowTitle(title)

    # --- controls -------------------------------------------------------

    def toggle(self) -> None:
        """Space: resume a routine left, start the chosen one, or start/pause/resume the session."""
        if self.resume_offer.waiting():
            self.resume_offer.resume()
        elif self.pages.currentWidget() is self.picker:
            routine_id = self.picker.current_id()
            if routine_id is not None:
                self.start_routine(routine_id)
        elif self.driver is not None:
            self.driver.toggle()

    def _drive(self, control: Callable[[SessionDriver], None]) -> None:
        if self.driver is not None:
            control(self.driver)

    def _stop_or_leave(self) -> None:
        if self._showing("relief_view") and self.cramp.flow.active:
            self.messages.post(
                "cramp-running",
                self.tr("A cramp is still being timed; its time is in the toolbar."),
                [(self.tr("Back to it"), self.open_relief)],
            )  # fmt: skip
        if (
            self._showing("relief_view")
            or self._showing("history_view")
            or self._showing("finished_view")
            or (self.driver is not None and self.driver.session.state is SessionState.READY)
        ):
            self.show_picker()
        elif self.driver is not None and self.cramp.flow.phase is Phase.STRETCHING:
            self.driver.stop()  # a cramp's stretch: on to "is it easing?"
        elif self.driver is not None and self.routine is not None:
            self._leave_session(STOPPED_TEXT)
            self.finished_view.show_summary(
                self.routine, self.driver.session.summary(), finished=False
            )
            self.pages.setCurrentWidget(self.finished_view)
            self._update_title()
            self._update_actions()

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
            from spasm_stretch.ui.settings.dialog import SettingsDialog
            from spasm_stretch.ui.settings.relief import button_choices

            voice = self.voice()
            self.settings_dialog = SettingsDialog(
                self.settings, self.audio.name, self, voice_unavailable=voice.reason,
                cramp_buttons=button_choices(
                    [(area.label, area.routine_id) for area in self.guidance.relief.areas],
                    [(r.id, r.name, r.area) for r in self.catalog.routines],
                ),
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
            apply_look(app, settings)
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
            if self.settings_dialog is not None and not self.settings_dialog.isVisible():
                self.settings_dialog.deleteLater()  # its cramp-button choices list the old routines
                self.settings_dialog = None

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
        if self.settings.disclaimer_seen:
            return None
        doctor = self.guidance.doctor
        return self.messages.post(
            "disclaimer",
            self.tr(
                "Before you start: {disclaimer} Stretch gently and stop if it hurts. "
                "{intro}: {flags}"
            ).format(
                disclaimer=doctor.disclaimer,
                intro=doctor.intro,
                flags=" \u2022 ".join(doctor.red_flags),
            ),
            [(self.tr("I have read this"), lambda: self._remember(disclaimer_seen=True))],
            closable=False,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Remember the window's size and place; end any session and any cramp being timed."""
        self.store.save_geometry(self.saveGeometry())
        self._save_cramp_details()
        self._drop_driver()
        self.cramp.close()  # an open cramp is asked about at the next start, never ended now
        self.keeper.stop()
        self.messages.clear()
        self.audio.close()
        super().closeEvent(event)


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(str(assets_dir() / "icons" / "spasm-stretch.svg"))
