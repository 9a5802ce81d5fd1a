"""Routines and guidance in the person's language: side files merged over the English.

A translation never copies timing. Beside a routine or guidance folder, a
``translations/<language>/`` folder holds one file per translated file, of
the same name, with only its text: a routine's name, summary and caution,
each step's name and instructions, each flow pose's word and cue; the
guidance's titles, lists and labels. Steps, poses and list entries match
the English one for one, in order, so a translator copies the English file,
deletes what is not text, and translates the rest.

Whatever is wrong in a translation (a step too many, a timing field, an
unknown or missing field, a file that cannot be read) is a warning naming
the translation's file and line, and that part falls back to the English:
a translation can make text foreign, never make a routine fail or change
how it runs. A routine with no translation at all is single-language, as
any routine of one's own may be, and is never warned about.

Kept in its own folder rather than beside the routine (``calf.de.yaml``),
so that nothing that lists a folder's routine files (the catalog, the live
folder, the editor, the importer) can take a translation for a routine,
whatever the routine files are named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from spasm_stretch.core.loader import MAX_TEXT, plain_text
from spasm_stretch.core.problems import LoadResult, Problem, Severity
from spasm_stretch.core.routine_files import RoutineError, read_routine_text
from spasm_stretch.core.side_files import (
    GUIDANCE_FILES,
    LANGUAGE_FOLDER,
    TRANSLATIONS,
    english_file,
    side_file,
)
from spasm_stretch.core.yaml_tree import Document, YamlError, YamlPath, parse
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine, Step

POSE_LENGTH = 20  # the loader's limit on a pose's word, shown large


class TranslationText(Text):
    """Messages about a routine's or the guidance's translation files."""


@dataclass(frozen=True)
class Shape:
    """What a translation of one mapping may hold, and what it must leave to the English.

    ``texts`` maps a field to its longest length (None: no limit); ``lists``
    are lists of texts and ``items`` lists of mappings, each matching the
    English entry for entry. ``timing`` and ``kept`` are the English file's
    other fields, which a translation must not repeat.
    """

    texts: Mapping[str, int | None] = field(default_factory=dict)
    lists: Mapping[str, int | None] = field(default_factory=dict)
    items: Mapping[str, tuple[str, Shape]] = field(default_factory=dict)
    timing: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()

    @property
    def translated(self) -> tuple[str, ...]:
        """Every field a translation gives, in the order the English file has them."""
        return (*self.texts, *self.lists, *self.items)


POSE_SHAPE = Shape(
    texts={"pose": POSE_LENGTH, "cue": MAX_TEXT},
    timing=frozenset({"seconds"}),
    kept=frozenset({"image"}),
)
STEP_SHAPE = Shape(
    texts={"name": MAX_TEXT},
    lists={"instructions": MAX_TEXT},
    items={"flow": ("pose", POSE_SHAPE)},
    timing=frozenset({"hold", "count", "tempo", "sides", "reps", "rest"}),
    kept=frozenset({"image", "image_side"}),
)
ROUTINE_SHAPE = Shape(
    texts={"name": MAX_TEXT, "summary": MAX_TEXT, "caution": MAX_TEXT},
    items={"steps": ("step", STEP_SHAPE)},
    timing=frozenset({"prepare", "switch"}),
    kept=frozenset({"id", "area"}),
)
GUIDANCE_SHAPES: Mapping[str, Shape] = {
    "relief.yaml": Shape(
        texts={"title": None, "intro": None},
        items={
            "areas": (
                "area",
                Shape(texts={"label": None}, kept=frozenset({"routine", "sided", "also"})),
            )
        },
        lists={"checklist": None, "helped": None, "tags": None},
    ),
    "doctor.yaml": Shape(
        texts=dict.fromkeys(("title", "intro", "advice", "disclaimer", "long_cramp_now")),
        lists={"red_flags": None},
        kept=frozenset({"long_cramp_minutes", "frequent_episodes", "frequent_days"}),
    ),
    "prevention.yaml": Shape(texts={"title": None}, lists={"tips": None}),
}


def translated_languages() -> tuple[str, ...]:
    """The shipped languages other than the source language, which the English files are."""
    return tuple(code for code in SHIPPED if code != SOURCE_LANGUAGE)


def folder_languages(folder: Path) -> tuple[str, ...]:
    """The languages that ``folder`` holds translations for, by their folder names."""
    try:
        found = [p.name for p in (folder / TRANSLATIONS).iterdir() if p.is_dir()]
    except OSError:
        return ()
    return tuple(sorted(name for name in found if LANGUAGE_FOLDER.fullmatch(name)))


def _entry_words(label: str, number: int) -> str:
    """How a message names the ``number``-th entry of a list ("step 2: ")."""
    words = {
        "step": TranslationText.tr("step {number}: "),
        "pose": TranslationText.tr("pose {number}: "),
        "area": TranslationText.tr("area {number}: "),
    }
    return words[label].format(number=number)


class _Spot(NamedTuple):
    """Where a field of a translation is: its path, the words that name it, its key."""

    where: YamlPath
    context: str
    key: str


@dataclass
class _Merge:
    """One translation file being laid over its English text, collecting warnings."""

    doc: Document
    path: Path
    english: str  # the English file's name, for messages
    problems: list[Problem] = field(default_factory=list)

    def warn(self, where: YamlPath, message: str) -> None:
        self.problems.append(Problem(self.path, message, self.doc.line_of(where), Severity.WARNING))

    def mapping(
        self, english: Mapping[str, Any], side: Any, shape: Shape, where: YamlPath, context: str
    ) -> dict[str, Any]:
        """``english`` with each field ``side`` translates well replaced by its text."""
        merged = dict(english)
        if not isinstance(side, dict):
            self.warn(
                where,
                TranslationText.tr(
                    "{context}a translation must be a mapping of fields; the English text is used"
                ).format(context=context),
            )
            return merged
        self._foreign_fields(english, side, shape, where, context)
        for key in shape.translated:
            if key not in english:
                continue
            if key not in side:
                self.warn(
                    where,
                    TranslationText.tr(
                        "{context}'{field}' is not translated; the English text is used"
                    ).format(context=context, field=key),
                )
                continue
            spot = _Spot((*where, key), context, key)
            if key in shape.texts:
                merged[key] = self.text(side[key], english[key], spot, shape.texts[key])
            elif key in shape.lists:
                merged[key] = self.texts(side[key], english[key], spot, shape.lists[key])
            else:
                merged[key] = self.items(side[key], english[key], spot, shape.items[key])
        return merged

    def _foreign_fields(
        self, english: Mapping[str, Any], side: dict[str, Any], shape: Shape, where: YamlPath,
        context: str,
    ) -> None:  # fmt: skip
        """Warn about each field of ``side`` that a translation cannot give."""
        for key in side:
            at = (*where, key)
            guess: list[str] = []
            if key in shape.timing:
                message = TranslationText.tr(
                    "{context}'{field}' is timing, which only {english} sets; it is ignored here"
                )
            elif key in shape.kept:
                message = TranslationText.tr(
                    "{context}'{field}' is not text to translate; it comes from {english} "
                    "and is ignored here"
                )
            elif key not in shape.translated:
                import difflib  # only for a misspelt key: ~2 ms off every command's start

                guess = difflib.get_close_matches(key, shape.translated, n=1)
                message = (
                    TranslationText.tr(
                        "{context}unknown field '{field}' is ignored; did you mean '{guess}'?"
                    )
                    if guess
                    else TranslationText.tr(
                        "{context}unknown field '{field}' is ignored; a translation holds {known}"
                    )
                )
            elif key not in english:
                message = TranslationText.tr(
                    "{context}{english} has no '{field}'; it is ignored here"
                )
            else:
                continue
            self.warn(
                at,
                message.format(
                    context=context, field=key, english=self.english,
                    known=", ".join(shape.translated), guess=guess[0] if guess else "",
                ),
            )  # fmt: skip

    def text(self, value: Any, english: Any, spot: _Spot, limit: int | None) -> Any:
        """``value`` if it is usable text, else a warning and ``english``.

        A broken English value is kept as it is, for its own reader to report.
        """
        if not (isinstance(english, str) and plain_text(english)):
            return english
        if isinstance(value, str) and plain_text(value) and (limit is None or len(value) <= limit):
            return value
        message = (
            TranslationText.tr("{context}'{field}' must be text; the English text is used")
            if limit is None
            else TranslationText.tr(
                "{context}'{field}' must be text of up to {limit} characters; "
                "the English text is used"
            )
        )
        self.warn(spot.where, message.format(context=spot.context, field=spot.key, limit=limit))
        return english

    def texts(self, value: Any, english: Any, spot: _Spot, limit: int | None) -> Any:
        """A list of texts matching ``english`` entry for entry, else ``english``."""
        if not self._same_count(value, english, spot):
            return english
        return [
            self.text(item, english[index], spot._replace(where=(*spot.where, index)), limit)
            for index, item in enumerate(value)
        ]

    def items(self, value: Any, english: Any, spot: _Spot, item: tuple[str, Shape]) -> Any:
        """A list of mappings matching ``english`` entry for entry, else ``english``."""
        if not self._same_count(value, english, spot):
            return english
        label, shape = item
        return [
            self.mapping(
                english[index], side, shape, (*spot.where, index),
                spot.context + _entry_words(label, index + 1),
            )
            if isinstance(english[index], dict)
            else english[index]
            for index, side in enumerate(value)
        ]  # fmt: skip

    def _same_count(self, value: Any, english: Any, spot: _Spot) -> bool:
        if not isinstance(english, list):
            return False  # the English file's own mistake, which its reader reports
        expected = len(english)
        if isinstance(value, list) and len(value) == expected:
            return True
        self.warn(
            spot.where,
            TranslationText.tr(
                "{context}'{field}' must list {expected} entries, one for each in {english}, "
                "got {got}; the English text is used"
            ).format(
                context=spot.context, field=spot.key, expected=expected, english=self.english,
                got=len(value) if isinstance(value, list) else 0,
            ),
        )  # fmt: skip
        return False


def _read(path: Path) -> Document | Problem | None:
    """The translation at ``path`` parsed, a warning when unusable, or None when absent."""
    if not path.exists():
        return None
    fallback = TranslationText.tr("{problem}; the English text is used")
    try:
        return parse(read_routine_text(path))
    except RoutineError as exc:
        return Problem(path, fallback.format(problem=exc.message), exc.line, Severity.WARNING)
    except YamlError as exc:
        return Problem(path, fallback.format(problem=exc.message), exc.line, Severity.WARNING)


def merged_text(
    english: Mapping[str, Any], path: Path, language: str, shape: Shape
) -> tuple[dict[str, Any], tuple[Problem, ...]]:
    """The text of the file ``path`` in ``language``, and what is wrong with the translation.

    ``english`` is the file's text as plain data. Without a translation the
    English comes back, with no warning.
    """
    if language == SOURCE_LANGUAGE:
        return dict(english), ()
    found = _read(side_file(path, language))
    if found is None:
        return dict(english), ()
    if isinstance(found, Problem):
        return dict(english), (found,)
    merge = _Merge(found, side_file(path, language), path.name)
    return merge.mapping(english, found.data, shape, (), ""), tuple(merge.problems)


def translated_document(
    doc: Document, path: Path, language: str
) -> tuple[Document, tuple[Problem, ...]]:
    """A guidance file's document with its ``language`` text laid over it (lines stay English)."""
    shape = GUIDANCE_SHAPES.get(path.name)
    if shape is None or not isinstance(doc.data, dict):
        return doc, ()
    data, problems = merged_text(doc.data, path, language, shape)
    return Document(data, doc.lines), problems


