"""The routine library: built-in, the person's own and ``--routines`` folders as one catalog.

Qt-free, so the terminal commands, the window and the tests assemble the
catalog the same way, and the window never reaches up into the command line
for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spasm_stretch.core.catalog import Catalog, RoutineSource, load_catalog
from spasm_stretch.core.routine_cache import RoutineCache
from spasm_stretch.i18n.text import current_language
from spasm_stretch.resources import builtin_routines_dir, images_dir
from spasm_stretch.user_paths import cache_dir, user_routines_dir


def routine_folders(extra: Sequence[Path]) -> list[RoutineSource]:
    """Built-in, then the user's folder, then folders from ``--routines``, in priority order."""
    return [
        RoutineSource.folder(builtin_routines_dir(), "built-in"),
        RoutineSource.folder(user_routines_dir(), "yours", optional=True),
        *(RoutineSource.folder(path, "--routines") for path in extra),
    ]


def cache_file(language: str) -> Path:
    """The parsed-routine cache of routines shown in ``language`` (one per language)."""
    return cache_dir() / f"routines-{language}.pickle"


def load_all(extra: Sequence[Path], *, cached: bool = True) -> Catalog:
    """Load every routine the app would offer, in the current language.

    Unchanged files come from the parsed-routine cache in the cache folder
    (``cached=False``: every file is read, as ``validate`` does).
    """
    language = current_language()
    cache = RoutineCache(cache_file(language), language=language) if cached else None
    return load_catalog(routine_folders(extra), [images_dir()], language, cache)
