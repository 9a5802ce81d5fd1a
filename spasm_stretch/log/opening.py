"""Opening the log's SQLite file, and what to do when it cannot be used as it is.

Opening tells damage from trouble that is not the file's fault:

- a damaged file (not a database, a bad page, a missing table, an odd or
  newer schema version) is moved aside under a name no other file has (never
  deleted or overwritten) and a fresh log started;
- a file another program holds a write lock on (``BEGIN EXCLUSIVE`` in a
  second process) is opened as it is, at once: in WAL mode it can still be
  read, and writes wait in the log writer, retried until the lock goes;
- a file locked against reading too, after a short wait, is left where it is
  and this run logs in memory;
- a file that cannot be written (read-only file or folder, full disk) is
  left where it is and shown; what is logged now is kept until the app closes.

``open_log`` says which, in words, and whether writes reach the file.
Creating and migrating the tables is done here too, on open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spasm_stretch.i18n.text import Text


class HistoryText(Text):
    """What the history tells a person about its file: set aside, locked, read-only."""


SCHEMA_VERSION = 4
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
    # The red-flag signs the person ticked (swelling, weakness, numbness, skin changes),
    # as keys joined by ";": a doctor's flag comes from a ticked sign, never from a note.
    4: """
        ALTER TABLE episodes ADD COLUMN signs TEXT NOT NULL DEFAULT '';
        ALTER TABLE sessions ADD COLUMN relief INTEGER NOT NULL DEFAULT 0;
    """,
}


@dataclass(frozen=True)
class OpenedLog:
    """A connection to the log and what opening it found.

    ``as_found`` is True when the file opened as it is (not set aside, not
    replaced by memory); ``notice`` then is empty unless ``locked``.
    ``volatile`` is True when writes go to memory only (the file cannot take
    them). ``locked`` is True when the file opened but another program holds
    its write lock: it is read as it is and writes are retried.
    """

    db: sqlite3.Connection
    notice: str = ""
    volatile: bool = False
    as_found: bool = False
    locked: bool = False


def open_log(path: Path, lock_timeout: float) -> OpenedLog:
    """Open the log at ``path``; never raises for a bad file, it starts afresh and says so."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _in_memory(path, exc)
    found = _identity(path)
    try:
        db, writable = _open_when_free(path, lock_timeout)
    except (sqlite3.DatabaseError, _UnusableError, _NewerSchemaError) as exc:
        if _is_damage(exc):
            return _start_afresh(path, exc, found, lock_timeout)
        if _is_busy(exc):
            return _in_memory_while_locked(path)
        return _shown_but_not_saved(path, exc)
    if not writable:
        return OpenedLog(
            db,
            HistoryText.tr(
                "The history file {path} is locked by another program right now; it is "
                "shown as it is, and what you log is saved to it as soon as it is free."
            ).format(path=path),
            as_found=True,
            locked=True,
        )
    return OpenedLog(db, as_found=True)


def _start_afresh(
    path: Path, damage: Exception, found: _FileId | None, lock_timeout: float
) -> OpenedLog:
    """Keep the damaged file under a new name and begin an empty log in its place."""
    try:
        kept = _set_aside(path, found)
        db = _open_when_free(path, lock_timeout)[0]
    except (OSError, sqlite3.DatabaseError, _UnusableError, _NewerSchemaError) as second:
        return _in_memory(path, second)
    if kept is None:  # another copy of the app set it aside first
        return OpenedLog(db)
    return OpenedLog(
        db,
        HistoryText.tr(
            "The history file could not be used ({damage}); it was kept as {kept} "
            "and a new, empty history was started."
        ).format(damage=damage, kept=kept.name),
    )


def _in_memory_while_locked(path: Path) -> OpenedLog:
    return OpenedLog(
        _open(Path(":memory:"), 0)[0],
        HistoryText.tr(
            "The history file {path} is locked by another program; it was left as it "
            "is. What you log now is kept aside and added to it at the next start."
        ).format(path=path),
        volatile=True,
    )


def _shown_but_not_saved(path: Path, reason: Exception) -> OpenedLog:
    """A healthy log that cannot be written: show it, keep new rows until the app closes."""
    try:
        db = _read_only_copy(path)
    except sqlite3.DatabaseError:
        return _in_memory(path, reason)
    return OpenedLog(
        db,
        HistoryText.tr(
            "The history file cannot be written ({reason}); it was left "
            "as it is. Your log is shown; what you log now is kept aside and added to it at the "
            "next start that can write it."
        ).format(reason=_in_words(reason, path)),
        volatile=True,
    )


def _in_memory(path: Path, reason: Exception) -> OpenedLog:
    return OpenedLog(
        _open(Path(":memory:"), 0)[0],
        HistoryText.tr(
            "The history cannot be saved in {folder} ({reason}); "
            "what you log now is kept aside and added to the log at the next start that can "
            "write it."
        ).format(folder=path.parent, reason=reason),
        volatile=True,
    )


def _open(path: Path, lock_timeout: float) -> tuple[sqlite3.Connection, bool]:
    """Connect in WAL mode with full syncs, bring the schema up to date and check the file.

    Also says whether the file takes a write now (False: another program
    holds its write lock, which the log writer's retries wait out).
    """
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
                HistoryText.tr("its schema version ({version}) is not one this app writes").format(
                    version=version
                )
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            # One transaction per step: a crash mid-migration leaves the old version.
            # The version is read again under the write lock: another copy may have
            # gone further meanwhile, and an idempotent step must not set it back.
            try:
                db.execute("BEGIN IMMEDIATE")
                if int(db.execute("PRAGMA user_version").fetchone()[0]) >= step:
                    db.execute("COMMIT")
                    continue
                # Statement by statement (executescript would commit the open transaction
                # first); so no migration has a ";" inside a string.
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {step}")
                db.execute("COMMIT")
            except sqlite3.OperationalError:
                if not _migrated_meanwhile(db, step):
                    raise
        _check_structure(db)
        writable = path == Path(":memory:") or _probe_write(db)
    except BaseException:
        db.close()
        raise
    return db, writable


def _set_aside(path: Path, found: _FileId | None) -> Path | None:
    """Move the damaged file (and its WAL files) to a name that exists nowhere yet.

    Returns None, moving nothing, when the file at ``path`` is no longer the
    one found damaged: another copy of the app set it aside and started
    afresh meanwhile, and that fresh log must stay.
    """
    if found is None or _identity(path) != found:
        return None
    stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
    for number in range(1, 10_000):
        tail = "" if number == 1 else f"-{number}"
        kept = path.with_name(f"{path.stem}.unusable-{stamp}{tail}{path.suffix}")
        if _reserve(kept, ("-wal", "-shm")):
            break
    else:
        raise FileExistsError(
            HistoryText.tr("no free name to keep {name} under").format(name=path.name)
        )
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{kept}{suffix}"))
    return kept


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


def _open_when_free(path: Path, lock_timeout: float) -> tuple[sqlite3.Connection, bool]:
    """Open the log (and whether it takes writes now), waiting out a read lock twice."""
    attempt = 1
    while True:
        try:
            return _open(path, lock_timeout)
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


def _probe_write(db: sqlite3.Connection) -> bool:
    """Write one header field back unchanged, so a read-only file or a full disk shows now.

    Found at open, it is told apart from damage; found at the first cramp,
    it would be an error in the middle of logging one. False when another
    program holds the write lock: the file is fine, and is opened as it is.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            return False
        raise
    try:
        db.execute(f"PRAGMA user_version = {version}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return True


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
