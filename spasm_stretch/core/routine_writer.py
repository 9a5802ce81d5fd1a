"""Write a routine as clean YAML that the loader reads back to the same routine.

The editor, import and export all go through here. Fields at their default
value are left out, so a saved file reads like a hand-written one; pictures
are written by the name the loader will find them under (relative to the
routine's folder, or the bare name of a built-in picture).

Comments cannot be kept by rewriting (PyYAML drops them), so
``has_comments`` lets the editor refuse to rewrite a hand-commented file and
offer the person's own text editor instead.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from spasm_stretch.core.loader import DEFAULT_PREPARE, DEFAULT_SWITCH
from spasm_stretch.core.model import FlowPose, HoldRange, Routine, Side, Step

_COMMENT_MARK = re.compile(r"(?:^|(?<=\s))#")


@functools.cache
def _indented_dumper() -> type[yaml.SafeDumper]:
    """A dumper that indents a list under its key ("steps:" then "  - name:"), as people write.

    Made at the first save, with PyYAML imported then: the window's start needs neither.
    """
    import yaml

    class IndentedDumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            """Never write a block list flush with its key."""
            del indentless  # PyYAML asks for one flush with its key; it is never given
            super().increase_indent(flow, False)

    return IndentedDumper


def number(value: float) -> int | float:
    """``value`` as an int when it is whole, so 30.0 is written as 30."""
    return int(value) if float(value).is_integer() else value


def hold_value(hold: HoldRange) -> int | float | str:
    """A hold as the author would write it: 30, or "20-30" for a range."""
    if hold.low == hold.high:
        return number(hold.low)
    return f"{number(hold.low)}-{number(hold.high)}"


def picture_name(path: Path, routine_folder: Path | None, image_folders: Sequence[Path]) -> str:
    """The name under which the loader finds ``path`` from a routine in ``routine_folder``."""
    for folder in (routine_folder, *image_folders):
        if folder is not None and path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return path.name


def routine_data(
    routine: Routine,
    routine_folder: Path | None = None,
    image_folders: Sequence[Path] = (),
) -> dict[str, Any]:
    """The plain data (mappings, lists, scalars) a routine file holds, defaults left out."""
    folder = routine_folder or (routine.source.parent if routine.source else None)

    def picture(path: Path | None) -> dict[str, str]:
        return {} if path is None else {"image": picture_name(path, folder, image_folders)}

    def pose_data(pose: FlowPose) -> dict[str, Any]:
        return {
            "pose": pose.pose,
            "cue": pose.cue,
            "seconds": number(pose.seconds),
            **picture(pose.image),
        }

    def step_data(step: Step) -> dict[str, Any]:
        data: dict[str, Any] = {"name": step.name, **picture(step.image)}
        if step.image is not None and step.image_side is not Side.LEFT:
            data["image_side"] = step.image_side.value
        data["instructions"] = list(step.instructions)
        if step.count is not None:
            data["count"] = step.count
            data["tempo"] = number(step.tempo)
            if step.hold.high > 0:
                data["hold"] = hold_value(step.hold)
        else:
            data["hold"] = hold_value(step.hold)
        if step.both_sides:
            data["sides"] = "both"
        if step.reps != 1:
            data["reps"] = step.reps
        if step.rest:
            data["rest"] = number(step.rest)
        if step.flow:
            data["flow"] = [pose_data(pose) for pose in step.flow]
        return data

    data: dict[str, Any] = {
        "id": routine.id,
        "name": routine.name,
        "area": routine.area,
        "summary": routine.summary,
    }
    if routine.caution:
        data["caution"] = routine.caution
    if routine.prepare != DEFAULT_PREPARE:
        data["prepare"] = number(routine.prepare)
    if routine.switch != DEFAULT_SWITCH:
        data["switch"] = number(routine.switch)
    data["steps"] = [step_data(step) for step in routine.steps]
    return data


def dump_routine_data(data: dict[str, Any]) -> str:
    """``data`` as YAML text: block style, fields in the format's order, one step after another."""
    import yaml

    text = yaml.dump(
        data,
        Dumper=_indented_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1000,  # a sentence stays on its line; editors wrap
    )
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("  - name:") and lines[-1] != "steps:":
            lines.append("")  # a blank line between steps, as in the docs
        lines.append(line)
    return "\n".join(lines) + "\n"


def routine_yaml(
    routine: Routine, routine_folder: Path | None = None, image_folders: Sequence[Path] = ()
) -> str:
    """``routine`` as the text of a routine file."""
    return dump_routine_data(routine_data(routine, routine_folder, image_folders))


def has_comments(text: str) -> bool:
    """Whether ``text`` holds a YAML comment (a ``#`` outside any quoted or plain value)."""
    if "#" not in text:
        return False
    import yaml

    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return True  # cannot tell: treat it as hand-written
    values = [
        (t.start_mark.index, t.end_mark.index) for t in tokens if isinstance(t, yaml.ScalarToken)
    ]
    return any(
        not any(start <= match.start() < end for start, end in values)
        for match in _COMMENT_MARK.finditer(text)
    )


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader (or a crash) never sees half a file.

    The folder watcher reloads as soon as a routine file changes; writing a
    temporary file and renaming it over the old one means it only ever sees
    the old file or the whole new one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions a replaced file had, else what a new file gets (mkstemp makes 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def free_file_name(folder: Path, stem: str, suffix: str = ".yaml") -> Path:
    """``folder/stem.yaml``, or ``stem-2.yaml`` and so on when that file exists."""
    candidate = folder / f"{stem}{suffix}"
    number_ = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number_}{suffix}"
        number_ += 1
    return candidate


LEFTOVER_AGE_SECONDS = 60.0  # a save takes milliseconds; anything this old was interrupted
# mkstemp's names: ".pumps-k3j_9x2a.tmp" (a routine), ".foot.png.k3j_9x2a.part" (a picture)
_LEFTOVER = re.compile(r"^\..+(-[A-Za-z0-9_]{8}\.tmp|\.[A-Za-z0-9_]{8}\.part)$")


def remove_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Delete temporary files an interrupted save left in ``folder`` and its pictures folder.

    ``write_text_atomically`` writes ``.NAME-XXXX.tmp`` and pictures are copied
    as ``.NAME.XXXX.part``; a crash or ``kill -9`` between writing and renaming
    leaves them behind. Only hidden files of those two shapes, older than a
    minute (so a save in progress elsewhere is never touched), are removed.
    """
    now = time.time() if now is None else now
    removed = []
    for place in (folder, folder / "pictures"):
        try:
            candidates = [p for p in place.iterdir() if _LEFTOVER.match(p.name)]
        except OSError:
            continue
        for path in candidates:
            try:
                info = path.lstat()
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > LEFTOVER_AGE_SECONDS:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # a read-only folder keeps them; nothing else depends on it
    return removed
