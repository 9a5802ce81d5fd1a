"""Quick-relief, red-flag and prevention guidance, loaded from assets/content/*.yaml.

The guidance is data, not strings in code, so it can be reviewed, corrected
or translated without touching the program. A broken file is reported with
its file and line, like a routine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spasm_stretch.core.side_files import GUIDANCE_FILES, side_file
from spasm_stretch.i18n.language import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from spasm_stretch.core.problems import Problem
    from spasm_stretch.core.yaml_tree import Document, YamlPath


class ContentError(Exception):
    """A guidance file that cannot be used, with the place to look."""


@dataclass(frozen=True)
class ReliefArea:
    """A "where is the cramp?" button and the routine it starts."""

    label: str
    routine_id: str
    sided: bool = False  # a leg: ask which one, and stretch that side only
    also: tuple[str, ...] = ()  # other routines offered for this cramp (e.g. in bed)


@dataclass(frozen=True)
class Relief:
    """What to do for a cramp happening now."""

    title: str
    intro: str
    areas: tuple[ReliefArea, ...]
    checklist: tuple[str, ...]
    helped: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class DoctorAdvice:
    """When to contact a doctor, in the seed's words made our own."""

    title: str
    intro: str
    red_flags: tuple[str, ...]
    advice: str
    disclaimer: str
    long_cramp_minutes: int
    long_cramp_now: str
    frequent_episodes: int
    frequent_days: int


@dataclass(frozen=True)
class Prevention:
    """Habits that make cramps less likely."""

    title: str
    tips: tuple[str, ...]


@dataclass(frozen=True)
class Guidance:
    """All the guidance the relief panel and the history show."""

    relief: Relief
    doctor: DoctorAdvice
    prevention: Prevention
    problems: tuple[Problem, ...] = ()  # what its translation lacks (the English is shown)


class _Reader:
    def __init__(self, path: Path, language: str = SOURCE_LANGUAGE) -> None:
        # Here, not at the top: a start whose guidance is in its cache never parses.
        from spasm_stretch.core.content_language import translated_document
        from spasm_stretch.core.yaml_tree import YamlError, parse

        self.path = path
        try:
            self.doc: Document = parse(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(f"{path}: cannot be read ({exc})") from None
        except YamlError as exc:
            raise ContentError(f"{path}, line {exc.line}: {exc.message}") from None
        if not isinstance(self.doc.data, dict):
            raise self.fail((), "expected a mapping of fields")
        self.doc, self.problems = translated_document(self.doc, path, language)

    def fail(self, where: YamlPath, message: str) -> ContentError:
        return ContentError(f"{self.path}, line {self.doc.line_of(where)}: {message}")

    def text(self, key: str, value: Any = None, where: YamlPath | None = None) -> str:
        where = (key,) if where is None else where
        value = self.doc.data.get(key) if value is None else value
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"{where[-1]} must be text")
        return " ".join(value.split())

    def texts(self, key: str) -> tuple[str, ...]:
        items = self.doc.data.get(key)
        if not isinstance(items, list) or not items:
            raise self.fail((key,), f"{key} must be a non-empty list")
        return tuple(self.text(key, item, (key, index)) for index, item in enumerate(items))

    def count(self, key: str, low: int, high: int) -> int:
        value = self.doc.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail((key,), f"{key} must be a whole number from {low} to {high}")
        return value

    def areas(self) -> tuple[ReliefArea, ...]:
        items = self.doc.data.get("areas")
        if not isinstance(items, list) or not items:
            raise self.fail(("areas",), "areas must be a non-empty list")
        result = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.fail(("areas", index), "each area needs a label and a routine")
            sided = item.get("sided", False)
            if not isinstance(sided, bool):
                raise self.fail(("areas", index, "sided"), "sided must be true or false")
            also = item.get("also", [])
            if not isinstance(also, list):
                raise self.fail(("areas", index, "also"), "also must be a list of routine ids")
            result.append(
                ReliefArea(
                    self.text("label", item.get("label"), ("areas", index, "label")),
                    self.text("routine", item.get("routine"), ("areas", index, "routine")),
                    sided,
                    tuple(
                        self.text("also", value, ("areas", index, "also", n))
                        for n, value in enumerate(also)
                    ),
                )
            )
        return tuple(result)


_GUIDANCE_BUILDS = frozenset(
    ("spasm_stretch.core.content", name)
    for name in ("Guidance", "Relief", "ReliefArea", "DoctorAdvice", "Prevention")
)


def load_guidance(
    folder: Path, language: str = SOURCE_LANGUAGE, *, cache_folder: Path | None = None
) -> Guidance:
    """Load relief.yaml, doctor.yaml and prevention.yaml from ``folder``, shown in ``language``.

    With a ``cache_folder``, guidance read before is taken from there while its
    files and their ``language`` translations are unchanged, as routines are
    (see routine_cache: the same stamps, checksum and safe unpickling), so the
    window's start parses no YAML. Guidance with any problem is never kept:
    its warnings are said at every start.

    Raises:
        ContentError: naming the file and line of the first problem.
    """
    if cache_folder is None:
        return _read_guidance(folder, language)
    from spasm_stretch.core.routine_cache import (
        RACY_SECONDS,
        code_stamp,
        file_stamp,
        read_framed,
        write_framed,
    )

    files = [folder / name for name in GUIDANCE_FILES]
    if language != SOURCE_LANGUAGE:
        files += [side_file(path, language) for path in files]
    stamps = [file_stamp(path) for path in files]
    key = (code_stamp(language), str(folder.absolute()), [stamp for stamp, _ in stamps])
    cache = cache_folder / f"guidance-{language}.pickle"
    found = read_framed(cache, _GUIDANCE_BUILDS)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == key:
        kept = found[1]
        if isinstance(kept, Guidance):
            return kept
    guidance = _read_guidance(folder, language)
    settled = time.time() - max(changed for _, changed in stamps) > RACY_SECONDS
    if not guidance.problems and settled:
        write_framed(cache, (key, guidance))
    return guidance


def _read_guidance(folder: Path, language: str) -> Guidance:
    relief = _Reader(folder / "relief.yaml", language)
    doctor = _Reader(folder / "doctor.yaml", language)
    prevention = _Reader(folder / "prevention.yaml", language)
    return Guidance(
        relief=Relief(
            title=relief.text("title"),
            intro=relief.text("intro"),
            areas=relief.areas(),
            checklist=relief.texts("checklist"),
            helped=relief.texts("helped"),
            tags=relief.texts("tags"),
        ),
        doctor=DoctorAdvice(
            title=doctor.text("title"),
            intro=doctor.text("intro"),
            red_flags=doctor.texts("red_flags"),
            advice=doctor.text("advice"),
            disclaimer=doctor.text("disclaimer"),
            long_cramp_minutes=doctor.count("long_cramp_minutes", 1, 24 * 60),
            long_cramp_now=doctor.text("long_cramp_now"),
            frequent_episodes=doctor.count("frequent_episodes", 2, 1000),
            frequent_days=doctor.count("frequent_days", 1, 366),
        ),
        prevention=Prevention(title=prevention.text("title"), tips=prevention.texts("tips")),
        problems=(*relief.problems, *doctor.problems, *prevention.problems),
    )
