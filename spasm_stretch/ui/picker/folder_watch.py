"""Keep the routine list live: reload when a file in a routine folder changes.

A person fixing their routine in a text editor should see the list (and the
warning about their file) follow the file on disk without pressing F5.
Editors save in different ways (write in place, or write a new file and
rename it over the old one), so both the folders and every routine file in
them are watched, the file list is renewed after each change, and a burst of
changes (one save is often several) becomes one reload.

Past ``MAX_WATCHED_FILES`` routine files only the folders are watched: one
watch per file cost 0.3 s at every start with 10,000 files (and can run into
the system's limit on watches). A save by renaming, which most editors do,
still shows at once; a file written in place in such a folder shows on F5.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from spasm_stretch.core.catalog import ROUTINE_SUFFIXES
from spasm_stretch.user_paths import user_routines_dir

SETTLE_MS = 300  # one save is often several events; wait for the last
MAX_WATCHED_FILES = 500  # more files than this: the folders alone are watched


class RoutineFolderWatcher(QObject):
    """Watches routine folders and their files; says when something changed.

    Signals:
        changed(): a routine file was added, removed, renamed or written.
    """

    changed = Signal()

    def __init__(self, folders: Sequence[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folders = tuple(folders)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._watcher.directoryChanged.connect(self._touched)
        self._watcher.fileChanged.connect(self._touched)
        self._watch_current_files()

    def watched(self) -> list[str]:
        """Every folder and file being watched, for tests and diagnostics."""
        return [*self._watcher.directories(), *self._watcher.files()]

    def _touched(self, _path: str) -> None:
        self._settle.start()

    def _settled(self) -> None:
        self._watch_current_files()
        self.changed.emit()

    def _watch_current_files(self) -> None:
        """Watch each folder that exists and every routine file in it as it is now."""
        old = self._watcher.files()
        if old:
            self._watcher.removePaths(old)
        wanted: list[str] = []
        files: list[str] = []
        for folder in self._folders:
            if not folder.is_dir():
                continue
            if str(folder) not in self._watcher.directories():
                wanted.append(str(folder))
            try:
                files += [str(p) for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES]
            except OSError:
                continue  # an unreadable folder is reported by the catalog, not here
        if len(files) <= MAX_WATCHED_FILES:
            wanted += files
        if wanted:
            self._watcher.addPaths(wanted)


def watch_routine_folders(
    parent: QObject, reload: Callable[[], None], extra: Sequence[Path]
) -> RoutineFolderWatcher:
    """Call ``reload`` whenever the user's folder or a --routines folder changes.

    The user's folder is created if missing, so that the first file dropped
    into it is noticed too.
    """
    folder = user_routines_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"{folder}: cannot be created ({exc.strerror}); it is not watched", file=sys.stderr)
    watcher = RoutineFolderWatcher([folder, *extra], parent)
    watcher.changed.connect(reload)
    return watcher
