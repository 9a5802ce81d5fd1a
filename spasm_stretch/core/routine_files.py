"""Reading a routine's files from disk: its YAML text and the pictures it names.

Nothing here parses YAML (that is ``loader``). Every file is opened without
blocking and checked to be a regular file before anything is read, so a FIFO
or a device named like a routine or a picture is reported, not waited on. A
problem becomes a RoutineError (the file) or an ImageError (a picture) with a
message its author can act on.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from spasm_stretch.core.svg_safety import MAX_PICTURE_BYTES, svg_problem
from spasm_stretch.i18n.text import Text

MAX_FILE_BYTES = 256 * 1024
RASTER_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})  # besides ".svg"


class LoaderWords(Text):
    """What a routine author reads about a file that does not load (here and in ``loader``).

    ``{where}`` in a message is the step (and pose) it is about, e.g.
    "step 2 (Calf stretch): ", or nothing for the routine's own fields; YAML
    field names and values ('none', 'both') stay as the author writes them.
    """


class RoutineError(Exception):
    """A routine file that cannot be loaded; line is None when no line applies."""

    def __init__(self, line: int | None, message: str, missing: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.missing = missing


def read_routine_text(path: Path) -> str:
    """Read a routine file as text, refusing folders, huge, binary and non-UTF-8 files.

    The file is opened without blocking and checked to be a regular file
    before anything is read, so a FIFO or a device named ``x.yaml`` is
    reported instead of hanging the whole load on ``open`` or ``read``.
    """
    try:
        data = read_regular_file(path, MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise RoutineError(None, LoaderWords.tr("this is a folder, not a routine file")) from None
    except OSError as exc:
        raise RoutineError(
            None, LoaderWords.tr("the file cannot be read ({reason})").format(reason=os_reason(exc))
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError(
            None,
            LoaderWords.tr("the file is larger than {size} KiB; a routine is a few KiB").format(
                size=MAX_FILE_BYTES // 1024
            ),
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        raise RoutineError(None, LoaderWords.tr("the file is UTF-16 text; save it as UTF-8"))
    if b"\0" in data:
        raise RoutineError(None, LoaderWords.tr("this is a binary file, not YAML text"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RoutineError(
            line,
            LoaderWords.tr(
                "the file is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8"
            ).format(byte=data[exc.start]),
        ) from None


def _looks_utf16(data: bytes) -> bool:
    """True for UTF-16 without a byte-order mark: every other byte of plain text is zero.

    Editors on Windows save "Unicode" as UTF-16; telling the author the
    encoding to choose helps more than calling the file binary.
    """
    sample = data[:512]
    if len(sample) < 4 or len(sample) % 2:
        return False
    high, low = sample[0::2], sample[1::2]
    return (high.count(0) == len(high) and 0 not in low) or (
        low.count(0) == len(low) and 0 not in high
    )


def read_regular_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``path``, opened without blocking; RoutineError unless regular."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise RoutineError(None, LoaderWords.tr("this is a folder, not a routine file"))
        if not stat.S_ISREG(mode):
            raise RoutineError(
                None,
                LoaderWords.tr(
                    "this is {kind}, not a routine file; a routine is a text file"
                ).format(kind=_file_kind(mode)),
            )
        chunks: list[bytes] = []
        size = 0
        while size < limit and (chunk := os.read(descriptor, limit - size)):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return LoaderWords.tr("a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return LoaderWords.tr("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return LoaderWords.tr("a device")
    return LoaderWords.tr("not a regular file")


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in words (a link loop named as such)."""
    if isinstance(exc, IsADirectoryError):
        return LoaderWords.tr("it is a folder")
    if exc.errno == errno.ELOOP:
        return LoaderWords.tr("a symbolic link that loops back on itself")
    if exc.errno == errno.ENAMETOOLONG:
        return LoaderWords.tr("the name is too long for the file system")
    return (exc.strerror or type(exc).__name__).lower()


class ImageError(Exception):
    """A picture that exists but cannot be used; ``reason`` completes "image 'x' ..."."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ImageFinder:
    """Finds a routine's pictures beside it or in the built-in image folders.

    Each folder is listed once and remembered, so loading a thousand
    routines costs a directory listing per folder instead of several system
    calls per picture. A picture reached through a link is accepted only when
    the link's target also lies inside the folder. An SVG picture must be
    self-contained (see ``svg_safety``), so that showing it cannot pull in
    a file from elsewhere on the computer.
    """

    def __init__(self, shared_folders: Sequence[Path] = ()) -> None:
        self.shared_folders = tuple(shared_folders)
        self._listings: dict[str, dict[str, os.DirEntry[str]]] = {}
        self._found: dict[tuple[str, str], Path | ImageError | None] = {}

    def find(self, routine_folder: Path, name: str) -> Path | None:
        """Return the picture ``name`` from the first folder that has it.

        Raises:
            ImageError: the picture is there but cannot be read or is unsafe.
        """
        key = (str(routine_folder), name)
        if key not in self._found:
            try:
                self._found[key] = self._search(routine_folder, Path(name))
            except ImageError as exc:
                self._found[key] = exc
            except OSError as exc:
                self._found[key] = ImageError(
                    LoaderWords.tr("cannot be read ({reason})").format(reason=os_reason(exc))
                )
        found = self._found[key]
        if isinstance(found, ImageError):
            raise found
        return found

    def _search(self, routine_folder: Path, relative: Path) -> Path | None:
        if not relative.parts:
            raise ImageError(LoaderWords.tr("is not a file name (it names a folder)"))
        first = relative.parts[0]
        for folder in (routine_folder, *self.shared_folders):
            entry = self._listing(folder).get(first)
            if entry is None:
                continue
            candidate = folder / relative
            if len(relative.parts) == 1 and not entry.is_symlink():
                if entry.is_file():
                    return _checked_picture(candidate)
                continue
            if not _is_regular_file(candidate):
                continue
            if candidate.resolve().is_relative_to(folder.resolve()):
                return _checked_picture(candidate)
        return None

    def _listing(self, folder: Path) -> dict[str, os.DirEntry[str]]:
        key = str(folder)
        listing = self._listings.get(key)
        if listing is None:
            try:
                with os.scandir(key) as entries:
                    listing = {entry.name: entry for entry in entries}
            except OSError:
                listing = {}
            self._listings[key] = listing
        return listing


def _is_regular_file(path: Path) -> bool:
    """Whether ``path`` is a regular file; a missing one is not, other failures raise."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False


def _checked_picture(path: Path) -> Path:
    """``path`` if it is a picture that can be shown safely, else ImageError."""
    suffix = path.suffix.lower()
    if suffix in RASTER_SUFFIXES:
        return path  # decoded from bytes by the window, which never follows links inside
    if suffix != ".svg":
        raise ImageError(
            LoaderWords.tr("is not a picture the app can show: use SVG, PNG, JPEG or WebP")
        )
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES + 1)
    except RoutineError as exc:
        raise ImageError(
            LoaderWords.tr("cannot be used: {reason}").format(reason=exc.message)
        ) from None
    if len(data) > MAX_PICTURE_BYTES:
        raise ImageError(
            LoaderWords.tr("is larger than {size} KiB").format(size=MAX_PICTURE_BYTES // 1024)
        )
    problem = svg_problem(data)
    if problem is not None:
        raise ImageError(LoaderWords.tr("cannot be shown: {reason}").format(reason=problem))
    return path
