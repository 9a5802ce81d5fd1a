"""The cramp timer: how long the cramp has lasted, read from a monotonic clock.

Elapsed time is always ``now - started`` (never a count of display ticks),
so a busy or suspended window cannot make the 10-minute warning late.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spasm_stretch.core.clock import Clock


class CrampTimer:
    """Runs from start() to stop(); knows when the cramp has lasted ``limit`` seconds."""

    def __init__(self, clock: Clock, limit: float) -> None:
        self._clock = clock
        self.limit = limit
        self._started: float | None = None
        self._stopped: float | None = None

    @property
    def running(self) -> bool:
        """Started and not yet stopped."""
        return self._started is not None and self._stopped is None

    @property
    def started(self) -> bool:
        """Started at least once since the last reset."""
        return self._started is not None

    def start(self) -> None:
        """Start timing a new cramp from zero."""
        self._started = self._clock()
        self._stopped = None

    def stop(self) -> None:
        """The cramp is over: freeze the elapsed time."""
        if self.running:
            self._stopped = self._clock()

    def reset(self) -> None:
        """Back to not started."""
        self._started = self._stopped = None

    def elapsed(self) -> float:
        """Seconds the cramp has lasted (so far, or in all once stopped)."""
        if self._started is None:
            return 0.0
        end = self._clock() if self._stopped is None else self._stopped
        return max(0.0, end - self._started)

    def over_limit(self) -> bool:
        """Whether the cramp has lasted ``limit`` seconds or more."""
        return self.started and self.elapsed() >= self.limit

    def seconds_to_limit(self) -> float | None:
        """Seconds until the limit is reached while running; None otherwise."""
        if not self.running or self.over_limit():
            return None
        return self.limit - self.elapsed()
