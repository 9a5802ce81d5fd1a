"""All routines the app can offer, gathered from several folders in priority order.

Built-ins come first, then the user's own folder, then folders named on the
command line; a later routine with the same id replaces an earlier one, so a
user can adapt a built-in without touching the install.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spasm_stretch.core.problems import LoadResult, Problem, Severity
from spasm_stretch.core.side_files import english_file, is_side_file
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine
    from spasm_stretch.core.routine_cache import RoutineCache
    from spasm_stretch.core.routine_files import ImageFinder

ROUTINE_SUFFIXES = (".yaml", ".yml")


class RoutineFolderWords(Text):
    """What a user reads about a routine folder or a clash of routine ids."""


@dataclass(frozen=True)
class RoutineSource:
    """Files or folders whose routines share one set of ids, with a label for the user.

    Ids must be unique within a source; a later source replaces an earlier
    one's routine with the same id. An optional source may be missing
    without complaint (the user's folder before they add anything).
    """

    paths: tuple[Path, ...]
    label: str
    optional: bool = False

    @classmethod
    def folder(cls, path: Path, label: str, *, optional: bool = False) -> RoutineSource:
        """A source of one folder (or one file)."""
        return cls((path,), label, optional)


@dataclass(frozen=True)
class CatalogEntry:
    """A loaded routine, where it came from and which file it replaced, if any."""

    routine: Routine
    origin: str
    replaces: Path | None = None


@dataclass(frozen=True)
class Catalog:
    """The routines that loaded, sorted by name, and every problem met on the way."""

    entries: tuple[CatalogEntry, ...]
    problems: tuple[Problem, ...]

    @property
    def routines(self) -> tuple[Routine, ...]:
        """The loaded routines, in display order."""
        return tuple(entry.routine for entry in self.entries)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Problems that kept a file out of the catalog."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    def find(self, routine_id: str) -> Routine | None:
        """Return the routine with ``routine_id``, or None."""
        return next((r for r in self.routines if r.id == routine_id), None)


def routine_files(path: Path, *, optional: bool = False) -> tuple[list[Path], list[Problem]]:
    """List the routine files at ``path`` (a folder, or a file itself), with any problem.

    A folder named like a routine file is returned as a file, so that the
    loader reports it as a folder instead of quietly listing what is inside.
    A path that cannot even be looked at (a link loop, a name too long) is
    reported with that reason rather than as missing.
    """
    try:
        is_folder = stat.S_ISDIR(path.stat().st_mode)
    except FileNotFoundError:
        if path.is_symlink():
            missing = RoutineFolderWords.tr("this link points to a file that does not exist")
            return [], [Problem(path, missing)]
        return [], [] if optional else [
            Problem(path, RoutineFolderWords.tr("no such file or folder"))
        ]
    except OSError as exc:
        from spasm_stretch.core.routine_files import os_reason

        reason = RoutineFolderWords.tr("this cannot be opened ({reason})")
        return [], [Problem(path, reason.format(reason=os_reason(exc)))]
    if not is_folder or path.suffix.lower() in ROUTINE_SUFFIXES:
        return [path], []
    try:
        entries = sorted(path.iterdir(), key=lambda entry: entry.name)  # one folder: as Paths sort
    except OSError as exc:
        from spasm_stretch.core.routine_files import os_reason

        reason = RoutineFolderWords.tr("this folder cannot be read ({reason})")
        return [], [Problem(path, reason.format(reason=os_reason(exc)))]
    return [p for p in entries if p.suffix.lower() in ROUTINE_SUFFIXES], []


def load_catalog(
    sources: Iterable[RoutineSource],
    image_folders: Sequence[Path] = (),
    language: str = SOURCE_LANGUAGE,
    cache: RoutineCache | None = None,
) -> Catalog:
    """Load every routine in ``sources``, showing ``language``; later sources override by id.

    A translation file named directly (``translations/de/calf.yaml``) is
    checked against its routine, never loaded as a routine itself. With a
    ``cache``, an unchanged routine file (and translation) is not read again
    (see routine_cache); the YAML loader is imported only when a file is read.
    """
    found_images: list[ImageFinder] = []

    def images() -> ImageFinder:
        from spasm_stretch.core.routine_files import ImageFinder

        if not found_images:
            found_images.append(ImageFinder(image_folders))
        return found_images[0]

    def read(path: Path) -> LoadResult:
        from spasm_stretch.core.content_language import translated
        from spasm_stretch.core.loader import load_routine_file

        return translated(load_routine_file(path, images()), language)

    def load(path: Path) -> LoadResult:
        return read(path) if cache is None else cache.load(path, read)

    by_id: dict[str, CatalogEntry] = {}
    problems: list[Problem] = []
    for source in sources:
        files: list[Path] = []
        for path in source.paths:
            found, listing_problems = routine_files(path, optional=source.optional)
            files.extend(found)
            problems.extend(listing_problems)
        claimed: dict[str, Path] = {}
        for path in files:
            if is_side_file(path):
                from spasm_stretch.core.content_language import side_file_problems
                from spasm_stretch.core.loader import load_routine_file

                english = english_file(path)
                original = load_routine_file(english, images()) if english.is_file() else None
                problems.extend(side_file_problems(path, original))
                continue
            result = load(path)
            problems.extend(result.problems)
            routine = result.routine
            if routine is None:
                continue
            if routine.id in claimed:
                problems.append(
                    Problem(
                        path,
                        RoutineFolderWords.tr(
                            "the id '{id}' is already used by {file}; give each routine its own id"
                        ).format(id=routine.id, file=claimed[routine.id].name),
                        result.id_line,
                    )
                )
                continue
            claimed[routine.id] = path
            earlier = by_id.get(routine.id)
            by_id[routine.id] = CatalogEntry(
                routine, source.label, earlier.routine.source if earlier else None
            )
    entries = sorted(by_id.values(), key=lambda e: (e.routine.name.casefold(), e.routine.id))
    if cache is not None:
        cache.save()
    return Catalog(tuple(entries), tuple(problems))
