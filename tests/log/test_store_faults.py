"""The history store under faults: the app starts, says what happened, and loses no logged row.

Each case is one thing that goes wrong on real machines: another program
holding the file locked, several copies starting at once, two copies
writing together, a read-only file or folder, a full disk, a damaged page,
an odd schema version, a missing table and an unreadable timestamp.
Read-only cases run in a child process without the right to override file
permissions (tests often run as root, who may write anything); the full
disk is a real 512 KiB tmpfs where one can be mounted, else a file-size
limit that makes every write past the end fail the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from spasm_stretch.cli import main
from spasm_stretch.log.store import LogStore
from tests.helpers.log import log_open_cramp, log_started_run

START = datetime(2026, 11, 3, 3, 12, 5).astimezone()
ROWS = 30
REPORT = textwrap.dedent("""
    import json, sys
    from datetime import datetime
    from pathlib import Path
    from spasm_stretch.core.records import EndKind, Episode
    from spasm_stretch.log.store import LogStore
    history = LogStore(Path(sys.argv[1]))
    when = datetime(2026, 11, 4, 2, 0).astimezone()
    history.add_episode(Episode(0, when, None, "neck", (), (), "", end=EndKind.OPEN))
    print(json.dumps({"notice": history.notice, "episodes": len(history.episodes())}))
""")


def make_log(path: Path, rows: int = ROWS) -> None:
    """A healthy log with ``rows`` cramps and one routine run, closed cleanly."""
    history = LogStore(path)
    for _ in range(rows):
        log_open_cramp(history, START, "calf")
    log_started_run(history, "calf", "Calf stretch", START)
    history.close()


def committed_episodes(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM episodes").fetchone()[0])
    finally:
        db.close()


def kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("history.unusable-*"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def python(script: str, *args: str, prefix: tuple[str, ...] = ()) -> dict[str, object]:
    done = subprocess.run(
        [*prefix, sys.executable, "-c", script, *args],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def released_together(commands: list[list[str]]) -> list[tuple[str, str, int]]:
    """Start one Python child per command, then let them all go at once through stdin.

    Each child reads a line before its racy part, so the imports and start-up
    of the others are done by the time any of them proceeds.
    """
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        results.append((out, err, process.returncode))
    return results


def without_override() -> tuple[str, ...]:
    """A command prefix under which permission bits bind, even for root."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv (util-linux) is missing to drop the override")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner")


