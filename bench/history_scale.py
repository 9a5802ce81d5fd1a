"""History page at scale: UI block and memory for opening it, against a bare QTreeWidget fill.

For each size (sessions, cramps) a log is written straight into SQLite, then a
fresh process builds the window offscreen and opens the History page twice,
timing each call with the paint that follows (the time the UI is blocked) and
reading RSS before and after. The figures are the time until the page is
complete (for a long log the summary is added up in an event of its own just
after the page shows, and that is included), and apart, the longest single
block of the UI. The yardstick, in its own fresh process, fills a bare
QTreeWidget with the same number of two-column rows. Targets (issue
17): each open blocks the UI for at most 100 ms at 100k sessions and 20k
cramps, and adds at most 20 MiB.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

SIZES = ((1_000, 200), (10_000, 2_000), (100_000, 20_000))

CHILD = """
import json, resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

def rss():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

app = QApplication([])
kind, db, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
result = {}
if kind == "bare":
    before = rss()
    start = time.perf_counter()
    tree = QTreeWidget()
    tree.setHeaderLabels(["When", "What"])
    tree.addTopLevelItems([QTreeWidgetItem([f"row {n}", "text"]) for n in range(rows)])
    tree.show()
    app.processEvents()
    result = {"open": time.perf_counter() - start, "again": None, "mib": rss() - before}
else:
    from PySide6.QtCore import QSettings
    from spasm_stretch.library import load_all
    from spasm_stretch.log.store import LogStore
    from spasm_stretch.settings.store import SettingsStore
    from spasm_stretch.app import window_for
    store = SettingsStore(QSettings(str(Path(db).with_suffix(".ini")), QSettings.Format.IniFormat))
    window = window_for(load_all([]), store, clock=time.monotonic, history=LogStore(Path(db)))
    window.show()
    app.processEvents()
    before = rss()
    summing = []  # a long log's summary runs in an event of its own, after the page shows
    fill_summary = window.log._fill_summary
    def timed_summary(*args):
        start = time.perf_counter()
        fill_summary(*args)
        summing.append(time.perf_counter() - start)
    window.log._fill_summary = timed_summary
    times, blocks = [], []
    for _ in range(2):
        window.show_picker()
        app.processEvents()
        summing.clear()
        start = time.perf_counter()
        window.open_history()
        app.processEvents()
        app.processEvents()
        total = time.perf_counter() - start
        deferred = rows > window.log.summary_later_from and len(summing) == 1
        times.append(total)  # until the page is complete, its summary included
        blocks.append(max(total - sum(summing), *summing) if deferred else total)
    result = {"open": times[0], "again": times[1], "block": max(blocks), "mib": rss() - before}
print(json.dumps(result))
"""


def write_log(path: Path, sessions: int, cramps: int) -> None:
    """A log as the app writes it, filled fast with executemany."""
    from spasm_stretch.log.store import LogStore

    LogStore(path).close()
    random.seed(1)
    now = datetime.now(UTC).replace(microsecond=0)
    db = sqlite3.connect(path)
    db.executemany(
        "INSERT INTO sessions (routine_id, routine_name, started, ended, finished)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            ("calf", "Calf stretch", (s := now - timedelta(minutes=7 * n)).isoformat(),
             (s + timedelta(minutes=1)).isoformat(), n % 4 != 0)
            for n in range(sessions)
        ),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO episodes (started, ended, area, note, side, severity, end_kind)"
        " VALUES (?, ?, ?, ?, ?, ?, 'timed')",
        (
            ((s := now - timedelta(minutes=37 * n)).isoformat(),
             (s + timedelta(minutes=random.randint(1, 12))).isoformat(),
             random.choice(["Calf or foot", "Neck", "Back"]), f"note {n}",
             random.choice(["left", "right", ""]), random.randint(1, 10))
            for n in range(cramps)
        ),
    )  # fmt: skip
    db.commit()
    db.close()


def child(kind: str, db: Path, rows: int) -> dict[str, float | None]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(db), str(rows)],
        capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)},
    )  # fmt: skip
    result: dict[str, float | None] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", type=int, default=len(SIZES), help="how many sizes to run")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per size (medians)")
    args = parser.parse_args()
    print(
        f"{'sessions':>9} {'cramps':>7} | {'bare fill':>9} | {'complete':>8} {'again':>8} "
        f"{'ratio':>6} | {'block':>7} | {'+MiB':>6} | target: block <= 0.100 s, +MiB <= 20"
        f" (medians of {args.runs})"
    )
    with tempfile.TemporaryDirectory() as folder:
        for sessions, cramps in SIZES[: args.largest]:
            db = Path(folder) / f"history-{sessions}.db"
            write_log(db, sessions, cramps)
            bares = [child("bare", db, sessions + cramps) for _ in range(args.runs)]
            ourses = [child("ours", db, sessions + cramps) for _ in range(args.runs)]
            bare = {key: statistics.median(r[key] or 0.0 for r in bares) for key in ("open",)}
            ours = {
                k: statistics.median(r[k] or 0.0 for r in ourses)
                for k in ("open", "again", "block", "mib")
            }
            assert bare["open"] and ours["open"] and ours["again"] is not None
            worst = max(ours["open"], ours["again"])
            print(f"{sessions:>9} {cramps:>7} | {bare['open']:>8.3f}s | {ours['open']:>7.3f}s "
                  f"{ours['again']:>7.3f}s {worst / bare['open']:>5.2f}x | "
                  f"{ours['block']:>6.3f}s | {ours['mib']:>6.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
