"""The history file: logged rows read back, survive a SIGKILL, and bad files are set aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

from spasm_stretch.history import SCHEMA_VERSION, History

START = datetime(2026, 11, 3, 3, 12, 5).astimezone()


def test_episodes_and_sessions_are_logged_and_read_back(tmp_path: Path) -> None:
    """A cramp with what helped and a routine run come back exactly as logged."""
    history = History(tmp_path / "history.db")
    episode = history.start_episode(START, "calf")
    history.update_episode(
        episode, area="calf", helped=("stretch", "water"), tags=("night-time",), note="woke me up"
    )
    history.end_episode(episode, START + timedelta(minutes=4))
    session = history.start_session("calf", "Calf stretch", START)
    history.end_session(session, START + timedelta(minutes=1), finished=False, stopped_at_step=1)
    history.close()
    reopened = History(tmp_path / "history.db")
    (logged,) = reopened.episodes()
    assert (logged.area, logged.helped, logged.tags, logged.note) == (
        "calf", ("stretch", "water"), ("night-time",), "woke me up"
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
        from spasm_stretch.history import History
        history = History(Path({str(path)!r}))
        when = datetime(2026, 11, 3, 3, 0).astimezone()
        for n in range(50):
            history.start_episode(when, "calf")
        history.start_session("neck", "Neck stretch", when)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], check=False)
    assert done.returncode == -9
    history = History(path)
    assert len(history.episodes()) == 50
    assert [s.routine_id for s in history.sessions()] == ["neck"]


def test_a_corrupt_file_is_kept_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    """Garbage in the history file: the app opens, keeps the old file, and says so."""
    path = tmp_path / "history.db"
    path.write_bytes(b"this is not a database" * 200)
    history = History(path)
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
    history = History(path)
    assert "newer version" in history.notice
    (kept,) = tmp_path.glob("history.unusable-*.db")
    assert sqlite3.connect(kept).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5


def test_an_unwritable_history_folder_keeps_the_app_running(tmp_path: Path) -> None:
    """A history path whose folder cannot be made still gives a working (in-memory) log."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    history = History(blocker / "history.db")
    assert "cannot be saved" in history.notice
    history.start_episode(START, "back")
    assert len(history.episodes()) == 1


def test_migration_sets_the_schema_version(tmp_path: Path) -> None:
    """A new file is created at the current schema version, in one step."""
    History(tmp_path / "history.db").close()
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
        args = argparse.Namespace(routines=[], speed=20.0, audio="silent")
        window = build_window(args, relief=True)
        window.relief_view.note.setText("woke me at 3")
        window.relief_for_area("calf")
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
    history = History(Path(done.stdout.strip()))
    (episode,) = history.episodes()
    assert (episode.area, episode.note, episode.ended) == ("Calf or foot", "woke me at 3", None)
    (session,) = history.sessions()
    assert (session.routine_id, session.ended) == ("calf", None)
    assert history.notice == ""
