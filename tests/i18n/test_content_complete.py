"""Every shipped language has the whole text of every built-in routine and guidance file.

Qt-free: the side files are checked with the same code as ``validate``, so a
field, step, sentence or red flag added to an English file without its
translation fails here, before release.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.content_language import (
    guidance_translation_problems,
    routine_translation_problems,
    translated_languages,
)
from spasm_stretch.core.side_files import GUIDANCE_FILES, side_file
from spasm_stretch.resources import assets_dir, builtin_routines_dir, images_dir

TRANSLATED = translated_languages()


def gaps(routines: Path, content: Path, language: str) -> list[str]:
    """Every way the ``language`` text of the routines and guidance is incomplete."""
    catalog = load_catalog([RoutineSource.folder(routines, "built-in")], [images_dir()])
    found = [
        str(side_file(r.source, language))
        for r in catalog.routines
        if r.source is not None and not side_file(r.source, language).is_file()
    ]
    found += [
        str(side_file(content / name, language))
        for name in GUIDANCE_FILES
        if not side_file(content / name, language).is_file()
    ]
    found += map(str, routine_translation_problems(catalog.routines, [language]))
    found += map(str, guidance_translation_problems(content, [language]))
    return found


def test_every_language_but_english_is_checked() -> None:
    """The shipped languages to check are German, French and Spanish (at least)."""
    assert {"de", "fr", "es"} <= set(TRANSLATED)
    assert "en" not in TRANSLATED


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_routine_and_guidance_field_is_translated(language: str) -> None:
    """Each built-in routine and guidance file has a side file with every field, matching."""
    assert gaps(builtin_routines_dir(), assets_dir() / "content", language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_pose_word_starts_its_instruction_in_every_language(language: str) -> None:
    """The session highlights "Cat: ..." while CAT shows; the translation keeps that pairing."""
    sources = [RoutineSource.folder(builtin_routines_dir(), "built-in")]
    english = load_catalog(sources, [images_dir()])
    translated = load_catalog(sources, [images_dir()], language)
    for routine in english.routines:
        other = translated.find(routine.id)
        assert other is not None
        for step, step_there in zip(routine.steps, other.steps, strict=True):
            for pose, pose_there in zip(step.flow, step_there.flow, strict=True):
                pairs = zip(step.instructions, step_there.instructions, strict=True)
                for sentence, sentence_there in pairs:
                    if sentence.casefold().startswith(pose.pose.casefold()):
                        assert sentence_there.casefold().startswith(pose_there.pose.casefold())


def test_a_field_added_in_english_without_translation_is_caught(tmp_path: Path) -> None:
    """A new sentence, routine and red flag in English each fail the check."""
    routines = tmp_path / "routines"
    content = tmp_path / "content"
    shutil.copytree(builtin_routines_dir(), routines)
    shutil.copytree(assets_dir() / "content", content)
    assert gaps(routines, content, "de") == []
    calf = routines / "calf.yaml"
    calf.write_text(
        calf.read_text(encoding="utf-8").replace(
            "      - Hold still and breathe slowly, then change legs.\n",
            "      - Hold still and breathe slowly, then change legs.\n      - A new sentence.\n",
        ),
        encoding="utf-8",
    )
    (routines / "calf-two.yaml").write_text(
        (routines / "calf.yaml").read_text(encoding="utf-8").replace("id: calf", "id: calf-two"),
        encoding="utf-8",
    )
    doctor = content / "doctor.yaml"
    doctor.write_text(
        doctor.read_text(encoding="utf-8").replace(
            "red_flags:\n", "red_flags:\n  - A new red flag.\n"
        ),
        encoding="utf-8",
    )
    found = gaps(routines, content, "de")
    assert len(found) == 3, found
    assert found[0] == str(routines / "translations" / "de" / "calf-two.yaml")
    assert "step 1: 'instructions' must list 5 entries" in found[1]
    assert "'red_flags' must list 5 entries" in found[2]
