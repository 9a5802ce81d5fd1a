"""Which sound, if any, each session event calls for.

During a session every cue and spoken phrase comes from an engine event,
through ``cue_for`` and ``spoken_phrase`` here: when a sound is due is the
engine's timing, not the audio's. The audio output only spaces out cues that
fall together (``cue_spacing``). So the cue sequence of any routine can be
checked without Qt and without a sound card.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from spasm_stretch.core.engine import EventKind, SessionEvent
from spasm_stretch.core.plan import Plan, SegmentKind
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine


class SpokenWords(Text):
    """What the optional voice says between holds."""


class Cue(Enum):
    """A sound; the value is its file name without ``.wav``."""

    PREPARE = "prepare"
    HOLD_START = "hold_start"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    SWITCH_SIDES = "switch_sides"
    POSE_CHANGE = "pose_change"
    TICK = "tick"
    STEP_DONE = "step_done"
    ROUTINE_DONE = "routine_done"


_BY_EVENT = {
    EventKind.HALFWAY: Cue.HALFWAY,
    EventKind.COUNTDOWN: Cue.COUNTDOWN,
    EventKind.SWITCH_SIDES: Cue.SWITCH_SIDES,
    EventKind.POSE_CHANGED: Cue.POSE_CHANGE,
    EventKind.REPETITION: Cue.TICK,
    EventKind.STEP_DONE: Cue.STEP_DONE,
    EventKind.ROUTINE_DONE: Cue.ROUTINE_DONE,
}
_BY_SEGMENT_START = {SegmentKind.PREPARE: Cue.PREPARE, SegmentKind.HOLD: Cue.HOLD_START}


def cue_for(event: SessionEvent) -> Cue | None:
    """The cue for ``event``, or None (relax, pause and stop are silent).

    The last step's "step done" falls at the same instant as "routine done",
    so only the routine's cue sounds there.
    """
    if event.kind is EventKind.SEGMENT_STARTED:
        return _BY_SEGMENT_START.get(event.segment.kind)
    if event.kind is EventKind.STEP_DONE and event.at_end:
        return None
    return _BY_EVENT.get(event.kind)


def spoken_phrase(event: SessionEvent, routine: Routine) -> str | None:
    """What the optional voice says for ``event``: step names and the changes between holds."""
    segment = event.segment
    if event.kind is EventKind.SEGMENT_STARTED and segment.kind is SegmentKind.PREPARE:
        return routine.steps[segment.step_index].name
    if event.kind is EventKind.SEGMENT_STARTED and segment.kind is SegmentKind.REST:
        return SpokenWords.tr("Relax")
    if event.kind is EventKind.SWITCH_SIDES:
        return SpokenWords.tr("Switch sides")
    if event.kind is EventKind.ROUTINE_DONE:
        return SpokenWords.tr("Routine complete. Well done.")
    return None


def routine_phrases(plan: Plan) -> list[str]:
    """Every phrase ``spoken_phrase`` can say in ``plan``, each once, in the order first needed.

    The voice synthesises these when a session opens, the first one first,
    so no phrase has to be made while the session waits for it.
    """
    phrases: list[str] = []
    for segment in plan.segments:
        if segment.kind is SegmentKind.PREPARE:
            phrases.append(plan.routine.steps[segment.step_index].name)
        elif segment.kind is SegmentKind.REST:
            phrases.append(SpokenWords.tr("Relax"))
        elif segment.kind is SegmentKind.SWITCH:
            phrases.append(SpokenWords.tr("Switch sides"))
    phrases.append(SpokenWords.tr("Routine complete. Well done."))
    return list(dict.fromkeys(phrases))
