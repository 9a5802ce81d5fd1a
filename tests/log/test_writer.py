"""The log writer keeps what the log refuses and writes it, whole and once, when it can."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from spasm_stretch.core.records import EndKind, Episode, SessionRecord
from spasm_stretch.log.opening import _read_only_copy
from spasm_stretch.log.store import LogStore
from spasm_stretch.log.writer import LogWriter
from tests.helpers.lock_holder import lock_held

START = datetime(2026, 11, 25, 3, 0).astimezone()


def full(history: LogStore) -> None:
    """Make the database refuse every new page, as a full disk does (SQLITE_FULL)."""
    pages = history._db.execute("PRAGMA page_count").fetchone()[0]
    history._db.execute(f"PRAGMA max_page_count = {pages}")


def roomy(history: LogStore) -> None:
    history._db.execute("PRAGMA max_page_count = 1073741823")


def cramp(note: str = "") -> Episode:
    return Episode(0, START, None, "Calf or foot", (), (), note, side="left", end=EndKind.OPEN)


def test_writes_go_through_at_once_when_the_log_takes_them(tmp_path: Path) -> None:
    history = LogStore(tmp_path / "history.db")
    writer = LogWriter(history)
    key = writer.new_key()
    assert writer.save_episode(key, cramp())
    assert writer.save_episode(key, cramp("woke me"))
    (logged,) = history.episodes()
    assert logged.note == "woke me" and writer.episode_id(key) == logged.id
    assert not writer.pending and writer.failure == ""


def test_a_full_disk_keeps_the_cramp_and_writes_it_once_there_is_room(tmp_path: Path) -> None:
    history = LogStore(tmp_path / "history.db")
    for n in range(200):  # fill the pages there are, so the next row needs a new one
        history.add_episode(dataclasses.replace(cramp("x" * 200), started=START - timedelta(n)))
    full(history)
    before = len(history.episodes())
    writer = LogWriter(history)
    key = writer.new_key()
    assert not writer.save_episode(key, cramp("noted while the disk was full" * 400))
    assert "full" in writer.failure and writer.pending
    session = writer.new_key()
    writer.save_session(session, SessionRecord(0, "calf", "Calf stretch", START, None, False, None))
    assert not writer.flush()
    roomy(history)
    assert writer.flush()
    assert not writer.pending and writer.failure == ""
    assert len(history.episodes()) == before + 1
    assert [s.routine_id for s in history.sessions()] == ["calf"]


def test_a_read_only_log_keeps_edits_and_deletes_in_order(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    history = LogStore(path)
    kept = history.add_episode(cramp("keep"))
    gone = history.add_episode(cramp("delete me"))
    writable = history._db
    history._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    writer = LogWriter(history)
    keep_key = writer.adopt_episode(history.episodes()[0])
    assert not writer.save_episode(keep_key, dataclasses.replace(cramp("edited"), id=kept))
    gone_key = writer.adopt_episode(history.episodes()[1])
    assert not writer.delete_episode(gone_key)
    assert "readonly" in writer.failure.replace("-", "").replace(" ", "")
    history._db.close()
    history._db = writable
    assert writer.flush()
    assert [e.note for e in history.episodes()] == ["edited"]
    assert gone not in {e.id for e in history.episodes()}


def test_without_a_history_nothing_is_pending() -> None:
    writer = LogWriter(None)
    assert writer.save_episode(writer.new_key(), cramp()) and not writer.pending


def test_what_a_closing_app_could_not_write_is_merged_at_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    history = LogStore(path)
    kept = history.add_episode(cramp("to be edited"))
    gone = history.add_episode(cramp("to be deleted"))
    writable = history._db
    history._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    writer = LogWriter(history)
    first, second = history.episodes()
    writer.save_episode(writer.adopt_episode(first), dataclasses.replace(first, note="edited"))
    writer.delete_episode(writer.adopt_episode(second))
    new = dataclasses.replace(cramp("new while read-only"), end=EndKind.UNANSWERED, severity=4)
    writer.save_episode(writer.new_key(), new)
    writer.save_session(
        writer.new_key(), SessionRecord(0, "calf", "Calf", START, None, False, None)
    )
    assert writer.pending
    spilled = writer.spill([tmp_path / "missing" / "\0bad", tmp_path])
    assert spilled is not None and spilled.parent == tmp_path
    history._db.close()
    history._db = writable
    again = LogWriter(history)
    assert again.recover([tmp_path]) == 4
    assert not spilled.exists()
    notes = {e.id: e.note for e in history.episodes()}
    assert notes[kept] == "edited" and gone not in notes
    (added,) = [e for e in history.episodes() if e.note == "new while read-only"]
    assert (added.end, added.severity, added.side) == (EndKind.UNANSWERED, 4, "left")
    assert [s.routine_id for s in history.sessions()] == ["calf"]
    assert LogWriter(history).recover([tmp_path]) == 0


def test_writes_a_memory_only_log_took_are_spilled_and_reach_the_file_next_time(
    tmp_path: Path,
) -> None:
    """A log that can only be shown keeps new rows in memory: they reach the file next time.

    (LogStore does this for a read-only folder or a full disk.)
    """
    path = tmp_path / "history.db"
    real = LogStore(path)
    existing = real.add_episode(cramp("before"))
    real.close()
    shown = LogStore(path)
    shown._db.close()
    shown._db = _read_only_copy(path)  # as LogStore opens a file it cannot write
    shown.volatile = True
    writer = LogWriter(shown)
    first = shown.episodes()[0]
    assert writer.save_episode(
        writer.adopt_episode(first), dataclasses.replace(first, note="fixed")
    )
    assert writer.save_episode(writer.new_key(), cramp("during"))
    assert writer.pending and not writer.refused
    spilled = writer.spill([tmp_path])
    assert spilled is not None
    shown.close()
    later = LogStore(path)
    assert LogWriter(later).recover([tmp_path]) == 2
    assert sorted(e.note for e in later.episodes()) == ["during", "fixed"]
    assert existing in {e.id for e in later.episodes()}


def test_a_side_file_merged_under_a_lock_is_written_once_when_the_lock_goes(
    tmp_path: Path,
) -> None:
    """Recovered at a start while another program holds the log: written later, never twice."""
    path = tmp_path / "history.db"
    history = LogStore(path)
    history.close()
    closing = LogWriter(None)
    closing.history = LogStore(path)
    closing.history._db.close()
    closing.history._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    closing.save_episode(closing.new_key(), cramp("kept at close"))
    spilled = closing.spill([tmp_path])
    assert spilled is not None
    closing.history._db.close()
    with lock_held(path):
        locked = LogStore(path, lock_timeout=0.05, write_wait=0.05)
        assert locked.locked_at_open and not locked.volatile
        writer = LogWriter(locked)
        assert writer.recover([tmp_path]) == 1
        assert writer.busy and writer.refused and spilled.exists()
    assert writer.flush()  # the retry, once the lock has gone
    assert not spilled.exists(), "the side file goes once all it held is in the log"
    assert [e.note for e in locked.episodes()] == ["kept at close"]
    assert LogWriter(locked).recover([tmp_path]) == 0
    locked.close()


def test_a_side_file_still_pending_at_close_is_replaced_not_duplicated(tmp_path: Path) -> None:
    """Locked for a whole run: the next side file holds the records, the old one is gone."""
    path = tmp_path / "history.db"
    LogStore(path).close()
    (tmp_path / "history.pending-1.json").write_text(
        '[{"kind": "session", "row": null, "routine_id": "calf", "routine_name": "Calf",'
        ' "started": "2026-11-25T03:00:00+00:00", "ended": null, "finished": false,'
        ' "stopped_at_step": null}]',
        encoding="utf-8",
    )
    with lock_held(path):
        locked = LogStore(path, lock_timeout=0.05, write_wait=0.05)
        writer = LogWriter(locked)
        assert writer.recover([tmp_path]) == 1
        spilled = writer.spill([tmp_path])
        locked.close()
    assert spilled is not None
    assert [p.name for p in tmp_path.glob("history.pending-*.json")] == [spilled.name]
    later = LogStore(path)
    assert LogWriter(later).recover([tmp_path]) == 1
    assert [s.routine_id for s in later.sessions()] == ["calf"]
    later.close()
