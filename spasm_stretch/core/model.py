"""The routine model: immutable values that the loader builds and the planner reads.

Frozen dataclasses, so a routine shared between the picker, the planner and
a running session can never be changed under any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Side(Enum):
    """Which side of the body a hold works; NONE for symmetric stretches."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


class HoldChoice(Enum):
    """Where in a hold range such as "20-30" the user wants their holds."""

    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


@dataclass(frozen=True)
class HoldRange:
    """Seconds to hold, as the author wrote them: one number or a low-high range."""

    low: float
    high: float

    def pick(self, choice: HoldChoice) -> float:
        """Return the hold length for the user's choice, in whole seconds for a range."""
        if choice is HoldChoice.SHORT:
            return self.low
        if choice is HoldChoice.LONG:
            return self.high
        return float(round((self.low + self.high) / 2))

    def __str__(self) -> str:
        if self.low == self.high:
            return f"{self.low:g} s"
        return f"{self.low:g}-{self.high:g} s"


@dataclass(frozen=True)
class FlowPose:
    """One pose of a flowing stretch (cat-cow), held for a few seconds in turn."""

    pose: str
    cue: str
    seconds: float
    image: Path | None = None


@dataclass(frozen=True)
class Step:
    """One stretch in a routine.

    A counted step (``count`` repetitions of ``tempo`` seconds, such as ten
    ankle pumps) has ``hold`` as the pause at the end of each repetition,
    zero when there is none.
    """

    name: str
    instructions: tuple[str, ...]
    hold: HoldRange
    both_sides: bool = False
    reps: int = 1
    rest: float = 0.0
    image: Path | None = None
    flow: tuple[FlowPose, ...] = ()
    count: int | None = None
    tempo: float = 0.0
    image_side: Side = Side.LEFT  # the side the picture shows; the other side is its mirror
    # The name its routine file gives, when a translation shows another: rules
    # that read the words (which leg a side is) read this one, in any language.
    original_name: str = ""


@dataclass(frozen=True)
class Routine:
    """A named sequence of stretches, loaded from one YAML file."""

    id: str
    name: str
    area: str
    summary: str
    steps: tuple[Step, ...]
    prepare: float
    switch: float
    caution: str | None = None
    source: Path | None = None
    # The name its routine file gives, when a translation shows another: the
    # log stores this one, so a log stays in one language whatever is shown.
    original_name: str = ""
