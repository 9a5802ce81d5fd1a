"""Turn one routine file into a Routine, or into a message its author can act on.

Every failure (unreadable, binary, too large, bad YAML, wrong field) becomes
a Problem naming the file, the 1-based line and the field. Nothing here
raises for bad input, so one broken file never hides the others. Reading
the file and finding its pictures is ``routine_files``; here its YAML is
checked field by field.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spasm_stretch.core.model import FlowPose, HoldRange, Routine, Side, Step
from spasm_stretch.core.problems import LoadResult, Problem, Severity
from spasm_stretch.core.routine_files import (
    ImageError,
    ImageFinder,
    LoaderWords,
    RoutineError,
    read_routine_text,
)
from spasm_stretch.core.yaml_tree import Document, YamlError, YamlPath, parse

MAX_STEPS = 50
MAX_INSTRUCTIONS = 12
MAX_POSES = 10
MAX_TEXT = 400
DEFAULT_PREPARE = 5.0
DEFAULT_SWITCH = 5.0

HOLD_SECONDS = (1.0, 600.0)
REST_SECONDS = (0.0, 600.0)
PREPARE_SECONDS = (0.0, 120.0)
SWITCH_SECONDS = (0.0, 60.0)
POSE_SECONDS = (1.0, 60.0)
REPS = (1, 20)
COUNT = (1, 100)
TEMPO_SECONDS = (0.5, 60.0)
SET_SECONDS = 600.0

ROUTINE_FIELDS = ("id", "name", "area", "summary", "caution", "prepare", "switch", "steps")
STEP_FIELDS = (
    "name", "instructions", "hold", "count", "tempo", "sides", "reps", "rest", "image",
    "image_side", "flow",
)  # fmt: skip
POSE_FIELDS = ("pose", "cue", "seconds", "image")

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Bidirectional controls (embeddings, overrides, isolates and marks) let a name
# display reversed or out of order ("\u202eevil" shows as "live"); routine text
# needs none of them, since the display orders right-to-left scripts by itself.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RANGE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:[-\u2013]\s*(\d+(?:\.\d+)?)\s*)?")


def load_routine_file(path: Path, images: ImageFinder | None = None) -> LoadResult:
    """Load ``path``; its pictures may live beside it or where ``images`` looks."""
    try:
        text = read_routine_text(path)
    except RoutineError as exc:
        return LoadResult(path, None, (Problem(path, exc.message, exc.line, missing=exc.missing),))
    return load_routine_text(text, path, images)


def load_routine_text(text: str, path: Path, images: ImageFinder | None = None) -> LoadResult:
    """Load a routine from ``text`` as if read from ``path``."""
    try:
        doc = parse(text)
        warnings: list[Problem] = []
        routine = _Validator(doc, path, images or ImageFinder(), warnings).routine()
    except RoutineError as exc:
        return LoadResult(path, None, (Problem(path, exc.message, exc.line, missing=exc.missing),))
    except YamlError as exc:
        return LoadResult(path, None, (Problem(path, exc.message, exc.line),))
    return LoadResult(path, routine, tuple(warnings), doc.line_of(("id",)))


def plain_text(text: str) -> str:
    """``text`` on one line with single spaces and no bidirectional controls."""
    return " ".join(_BIDI_CONTROLS.sub("", text).split())


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for one-line messages."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _describe(value: Any) -> str:
    if value is None:
        return LoaderWords.tr("nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return LoaderWords.tr("a mapping")
    if isinstance(value, list):
        return LoaderWords.tr("a list of %n", "", len(value))
    if isinstance(value, str):
        return repr(shorten(value))
    if isinstance(value, int) and abs(value) >= 10**15:
        return LoaderWords.tr("a number too large to be seconds")
    return shorten(str(value))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Validator:
    """Walks a parsed document, checking each field where the author wrote it."""

    def __init__(
        self, doc: Document, path: Path, images: ImageFinder, warnings: list[Problem]
    ) -> None:
        self.doc = doc
        self.path = path
        self.images = images
        self.warnings = warnings

    def fail(self, where: YamlPath, message: str, missing: str = "") -> RoutineError:
        return RoutineError(self.doc.line_of(where), message, missing)

    def routine(self) -> Routine:
        top = self.doc.data
        if not isinstance(top, dict):
            raise self.fail(
                (),
                LoaderWords.tr("a routine must be a mapping of fields, got {value}").format(
                    value=_describe(top)
                ),
            )
        self.check_fields(top, (), ROUTINE_FIELDS, "")
        routine_id = self.text(top, (), "id", "", max_length=40)
        if not _ID.fullmatch(routine_id):
            raise self.fail(
                ("id",),
                LoaderWords.tr(
                    "id must be lowercase letters, digits and dashes, got {value}"
                ).format(value=repr(routine_id)),
            )
        steps_value = top.get("steps")
        if not isinstance(steps_value, list) or not steps_value:
            raise self.fail(
                ("steps",),
                LoaderWords.tr("steps must be a non-empty list, got {value}").format(
                    value=_describe(steps_value)
                ),
            )
        if len(steps_value) > MAX_STEPS:
            raise self.fail(
                ("steps",),
                LoaderWords.tr("steps may hold at most {most} steps").format(most=MAX_STEPS),
            )
        return Routine(
            id=routine_id,
            name=self.text(top, (), "name", ""),
            area=self.text(top, (), "area", "", max_length=40).lower(),
            summary=self.text(top, (), "summary", ""),
            caution=self.text(top, (), "caution", "", required=False) or None,
            prepare=self.seconds(
                top, (), "prepare", "", bounds=PREPARE_SECONDS, default=DEFAULT_PREPARE
            ),
            switch=self.seconds(
                top, (), "switch", "", bounds=SWITCH_SECONDS, default=DEFAULT_SWITCH
            ),
            steps=tuple(self.step(value, index) for index, value in enumerate(steps_value)),
            source=self.path,
        )

    def step(self, value: Any, index: int) -> Step:
        where: YamlPath = ("steps", index)
        context = LoaderWords.tr("step {number}: ").format(number=index + 1)
        if not isinstance(value, dict):
            raise self.fail(
                where,
                LoaderWords.tr("{where}a step must be a mapping of fields, got {value}").format(
                    where=context, value=_describe(value)
                ),
            )
        self.check_fields(value, where, STEP_FIELDS, context)
        name = self.text(value, where, "name", context)
        context = LoaderWords.tr("step {number} ({name}): ").format(number=index + 1, name=name)
        sides = value.get("sides", "none")
        if sides not in ("none", "both"):
            raise self.fail(
                (*where, "sides"),
                LoaderWords.tr("{where}sides must be 'none' or 'both', got {value}").format(
                    where=context, value=_describe(sides)
                ),
            )
        image_side = value.get("image_side", "left")
        if image_side not in ("left", "right"):
            raise self.fail(
                (*where, "image_side"),
                LoaderWords.tr(
                    "{where}image_side must be 'left' or 'right' (the side the picture shows), "
                    "got {value}"
                ).format(where=context, value=_describe(image_side)),
            )
        reps = value.get("reps", 1)
        if not isinstance(reps, int) or isinstance(reps, bool) or not REPS[0] <= reps <= REPS[1]:
            raise self.fail(
                (*where, "reps"),
                LoaderWords.tr(
                    "{where}reps must be a whole number between {low} and {high}, got {value}"
                ).format(where=context, low=REPS[0], high=REPS[1], value=_describe(reps)),
            )
        count, tempo = self.counted(value, where, context)
        hold = (
            HoldRange(0.0, 0.0)
            if count is not None and "hold" not in value
            else self.hold(value, where, context)
        )
        if count is not None:
            self.check_set(count, tempo + hold.high, where, context)
        return Step(
            name=name,
            instructions=self.sentences(value, where, context),
            hold=hold,
            both_sides=sides == "both",
            reps=reps,
            rest=self.seconds(value, where, "rest", context, bounds=REST_SECONDS, default=0.0),
            image=self.image(value, where, context),
            flow=self.flow(value, where, context),
            count=count,
            tempo=tempo,
            image_side=Side(image_side),
        )

    def check_set(self, count: int, each: float, where: YamlPath, context: str) -> None:
        """A counted step's ``count`` repetitions of ``each`` seconds must fit in one set."""
        if count * each > SET_SECONDS:
            raise self.fail(
                (*where, "count"),
                LoaderWords.tr(
                    "{where}{count} repetitions of {each:g} s last {total:g} s; "
                    "keep a set under {most:g} s"
                ).format(
                    where=context, count=count, each=each, total=count * each, most=SET_SECONDS
                ),
            )

    def counted(
        self, step: dict[str, Any], where: YamlPath, context: str
    ) -> tuple[int | None, float]:
        """``count`` and ``tempo`` of a counted step, or (None, 0) for a hold."""
        if "count" not in step:
            if "tempo" in step:
                raise self.fail(
                    (*where, "tempo"),
                    LoaderWords.tr(
                        "{where}tempo is the seconds per repetition of a counted step; "
                        "add 'count' (how many repetitions) or remove tempo"
                    ).format(where=context),
                )
            return None, 0.0
        count = step["count"]
        low, high = COUNT
        if not isinstance(count, int) or isinstance(count, bool) or not low <= count <= high:
            raise self.fail(
                (*where, "count"),
                LoaderWords.tr(
                    "{where}count must be a whole number of repetitions between {low} and "
                    "{high}, got {value}"
                ).format(where=context, low=low, high=high, value=_describe(count)),
            )
        if "flow" in step:
            raise self.fail(
                (*where, "flow"),
                LoaderWords.tr(
                    "{where}a counted step (count) cannot also be a flow; use one or the other"
                ).format(where=context),
            )
        if "tempo" not in step:
            raise self.fail(
                where,
                LoaderWords.tr(
                    "{where}the field 'tempo' is missing (seconds per repetition, e.g. 2)"
                ).format(where=context),
                missing="tempo",
            )
        return count, self.seconds(step, where, "tempo", context, bounds=TEMPO_SECONDS)

    def flow(self, step: dict[str, Any], where: YamlPath, context: str) -> tuple[FlowPose, ...]:
        if "flow" not in step:
            return ()
        poses = step["flow"]
        if not isinstance(poses, list) or not 2 <= len(poses) <= MAX_POSES:
            raise self.fail(
                (*where, "flow"),
                LoaderWords.tr(
                    "{where}flow must be a list of 2 to {most} poses, got {value}"
                ).format(where=context, most=MAX_POSES, value=_describe(poses)),
            )
        result = []
        for index, pose in enumerate(poses):
            pose_where: YamlPath = (*where, "flow", index)
            pose_context = LoaderWords.tr("{where}pose {number}: ").format(
                where=context, number=index + 1
            )
            if not isinstance(pose, dict):
                raise self.fail(
                    pose_where,
                    LoaderWords.tr("{where}a pose must be a mapping, got {value}").format(
                        where=pose_context, value=_describe(pose)
                    ),
                )
            self.check_fields(pose, pose_where, POSE_FIELDS, pose_context)
            result.append(
                FlowPose(
                    pose=self.text(pose, pose_where, "pose", pose_context, max_length=20),
                    cue=self.text(pose, pose_where, "cue", pose_context),
                    seconds=self.seconds(
                        pose, pose_where, "seconds", pose_context, bounds=POSE_SECONDS
                    ),
                    image=self.image(pose, pose_where, pose_context),
                )
            )
        return tuple(result)

    def check_fields(
        self, mapping: dict[str, Any], where: YamlPath, known: Sequence[str], context: str
    ) -> None:
        for key in mapping:
            if key in known:
                continue
            import difflib  # only for a misspelt field: not on every start

            guess = difflib.get_close_matches(key, known, n=1)
            hint = (
                LoaderWords.tr("did you mean '{field}'?").format(field=guess[0])
                if guess
                else LoaderWords.tr("known fields: {fields}").format(fields=", ".join(known))
            )
            self.warnings.append(
                Problem(
                    self.path,
                    LoaderWords.tr("{where}unknown field '{field}' is ignored; {hint}").format(
                        where=context, field=key, hint=hint
                    ),
                    self.doc.line_of((*where, key)),
                    Severity.WARNING,
                )
            )

    def text(
        self,
        mapping: dict[str, Any],
        where: YamlPath,
        key: str,
        context: str,
        *,
        required: bool = True,
        max_length: int = MAX_TEXT,
    ) -> str:
        if key not in mapping:
            if required:
                raise self.fail(
                    where,
                    LoaderWords.tr("{where}the field '{field}' is missing").format(
                        where=context, field=key
                    ),
                    missing=key,
                )
            return ""
        value = mapping[key]
        if not isinstance(value, str) or not plain_text(value):
            raise self.fail(
                (*where, key),
                LoaderWords.tr("{where}{field} must be text, got {value}").format(
                    where=context, field=key, value=_describe(value)
                ),
            )
        if len(value) > max_length:
            raise self.fail(
                (*where, key),
                LoaderWords.tr(
                    "{where}{field} is {length} characters; keep it under {most}"
                ).format(where=context, field=key, length=len(value), most=max_length),
            )
        return plain_text(value)

    def seconds(
        self,
        mapping: dict[str, Any],
        where: YamlPath,
        key: str,
        context: str,
        *,
        bounds: tuple[float, float],
        default: float | None = None,
    ) -> float:
        if key not in mapping and default is not None:
            return default
        if key not in mapping:
            raise self.fail(
                where,
                LoaderWords.tr("{where}the field '{field}' is missing").format(
                    where=context, field=key
                ),
                missing=key,
            )
        value = mapping[key]
        if not _is_number(value) or not bounds[0] <= value <= bounds[1]:
            raise self.fail(
                (*where, key),
                LoaderWords.tr(
                    "{where}{field} must be seconds between {low:g} and {high:g}, got {value}"
                ).format(
                    where=context, field=key, low=bounds[0], high=bounds[1], value=_describe(value)
                ),
            )
        return float(value)

    def hold(self, step: dict[str, Any], where: YamlPath, context: str) -> HoldRange:
        if "hold" not in step:
            raise self.fail(
                where,
                LoaderWords.tr(
                    "{where}the field 'hold' is missing (seconds, e.g. 30 or \"20-30\")"
                ).format(where=context),
                missing="hold",
            )
        value = step["hold"]
        low: float = math.nan
        high: float = math.nan
        if _is_number(value) and HOLD_SECONDS[0] <= value <= HOLD_SECONDS[1]:
            low = high = float(value)
        elif isinstance(value, str) and (match := _RANGE.fullmatch(value)):
            low = float(match[1])
            high = float(match[2] or match[1])
        lowest, highest = HOLD_SECONDS
        if lowest <= high < low <= highest:  # "30-20": say which way round, not only the bounds
            raise self.fail(
                (*where, "hold"),
                LoaderWords.tr(
                    '{where}a hold range runs low to high: write "{high:g}-{low:g}", got {value}'
                ).format(where=context, low=low, high=high, value=_describe(value)),
            )
        if not lowest <= low <= high <= highest:
            raise self.fail(
                (*where, "hold"),
                LoaderWords.tr(
                    "{where}hold must be seconds between {low:g} and {high:g} "
                    '(a number like 30 or a range like "20-30"), got {value}'
                ).format(where=context, low=lowest, high=highest, value=_describe(value)),
            )
        return HoldRange(low, high)

    def sentences(self, step: dict[str, Any], where: YamlPath, context: str) -> tuple[str, ...]:
        value = step.get("instructions")
        if not isinstance(value, list) or not 1 <= len(value) <= MAX_INSTRUCTIONS:
            raise self.fail(
                (*where, "instructions"),
                LoaderWords.tr(
                    "{where}instructions must be a list of 1 to {most} sentences, "
                    "each on its own line starting with '- ', got {value}"
                ).format(where=context, most=MAX_INSTRUCTIONS, value=_describe(value)),
            )
        result = []
        for index, sentence in enumerate(value):
            text = plain_text(sentence) if isinstance(sentence, str) else ""
            if not text or len(sentence) > MAX_TEXT:
                raise self.fail(
                    (*where, "instructions", index),
                    LoaderWords.tr(
                        "{where}instruction {number} must be a sentence of text "
                        "(under {most} characters), got {value}"
                    ).format(
                        where=context, number=index + 1, most=MAX_TEXT, value=_describe(sentence)
                    ),
                )
            result.append(text)
        return tuple(result)

    def image(self, mapping: dict[str, Any], where: YamlPath, context: str) -> Path | None:
        if "image" not in mapping:
            return None
        value = mapping["image"]
        field_where = (*where, "image")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                field_where,
                LoaderWords.tr("{where}image must be a file name, got {value}").format(
                    where=context, value=_describe(value)
                ),
            )
        if _leaves_folder(value):
            raise self.fail(
                field_where,
                LoaderWords.tr(
                    "{where}image must be a file name beside the routine or in the built-in "
                    "images, not a path outside them, got {value}"
                ).format(where=context, value=repr(shorten(value))),
            )
        shown = shorten(value)
        try:
            found = self.images.find(self.path.parent, value)
        except ImageError as exc:
            raise self.fail(
                field_where,
                LoaderWords.tr("{where}image {name} {reason}").format(
                    where=context, name=repr(shown), reason=exc.reason
                ),
            ) from None
        if found is not None:
            return found
        raise self.fail(
            field_where,
            LoaderWords.tr(
                "{where}image {name} was not found beside the routine or in the built-in images"
            ).format(where=context, name=repr(shown)),
        )


@functools.lru_cache(maxsize=256)
def _leaves_folder(value: str) -> bool:
    relative = Path(value)
    return relative.is_absolute() or ".." in relative.parts