def routine_text(routine: Routine) -> dict[str, Any]:
    """The text of ``routine`` as the plain data its file holds (text fields only)."""

    def step_text(step: Step) -> dict[str, Any]:
        text: dict[str, Any] = {"name": step.name, "instructions": list(step.instructions)}
        if step.flow:
            text["flow"] = [{"pose": pose.pose, "cue": pose.cue} for pose in step.flow]
        return text

    text: dict[str, Any] = {"name": routine.name, "summary": routine.summary}
    if routine.caution is not None:
        text["caution"] = routine.caution
    text["steps"] = [step_text(step) for step in routine.steps]
    return text


def with_text(routine: Routine, text: Mapping[str, Any]) -> Routine:
    """``routine`` showing ``text``, timing untouched; each step keeps its file's name.

    Rules that read a step's words (which leg a side is) read that name, so
    they work the same whatever language is shown.
    """

    def step_with(step: Step, words: Mapping[str, Any]) -> Step:
        poses = tuple(
            dataclasses.replace(pose, pose=plain_text(said["pose"]), cue=plain_text(said["cue"]))
            for pose, said in zip(step.flow, words.get("flow", ()), strict=True)
        )
        return dataclasses.replace(
            step,
            name=plain_text(words["name"]),
            instructions=tuple(plain_text(s) for s in words["instructions"]),
            flow=poses,
            original_name=step.original_name or step.name,
        )

    return dataclasses.replace(
        routine,
        name=plain_text(text["name"]),
        original_name=routine.original_name or routine.name,
        summary=plain_text(text["summary"]),
        caution=plain_text(text["caution"]) if "caution" in text else None,
        steps=tuple(step_with(s, w) for s, w in zip(routine.steps, text["steps"], strict=True)),
    )


