"""The routine loader: good files load, every kind of bad file gets one clear message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.model import HoldRange
from spasm_stretch.core.problems import Severity
from tests.helpers.routines import VALID_ROUTINE, with_line, without_line

BAD_TEXT = [
    # (case, file text, expected line, expected words in the message)
    ("yaml syntax", with_line(2, "name: [unclosed"), 3, "not valid YAML"),
    ("tab indent", with_line(8, "\tinstructions:"), 8, "tab is used for indentation"),
    ("empty file", "", 1, "the file is empty"),
    ("only comments", "# nothing here\n", 1, "the file is empty"),
    ("top level list", "- calf\n- neck\n", 1, "must be a mapping of fields, got a list"),
    ("top level text", "just words\n", 1, "must be a mapping of fields, got 'just words'"),
    ("missing name", without_line(2), 1, "the field 'name' is missing"),
    ("missing hold", without_line(11), 7, "step 1 (First stretch): the field 'hold' is missing"),
    (
        "missing steps",
        "id: x\nname: X\narea: calf\nsummary: S\n",
        1,
        "steps must be a non-empty list",
    ),
    (
        "empty steps",
        with_line(6, "steps: []").split("  - name")[0],
        6,
        "steps must be a non-empty list",
    ),
    ("hold negative", with_line(11, "    hold: -5"), 11, "hold must be seconds between 1 and 600"),
    ("hold huge", with_line(11, "    hold: 100000"), 11, "got 100000"),
    ("hold text", with_line(11, "    hold: long"), 11, "got 'long'"),
    (
        "hold reversed",
        with_line(11, '    hold: "30-20"'),
        11,
        "a hold range runs low to high: write \"20-30\", got '30-20'",
    ),
    ("hold not a number", with_line(11, "    hold: .nan"), 11, "got nan"),
    ("hold boolean", with_line(11, "    hold: yes"), 11, "got true"),
    (
        "reps zero",
        with_line(13, "    reps: 0"),
        13,
        "reps must be a whole number between 1 and 20, got 0",
    ),
    ("reps text", with_line(13, "    reps: three"), 13, "got 'three'"),
    ("reps fraction", with_line(13, "    reps: 1.5"), 13, "got 1.5"),
    ("rest absurd", with_line(14, "    rest: 9999"), 14, "rest must be seconds between 0 and 600"),
    (
        "prepare absurd",
        with_line(5, "prepare: 1000"),
        5,
        "prepare must be seconds between 0 and 120",
    ),
    ("pose seconds", with_line(22, "        seconds: 0"), 22, "pose 1: seconds must be seconds"),
    ("name wrong type", with_line(2, "name: 5"), 2, "name must be text, got 5"),
    ("name empty", with_line(2, "name: ''"), 2, "name must be text, got ''"),
    (
        "sides word",
        with_line(12, "    sides: left"),
        12,
        "sides must be 'none' or 'both', got 'left'",
    ),
    (
        "instructions text",
        with_line(8, "    instructions: do it"),
        8,
        "instructions must be a list",
    ),
    ("instruction mapping", with_line(9, "      - {a: 1}"), 9, "instruction 1 must be a sentence"),
    (
        "bad id",
        with_line(1, "id: Calf Stretch"),
        1,
        "id must be lowercase letters, digits and dashes",
    ),
    (
        "step not mapping",
        "id: x\nname: X\narea: calf\nsummary: S\nsteps:\n  - a step\n",
        6,
        "step 1: a step must be a mapping",
    ),
    (
        "flow too short",
        "\n".join(VALID_ROUTINE.splitlines()[:22]) + "\n",
        19,
        "flow must be a list of 2",
    ),
    (
        "duplicate key",
        with_line(13, "    hold: 20"),
        13,
        "the field 'hold' is given twice (first on line 11)",
    ),
    ("anchor", with_line(11, '    hold: &h "20-30"'), 11, "anchors (&h) are not allowed"),
    ("alias", with_line(18, "    hold: *h"), 18, "aliases (*h) are not allowed"),
    ("python tag", with_line(2, "name: !!python/object/apply:os.system [ls]"), 2, "tag !!python"),
    ("custom tag", with_line(2, "name: !shout hello"), 2, "the tag !shout is not allowed"),
    ("binary tag", with_line(2, "name: !!binary aGVsbG8="), 2, "the tag !!binary is not allowed"),
    ("deep nesting", "a: " + "[" * 200 + "]" * 200 + "\n", 1, "nested more than 16 levels"),
    ("two documents", VALID_ROUTINE + "---\nid: other\n", 26, "a second document starts here"),
    ("list as key", "? [a, b]\n: 1\n", 1, "a field name must be a plain word"),
    ("control character", with_line(4, "summary: bell \x07 here"), 4, "control character (#x0007)"),
    ("impossible date", with_line(2, "name: 2024-13-45"), 2, "cannot be read"),
    (
        "image missing",
        with_line(7, "  - name: First stretch\n    image: nowhere.svg"),
        8,
        "'nowhere.svg' was not found",
    ),
    (
        "image escapes",
        with_line(7, "  - name: First stretch\n    image: ../secret.svg"),
        8,
        "not a path outside",
    ),
    (
        "image absolute",
        with_line(7, "  - name: First stretch\n    image: /etc/passwd"),
        8,
        "not a path outside",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "words"), [c[1:] for c in BAD_TEXT], ids=[c[0] for c in BAD_TEXT]
)
def test_bad_text_gives_one_message_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    """Each kind of mistake is reported once, naming the file, the line and the field."""
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_routine_file(path)
    assert result.routine is None
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.severity is Severity.ERROR
    assert problem.line == line, str(problem)
    assert words in problem.message
    assert str(problem).startswith(f"{path}, line {line}: ")


def test_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    """A billion-laughs file fails at its first anchor instead of eating memory."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    (problem,) = load_routine_file(path).problems
    assert problem.line == 1
    assert "anchors (&a0) are not allowed" in problem.message


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    """A file saved in Latin-1 is reported with the line of the first bad byte."""
    path = tmp_path / "latin.yaml"
    path.write_bytes(VALID_ROUTINE.replace("Test routine", "Caf\xe9").encode("latin-1"))
    (problem,) = load_routine_file(path).problems
    assert problem.line == 2
    assert "not UTF-8 text (byte 0xe9)" in problem.message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    """A picture renamed to .yaml is called a binary file, not a YAML error."""
    path = tmp_path / "photo.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (problem,) = load_routine_file(path).problems
    assert problem.message == "this is a binary file, not YAML text"
    assert str(problem) == f"{path}: this is a binary file, not YAML text"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_routine_is_asked_to_be_saved_as_utf8(tmp_path: Path, encoding: str) -> None:
    """A routine saved as "Unicode" on Windows (with or without a BOM) is told its encoding."""
    path = tmp_path / "unicode.yaml"
    path.write_bytes(VALID_ROUTINE.encode(encoding))
    (problem,) = load_routine_file(path).problems
    assert problem.message == "the file is UTF-16 text; save it as UTF-8"


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    """A file over the size limit is refused with the limit in the message."""
    path = tmp_path / "huge.yaml"
    path.write_text("# padding\n" * 100_000, encoding="utf-8")
    (problem,) = load_routine_file(path).problems
    assert "larger than 256 KiB" in problem.message


