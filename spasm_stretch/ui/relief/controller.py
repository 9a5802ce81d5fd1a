"""The cramp being helped now: the relief page, its keys, its timers and its log entry.

``core.cramp.CrampFlow`` holds the rules; this QObject adds what needs Qt:
the relief page and the keys that route a cramp to its stretch (1-5, F1/R,
the toolbar's cramp clock), a once-a-second redraw, a single-shot timer aimed
at the long-cramp limit, and a timer that turns an unanswered "is it
easing?" into "when did it end?". Every write goes through the LogKeeper,
which keeps the cramp in memory and retries when the log refuses a write. A
write runs on the window's thread but waits at most the store's short
WRITE_WAIT (50 ms) for a lock another program holds: then the cramp is kept
and written by a retry once the lock goes, so the page never waits for the log.
"""

from __future__ import annotations

import functools
import math
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

from spasm_stretch.core.cramp import (
    END_CHOICES,
    CrampFlow,
    EndChoice,
    Phase,
    ended_with,
    leg_text,
    length_text,
)
from spasm_stretch.core.log_review import date_text, episode_advice
from spasm_stretch.core.plan import format_duration
from spasm_stretch.log.store import now
from spasm_stretch.qt_driver import LATE_MS
from spasm_stretch.ui.widgets.actions import make_action, set_shortcuts
from spasm_stretch.ui.widgets.announce import announce
from spasm_stretch.ui.widgets.resting import release
from spasm_stretch.ui.widgets.theme import apply_look

if TYPE_CHECKING:  # types only (the relief page is built the first time help is asked for)
    from spasm_stretch.core.content import ReliefArea
    from spasm_stretch.core.records import Episode
    from spasm_stretch.ui.picker.view import PickerView
    from spasm_stretch.ui.relief.view import ReliefView
    from spasm_stretch.ui.services import Services

ASK_FRESH_SECONDS = 120.0  # after this, "is it easing?" becomes "when did it end?"
ASK_END = "ask-end"  # ... and for "when did that cramp end?"
RELIEF_PREPARE_SECONDS = 3.0  # a cramp is already here: just enough time to get into position
CRAMP_RUNNING = "cramp-running"  # the message bar's key for "a cramp is still being timed"
LONG_CRAMP = "long-cramp"  # ... and for the 10-minute warning, away from the relief page


