"""A valid routine as text, with numbered lines that bad-input tests replace."""

from __future__ import annotations

VALID_ROUTINE = """\
id: test-routine
name: Test routine
area: calf
summary: A routine for tests.
prepare: 5
steps:
  - name: First stretch
    instructions:
      - Do the first thing.
      - Do the second thing.
    hold: "20-30"
    sides: both
    reps: 1
    rest: 5
  - name: Flowing stretch
    instructions:
      - Move between poses.
    hold: 30
    flow:
      - pose: Cat
        cue: Arch up
        seconds: 5
      - pose: Cow
        cue: Sink down
        seconds: 5
"""


def with_line(number: int, replacement: str) -> str:
    """Return the valid routine with line ``number`` (1-based) replaced."""
    lines = VALID_ROUTINE.splitlines()
    lines[number - 1] = replacement
    return "\n".join(lines) + "\n"


def without_line(number: int) -> str:
    """Return the valid routine with line ``number`` (1-based) removed."""
    lines = VALID_ROUTINE.splitlines()
    del lines[number - 1]
    return "\n".join(lines) + "\n"
