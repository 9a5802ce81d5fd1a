"""What ``validate`` checks: routines, every translation of them, and guidance folders.

Loading for the app reads one language's translation; checking reads them
all, so that a translator learns of a missing or mismatched file in any
language without switching the app to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from spasm_stretch.core.catalog import Catalog, RoutineSource, load_catalog
from spasm_stretch.core.content import ContentError, load_guidance
from spasm_stretch.core.content_language import (
    guidance_translation_problems,
    is_guidance_folder,
    routine_translation_problems,
)
from spasm_stretch.core.problems import Problem


def check_content(paths: Sequence[Path], image_folders: Sequence[Path] = ()) -> Catalog:
    """The routines at ``paths`` and every problem in them, their translations and guidance.

    A folder holding the guidance files is checked as guidance (English and
    every translation) instead of as routines.
    """
    guidance = [path for path in paths if path.is_dir() and is_guidance_folder(path)]
    routines = [path for path in paths if path not in guidance]
    catalog = (
        load_catalog([RoutineSource(tuple(routines), "given")], image_folders)
        if routines
        else Catalog((), ())
    )
    problems = [*catalog.problems, *routine_translation_problems(catalog.routines)]
    for folder in guidance:
        try:
            load_guidance(folder)
        except ContentError as exc:
            problems.append(Problem(folder, str(exc)))
            continue
        problems += guidance_translation_problems(folder)
    return dataclasses.replace(catalog, problems=tuple(problems))
