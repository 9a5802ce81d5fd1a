"""One instance: a second launch hands its request over and exits; a killed one blocks nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.desktop import handover
from spasm_stretch.desktop.handover import Request
from spasm_stretch.desktop.single_instance import InstanceServer

SECOND_LAUNCH = (
    "import sys; from spasm_stretch.desktop.handover import pass_launch; "
    "sys.exit(pass_launch('run', 'calf'))"
)


def test_second_launch_hands_its_request_to_the_running_copy(qtbot: QtBot) -> None:
    """`spasm-stretch run calf` while running: the running copy gets it; the second exits 0."""
    assert handover.pass_launch(None) is None  # this process is the running copy
    server = InstanceServer()
    assert server.listen(), server.error
    second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH], env=os.environ.copy())
    with qtbot.waitSignal(server.requested, timeout=10000) as got:
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert got.args == [Request("run", "calf")]
    assert second.returncode == 0
    server.close()


def test_second_launch_takes_over_when_the_first_was_killed(qtbot: QtBot) -> None:
    """A copy killed with SIGKILL leaves its socket file; the next start runs at once."""
    with subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from spasm_stretch.desktop.handover import pass_launch; "
         "assert pass_launch(None) is None; print('holding', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    ) as holder:  # fmt: skip
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        handover.socket_path().touch()  # the socket a killed copy leaves behind
        os.kill(holder.pid, signal.SIGKILL)
    assert handover.pass_launch("relief") is None
    server = InstanceServer()
    assert server.listen(), server.error
    server.close()


def test_an_unusable_runtime_folder_starts_the_app_anyway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """XDG_RUNTIME_DIR pointing at a file: a message, and the window still opens."""
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "a-file"))
    assert handover.pass_launch("relief") is None
    assert "starting anyway" in capsys.readouterr().err


def test_bad_requests_are_refused() -> None:
    """Only the known commands travel over the socket."""
    assert Request.from_line(b'{"command": "relief"}') == Request("relief")
    assert Request.from_line(b'{"command": "rm -rf"}') is None
    assert Request.from_line(b"not json") is None


def test_server_does_not_listen_without_the_lock() -> None:
    """A copy that did not take the lock never steals the socket of the running one."""
    server = InstanceServer()
    assert not server.listen()
    assert "does not hold the instance lock" in server.error


def test_garbage_on_the_socket_gets_an_error_and_the_copy_keeps_serving(qtbot: QtBot) -> None:
    """Something else writing to the socket is answered 'error'; a real launch still works."""
    assert handover.pass_launch(None) is None
    server = InstanceServer()
    assert server.listen(), server.error
    client = (
        "import socket, sys; s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); "
        's.sendall(b\'{"command": "format c:"}\\n\'); print(s.recv(16).decode().strip())'
    )
    with (
        qtbot.assertNotEmitted(server.requested),
        subprocess.Popen(
            [sys.executable, "-c", client, str(handover.socket_path())],
            stdout=subprocess.PIPE, text=True,
        ) as garbage,
    ):  # fmt: skip
        qtbot.waitUntil(lambda: garbage.poll() is not None, timeout=10000)
        assert garbage.stdout is not None and garbage.stdout.read() == "error\n"
    second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH], env=os.environ.copy())
    with qtbot.waitSignal(server.requested, timeout=10000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert second.returncode == 0
    server.close()