class CrampController(QObject):
    """One cramp at a time: where, which side, how long, and whether it is easing.

    Signals:
        changed(): the phase or the time shown changed.
        start_stretch(str, str): run routine id for a side ("left", "right" or "");
            the shell starts it with RELIEF_PREPARE_SECONDS to get into position.
        warning(): the cramp has lasted the limit while the person is with it (once).
        status(str): a line for the status bar ("" takes a warning line away).
        drop_session(): a cramp comes first: end the routine that was running.
        leave_session(): the relief page opens over a routine: it waits, paused.
        shown(): the relief page is on screen (actions and title follow).

    Messages for the person (the cramp logged, questions about cramps left
    open) go to the window's message area. The area, routine and leg chosen
    are remembered in the settings.
    """

    changed = Signal()
    start_stretch = Signal(str, str)
    warning = Signal()
    status = Signal(str)
    drop_session = Signal()
    leave_session = Signal()
    shown = Signal()

    def __init__(
        self, services: Services, pages: QStackedWidget, picker: PickerView, owner: QWidget
    ) -> None:
        super().__init__(owner)
        guidance = services.guidance
        self.services = services
        self.pages = pages
        self.picker = picker
        self._owner = owner
        self.flow = CrampFlow(services.clock, now, guidance.doctor.long_cramp_minutes * 60)
        self.areas = {area.routine_id: area for area in guidance.relief.areas}
        self.log = services.keeper
        self.writer = self.log.writer
        self.messages = services.messages
        self.routine_id_of_area = ""  # the area's built-in routine id: the area's key
        self.stale_question = False
        self._key: int | None = None
        self._answered: set[int] = set()
        self._speed = services.speed
        self._warned = False
        self._asked: QWidget | None = None  # the question page last said aloud
        self._steps_name = ""  # the question area's own name, between questions
        self._tick = self._timer(self.refresh)  # aimed at the clock's next new second
        self._deadline = self._timer(self.refresh)
        self._ask = self._timer(self._question_went_stale)
        self.changed.connect(self._show_changes)
        self.warning.connect(self._warn_everywhere)
        picker.relief_area.connect(self.relief_for_area)
        self._make_actions(owner)

    def _make_actions(self, owner: QWidget) -> None:
        self.relief_action = make_action(
            owner, self.tr("Cramp &help"), ["F1", "R"],
            self.tr("Quick relief for a cramp happening now"), self.open,
        )  # fmt: skip
        self.area_actions = [
            make_action(
                owner, self.tr("Cramp: {area_name}").format(area_name=area.label), [str(number)],
                #: {area_name}: the area as written, for languages that keep its capitals.
                self.tr("Cramp in the {area}: stretch now").format(
                    area=area.label.lower(), area_name=area.label
                ),
                functools.partial(self._area_key_pressed, area.routine_id),
            )
            for number, area in enumerate(self.services.guidance.relief.areas, start=1)
        ]  # fmt: skip
        self.clock_action = make_action(
            owner, self.tr("Cramp"), [], self.tr("The cramp being timed: open the relief page"),
            self.open,
        )  # fmt: skip
        self.clock_action.setVisible(False)
        self.actions = [self.relief_action, *self.area_actions, self.clock_action]

    # --- the relief page ------------------------------------------------------

    @functools.cached_property
    def view(self) -> ReliefView:
        """The quick-relief page, built the first time help is asked for."""
        from spasm_stretch.ui.relief.view import ReliefView

        view = ReliefView(self.services.guidance)
        view.area_chosen.connect(self.relief_for_area)
        view.side_chosen.connect(self.choose_side)
        view.routine_chosen.connect(self.choose_routine)
        view.easing.connect(self.easing)
        view.stretch_again.connect(self.stretch_again)
        view.end_when_asked.connect(self.end_when_asked)
        view.end_now.connect(self.end_now)
        view.end_choice.connect(self.end_with)
        view.timer_toggled.connect(self._toggle_timer)
        view.details_changed.connect(self.save_details)
        view.discarded.connect(self.discard)
        self.pages.addWidget(view)
        return view

    def showing(self) -> bool:
        """Whether the relief page is on screen (without building it)."""
        return self.pages.currentWidget() is self.__dict__.get("view")

    def open(self) -> None:
        """F1 / R, the toolbar clock: the relief page. Reading it starts nothing."""
        self.leave_session.emit()  # a routine running waits, paused, with a way back
        self.show()

    def show(self) -> None:
        """Show the relief page: at night in the night theme, the question in focus."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, self.services.settings.value)  # a cramp at 3 a.m.: dim if due
        view = self.view
        self.messages.remove(LONG_CRAMP)  # the page's own red banner says it
        self._show_changes()
        self.pages.setCurrentWidget(view)
        view.focus_question()
        self.shown.emit()

    def update_actions(self) -> None:
        """On the relief page R means "right leg"; F1 still opens the page from anywhere."""
        set_shortcuts(self.relief_action, ["F1"] if self.showing() else ["F1", "R"])

    def relief_for_area(self, routine_id: str) -> None:
        """An area button or key (its built-in routine): a cramp there; for a leg, which one?"""
        self.drop_session.emit()
        settings = self.services.settings.value
        catalog = self.services.catalog.current
        chosen = settings.relief_routine(routine_id)
        if catalog.find(chosen) is None:
            chosen = routine_id  # the chosen routine is gone: the built-in one still helps
        if not self.flow.active:
            self.view.reset()
        self.view.set_area(routine_id)
        self.choose_area(routine_id, chosen)
        area = self.area()
        if self.flow.phase is Phase.SIDE and area is not None:
            offered = dict.fromkeys((chosen, area.routine_id, *area.also))
            self.view.set_variants(
                [(rid, found.name) for rid in offered if (found := catalog.find(rid))], chosen
            )
            self.show()
            self.view.offer_side_first(settings.last_side)

    def release_pages(self) -> None:
        """Let the relief page go while no cramp is timed (the window is hidden in the tray)."""
        if not self.flow.active:
            self._asked = None
            release(self.pages, self.__dict__.pop("view", None))

    def _area_key_pressed(self, routine_id: str) -> None:
        """Keys 1-5 act where the area buttons are shown; elsewhere they do nothing."""
        if self.showing() or self.pages.currentWidget() is self.picker:
            self.relief_for_area(routine_id)

    def _toggle_timer(self) -> None:
        if self.flow.active:
            self.stop_by_hand()
        else:
            self.view.reset()
            self.start_by_hand()

    def save_details(self) -> None:
        """What the person ticked and wrote on the relief page, into the cramp's entry."""
        if "view" in self.__dict__:
            self.note(**self.view.details())

    def before_leaving(self) -> None:
        """Leaving the relief page while a cramp is timed: say where its time went."""
        if self.showing() and self.flow.active:
            self.messages.post(
                CRAMP_RUNNING,
                self.tr("A cramp is still being timed; its time is in the toolbar."),
                [(self.tr("Back to it"), self.open)],
            )  # fmt: skip

    def _show_changes(self) -> None:
        flow = self.flow
        if "view" in self.__dict__:
            self.view.show_cramp(flow, stale=self.stale_question)
            self._say_question()
        long = "\u26a0 " if flow.warning_due() else ""
        self.clock_action.setText(
            long + self.tr("Cramp {length}").format(length=format_duration(flow.timer.elapsed()))
        )
        self.clock_action.setVisible(flow.active)
        if not flow.active:
            self.messages.remove(CRAMP_RUNNING)
            self.messages.remove(LONG_CRAMP)
            self.status.emit("")

    def _say_question(self) -> None:
        """Say a question as it appears ("Which leg?"), once.

        The page and the question area are also named by the question: when the
        focus moves onto an answer, Orca says the area's name before the button
        (it drops a notification that the focus change interrupts).
        """
        page = self.view.steps.currentWidget()
        if page is None or page is self._asked:
            return
        self._asked = page
        steps = self.view.steps
        if not self._steps_name:
            self._steps_name = steps.accessibleName()
        heading = page.findChild(QLabel) if page is not self.view.areas_page else None
        question = heading.text() if heading is not None else ""
        steps.setAccessibleName(question or self._steps_name)
        if question:
            page.setAccessibleName(question)
            announce(self.view, question)

    def _warn_everywhere(self) -> None:
        """The cramp has lasted the limit: say so on every page, not only on the relief page.

        Away from the relief page it is a bar at the top, never a dialog: a dialog
        took every key (Y, N, Esc) from the cramp's questions until it was closed,
        and stayed over the relief page when the stretch that raised it ended.
        """
        doctor = self.services.guidance.doctor
        text = self.tr("This cramp has lasted {minutes} minutes. {advice}").format(
            minutes=doctor.long_cramp_minutes, advice=doctor.long_cramp_now
        )
        self.status.emit("\u26a0 " + text)
        if self.showing():
            announce(self._owner, text)  # a red flag: said at once (the page's banner shows it)
        else:
            self.messages.post(LONG_CRAMP, "\u26a0 " + text)  # said as it appears

    # --- what a session needs to know (session.controller.CrampState) -------

    def is_active(self) -> bool:
        """Whether a cramp is being helped."""
        return self.flow.active

    def is_stretching(self) -> bool:
        """Whether the cramp's own stretch is what runs now."""
        return self.flow.phase is Phase.STRETCHING

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    def _ms(self, seconds: float) -> int:
        return max(1, round(seconds * 1000 / self._speed))

    # --- what the person says ----------------------------------------------

    def choose_area(self, area_routine_id: str, routine_id: str) -> None:
        """An area button or key 1-5: a cramp there, with ``routine_id`` as its stretch."""
        area = self.areas[area_routine_id]
        self.routine_id_of_area = area_routine_id
        if self.flow.active:
            self.flow.set_area(area.label, routine_id, ask_side=area.sided)
        else:
            self._begin(area.label, routine_id, ask_side=area.sided)
        self._changed()
        if not area.sided:
            self.start_stretch.emit(routine_id, "")

    def choose_routine(self, routine_id: str) -> None:
        """Another stretch for this cramp's area (the wall or the in-bed calf stretch)."""
        self.flow.routine_id = routine_id
        chosen = dict(self.services.settings.value.relief_routines)
        chosen[self.routine_id_of_area] = routine_id
        self.services.settings.update(relief_routines=tuple(sorted(chosen.items())))
        self.changed.emit()

    def choose_side(self, side: str) -> None:
        """Left or right leg: remember it, log it, and start that side's stretch."""
        if self.flow.phase is not Phase.SIDE:
            return
        self.flow.choose_side(side)
        self.services.settings.update(last_side=side)
        self._changed()
        self.start_stretch.emit(self.flow.routine_id, side)

    def stretch_again(self) -> None:
        """Still cramping: the same stretch, same side, once more."""
        if not self.flow.active or not self.flow.routine_id:
            return
        self.flow.stretching()
        self._changed()
        side = self.flow.record.side if self.flow.record else ""
        self.start_stretch.emit(self.flow.routine_id, side)

    def stretch_ended(self) -> bool:
        """A session ended: True if it was this cramp's stretch (then ask if it is easing)."""
        if self.flow.phase is not Phase.STRETCHING:
            return False
        self.flow.stretch_over()
        self.stale_question = False
        self._ask.start(self._ms(ASK_FRESH_SECONDS))
        self._changed()
        return True

    def easing(self, easing: bool) -> None:
        """The answer to "is it easing?": yes ends the cramp now; no keeps it going."""
        if self.flow.phase is not Phase.ASKING:
            return
        self._ask.stop()
        if easing:
            self._ended(self.flow.end_now())
        else:
            self.flow.still_cramping()
            self._changed()

    def start_by_hand(self) -> None:
        """Start cramp timer: a cramp with no area yet, timed from now."""
        if not self.flow.active:
            self.routine_id_of_area = ""
            self._begin("", "", ask_side=False)
            self._changed()

    def stop_by_hand(self) -> None:
        """The cramp is over: its length is now, unless the timer ran past the limit unwatched."""
        if not self.flow.active:
            return
        if self.flow.phase is Phase.ASKING or self.flow.timer.over_limit():
            self.stale_question = True  # a long, unwatched timer: ask rather than guess
            self._changed()
            return
        self._ended(self.flow.end_now())

    def stop_asks(self) -> bool:
        """Esc, or Stop, on the relief page while a cramp is timed: "Is the cramp over now?".

        Stop is shown enabled there, so its key must do something; it asks rather
        than ends, as a key pressed by mistake must not decide how long a cramp
        lasted. Returns False where it does not ask (no cramp, another page, or
        that question already shown): Esc then goes back to the routines.
        """
        if not self.showing() or not self.flow.active or self.stale_question:
            return False
        self._ask.stop()
        self.stale_question = True
        self._changed()
        self.view.focus_question()
        return True

    def end_now(self) -> None:
        """It is over right now (chosen from the "when did it end?" choices)."""
        if self.flow.active:
            self._ended(self.flow.end_now())

    def end_when_asked(self) -> None:
        """It was over when its stretch ended."""
        if self.flow.active:
            self._ended(self.flow.end_when_asked())

    def end_with(self, choice: EndChoice) -> None:
        """It lasted about as long as ``choice`` says."""
        if self.flow.active:
            self._ended(self.flow.end_with(choice))

    def note(self, **details: object) -> None:
        """What the person noted about this cramp (area, helped, tags, note, severity)."""
        if self.flow.active:
            self.flow.note(**details)
            self._write()

    def discard(self) -> Episode | None:
        """Not a cramp after all: stop timing and take it out of the log; returns it for undo."""
        record = self.flow.record
        if record is None or self._key is None:
            return None
        self.log.delete_episode(self._key)
        self.flow.discard()
        self._stop_timers()
        self._key = None
        self.changed.emit()
        return record

    def close(self) -> None:
        """The app closes: an open cramp is marked unanswered (asked at the next start)."""
        record = self.flow.close_unanswered()
        if record is not None and self._key is not None:
            self.log.save_episode(self._key, record)
        self._stop_timers()

    # --- asking about cramps left open --------------------------------------

    def ask_about_open(self) -> None:
        """Ask when a cramp from an earlier run ended, if one was left without an end."""
        history = self.writer.history
        if history is None:
            return
        try:
            current = None if self._key is None else self.writer.episode_id(self._key)
            waiting = [
                e for e in history.episodes(needing_answer=True)
                if e.id != current and e.id not in self._answered
            ]  # fmt: skip
        except sqlite3.Error:
            return  # the log cannot be read: the history page says why
        if not waiting:
            self.messages.remove(ASK_END)
            return
        episode = waiting[-1]
        when = date_text(episode.started, "weekday_time")
        area = self.log.words.areas.show(episode.area)
        where = f"{area} ({leg_text(episode.side)})" if episode.side else area
        self.messages.post(
            ASK_END,
            #: {place}: where as written, for languages that keep its capitals.
            self.tr(
                "Your cramp of {when} in the {where} has no end in the log. "
                "About how long did it last?"
            ).format(when=when, where=where.lower(), place=where)
            if where
            else self.tr(
                "Your cramp of {when} has no end in the log. About how long did it last?"
            ).format(when=when),
            [
                (choice.label, functools.partial(self.answer_past, episode, choice))
                for choice in END_CHOICES
            ],
        )

    def answer_past(self, episode: Episode, choice: EndChoice) -> None:
        """The end of a cramp from an earlier run of the app, as the person remembers it."""
        self._answered.add(episode.id)
        key = self.writer.adopt_episode(episode)
        self.log.save_episode(key, ended_with(episode, choice))
        self.ask_about_open()

    # --- internals ------------------------------------------------------------

    def _begin(self, area: str, routine_id: str, *, ask_side: bool) -> None:
        self._warned = False
        self.stale_question = False
        self.flow.begin(area, routine_id=routine_id, ask_side=ask_side)
        self._key = self.writer.new_key()
        self._write()

    def _changed(self) -> None:
        self._write()
        self.refresh()

    def _ended(self, record: Episode) -> None:
        if self._key is not None:
            self.log.save_episode(self._key, record)
        self._key = None
        self._stop_timers()
        said = self.tr("Cramp logged: {length}.").format(length=length_text(record))
        advice = episode_advice(record, self.services.guidance.doctor)
        if advice:  # a red flag was met: say the doctor advice again, and leave it up longer
            said = f"{said} {advice}"
        self.messages.post("cramp-ended", said, seconds=30 if advice else 8)
        self.changed.emit()

    def _stop_timers(self) -> None:
        for timer in (self._tick, self._deadline, self._ask):
            timer.stop()

    def _write(self) -> None:
        if self._key is not None and self.flow.record is not None:
            self.log.save_episode(self._key, self.flow.record)

    def _question_went_stale(self) -> None:
        if self.flow.phase is Phase.ASKING:
            self.stale_question = True
            self.changed.emit()

    def refresh(self) -> None:
        """Re-read the clock: warn once at the limit, and aim the deadline timer at it."""
        if self.flow.warning_due() and not self._warned:
            self._warned = True
            self.warning.emit()
        left = self.flow.seconds_to_limit()
        if left is not None and self.flow.phase is not Phase.ASKING:
            self._deadline.start(self._ms(left))
        else:
            self._deadline.stop()
        self._aim_tick()
        self.changed.emit()

    def _aim_tick(self) -> None:
        """Wake as the cramp's clock (m:ss, rounded) next shows a new second, and not before.

        A deadline from the clock, not a count of one-second ticks: the clock
        never drifts, and nothing wakes between two of its changes.
        """
        if self._key is None or not self.flow.active or not self.flow.timer.running:
            self._tick.stop()
            return
        elapsed = self.flow.timer.elapsed()
        wait = math.floor(elapsed + 0.5) + 0.5 - elapsed  # round() shows the next at .5
        self._tick.start(self._ms(wait) + LATE_MS)

    def area(self) -> ReliefArea | None:
        """The area of the cramp being helped, if it has one."""
        return self.areas.get(self.routine_id_of_area)
