"""End-to-end: reminders keep the app in the tray, come as notifications, go on quitting.

With reminders set, closing the window keeps the app in the tray and the
reminder still comes as a notification; quitting withdraws it.

Everything runs private to this check: a virtual X display (Xvfb -displayfd), a
session bus of its own (dbus-daemon), a tray (trayer) and a notification
daemon (dunst -print, whose output says what it showed). The app is the real
one (build_window + attach, as ``spasm-stretch`` runs it) with a reminder set
for the next minute. The check closes its window, waits for dunst to show the
reminder, then quits the app (answering its question Yes) and asks dunst how
many notifications are still displayed. Exits non-zero on any failure; every
process it starts ends with it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = r"""
import sys
from datetime import datetime, timedelta
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import argparse
from spasm_stretch.app import attach, build_window
from spasm_stretch.core.reminders import EVERY_DAY, Reminder
from spasm_stretch.settings.store import SettingsStore
import dataclasses

flag = Path(sys.argv[1])
at = (datetime.now() + timedelta(seconds=75)).replace(second=0, microsecond=0)
store = SettingsStore()
store.save(dataclasses.replace(store.load(), disclaimer_seen=True,
                               reminders=(Reminder(at.time(), "calf", EVERY_DAY),)))
args = argparse.Namespace(routines=[], speed=1.0, audio="silent", lang="en", background=False)
window = build_window(args)
desktop = attach(window)
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
print("tray", desktop.tray is not None, "reminder at", at.strftime("%H:%M"), flush=True)

def close_window():
    window.close()
    print("closed: window visible", window.isVisible(), flush=True)

def poll():
    if flag.exists():
        print("quitting", flush=True)
        desktop.quit()

QTimer.singleShot(3000, close_window)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(200)
code = QApplication.instance().exec()
print("app ended", code, flush=True)
"""


def main() -> int:
    """Run the check; 0 when every step held."""
    for tool in ("Xvfb", "dbus-daemon", "trayer", "dunst", "dunstctl"):
        if shutil.which(tool) is None:
            print(f"tray_reminder_check: {tool} is missing", file=sys.stderr)
            return 2
    root = Path(tempfile.mkdtemp(prefix="tray-check-"))
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        (root / name.lower()).mkdir()
        env[f"XDG_{name}_HOME"] = str(root / name.lower())
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.pop("QT_QPA_PLATFORM", None)
    started: list[subprocess.Popen[bytes]] = []
    try:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
            pass_fds=(write,), stderr=subprocess.DEVNULL,
        )  # fmt: skip
        started.append(xvfb)
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):  # the display's number, once Xvfb is ready
            chunk = os.read(read, 16)
            if not chunk:
                print("tray_reminder_check: Xvfb did not start", file=sys.stderr)
                return 2
            number += chunk
        os.close(read)
        env["DISPLAY"] = ":" + number.decode().strip()
        print(f"display {env['DISPLAY']}")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            env=env, stdout=subprocess.PIPE,
        )  # fmt: skip
        started.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        started.append(subprocess.Popen(["trayer"], env=env, stderr=subprocess.DEVNULL))
        shown = root / "dunst.out"
        with shown.open("wb") as out:
            started.append(subprocess.Popen(["dunst", "-print"], env=env, stdout=out,
                                            stderr=subprocess.DEVNULL))  # fmt: skip
        time.sleep(1.5)  # a tool, not a test: the tray and the daemon come up
        flag = root / "quit-now"
        app_out = root / "app.out"
        with app_out.open("wb") as out:
            app = subprocess.Popen([sys.executable, "-c", APP, str(flag)], env=env, stdout=out,
                                   stderr=subprocess.STDOUT)  # fmt: skip
        started.append(app)
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and "Time to stretch" not in shown.read_text("utf-8"):
            if app.poll() is not None:
                break
            time.sleep(0.5)
        said = app_out.read_text("utf-8")
        alive = app.poll() is None
        notified = "Time to stretch" in shown.read_text("utf-8")
        flag.touch()
        try:
            code = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            code = None
        time.sleep(1)
        displayed = subprocess.run(
            ["dunstctl", "count", "displayed"], env=env, capture_output=True, text=True,
            check=False,
        ).stdout.strip()  # fmt: skip
        print(app_out.read_text("utf-8"), end="")
        checks = {
            "the app has a tray": "tray True" in said,
            "closing hid the window": "closed: window visible False" in said,
            "the app kept running after its window closed": alive,
            "dunst showed the reminder": notified,
            "Quit ended the app": code == 0,
            "the reminder was withdrawn on quitting": displayed == "0",
        }
        for name, ok in checks.items():
            print(("ok    " if ok else "FAIL  ") + name)
        print(f"dunst displayed after quitting: {displayed!r}")
        return 0 if all(checks.values()) else 1
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