def test_a_locked_log_is_left_in_place_and_the_app_runs(tmp_path: Path) -> None:
    """Another program holds the file locked: no file moved, logging goes on, rows all there."""
    path = tmp_path / "history.db"
    make_log(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    history = LogStore(path, lock_timeout=0.05)
    assert "locked by another program; it was left as it is" in history.notice
    log_open_cramp(history, START, "neck")
    assert len(history.episodes()) == 1
    other.close()
    assert kept_aside(tmp_path) == []
    assert committed_episodes(path) == ROWS


def test_racing_first_starts_share_one_new_log(tmp_path: Path) -> None:
    """Six copies started at the same instant on no log: one log, six rows, nothing set aside."""
    path = tmp_path / "history.db"
    script = "import sys; sys.stdin.readline()\n" + REPORT
    for out, err, code in released_together([[script, str(path)]] * 6):
        assert code == 0, err
        assert json.loads(out)["notice"] == ""
    assert kept_aside(tmp_path) == []
    assert committed_episodes(path) == 6


def test_two_running_copies_write_one_log_without_loss(tmp_path: Path) -> None:
    """Two copies logging at once, 300 rows each, interleaved: all 600 rows are in the log."""
    path = tmp_path / "history.db"
    LogStore(path).close()
    script = textwrap.dedent("""
        import sys
        from datetime import datetime
        from pathlib import Path
        from spasm_stretch.core.records import EndKind, Episode, SessionRecord
        from spasm_stretch.log.store import LogStore
        history = LogStore(Path(sys.argv[1]))
        assert history.notice == "", history.notice
        sys.stdin.readline()
        area = sys.argv[2]
        for n in range(150):
            now = datetime.now().astimezone()
            history.add_episode(Episode(0, now, None, area, (), (), "", end=EndKind.OPEN))
            now = datetime.now().astimezone()
            history.add_session(SessionRecord(0, area, "Stretch", now, None, False, None))
        print("{}")
    """)
    for _, err, code in released_together(
        [[script, str(path), "calf"], [script, str(path), "neck"]]
    ):
        assert code == 0, err
    history = LogStore(path)
    episodes, sessions = history.episodes(), history.sessions()
    assert sorted(e.area for e in episodes) == ["calf"] * 150 + ["neck"] * 150
    assert sorted(s.routine_id for s in sessions) == ["calf"] * 150 + ["neck"] * 150


def test_a_read_only_log_is_shown_and_never_moved(tmp_path: Path) -> None:
    """A read-only file: the app says so, shows the log, logs in memory, leaves the file alone."""
    path = tmp_path / "history.db"
    make_log(path)
    before = digest(path)
    path.chmod(0o444)
    result = python(REPORT, str(path), prefix=without_override())
    assert "cannot be written (the file or its folder is read-only" in str(result["notice"])
    assert "it was left as it is" in str(result["notice"])
    assert result["episodes"] == ROWS + 1
    assert kept_aside(tmp_path) == []
    assert digest(path) == before


def test_a_read_only_folder_keeps_the_log_where_it_is(tmp_path: Path) -> None:
    """A folder the app may not write: the log is shown and stays, nothing is set aside."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "history.db"
    make_log(path)
    folder.chmod(0o555)
    try:
        result = python(REPORT, str(path), prefix=without_override())
    finally:
        folder.chmod(0o755)
    assert "it was left as it is" in str(result["notice"])
    assert result["episodes"] == ROWS + 1
    assert kept_aside(folder) == []
    assert committed_episodes(path) == ROWS


FULL_DISK = textwrap.dedent("""
    import json, os, resource, signal, sys
    from datetime import datetime
    from pathlib import Path
    from spasm_stretch.core.records import EndKind, Episode
    from spasm_stretch.log.store import LogStore

    def open_cramp(when, area):
        return Episode(0, when.astimezone(), None, area, (), (), "", end=EndKind.OPEN)

    folder = Path(sys.argv[1])
    path = folder / "history.db"
    history = LogStore(path)
    for n in range(30):
        history.add_episode(open_cramp(datetime(2026, 11, 3), "calf"))
    history.close()
    if sys.argv[2] == "rlimit":  # the stand-in: no file may grow any more
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
    else:  # the real thing: fill the tmpfs to the last byte
        try:
            with open(folder / "filler", "wb", buffering=0) as filler:
                while True:
                    filler.write(b"x" * 4096)
        except OSError:
            pass
    notices = []
    for start in range(2):  # two starts within a second, as in the report
        history = LogStore(path)
        notices.append(history.notice)
        history.add_episode(open_cramp(datetime(2026, 11, 4), "neck"))
        shown = len(history.episodes())
        history.close()
    kept = sorted(p.name for p in folder.iterdir() if "unusable" in p.name)
    import sqlite3
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)  # mode=ro needs a -shm file
    rows = db.execute("SELECT count(*) FROM episodes").fetchone()[0]
    result = {"notices": notices, "shown": shown, "kept": kept, "rows": rows}
    print(json.dumps(result | {"disk": sys.argv[2]}))
