"""A clock that only moves when a test moves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Monotonic seconds under the test's control."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward; a monotonic clock never goes back."""
        assert seconds >= 0
        self.now += seconds


class FakeWallClock:
    """Wall-clock time (aware, UTC) under the test's control; it can jump either way."""

    def __init__(self, start: datetime) -> None:
        assert start.tzinfo is not None
        self.now = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        """Let time pass (or, with a negative delta, set the clock back)."""
        self.now += delta

    def set(self, moment: datetime) -> None:
        """Jump straight to ``moment``, as a wake or a clock change does."""
        self.now = moment.astimezone(UTC)
