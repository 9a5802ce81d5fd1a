"""The one place where Qt meets the session engine.

A single-shot ``Qt.PreciseTimer`` is aimed at the engine's next deadline
and re-aimed after every event or control, so the process sleeps between
events: no polling, no tick counting. A separate display tick (10 Hz) runs
only while a countdown is on screen. UI, audio and history listen to this
object's signals and nothing else.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from spasm_stretch.core.engine import Position, Session, SessionEvent, SessionState

DISPLAY_TICK_MS = 100


class SessionDriver(QObject):
    """Plays a Session in the Qt event loop.

    Signals:
        event_fired(SessionEvent): every engine event, in order, as it falls due.
        state_changed(SessionState): after any change of running, paused, finished...
        ticked(Position): while display ticks are wanted, up to 10 times a second
            and after every control (a +10 s changes the position without an event).
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
        self._display_timer.setInterval(DISPLAY_TICK_MS)
        self._display_timer.timeout.connect(self._on_display_tick)
        self._display_wanted = False
        self._state = session.state

    def set_display_ticks(self, wanted: bool) -> None:
        """Ask for (or stop) position updates, e.g. while a countdown is visible."""
        self._display_wanted = wanted
        self._aim()

    def position(self) -> Position:
        """Where the session is now."""
        return self.session.position()

    def start(self) -> None:
        """Begin the session."""
        self._apply(self.session.start())

    def toggle(self) -> None:
        """Start, pause or resume."""
        self._apply(self.session.toggle())

    def pause(self) -> None:
        """Pause."""
        self._apply(self.session.pause())

    def resume(self) -> None:
        """Resume after a pause."""
        self._apply(self.session.resume())

    def next(self) -> None:
        """Skip to the next hold."""
        self._apply(self.session.next())

    def back(self) -> None:
        """Restart the step, or go to the previous one."""
        self._apply(self.session.back())

    def extend(self) -> None:
        """Add ten seconds to the current segment."""
        self._apply(self.session.extend())

    def stop(self) -> None:
        """End the session early."""
        self._apply(self.session.stop())

    def refresh(self) -> None:
        """Hand out what is due now, update the display and re-aim (after a clock jump)."""
        self._apply(self.session.poll())

    def _on_deadline(self) -> None:
        self._apply(self.session.poll())

    def _on_display_tick(self) -> None:
        self._apply(self.session.poll())

    def _apply(self, events: list[SessionEvent]) -> None:
        for event in events:
            self.event_fired.emit(event)
        if self.session.state is not self._state:
            self._state = self.session.state
            self.state_changed.emit(self._state)
        if self._display_wanted:
            self.ticked.emit(self.session.position())
        self._aim()

    def _aim(self) -> None:
        deadline = self.session.next_deadline()
        if deadline is None:
            self._deadline_timer.stop()
        else:
            wait = (deadline - self.session.clock()) / self.speed
            self._deadline_timer.start(max(0, math.ceil(wait * 1000)))
        running = self.session.state is SessionState.RUNNING
        if running and self._display_wanted:
            if not self._display_timer.isActive():
                self._display_timer.start()
        else:
            self._display_timer.stop()