def translated(result: LoadResult, language: str) -> LoadResult:
    """A loaded routine shown in ``language`` where its translation says so."""
    routine = result.routine
    if routine is None or routine.source is None or language == SOURCE_LANGUAGE:
        return result
    text, problems = merged_text(routine_text(routine), routine.source, language, ROUTINE_SHAPE)
    if not problems and text == routine_text(routine):
        return result
    return dataclasses.replace(
        result, routine=with_text(routine, text), problems=(*result.problems, *problems)
    )


def _missing(path: Path, language: str) -> Problem:
    return Problem(
        path,
        TranslationText.tr(
            "there is no '{language}' translation ({side}); the English text is used"
        ).format(language=language, side=side_file(path, language)),
        None,
        Severity.WARNING,
    )


def _checked_languages(folder: Path, languages: Sequence[str] | None) -> tuple[str, ...]:
    """``languages``, or by default the shipped ones and any that ``folder`` translates into."""
    if languages is not None:
        return tuple(languages)
    return tuple(dict.fromkeys((*translated_languages(), *folder_languages(folder))))


def routine_translation_problems(
    routines: Iterable[Routine], languages: Sequence[str] | None = None
) -> tuple[Problem, ...]:
    """Everything wrong with the translations of ``routines`` into ``languages``.

    A routine translated into one language should be into each of them (by
    default the shipped ones and each its folder has); a routine with no
    translation at all is single-language and fine.
    """
    problems: list[Problem] = []
    for routine in routines:
        path = routine.source
        if path is None:
            continue
        present = folder_languages(path.parent)
        if not any(side_file(path, code).exists() for code in present):
            continue
        for code in _checked_languages(path.parent, languages):
            if not side_file(path, code).exists():
                problems.append(_missing(path, code))
                continue
            problems += merged_text(routine_text(routine), path, code, ROUTINE_SHAPE)[1]
    return tuple(problems)


