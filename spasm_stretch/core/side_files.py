"""Where a translation's side file lives beside the file it translates.

Only paths, no YAML: the catalog asks these questions of every file it
lists, and a start that finds every routine in the parsed-routine cache
should not have to load a YAML parser to ask them (see routine_cache).
"""

from __future__ import annotations

import re
from pathlib import Path

TRANSLATIONS = "translations"
LANGUAGE_FOLDER = re.compile(r"[a-z]{2,3}")
# The guidance (assets/content): relief steps, when to see a doctor, prevention.
GUIDANCE_FILES = (
    "relief.yaml",
    "doctor.yaml",
    "prevention.yaml",
)  # the guidance, under assets/content


def side_file(path: Path, language: str) -> Path:
    """Where the ``language`` text of the routine or guidance file ``path`` lives."""
    return path.parent / TRANSLATIONS / language / path.name


def is_side_file(path: Path) -> bool:
    """Whether ``path`` lies where a translation lives (``…/translations/<language>/``)."""
    return path.parent.parent.name == TRANSLATIONS and bool(
        LANGUAGE_FOLDER.fullmatch(path.parent.name)
    )


def english_file(path: Path) -> Path:
    """The file that the translation ``path`` translates."""
    return path.parent.parent.parent / path.name
