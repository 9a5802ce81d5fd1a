"""Routines and guidance in another language: side files merged, checked, never harmful."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.content import ContentError, load_guidance
from spasm_stretch.core.content_check import check_content
from spasm_stretch.core.content_language import POSE_SHAPE, ROUTINE_SHAPE, STEP_SHAPE
from spasm_stretch.core.cue_words import side_words
from spasm_stretch.core.loader import POSE_FIELDS, ROUTINE_FIELDS, STEP_FIELDS
from spasm_stretch.core.model import Routine, Side
from spasm_stretch.core.plan import make_plan
from spasm_stretch.core.problems import Problem, Severity
from spasm_stretch.resources import assets_dir, builtin_routines_dir, images_dir
from tests.helpers.routines import VALID_ROUTINE

CONTENT = assets_dir() / "content"

GERMAN = """\
name: Testroutine
summary: Eine Routine für Tests.
steps:
  - name: Erste Dehnung
    instructions:
      - Tun Sie das Erste.
      - Tun Sie das Zweite.
  - name: Fließende Dehnung
    instructions:
      - Wechseln Sie zwischen den Haltungen.
    flow:
      - pose: Katze
        cue: Rund machen
      - pose: Kuh
        cue: Absenken
"""


def builtin(language: str) -> dict[str, Routine]:
    catalog = load_catalog(
        [RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()], language
    )
    assert catalog.problems == ()
    return {routine.id: routine for routine in catalog.routines}


def own_folder(tmp_path: Path, german: str | None = GERMAN) -> Path:
    """A user folder with the test routine and, unless None, its German side file."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "test.yaml").write_text(VALID_ROUTINE, encoding="utf-8")
    if german is not None:
        side = folder / "translations" / "de" / "test.yaml"
        side.parent.mkdir(parents=True)
        side.write_text(german, encoding="utf-8")
    return folder


def load_own(folder: Path, language: str = "de") -> tuple[Routine, tuple[Problem, ...]]:
    catalog = load_catalog([RoutineSource.folder(folder, "yours")], [], language)
    (routine,) = catalog.routines
    return routine, catalog.problems


def test_german_names_and_steps_come_out_with_the_english_timing() -> None:
    """In German every built-in routine reads German and runs exactly as in English."""
    english, german = builtin("en"), builtin("de")
    assert german["calf"].name == "Wadendehnung"
    assert german["back"].steps[2].flow[0].pose == "Katze"
    for routine_id, routine in english.items():
        translated = german[routine_id]
        assert translated.name != routine.name
        plan, plan_de = make_plan(routine), make_plan(translated)
        assert [(s.kind, s.start, s.length, s.side) for s in plan.segments] == [
            (s.kind, s.start, s.length, s.side) for s in plan_de.segments
        ]


def test_the_side_words_stay_right_in_any_language() -> None:
    """A full-body step in German still says LEG for a leg, read from the file's own name."""
    step = builtin("de")["full-body"].steps[1]
    assert step.name == "Dehnung der Oberschenkelrückseite im Sitzen"
    assert side_words("full body", step.original_name, Side.LEFT) == "\u25c0  LEFT LEG"


def test_a_side_file_with_an_extra_step_is_a_warning_and_english_is_used(tmp_path: Path) -> None:
    """One step too many: a warning on the steps line of the side file; the steps stay English."""
    extra = GERMAN + "  - name: Dritte\n    instructions:\n      - Noch etwas.\n"
    routine, problems = load_own(own_folder(tmp_path, extra))
    side = tmp_path / "mine" / "translations" / "de" / "test.yaml"
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert str(problem) == (
        f"{side}, line 3: warning: 'steps' must list 2 entries, one for each in test.yaml, "
        "got 3; the English text is used"
    )
    assert routine.name == "Testroutine"
    assert [s.name for s in routine.steps] == ["First stretch", "Flowing stretch"]


def test_a_timing_field_in_a_side_file_is_a_warning_and_ignored(tmp_path: Path) -> None:
    """A hold copied into the translation is named with its line; the English hold runs."""
    timed = GERMAN.replace("  - name: Erste Dehnung\n", "  - name: Erste Dehnung\n    hold: 99\n")
    routine, problems = load_own(own_folder(tmp_path, timed))
    (problem,) = problems
    assert problem.line == 5
    assert problem.message == (
        "step 1: 'hold' is timing, which only test.yaml sets; it is ignored here"
    )
    assert routine.steps[0].name == "Erste Dehnung"
    assert routine.steps[0].hold.high == 30


def test_an_unknown_field_in_a_side_file_is_a_warning_with_a_guess(tmp_path: Path) -> None:
    """A misspelt field is named with its line and a suggestion; the rest is German."""
    routine, problems = load_own(own_folder(tmp_path, GERMAN.replace("summary:", "sumary:")))
    messages = [(p.line, p.message) for p in problems]
    assert messages == [
        (2, "unknown field 'sumary' is ignored; did you mean 'summary'?"),
        (1, "'summary' is not translated; the English text is used"),
    ]
    assert routine.summary == "A routine for tests."
    assert routine.name == "Testroutine"


