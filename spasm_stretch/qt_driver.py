"""The one place where Qt meets the session engine.

A single-shot ``Qt.PreciseTimer`` is aimed at the engine's next deadline
(but never more than a second ahead) and re-aimed after every event, control
or display tick, so the process sleeps between events: no polling, no tick
counting. A separate display tick runs only while a countdown is on screen,
and only as often as the picture changes: as each whole second begins (the
number) and as the ring's arc moves a visible step, never more than
``DISPLAY_TICKS_PER_SECOND`` times a second. The ticks between two whole
seconds divide the second evenly (a half, a third...), so the tick for the
new number is also one of the arc's: a hold whose arc moves a step
every 0.3 s is redrawn three times a second, never twice within a few
milliseconds. Whoever shows a session (the window, ``trace``)
learns of its events, state changes and display ticks only from this object's signals, and moves
it only through this object's controls; between signals it may read the
session (its state, position, summary and plan).

Because the driver wakes at least once a second while a session runs, a
gap of several seconds between two wake-ups can only mean the process was held up
(SIGSTOP, a machine too busy to run it, a debugger): the session is then
paused at the moment the freeze began and says for how long, whether or
not an event fell inside the gap.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from spasm_stretch.core.engine import Position, Session, SessionEvent, SessionState

DISPLAY_TICKS_PER_SECOND = 8  # the arc's fastest redraw (a short segment) looks smooth at this
LATE_MS = 2  # a display tick comes this long after the second it shows, never before it
HEARTBEAT_MS = 1000  # a freeze (3 s or more) is then measured to a second


class SessionDriver(QObject):
    """Plays a Session in the Qt event loop.

    Signals:
        event_fired(SessionEvent): every engine event, in order, as it falls due.
        state_changed(SessionState): after any change of running, paused, finished...
        ticked(Position): while display ticks are wanted, as the picture changes (up to
            ``DISPLAY_TICKS_PER_SECOND`` times a second) and after every control (a +10 s
            changes the position without an event).
    """

    event_fired = Signal(object)
    state_changed = Signal(object)
    ticked = Signal(object)

    def __init__(self, session: Session, *, speed: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.speed = speed
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.timeout.connect(self._on_deadline)
        self._display_timer = QTimer(self)
        self._display_timer.setSingleShot(True)
        self._display_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._display_timer.timeout.connect(self._on_display_tick)
        self._ticks_per_second = DISPLAY_TICKS_PER_SECOND
        self._display_wanted = False
        self._state = session.state
        self._last_wake = session.clock()

    def set_display_ticks(self, wanted: bool) -> None:
        """Ask for (or stop) position updates, e.g. while a countdown is visible."""
        self._display_wanted = wanted
        self._aim()

    def set_display_interval(self, seconds: float) -> None:
        """Redraw at most this often (session seconds), for what changes slowly on screen.

        The display tick still comes as each whole second left begins, so the
        number never lags; between, it comes as many times a second as whole
        ``seconds`` fit in one (e.g. the time the arc takes to move a pixel: a
        pixel every 0.3 s, three ticks a second), evenly spaced, and never
        more than ``DISPLAY_TICKS_PER_SECOND`` times.
        """
        fit = math.floor(1 / seconds) if seconds > 0 else DISPLAY_TICKS_PER_SECOND
        self._ticks_per_second = max(1, min(DISPLAY_TICKS_PER_SECOND, fit))

    def _display_wait(self) -> float:
        """Real seconds until the time left reaches the next tick: a whole 1/n of a second."""
        remaining = self.session.position().remaining
        per_second = self._ticks_per_second
        below = (math.ceil(remaining * per_second - 1e-9) - 1) / per_second
        return max(0.0, remaining - below) / self.speed

    def position(self) -> Position:
        """Where the session is now."""
        return self.session.position()

    def start(self) -> None:
        """Begin the session."""
        self._act(self.session.start)

    def toggle(self) -> None:
        """Start, pause or resume."""
        self._act(self.session.toggle)

    def pause(self) -> None:
        """Pause."""
        self._act(self.session.pause)

    def resume(self) -> None:
        """Resume after a pause."""
        self._act(self.session.resume)

    def next(self) -> None:
        """Skip to the next hold."""
        self._act(self.session.next)

    def back(self) -> None:
        """Restart the step, or go to the previous one."""
        self._act(self.session.back)

    def extend(self) -> None:
        """Add ten seconds to the current segment."""
        self._act(self.session.extend)

    def stop(self) -> None:
        """End the session early."""
        self._act(self.session.stop)

    def refresh(self) -> None:
        """Hand out what is due now, update the display and re-aim (after a clock jump)."""
        self._act(self.session.poll)

    def _on_deadline(self) -> None:
        self._act(self.session.poll, show=False)

    def _on_display_tick(self) -> None:
        self._act(self.session.poll)

    def _act(self, control: Callable[[], list[SessionEvent]], *, show: bool = True) -> None:
        """Run ``control``, unless the process was held up since the last wake-up.

        A key pressed during a freeze is queued and handled after it; the
        pause that the freeze calls for comes first, and that key is not
        applied on top of it (a Space would otherwise resume at once).
        """
        stalled = self._stall()
        events = stalled if stalled else control()
        self._apply(events, show=show or bool(events))

    def _stall(self) -> list[SessionEvent]:
        if self.session.state is not SessionState.RUNNING:
            return []
        now = self.session.clock()
        held_for = (now - self._last_wake) / self.speed
        if held_for <= self.session.stall_seconds:
            return []
        return self.session.stall(self._last_wake, held_for)

    def _apply(self, events: list[SessionEvent], *, show: bool = True) -> None:
        for event in events:
            self.event_fired.emit(event)
        if self.session.state is not self._state:
            self._state = self.session.state
            self.state_changed.emit(self._state)
        if self._display_wanted and show:  # a heartbeat with nothing to show draws nothing
            self.ticked.emit(self.session.position())
        self._last_wake = self.session.clock()
        self._aim()

    def _aim(self) -> None:
        deadline = self.session.next_deadline()
        if deadline is None:
            self._deadline_timer.stop()
        else:
            wait = (deadline - self.session.clock()) / self.speed
            self._deadline_timer.start(min(HEARTBEAT_MS, max(0, math.ceil(wait * 1000))))
        running = self.session.state is SessionState.RUNNING
        if running and self._display_wanted:
            if not self._display_timer.isActive():
                wait = math.ceil(self._display_wait() * 1000) + LATE_MS
                self._display_timer.start(wait)
        else:
            self._display_timer.stop()
