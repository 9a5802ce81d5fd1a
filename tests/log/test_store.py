"""The history file: logged rows read back, survive a SIGKILL, and bad files are set aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.log_review import review_log
from spasm_stretch.core.records import EndKind
from spasm_stretch.log.opening import MIGRATIONS, SCHEMA_VERSION
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.resources import assets_dir
from tests.helpers.log import log_cramp, log_open_cramp, log_run

START = datetime(2026, 11, 3, 3, 12, 5).astimezone()
ADVICE = load_guidance(assets_dir() / "content").doctor


def test_episodes_and_sessions_are_logged_and_read_back(tmp_path: Path) -> None:
    """A cramp with what helped and a routine run come back exactly as logged."""
    history = LogStore(tmp_path / "history.db")
    log_cramp(history, START, 4, "calf", helped=("stretch", "water"), tags=("night-time",),
              note="woke me up", side="right", severity=6)  # fmt: skip
    log_run(history, "calf", "Calf stretch", START, START + timedelta(minutes=1), finished=False,
            stopped_at_step=1)  # fmt: skip
    history.close()
    reopened = LogStore(tmp_path / "history.db")
    (logged,) = reopened.episodes()
    assert (logged.area, logged.helped, logged.tags, logged.note, logged.side, logged.severity) == (
        "calf", ("stretch", "water"), ("night-time",), "woke me up", "right", 6
    )  # fmt: skip
    assert logged.minutes == 4
    (run,) = reopened.sessions()
    assert (run.routine_id, run.finished, run.stopped_at_step) == ("calf", False, 1)
    assert reopened.notice == ""


def test_rows_survive_the_process_being_killed(tmp_path: Path) -> None:
    """SIGKILL right after logging loses nothing that was logged."""
    path = tmp_path / "history.db"
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import datetime
        from pathlib import Path
        from spasm_stretch.core.records import EndKind, Episode, SessionRecord
        from spasm_stretch.log.store import LogStore, now
        history = LogStore(Path({str(path)!r}))
        when = datetime(2026, 11, 3, 3, 0).astimezone()
        for n in range(50):
            history.add_episode(Episode(0, when, None, "calf", (), (), "", end=EndKind.OPEN))
        history.add_session(SessionRecord(0, "neck", "Neck stretch", when, None, False, None))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    history = LogStore(path)
    assert len(history.episodes()) == 50
    assert [s.routine_id for s in history.sessions()] == ["neck"]


def test_a_corrupt_file_is_kept_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    """Garbage in the history file: the app opens, keeps the old file, and says so."""
    path = tmp_path / "history.db"
    path.write_bytes(b"this is not a database" * 200)
    history = LogStore(path)
    assert history.episodes() == []
    assert "could not be used" in history.notice
    kept = list(tmp_path.glob("history.unusable-*.db"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")


def test_a_newer_schema_is_not_touched(tmp_path: Path) -> None:
    """A file from a newer app version is set aside unchanged, not migrated or overwritten."""
    path = tmp_path / "history.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    history = LogStore(path)
    assert "newer version" in history.notice
    (kept,) = tmp_path.glob("history.unusable-*.db")
    assert sqlite3.connect(kept).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_an_unwritable_history_folder_keeps_the_app_running(tmp_path: Path) -> None:
    """A history path whose folder cannot be made still gives a working (in-memory) log."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    history = LogStore(blocker / "history.db")
    assert "cannot be saved" in history.notice
    log_open_cramp(history, START, "back")
    assert len(history.episodes()) == 1


