"""The word each cue shows large for a moment: the visual twin of its sound.

Someone who cannot hear the cues (muted, noisy room, hard of hearing) must
still tell "halfway" from "3" from "switch sides", so each cue has its own
word; this module picks it from the event and the plan, without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from spasm_stretch.core.engine import EventKind, SessionEvent
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import Segment, SegmentKind

_STARTS = {
    SegmentKind.PREPARE: "GET READY",
    SegmentKind.HOLD: "HOLD",
    SegmentKind.REST: "RELAX",
}


def cue_word(event: SessionEvent, segments: Sequence[Segment], routine: Routine) -> str | None:
    """The word to flash for ``event``, or None when it has no cue to show."""
    kind = event.kind
    if kind is EventKind.HALFWAY:
        return "HALFWAY"
    if kind is EventKind.COUNTDOWN:
        return str(event.count) if event.count is not None else None
    if kind is EventKind.SWITCH_SIDES:
        side = _next_side(event.segment_index, segments)
        return f"SWITCH \u2192 {side.value.upper()}" if side is not Side.NONE else "SWITCH"
    if kind is EventKind.POSE_CHANGED and event.segment.pose is not None:
        return event.segment.pose.pose.upper()
    if kind is EventKind.STEP_DONE and not event.at_end:
        step = event.segment.step_index + 1
        return f"NEXT: {routine.steps[step].name}" if step < len(routine.steps) else None
    if kind is EventKind.ROUTINE_DONE:
        return "DONE"
    if kind is EventKind.SEGMENT_STARTED:
        return _STARTS.get(event.segment.kind)
    return None


def _next_side(index: int, segments: Sequence[Segment]) -> Side:
    """The side of the first hold after the segment at ``index``."""
    return next((s.side for s in segments[index + 1 :] if s.is_active), Side.NONE)


_LEG_WORDS = ("calf", "hamstring", "quadriceps", "thigh", "leg", "foot", "knee")


def side_words(area: str, step_name: str, side: Side) -> str:
    """The side in words and arrow, read from the floor: "◀  LEFT LEG", "TILT TO THE RIGHT  ▶".

    The words follow the body part, from the routine's area or else the
    step's name (a full-body routine holds legs and a neck).
    """
    if side is Side.NONE:
        return ""
    text = f"{area} {step_name}".casefold()
    name = side.value.upper()
    if "neck" in text:
        words = f"TILT TO THE {name}"
    elif any(word in text for word in _LEG_WORDS):
        words = f"{name} LEG"
    else:
        words = f"{name} SIDE"
    return f"\u25c0  {words}" if side is Side.LEFT else f"{words}  \u25b6"
