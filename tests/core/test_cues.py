"""Each seed routine, run by the engine, sounds exactly its recorded cue list.

To re-record after a deliberate change: SPASM_RECORD_GOLDEN=1 pytest tests/core/test_cues.py,
then read the diff of tests/core/golden_cues/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.cues import Cue
from spasm_stretch.core.engine import Session, SessionEvent
from spasm_stretch.core.plan import make_plan
from spasm_stretch.resources import builtin_routines_dir, images_dir
from tests.helpers.clock import FakeClock
from tests.helpers.cues import cue_sequence

GOLDEN = Path(__file__).parent / "golden_cues"
CATALOG = load_catalog([RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()])


def run_whole(routine_id: str) -> list[SessionEvent]:
    routine = CATALOG.find(routine_id)
    assert routine is not None
    clock = FakeClock()
    session = Session(make_plan(routine), clock)
    events = session.start()
    while (deadline := session.next_deadline()) is not None:
        clock.now = deadline
        events += session.poll()
    return events


@pytest.mark.parametrize("routine_id", sorted(r.id for r in CATALOG.routines))
def test_cue_sequence_matches_the_recording(routine_id: str) -> None:
    """The cues (and their times) of a whole routine are as recorded."""
    lines = [f"{planned:7.2f} {cue.value}" for planned, cue in cue_sequence(run_whole(routine_id))]
    golden = GOLDEN / f"{routine_id}.txt"
    if os.environ.get("SPASM_RECORD_GOLDEN"):
        golden.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert lines == golden.read_text(encoding="utf-8").splitlines()


def test_the_end_sounds_once() -> None:
    """At the very end only 'routine done' sounds, not 'step done' on top of it."""
    cues = [cue for _, cue in cue_sequence(run_whole("calf"))]
    assert cues[-1] is Cue.ROUTINE_DONE
    assert cues[-2] is Cue.COUNTDOWN
