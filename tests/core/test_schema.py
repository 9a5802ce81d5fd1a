"""The published JSON Schema and the loader agree on what a routine file is.

The schema is what editors (through the YAML language server) and
check-jsonschema use; the loader is what the app uses. A file one accepts
and the other refuses for its shape would mislead an author, so every good
example must pass both, and every structurally bad example the loader
refuses must fail the schema too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.routine_files import ImageFinder
from spasm_stretch.core.routine_writer import routine_yaml
from spasm_stretch.core.yaml_tree import YamlError, parse
from tests.core.test_content_language import GERMAN
from tests.core.test_counted import COUNTED_MISTAKES, PUMPS
from tests.core.test_loader import BAD_TEXT
from tests.helpers.routines import VALID_ROUTINE

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "routine.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
FORMAT_DOC = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")
YAML_BLOCKS = [block for block in re.findall(r"```yaml\n(.*?)```", FORMAT_DOC, re.S)]
DOC_EXAMPLES = [b for b in YAML_BLOCKS if "steps:" in b and re.search(r"^id:", b, re.M)]
DOC_TRANSLATIONS = [b for b in YAML_BLOCKS if "steps:" in b and not re.search(r"^id:", b, re.M)]
SHIPPED = sorted((ROOT / "routines").glob("*.yaml"))

# Refused by the loader for what they mean, not their shape: a schema cannot
# see that a picture exists, that "30-20" runs backwards, or hold a NaN.
NOT_STRUCTURAL = {"hold reversed", "hold not a number", "image missing"}


def schema_errors(text: str) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(parse(text).data)]


def parses(text: str) -> bool:
    try:
        parse(text)
    except YamlError:
        return False
    return True


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The schema file itself is well-formed, so editors can use it."""
    Draft202012Validator.check_schema(SCHEMA)


def test_format_doc_names_the_schema_for_the_yaml_language_server() -> None:
    """The docs give the modeline that makes editors validate and complete routine files."""
    assert "# yaml-language-server: $schema=" in FORMAT_DOC


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_schema_accepts_every_shipped_routine(path: Path) -> None:
    """Every built-in routine passes the schema."""
    assert schema_errors(path.read_text(encoding="utf-8")) == []


GOOD = {"valid": VALID_ROUTINE, "pumps": PUMPS} | {
    f"doc example {n + 1}": block for n, block in enumerate(DOC_EXAMPLES)
}


@pytest.mark.parametrize("text", GOOD.values(), ids=GOOD.keys())
def test_good_examples_pass_both_schema_and_loader(text: str) -> None:
    """The test corpus's valid routines and the documentation's examples pass both checks."""
    assert schema_errors(text) == []
    images = ImageFinder([ROOT / "assets" / "images"])
    result = load_routine_text(text, ROOT / "docs" / "example.yaml", images)
    assert result.routine is not None, result.problems


def structural_bad_examples() -> dict[str, str]:
    cases = {name: text for name, text, _, _ in BAD_TEXT if name not in NOT_STRUCTURAL}
    cases |= {
        f"counted: {words}": PUMPS.replace("    count: 10\n    tempo: 2\n", replacement)
        for replacement, _, words in COUNTED_MISTAKES
        if "600 s" not in words  # a set's length is arithmetic, not shape
    }
    cases["count without tempo"] = PUMPS.replace("    tempo: 2\n", "")
    two_poses = "".join(f"      - {{pose: {p}, cue: x, seconds: 2}}\n" for p in "AB")
    cases["counted flow"] = PUMPS.replace("    rest: 5\n", "    flow:\n" + two_poses)
    return {name: text for name, text in cases.items() if parses(text)}


BAD = structural_bad_examples()


@pytest.mark.parametrize("text", BAD.values(), ids=BAD.keys())
def test_schema_rejects_what_the_loader_rejects_for_its_shape(text: str) -> None:
    """Each structurally bad example is refused by the loader and by the schema."""
    assert load_routine_text(text, Path("bad.yaml")).routine is None
    assert schema_errors(text) != []


