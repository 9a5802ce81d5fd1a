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
from spasm_stretch.i18n.text import Text


class CueWords(Text):
    """The large words flashed with each cue, and the side shown during a hold."""


def _start_word(kind: SegmentKind) -> str | None:
    """The word a segment of ``kind`` opens with, in the current language."""
    if kind is SegmentKind.PREPARE:
        return CueWords.tr("GET READY")
    if kind is SegmentKind.HOLD:
        return CueWords.tr("HOLD")
    if kind is SegmentKind.REST:
        return CueWords.tr("RELAX")
    return None


def cue_word(event: SessionEvent, segments: Sequence[Segment], routine: Routine) -> str | None:
    """The word to flash for ``event``, or None when it has no cue to show."""
    kind = event.kind
    if kind is EventKind.HALFWAY:
        return CueWords.tr("HALFWAY")
    if kind is EventKind.COUNTDOWN:
        return str(event.count) if event.count is not None else None
    if kind is EventKind.SWITCH_SIDES:
        side = _next_side(event.segment_index, segments)
        return _switch_word(side)
    if kind is EventKind.POSE_CHANGED and event.segment.pose is not None:
        return event.segment.pose.pose.upper()
    if kind is EventKind.STEP_DONE and not event.at_end:
        step = event.segment.step_index + 1
        if step >= len(routine.steps):
            return None
        return CueWords.tr("NEXT: {step}").format(step=routine.steps[step].name)
    if kind is EventKind.ROUTINE_DONE:
        return CueWords.tr("DONE")
    if kind is EventKind.SEGMENT_STARTED:
        return _start_word(event.segment.kind)
    return None


def _switch_word(side: Side) -> str:
    """The switch word with the next side: one message per side, as languages inflect it."""
    if side is Side.LEFT:
        return CueWords.tr("SWITCH → LEFT")
    if side is Side.RIGHT:
        return CueWords.tr("SWITCH → RIGHT")
    return CueWords.tr("SWITCH")


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
    left = side is Side.LEFT
    if "neck" in text:
        words = CueWords.tr("TILT TO THE LEFT") if left else CueWords.tr("TILT TO THE RIGHT")
    elif any(word in text for word in _LEG_WORDS):
        words = CueWords.tr("LEFT LEG") if left else CueWords.tr("RIGHT LEG")
    else:
        words = CueWords.tr("LEFT SIDE") if left else CueWords.tr("RIGHT SIDE")
    return f"\u25c0  {words}" if left else f"{words}  \u25b6"
