"""Every sound cue has its own word on screen, so the cues can be told apart without sound."""

from __future__ import annotations

from spasm_stretch.core.cue_words import cue_word, side_words
from spasm_stretch.core.cues import cue_for
from spasm_stretch.core.engine import Session
from spasm_stretch.core.model import Side
from spasm_stretch.core.plan import make_plan
from tests.core.test_cues import CATALOG, run_whole
from tests.helpers.clock import FakeClock


def words(routine_id: str) -> list[str]:
    routine = CATALOG.find(routine_id)
    assert routine is not None
    segments = Session(make_plan(routine), FakeClock()).segments
    found = []
    for event in run_whole(routine_id):
        word = cue_word(event, segments, routine)
        if cue_for(event) is not None:
            assert word, f"the cue of {event.kind} has no word"
        if word:
            found.append(word)
    return found


def test_neck_shows_halfway_countdown_and_which_side_comes_next() -> None:
    shown = words("neck")
    assert shown[:2] == ["GET READY", "HOLD"]
    assert "HALFWAY" in shown
    assert shown.index("3") < shown.index("2") < shown.index("1")
    assert "SWITCH \u2192 RIGHT" in shown
    assert shown[-1] == "DONE"


def test_a_step_ending_names_the_next_one_and_flows_name_their_poses() -> None:
    shown = words("back")
    assert "NEXT: Lower-back rotation" in shown
    assert "NEXT: Cat-cow" in shown
    assert {"CAT", "COW"} <= set(shown)
    assert "RELAX" in shown


def test_the_side_is_named_by_body_part_with_its_arrow() -> None:
    assert side_words("calf", "Calf stretch at a wall", Side.LEFT) == "\u25c0  LEFT LEG"
    assert side_words("full body", "Hamstring stretch", Side.RIGHT) == "RIGHT LEG  \u25b6"
    assert side_words("neck", "Neck side tilt", Side.RIGHT) == "TILT TO THE RIGHT  \u25b6"
    assert side_words("back", "Lower-back rotation", Side.LEFT) == "\u25c0  LEFT SIDE"
    assert side_words("calf", "Calf", Side.NONE) == ""
