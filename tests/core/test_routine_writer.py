"""The routine writer: what it saves, the loader reads back to the very same routine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.model import Routine
from spasm_stretch.core.routine_files import ImageFinder
from spasm_stretch.core.routine_writer import has_comments, routine_yaml
from tests.core.test_counted import PUMPS

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "assets" / "images"
SHIPPED = sorted((ROOT / "routines").glob("*.yaml"))


def reload(text: str, path: Path) -> Routine:
    result = load_routine_text(text, path, ImageFinder([IMAGES]))
    assert result.routine is not None, result.problems
    assert result.problems == ()
    return result.routine


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_routine_round_trips(path: Path, tmp_path: Path) -> None:
    """Writing a built-in routine to the user folder and loading it gives the same routine."""
    original = load_routine_file(path, ImageFinder([IMAGES])).routine
    assert original is not None
    target = tmp_path / f"{original.id}.yaml"
    text = routine_yaml(original, tmp_path, [IMAGES])
    again = reload(text, target)
    assert again == dataclasses.replace(original, source=target)
    assert routine_yaml(again, tmp_path, [IMAGES]) == text  # stable: a second save changes nothing


def test_counted_routine_round_trips_and_leaves_defaults_out(tmp_path: Path) -> None:
    """A counted step keeps count and tempo; default fields are not written."""
    original = reload(PUMPS, tmp_path / "pumps.yaml")
    text = routine_yaml(original)
    assert reload(text, tmp_path / "pumps.yaml") == original
    assert "count: 10\n" in text and "tempo: 2\n" in text
    assert "reps:" not in text and "sides: none" not in text
    assert "\n  - name: Ankle pumps\n" in text


def test_picture_beside_the_routine_is_written_by_its_relative_name(tmp_path: Path) -> None:
    """A picture in pictures/ next to the file is saved as 'pictures/foot.png'."""
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "foot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = PUMPS.replace("    count: 10\n", "    image: pictures/foot.png\n    count: 10\n")
    original = reload(text, tmp_path / "pumps.yaml")
    written = routine_yaml(original)
    assert "image: pictures/foot.png" in written
    assert reload(written, tmp_path / "pumps.yaml") == original


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nname: B\n", False),
        ("# a comment\nid: a\n", True),
        ("id: a  # the id\n", True),
        ("name: 'Step # 1'\n", False),
        ("name: Step #1 is a comment in YAML\n", True),
        ("name: Step#1\n", False),
        ('summary: "Hold # here"\n', False),
    ],
)
def test_comments_are_found_outside_values_only(text: str, expected: bool) -> None:
    """A '#' inside a value is text; one after a space outside values is a comment."""
    assert has_comments(text) is expected
