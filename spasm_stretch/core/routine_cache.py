"""Parsed routines kept between starts, so a folder of thousands of routines opens fast.

Reading and checking a routine file is most of what loading a large folder
costs (10,000 files: about a second of CPU). The cache keeps each file's
checked ``LoadResult`` keyed by its path and by what says it is unchanged:
its size, its modification and change times to the nanosecond, its inode,
and the modification time of its folder (a picture added or removed beside
it changes that, and the picture a routine shows may change with it). Any
difference, and the file is read again: the cache is never trusted over the
file. Also never kept:

- a file with any problem, so every warning is said afresh, in the current
  language;
- a file changed in the last two seconds, as a file system with coarse times
  could keep the same time over a second write (git's "racy" rule);
- a routine whose picture is gone (checked at each start).

The cache lives in the person's cache folder. A cache from another version
of the app or of the loader, or one that cannot be read (cut short, damaged,
not ours), is ignored and written afresh; failing to write it only costs the
next start its speed.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path

from spasm_stretch import __version__
from spasm_stretch.core import loader, model
from spasm_stretch.core.loader import LoadResult

RACY_SECONDS = 2.0
Stamp = tuple[int, int, int, int, int]  # size, mtime, ctime (ns), inode, folder mtime (ns)


def _code_stamp() -> str:
    """What the cached results depend on besides the files: this app's loader and model."""
    parts = [__version__, str(pickle.HIGHEST_PROTOCOL)]
    for module in (loader, model):
        source = Path(module.__file__ or "")
        try:
            info = source.stat()
            parts.append(f"{source.name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(f"{source.name}:?")
    return "|".join(parts)


class RoutineCache:
    """A path -> (stamp, LoadResult) map, read once at start and written once after loading."""

    def __init__(self, path: Path, *, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self._now = now
        self._code = _code_stamp()
        self._old: dict[str, tuple[Stamp, LoadResult]] = self._read()
        self._new: dict[str, tuple[Stamp, LoadResult]] = {}
        self._folders: dict[str, int] = {}
        self.hits = 0
        self.reads = 0

    def _read(self) -> dict[str, tuple[Stamp, LoadResult]]:
        try:
            with self.path.open("rb") as file:
                code, entries = pickle.load(
                    file
                )  # the person's own cache folder, as trusted as code
        except Exception:  # any unreadable cache (cut short, damaged, not ours) is no cache
            return {}
        if code != self._code or not isinstance(entries, dict):
            return {}
        return entries

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
        try:
            info = path.stat()
        except OSError:
            self.reads += 1
            return read(path)  # it says why it cannot be read
        key = str(path.absolute())
        stamp: Stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino,
                        self._folder_time(path.parent))  # fmt: skip
        cached = self._old.get(key)
        if cached is not None and cached[0] == stamp and _pictures_there(cached[1]):
            self.hits += 1
            self._new[key] = cached
            return cached[1]
        self.reads += 1
        result = read(path)
        settled = self._now() - max(info.st_mtime, info.st_ctime) > RACY_SECONDS
        if result.routine is not None and not result.problems and settled:
            self._new[key] = (stamp, result)
        return result

    def save(self) -> None:
        """Keep what this load found (and only that: removed files leave the cache)."""
        if self._new == self._old:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            with partial.open("wb") as file:
                pickle.dump((self._code, self._new), file, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(self.path)  # a reader sees the old cache or the new, never half
        except (OSError, pickle.PicklingError):
            return
        self._old = dict(self._new)


def _pictures_there(result: LoadResult) -> bool:
    """Whether every picture the cached routine shows is still a file."""
    routine = result.routine
    if routine is None:
        return False
    pictures = [step.image for step in routine.steps]
    pictures += [pose.image for step in routine.steps for pose in step.flow]
    return all(picture.is_file() for picture in pictures if picture is not None)
