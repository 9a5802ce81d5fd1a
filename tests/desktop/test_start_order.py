"""The start as a person launches it: the list first, then tray, reminders and hand-over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The real run_app in its own process (it runs the event loop and holds the
# instance lock). It says what exists before the first paint, then, once the
# desktop side is up, whether the tray and reminders are there and whether a
# second launch started in between handed its request over.
STARTED = """
import argparse, subprocess, sys, time
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from spasm_stretch import app as app_module
from spasm_stretch.desktop.handover import pass_launch
from spasm_stretch.desktop.tray import Tray

Tray.available = staticmethod(lambda: True)  # the offscreen platform has no tray
built = app_module.build_window
second = []
# What the list does not need: the controllers' modules, the desktop side's, and the
# sound server's and the voice's libraries (ctypes).
LATER = {"spasm_stretch.ui.shell.controllers", "spasm_stretch.ui.editor.controller",
         "spasm_stretch.ui.log.controller", "spasm_stretch.ui.relief.controller",
         "spasm_stretch.ui.session.controller", "spasm_stretch.desktop.controller",
         "spasm_stretch.audio.pulse", "ctypes"}

def desktops(window):  # found by name: importing its module here would load it early
    return [o for o in window.findChildren(QObject) if type(o).__name__ == "DesktopController"]

def build(*args, **kwargs):
    window = built(*args, **kwargs)
    second.append(subprocess.Popen(
        [sys.executable, "-c", "import sys; from spasm_stretch.desktop.handover import pass_launch;"
         " sys.exit(pass_launch('relief'))"]))  # launched while this copy is still starting
    deadline = time.monotonic() + 20

    def first_paint():
        print("at first paint:", len(desktops(window)), window.completed, flush=True)
        print("loaded before it:", sorted(LATER & set(sys.modules)), flush=True)
        check()

    def check():
        found = desktops(window)
        up = found and found[0].tray is not None and second[0].poll() is not None
        if up or time.monotonic() > deadline:
            desktop = found[0] if found else None
            print("after paint:", len(found), desktop is not None and desktop.tray is not None,
                  desktop is not None and desktop.reminders_action in window.file_menu.actions(),
                  flush=True)
            print("second launch:", second[0].wait(), flush=True)
            print("relief shown:", window.pages.currentWidget() is not window.picker, flush=True)
            if desktop is None:
                QApplication.exit(1)
            else:  # as the tray's Quit: it closes the window, which closes the sound
                desktop.quit()
        else:
            QTimer.singleShot(5, check)

    window.first_painted.connect(first_paint)
    return window

app_module.build_window = build
assert pass_launch(None) is None, "another copy is running"
args = argparse.Namespace(routines=[], speed=1.0, audio="silent", background=False, lang="en")
sys.exit(app_module.run_app(args))
"""


def test_the_list_comes_first_then_tray_reminders_and_a_second_launch_handed_over(
    tmp_path: Path,
) -> None:
    """Nothing of the desktop side or the controllers before the first paint; then all of it.

    A second launch made while the first copy is still starting (its lock held,
    its socket not yet listening) waits for it and hands its request over.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("data", "config", "cache", "state"):
        env[f"XDG_{name.upper()}_HOME"] = str(tmp_path / name)
    runtime = tmp_path / "start-run"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    config = tmp_path / "config" / "spasm-stretch"
    config.mkdir(parents=True)
    (config / "spasm-stretch.ini").write_text("[General]\ndisclaimer_seen=true\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", STARTED], capture_output=True, text=True, env=env,
        cwd=Path(__file__).resolve().parents[2], check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "at first paint: 0 False",
        "loaded before it: []",
        "after paint: 1 True True",
        "second launch: 0",
        "relief shown: True",
    ], done.stderr[-2000:]
