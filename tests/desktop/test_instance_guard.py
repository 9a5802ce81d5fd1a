"""The single instance cannot be jammed by idle connections or answered by another user.

Issue 24 saw ~1,056 idle connections use up a running copy's file handles:
Qt closed the server, removed its socket, and every later launch waited
10 s and failed. And with XDG_RUNTIME_DIR unset, a folder another user had
made in $TMPDIR was used: that user held the lock and answered "ok" to
every launch. These tests do both for real: the running copy is its own
process with the common limit of 1,024 file handles, and the other user is
a real second uid (``setpriv``, which needs root; skipped otherwise).
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_stretch.desktop import handover

HANDED_OVER = 2.0  # seconds, at most, for a second launch to be handed over
IDLE = 1_100
RUNNING_COPY = """
import resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard))
from PySide6.QtCore import QCoreApplication
from spasm_stretch.desktop.handover import pass_launch
from spasm_stretch.desktop.single_instance import InstanceServer
app = QCoreApplication([])
assert pass_launch(None) is None
server = InstanceServer()
assert server.listen(), server.error
server.requested.connect(
    lambda r: print(r.command, r.routine, server.open_connections(), flush=True)
)
print("listening", flush=True)
app.exec()
"""
SECOND_LAUNCH = (
    "import sys; from spasm_stretch.desktop.handover import pass_launch; "
    "sys.exit(pass_launch('run', 'calf'))"
)


@contextlib.contextmanager
def running_copy() -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen(
        [sys.executable, "-c", RUNNING_COPY], stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    ) as copy:  # fmt: skip
        try:
            assert copy.stdout is not None and copy.stdout.readline() == "listening\n"
            yield copy
        finally:
            copy.kill()
            copy.wait()


def second_launch() -> tuple[int, float]:
    """Run `spasm-stretch run calf` as a second copy: its exit code and how long it took."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", SECOND_LAUNCH], capture_output=True, text=True, check=False,
        timeout=30,
    )  # fmt: skip
    return done.returncode, time.monotonic() - started


@pytest.fixture
def enough_file_handles() -> Iterator[None]:
    """This process holds the idle connections' ends: let it have more than 1,100 handles."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < IDLE + 200:
        pytest.skip(f"the hard limit of {hard} file handles is too low to hold {IDLE} connections")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, IDLE + 200), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.usefixtures("enough_file_handles")
def test_1100_idle_connections_never_stop_a_second_launch() -> None:
    idle: list[socket.socket] = []
    try:
        with running_copy() as copy:
            assert copy.stdout is not None
            path = str(handover.socket_path())
            for _ in range(IDLE):
                client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                idle.append(client)
                # Blocking, so a full backlog waits for the copy to accept; bounded by the kernel.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, struct.pack("ll", 10, 0))
                client.connect(path)  # and then says nothing
            code, took = second_launch()
            assert code == 0
            assert took <= HANDED_OVER
            command, routine, still_open = copy.stdout.readline().split()
            assert (command, routine) == ("run", "calf")
            assert int(still_open) <= 64, "idle connections are capped, not kept by the thousand"
            for client in idle:
                client.close()
            idle.clear()
            code, took = second_launch()
            assert code == 0
            assert took <= HANDED_OVER
            assert copy.stdout.readline().split()[:2] == ["run", "calf"]
            assert copy.poll() is None
    finally:
        for client in idle:
            client.close()


ATTACKER = """
import fcntl, os, socket, sys
os.umask(0)
folder = os.path.join(sys.argv[1], "spasm-stretch")
os.makedirs(folder, mode=0o777)
lock = open(os.path.join(folder, "instance.lock"), "ab")
fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(os.path.join(folder, "instance.sock"))
server.listen(8)
print("ready", flush=True)
while True:
    connection, _ = server.accept()
    print("got", connection.recv(4096), flush=True)
    connection.sendall(b"ok\\n")
    connection.close()
"""


def as_other_user() -> list[str]:
    """The command prefix that runs a stdlib-only Python as the user ``nobody``."""
    if os.geteuid() != 0:
        pytest.skip("acting as a second user needs root (setpriv to uid 65534)")
    python = shutil.which("python3", path="/usr/bin:/bin")
    if shutil.which("setpriv") is None or python is None:
        pytest.skip("setpriv (util-linux) or /usr/bin/python3 is missing")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", python]


def test_another_users_folder_in_tmpdir_is_refused_and_never_told_a_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_RUNTIME_DIR unset; another user made our $TMPDIR folder, holds its lock, says ok."""
    prefix = as_other_user()
    shared = Path(tempfile.mkdtemp(prefix="shared-tmp-"))
    shared.chmod(0o1777)  # like /tmp: anyone may make a folder in it
    fallback = shared / f"spasm-stretch-{os.getuid()}"
    try:
        with subprocess.Popen(
            [*prefix, "-c", ATTACKER, str(fallback)], stdout=subprocess.PIPE, text=True,
        ) as attacker:  # fmt: skip
            try:
                assert attacker.stdout is not None and attacker.stdout.readline() == "ready\n"
                assert fallback.stat().st_uid == 65534
                monkeypatch.delenv("XDG_RUNTIME_DIR")
                monkeypatch.setattr(tempfile, "tempdir", str(shared))
                monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
                assert handover.pass_launch("relief") is None, "this copy starts, handing nothing"
                assert handover.runtime_dir() == tmp_path / "cache" / "spasm-stretch" / "run"
            finally:
                attacker.kill()
                out, _ = attacker.communicate()
        assert "command" not in out, "the other user never read a request"
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_socket_another_user_answers_is_never_told_the_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Our folder, our lock held, but the socket leads to another user's listener: refused."""
    prefix = as_other_user()
    shared = Path(tempfile.mkdtemp(prefix="shared-tmp-"))
    shared.chmod(0o1777)
    try:
        with (
            subprocess.Popen(
                [*prefix, "-c", ATTACKER, str(shared / "other")], stdout=subprocess.PIPE,
                text=True,
            ) as attacker,
            subprocess.Popen(
                [sys.executable, "-c",
                 "import sys; from spasm_stretch.desktop.handover import pass_launch; "
                 "assert pass_launch(None) is None; print('holding', flush=True); "
                 "sys.stdin.readline()"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            ) as holder,
        ):  # fmt: skip
            try:
                assert attacker.stdout is not None and attacker.stdout.readline() == "ready\n"
                assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
                handover.socket_path().symlink_to(
                    shared / "other" / "spasm-stretch" / "instance.sock"
                )
                assert handover.pass_launch("relief") == 1
                assert "answered by another user" in capsys.readouterr().err
            finally:
                attacker.kill()
                holder.kill()
                out, _ = attacker.communicate()
                holder.communicate()
        assert "command" not in out, "the request was never said to it"
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_runtime_folder_owned_by_another_user_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_RUNTIME_DIR pointing at another user's folder (mode 0700, theirs): not used."""
    as_other_user()  # skips unless root can hand the folder to a second uid
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    chosen = handover.runtime_dir()
    assert chosen == tmp_path / "tmp" / f"spasm-stretch-{os.getuid()}" / "spasm-stretch"
    assert not (theirs / "spasm-stretch").exists()