def test_migration_sets_the_schema_version(tmp_path: Path) -> None:
    """A new file is created at the current schema version, in one step."""
    LogStore(tmp_path / "history.db").close()
    db = sqlite3.connect(tmp_path / "history.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_app_killed_mid_session_keeps_its_cramp_and_session(tmp_path: Path) -> None:
    """The real app: relief opened, calf stretch running, SIGKILL; both rows are there after."""
    script = textwrap.dedent("""
        import argparse, os, signal
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from spasm_stretch.app import build_window
        from spasm_stretch.user_paths import data_dir
        args = argparse.Namespace(routines=[], speed=1.0, audio="silent")
        window = build_window(args, relief=True)
        window.cramp.relief_for_area("calf")
        window.cramp.view.side_buttons["left"].click()
        window.cramp.view.note.setText("woke me at 3")
        window.cramp.view.note.editingFinished.emit()
        print(data_dir() / "history.db", flush=True)
        QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGKILL))
        QApplication.instance().exec()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == -9, done.stderr
    history = LogStore(Path(done.stdout.strip()))
    (episode,) = history.episodes()
    assert (episode.area, episode.side, episode.note, episode.ended) == (
        "Calf or foot", "left", "woke me at 3", None,
    )  # fmt: skip
    (session,) = history.sessions()
    assert (session.routine_id, session.ended) == ("calf", None)
    assert history.notice == ""


@pytest.fixture
def time_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Switch the process's local time zone, as travelling (or a changed setting) does."""

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


def test_cramps_from_two_time_zones_sort_and_fall_in_weeks_by_the_true_instant(
    tmp_path: Path, time_zone: Callable[[str], None]
) -> None:
    """Written at UTC+14, read at UTC-3:30: true order, and the reader's own weeks."""
    path = tmp_path / "history.db"
    time_zone("Pacific/Kiritimati")
    history = LogStore(path)
    # Monday 05:00 at UTC+14 is Sunday 15:00 UTC: the week before, for a reader at UTC-3:30.
    log_cramp(history, datetime(2026, 11, 23, 5, 0).astimezone(), 2, "Calf or foot", note="kiri")
    history.close()
    time_zone("America/St_Johns")
    history = LogStore(path)
    # Sunday 05:00 at UTC-3:30 is 08:30 UTC: before the other one, although its text sorts first.
    log_cramp(history, datetime(2026, 11, 22, 5, 0).astimezone(), 3, "Neck", note="st-johns")
    episodes = history.episodes()
    assert [e.note for e in episodes] == ["st-johns", "kiri"]
    assert [f"{e.started:%a %H:%M}" for e in episodes] == ["Sun 05:00", "Sun 11:30"]
    review = review_log(episodes, [], ADVICE, now=datetime(2026, 11, 25, 12).astimezone(), weeks=2)
    assert [(week.start.isoformat(), week.total) for week in review.weeks] == [
        ("2026-11-16", 2), ("2026-11-23", 0),
    ]  # fmt: skip


def test_a_version_1_log_is_migrated_to_utc_with_open_cramps_marked(tmp_path: Path) -> None:
    """Rows written by the first version keep their instant; an unended cramp is 'open'."""
    path = tmp_path / "history.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(MIGRATIONS[1] + "; PRAGMA user_version = 1;")
    db.execute(
        "INSERT INTO episodes (started, ended, area) VALUES "
        "('2026-11-03T03:12:05+01:00', '2026-11-03T03:16:05+01:00', 'Calf or foot'),"
        "('2026-11-04T23:00:00-05:00', NULL, 'Neck')"
    )
    db.execute(
        "INSERT INTO sessions (routine_id, routine_name, started) "
        "VALUES ('calf', 'Calf stretch', '2026-11-03T03:13:00+01:00')"
    )
    db.close()
    history = LogStore(path)
    timed, left_open = history.episodes()
    assert timed.started == datetime(2026, 11, 3, 2, 12, 5, tzinfo=UTC)
    assert (timed.minutes, timed.end) == (4, EndKind.TIMED)
    assert (left_open.end, left_open.started) == (
        EndKind.OPEN,
        datetime(2026, 11, 5, 4, tzinfo=UTC),
    )
    (run,) = history.sessions()
    assert run.started == datetime(2026, 11, 3, 2, 13, tzinfo=UTC)
    stored = sqlite3.connect(path).execute("SELECT started FROM episodes ORDER BY id").fetchall()
    assert stored == [("2026-11-03T02:12:05+00:00",), ("2026-11-05T04:00:00+00:00",)]


def test_the_sql_review_says_what_the_review_of_records_says(tmp_path: Path) -> None:
    """The History page's review, computed in SQL, matches the one the PDF computes in Python."""
    import random

    history = LogStore(tmp_path / "history.db")
    rng = random.Random(7)
    now = datetime(2026, 11, 25, 12, 0).astimezone()
    for n in range(120):
        started = now - timedelta(days=rng.uniform(0, 90), minutes=n)
        minutes = rng.choice([None, 1, 4, 9.99, 10, 25])
        log_cramp(history, started, minutes, rng.choice(["Calf or foot", "Neck", ""]))
    for n in range(60):
        started = now - timedelta(days=rng.uniform(0, 60))
        log_run(history, rng.choice(["calf", "neck"]), rng.choice(["Calf", "Neck"]), started,
                started + timedelta(minutes=1), finished=n % 3 != 0)  # fmt: skip
    by_sql = history.review(ADVICE, now=now)
    by_records = review_log(history.episodes(), history.sessions(), ADVICE, now=now)
    assert dict(by_sql.by_area) == dict(by_records.by_area)
    assert dict(by_sql.by_routine) == dict(by_records.by_routine)
    same = ("first", "last", "episodes", "episodes_recent", "by_time_of_day", "sessions",
            "sessions_finished", "weeks", "flags")  # fmt: skip
    for field in same:
        assert getattr(by_sql, field) == getattr(by_records, field), field
    assert by_sql.longest is not None and by_records.longest is not None
    assert by_sql.longest.minutes == by_records.longest.minutes
    assert len(by_sql.flags) == 2


def test_the_store_flags_only_cramps_longer_than_the_limit(tmp_path: Path) -> None:
    """The SQL review counts as the records do: 10:00 raises no flag, 10:01 does."""
    doctor = load_guidance(assets_dir() / "content").doctor
    log = LogStore(tmp_path / "history.db")
    start = now() - timedelta(days=20)
    log_cramp(log, start, 10, "Neck")
    assert log.review(doctor, now=now()).flags == ()
    log_cramp(log, start + timedelta(days=10), 10 + 1 / 60, "Neck")
    (flag,) = log.review(doctor, now=now()).flags
    assert flag.text.startswith("One logged cramp lasted longer than 10 minutes (10 min 1 s")
    assert flag.met_on == (start + timedelta(days=10)).date()
