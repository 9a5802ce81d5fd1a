"""A routine from opening to leaving: the driver, its page, the summary, the log and the title.

The session controller owns one session at a time. It opens a routine on
the session page, drives it from the session actions (Space, arrows, +, Esc),
writes each run to the log as it starts and as it ends, offers a routine that
was left a way back, and shows the summary when it ends. It never imports the
window or another controller: what a cramp's stretch needs is handed to it as
an object that answers three questions (``CrampState``), which the shell
passes in.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal
from PySide6.QtGui import QAccessible

from spasm_stretch import APP_TITLE
from spasm_stretch.core.cue_words import cue_word
from spasm_stretch.core.cues import cue_for
from spasm_stretch.core.engine import EventKind, Position, Session, SessionEvent, SessionState
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import PlanSettings, format_left, make_plan, seconds_left
from spasm_stretch.core.records import SessionRecord
from spasm_stretch.log.store import now as log_now
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.ui.session.resume_offer import ResumeOffer
from spasm_stretch.ui.session.sound import SessionSound
from spasm_stretch.ui.widgets.actions import GLYPH, make_action
from spasm_stretch.ui.widgets.announce import announce
from spasm_stretch.ui.widgets.resting import release

if TYPE_CHECKING:  # types only (both pages are built the first time they are needed)
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from spasm_stretch.audio.voice import Speaker
    from spasm_stretch.settings.store import AppSettings
    from spasm_stretch.ui.picker.view import PickerView
    from spasm_stretch.ui.services import Services
    from spasm_stretch.ui.session.finished import FinishedView
    from spasm_stretch.ui.session.view import SessionView

LIVE_STATES = (SessionState.RUNNING, SessionState.PAUSED)
# Marked for translation here, translated where shown (the keys stay English).
STOPPED_TEXT = str(QT_TRANSLATE_NOOP("SessionController", "Routine stopped."))
PAUSED_TEXT = str(QT_TRANSLATE_NOOP("SessionController", "Your routine is paused."))
RESUME_BUTTONS = {
    STOPPED_TEXT: str(QT_TRANSLATE_NOOP("SessionController", "Resume")),
    PAUSED_TEXT: str(QT_TRANSLATE_NOOP("SessionController", "Back to your routine")),
}


class CrampState(Protocol):
    """What a session needs to know of the cramp being helped (the relief controller knows)."""

    def is_active(self) -> bool:
        """Whether a cramp is being helped (the summary then offers the way back to it)."""

    def is_stretching(self) -> bool:
        """Whether the session running is the cramp's own stretch (never parked, Esc ends it)."""

    def stretch_ended(self) -> bool:
        """The session ended: True if it was the cramp's stretch (on to "is it easing?")."""


class NoCramp:
    """For a session controller used alone (tests of the session page)."""

    def is_active(self) -> bool:
        """Never a cramp."""
        return False

    def is_stretching(self) -> bool:
        """Never a cramp's stretch."""
        return False

    def stretch_ended(self) -> bool:
        """Never claims a session's end."""
        return False


def screen_reader_listening() -> bool:
    """Whether assistive technology is reading the window (Qt's accessibility is active)."""
    return QAccessible.isActive()


