"""The cramp log and session history: SQLite in WAL mode, written as things happen.

Every write is its own committed transaction with synchronous=FULL, so
killing the app at any moment loses nothing already logged. Two running
copies of the app share one log safely: WAL lets one write while the other
reads, and the busy timeout makes a writer wait for the other's commit.

Opening tells damage from trouble that is not the file's fault:

- a damaged file (not a database, a bad page, a missing table, an odd or
  newer schema version) is moved aside under a name no other file has (never
  deleted or overwritten) and a fresh log started;
- a file locked by another program, after waiting, is left where it is and
  this run logs in memory;
- a file that cannot be written (read-only file or folder, full disk) is
  left where it is and shown; what is logged now is kept until the app closes.

``notice`` says which, in words.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import urllib.parse
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from spasm_stretch.core.content import DoctorAdvice
from spasm_stretch.core.log_review import (
    LogReview,
    busiest_window,
    frequent_flag,
    long_flag_of,
    monday_of,
    no_area,
    times_of_day,
    weeks_from_counts,
)
from spasm_stretch.core.records import EndKind, Episode, SessionRecord
from spasm_stretch.i18n.text import Text


class HistoryText(Text):
    """What the history tells a person about its file: set aside, locked, read-only."""


SCHEMA_VERSION = 3
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
    # The log is read newest first, a page at a time, and summed up by period.
    3: """
        CREATE INDEX IF NOT EXISTS episodes_started ON episodes (started);
        CREATE INDEX IF NOT EXISTS sessions_started ON sessions (started);
        CREATE INDEX IF NOT EXISTS sessions_routine ON sessions (routine_name, finished);
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
    """A stored instant in the local time zone of whoever reads it now.

    None when missing or not a time this app can read, so one bad row never
    stops the log from being shown.
    """
    try:
        return None if text is None else datetime.fromisoformat(text).astimezone()
    except (TypeError, ValueError):
        return None


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
        # True when writes go to memory only (the file cannot take them); the window's
        # log writer then keeps them aside to add to the file at a later start.
        self.volatile = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._in_memory(exc)
            return
        found = _identity(path)
        try:
            self._db = _open_when_free(path, lock_timeout)
        except (sqlite3.DatabaseError, _UnusableError, _NewerSchemaError) as exc:
            if _is_damage(exc):
                self._start_afresh(exc, found, lock_timeout)
            elif _is_busy(exc):
                self._in_memory_while_locked()
            else:
                self._shown_but_not_saved(exc)
            return
        self.notice = _unreadable_rows_notice(self._db)

    def _start_afresh(self, damage: Exception, found: _FileId | None, lock_timeout: float) -> None:
        """Keep the damaged file under a new name and begin an empty log in its place."""
        try:
            kept = self._set_aside(found)
            self._db = _open_when_free(self.path, lock_timeout)
        except (OSError, sqlite3.DatabaseError, _UnusableError, _NewerSchemaError) as second:
            self._in_memory(second)
            return
        if kept is None:  # another copy of the app set it aside first
            return
        self.notice = HistoryText.tr(
            "The history file could not be used ({damage}); it was kept as {kept} "
            "and a new, empty history was started."
        ).format(damage=damage, kept=kept.name)

    def _in_memory_while_locked(self) -> None:
        self._db = self._open(Path(":memory:"), 0)
        self.notice = HistoryText.tr(
            "The history file {path} is locked by another program; it was left as it "
            "is. What you log now is kept aside and added to it at the next start."
        ).format(path=self.path)
        self.volatile = True

    def _shown_but_not_saved(self, reason: Exception) -> None:
        """A healthy log that cannot be written: show it, keep new rows until the app closes."""
        try:
            self._db = _read_only_copy(self.path)
        except sqlite3.DatabaseError:
            self._in_memory(reason)
            return
        self.notice = HistoryText.tr(
            "The history file cannot be written ({reason}); it was left "
            "as it is. Your log is shown; what you log now is kept aside and added to it at the "
            "next start that can write it."
        ).format(reason=_in_words(reason, self.path))
        self.volatile = True

    def _in_memory(self, reason: Exception) -> None:
        self._db = self._open(Path(":memory:"), 0)
        self.notice = HistoryText.tr(
            "The history cannot be saved in {folder} ({reason}); "
            "what you log now is kept aside and added to the log at the next start that can "
            "write it."
        ).format(folder=self.path.parent, reason=reason)
        self.volatile = True

    @staticmethod
    def _open(path: Path, lock_timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=lock_timeout, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise _NewerSchemaError(
                    HistoryText.tr("it was written by a newer version (schema {version})").format(
                        version=version
                    )
                )
            if version < 0:
                raise _UnusableError(
                    HistoryText.tr(
                        "its schema version ({version}) is not one this app writes"
                    ).format(version=version)
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                # One transaction per step: a crash mid-migration leaves the old version.
                try:
                    db.executescript(
                        f"BEGIN IMMEDIATE; {MIGRATIONS[step]}; PRAGMA user_version = {step}; "
                        "COMMIT;"
                    )
                except sqlite3.OperationalError:
                    if not _migrated_meanwhile(db, step):
                        raise
            _check_structure(db)
            if path != Path(":memory:"):
                _probe_write(db)
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self, found: _FileId | None) -> Path | None:
        """Move the damaged file (and its WAL files) to a name that exists nowhere yet.

        Returns None, moving nothing, when the file at ``path`` is no longer the
        one found damaged: another copy of the app set it aside and started
        afresh meanwhile, and that fresh log must stay.
        """
        if found is None or _identity(self.path) != found:
            return None
        stamp = now().strftime("%Y%m%d-%H%M%S")
        for number in range(1, 10_000):
            tail = "" if number == 1 else f"-{number}"
            kept = self.path.with_name(f"{self.path.stem}.unusable-{stamp}{tail}{self.path.suffix}")
            if _reserve(kept, ("-wal", "-shm")):
                break
        else:
            raise FileExistsError(
                HistoryText.tr("no free name to keep {name} under").format(name=self.path.name)
            )
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.replace(Path(f"{kept}{suffix}"))
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

    def episodes(
        self, *, since: datetime | None = None, until: datetime | None = None,
        needing_answer: bool = False,
    ) -> list[Episode]:  # fmt: skip
        """Cramps, oldest first, optionally from ``since`` and before ``until``.

        ``needing_answer`` keeps only cramps whose end the person has not given.
        A row whose start cannot be read is left out.
        """
        where, values = _window(since, until)
        if needing_answer:
            where += " AND end_kind IN ('open', 'unanswered')"
        rows = self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {where} ORDER BY started, id", values
        )
        return _episodes(rows)

    def episodes_page(self, offset: int, limit: int) -> list[Episode]:
        """``limit`` cramps, newest first, after skipping ``offset`` (for a list shown in parts)."""
        rows = self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes ORDER BY started DESC, id DESC"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return _episodes(rows)

    def episode(self, episode_id: int) -> Episode | None:
        """One cramp by its id, if it is still in the log."""
        rows = self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE id = ?", (episode_id,)
        )
        return next(iter(_episodes(rows)), None)

    def sessions(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[SessionRecord]:
        """Routine runs, oldest first, optionally from ``since`` and before ``until``."""
        where, values = _window(since, until)
        rows = self._db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE {where} ORDER BY started, id", values
        )
        return _sessions(rows)

    def sessions_page(self, offset: int, limit: int) -> list[SessionRecord]:
        """``limit`` routine runs, newest first, after skipping ``offset``."""
        rows = self._db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY started DESC, id DESC"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return _sessions(rows)

    def change_mark(self) -> tuple[int, int]:
        """Changes by this connection and by any other: equal marks mean an unchanged log."""
        other = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        return self._db.total_changes, other

    def counts(self) -> tuple[int, int]:
        """How many cramps and routine runs the log holds."""
        episodes = self._db.execute("SELECT count(*) FROM episodes").fetchone()[0]
        sessions = self._db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        return int(episodes), int(sessions)

    def review(self, advice: DoctorAdvice, *, now: datetime, weeks: int = 8) -> LogReview:
        """The log summed up as ``review_log`` does, computed in SQL for a log of any size.

        Only the handful of rows a red flag or "longest" names become records;
        counts, areas, hours and weeks are grouped by SQLite, in local time.
        """
        db = self._db
        recent = _stored(now - timedelta(days=advice.frequent_days))
        first_week = monday_of(now.date()) - timedelta(weeks=weeks - 1)
        week_rows = db.execute(
            "SELECT date(started, 'localtime', '-6 days', 'weekday 1'),"
            " COALESCE(NULLIF(area, ''), ?), count(*) FROM episodes"
            " WHERE started >= ? GROUP BY 1, 2",
            (
                no_area(),
                _stored(datetime.combine(first_week, datetime.min.time()).astimezone()),
            ),
        ).fetchall()
        hours = dict(db.execute(
            "SELECT CAST(strftime('%H', started, 'localtime') AS INTEGER), count(*)"
            " FROM episodes GROUP BY 1"
        ).fetchall())  # fmt: skip
        known = "end_kind IN ('timed', 'estimated', 'more_than') AND ended IS NOT NULL"
        # Whole seconds (instants are stored to the second): no float noise between equal lengths.
        length = "round((julianday(ended) - julianday(started)) * 86400)"
        is_long = f"{known} AND {length} >= {advice.long_cramp_minutes * 60}"
        long_ids = tuple(row[0] for row in db.execute(
            f"SELECT id FROM episodes WHERE {is_long} ORDER BY started, id"
        ))  # fmt: skip
        worst_and_latest = _episodes(db.execute(
            f"SELECT * FROM (SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {is_long}"
            f" ORDER BY {length} DESC, started, id LIMIT 1) UNION ALL SELECT * FROM (SELECT"
            f" {_EPISODE_COLUMNS} FROM episodes WHERE {is_long} ORDER BY started DESC LIMIT 1)"
        ))  # fmt: skip
        long = (
            long_flag_of(long_ids, worst_and_latest[0], worst_and_latest[1], advice)
            if len(worst_and_latest) == 2
            else None
        )
        longest = _episodes(db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {known}"
            f" ORDER BY {length} DESC, started, id LIMIT 1"
        ))  # fmt: skip
        starts = db.execute(
            "SELECT id, julianday(started) FROM episodes WHERE julianday(started) IS NOT NULL"
            " ORDER BY started, id"
        ).fetchall()
        window = busiest_window(
            [day for _, day in starts], advice.frequent_days, advice.frequent_episodes
        )
        frequent = [] if window is None else [
            e for e in self.episodes_by_id([starts[i][0] for i in range(*window)])
        ]  # fmt: skip
        ends = [  # each min() and max() alone is one step down an index
            _time(db.execute(f"SELECT {end}(started) FROM {table}").fetchone()[0])
            for end in ("min", "max")
            for table in ("episodes", "sessions")
        ]
        first = min((moment for moment in ends[:2] if moment), default=None)
        last = max((moment for moment in ends[2:] if moment), default=None)
        routines = db.execute(
            "SELECT routine_name, count(*), total(finished), min(routine_id) FROM sessions"
            " GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        episodes, sessions = self.counts()
        return LogReview(
            first=first.date() if first else None,
            last=last.date() if last else None,
            episodes=episodes,
            episodes_recent=db.execute(
                "SELECT count(*) FROM episodes WHERE started >= ?", (recent,)
            ).fetchone()[0],
            recent_days=advice.frequent_days,
            by_area=tuple(
                db.execute(
                    "SELECT COALESCE(NULLIF(area, ''), ?), count(*) FROM episodes"
                    " GROUP BY 1 ORDER BY 2 DESC, 1",
                    (no_area(),),
                ).fetchall()
            ),
            by_time_of_day=tuple(
                (label, sum(hours.get(h, 0) for h in range(low, high)))
                for label, low, high in times_of_day()
            ),
            longest=longest[0] if longest else None,
            sessions=sessions,
            sessions_finished=round(sum(row[2] for row in routines)),
            by_routine=tuple((row[0], row[1]) for row in routines),
            weeks=weeks_from_counts(week_rows, now.date(), weeks),
            flags=tuple(flag for flag in (long, frequent_flag(frequent, advice)) if flag),
            routine_ids=tuple(row[3] for row in routines),
        )

    def episodes_by_id(self, ids: Sequence[int]) -> list[Episode]:
        """The cramps with these ids, oldest first."""
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE id IN ({marks}) ORDER BY started, id",
            tuple(ids),
        )
        return _episodes(rows)


