"""The session: a plan played against a monotonic clock, with the user's controls.

The position is always computed from ``now`` (``anchor_offset + now -
anchor_wall``), never from counted ticks, so a late or missed timer can
delay an event but never shifts the timeline. Every event is precomputed
from the timeline with its planned offset; ``poll`` hands out those that are
due. Nothing here imports Qt: tests drive a whole routine with a fake clock.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import Plan, Segment, SegmentKind
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.clock import Clock

EXTEND_SECONDS = 10.0
BACK_GRACE_SECONDS = 2.0
HALFWAY_MIN_SECONDS = 8.0
STALE_CUE_SECONDS = 1.0
STALL_SECONDS = 3.0
_EPSILON = 1e-9


class SessionWords(Text):
    """What a session says as it runs: phase names, event lines, the held-up notice."""


class SessionState(Enum):
    """Where the session is in its life."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class EventKind(Enum):
    """What happened, as the driver hands it on: the display, cues and voice follow these."""

    SEGMENT_STARTED = "segment_started"
    SWITCH_SIDES = "switch_sides"
    POSE_CHANGED = "pose_changed"
    REPETITION = "repetition"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    STEP_DONE = "step_done"
    ROUTINE_DONE = "routine_done"
    PAUSED = "paused"
    RESUMED = "resumed"
    STOPPED = "stopped"


SEGMENT_START_KINDS = frozenset(
    {
        EventKind.SEGMENT_STARTED,
        EventKind.SWITCH_SIDES,
        EventKind.POSE_CHANGED,
        EventKind.REPETITION,
    }
)
TERMINAL_KINDS = frozenset({EventKind.ROUTINE_DONE, EventKind.STOPPED})
_TRANSIENT_KINDS = frozenset({EventKind.HALFWAY, EventKind.COUNTDOWN})
_LEAD_IN_KINDS = frozenset({SegmentKind.PREPARE, SegmentKind.SWITCH, SegmentKind.REST})
_START_KIND = {
    SegmentKind.SWITCH: EventKind.SWITCH_SIDES,
    SegmentKind.FLOW: EventKind.POSE_CHANGED,
}


@dataclass(frozen=True)
class SessionEvent:
    """One thing that happened, with the session time it was planned for.

    ``at_end`` marks the events that fall at the routine's very end (the last
    step's "done" and "routine done"), so listeners need not work it out.
    """

    kind: EventKind
    planned: float
    segment_index: int
    segment: Segment
    text: str
    count: int | None = None
    stalled: bool = False
    at_end: bool = False

    @property
    def starts_segment(self) -> bool:
        """True when the displayed segment changes with this event."""
        return self.kind in SEGMENT_START_KINDS


@dataclass(frozen=True)
class Position:
    """A snapshot of where the session is, for display."""

    state: SessionState
    offset: float
    total: float
    segment_index: int
    segment: Segment
    remaining: float

    @property
    def time_left(self) -> float:
        """Seconds until the routine ends, counting extensions."""
        return max(0.0, self.total - self.offset)


@dataclass(frozen=True)
class SessionSummary:
    """What the finished screen and the history show about a session."""

    running_time: float
    steps_done: int
    holds_extended: int
    holds_skipped: int
    seconds_extended: float  # added to holds only (a longer rest is not a longer hold)


def describe(segment: Segment, plan: Plan) -> str:
    """What to show or say when ``segment`` starts."""
    step = plan.routine.steps[segment.step_index]
    if segment.kind is SegmentKind.PREPARE:
        return SessionWords.tr("Get into position: {step}").format(step=step.name)
    if segment.kind is SegmentKind.HOLD and segment.repetition:
        rep = SessionWords.tr("Rep {rep} of {count}").format(
            rep=segment.repetition, count=step.count
        )
        return rep + _side_suffix(segment.side)
    if segment.kind is SegmentKind.HOLD:
        return SessionWords.tr("Hold") + _side_suffix(segment.side)
    if segment.kind is SegmentKind.SWITCH:
        return SessionWords.tr("Switch sides")
    if segment.kind is SegmentKind.FLOW and segment.pose is not None:
        return segment.pose.pose
    return SessionWords.tr("Relax")


