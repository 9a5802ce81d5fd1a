"""The players' own honesty: helper programs' failures, and a Qt helper that dies or hangs."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.audio.players import QtHostPlayer, helper_failure
from spasm_stretch.core.cues import Cue
from spasm_stretch.resources import assets_dir
from tests.helpers.clock import FakeClock


def test_gst_play_saying_it_failed_counts_although_it_exits_0() -> None:
    """gst-play-1.0 exits 0 with no server or with a text file: its words are the failure."""
    no_server = (
        "WARNING Failed to connect: Connection refused\n"
        "WARNING debug information: ../ext/pulse/pulsesink.c(616): ...\n"
    )
    not_audio = "ERROR Could not determine type of stream. for file:///x.wav\n"
    assert helper_failure("gst-play-1.0", 0, no_server) == (
        "gst-play-1.0 could not play (Failed to connect: Connection refused)"
    )
    assert helper_failure("gst-play-1.0", 0, not_audio) == (
        "gst-play-1.0 could not play (Could not determine type of stream. for file:///x.wav)"
    )
    assert helper_failure("aplay", 1, "") == "aplay exited with code 1"
    assert helper_failure("gst-play-1.0", 0, "") is None


def test_the_qt_helper_ends_at_the_first_invalid_socket_message() -> None:
    """The 100 % CPU spin of a dead server's socket ends the helper at once, not after millions."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import qInstallMessageHandler, qWarning
        from spasm_stretch.audio.qt_host import _exit_on_lost_server
        qInstallMessageHandler(_exit_on_lost_server)
        for _ in range(10_000_000):
            qWarning("QSocketNotifier: Invalid socket 9 and type 'Read', disabling...")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=20, check=False
    )
    assert done.returncode == 3
    assert done.stdout == "lost\n"


def fake_helper(tmp_path: Path, body: str) -> list[str]:
    """A stand-in for audio/qt_host.py: says ready, then does ``body``."""
    script = tmp_path / "host.py"
    script.write_text("import sys, time\nprint('ready Fake Output', flush=True)\n" + body)
    return [sys.executable, str(script)]


def test_a_hung_qt_helper_is_killed_and_reported(qtbot: QtBot, tmp_path: Path) -> None:
    """A helper that stops ticking is killed (it can burn no CPU) and the player reports it."""
    clock = FakeClock()
    command = fake_helper(tmp_path, "time.sleep(60)\n")
    player = QtHostPlayer([], clock=clock, command=command)
    assert player.device == "Fake Output"
    assert player.health() is None
    clock.advance(3.0)
    assert player.health() == "QtMultimedia stopped responding"
    qtbot.waitUntil(lambda: player._process.state() == player._process.ProcessState.NotRunning)
    player.close()


def test_a_cue_the_helper_never_starts_is_a_failure(qtbot: QtBot, tmp_path: Path) -> None:
    """A cue not confirmed within 1.5 s means sound is not coming out."""
    clock = FakeClock()
    ticking = "while True:\n    print('tick', flush=True)\n    time.sleep(0.05)\n"
    player = QtHostPlayer([], clock=clock, command=fake_helper(tmp_path, ticking))
    player.play(Path("/sounds/prepare.wav"))
    clock.advance(1.0)
    assert player.health() is None
    clock.advance(1.0)
    assert player.health() == "a cue did not start playing"
    player.close()


def test_a_helper_that_lost_the_server_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    """The helper's exit on a dead server becomes the reason the user reads."""
    player = QtHostPlayer(
        [], command=fake_helper(tmp_path, "print('lost', flush=True)\nsys.exit(3)\n")
    )
    qtbot.waitUntil(lambda: player.health() is not None)
    assert player.health() == "the sound server went away"
    player.close()


@pytest.mark.skipif(sys.platform != "linux", reason="a shell-script stand-in for gst-play-1.0")
def test_sounds_with_no_output_exits_1_and_says_why(tmp_path: Path) -> None:
    """No server and a gst-play that cannot connect (yet exits 0): exit 1, with the reasons."""
    helper = tmp_path / "bin" / "gst-play-1.0"
    helper.parent.mkdir()
    helper.write_text(
        '#!/bin/sh\n[ "$1" = "--version" ] && exit 0\n'
        'echo "WARNING Failed to connect: Connection refused" >&2\nexit 0\n'
    )
    helper.chmod(0o755)
    env = dict(os.environ, PATH=f"{helper.parent}{os.pathsep}{os.environ['PATH']}")
    env.update(PLAYSOUND3_BACKEND="gstreamer", PULSE_SERVER=f"unix:{tmp_path / 'none'}")
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "sounds"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "playing" not in done.stdout
    no_mini = (
        "mini: no audio output device was found; is a sound server running?; "
        if importlib.util.find_spec("miniaudio") is not None
        else "mini: the miniaudio library is not installed (No module named 'miniaudio'); "
    )
    assert done.stderr.splitlines()[-1] == (
        "no sound output: cues would be shown on screen only. "
        "pulse: the sound server cannot be reached (Connection refused); "
        f"{no_mini}"
        "playsound: gst-play-1.0 could not play (Failed to connect: Connection refused)"
    )


@pytest.mark.parametrize("opening", ["load", "load_in_background"])
def test_the_helpers_words_about_devices_reach_the_user(
    qtbot: QtBot, tmp_path: Path, opening: str
) -> None:
    """A new default device (or a chosen one gone) is said in the app's own notice.

    Also when the helper was opened on the set-up thread, as the window does.
    """
    body = (
        "print('notice gone', flush=True)\n"
        "print('notice default USB headset', flush=True)\n"
        "while True:\n    print('tick', flush=True)\n    time.sleep(0.05)\n"
    )
    command = fake_helper(tmp_path, body)
    files, _ = cue_files(assets_dir() / "sounds", None)
    output = AudioOutput(files, "qt", {"qt": lambda paths: QtHostPlayer(paths, command=command)})
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.wake()  # a session runs: the output looks after its player twice a second
    getattr(output, opening)()
    qtbot.waitUntil(lambda: len(notices) == 2)
    assert notices == [
        "Sound: the chosen output device is gone; using the system default.",
        "Sound: now playing through USB headset, the new default.",
    ]
    output.play(Cue.PREPARE)  # sent from the window's thread, which must own the helper's pipes
    output.close()