class SessionController(QObject):
    """Opens, drives, logs and leaves one session at a time.

    Signals:
        changed(): the session's state or page changed (actions and title follow).
        title_changed(str): the window title for the session page, as time passes.
        relief_wanted(): a cramp's stretch ended: on to "is it easing?".
        relief_requested(): the summary's "back to the cramp" button.
        leave_requested(): Esc on a page with nothing to stop: back to the routines.
        status(str): a one-line message for the status bar.
    """

    changed = Signal()
    title_changed = Signal(str)
    relief_wanted = Signal()
    relief_requested = Signal()
    leave_requested = Signal()
    status = Signal(str)

    def __init__(
        self,
        services: Services,
        pages: QStackedWidget,
        picker: PickerView,
        *,
        make_voice: Callable[[], Speaker] | None = None,
        cramp: CrampState | None = None,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.services = services
        self.pages = pages
        self.picker = picker
        self.cramp: CrampState = cramp or NoCramp()
        self.driver: SessionDriver | None = None
        self.routine: Routine | None = None
        self._session_key: int | None = None
        self._session_record: SessionRecord | None = None
        self.sound = SessionSound(
            services.audio,
            settings=lambda: services.settings.value,
            make_voice=make_voice,
            parent=self,
        )
        self.resume_offer = ResumeOffer(services.messages, self)
        self.resume_offer.resumed.connect(self._back_to_session)
        self.resume_offer.expired.connect(self.drop)
        picker.routine_chosen.connect(self.start_routine)
        self.start_action = make_action(
            owner, self.tr("&Start / Pause"), ["Space"], self.tr("Start or pause"), self.toggle,
            icon="play",
        )  # fmt: skip
        self.back_action = make_action(
            owner, self.tr("&Back"), ["Left"],
            self.tr("Back to the start of this side or rep; twice for the one before"),
            lambda: self._drive(SessionDriver.back), icon="back",
        )  # fmt: skip
        self.next_action = make_action(
            owner, self.tr("&Next"), ["Right"], self.tr("Skip to the next hold"),
            lambda: self._drive(SessionDriver.next), icon="next",
        )  # fmt: skip
        self.extend_action = make_action(
            owner, self.tr("+10 s"), ["+", "=", "Ctrl++"],
            self.tr("Ten more seconds for this hold"), lambda: self._drive(SessionDriver.extend),
        )  # fmt: skip
        self.stop_action = make_action(
            owner, self.tr("S&top"), ["Escape"], self.tr("Stop the session"), self.stop_or_leave,
            icon="stop",
        )  # fmt: skip
        # Not on the toolbar (it has no room at 200 %): in the Session menu, with its key.
        self.time_action = make_action(
            owner, self.tr("Say time &left"), ["T"],
            self.tr("Say how long this phase and the routine have left"), self.say_time_left,
        )  # fmt: skip
        self.actions = [
            self.start_action,
            self.back_action,
            self.next_action,
            self.extend_action,
            self.stop_action,
        ]

    # --- pages --------------------------------------------------------------

    @functools.cached_property
    def view(self) -> SessionView:
        """The session page, built the first time a routine opens (not before first paint)."""
        from spasm_stretch.ui.session.view import SessionView

        view = SessionView()
        self.pages.addWidget(view)
        view.installEventFilter(self)
        return view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """No redraws for a page nobody sees (the window hidden in the tray, a session on).

        The session goes on (its cues and its log); its page is drawn again,
        where the session is by then, as soon as it is shown.
        """
        kind = event.type()
        if watched is self.__dict__.get("view") and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            driver = self.driver
            live = driver is not None and driver.session.state in LIVE_STATES
            if driver is not None and live and not self.resume_offer.waiting():
                driver.set_display_ticks(kind is QEvent.Type.Show)
                if kind is QEvent.Type.Show:
                    driver.refresh()
        return False

    @functools.cached_property
    def finished_view(self) -> FinishedView:
        """The summary page, built the first time a session ends."""
        from spasm_stretch.ui.session.finished import FinishedView

        view = FinishedView()
        view.resume.connect(self.resume_offer.resume)
        view.again.connect(self._again)
        view.back_to_routines.connect(self.leave_requested)
        view.back_to_relief.connect(self.relief_requested)
        self.pages.addWidget(view)
        return view

    def release_pages(self) -> None:
        """Let the session page and the summary go, unless a session runs, is paused or waits.

        The window is hidden in the tray: they are built again when a routine opens.
        """
        driver = self.driver
        if self.resume_offer.waiting() or (driver and driver.session.state in LIVE_STATES):
            return
        self.drop()
        for page in ("view", "finished_view"):
            release(self.pages, self.__dict__.pop(page, None))

    def showing(self, page: str) -> bool:
        """Whether the page ``view`` or ``finished_view`` is on screen, without building it."""
        return self.pages.currentWidget() is self.__dict__.get(page)

    def title(self) -> str:
        """The window title for what this controller shows ("" when it shows nothing)."""
        if self.showing("view") and self.routine is not None and self.driver is not None:
            return self._session_title(self.driver.position())
        if self.showing("finished_view") and self.routine is not None:
            return self.tr("{routine} · done — {app}").format(
                routine=self.routine.name, app=APP_TITLE
            )
        return ""

    def _session_title(self, position: Position) -> str:
        assert self.routine is not None
        paused = self.tr("Paused · ") if position.state is SessionState.PAUSED else ""
        if screen_reader_listening():
            # Orca reads the window title aloud each time it changes: a countdown in it was
            # said every second and talked over the phases. T says the time left instead.
            return paused + self.tr("{routine} — {app}").format(
                routine=self.routine.name, app=APP_TITLE
            )
        return paused + self.tr("{routine} · {left} left — {app}").format(
            routine=self.routine.name, left=format_left(position.time_left), app=APP_TITLE
        )

    def update_actions(self, *, on_picker: bool) -> None:
        """Enable the session keys that mean something on the page shown."""
        state = self.driver.session.state if self.driver else None
        in_session = self.showing("view") and state in (
            SessionState.READY,
            SessionState.RUNNING,
            SessionState.PAUSED,
        )
        running = state is SessionState.RUNNING and in_session
        self.start_action.setEnabled(in_session or on_picker)
        self.start_action.setText(self.tr("&Pause") if running else self.tr("&Start"))
        self.start_action.setProperty(GLYPH, "pause" if running else "play")
        for action in (self.back_action, self.next_action, self.extend_action):
            action.setEnabled(in_session and state is not SessionState.READY)
        self.time_action.setEnabled(in_session)
        self.stop_action.setEnabled(not on_picker)

    # --- opening a routine --------------------------------------------------

    def open_routine(self, routine_id: str, plan_settings: PlanSettings | None = None) -> bool:
        """Show ``routine_id`` ready to start (``run ROUTINE``); False if it is unknown."""
        routine = self.services.catalog.current.find(routine_id)
        if routine is None:
            return False
        self._open(routine, plan_settings or self.services.settings.value.plan_settings())
        self.view.set_message(self.tr("Ready. Press Space to start."))
        return True

    def start_routine(
        self, routine_id: str, *, prepare: float | None = None, side: str = ""
    ) -> None:
        """Open ``routine_id`` and start it now (with a ``prepare`` time, a ``side``, if given)."""
        plan = self.services.settings.value.plan_settings()
        if prepare is not None:
            plan = dataclasses.replace(plan, prepare=prepare)
        if side:
            plan = dataclasses.replace(plan, only_side=Side(side))
        if not self.open_routine(routine_id, plan):
            self.status.emit(
                self.tr("The routine {routine} is not loaded.").format(routine=repr(routine_id))
            )
        elif self.driver is not None:
            self.driver.start()

    def try_routine(self, routine: Routine) -> None:
        """Run a routine that is not in the list (the editor's unsaved draft) now."""
        self._open(routine, self.services.settings.value.plan_settings())
        if self.driver is not None:
            self.driver.start()

    def _open(self, routine: Routine, plan_settings: PlanSettings) -> None:
        self.drop()
        self.routine = routine
        session = Session(make_plan(routine, plan_settings), self.services.clock)
        driver = SessionDriver(session, speed=self.services.speed, parent=self)
        self.sound.follow(driver)
        driver.event_fired.connect(self._on_event)
        driver.ticked.connect(self._on_tick)
        driver.state_changed.connect(self._on_state)
        self.driver = driver
        self.view.show_session(session)
        self.pages.setCurrentWidget(self.view)
        self.view.setFocus()
        driver.set_display_ticks(True)
        self.services.settings.update(last_routine=routine.id)
        self.title_changed.emit(self._session_title(session.position()))
        self.changed.emit()

    # --- the driver's signals -----------------------------------------------

    def _on_event(self, event: SessionEvent) -> None:
        if self.driver is None:
            return
        session = self.driver.session
        if cue_for(event) is not None:
            self.view.flash(
                event.planned, cue_word(event, session.segments, session.plan.routine) or ""
            )
        if event.kind is EventKind.PAUSED:
            self.view.set_message(
                self.tr("{event}. Press Space to continue.").format(event=event.text)
                if event.stalled
                else self.tr("Paused. Press Space to continue.")
            )
        elif event.kind is EventKind.RESUMED or (
            event.starts_segment and session.state is SessionState.RUNNING
        ):
            self.view.set_message("")

    def _on_tick(self, position: Position) -> None:
        if self.showing("view"):
            self.view.refresh(position)
            if self.driver is not None:
                # As often as the arc moves a visible step at the ring's size on this
                # screen, in ticks that divide each second evenly (the driver caps them).
                self.driver.set_display_interval(
                    self.view.ring.seconds_per_step(position.segment.length)
                )
            if self.routine is not None:
                self.title_changed.emit(self._session_title(position))

    def _log(self, driver: SessionDriver, state: SessionState) -> None:
        """Write the session to the log as it starts and as it ends."""
        routine = self.routine
        if routine is None:
            return
        keeper = self.services.keeper
        if state is SessionState.RUNNING and self._session_key is None:
            self._session_key = keeper.writer.new_key()
            name = routine.original_name or routine.name  # the log's language
            self._session_record = SessionRecord(
                0, routine.id, name, log_now(), None, False, None,
                relief=self.cramp.is_stretching(),
            )  # fmt: skip
            keeper.save_session(self._session_key, self._session_record)
        elif state in (SessionState.FINISHED, SessionState.STOPPED) and self._session_key:
            assert self._session_record is not None
            step = driver.position().segment.step_index + 1
            finished = state is SessionState.FINISHED
            keeper.save_session(
                self._session_key,
                dataclasses.replace(
                    self._session_record, ended=log_now(), finished=finished,
                    stopped_at_step=None if finished else step,
                ),
            )  # fmt: skip
            self._session_key = None

    def _on_state(self, state: SessionState) -> None:
        driver = self.driver
        if driver is None:  # a session being dropped: logged already, it changes no page
            self.changed.emit()
            return
        self._log(driver, state)
        if state in (SessionState.FINISHED, SessionState.STOPPED):
            driver.set_display_ticks(False)
            if self.cramp.stretch_ended():
                self.relief_wanted.emit()  # a cramp's stretch: is it easing?
            elif self.routine is not None:
                self._show_summary(finished=state is SessionState.FINISHED)
        self.changed.emit()

    def _show_summary(self, *, finished: bool) -> None:
        assert self.driver is not None and self.routine is not None
        self.finished_view.show_summary(
            self.routine, self.driver.session.summary(), finished=finished
        )
        self.finished_view.offer_relief(self.cramp.is_active())
        self.finished_view.offer_resume(self.resume_offer.waiting())
        self.pages.setCurrentWidget(self.finished_view)
        self.title_changed.emit(self.title())

    # --- controls -----------------------------------------------------------

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

    def say_time_left(self) -> str:
        """T: what the ring and the title show, said aloud for a person who cannot see them.

        Eyes closed in a stretch, a person could hear the phase changes but not
        ask how long is left; the numbers are the screen's own (rounded up).
        """
        if self.driver is None or not self.showing("view"):
            return ""
        position = self.driver.position()
        seconds = seconds_left(position.remaining)  # English has no plural forms file: two words
        phase = (
            self.tr("1 second left")
            if seconds == 1
            else self.tr("{seconds} seconds left").format(seconds=seconds)
        )
        total = self.tr("{left} left in the routine").format(left=format_left(position.time_left))
        words = self.view.phase.text()
        text = f"{words}: {phase}. {total}." if words else f"{phase}. {total}."
        announce(self.view, text)
        return text

    def _drive(self, control: Callable[[SessionDriver], None]) -> None:
        if self.driver is not None:
            control(self.driver)

    def stop_or_leave(self) -> None:
        """Esc: stop the session (its summary); on any other page, back to the routines."""
        ready = self.driver is not None and self.driver.session.state is SessionState.READY
        if not self.showing("view") or ready:
            self.leave_requested.emit()
        elif self.driver is not None and self.cramp.is_stretching():
            self.driver.stop()  # a cramp's stretch: on to "is it easing?"
        elif self.driver is not None and self.routine is not None:
            self.leave(STOPPED_TEXT)
            self._show_summary(finished=False)
            self.changed.emit()

    def leave(self, text: str = PAUSED_TEXT) -> None:
        """Pause a routine being left and offer it back; a cramp's own stretch ends as before."""
        driver = self.driver
        live = driver is not None and driver.session.state in LIVE_STATES
        if live and driver and not self.cramp.is_stretching():
            if not self.resume_offer.waiting():
                self.resume_offer.park(driver, self.tr(text), self.tr(RESUME_BUTTONS[text]))
        elif not self.resume_offer.waiting():
            self.drop()

    def _back_to_session(self) -> None:
        self.pages.setCurrentWidget(self.view)
        self.view.setFocus()
        self.changed.emit()

    def drop(self) -> None:
        """End the session without showing anything (it is logged as stopped)."""
        self.resume_offer.withdraw()
        if "finished_view" in self.__dict__:  # nothing left to resume
            self.finished_view.offer_resume(False)
        if self.driver is not None:
            driver, self.driver = self.driver, None  # its "stopped" then changes no page
            self._log(driver, SessionState.STOPPED)
            driver.set_display_ticks(False)
            driver.stop()
            driver.deleteLater()
        self._session_key = None

    def _again(self) -> None:
        if self.routine is not None:
            self.start_routine(self.routine.id)

    def apply(self, settings: AppSettings) -> None:
        """Sound settings for the player and the voice (timings apply to the next session)."""
        self.sound.apply(settings)

    def close(self) -> None:
        """End any session (logged as stopped) and let go of the sound output."""
        self.drop()
        self.services.audio.close()
