"""Clocks the session can run on: the real monotonic one, or a faster one for demos.

A clock is any callable returning monotonic seconds. Scaling one (``--speed
4``) makes a whole routine run four times faster while the engine's maths
stays the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


def scaled_clock(speed: float, base: Clock = time.monotonic) -> Clock:
    """A clock that runs ``speed`` times faster than ``base`` from the moment it is made."""
    if speed <= 0:
        raise ValueError(f"speed must be positive, got {speed}")
    origin = base()

    def now() -> float:
        return origin + (base() - origin) * speed

    return now