def test_a_broken_side_file_never_keeps_the_routine_out(tmp_path: Path) -> None:
    """Bad YAML in a translation is a warning; the routine loads in English."""
    routine, problems = load_own(own_folder(tmp_path, "name: [unclosed\n"))
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert problem.message.endswith("; the English text is used")
    assert routine.name == "Test routine"


def test_a_text_too_long_for_its_field_falls_back_to_english(tmp_path: Path) -> None:
    """A pose word over 20 characters would not fit: the English word is shown, with a warning."""
    long_pose = GERMAN.replace("pose: Katze", "pose: Katzenbuckelhaltungsübung")
    routine, problems = load_own(own_folder(tmp_path, long_pose))
    (problem,) = problems
    assert problem.line == 12
    assert "step 2: pose 1: 'pose' must be text of up to 20 characters" in problem.message
    assert [p.pose for p in routine.steps[1].flow] == ["Cat", "Kuh"]


def test_a_user_routine_without_a_side_file_loads_unchanged(tmp_path: Path) -> None:
    """A single-language routine of one's own is the same routine in German, with no warning."""
    folder = own_folder(tmp_path, None)
    english, _ = load_own(folder, "en")
    german, problems = load_own(folder, "de")
    assert german == english
    assert problems == ()


def test_the_catalog_never_lists_a_side_file_as_a_routine(tmp_path: Path) -> None:
    """The translations folder is not read for routines; a side file named directly is checked."""
    folder = own_folder(tmp_path)
    catalog = load_catalog([RoutineSource.folder(folder, "yours")])
    assert [r.id for r in catalog.routines] == ["test-routine"]
    side = folder / "translations" / "de" / "test.yaml"
    named = load_catalog([RoutineSource.folder(side, "given")])
    assert named.routines == ()
    assert named.problems == ()  # a good translation, checked against its routine
    broken = load_catalog(
        [RoutineSource((side, folder / "translations" / "de"), "given")]
    )  # the language folder itself, as --routines might name it
    assert broken.routines == () and broken.errors == ()


def test_validate_checks_every_language_and_names_a_missing_one(tmp_path: Path) -> None:
    """A translated routine lacking French and Spanish is told so; nothing is an error."""
    catalog = check_content([own_folder(tmp_path)])
    assert catalog.errors == ()
    sides = tmp_path / "mine" / "translations"
    assert [p.message for p in catalog.problems] == [
        f"there is no '{code}' translation ({sides / code / 'test.yaml'}); the English text is used"
        for code in ("fr", "es")
    ]


def test_guidance_in_german_keeps_every_red_flag_and_number() -> None:
    """The German guidance has the same four red flags, thresholds and area routines."""
    english, german = load_guidance(CONTENT), load_guidance(CONTENT, "de")
    assert german.problems == ()
    assert german.doctor.red_flags[1] == "Ein Krampf dauert länger als 10 Minuten."
    assert len(german.doctor.red_flags) == len(english.doctor.red_flags)
    assert german.doctor.long_cramp_minutes == english.doctor.long_cramp_minutes
    assert [a.routine_id for a in german.relief.areas] == [
        a.routine_id for a in english.relief.areas
    ]
    assert german.relief.areas[0].label == "Wade oder Fuß"


def test_a_broken_guidance_translation_falls_back_with_a_warning(tmp_path: Path) -> None:
    """A red flag dropped from a translation: all four English flags are shown, and why."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    side = folder / "translations" / "fr" / "doctor.yaml"
    lines = side.read_text(encoding="utf-8").splitlines(keepends=True)
    flag = next(i for i, line in enumerate(lines) if "10 minutes" in line)
    side.write_text("".join(lines[:flag] + lines[flag + 1 :]), encoding="utf-8")
    guidance = load_guidance(folder, "fr")
    assert guidance.doctor.red_flags == load_guidance(CONTENT).doctor.red_flags
    assert guidance.doctor.title == "Quand consulter un médecin"
    (problem,) = guidance.problems
    assert (problem.path, problem.severity) == (side, Severity.WARNING)
    assert "'red_flags' must list 4 entries" in problem.message


def test_the_shapes_cover_every_field_the_loader_knows() -> None:
    """Each routine, step and pose field is translated, timing, or kept: none is forgotten."""
    for shape, fields in (
        (ROUTINE_SHAPE, ROUTINE_FIELDS),
        (STEP_SHAPE, STEP_FIELDS),
        (POSE_SHAPE, POSE_FIELDS),
    ):
        assert {*shape.translated, *shape.timing, *shape.kept} == set(fields)


def test_a_mistake_in_the_english_guidance_is_not_hidden_by_its_translation(
    tmp_path: Path,
) -> None:
    """An empty English red flag is still the English file's error in German."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    doctor = folder / "doctor.yaml"
    text = doctor.read_text(encoding="utf-8")
    doctor.write_text(
        text.replace("  - A cramp lasts longer than 10 minutes.", '  - ""'), encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"doctor.yaml, line 6: "):
        load_guidance(folder, "de")
    relief = folder / "relief.yaml"
    relief.write_text(
        relief.read_text(encoding="utf-8").replace(
            "  - label: Neck\n    routine: neck\n", "  - Neck\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"each area needs a label and a routine$"):
        load_guidance(folder, "de")