def _side_suffix(side: Side) -> str:
    """The side after a phase's name, or nothing for a symmetric stretch."""
    if side is Side.LEFT:
        return SessionWords.tr(" - left side")
    if side is Side.RIGHT:
        return SessionWords.tr(" - right side")
    return ""


class Session:
    """A routine being followed. Each control returns the events it caused."""

    def __init__(self, plan: Plan, clock: Clock, *, stall_seconds: float = STALL_SECONDS) -> None:
        if not plan.segments:
            raise ValueError("a session needs a plan with at least one segment")
        self.plan = plan
        self.clock = clock
        self.stall_seconds = stall_seconds
        self.state = SessionState.READY
        self._segments = list(plan.segments)
        self._extra = [0.0] * len(self._segments)
        self._starts = [s.start for s in self._segments]
        self._anchor_offset = 0.0
        self._anchor_wall = 0.0
        self._run_accumulated = 0.0
        self._events: list[SessionEvent] = []
        self._event_offsets: list[float] = []
        self._cursor = 0
        self._extended_groups: set[tuple[int, Side, int]] = set()
        self._skipped_holds = 0
        self._seconds_extended = 0.0
        self._steps_done: set[int] = set()
        self._rebuild_events()

    # --- reading the position -------------------------------------------

    @property
    def segments(self) -> tuple[Segment, ...]:
        """The timeline as it stands, extensions included."""
        return tuple(self._segments)

    @property
    def total(self) -> float:
        """Seconds the session runs from start to finish, extensions included."""
        return self._segments[-1].end

    def offset(self) -> float:
        """Session seconds from the start, derived from the clock."""
        if self.state is SessionState.RUNNING:
            elapsed = self.clock() - self._anchor_wall
            return min(_instant_of(self._anchor_offset + elapsed), self.total)
        return self._anchor_offset

    def position(self) -> Position:
        """Where the session is now."""
        offset = self.offset()
        index = self._index_at(offset)
        segment = self._segments[index]
        return Position(
            self.state, offset, self.total, index, segment, max(0.0, segment.end - offset)
        )

    def running_time(self) -> float:
        """Wall seconds spent running (not paused), up to the finish."""
        if self.state is SessionState.RUNNING:
            return self._run_accumulated + self.offset() - self._anchor_offset
        return self._run_accumulated

    def summary(self) -> SessionSummary:
        """Totals for the finished screen and the history."""
        return SessionSummary(
            running_time=self.running_time(),
            steps_done=len(self._steps_done),
            holds_extended=len(self._extended_groups),
            holds_skipped=self._skipped_holds,
            seconds_extended=self._seconds_extended,
        )

    def next_deadline(self) -> float | None:
        """Clock time of the next due event, or None when nothing will fire by itself."""
        if self.state is not SessionState.RUNNING or self._cursor >= len(self._events):
            return None
        return self._anchor_wall + self._event_offsets[self._cursor] - self._anchor_offset

    # --- controls -------------------------------------------------------

    def start(self) -> list[SessionEvent]:
        """Begin from the first segment."""
        if self.state is not SessionState.READY:
            return []
        self.state = SessionState.RUNNING
        self._anchor_wall = self.clock()
        return self.poll()

    def pause(self) -> list[SessionEvent]:
        """Freeze the position; nothing fires until resume."""
        if self.state is not SessionState.RUNNING:
            return []
        events = self.poll()
        if self.state is not SessionState.RUNNING:
            return events
        self._settle_running()
        self.state = SessionState.PAUSED
        return [*events, self._instant(EventKind.PAUSED, SessionWords.tr("Paused"))]

    def resume(self) -> list[SessionEvent]:
        """Carry on from where the pause froze the position."""
        if self.state is not SessionState.PAUSED:
            return []
        self.state = SessionState.RUNNING
        self._anchor_wall = self.clock()
        return [self._instant(EventKind.RESUMED, SessionWords.tr("Resumed")), *self.poll()]

    def toggle(self) -> list[SessionEvent]:
        """Start, pause or resume, whichever fits: the one key a user needs."""
        if self.state is SessionState.READY:
            return self.start()
        if self.state is SessionState.RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> list[SessionEvent]:
        """Skip to the next hold: out of a hold, or past a prepare, switch or rest."""
        events, ready = self._caught_up()
        if not ready:
            return events
        index = self._index_at(self.offset())
        segment = self._segments[index]
        if segment.is_active:
            self._skipped_holds += 1
            target = self._segments[self._group_end(index)].end
        else:
            following = next(
                (s for s in self._segments[index + 1 :] if s.is_active), self._segments[-1]
            )
            target = following.start if following.is_active else self.total
        return [*events, *self._jump(target)]

    def back(self) -> list[SessionEvent]:
        """Back to the start of this side or rep; in its first seconds, to the one before.

        So redoing the right side never means redoing the left, and a second
        press within ``BACK_GRACE_SECONDS`` reaches the previous side, rep or
        step. A side or rep starts with its lead-in (get into position, switch
        sides, or the relax between reps), so there is time to get back into
        the stretch.
        """
        events, ready = self._caught_up()
        if not ready:
            return events
        offset = self.offset()
        places = self._places()
        index = max(0, bisect.bisect_right(places, offset + _EPSILON) - 1)
        if offset - places[index] < BACK_GRACE_SECONDS and index > 0:
            index -= 1
        return [*events, *self._jump(places[index])]

    def extend(self, seconds: float = EXTEND_SECONDS) -> list[SessionEvent]:
        """Give the current stretch more time (a flow keeps alternating its poses).

        "+10 s" means more of the stretch: during the switch of sides or the
        get-ready before a hold, it lengthens that hold, not the pause before it.
        """
        events, ready = self._caught_up()
        if not ready:
            return events
        offset = self.offset()
        index = self._index_at(offset)
        leads_in = (SegmentKind.SWITCH, SegmentKind.PREPARE)
        if (
            self._segments[index].kind in leads_in
            and index + 1 < len(self._segments)
            and self._segments[index + 1].is_active
        ):
            index += 1  # the hold this pause leads into
        segment = self._segments[index]
        if segment.kind is SegmentKind.FLOW:
            self._continue_flow(self._group_end(index), seconds)
        else:
            self._segments[index] = dataclasses.replace(segment, length=segment.length + seconds)
            self._extra[index] += seconds
        if segment.is_active:  # "Holds extended: n (+s)" counts holds only, never a rest
            self._extended_groups.add((segment.step_index, segment.side, segment.rep))
            self._seconds_extended += seconds
        self._retime()
        self._rebuild_events()
        self._cursor = bisect.bisect_right(self._event_offsets, offset + _EPSILON)
        return events

    def stop(self) -> list[SessionEvent]:
        """End the session early."""
        if self._over():
            return []
        events = self.poll()
        if self._over():
            return events
        self._settle_running()
        self.state = SessionState.STOPPED
        return [*events, self._instant(EventKind.STOPPED, SessionWords.tr("Stopped"))]

    def poll(self) -> list[SessionEvent]:
        """Return the events that are due now, in planned order.

        When the first due event is more than ``stall_seconds`` late, the
        loop was blocked or the computer slept: the session pauses itself at
        that event instead of jumping ahead or firing a burst of stale cues.
        Halfway and countdown cues more than a second late are dropped.
        """
        if self.state is not SessionState.RUNNING:
            return []
        offset = self.offset()
        due: list[SessionEvent] = []
        while self._cursor < len(self._events):
            event = self._events[self._cursor]
            if event.planned > offset + _EPSILON:
                break
            late = offset - event.planned
            if not due and late > self.stall_seconds:
                return [self._stall(event, late)]
            self._cursor += 1
            if event.kind in _TRANSIENT_KINDS and late > STALE_CUE_SECONDS:
                continue
            due.append(event)
            if event.kind is EventKind.STEP_DONE:
                self._steps_done.add(event.segment.step_index)
            if event.kind is EventKind.ROUTINE_DONE:
                self._settle_running()
                self._anchor_offset = self.total
                self.state = SessionState.FINISHED
                break
        return due

    def stall(self, since: float, held_for: float) -> list[SessionEvent]:
        """Pause at clock time ``since``: the app was held up from then until now.

        The caller (the driver, which wakes at least once a second) saw
        nothing happen for ``held_for`` real seconds. The position goes back
        to where the freeze began, so a hold keeps the time it had, and the
        frozen time does not count as time spent stretching.
        """
        if self.state is not SessionState.RUNNING:
            return []
        since = min(max(since, self._anchor_wall), self.clock())
        offset = min(_instant_of(self._anchor_offset + since - self._anchor_wall), self.total)
        self._run_accumulated += offset - self._anchor_offset
        self._anchor_offset = offset
        self._anchor_wall = self.clock()
        self.state = SessionState.PAUSED
        return [self._instant(EventKind.PAUSED, _held_up_text(held_for), stalled=True)]

    # --- internals ------------------------------------------------------

    def _caught_up(self) -> tuple[list[SessionEvent], bool]:
        """Hand out what is due first, so a control acts on the present moment.

        The flag is False when there is no session left to control (not
        started, or it ended, perhaps in the very poll that caught up).
        """
        if not self._controllable():
            return [], False
        events = self.poll()
        return events, self._controllable()

    def _over(self) -> bool:
        return self.state in (SessionState.FINISHED, SessionState.STOPPED)

    def _controllable(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    def _settle_running(self) -> None:
        """Fold the running stretch since the anchor into the totals and re-anchor."""
        if self.state is SessionState.RUNNING:
            offset = self.offset()
            self._run_accumulated += offset - self._anchor_offset
            self._anchor_offset = offset
            self._anchor_wall = self.clock()

    def _stall(self, event: SessionEvent, late: float) -> SessionEvent:
        self._settle_running()
        self._run_accumulated -= late  # the stalled time was not spent stretching
        self._anchor_offset = event.planned
        self.state = SessionState.PAUSED
        return self._instant(EventKind.PAUSED, _held_up_text(late), stalled=True)

    def _jump(self, target: float) -> list[SessionEvent]:
        target = min(max(target, 0.0), self.total)
        self._settle_running()
        self._anchor_offset = target
        index = self._index_at(target)
        cursor = bisect.bisect_left(self._event_offsets, target - _EPSILON)
        while cursor < len(self._events) and self._events[cursor].segment_index < index:
            cursor += 1
        self._cursor = cursor
        if self.state is SessionState.PAUSED:
            return self._emit_paused_jump()
        return self.poll()

    def _emit_paused_jump(self) -> list[SessionEvent]:
        """While paused, a jump still announces the new segment so the display follows."""
        offset = self._anchor_offset
        due = []
        while self._cursor < len(self._events):
            event = self._events[self._cursor]
            if event.planned > offset + _EPSILON:
                break
            self._cursor += 1
            if event.kind in _TRANSIENT_KINDS:
                continue
            due.append(event)
            if event.kind is EventKind.ROUTINE_DONE:
                self.state = SessionState.FINISHED
                break
        return due

    def _instant(self, kind: EventKind, text: str, *, stalled: bool = False) -> SessionEvent:
        offset = self.offset()
        index = self._index_at(offset)
        return SessionEvent(kind, offset, index, self._segments[index], text, stalled=stalled)

    def _index_at(self, offset: float) -> int:
        index = bisect.bisect_right(self._starts, offset + _EPSILON) - 1
        return max(0, min(index, len(self._segments) - 1))

    def _places(self) -> list[float]:
        """Where each side, rep or flow starts, counting its lead-in: the targets of Back."""
        segments = self._segments
        places = []
        for index, segment in enumerate(segments):
            before = segments[index - 1] if index else None
            if not segment.is_active or (
                before is not None
                and before.is_active
                and _group_key(before) == _group_key(segment)
            ):
                continue
            first = index
            while (
                first
                and segments[first - 1].kind in _LEAD_IN_KINDS
                and (segments[first - 1].step_index == segment.step_index)
            ):
                first -= 1
            places.append(segments[first].start)
        return places or [0.0]

    def _group_end(self, index: int) -> int:
        """Index of the last segment of the hold (or flow) that ``index`` belongs to."""
        key = _group_key(self._segments[index])
        while index + 1 < len(self._segments) and _group_key(self._segments[index + 1]) == key:
            index += 1
        return index

    def _continue_flow(self, last: int, seconds: float) -> None:
        segment = self._segments[last]
        poses = self.plan.routine.steps[segment.step_index].flow
        turn = poses.index(segment.pose) + 1 if segment.pose in poses else 0
        added: list[Segment] = []
        left = seconds
        while left > _EPSILON:
            pose = poses[turn % len(poses)]
            piece = min(pose.seconds, left)
            added.append(dataclasses.replace(segment, length=piece, pose=pose))
            left -= piece
            turn += 1
        self._segments[last + 1 : last + 1] = added
        self._extra[last + 1 : last + 1] = [0.0] * len(added)

    def _retime(self) -> None:
        clock = 0.0
        for index, segment in enumerate(self._segments):
            if segment.start != clock:
                self._segments[index] = dataclasses.replace(segment, start=clock)
            clock = _instant_of(clock + segment.length)
        self._starts = [s.start for s in self._segments]

    def _rebuild_events(self) -> None:
        events: list[SessionEvent] = []
        segments = self._segments
        last_active_of_step = {s.step_index: i for i, s in enumerate(segments) if s.is_active}

        last = len(segments) - 1

        def add(
            kind: EventKind, at: float, index: int, text: str, count: int | None = None
        ) -> None:
            at_end = index == last and kind in (EventKind.STEP_DONE, EventKind.ROUTINE_DONE)
            events.append(
                SessionEvent(
                    kind, _instant_of(at), index, segments[index], text, count, at_end=at_end
                )
            )

        for index, segment in enumerate(segments):
            add(_start_kind(segment), segment.start, index, describe(segment, self.plan))
            if segment.kind is SegmentKind.HOLD and not segment.repetition:
                planned_length = segment.length - self._extra[index]
                if planned_length >= HALFWAY_MIN_SECONDS:
                    add(
                        EventKind.HALFWAY,
                        segment.start + planned_length / 2,
                        index,
                        SessionWords.tr("Halfway"),
                    )
            if segment.is_active and self._group_end(index) == index:
                for count in (3, 2, 1):
                    at = segment.end - count
                    if at > segment.start + _EPSILON:
                        add(EventKind.COUNTDOWN, at, index, str(count), count)
            if last_active_of_step.get(segment.step_index) == index:
                step = self.plan.routine.steps[segment.step_index]
                done = SessionWords.tr("{step} done").format(step=step.name)
                add(EventKind.STEP_DONE, segment.end, index, done)
        add(EventKind.ROUTINE_DONE, self.total, last, SessionWords.tr("Routine complete"))
        self._events = events
        self._event_offsets = [e.planned for e in events]


def _start_kind(segment: Segment) -> EventKind:
    """The event that opens ``segment``: each counted repetition after the first ticks on."""
    if segment.repetition > 1:
        return EventKind.REPETITION
    return _START_KIND.get(segment.kind, EventKind.SEGMENT_STARTED)


def _held_up_text(seconds: float) -> str:
    return SessionWords.tr(
        "Paused: the app was held up for {seconds} s (computer busy or asleep)"
    ).format(seconds=f"{seconds:.0f}")


def _group_key(segment: Segment) -> tuple[SegmentKind, int, Side, int]:
    return segment.kind, segment.step_index, segment.side, segment.rep


def _instant_of(seconds: float) -> float:
    """Round to a nanosecond, so that instants computed by different sums compare equal."""
    return round(seconds, 9)