""")


def full_disk_run(tmp_path: Path) -> dict[str, object]:
    """Run FULL_DISK on a real full tmpfs when one can be mounted, else under a size limit."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() == 0 and shutil.which("unshare"):
        mount = f'mount -t tmpfs -o size=512k tmpfs {folder} && exec "$0" "$@"'
        command = [sys.executable, "-c", FULL_DISK, str(folder), "tmpfs"]
        done = subprocess.run(
            ["unshare", "-m", "sh", "-c", mount, *command],
            capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
        if done.returncode == 0:
            result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
            return result
    return python(FULL_DISK, str(folder), "rlimit")


def test_a_full_disk_never_moves_the_log_aside(tmp_path: Path) -> None:
    """Two starts on a full disk: the log is shown, nothing is renamed, all 30 rows remain."""
    result = full_disk_run(tmp_path)
    notices = result["notices"]
    assert isinstance(notices, list) and len(notices) == 2
    for notice in notices:
        assert "cannot be written" in notice and "it was left as it is" in notice
    assert result["shown"] == ROWS + 1  # the log, plus this run's cramp held in memory
    assert result["kept"] == []
    assert result["rows"] == ROWS


def damage_a_page(path: Path) -> bytes:
    """Scribble over the cells at the end of the last page (a table leaf); return the file.

    The page header stays intact, so opening the file and counting rows
    still works: only a check of the page's contents finds the damage.
    """
    data = bytearray(path.read_bytes())
    data[-300:] = b"\xff" * 300
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_page_is_found_at_open_and_the_file_kept(tmp_path: Path) -> None:
    """quick_check at open finds a damaged table page: the file is kept aside, the app says so."""
    path = tmp_path / "history.db"
    make_log(path, rows=300)
    damaged = damage_a_page(path)
    history = LogStore(path)
    assert "could not be used (it is damaged: on tree page" in history.notice
    assert "\n" not in history.notice
    assert history.episodes() == []
    (kept,) = kept_aside(tmp_path)
    assert kept.read_bytes() == damaged


def altered_log(path: Path, statement: str) -> LogStore:
    """A healthy log changed by ``statement`` behind the app's back, then opened by it."""
    make_log(path)
    db = sqlite3.connect(path)
    db.execute(statement)
    db.close()
    return LogStore(path)


def test_a_negative_schema_version_is_set_aside_not_a_crash(tmp_path: Path) -> None:
    """user_version = -1 gives a message and a fresh log instead of a KeyError."""
    history = altered_log(tmp_path / "history.db", "PRAGMA user_version = -1")
    assert "its schema version (-1) is not one this app writes" in history.notice
    (kept,) = kept_aside(tmp_path)
    assert committed_episodes(kept) == ROWS


def test_a_missing_table_is_named_and_the_file_kept(tmp_path: Path) -> None:
    """A log without its sessions table: the app starts, names the table, keeps the cramps."""
    history = altered_log(tmp_path / "history.db", "DROP TABLE sessions")
    assert "its sessions table is missing" in history.notice
    assert history.sessions() == []
    (kept,) = kept_aside(tmp_path)
    assert committed_episodes(kept) == ROWS


def test_set_aside_names_never_collide(tmp_path: Path) -> None:
    """Two damaged logs set aside within one second are both kept, neither overwritten."""
    path = tmp_path / "history.db"
    contents = [b"first damaged log" * 100, b"second damaged log" * 100]
    for content in contents:
        path.unlink(missing_ok=True)
        path.write_bytes(content)
        LogStore(path).close()
        path.unlink()
    kept = kept_aside(tmp_path)
    assert sorted(p.read_bytes() for p in kept if p.suffix == ".db") == sorted(contents)


def test_an_unreadable_timestamp_is_skipped_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row with 'yesterday' as its time: history shows the others and says one is hidden."""
    from spasm_stretch.user_paths import data_dir

    path = data_dir() / "history.db"
    make_log(path, rows=2)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO episodes (started, area) VALUES ('yesterday', 'neck')")
    db.execute("UPDATE sessions SET ended = '3 o''clock'")
    db.commit()
    db.close()
    history = LogStore(path)
    assert history.notice == (
        "1 entry in the history has a start time this app cannot read; "
        "it is kept in the file but not shown."
    )
    assert [e.area for e in history.episodes()] == ["calf", "calf"]
    (session,) = history.sessions()
    assert session.ended is None
    history.close()
    assert main(["history"]) == 0
    out, err = capsys.readouterr()
    assert "Cramp episodes: 2" in out
    assert "cannot read" in err


def test_a_start_in_the_stored_form_but_no_real_day_is_unreadable(tmp_path: Path) -> None:
    """30 February in the store's form: SQLite is not trusted with it, Python decides."""
    path = tmp_path / "history.db"
    make_log(path, rows=2)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO episodes (started, area) VALUES ('2026-02-30T08:00:00+00:00', 'neck')")
    db.execute("INSERT INTO episodes (started, area) VALUES ('2026-02-28T08:00:00+00:00', 'back')")
    db.execute(
        "INSERT INTO sessions (routine_id, routine_name, started, finished)"
        " VALUES ('calf', 'Calf', '2026-02-28 08:00:00', 1)"
    )  # another readable form
    db.commit()
    db.close()
    history = LogStore(path)
    assert history.notice.startswith("1 entry in the history has a start time")
    assert history.counts() == (3, 2)  # the two of make_log, and the readable ones
    assert len(history.episodes()) == 3 and len(history.sessions()) == 2
    history.close()