def test_folder_named_like_yaml_is_reported(tmp_path: Path) -> None:
    """A folder called calf.yaml is named as a folder, not a crash."""
    path = tmp_path / "calf.yaml"
    path.mkdir()
    (problem,) = load_routine_file(path).problems
    assert problem.message == "this is a folder, not a routine file"


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the user may not read is reported (tests run as root, so open is refused here)."""
    path = tmp_path / "locked.yaml"
    path.write_text(VALID_ROUTINE, encoding="utf-8")

    real_open = os.open

    def refuse(name: str | Path, flags: int, *args: int, **kwargs: object) -> int:
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    (problem,) = load_routine_file(path).problems
    assert problem.message == "the file cannot be read (permission denied)"


def test_valid_routine_loads_every_field(tmp_path: Path) -> None:
    """The documented fields arrive in the model as written."""
    path = tmp_path / "good.yaml"
    path.write_text(VALID_ROUTINE, encoding="utf-8")
    result = load_routine_file(path)
    assert result.problems == ()
    routine = result.routine
    assert routine is not None
    assert (routine.id, routine.name, routine.area, routine.prepare) == (
        "test-routine",
        "Test routine",
        "calf",
        5.0,
    )
    first, flowing = routine.steps
    assert first.hold == HoldRange(20, 30)
    assert first.both_sides
    assert first.instructions == ("Do the first thing.", "Do the second thing.")
    assert first.rest == 5
    assert [p.pose for p in flowing.flow] == ["Cat", "Cow"]
    assert flowing.hold == HoldRange(30, 30)
    assert routine.source == path


def test_en_dash_range_as_copied_from_an_article(tmp_path: Path) -> None:
    """'20\u201330' with an en dash (as articles print it) is read as a range."""
    path = tmp_path / "dash.yaml"
    path.write_text(with_line(11, '    hold: "20\u201330"'), encoding="utf-8")
    routine = load_routine_file(path).routine
    assert routine is not None
    assert routine.steps[0].hold == HoldRange(20, 30)


def test_unknown_field_is_a_warning_with_a_suggestion(tmp_path: Path) -> None:
    """A typo in a field name still loads the routine and suggests the right name."""
    path = tmp_path / "typo.yaml"
    path.write_text(with_line(14, "    rset: 5"), encoding="utf-8")
    result = load_routine_file(path)
    assert result.routine is not None
    (warning,) = result.problems
    assert warning.severity is Severity.WARNING
    assert warning.line == 14
    assert "unknown field 'rset' is ignored; did you mean 'rest'?" in warning.message
    assert str(warning).startswith(f"{path}, line 14: warning: ")


def test_image_beside_the_routine_is_found(tmp_path: Path) -> None:
    """A user's own picture next to their routine file is accepted."""
    (tmp_path / "me.svg").write_text("<svg/>", encoding="utf-8")
    path = tmp_path / "pic.yaml"
    path.write_text(with_line(7, "  - name: First stretch\n    image: me.svg"), encoding="utf-8")
    routine = load_routine_file(path).routine
    assert routine is not None
    assert routine.steps[0].image == tmp_path / "me.svg"


def test_image_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    """A picture that is a link pointing outside the allowed folders is refused."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.svg").write_text("<svg/>", encoding="utf-8")
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "link.svg").symlink_to(outside / "secret.svg")
    path = folder / "pic.yaml"
    path.write_text(with_line(7, "  - name: First stretch\n    image: link.svg"), encoding="utf-8")
    (problem,) = load_routine_file(path).problems
    assert "'link.svg' was not found" in problem.message


def test_text_with_a_lone_surrogate_is_refused() -> None:
    """Text that is not valid Unicode (found by the fuzzer) is an error, not a crash."""
    (problem,) = load_routine_text(with_line(3, "area: \ud800"), Path("x.yaml")).problems
    assert (problem.line, problem.message) == (
        3,
        "the text holds a character that is not valid Unicode",
    )


@pytest.mark.parametrize(("line", "field"), [(11, "hold"), (2, "name")])
def test_a_missing_field_is_named_as_data_whatever_the_language(line: int, field: str) -> None:
    """The editor puts the message beside the field, so the field must not be read from words."""
    result = load_routine_text(without_line(line), Path("r.yaml"))
    assert [problem.missing for problem in result.problems] == [field]
