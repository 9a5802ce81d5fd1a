"""A clock that only moves when a test moves it."""

from __future__ import annotations


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
