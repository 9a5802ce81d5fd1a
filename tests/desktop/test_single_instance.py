"""One instance: a second launch hands its request over and exits; a killed one blocks nothing."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.desktop import handover
from spasm_stretch.desktop.handover import Request
from spasm_stretch.desktop.single_instance import MAX_OPEN, REQUEST_SECONDS, InstanceServer
from tests.helpers.clock import FakeClock

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
    """No private place anywhere (every candidate a file): a message, and the window opens."""
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "a-file"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "a-file"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file"))
    assert handover.pass_launch("relief") is None
    assert "starting anyway" in capsys.readouterr().err


def test_a_runtime_folder_that_is_a_file_falls_back_to_a_private_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_RUNTIME_DIR pointing at a file: the folder named for the user in TMPDIR, mode 0700."""
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "a-file"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    chosen = handover.runtime_dir()
    assert chosen == tmp_path / "tmp" / f"spasm-stretch-{os.getuid()}" / "spasm-stretch"
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o700
    assert stat.S_IMODE(chosen.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("flaw", ["world-writable", "symlink", "group-readable"])
def test_a_runtime_folder_others_can_use_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flaw: str
) -> None:
    """Unset XDG_RUNTIME_DIR and a TMPDIR fallback that is not private: the cache is used."""
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fallback = tmp_path / "tmp" / f"spasm-stretch-{os.getuid()}"
    (tmp_path / "tmp").mkdir()
    if flaw == "symlink":
        (tmp_path / "elsewhere").mkdir(mode=0o700)
        fallback.symlink_to(tmp_path / "elsewhere")
    else:
        fallback.mkdir()
        fallback.chmod(0o777 if flaw == "world-writable" else 0o740)
    assert handover.runtime_dir() == tmp_path / "cache" / "spasm-stretch" / "run"
    assert not (tmp_path / "elsewhere" / "spasm-stretch").exists()


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


def test_a_connection_silent_for_2_s_is_dropped_and_not_a_moment_before(qtbot: QtBot) -> None:
    """A launch says its line at once; one that says nothing for REQUEST_SECONDS is let go."""
    assert handover.pass_launch(None) is None
    clock = FakeClock()
    server = InstanceServer(clock=clock)
    assert server.listen(), server.error
    assert not server._sweep.isActive()  # nothing open: nothing to wake for
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as idle:
        idle.connect(str(handover.socket_path()))
        qtbot.waitUntil(lambda: server.open_connections() == 1, timeout=5000)
        assert server._sweep.isActive() and server._sweep.isSingleShot()
        assert server._sweep.interval() == REQUEST_SECONDS * 1000  # aimed at its limit
        clock.advance(REQUEST_SECONDS - 0.1)
        server.sweep()  # what the sweep timer does
        assert server.open_connections() == 1
        clock.advance(0.1)
        server.sweep()
        assert server.open_connections() == 0
        idle.settimeout(5)
        assert idle.recv(16) == b"", "closed, unanswered"
        assert not server._sweep.isActive()
    server.close()


def closed(client: socket.socket) -> bool:
    """Whether the other end closed ``client`` (without waiting)."""
    client.setblocking(False)
    try:
        return client.recv(16) == b""
    except BlockingIOError:
        return False


def test_open_connections_are_capped_the_oldest_going_first(qtbot: QtBot) -> None:
    assert handover.pass_launch(None) is None
    server = InstanceServer()
    assert server.listen(), server.error
    clients = [socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) for _ in range(MAX_OPEN + 1)]
    try:
        for count, client in enumerate(clients, 1):
            client.connect(str(handover.socket_path()))
            # let the copy accept it (this thread runs its event loop)
            expected = min(count, MAX_OPEN)
            qtbot.waitUntil(lambda: server.open_connections() == expected, timeout=5000)  # noqa: B023
        qtbot.waitUntil(lambda: closed(clients[0]), timeout=5000)  # the one idle longest
        assert not any(closed(client) for client in clients[1:])
        qtbot.waitUntil(lambda: server.open_connections() == MAX_OPEN, timeout=5000)
    finally:
        for client in clients:
            client.close()
    server.close()


@pytest.mark.parametrize("loss", ["qt-closed-it", "socket-file-removed"])
def test_the_server_listens_again_when_it_was_closed_under_it(qtbot: QtBot, loss: str) -> None:
    """Qt closes a server that ran out of file handles; someone may delete the socket file."""
    assert handover.pass_launch(None) is None
    server = InstanceServer()
    assert server.listen(), server.error
    assert not server._sweep.isActive()  # no polling: the file's watch tells of the loss
    if loss == "qt-closed-it":
        server._server.close()
    else:
        handover.socket_path().unlink()
    assert not handover.socket_path().exists()
    qtbot.waitUntil(handover.socket_path().exists, timeout=5000)
    second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH], env=os.environ.copy())
    with qtbot.waitSignal(server.requested, timeout=10000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert second.returncode == 0
    server.close()
