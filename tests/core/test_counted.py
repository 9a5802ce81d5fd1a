"""Counted repetitions with a tempo: loaded, planned, played and cued as a person expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from spasm_stretch.core.cues import Cue
from spasm_stretch.core.engine import EventKind, Session, SessionEvent
from spasm_stretch.core.loader import load_routine_text
from spasm_stretch.core.model import Routine
from spasm_stretch.core.plan import SegmentKind, make_plan
from tests.helpers.clock import FakeClock
from tests.helpers.cues import cue_sequence

PUMPS = """\
id: pumps
name: Pumps
area: calf
summary: Ten ankle pumps, then a towel stretch.
prepare: 5
switch: 5
steps:
  - name: Ankle pumps
    instructions:
      - Point the toes, then pull them back.
    count: 10
    tempo: 2
    rest: 5
  - name: Towel stretch
    instructions:
      - Loop a towel round the foot and pull gently.
    hold: 30
    sides: both
"""


def load(text: str) -> Routine:
    result = load_routine_text(text, Path("pumps.yaml"))
    assert result.routine is not None, result.problems
    return result.routine


def play(routine: Routine) -> list[SessionEvent]:
    """Every event of a whole run, deadline by deadline, as the Qt driver does it."""
    clock = FakeClock()
    session = Session(make_plan(routine), clock)
    events = session.start()
    while (deadline := session.next_deadline()) is not None:
        clock.now = max(clock.now, deadline)
        events += session.poll()
    return events


def test_counted_step_loads_with_count_tempo_and_no_hold() -> None:
    """'count: 10' with 'tempo: 2' loads as ten repetitions with no hold at their ends."""
    step = load(PUMPS).steps[0]
    assert (step.count, step.tempo, step.hold.high) == (10, 2.0, 0.0)


def test_counted_plan_has_one_segment_per_repetition() -> None:
    """Ten 2 s repetitions become ten hold segments numbered 1 to 10, 20 s in all."""
    plan = make_plan(load(PUMPS))
    reps = [s for s in plan.segments if s.step_index == 0 and s.kind is SegmentKind.HOLD]
    assert [s.repetition for s in reps] == list(range(1, 11))
    assert {s.length for s in reps} == {2.0}
    assert plan.total == 5 + 20 + 5 + 5 + 30 + 5 + 30


def test_hold_at_the_end_of_each_repetition_lengthens_it() -> None:
    """'hold: 3' on a counted step adds 3 s to each repetition's tempo."""
    routine = load(PUMPS.replace("    count: 10\n", "    count: 4\n    hold: 3\n"))
    reps = [s for s in make_plan(routine).segments if s.repetition]
    assert [s.length for s in reps] == [5.0] * 4


def test_session_announces_rep_n_of_count_and_counts_down_only_on_the_last() -> None:
    """Each repetition says "Rep k of 10"; the 3-2-1 countdown comes only in the last one."""
    events = [e for e in play(load(PUMPS)) if e.segment.step_index == 0]
    texts = [e.text for e in events if e.starts_segment and e.segment.repetition]
    assert texts == [f"Rep {k} of 10" for k in range(1, 11)]
    countdowns = [e for e in events if e.kind is EventKind.COUNTDOWN]
    assert [(c.count, c.planned) for c in countdowns] == [(1, 24.0)]
    assert not [e for e in events if e.kind is EventKind.HALFWAY]


def test_each_repetition_after_the_first_sounds_a_soft_tick() -> None:
    """The set opens with the hold chime, then ticks once per repetition at its tempo."""
    cues = cue_sequence(e for e in play(load(PUMPS)) if e.segment.step_index == 0)
    ticks = [at for at, cue in cues if cue is Cue.TICK]
    assert (5.0, Cue.HOLD_START) in cues
    assert ticks == [5.0 + 2 * k for k in range(1, 10)]


def test_skip_in_a_counted_set_leaves_the_whole_set() -> None:
    """'Next' during rep 3 goes past all ten repetitions, not just to rep 4."""
    clock = FakeClock()
    session = Session(make_plan(load(PUMPS)), clock)
    session.start()
    while clock.now < 1010:
        clock.advance(0.5)
        session.poll()
    assert session.position().segment.repetition == 3
    session.next()
    assert session.position().segment.repetition == 0
    assert session.offset() == 25.0


COUNTED_MISTAKES = [
    ("    count: 0\n", 11, "count must be a whole number of repetitions between 1 and 100"),
    ("    count: many\n", 11, "got 'many'"),
    ("    count: 10\n    tempo: 0\n", 12, "tempo must be seconds between 0.5 and 60"),
    ("    count: 10\n    tempo: 2\n    hold: 60\n", 11, "keep a set under 600 s"),
    ("    tempo: 2\n", 11, "add 'count'"),
]


@pytest.mark.parametrize(("replacement", "line", "words"), COUNTED_MISTAKES)
def test_counted_mistakes_name_line_and_field(replacement: str, line: int, words: str) -> None:
    """A bad count or tempo gets one message naming the line and the field."""
    text = PUMPS.replace("    count: 10\n    tempo: 2\n", replacement)
    result = load_routine_text(text, Path("pumps.yaml"))
    assert result.routine is None
    (problem,) = result.problems
    assert problem.line == line
    assert words in problem.message
    assert "step 1 (Ankle pumps)" in problem.message


def test_count_without_tempo_says_what_is_missing() -> None:
    """A count with no tempo asks for the seconds per repetition."""
    result = load_routine_text(PUMPS.replace("    tempo: 2\n", ""), Path("pumps.yaml"))
    assert "the field 'tempo' is missing" in result.problems[0].message


def test_counted_flow_is_refused() -> None:
    """A step cannot both count repetitions and alternate poses."""
    flow = "    flow:\n" + "".join(f"      - {{pose: {p}, cue: x, seconds: 2}}\n" for p in "AB")
    result = load_routine_text(PUMPS.replace("    rest: 5\n", flow), Path("pumps.yaml"))
    assert "cannot also be a flow" in result.problems[0].message


def test_show_lists_every_repetition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'spasm-stretch show' prints one line per repetition, so an author sees the count."""
    from spasm_stretch.cli import main

    path = tmp_path / "pumps.yaml"
    path.write_text(PUMPS, encoding="utf-8")
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "rep 1 of 10" in out
    assert "0:23    0:02     1  rep 10 of 10" in out
