"""The cramp log and session history: SQLite in WAL mode, written as things happen.

Every write is its own committed transaction with synchronous=FULL, so
killing the app at any moment loses nothing already logged. A database that
is corrupt, locked by something else, or from a newer version of the app is
moved aside (never deleted) and a fresh one started; ``notice`` says so.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from spasm_stretch.core.records import EndKind, Episode, SessionRecord

SCHEMA_VERSION = 2
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
    # Side, severity and how the end is known; every instant rewritten in UTC, so rows
    # logged under different time zones sort and fall into weeks by the true instant.
    2: """
        ALTER TABLE episodes ADD COLUMN side TEXT NOT NULL DEFAULT '';
        ALTER TABLE episodes ADD COLUMN severity INTEGER;
        ALTER TABLE episodes ADD COLUMN end_kind TEXT NOT NULL DEFAULT 'timed';
        UPDATE episodes SET end_kind = 'open' WHERE ended IS NULL;
        UPDATE episodes SET
            started = COALESCE(strftime('%Y-%m-%dT%H:%M:%S+00:00', started), started),
            ended = COALESCE(strftime('%Y-%m-%dT%H:%M:%S+00:00', ended), ended);
        UPDATE sessions SET
            started = COALESCE(strftime('%Y-%m-%dT%H:%M:%S+00:00', started), started),
            ended = COALESCE(strftime('%Y-%m-%dT%H:%M:%S+00:00', ended), ended);
    """,
}


def now() -> datetime:
    """The local time with its offset, to the second: what the log records."""
    return datetime.now().astimezone().replace(microsecond=0)


def _stored(moment: datetime | None) -> str | None:
    """An instant as the log keeps it: UTC, to the second (so text order is time order)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _joined(items: tuple[str, ...] | list[str]) -> str:
    return ";".join(item.replace(";", ",") for item in items)


def _split(text: str) -> tuple[str, ...]:
    return tuple(item for item in text.split(";") if item)


def _time(text: str | None) -> datetime | None:
    """A stored instant in the local time zone of whoever reads it now."""
    return None if text is None else datetime.fromisoformat(text).astimezone()


def _end_kind(text: str) -> EndKind:
    try:
        return EndKind(text)
    except ValueError:
        return EndKind.UNKNOWN


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

    def add_episode(self, episode: Episode) -> int:
        """Write a whole cramp record as a new row (its ``id`` is ignored); returns the new id."""
        cursor = self._db.execute(
            "INSERT INTO episodes (started, ended, area, helped, tags, note, side, severity,"
            " end_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _episode_values(episode),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save_episode(self, episode: Episode) -> None:
        """Overwrite the row ``episode.id`` with everything ``episode`` now says."""
        self._db.execute(
            "UPDATE episodes SET started = ?, ended = ?, area = ?, helped = ?, tags = ?,"
            " note = ?, side = ?, severity = ?, end_kind = ? WHERE id = ?",
            (*_episode_values(episode), episode.id),
        )

    def start_episode(self, started: datetime, area: str = "") -> int:
        """Record a cramp that has just begun and is still open; returns its id."""
        return self.add_episode(Episode(0, started, None, area, (), (), "", end=EndKind.OPEN))

    def delete_episode(self, episode_id: int) -> None:
        """Remove a cramp from the log (the person said so; the window offers an undo)."""
        self._db.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))

    def add_session(self, record: SessionRecord) -> int:
        """Write a whole routine run as a new row (its ``id`` is ignored); returns the new id."""
        cursor = self._db.execute(
            "INSERT INTO sessions (routine_id, routine_name, started, ended, finished,"
            " stopped_at_step) VALUES (?, ?, ?, ?, ?, ?)",
            _session_values(record),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save_session(self, record: SessionRecord) -> None:
        """Overwrite the row ``record.id`` with how the run went."""
        self._db.execute(
            "UPDATE sessions SET routine_id = ?, routine_name = ?, started = ?, ended = ?,"
            " finished = ?, stopped_at_step = ? WHERE id = ?",
            (*_session_values(record), record.id),
        )

    def start_session(self, routine_id: str, routine_name: str, started: datetime) -> int:
        """Record that a routine was started; returns its id."""
        return self.add_session(
            SessionRecord(0, routine_id, routine_name, started, None, False, None)
        )

    # --- reading ----------------------------------------------------------

    def episodes(self) -> list[Episode]:
        """Every cramp, oldest first."""
        rows = self._db.execute(
            "SELECT id, started, ended, area, helped, tags, note, side, severity, end_kind"
            " FROM episodes ORDER BY started, id"
        )
        return [
            Episode(row[0], datetime.fromisoformat(row[1]).astimezone(), _time(row[2]), row[3],
                    _split(row[4]), _split(row[5]), row[6], side=row[7], severity=row[8],
                    end=_end_kind(row[9]))
            for row in rows
        ]  # fmt: skip

    def episode(self, episode_id: int) -> Episode | None:
        """One cramp by its id, if it is still in the log."""
        return next((e for e in self.episodes() if e.id == episode_id), None)

    def sessions(self) -> list[SessionRecord]:
        """Every routine run, oldest first."""
        rows = self._db.execute(
            "SELECT id, routine_id, routine_name, started, ended, finished, stopped_at_step"
            " FROM sessions ORDER BY started, id"
        )
        return [
            SessionRecord(row[0], row[1], row[2], datetime.fromisoformat(row[3]).astimezone(),
                          _time(row[4]),
                          bool(row[5]), row[6])
            for row in rows
        ]  # fmt: skip


def _episode_values(episode: Episode) -> tuple[object, ...]:
    return (
        _stored(episode.started), _stored(episode.ended), episode.area, _joined(episode.helped),
        _joined(episode.tags), episode.note, episode.side, episode.severity, episode.end.value,
    )  # fmt: skip


def _session_values(record: SessionRecord) -> tuple[object, ...]:
    return (
        record.routine_id, record.routine_name, _stored(record.started), _stored(record.ended),
        int(record.finished), record.stopped_at_step,
    )  # fmt: skip


class _NewerSchemaError(Exception):
    """The file was written by a newer version of the app."""
