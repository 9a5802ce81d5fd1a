"""The cramp being helped now, wired to time and to the log.

``core.cramp.CrampFlow`` holds the rules; this QObject adds what needs Qt:
a once-a-second redraw, a single-shot timer aimed at the long-cramp limit, and
a timer that turns an unanswered "is it easing?" into "when did it end?".
Help never waits for the log: every write goes through the LogKeeper, which
keeps the cramp in memory until the disk lets it be saved (and says so once).
"""

from __future__ import annotations

import functools
import sqlite3

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from spasm_stretch.core.clock import Clock
from spasm_stretch.core.content import Guidance, ReliefArea
from spasm_stretch.core.cramp import (
    END_CHOICES,
    CrampFlow,
    EndChoice,
    Phase,
    ended_with,
    leg_text,
    length_text,
)
from spasm_stretch.core.log_review import date_text
from spasm_stretch.core.records import Episode
from spasm_stretch.log.store import now
from spasm_stretch.ui.log.keeper import LogKeeper

ASK_FRESH_SECONDS = 120.0  # after this, "is it easing?" becomes "when did it end?"
ASK_END = "ask-end"  # ... and for "when did that cramp end?"


class CrampController(QObject):
    """One cramp at a time: where, which side, how long, and whether it is easing.

    Signals:
        changed(): the phase or the time shown changed.
        start_stretch(str, str): run routine id for a side ("left", "right" or "").
        side_chosen(str): the leg the person chose (to offer it first next time).
        routine_chosen(str, str): area and the routine chosen for it (to remember).
        warning(): the cramp has lasted the limit while the person is with it (once).

    Messages for the person (the cramp logged, questions about cramps left
    open) go to the window's message area.
    """

    changed = Signal()
    start_stretch = Signal(str, str)
    side_chosen = Signal(str)
    routine_chosen = Signal(str, str)
    warning = Signal()

    def __init__(
        self,
        clock: Clock,
        guidance: Guidance,
        log: LogKeeper,
        *,
        speed: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = CrampFlow(clock, now, guidance.doctor.long_cramp_minutes * 60)
        self.areas = {area.routine_id: area for area in guidance.relief.areas}
        self.log = log
        self.writer = log.writer
        self.messages = log.messages
        self.area_key = ""
        self.stale_question = False
        self._key: int | None = None
        self._answered: set[int] = set()
        self._speed = speed
        self._warned = False
        self._tick = self._timer(self.refresh, single=False)
        self._deadline = self._timer(self.refresh)
        self._ask = self._timer(self._question_went_stale)

    def _timer(self, slot: object, *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    def _ms(self, seconds: float) -> int:
        return max(1, round(seconds * 1000 / self._speed))

    # --- what the person says ----------------------------------------------

    def choose_area(self, area_key: str, routine_id: str) -> None:
        """An area button or key 1-5: a cramp there, with ``routine_id`` as its stretch."""
        area = self.areas[area_key]
        self.area_key = area_key
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
        self.routine_chosen.emit(self.area_key, routine_id)
        self.changed.emit()

    def choose_side(self, side: str) -> None:
        """Left or right leg: remember it, log it, and start that side's stretch."""
        if self.flow.phase is not Phase.SIDE:
            return
        self.flow.choose_side(side)
        self.side_chosen.emit(side)
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
            self.area_key = ""
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
        self._tick.start(self._ms(1.0))
        self._write()

    def _changed(self) -> None:
        self._write()
        self.refresh()

    def _ended(self, record: Episode) -> None:
        if self._key is not None:
            self.log.save_episode(self._key, record)
        self._key = None
        self._stop_timers()
        self.messages.post(
            "cramp-ended",
            self.tr("Cramp logged: {length}.").format(length=length_text(record)),
            seconds=8,
        )
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
        self.changed.emit()

    def area(self) -> ReliefArea | None:
        """The area of the cramp being helped, if it has one."""
        return self.areas.get(self.area_key)
