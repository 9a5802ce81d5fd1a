"""Parsed routines kept between starts, so a folder of thousands of routines opens fast.

Reading and checking a routine file is most of what loading a large folder
costs (10,000 files: about a second of CPU), and a start that finds every
routine here does not even import the YAML parser. The cache keeps each
file's checked ``LoadResult``, in one language, keyed by its path and by
what says it is unchanged: its size, its modification and change times to
the nanosecond, its inode, the modification time of its folder (a picture
added or removed beside it changes that, and the picture a routine shows may
change with it) and the same of its translation in that language, or that
it has none. The change time is what catches an edit that keeps the size
and puts the old modification time back (``touch -r``, an archive tool):
no program can set it, any write moves it. Any difference, and the file is
read again: the cache is never trusted over the file. Also never kept:

- a file with any problem, so every warning is said afresh, in the current
  language;
- a file (or translation) changed in the last two seconds, as a file system
  with coarse times could keep the same time over a second write (git's
  "racy" rule);
- a routine whose picture is gone (checked at each start).

The cache lives in the person's cache folder, one file per language. One
from another version of the app or of its loading code, or one that cannot
be read (cut short, damaged, not ours), is ignored and written afresh; it is
read with an unpickler that builds nothing but the routine model's own
types, so a foreign file cannot run code, and only when its CRC-32 matches,
so a damaged byte cannot show a name the file does not hold. It is written to a file of its own
and renamed over the old one, so two copies of the app writing at once
leave one whole cache, never a mix; failing to write it only costs the next
start its speed.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spasm_stretch import __version__
from spasm_stretch.core.model import Routine
from spasm_stretch.core.problems import LoadResult
from spasm_stretch.core.side_files import side_file
from spasm_stretch.i18n.language import SOURCE_LANGUAGE

RACY_SECONDS = 2.0
STALE_PART_SECONDS = 60.0
FileStamp = tuple[int, int, int, int]  # size, mtime (ns), ctime (ns), inode; all -1: no file
# the routine file's, its folder's mtime (ns), its translation's
Stamp = tuple[FileStamp, int, FileStamp]
Entries = dict[str, tuple[Stamp, LoadResult]]
NO_FILE: FileStamp = (-1, -1, -1, -1)
MAGIC = b"spasm-stretch routines\n"  # then the CRC-32 of the rest, 4 bytes, then the pickle
_CODE = Path(__file__).resolve().parent  # what a cached result depends on: core's code

# The only things a cache file may build: the routine model's types and paths.
_BUILDS = frozenset(
    {
        ("pathlib", "PosixPath"),
        ("pathlib", "WindowsPath"),
        ("pathlib", "Path"),
        ("spasm_stretch.core.model", "Routine"),
        ("spasm_stretch.core.model", "Step"),
        ("spasm_stretch.core.model", "FlowPose"),
        ("spasm_stretch.core.model", "HoldRange"),
        ("spasm_stretch.core.model", "Side"),
        ("spasm_stretch.core.problems", "LoadResult"),
        ("spasm_stretch.core.problems", "Problem"),
        ("spasm_stretch.core.problems", "Severity"),
    }
)


class _OnlyThese(pickle.Unpickler):
    """An unpickler that refuses every global but those it is given (no code can run)."""

    def __init__(self, data: bytes, builds: frozenset[tuple[str, str]]) -> None:
        super().__init__(io.BytesIO(data))
        self._builds = builds

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self._builds:
            raise pickle.UnpicklingError(f"{module}.{name} is not one of the types kept here")
        return super().find_class(module, name)


def read_framed(path: Path, builds: frozenset[tuple[str, str]] = _BUILDS) -> object:
    """What ``write_framed`` kept in ``path``, or None if it is missing, damaged or not ours.

    Only the globals named in ``builds`` may be built from it.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, payload = data[: len(MAGIC) + 4], data[len(MAGIC) + 4 :]
    if head != MAGIC + zlib.crc32(payload).to_bytes(4, "big"):
        return None  # not ours, cut short or damaged: a changed name would pass for the file's
    try:
        return _OnlyThese(payload, builds).load()
    except Exception:  # any unreadable cache (cut short, damaged, not ours) is no cache
        return None


