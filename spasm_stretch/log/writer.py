"""Writes to the log that never stand between a person and help.

A cramp being timed and a routine being run live in memory first; each change
is written through to the history at once when it can be, and kept pending
when it cannot (a read-only file, a full disk, a lock held elsewhere). The
next change or a retry writes everything still pending, whole records at a
time, so nothing is lost and nothing is written twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spasm_stretch.core.records import EndKind, Episode, SessionRecord

if TYPE_CHECKING:
    from spasm_stretch.log.store import LogStore

_DELETED = None
_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")


class LogWriter:
    """Records keyed by a handle of the caller's, written when the log lets them be."""

    def __init__(self, history: LogStore | None) -> None:
        self.history = history
        self.failure = ""  # why the last write failed; "" once everything is written
        self.busy = False  # whether it failed because another program holds the log locked
        # Side files read by ``recover``: removed once all they held is in the log or in
        # a newer side file, so no record is merged twice.
        self._recovered_files: list[Path] = []
        self._episode_ids: dict[int, int] = {}
        self._session_ids: dict[int, int] = {}
        self._episodes: dict[int, Episode | None] = {}
        self._sessions: dict[int, SessionRecord] = {}
        # Written while the history keeps writes in memory only: spilled at the end too.
        self._unsaved_episodes: dict[int, Episode | None] = {}
        self._unsaved_sessions: dict[int, SessionRecord] = {}
        self._file_rows: dict[int, int] = {}  # keys of rows that are in the file itself
        self._next_key = 0

    def new_key(self) -> int:
        """A handle for a record that is not in the log yet."""
        self._next_key += 1
        return self._next_key

    def adopt_episode(self, episode: Episode) -> int:
        """A handle for a cramp that is already in the log under ``episode.id``."""
        key = self.new_key()
        self._episode_ids[key] = episode.id
        self._file_rows[key] = episode.id
        return key

    @property
    def pending(self) -> bool:
        """Whether something is still waiting to be written to the file."""
        return bool(
            self._episodes or self._sessions or self._unsaved_episodes or self._unsaved_sessions
        )

    @property
    def refused(self) -> bool:
        """Whether the last write was refused and is waiting for a retry."""
        return bool(self._episodes or self._sessions)

    def episode_id(self, key: int) -> int | None:
        """The row id of a cramp once it has been written."""
        return self._episode_ids.get(key)

    def save_episode(self, key: int, episode: Episode) -> bool:
        """Keep ``episode`` as the latest state of ``key`` and try to write it."""
        self._episodes[key] = episode
        return self.flush()

    def delete_episode(self, key: int) -> bool:
        """Remove the cramp ``key`` from the log (or never write it, if it is not there yet)."""
        self._episodes[key] = _DELETED
        return self.flush()

    def save_session(self, key: int, record: SessionRecord) -> bool:
        """Keep ``record`` as the latest state of the run ``key`` and try to write it."""
        self._sessions[key] = record
        return self.flush()

    def flush(self) -> bool:
        """Write everything pending; False (with ``failure`` set) if the log refused."""
        if self.history is None:
            self._episodes.clear()
            self._sessions.clear()
            return True
        try:
            while self._episodes:
                key, episode = next(iter(self._episodes.items()))
                self._write_episode(self.history, key, episode)
                if self.history.volatile:
                    self._unsaved_episodes[key] = episode
                del self._episodes[key]
            while self._sessions:
                key, record = next(iter(self._sessions.items()))
                if key in self._session_ids:
                    self.history.save_session(
                        dataclasses.replace(record, id=self._session_ids[key])
                    )
                else:
                    self._session_ids[key] = self.history.add_session(record)
                if self.history.volatile:
                    self._unsaved_sessions[key] = record
                del self._sessions[key]
        except (sqlite3.Error, OSError) as exc:
            self.failure = str(exc) or type(exc).__name__
            self.busy = str(getattr(exc, "sqlite_errorname", "")).startswith(_BUSY)
            return False
        self.failure = ""
        self.busy = False
        if not self.pending and not self.history.volatile:
            self._forget_recovered_files()
        return True

    def _forget_recovered_files(self) -> None:
        for path in self._recovered_files:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        self._recovered_files.clear()

    def spill(self, folders: list[Path]) -> Path | None:
        """Save what is still pending to a file in the first folder that takes it.

        The app is closing and the log still refuses writes: the records go to
        a side file that ``recover`` merges into the log at the next start.
        """
        episodes = self._unsaved_episodes | self._episodes
        sessions = self._unsaved_sessions | self._sessions
        if not episodes and not sessions:
            return None
        # Rows written only to memory have ids the file never saw: only file rows keep theirs.
        in_file = self._file_rows if self.history and self.history.volatile else self._episode_ids
        records: list[dict[str, Any]] = [
            {"kind": "episode", "row": in_file.get(key), **_fields(episode)}
            for key, episode in episodes.items()
            if episode is not None
        ]
        records += [
            {"kind": "deleted", "row": in_file[key]}
            for key, episode in episodes.items()
            if episode is None and key in in_file
        ]
        volatile = self.history is not None and self.history.volatile
        records += [
            {"kind": "session", "row": None if volatile else self._session_ids.get(key),
             **_fields(record)}
            for key, record in sessions.items()
        ]  # fmt: skip
        for folder in folders:
            path = folder / f"history.pending-{os.getpid()}.json"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(records), encoding="utf-8")
            except (OSError, ValueError):
                with contextlib.suppress(OSError, ValueError):
                    path.unlink(missing_ok=True)  # never leave half a file to be read later
                continue
            self._recovered_files = [old for old in self._recovered_files if old != path]
            self._forget_recovered_files()  # all they held that is not in the log is in ``path``
            return path
        return None

    def recover(self, folders: list[Path]) -> int:
        """Queue the records a closing app could not write; returns how many were found.

        A side file is removed only once everything in it is in the log.
        """
        found = 0
        for path in sorted(p for folder in folders for p in folder.glob("history.pending-*.json")):
            try:
                records = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for record in records if isinstance(records, list) else []:
                found += self._queue(record)
            self._recovered_files.append(path)
        self.flush()  # removes the files once everything is in the file, now or at a retry
        return found

    def _queue(self, record: dict[str, Any]) -> int:
        try:
            kind, row = record.pop("kind"), record.pop("row")
            key = self.new_key()
            if row is not None:
                (self._session_ids if kind == "session" else self._episode_ids)[key] = int(row)
            if kind == "deleted":
                self._episodes[key] = None
            elif kind == "episode":
                self._episodes[key] = _episode(record)
            else:
                self._sessions[key] = _session(record)
        except (KeyError, TypeError, ValueError):
            return 0
        return 1

    def _write_episode(self, history: LogStore, key: int, episode: Episode | None) -> None:
        row = self._episode_ids.get(key)
        if episode is None:
            if row is not None:
                history.delete_episode(row)
                del self._episode_ids[key]
        elif row is None:
            self._episode_ids[key] = history.add_episode(episode)
        else:
            history.save_episode(dataclasses.replace(episode, id=row))


