"""Flatten a routine plus the user's settings into a timeline of segments.

The session engine, the window and the command line all read the same plan,
so a duration shown in the picker is exactly the duration a session runs.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from spasm_stretch.core.model import FlowPose, HoldChoice, Routine, Side, Step


class SegmentKind(Enum):
    """What the person is doing during a segment."""

    PREPARE = "prepare"
    HOLD = "hold"
    FLOW = "flow"
    SWITCH = "switch"
    REST = "rest"


ACTIVE_KINDS = frozenset({SegmentKind.HOLD, SegmentKind.FLOW})


@dataclass(frozen=True)
class PlanSettings:
    """The user's choices that shape a plan; None keeps what the routine says."""

    hold: HoldChoice = HoldChoice.MEDIUM
    prepare: float | None = None
    rest: float | None = None
    only_side: Side | None = None  # a cramp in one leg: stretch that side only


@dataclass(frozen=True)
class Segment:
    """One stretch of time with a single thing to do; times in seconds from the start."""

    kind: SegmentKind
    start: float
    length: float
    step_index: int
    side: Side = Side.NONE
    rep: int = 1
    pose: FlowPose | None = None
    repetition: int = 0  # 1..count within a counted step's set; 0 for a plain hold

    @property
    def end(self) -> float:
        """When the segment is over."""
        return self.start + self.length

    @property
    def is_active(self) -> bool:
        """True while the person is stretching (holding or flowing)."""
        return self.kind in ACTIVE_KINDS


@dataclass(frozen=True)
class Plan:
    """A routine's whole timeline; segments are contiguous and start at 0."""

    routine: Routine
    segments: tuple[Segment, ...]

    @property
    def total(self) -> float:
        """Seconds from the first prepare to the end of the last hold."""
        return self.segments[-1].end if self.segments else 0.0

    @property
    def active_total(self) -> float:
        """Seconds spent stretching, without prepare, switch and rest."""
        return sum(s.length for s in self.segments if s.is_active)


def make_plan(routine: Routine, settings: PlanSettings | None = None) -> Plan:
    """Build the timeline for ``routine`` under ``settings``.

    Each step gets a prepare, then its holds (left then right when it works
    both sides, repeated for its reps) with a switch or a short relax between
    them, then its rest; the last step has no rest after it. A counted step's
    "hold" is its set: one segment per repetition, each its tempo plus the
    short hold at the end of a repetition.
    """
    builder = _Builder()
    _lay_out(routine, settings or PlanSettings(), builder)
    return Plan(routine, tuple(builder.segments))


def plan_length(routine: Routine, settings: PlanSettings | None = None) -> float:
    """``make_plan(routine, settings).total``, without making the segments.

    The routine list shows every routine's length: for a folder of thousands
    the segments were most of the cost of listing it.
    """
    builder = _Builder(keep=False)
    _lay_out(routine, settings or PlanSettings(), builder)
    return builder.clock


def _lay_out(routine: Routine, settings: PlanSettings, builder: _Builder) -> None:
    prepare = routine.prepare if settings.prepare is None else settings.prepare
    last = len(routine.steps) - 1
    for index, step in enumerate(routine.steps):
        builder.add(SegmentKind.PREPARE, prepare, index)
        holds = list(_holds(step, settings.only_side))
        for number, (rep, side) in enumerate(holds):
            if number:
                previous_side = holds[number - 1][1]
                kind = SegmentKind.SWITCH if side is not previous_side else SegmentKind.REST
                builder.add(kind, routine.switch, index, side=side, rep=rep)
            builder.add_hold(step, step.hold.pick(settings.hold), index, side, rep)
        if index != last:
            builder.add(
                SegmentKind.REST, step.rest if settings.rest is None else settings.rest, index
            )


def _holds(step: Step, only_side: Side | None) -> Iterator[tuple[int, Side]]:
    if not step.both_sides:
        sides: tuple[Side, ...] = (Side.NONE,)
    elif only_side in (Side.LEFT, Side.RIGHT):
        sides = (only_side,)
    else:
        sides = (Side.LEFT, Side.RIGHT)
    for rep in range(1, step.reps + 1):
        for side in sides:
            yield rep, side


class _Builder:
    def __init__(self, *, keep: bool = True) -> None:
        self.segments: list[Segment] = []
        self.keep = keep  # False: only the clock advances (plan_length)
        self.clock = 0.0

    def add(
        self,
        kind: SegmentKind,
        length: float,
        step_index: int,
        *,
        side: Side = Side.NONE,
        rep: int = 1,
        pose: FlowPose | None = None,
        repetition: int = 0,
    ) -> None:
        if length <= 0:
            return
        if self.keep:
            self.segments.append(
                Segment(kind, self.clock, length, step_index, side, rep, pose, repetition)
            )
        self.clock += length

    def add_hold(self, step: Step, length: float, step_index: int, side: Side, rep: int) -> None:
        if step.count is not None:
            for repetition in range(1, step.count + 1):
                self.add(
                    SegmentKind.HOLD,
                    step.tempo + length,
                    step_index,
                    side=side,
                    rep=rep,
                    repetition=repetition,
                )
            return
        if not step.flow:
            self.add(SegmentKind.HOLD, length, step_index, side=side, rep=rep)
            return
        done = 0.0
        turn = 0
        while length - done > 1e-9:
            pose = step.flow[turn % len(step.flow)]
            piece = min(pose.seconds, length - done)
            self.add(SegmentKind.FLOW, piece, step_index, side=side, rep=rep, pose=pose)
            done += piece
            turn += 1


def seconds_left(seconds: float) -> int:
    """Whole seconds left as every countdown shows them: rounded up, as a kitchen timer does.

    The ring, the window title and the time left overall all use this, so
    they change at the same instant.
    """
    return max(0, math.ceil(seconds - 1e-6))


def format_left(seconds: float) -> str:
    """Time left as m:ss, by the same rule as the countdown ring."""
    return format_duration(seconds_left(seconds))


def format_duration(seconds: float) -> str:
    """Show seconds as m:ss, the way a kitchen timer does."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
