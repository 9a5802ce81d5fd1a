"""The cues a run of session events sounds, as the window plays them."""

from __future__ import annotations

from collections.abc import Iterable

from spasm_stretch.core.cues import Cue, cue_for
from spasm_stretch.core.engine import SessionEvent


def cue_sequence(events: Iterable[SessionEvent]) -> list[tuple[float, Cue]]:
    """The (planned time, cue) pairs a run of ``events`` sounds."""
    pairs = ((event.planned, cue_for(event)) for event in events)
    return [(planned, cue) for planned, cue in pairs if cue is not None]
