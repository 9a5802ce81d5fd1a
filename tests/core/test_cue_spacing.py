"""Cues at the same instant play one after another, or the lesser is dropped, by rule."""

from __future__ import annotations

import itertools

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.cue_spacing import PRIORITY, CueQueue
from spasm_stretch.core.cues import Cue
from spasm_stretch.core.engine import Session, SessionEvent
from spasm_stretch.core.plan import PlanSettings, make_plan
from spasm_stretch.resources import builtin_routines_dir, images_dir
from tests.helpers.clock import FakeClock
from tests.helpers.cues import cue_sequence

LENGTHS = {cue: 0.5 for cue in Cue}
CATALOG = load_catalog([RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()])


def heard(pairs: list[tuple[float, Cue]], queue: CueQueue) -> list[tuple[float, Cue]]:
    """Feed (time, cue) pairs through ``queue``; return (start, cue) as they would sound."""
    out: list[tuple[float, Cue]] = []
    moments = sorted({t for t, _ in pairs} | {t + d / 100 for t, _ in pairs for d in range(300)})
    pending = sorted(pairs, key=lambda pair: pair[0])
    for now in moments:
        while pending and pending[0][0] <= now:
            queue.offer(pending.pop(0)[1], now)
        out += [(now, cue) for cue in queue.due(now)]
    return out


def test_cues_at_one_instant_play_in_sequence_without_overlap() -> None:
    """'Step done' and 'get ready' together: both heard, the second after the first ends."""
    queue = CueQueue(LENGTHS, gap=0.1)
    assert queue.offer(Cue.STEP_DONE, 10.0) is None
    assert queue.offer(Cue.PREPARE, 10.0) is None
    assert queue.due(10.0) == [Cue.STEP_DONE]
    assert queue.next_start() == 10.6
    assert queue.due(10.59) == []
    assert queue.due(10.6) == [Cue.PREPARE]


def test_a_cue_that_would_wait_too_long_drops_the_lesser() -> None:
    """Three at once: the third cannot wait 1.2 s, so the lower-priority cue goes."""
    queue = CueQueue(LENGTHS, gap=0.1, max_delay=0.8)
    queue.offer(Cue.STEP_DONE, 0.0)
    queue.offer(Cue.COUNTDOWN, 0.0)
    assert queue.offer(Cue.PREPARE, 0.0) is Cue.COUNTDOWN  # what to do now wins
    assert queue.offer(Cue.HALFWAY, 0.0) is Cue.HALFWAY  # a lesser newcomer is the one dropped
    assert queue.due(5.0) == [Cue.STEP_DONE, Cue.PREPARE]


def test_a_free_queue_adds_no_delay() -> None:
    """Cues far apart start the moment they are fired."""
    queue = CueQueue(LENGTHS)
    for moment in (0.0, 1.0, 2.0):
        queue.offer(Cue.COUNTDOWN, moment)
        assert queue.due(moment) == [Cue.COUNTDOWN]
        assert queue.next_start() is None


def run_whole(routine_id: str, settings: PlanSettings) -> list[SessionEvent]:
    routine = CATALOG.find(routine_id)
    assert routine is not None
    clock = FakeClock()
    session = Session(make_plan(routine, settings), clock)
    events = session.start()
    while (deadline := session.next_deadline()) is not None:
        clock.now = deadline
        events += session.poll()
    return events


def test_full_body_with_no_rest_sounds_every_cue_distinctly() -> None:
    """Rest 0: each 'step done' on a 'get ready' is heard, then the other; none overlap."""
    lengths = {cue: 0.63 for cue in Cue}
    fired = cue_sequence(run_whole("full-body", PlanSettings(rest=0)))
    together = sum(1 for a, b in itertools.pairwise(fired) if a[0] == b[0])
    assert together >= 6
    sounded = heard(fired, CueQueue(lengths))
    assert [cue for _, cue in sounded] == [cue for _, cue in fired]
    for (start, _), (following, _) in itertools.pairwise(sounded):
        assert following - start >= 0.63
    assert max(s - f for (s, _), (f, _) in zip(sounded, fired, strict=True)) <= 0.8


def test_every_cue_has_a_priority() -> None:
    """A cue added later cannot reach the queue without a rank (it would raise at play time)."""
    assert set(PRIORITY) == set(Cue)
