"""Fuzzing the loader: random and mutated YAML gives a clean error or a valid routine."""

from __future__ import annotations

import math
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.plan import make_plan
from spasm_stretch.core.problems import LoadResult, Severity
from spasm_stretch.core.routine_files import ImageFinder
from spasm_stretch.resources import images_dir
from tests.helpers.mutations import make_sandbox, mutate, shipped_routines
from tests.helpers.routines import VALID_ROUTINE

PATH = Path("fuzz.yaml")
SHIPPED = shipped_routines()
YAML_CHARS = st.sampled_from(
    [*list(":-[]{}&*!|>'\"#%@`,?\t\n "), "  ", "\n  - ", "0", "a", "é", "\x00"]
)


def assert_clean(text: str) -> None:
    result = load_routine_text(text, PATH)
    if result.routine is None:
        assert result.problems
        assert any(p.severity is Severity.ERROR for p in result.problems)
    for problem in result.problems:
        assert problem.path == PATH
        assert problem.message
        assert problem.line is None or problem.line >= 1


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = VALID_ROUTINE
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 12))
        insert = "".join(draw(st.lists(YAML_CHARS, max_size=6)))
        text = text[:at] + insert + text[at + cut :]
    return text


plain = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
)
values: st.SearchStrategy[Any] = st.recursive(
    plain,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=25,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        key: values
        for key in ("id", "name", "area", "summary", "prepare", "switch", "steps", "caution")
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_routine_never_raises(text: str) -> None:
    """A valid routine with random edits loads or fails cleanly, never with an exception."""
    assert_clean(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(YAML_CHARS | st.characters(), max_size=120).map("".join))
def test_random_text_never_raises(text: str) -> None:
    """Arbitrary text loads or fails cleanly."""
    assert_clean(text)


@settings(max_examples=200, deadline=None)
@given(fields)
def test_well_formed_yaml_with_wrong_values_never_raises(data: dict[str, Any]) -> None:
    """Any mix of fields and value types gives a clean error or a valid routine."""
    assert_clean(yaml.safe_dump(data, allow_unicode=True))


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Path]:
    """A routines folder with pictures, a locked folder, a FIFO and a link loop beside it."""
    with tempfile.TemporaryDirectory() as folder:
        make_sandbox(Path(folder))
        yield Path(folder)


def assert_file_loads_cleanly(folder: Path, data: bytes) -> LoadResult:
    """Loading ``data`` from a file gives a playable routine or the loader's own problems."""
    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    result = load_routine_file(path, ImageFinder([images_dir()]))
    if result.routine is None:
        assert any(p.severity is Severity.ERROR for p in result.problems)
    else:
        assert math.isfinite(make_plan(result.routine).total)
    for problem in result.problems:
        assert problem.message and problem.path == path
    return result


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_routine_or_a_message(sandbox: Path, data: bytes) -> None:
    """Whatever bytes a routine file holds, loading it never raises."""
    assert_file_loads_cleanly(sandbox, data)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_any_mutation_of_a_shipped_routine_gives_a_routine_or_a_message(
    sandbox: Path, seed: int
) -> None:
    """Byte flips, lost lines, swapped types, huge numbers, deep nesting, odd paths: no raise."""
    assert_file_loads_cleanly(sandbox, mutate(SHIPPED, random.Random(seed)))
