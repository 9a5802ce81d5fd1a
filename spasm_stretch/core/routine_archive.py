"""Share a routine as one file, and take one in: export to a .zip, import a .zip or a .yaml.

An exported archive is a zip holding ``routine.yaml`` (the routine file as
written, comments and all) and each of its own pictures at the path the
routine names it by, which for routines made in the editor is
``pictures/NAME``. Built-in pictures are not included: every copy of the
app has them. Reading an archive is careful: only those names, no absolute
paths or ``..``, and a size limit, so a hostile zip can neither write
outside its folder nor fill the disk.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from spasm_stretch.core.routine_files import RoutineError, read_routine_text
from spasm_stretch.core.routine_writer import free_file_name, write_text_atomically
from spasm_stretch.core.svg_safety import MAX_PICTURE_BYTES
from spasm_stretch.core.yaml_tree import YamlError, parse
from spasm_stretch.i18n.text import Text

ARCHIVE_ROUTINE = "routine.yaml"
MAX_MEMBERS = 64
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024  # uncompressed, all members together
_ID_LINE = re.compile(r"^(\s*id\s*:\s*)\S.*$")
_NAME_LINE = re.compile(r"^(\s*name\s*:\s*)\S.*$")


class ArchiveError(Exception):
    """An archive or routine that cannot be imported or exported, with the reason."""


class ArchiveWords(Text):
    """Why a routine archive cannot be imported or exported."""


def picture_names(text: str) -> list[str]:
    """The picture names a routine file's text refers to (steps and poses), in order."""
    try:
        data = parse(text).data
    except YamlError:
        return []
    return list(dict.fromkeys(_images(data)))


def _images(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "image" and isinstance(value, str):
                yield value
            else:
                yield from _images(value)
    elif isinstance(data, list):
        for item in data:
            yield from _images(item)


def own_pictures(text: str, folder: Path) -> list[str]:
    """Picture names in ``text`` that are files inside ``folder`` (not built-in ones)."""
    found = []
    root = folder.resolve()
    for name in picture_names(text):
        path = folder / name
        if _safe_name(name) and path.is_file() and path.resolve().is_relative_to(root):
            found.append(name)
    return found


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name)
    return bool(pure.parts) and not pure.is_absolute() and ".." not in pure.parts


def export_archive(routine_file: Path, destination: Path) -> list[str]:
    """Write ``routine_file`` and its own pictures to the zip ``destination``; returns members."""
    try:
        text = read_routine_text(routine_file)
    except RoutineError as exc:
        raise ArchiveError(f"{routine_file}: {exc.message}") from None
    members = [ARCHIVE_ROUTINE]
    partial = destination.with_name(f".{destination.name}.part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(ARCHIVE_ROUTINE, text)
            for name in own_pictures(text, routine_file.parent):
                archive.write(routine_file.parent / name, name)
                members.append(name)
        partial.replace(destination)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(
            ArchiveWords.tr("{file} cannot be written ({reason})").format(
                file=destination, reason=exc.strerror
            )
        ) from None
    return members


def unpack_archive(archive_path: Path, folder: Path) -> Path:
    """Unpack a routine archive into ``folder``; returns the routine file there."""
    try:
        with zipfile.ZipFile(archive_path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise ArchiveError(
                    ArchiveWords.tr("it holds {count} files; a routine needs a few").format(
                        count=len(members)
                    )
                )
            if sum(m.file_size for m in members) > MAX_ARCHIVE_BYTES:
                raise ArchiveError(
                    ArchiveWords.tr("it unpacks to more than 64 MiB; a routine needs a few MiB")
                )
            names = {m.filename for m in members if not m.is_dir()}
            if ARCHIVE_ROUTINE not in names:
                raise ArchiveError(
                    ArchiveWords.tr("it has no {file}; is it a routine export?").format(
                        file=ARCHIVE_ROUTINE
                    )
                )
            text = archive.read(ARCHIVE_ROUTINE).decode("utf-8-sig", errors="replace")
            (folder / ARCHIVE_ROUTINE).write_bytes(archive.read(ARCHIVE_ROUTINE))
            for name in picture_names(text):
                if name not in names or not _safe_name(name):
                    continue  # the loader names a missing picture
                member = archive.getinfo(name)
                if member.file_size > max(MAX_PICTURE_BYTES, 16 * 1024 * 1024):
                    raise ArchiveError(
                        ArchiveWords.tr("the picture {file} is too large").format(file=name)
                    )
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(member))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError) as exc:
        raise ArchiveError(
            ArchiveWords.tr("it is not a readable zip archive ({reason})").format(reason=exc)
        ) from None
    except OSError as exc:
        raise ArchiveError(
            ArchiveWords.tr("it cannot be read ({reason})").format(reason=exc.strerror)
        ) from None
    return folder / ARCHIVE_ROUTINE


def renamed(text: str, id_line: int | None, new_id: str, new_name: str | None = None) -> str:
    """``text`` with the value on its ``id:`` line (and first ``name:`` line) replaced."""
    lines = text.splitlines(keepends=True)
    if id_line is not None and 0 < id_line <= len(lines):
        lines[id_line - 1] = _ID_LINE.sub(rf"\g<1>{new_id}", lines[id_line - 1].rstrip("\n"))
        lines[id_line - 1] += "\n"
    if new_name is not None:
        for index, line in enumerate(lines):
            if _NAME_LINE.match(line) and not line.startswith((" ", "\t", "-")):
                lines[index] = _NAME_LINE.sub(
                    lambda m: m[1] + json.dumps(new_name, ensure_ascii=False), line.rstrip("\n")
                )
                lines[index] += "\n"
                break
    return "".join(lines)


def install(
    routine_file: Path,
    user_folder: Path,
    *,
    text: str | None = None,
    replace: Path | None = None,
    file_stem: str,
) -> Path:
    """Copy a routine (``text``, else the file's own) and its pictures into ``user_folder``.

    A picture is never overwritten by a different one of the same name;
    that is refused with its name, so no routine of the person's loses its
    picture.
    """
    text = text if text is not None else read_routine_text(routine_file)
    pictures = own_pictures(text, routine_file.parent)
    for name in pictures:
        source, target = routine_file.parent / name, user_folder / name
        if target.exists() and target.read_bytes() != source.read_bytes():
            raise ArchiveError(
                ArchiveWords.tr(
                    "your folder already has a different picture called {file}; "
                    "rename one of them first"
                ).format(file=name)
            )
    target = replace or free_file_name(user_folder, file_stem)
    for name in pictures:
        (user_folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(routine_file.parent / name, user_folder / name)
    write_text_atomically(target, text)
    return target


def free_id(taken: Sequence[str], wanted: str) -> str:
    """``wanted``, or ``wanted-2`` and so on, whichever is not in ``taken`` (at most 40 long)."""
    candidate = wanted
    number = 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = wanted[: 40 - len(suffix)] + suffix
        number += 1
    return candidate