def is_guidance_folder(path: Path) -> bool:
    """Whether ``path`` is a folder of guidance files (relief, doctor, prevention)."""
    return all((path / name).is_file() for name in GUIDANCE_FILES)


def guidance_translation_problems(
    folder: Path, languages: Sequence[str] | None = None
) -> tuple[Problem, ...]:
    """Everything wrong with the guidance's translations (by default all), a missing one too."""
    problems: list[Problem] = []
    for name in GUIDANCE_FILES:
        path = folder / name
        try:
            doc = parse(read_routine_text(path))
        except (RoutineError, YamlError):
            continue  # the English file's own problem is load_guidance's to report
        for code in _checked_languages(folder, languages):
            if not side_file(path, code).exists():
                problems.append(_missing(path, code))
            else:
                problems += translated_document(doc, path, code)[1]
    return tuple(problems)


def side_file_problems(path: Path, english: LoadResult | None) -> tuple[Problem, ...]:
    """What is wrong with the translation ``path``, checked against its English file.

    ``english`` is that file loaded as a routine, or None when it is guidance
    or missing.
    """
    original = english_file(path)
    language = path.parent.name
    if english is not None and english.routine is not None:
        text = routine_text(english.routine)
        return merged_text(text, original, language, ROUTINE_SHAPE)[1]
    if original.name in GUIDANCE_SHAPES and is_guidance_folder(original.parent):
        try:
            doc = parse(read_routine_text(original))
        except (RoutineError, YamlError):
            return ()
        return translated_document(doc, original, language)[1]
    if english is not None:
        return english.problems
    return (
        Problem(
            path,
            TranslationText.tr(
                "this is the '{language}' text of {english}, which does not exist"
            ).format(language=language, english=original),
            None,
            Severity.WARNING,
        ),
    )
