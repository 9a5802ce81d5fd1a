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

import contextlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from zlib import error as zlib_error

from spasm_stretch.core.routine_files import (
    MAX_FILE_BYTES,
    RoutineError,
    os_reason,
    read_routine_text,
)
from spasm_stretch.core.routine_writer import free_file_name, write_text_atomically
from spasm_stretch.core.svg_safety import MAX_PICTURE_BYTES
from spasm_stretch.core.yaml_tree import YamlError, parse
from spasm_stretch.i18n.text import Text

ARCHIVE_ROUTINE = "routine.yaml"
MAX_MEMBERS = 64
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024  # uncompressed, all members together
MAX_MEMBER_BYTES = max(MAX_PICTURE_BYTES, 16 * 1024 * 1024)  # one picture


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
        with contextlib.suppress(OSError):  # a read-only file system refuses even this
            partial.unlink(missing_ok=True)
        raise ArchiveError(
            ArchiveWords.tr("{file} cannot be written ({reason})").format(
                file=destination, reason=os_reason(exc)
            )
        ) from None
    return members


def unpack_archive(archive_path: Path, folder: Path) -> Path:
    """Unpack a routine archive into ``folder``; returns the routine file there.

    Every limit is checked on the zip's directory before a byte is inflated,
    and each member is read no further than its limit: a 90 KB zip that
    inflates to gigabytes is refused at once, not parsed.
    """
    try:
        with zipfile.ZipFile(archive_path) as archive:
            members = archive.infolist()
            _check_directory(members)
            text = _member_bytes(archive, archive.getinfo(ARCHIVE_ROUTINE), MAX_FILE_BYTES)
            (folder / ARCHIVE_ROUTINE).write_bytes(text)
            names = {m.filename for m in members if not m.is_dir()}
            decoded = text.decode("utf-8-sig", errors="replace")
            for name in picture_names(decoded):
                if name not in names or not _safe_name(name):
                    continue  # the loader names a missing picture
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(_member_bytes(archive, archive.getinfo(name), MAX_MEMBER_BYTES))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError, NotImplementedError,
            RuntimeError, ValueError, zlib_error) as exc:  # fmt: skip
        raise ArchiveError(
            ArchiveWords.tr("it is not a readable zip archive ({reason})").format(reason=exc)
        ) from None
    except OSError as exc:
        raise ArchiveError(
            ArchiveWords.tr("it cannot be read ({reason})").format(reason=exc.strerror)
        ) from None
    return folder / ARCHIVE_ROUTINE


def _check_directory(members: list[zipfile.ZipInfo]) -> None:
    """Refuse an archive by what its directory says: how many files, how large, which names."""
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
    routine = [m for m in members if m.filename == ARCHIVE_ROUTINE and not m.is_dir()]
    if not routine:
        raise ArchiveError(
            ArchiveWords.tr("it has no {file}; is it a routine export?").format(
                file=ARCHIVE_ROUTINE
            )
        )
    for member in members:
        limit = MAX_FILE_BYTES if member.filename == ARCHIVE_ROUTINE else MAX_MEMBER_BYTES
        if member.file_size > limit:
            raise ArchiveError(
                ArchiveWords.tr("{file} inside it is larger than {size} KiB").format(
                    file=member.filename, size=limit // 1024
                )
            )


def _member_bytes(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    with archive.open(member) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise ArchiveError(
            ArchiveWords.tr("{file} inside it is larger than {size} KiB").format(
                file=member.filename, size=limit // 1024
            )
        )
    return data


def renamed(text: str, new_id: str, new_name: str | None = None) -> str:
    """``text`` with its top-level ``id`` (and ``name``) values replaced, whatever their style.

    The values are found by the YAML parser (plain, quoted, flow-style
    ``{"id": …}``, folded ``id: >-``), so no style can slip past, and each is
    written back as a double-quoted scalar, which is valid in every context;
    comments and everything else stay as written. The result is parsed again
    to prove the id changed.
    """
    spans = _top_level_scalars(text)
    if "id" not in spans:
        raise ArchiveError(ArchiveWords.tr("the routine's id cannot be changed"))
    changes = {"id": json.dumps(new_id, ensure_ascii=False)}
    if new_name is not None and "name" in spans:
        changes["name"] = json.dumps(new_name, ensure_ascii=False)
    for key in sorted(changes, key=lambda k: spans[k][0], reverse=True):
        begin, end = spans[key]
        original = text[begin:end]
        tail = original[len(original.rstrip()) :]  # a block scalar's own line break stays
        text = text[:begin] + changes[key] + tail + text[end:]
    try:
        data = parse(text).data
    except YamlError:
        data = None
    if not isinstance(data, dict) or data.get("id") != new_id:
        raise ArchiveError(ArchiveWords.tr("the routine's id cannot be changed"))
    return text


def _top_level_scalars(text: str) -> dict[str, tuple[int, int]]:
    """Where each scalar value of the document's top mapping starts and ends in ``text``."""
    import yaml  # only when a routine is taken in: the window's start does without

    spans: dict[str, tuple[int, int]] = {}
    depth, key = 0, None
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):  # character offsets
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth == 1 and not isinstance(event, yaml.MappingStartEvent):
                    return {}
                if depth == 2:
                    key = None  # a list or mapping value: not renamed
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent) and depth == 1:
                if key is None:
                    key = event.value
                else:
                    start, end = event.start_mark, event.end_mark
                    if start is not None and end is not None:
                        spans.setdefault(key, (start.index, end.index))
                    key = None
    except yaml.YAMLError:
        return {}
    return spans


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
    written = user_folder
    try:
        for name in pictures:
            written = user_folder / name
            written.parent.mkdir(parents=True, exist_ok=True)
            _copy_atomically(routine_file.parent / name, written)
        written = target
        write_text_atomically(target, text)
    except OSError as exc:
        raise ArchiveError(
            ArchiveWords.tr("{file} cannot be written ({reason})").format(
                file=written, reason=os_reason(exc)
            )
        ) from None
    return target


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy a picture under a temporary name, then rename it into place.

    A full disk or a crash leaves either no picture or the whole one, never
    half a picture that would block the next try as "a different picture".
    """
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)  # fmt: skip
    try:
        with os.fdopen(descriptor, "wb") as out, source.open("rb") as data:
            while chunk := data.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def free_id(taken: Sequence[str], wanted: str) -> str:
    """``wanted``, or ``wanted-2`` and so on, whichever is not in ``taken`` (at most 40 long)."""
    candidate = wanted
    number = 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = wanted[: 40 - len(suffix)] + suffix
        number += 1
    return candidate