_EPISODE_COLUMNS = "id, started, ended, area, helped, tags, note, side, severity, end_kind"
_SESSION_COLUMNS = "id, routine_id, routine_name, started, ended, finished, stopped_at_step"


def _window(since: datetime | None, until: datetime | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause on ``started`` (stored as UTC text, so text order is time order)."""
    parts, values = ["1"], []
    if since is not None:
        parts.append("started >= ?")
        values.append(_stored(since) or "")
    if until is not None:
        parts.append("started < ?")
        values.append(_stored(until) or "")
    return " AND ".join(parts), tuple(values)


def _episodes(rows: Iterable[tuple[Any, ...]]) -> list[Episode]:
    return [
        Episode(
            row[0], started, _time(row[2]), row[3], _split(row[4]), _split(row[5]), row[6],
            side=row[7], severity=row[8], end=_end_kind(row[9]),
        )
        for row in rows
        if (started := _time(row[1])) is not None
    ]  # fmt: skip


def _sessions(rows: Iterable[tuple[Any, ...]]) -> list[SessionRecord]:
    return [
        SessionRecord(row[0], row[1], row[2], started, _time(row[4]), bool(row[5]), row[6])
        for row in rows
        if (started := _time(row[3])) is not None
    ]


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


class _UnusableError(Exception):
    """The file is a database, but not a log this app can use (damaged or odd)."""


_FileId = tuple[int, int]
_TABLES = ("episodes", "sessions")
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
_BUSY_ATTEMPTS = 2
_NEARLY_FULL = 64 * 1024


def _identity(path: Path) -> _FileId | None:
    """Which file is at ``path`` (device and inode), or None when there is none."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _is_damage(exc: BaseException) -> bool:
    """Whether the file itself is at fault: only then is it moved aside."""
    return isinstance(exc, _NewerSchemaError | _UnusableError) or _error_name(exc).startswith(
        _DAMAGE
    )


def _is_busy(exc: BaseException) -> bool:
    return _error_name(exc).startswith(_BUSY)


def _open_when_free(path: Path, lock_timeout: float) -> sqlite3.Connection:
    """Open the log, waiting out another program's lock a second time before giving up."""
    attempt = 1
    while True:
        try:
            return History._open(path, lock_timeout)
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or attempt >= _BUSY_ATTEMPTS:
                raise
            attempt += 1


def _migrated_meanwhile(db: sqlite3.Connection, step: int) -> bool:
    """Whether a failed migration step was done by another copy of the app meanwhile.

    Two first starts both read version 0; the second's BEGIN IMMEDIATE waits
    for the first's commit and then finds the tables already there.
    """
    if db.in_transaction:
        db.execute("ROLLBACK")
    return int(db.execute("PRAGMA user_version").fetchone()[0]) >= step


def _check_structure(db: sqlite3.Connection) -> None:
    """Raise _UnusableError for a missing table or a damaged page (quick_check)."""
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [table for table in _TABLES if table not in names]
    if missing:
        raise _UnusableError(
            HistoryText.tr("its {tables} table is missing").format(tables=" and ".join(missing))
        )
    problems = [row[0] for row in db.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        first = " ".join(problems[0].replace("*** in database main ***", "").split())
        raise _UnusableError(
            HistoryText.tr("it is damaged: {problem}").format(
                problem=f"{first[:1].lower()}{first[1:]}"
            )
        )


def _probe_write(db: sqlite3.Connection) -> None:
    """Write one header field back unchanged, so a read-only file or a full disk shows now.

    Found at open, it is told apart from damage; found at the first cramp,
    it would be an error in the middle of logging one.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute(f"PRAGMA user_version = {version}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _reserve(kept: Path, suffixes: tuple[str, ...]) -> bool:
    """Claim ``kept`` by creating it exclusively, if neither it nor its WAL names exist."""
    if any(Path(f"{kept}{suffix}").exists() for suffix in suffixes):
        return False
    try:
        os.close(os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    return True


def _in_words(exc: BaseException, path: Path) -> str:
    """Why a write failed, led by what a person can act on (full disk, read-only)."""
    name = _error_name(exc)
    try:
        full = shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        full = False
    if name.startswith("SQLITE_FULL") or full:
        return HistoryText.tr("the disk is full: {error}").format(error=exc)
    if name.startswith("SQLITE_READONLY") or not os.access(path.parent, os.W_OK):
        return HistoryText.tr("the file or its folder is read-only: {error}").format(error=exc)
    return str(exc)


def _read_only_copy(path: Path) -> sqlite3.Connection:
    """The log opened read-only, its tables shadowed by in-memory copies that take new rows.

    SQLite looks up an unqualified table name in ``temp`` before ``main``, so
    every read and write method works unchanged and the file is never touched.
    """
    uri = f"file:{urllib.parse.quote(str(path.absolute()))}"
    try:
        db = _copied_tables(sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None))
    except sqlite3.DatabaseError:
        # Read-only WAL access needs a -shm file it can create; without one (full
        # disk, read-only folder) read the file as it stands. Rows still only in
        # a -wal file left by a killed app are not shown then, but stay on disk.
        db = _copied_tables(sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None))
    return db


def _copied_tables(db: sqlite3.Connection) -> sqlite3.Connection:
    try:
        tables = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", _TABLES
        ).fetchall()
        if len(tables) != len(_TABLES):
            raise sqlite3.DatabaseError(HistoryText.tr("the history tables are missing"))
        for name, sql in tables:
            db.execute(sql.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
            db.execute(f"INSERT INTO temp.{name} SELECT * FROM main.{name}")
    except BaseException:
        db.close()
        raise
    return db


def _unreadable_rows_notice(db: sqlite3.Connection) -> str:
    """A sentence about rows whose start time cannot be read, or "" when there are none."""
    starts = db.execute("SELECT started FROM episodes UNION ALL SELECT started FROM sessions")
    unreadable = sum(1 for (started,) in starts if _time(started) is None)
    if not unreadable:
        return ""
    if unreadable == 1:
        return HistoryText.tr(
            "1 entry in the history has a start time this app cannot read; it is kept in the "
            "file but not shown."
        )
    return HistoryText.tr(
        "%n entries in the history have a start time this app cannot read; they are kept in "
        "the file but not shown.",
        "",
        unreadable,
    )
