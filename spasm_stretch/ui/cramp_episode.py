"""The cramp happening now: its timer, its row in the log, and the long-cramp warning.

The row is written when the timer starts and updated as the person notes
things, so closing or killing the app never loses a cramp. The warning is
aimed at the timer's deadline with a single-shot timer; the once-a-second
tick only redraws the time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from spasm_stretch.core.clock import Clock
from spasm_stretch.core.cramp_timer import CrampTimer
from spasm_stretch.history import History, now


class CrampEpisode(QObject):
    """One cramp at a time, timed from when help was asked for."""

    changed = Signal()  # started, stopped, or a second went by
    limit_reached = Signal()  # once per cramp, when it has lasted the limit

    def __init__(
        self,
        clock: Clock,
        limit_seconds: float,
        history: History | None,
        *,
        speed: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timer = CrampTimer(clock, limit_seconds)
        self.history = history
        self.episode_id: int | None = None
        self._speed = speed
        self._warned = False
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self.refresh)

    def begin(self) -> None:
        """A new cramp: time it from now and log it at once."""
        self.timer.start()
        self._warned = False
        self.episode_id = self.history.start_episode(now()) if self.history else None
        self._tick.start(max(1, round(1000 / self._speed)))
        self.refresh()

    def end(self) -> None:
        """The cramp is over: stop the timer and log the end time."""
        if not self.timer.running:
            return
        self.timer.stop()
        self.release()
        if self.history and self.episode_id is not None:
            self.history.end_episode(self.episode_id, now())
        self.changed.emit()

    def save(self, *, area: str, helped: tuple[str, ...], tags: tuple[str, ...], note: str) -> None:
        """Store what the person noted about this cramp."""
        if self.history and self.episode_id is not None:
            self.history.update_episode(
                self.episode_id, area=area, helped=helped, tags=tags, note=note
            )

    def discard(self) -> None:
        """Not a cramp after all: stop and remove it from the log."""
        self.release()
        if self.history and self.episode_id is not None:
            self.history.delete_episode(self.episode_id)
        self.episode_id = None
        self.timer.reset()
        self.changed.emit()

    def release(self) -> None:
        """Stop the tick and the deadline timer; the logged row stays as it is."""
        self._tick.stop()
        self._deadline.stop()

    def refresh(self) -> None:
        """Re-read the clock: announce the limit once, and re-aim at it while running."""
        if self.timer.over_limit() and not self._warned:
            self._warned = True
            self.limit_reached.emit()
        left = self.timer.seconds_to_limit()
        if left is not None:
            self._deadline.start(max(1, round(left * 1000 / self._speed)))
        self.changed.emit()
