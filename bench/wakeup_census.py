"""Who wakes the app: its timers, paints and threads, listed, during a hold or at rest.

The benches say how often the app wakes (hold_cpu.py, resident.py); this
says why. The real ``spasm-stretch`` command runs on a private Xvfb (with a
tray host, and a private PulseAudio unless ``--audio silent``); a
``sitecustomize`` put first on PYTHONPATH hooks the window ``build_window``
returns, as the other benches do, and either starts a 300 s hold (``hold``)
or closes the window to the tray 2 s after it is shown (``rest``). After a
settling pause it counts, over ``--seconds``, every event the window's thread
delivers, by kind and by receiver (its class and its parents'): each timer
event names its QTimer's owner and interval, each paint its widget. It also
reads the context switches of each thread of the app (by thread name) and of
each process it started. Nothing is asserted: the list is for reading.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hold_cpu import ROUTINE
from real_app import (
    family,
    need,
    private_home,
    real_command,
    site_wrapping_build_window,
    start_pulseaudio,
)
from resident import start_desktop

PREAMBLE = """
import collections, json, os, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

OUT = os.environ["CENSUS_OUT"]
SETTLE = float(os.environ["CENSUS_SETTLE"])
SECONDS = float(os.environ["CENSUS_SECONDS"])
MODE = os.environ["CENSUS_MODE"]


def _who(obj):
    names, each = [], obj
    while each is not None and len(names) < 4:
        name = type(each).__name__
        if each.objectName():
            name += "[" + each.objectName() + "]"
        names.append(name)
        each = each.parent()
    who = " < ".join(names)
    if isinstance(obj, QTimer):
        who += f" ({obj.interval()} ms{', single' if obj.isSingleShot() else ''})"
    return who


def _tasks(pid="self"):
    found = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            name = open(f"/proc/{pid}/task/{task}/comm").read().strip()
            total = sum(int(line.split()[1]) for line in open(f"/proc/{pid}/task/{task}/status")
                        if "ctxt_switches" in line)
        except OSError:
            continue
        found[f"{name} ({task})"] = total
    return found


def _memory():
    # RSS (KiB) by what is mapped: each library or font file by name, the heap, anonymous.
    rss, name = {}, ""
    for line in open("/proc/self/smaps"):
        parts = line.split()
        if parts and not parts[0].endswith(":"):
            path = parts[5] if len(parts) > 5 else "[anonymous]"
            name = path.rsplit("/", 1)[-1] if path.startswith("/") else path
        elif parts and parts[0] == "Rss:":
            rss[name] = rss.get(name, 0) + int(parts[1])
    import gc
    from PySide6.QtWidgets import QApplication
    counts = {"python objects": len(gc.get_objects()),
              "widgets": len(QApplication.allWidgets())}
    return rss, counts


def _children():
    found, queue = {}, [os.getpid()]
    while queue:
        pid = queue.pop()
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                kids = [int(p) for p in open(f"/proc/{pid}/task/{task}/children").read().split()]
            except OSError:
                continue
            for kid in kids:
                queue.append(kid)
                try:
                    name = open(f"/proc/{kid}/comm").read().strip()
                except OSError:
                    continue
                found[f"{name} ({kid})"] = sum(_tasks(kid).values())
    return found


class _Census(QObject):
    def __init__(self):
        super().__init__()
        self.events = collections.Counter()
        self.counting = False

    def eventFilter(self, watched, event):
        if self.counting:
            kind = event.type()
            self.events[(kind.name if hasattr(kind, "name") else str(kind), _who(watched))] += 1
        return False

    def begin(self):
        self.tasks, self.children = _tasks(), _children()
        self.started = time.monotonic()
        self.counting = True
        QTimer.singleShot(round(SECONDS * 1000), self.end)

    def end(self):
        self.counting = False
        took = time.monotonic() - self.started
        tasks, children = _tasks(), _children()
        rss, counts = _memory()
        report = {
            "memory": rss,
            "counts": counts,
            "seconds": took,
            "events": [[kind, who, n] for (kind, who), n in self.events.most_common()],
            "threads": {k: v - self.tasks.get(k, 0) for k, v in tasks.items()},
            "children": {k: v - self.children.get(k, 0) for k, v in children.items()},
        }
        with open(OUT, "w") as out:
            json.dump(report, out)
        os._exit(0)


_census = _Census()
_windows = []
VISIT = [page for page in os.environ.get("CENSUS_VISIT", "").split(",") if page]


def _visit(window):
    _windows.append(window)
    # The pages a person opened before closing the window (each built, then left).
    def session():  # a routine done (ended, as a finished one is): its page and summary built
        window.session.start_routine("long-hold")
        window.session.driver.stop()

    steps = {"relief": window.open_relief, "history": window.open_history, "session": session}
    for number, page in enumerate(VISIT):
        QTimer.singleShot(300 * (number + 1), steps[page])
    if VISIT:
        QTimer.singleShot(300 * (len(VISIT) + 1), window.show_picker)