def write_framed(path: Path, value: object) -> bool:
    """Keep ``value`` in ``path`` whole or not at all (written aside, then renamed over it)."""
    import tempfile  # only when writing: most starts read the cache and leave it

    partial: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        partial = Path(name)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(handle, "wb") as file:
            file.write(MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        partial.replace(path)  # a reader sees the old cache or the new, never half
    except (OSError, pickle.PicklingError):
        if partial is not None:
            partial.unlink(missing_ok=True)
        return False
    _remove_stale_parts(path)
    return True


def _remove_stale_parts(path: Path) -> None:
    """Delete what a copy killed while writing ``path`` left (a minute old: not being written)."""
    try:
        for left in path.parent.glob(f".{path.name}.*.part"):
            with contextlib.suppress(OSError):
                if time.time() - left.stat().st_mtime > STALE_PART_SECONDS:
                    left.unlink()
    except OSError:
        return


def code_stamp(language: str) -> str:
    """What the cached results depend on besides the files: this app's loading code, the language.

    Every module of ``core`` by size and modification time, so an update of
    the loader, the model or the translation rules (even without a new
    version number, as in a checkout) drops the cache.
    """
    parts = [__version__, str(pickle.HIGHEST_PROTOCOL), language]
    try:
        with os.scandir(_CODE) as found:
            for entry in sorted(found, key=lambda e: e.name):
                if entry.name.endswith(".py"):
                    info = entry.stat()
                    parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    except OSError:
        parts.append("?")
    return "|".join(parts)


def file_stamp(path: Path) -> tuple[FileStamp, float]:
    """The file's stamp and when it last changed (seconds, as the clock says), or NO_FILE."""
    try:
        info = path.stat()
    except OSError:
        return NO_FILE, 0.0
    stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    return stamp, max(info.st_mtime, info.st_ctime)


def _well_formed(entries: object) -> bool:
    """Whether ``entries`` has the cache's shape (a file of ours, not only a pickle)."""
    if not isinstance(entries, dict):
        return False
    for key, value in entries.items():
        if not (isinstance(key, str) and isinstance(value, tuple) and len(value) == 2):
            return False
        stamp, result = value
        if not (isinstance(result, LoadResult) and isinstance(result.routine, Routine)):
            return False
        if not (isinstance(stamp, tuple) and len(stamp) == 3):
            return False
    return True


class RoutineCache:
    """A path -> (stamp, LoadResult) map, read once at start and written once after loading.

    ``language`` is the language the results are shown in (their translation
    is part of what is cached); ``now`` gives wall-clock seconds, as file
    times are.
    """

    def __init__(
        self,
        path: Path,
        *,
        language: str = SOURCE_LANGUAGE,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self._language = language
        self._now = now
        self._code = code_stamp(language)
        self._old: Entries = self._read()
        self._new: Entries = {}
        self._folders: dict[str, int] = {}
        self._pictures: dict[Path, bool] = {}
        self.hits = 0
        self.reads = 0

    def _read(self) -> Entries:
        found = read_framed(self.path)
        if not isinstance(found, tuple) or len(found) != 2:
            return {}
        code, entries = found
        if code != self._code or not _well_formed(entries):
            return {}
        result: Entries = entries
        return result

    def _folder_time(self, folder: Path) -> int:
        key = str(folder)
        if key not in self._folders:
            try:
                self._folders[key] = folder.stat().st_mtime_ns
            except OSError:
                self._folders[key] = -1
        return self._folders[key]

    def load(self, path: Path, read: Callable[[Path], LoadResult]) -> LoadResult:
        """The routine in ``path``: from the cache when the file is unchanged, else ``read``."""
        own, own_changed = file_stamp(path)
        if own == NO_FILE:
            self.reads += 1
            return read(path)  # it says why it cannot be read
        translation, translation_changed = (
            (NO_FILE, 0.0)
            if self._language == SOURCE_LANGUAGE
            else file_stamp(side_file(path, self._language))
        )
        key = str(path.absolute())
        stamp: Stamp = (own, self._folder_time(path.parent), translation)
        cached = self._old.get(key)
        if cached is not None and cached[0] == stamp and self._pictures_there(cached[1]):
            self.hits += 1
            self._new[key] = cached
            return cached[1]
        self.reads += 1
        result = read(path)
        settled = self._now() - max(own_changed, translation_changed) > RACY_SECONDS
        if result.routine is not None and not result.problems and settled:
            self._new[key] = (stamp, result)
        return result

    def _pictures_there(self, result: LoadResult) -> bool:
        """Whether every picture the cached routine shows is still a file.

        Each picture is looked at once per load: many routines share one.
        """
        routine = result.routine
        if routine is None:
            return False
        pictures = [step.image for step in routine.steps]
        pictures += [pose.image for step in routine.steps for pose in step.flow]
        for picture in pictures:
            if picture is None:
                continue
            if picture not in self._pictures:
                self._pictures[picture] = picture.is_file()
            if not self._pictures[picture]:
                return False
        return True

    def save(self) -> None:
        """Keep what this load found (and only that: removed files leave the cache)."""
        if self._new == self._old:
            return
        if write_framed(self.path, (self._code, self._new)):
            self._old = dict(self._new)