def test_the_corpus_of_bad_examples_is_not_empty() -> None:
    """The agreement test covers most of the loader's refusals, not a handful."""
    assert len(BAD) >= 25


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_schema_accepts_what_the_editor_writes(path: Path) -> None:
    """Each built-in routine as the editor would save it passes the schema too."""
    images = [ROOT / "assets" / "images"]
    routine = load_routine_file(path, ImageFinder(images)).routine
    assert routine is not None
    assert schema_errors(routine_yaml(routine, path.parent, images)) == []


TRANSLATION_SCHEMA = json.loads(
    (ROOT / "docs" / "routine-translation.schema.json").read_text(encoding="utf-8")
)
TRANSLATION_VALIDATOR = Draft202012Validator(TRANSLATION_SCHEMA)
SHIPPED_TRANSLATIONS = sorted((ROOT / "routines" / "translations").glob("*/*.yaml"))


def translation_schema_errors(text: str) -> list[str]:
    return [error.message for error in TRANSLATION_VALIDATOR.iter_errors(parse(text).data)]


def translation_warnings(text: str, tmp_path: Path) -> list[str]:
    """What loading the test routine with ``text`` as its German side file warns about."""
    (tmp_path / "test.yaml").write_text(VALID_ROUTINE, encoding="utf-8")
    side = tmp_path / "translations" / "de" / "test.yaml"
    side.parent.mkdir(parents=True, exist_ok=True)
    side.write_text(text, encoding="utf-8")
    return [
        p.message for p in load_catalog([RoutineSource.folder(tmp_path, "t")], [], "de").problems
    ]


def test_translation_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The side files' schema is well-formed too."""
    Draft202012Validator.check_schema(TRANSLATION_SCHEMA)


@pytest.mark.parametrize(
    "path", SHIPPED_TRANSLATIONS, ids=[f"{p.parent.name}-{p.stem}" for p in SHIPPED_TRANSLATIONS]
)
def test_translation_schema_accepts_every_shipped_side_file(path: Path) -> None:
    """Every shipped routine translation passes its schema."""
    assert translation_schema_errors(path.read_text(encoding="utf-8")) == []


def test_the_format_doc_shows_a_translation_that_passes_the_schema() -> None:
    """The documentation's example side file is one the schema accepts."""
    assert DOC_TRANSLATIONS
    for block in DOC_TRANSLATIONS:
        assert translation_schema_errors(block) == []


def test_a_good_side_file_passes_schema_and_loader(tmp_path: Path) -> None:
    """The test corpus's German side file passes the schema and loads without a warning."""
    assert translation_schema_errors(GERMAN) == []
    assert translation_warnings(GERMAN, tmp_path) == []


BAD_TRANSLATIONS = {
    "timing field": GERMAN.replace("  - name: Erste Dehnung\n", "  - name: Erste\n    hold: 30\n"),
    "picture": GERMAN.replace("  - name: Erste Dehnung\n", "  - name: Erste\n    image: x.svg\n"),
    "routine id": "id: test-routine\n" + GERMAN,
    "unknown field": GERMAN.replace("summary:", "sumary:"),
    "pose too long": GERMAN.replace("pose: Katze", "pose: Katzenbuckelhaltungsübung"),
    "empty name": GERMAN.replace("name: Testroutine", 'name: " "'),
    "instructions not a list": GERMAN.replace(
        "    instructions:\n      - Tun Sie das Erste.\n      - Tun Sie das Zweite.\n",
        "    instructions: Tun Sie es.\n",
    ),
    "pose without cue": GERMAN.replace("        cue: Absenken\n", ""),
    "steps missing": GERMAN.split("steps:")[0],
}


@pytest.mark.parametrize("text", BAD_TRANSLATIONS.values(), ids=BAD_TRANSLATIONS.keys())
def test_translation_schema_rejects_what_the_loader_warns_about(text: str, tmp_path: Path) -> None:
    """Each side file the loader warns about (and shows English for) fails the schema too."""
    assert translation_warnings(text, tmp_path) != []
    assert translation_schema_errors(text) != []