def _settle_memory():
    # What the app does once hidden, if anything (CENSUS_TRY names an experiment too).
    for each in os.environ.get("CENSUS_TRY", "").split(","):
        if each == "trim":  # after the deferred deletes and a collection
            import ctypes
            QTimer.singleShot(500, lambda: ctypes.CDLL("libc.so.6").malloc_trim(0))
        elif each == "native":  # the hidden window's X window and backing store let go
            _windows[0].destroy(True, True)
        elif each == "drop":  # the pages built, let go (as if never opened)
            window = _windows[0]
            window.session.drop()
            for owner, name in ((window.session, "view"), (window.session, "finished_view"),
                                (window.cramp, "view"), (window.log, "view")):
                page = owner.__dict__.pop(name, None)
                if page is not None:
                    window.pages.removeWidget(page)
                    page.deleteLater()
            QTimer.singleShot(0, lambda: __import__("gc").collect())
        elif each == "quiet-sound":  # the sound output's own timers stopped: the rest's share
            for timer in _windows[0].services.audio.findChildren(QTimer):
                timer.stop()
        elif each == "pixmaps":
            from PySide6.QtGui import QPixmapCache
            QPixmapCache.clear()
        elif each == "gc":
            import gc
            gc.collect()
"""

WRAP = """
QApplication.instance().installEventFilter(_census)
if MODE == "hold":
    window.complete()  # as just after the first paint: the controllers are made
    window.session.start_routine("long-hold")
else:
    _visit(window)
    QTimer.singleShot(3000, window.close)
    QTimer.singleShot(5000, _settle_memory)
QTimer.singleShot(round(SETTLE * 1000), _census.begin)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("hold", "rest"))
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--settle", type=float, default=6.0)
    parser.add_argument("--audio", default="auto", help="the app's --audio (default: sound on)")
    parser.add_argument("--top", type=int, default=25, help="how many event rows to print")
    parser.add_argument(
        "--visit", default="", help="rest: pages opened first (relief,history,session)"
    )
    parser.add_argument("--try", dest="trial", default="", help="rest: an experiment once hidden")
    args = parser.parse_args()
    need("Xvfb", "trayer")
    command = real_command()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        (home / "site").mkdir()
        (home / "routines").mkdir()
        (home / "routines" / "long-hold.yaml").write_text(ROUTINE, encoding="utf-8")
        site = site_wrapping_build_window(WRAP, PREAMBLE)
        (home / "site" / "sitecustomize.py").write_text(site, encoding="utf-8")
        env = private_home(home, "disclaimer_seen=true\nkeep_in_tray=true")
        started, display = start_desktop(home, env, sound=False)
        pulse = None if args.audio == "silent" else start_pulseaudio(home, env)
        if pulse is not None:
            started.append(pulse)
        tree = os.environ.get("PYTHONPATH", str(Path(__file__).resolve().parent.parent))
        env.update(
            DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=f"{home}/site:{tree}",
            CENSUS_OUT=str(home / "census.json"), CENSUS_SETTLE=str(args.settle),
            CENSUS_SECONDS=str(args.seconds), CENSUS_MODE=args.mode, CENSUS_VISIT=args.visit,
            CENSUS_TRY=args.trial,
        )  # fmt: skip
        app = [*command, "--audio", args.audio, "--routines", str(home / "routines")]
        try:
            process = subprocess.Popen(app, env=env, cwd=folder, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE)  # fmt: skip
            try:
                _, errors = process.communicate(timeout=args.settle + args.seconds + 60)
            except subprocess.TimeoutExpired:
                for pid in family(process.pid)[1:]:
                    os.kill(pid, 9)
                process.kill()
                _, errors = process.communicate()
            if not (home / "census.json").exists():
                sys.exit(f"no census (status {process.returncode}):\n{errors.decode()[-2000:]}")
            report = json.loads((home / "census.json").read_text(encoding="utf-8"))
        finally:
            for each in started:
                each.kill()
                each.wait()
    took = report["seconds"]
    print(f"{args.mode}, {took:.1f} s, --audio {args.audio}; per second:")
    print("\nthreads of the app (context switches):")
    for name, count in sorted(report["threads"].items(), key=lambda item: -item[1]):
        print(f"  {count / took:8.2f}  {name}")
    print(f"  {sum(report['threads'].values()) / took:8.2f}  all threads")
    print("processes it started:" if report["children"] else "processes it started: none")
    for name, count in report["children"].items():
        print(f"  {count / took:8.2f}  {name}")
    print("\nevents the window's thread delivered (kind, receiver < its parents):")
    for kind, who, count in report["events"][: args.top]:
        print(f"  {count / took:8.2f}  {kind:18} {who}")
    rest = report["events"][args.top :]
    if rest:
        print(f"  {sum(n for _, _, n in rest) / took:8.2f}  ({len(rest)} other rows)")
    memory = report["memory"]
    print(f"\nthe window's process at the end: RSS {sum(memory.values()) / 1024:.1f} MiB; "
          + ", ".join(f"{n} {k}" for k, n in report["counts"].items()))  # fmt: skip
    for name, kib in sorted(memory.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {kib / 1024:8.1f} MiB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
