"""The cramp log and session history: SQLite in WAL mode, written as things happen.

Every write is its own committed transaction with synchronous=FULL, so
killing the app at any moment loses nothing already logged. A database that
is corrupt, locked by something else, or from a newer version of the app is
moved aside (never deleted) and a fresh one started; ``notice`` says so.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from spasm_stretch.core.records import Episode, SessionRecord

SCHEMA_VERSION = 1
MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE episodes (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            ended TEXT,
            area TEXT NOT NULL DEFAULT '',
            helped TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started TEXT NOT NULL,
            ended TEXT,
            finished INTEGER NOT NULL DEFAULT 0,
            stopped_at_step INTEGER
        );
    """,
}


def now() -> datetime:
    """The local time with its offset, to the second: what the log records."""
    return datetime.now().astimezone().replace(microsecond=0)


def _joined(items: tuple[str, ...] | list[str]) -> str:
    return ";".join(item.replace(";", ",") for item in items)


def _split(text: str) -> tuple[str, ...]:
    return tuple(item for item in text.split(";") if item)


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class History:
    """The log on disk. Opening never raises for a bad file; it starts afresh and says so."""

    def __init__(self, path: Path, *, lock_timeout: float = 2.0) -> None:
        self.path = path
        self.notice = ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(path, lock_timeout)
        except (sqlite3.DatabaseError, _NewerSchemaError) as exc:
            try:
                kept = self._set_aside()
                self._db = self._open(path, lock_timeout)
            except (OSError, sqlite3.DatabaseError) as second:
                self._in_memory(second)
            else:
                self.notice = (
                    f"The history file could not be used ({exc}); it was kept as {kept.name} "
                    "and a new, empty history was started."
                )
        except OSError as exc:
            self._in_memory(exc)

    def _in_memory(self, reason: Exception) -> None:
        self._db = self._open(Path(":memory:"), 0)
        self.notice = (
            f"The history cannot be saved in {self.path.parent} ({reason}); "
            "this session's log will be lost when the app closes."
        )

    @staticmethod
    def _open(path: Path, lock_timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=lock_timeout, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise _NewerSchemaError(f"it was written by a newer version (schema {version})")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                # One transaction per step: a crash mid-migration leaves the old version.
                db.executescript(
                    f"BEGIN IMMEDIATE; {MIGRATIONS[step]}; PRAGMA user_version = {step}; COMMIT;"
                )
            db.execute("SELECT count(*) FROM episodes").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self) -> Path:
        stamp = now().strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.stem}.unusable-{stamp}{self.path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.rename(Path(f"{kept}{suffix}"))
        return kept

    def close(self) -> None:
        """Close the database (every write is already committed)."""
        self._db.close()

    # --- writing ----------------------------------------------------------

    def start_episode(self, started: datetime, area: str = "") -> int:
        """Record a cramp that has just begun; returns its id."""
        cursor = self._db.execute(
            "INSERT INTO episodes (started, area) VALUES (?, ?)", (started.isoformat(), area)
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end_episode(self, episode_id: int, ended: datetime) -> None:
        """Record that a cramp is over (its details are saved by update_episode)."""
        self._db.execute(
            "UPDATE episodes SET ended = ? WHERE id = ?", (ended.isoformat(), episode_id)
        )

    def update_episode(
        self,
        episode_id: int,
        *,
        area: str,
        helped: tuple[str, ...],
        tags: tuple[str, ...],
        note: str,
    ) -> None:
        """Save what the person says about a cramp, while it lasts or after."""
        self._db.execute(
            "UPDATE episodes SET area = ?, helped = ?, tags = ?, note = ? WHERE id = ?",
            (area, _joined(helped), _joined(tags), note, episode_id),
        )

    def delete_episode(self, episode_id: int) -> None:
        """Remove an episode the person says was not a cramp."""
        self._db.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))

    def start_session(self, routine_id: str, routine_name: str, started: datetime) -> int:
        """Record that a routine was started; returns its id."""
        cursor = self._db.execute(
            "INSERT INTO sessions (routine_id, routine_name, started) VALUES (?, ?, ?)",
            (routine_id, routine_name, started.isoformat()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end_session(
        self, session_id: int, ended: datetime, *, finished: bool, stopped_at_step: int | None
    ) -> None:
        """Record how a routine ended: finished, or stopped at a step (1-based)."""
        self._db.execute(
            "UPDATE sessions SET ended = ?, finished = ?, stopped_at_step = ? WHERE id = ?",
            (ended.isoformat(), int(finished), stopped_at_step, session_id),
        )

    # --- reading ----------------------------------------------------------

    def episodes(self) -> list[Episode]:
        """Every cramp, oldest first."""
        rows = self._db.execute(
            "SELECT id, started, ended, area, helped, tags, note FROM episodes ORDER BY started, id"
        )
        return [
            Episode(row[0], datetime.fromisoformat(row[1]), _time(row[2]), row[3],
                    _split(row[4]), _split(row[5]), row[6])
            for row in rows
        ]  # fmt: skip

    def sessions(self) -> list[SessionRecord]:
        """Every routine run, oldest first."""
        rows = self._db.execute(
            "SELECT id, routine_id, routine_name, started, ended, finished, stopped_at_step"
            " FROM sessions ORDER BY started, id"
        )
        return [
            SessionRecord(row[0], row[1], row[2], datetime.fromisoformat(row[3]), _time(row[4]),
                          bool(row[5]), row[6])
            for row in rows
        ]  # fmt: skip


class _NewerSchemaError(Exception):
    """The file was written by a newer version of the app."""
