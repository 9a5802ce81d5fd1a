"""The cramp log and session history: SQLite in WAL mode, written as things happen.

Every write is its own committed transaction with synchronous=FULL, so
killing the app at any moment loses nothing already logged. Two running
copies of the app share one log safely: WAL lets one write while the other
reads, and the busy timeout makes a writer wait for the other's commit.

Opening the file, and what happens when it is damaged, locked or cannot be
written, is ``opening``; ``LogStore.notice`` says what it found, in words.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spasm_stretch.core.log_review import (
    Flag,
    LogReview,
    WeekCount,
    busiest_window,
    first_met,
    frequent_flag,
    long_flag_of,
    monday_of,
    no_area,
    sign_flags,
    times_of_day,
    weeks_from_counts,
)
from spasm_stretch.core.records import EndKind, Episode, SessionRecord
from spasm_stretch.log.opening import HistoryText, open_log

if TYPE_CHECKING:
    from spasm_stretch.core.content import DoctorAdvice

# What the window and the commands open the log with: a lock another program holds is
# waited for this long at open (a commit by another copy of the app takes milliseconds)...
OPEN_WAIT = 0.25
# ... and this long at each write, which is then kept and retried instead of waiting more.
WRITE_WAIT = 0.05


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


class LogStore:
    """The log on disk. Opening never raises for a bad file; it starts afresh and says so."""

    def __init__(
        self, path: Path, *, lock_timeout: float = 2.0, write_wait: float | None = None
    ) -> None:
        """Open the log at ``path``.

        ``lock_timeout`` is how long opening waits for another program's lock;
        ``write_wait`` (default: the same) how long each later write waits
        for one. The window passes short ones (``OPEN_WAIT``, ``WRITE_WAIT``):
        a write refused for a lock is kept and retried by its log writer, so
        no wait on the window's thread is ever longer than these.
        """
        self.path = path
        opened = open_log(path, lock_timeout)
        self._db: sqlite3.Connection = opened.db
        if write_wait is not None:
            self._db.execute(f"PRAGMA busy_timeout = {max(0, round(write_wait * 1000))}")
        # Rows whose start cannot be read (cramps, runs): never listed, so never counted.
        self._unreadable = _unreadable_rows(self._db) if opened.as_found else (0, 0)
        notices = [opened.notice, _unreadable_rows_notice(sum(self._unreadable))]
        self.notice = " ".join(notice for notice in notices if notice)
        # True when writes go to memory only (the file cannot take them); the window's
        # log writer then keeps them aside to add to the file at a later start.
        self.volatile = opened.volatile
        # True when another program held the write lock at open: writes are retried.
        self.locked_at_open = opened.locked

    def close(self) -> None:
        """Close the database (every write is already committed)."""
        self._db.close()

    # --- writing ----------------------------------------------------------

    def add_episode(self, episode: Episode) -> int:
        """Write a whole cramp record as a new row (its ``id`` is ignored); returns the new id."""
        cursor = self._db.execute(
            "INSERT INTO episodes (started, ended, area, helped, tags, note, side, severity,"
            " end_kind, signs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _episode_values(episode),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save_episode(self, episode: Episode) -> None:
        """Overwrite the row ``episode.id`` with everything ``episode`` now says."""
        self._db.execute(
            "UPDATE episodes SET started = ?, ended = ?, area = ?, helped = ?, tags = ?,"
            " note = ?, side = ?, severity = ?, end_kind = ?, signs = ? WHERE id = ?",
            (*_episode_values(episode), episode.id),
        )

    def delete_episode(self, episode_id: int) -> None:
        """Remove a cramp from the log (the person said so; the window offers an undo)."""
        self._db.execute("DELETE FROM episodes WHERE id = ?", (episode_id,))

    def add_session(self, record: SessionRecord) -> int:
        """Write a whole routine run as a new row (its ``id`` is ignored); returns the new id."""
        cursor = self._db.execute(
            "INSERT INTO sessions (routine_id, routine_name, started, ended, finished,"
            " stopped_at_step, relief) VALUES (?, ?, ?, ?, ?, ?, ?)",
            _session_values(record),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save_session(self, record: SessionRecord) -> None:
        """Overwrite the row ``record.id`` with how the run went."""
        self._db.execute(
            "UPDATE sessions SET routine_id = ?, routine_name = ?, started = ?, ended = ?,"
            " finished = ?, stopped_at_step = ?, relief = ? WHERE id = ?",
            (*_session_values(record), record.id),
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
        return int(episodes) - self._unreadable[0], int(sessions) - self._unreadable[1]

    def review(self, advice: DoctorAdvice, *, now: datetime, weeks: int = 8) -> LogReview:
        """The log summed up as ``review_log`` does, computed in SQL for a log of any size.

        Only the handful of rows a red flag or "longest" names become records;
        counts, areas, hours and weeks are grouped by SQLite, in local time.
        """
        db = self._db
        recent = _stored(now - timedelta(days=advice.frequent_days))
        hours = dict(db.execute(
            "SELECT CAST(strftime('%H', started, 'localtime') AS INTEGER), count(*)"
            " FROM episodes GROUP BY 1"
        ).fetchall())  # fmt: skip
        long = self._long_cramps_flag(advice)
        longest = _episodes(db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {_LENGTH_KNOWN}"
            f" ORDER BY {_LENGTH} DESC, started, id LIMIT 1"
        ))  # fmt: skip
        frequent, met = self._busiest_stretch(advice)
        signs = self._sign_flags()
        first, last = self._first_and_last()
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
            weeks=self._weeks(now, weeks),
            flags=tuple(
                flag for flag in (long, *signs, frequent_flag(frequent, advice, met)) if flag
            ),
            routine_ids=tuple(row[3] for row in routines),
        )

    def _weeks(self, now: datetime, weeks: int) -> tuple[WeekCount, ...]:
        """Cramps per area in each of the last ``weeks`` weeks (Monday to Sunday, local time)."""
        first_week = monday_of(now.date()) - timedelta(weeks=weeks - 1)
        week_rows = self._db.execute(
            "SELECT date(started, 'localtime', '-6 days', 'weekday 1'),"
            " COALESCE(NULLIF(area, ''), ?), count(*) FROM episodes"
            " WHERE started >= ? GROUP BY 1, 2",
            (
                no_area(),
                _stored(datetime.combine(first_week, datetime.min.time()).astimezone()),
            ),
        ).fetchall()
        readable = [row for row in week_rows if row[0] is not None]  # not a time: not a week
        return weeks_from_counts(readable, now.date(), weeks)

    def flags(self, advice: DoctorAdvice) -> tuple[Flag, ...]:
        """The red flags the log meets, alone: what the terminal prints beside the latest entries.

        The same as ``review(...).flags``, without adding up the rest of the review.
        """
        long = self._long_cramps_flag(advice)
        frequent, met = self._busiest_stretch(advice)
        return tuple(
            flag
            for flag in (long, *self._sign_flags(), frequent_flag(frequent, advice, met))
            if flag
        )

    def _sign_flags(self) -> tuple[Flag, ...]:
        """The flags for the signs ticked on cramps (swelling, numbness, skin changes...)."""
        return sign_flags(_episodes(self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE signs != '' ORDER BY started, id"
        )))  # fmt: skip

    def _long_cramps_flag(self, advice: DoctorAdvice) -> Flag | None:
        """The red flag for cramps LONGER than ``long_cramp_minutes`` (as Episode.longer_than)."""
        limit = round(advice.long_cramp_minutes * 60)
        is_long = (
            f"{_LENGTH_KNOWN} AND ({_LENGTH} > {limit}"
            f" OR (end_kind = 'more_than' AND {_LENGTH} >= {limit}))"
        )
        long_ids = tuple(row[0] for row in self._db.execute(
            f"SELECT id FROM episodes WHERE {is_long} ORDER BY started, id"
        ))  # fmt: skip
        worst_and_latest = _episodes(self._db.execute(
            f"SELECT * FROM (SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {is_long}"
            f" ORDER BY {_LENGTH} DESC, started, id LIMIT 1) UNION ALL SELECT * FROM (SELECT"
            f" {_EPISODE_COLUMNS} FROM episodes WHERE {is_long} ORDER BY started DESC LIMIT 1)"
            f" UNION ALL SELECT * FROM (SELECT {_EPISODE_COLUMNS} FROM episodes WHERE {is_long}"
            f" ORDER BY started, id LIMIT 1)"
        ))  # fmt: skip
        if len(worst_and_latest) != 3:
            return None
        worst, latest, first = worst_and_latest
        return long_flag_of(long_ids, worst, (first, latest), advice)

    def _busiest_stretch(self, advice: DoctorAdvice) -> tuple[list[Episode], Episode | None]:
        """The cramps of the busiest stretch, and the cramp that first met the rule.

        No cramps when even the busiest ``frequent_days`` hold fewer than
        ``frequent_episodes``.
        """
        starts = self._db.execute(
            "SELECT id, julianday(started) FROM episodes WHERE julianday(started) IS NOT NULL"
            " ORDER BY started, id"
        ).fetchall()
        window = busiest_window(
            [day for _, day in starts], advice.frequent_days, advice.frequent_episodes
        )
        if window is None:
            return [], None
        first = first_met([day for _, day in starts], advice.frequent_days,
                          advice.frequent_episodes)  # fmt: skip
        met = None if first is None else self.episode(starts[first][0])
        return self.episodes_by_id([starts[i][0] for i in range(*window)]), met

    def _first_and_last(self) -> tuple[datetime | None, datetime | None]:
        """When the first and the last cramp or routine run was logged (None when none was)."""
        ends = [  # each min() and max() alone is one step down an index
            _time(self._db.execute(f"SELECT {end}(started) FROM {table}").fetchone()[0])
            for end in ("min", "max")
            for table in ("episodes", "sessions")
        ]
        first = min((moment for moment in ends[:2] if moment), default=None)
        last = max((moment for moment in ends[2:] if moment), default=None)
        return first, last

    def episodes_by_id(self, ids: Sequence[int]) -> list[Episode]:
        """The cramps with these ids, oldest first."""
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes WHERE id IN ({marks}) ORDER BY started, id",
            tuple(ids),
        )
        return _episodes(rows)


# A cramp whose length counts (the 10-minute flag, "longest"), and that length in whole
# seconds (instants are stored to the second): no float noise between equal lengths.
_LENGTH_KNOWN = "end_kind IN ('timed', 'estimated', 'more_than') AND ended IS NOT NULL"
_LENGTH = "round((julianday(ended) - julianday(started)) * 86400)"
_EPISODE_COLUMNS = "id, started, ended, area, helped, tags, note, side, severity, end_kind, signs"
_SESSION_COLUMNS = "id, routine_id, routine_name, started, ended, finished, stopped_at_step, relief"


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
            side=row[7], severity=row[8], end=_end_kind(row[9]), signs=_split(row[10]),
        )
        for row in rows
        if (started := _time(row[1])) is not None
    ]  # fmt: skip


def _sessions(rows: Iterable[tuple[Any, ...]]) -> list[SessionRecord]:
    return [
        SessionRecord(
            row[0], row[1], row[2], started, _time(row[4]), bool(row[5]), row[6], bool(row[7])
        )
        for row in rows
        if (started := _time(row[3])) is not None
    ]


def _episode_values(episode: Episode) -> tuple[object, ...]:
    return (
        _stored(episode.started), _stored(episode.ended), episode.area, _joined(episode.helped),
        _joined(episode.tags), episode.note, episode.side, episode.severity, episode.end.value,
        _joined(episode.signs),
    )  # fmt: skip


def _session_values(record: SessionRecord) -> tuple[object, ...]:
    return (
        record.routine_id, record.routine_name, _stored(record.started), _stored(record.ended),
        int(record.finished), record.stopped_at_step, int(record.relief),
    )  # fmt: skip


def _unreadable_rows(db: sqlite3.Connection) -> tuple[int, int]:
    """How many cramps and routine runs have a start time this app cannot read.

    Only a start not in the form this store writes (UTC, to the second, a real
    date and time: SQLite gives it back unchanged after a no-op date step, which would
    roll 30 February on to March) is read by
    Python, which decides; a log of 100,000 rows written by the app is checked
    in SQLite alone (reading each in Python took a third of a second).
    """
    counts = []
    for table in ("episodes", "sessions"):
        starts = db.execute(
            f"SELECT started FROM {table} WHERE started IS NULL OR typeof(started) != 'text'"
            " OR strftime('%Y-%m-%dT%H:%M:%S+00:00', started, '+0 days') IS NOT started"
        )
        counts.append(sum(1 for (started,) in starts if _time(started) is None))
    return counts[0], counts[1]


def _unreadable_rows_notice(unreadable: int) -> str:
    """A sentence about rows whose start time cannot be read, or "" when there are none."""
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