def _fields(record: Episode | SessionRecord) -> dict[str, Any]:
    values = dataclasses.asdict(record)
    return {
        name: value.isoformat() if isinstance(value, datetime)
        else value.value if isinstance(value, EndKind)
        else list(value) if isinstance(value, tuple)
        else value
        for name, value in values.items()
        if name != "id"
    }  # fmt: skip


def _instant(text: object) -> datetime | None:
    return None if text is None else datetime.fromisoformat(str(text))


def _episode(data: dict[str, Any]) -> Episode:
    started = _instant(data["started"])
    assert started is not None
    return Episode(
        0, started, _instant(data["ended"]), str(data["area"]),
        tuple(map(str, data["helped"])), tuple(map(str, data["tags"])), str(data["note"]),
        side=str(data["side"]),
        severity=None if data["severity"] is None else int(data["severity"]),
        end=EndKind(data["end"]), signs=tuple(map(str, data.get("signs", ()))),
    )  # fmt: skip


def _session(data: dict[str, Any]) -> SessionRecord:
    started = _instant(data["started"])
    assert started is not None
    step = data["stopped_at_step"]
    return SessionRecord(
        0, str(data["routine_id"]), str(data["routine_name"]), started, _instant(data["ended"]),
        bool(data["finished"]), None if step is None else int(step),
        relief=bool(data.get("relief", False)),
    )  # fmt: skip
