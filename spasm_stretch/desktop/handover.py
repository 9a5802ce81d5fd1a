"""One instance: a second launch hands its request to the running copy, before any Qt.

The first copy holds an ``flock`` on a file in the user's runtime folder for
as long as it lives; the kernel drops it when the process dies, however it
dies, so a killed instance never blocks a new start. The holder also listens
on a local socket there (a ``QLocalServer``, see ``single_instance``). A later
launch that cannot take the lock connects to that socket with the standard
library, sends one JSON line and exits as soon as the running copy answers.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import stat
import struct
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from spasm_stretch.i18n.text import Text

ANSWER_TIMEOUT = 3.0  # a copy that holds the lock but never answers is hung
STARTING_TIMEOUT = 10.0  # a copy that has the lock but is still starting up
COMMANDS = ("show", "relief", "run", "today", "background")


class HandoverWords(Text):
    """What a second launch says when it cannot reach the running copy."""


_held: list[IO[bytes]] = []  # the lock file, kept open (and so locked) for the process's life


@dataclass(frozen=True)
class Request:
    """What a launch asks for: show, relief, run (with ``routine``), today or background."""

    command: str
    routine: str = ""

    def to_line(self) -> bytes:
        """The request as one line on the socket."""
        return json.dumps(asdict(self)).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Request | None:
        """Read a request line; None for anything that is not one."""
        try:
            data = json.loads(line)
            request = cls(str(data["command"]), str(data.get("routine", "")))
        except (ValueError, KeyError, TypeError):
            return None
        return request if request.command in COMMANDS else None


def runtime_dir() -> Path:
    """The app's private folder for the lock and the socket: the first place that is ours.

    Tried in order: the user's runtime folder (``XDG_RUNTIME_DIR``, emptied at
    logout), a folder named for the user in the temporary folder, one in the
    user's cache. Each folder on the way that the app creates, and the
    runtime folder itself, must be a real folder (not a symbolic link) owned
    by this user with no access for anyone else; one that another user made
    or can write into is passed over, since whoever controls it could answer
    for the app and read every request.

    Raises:
        OSError: no such place exists (the app then runs without the hand-over).
    """
    uid = os.getuid()
    candidates: list[tuple[Path, ...]] = []
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):
        candidates.append((Path(runtime), Path(runtime) / "spasm-stretch"))
    shared = Path(tempfile.gettempdir()) / f"spasm-stretch-{uid}"
    candidates.append((shared, shared / "spasm-stretch"))
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spasm-stretch"
    candidates.append((cache / "run",))
    refusals: list[str] = []
    for chain in candidates:
        try:
            for folder in chain:
                _private_folder(folder, uid)
        except OSError as exc:
            refusals.append(str(exc))
            continue
        return chain[-1]
    raise PermissionError("; ".join(refusals))


def _private_folder(folder: Path, uid: int) -> None:
    """Make ``folder`` (mode 0700) if missing; raise unless it is a folder only ``uid`` can use."""
    with contextlib.suppress(FileExistsError):
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
    found = folder.lstat()
    if stat.S_ISLNK(found.st_mode) or not stat.S_ISDIR(found.st_mode):
        raise NotADirectoryError(
            HandoverWords.tr("{folder} is not a folder of its own").format(folder=folder)
        )
    if found.st_uid != uid:
        raise PermissionError(
            HandoverWords.tr("{folder} belongs to another user").format(folder=folder)
        )
    if found.st_mode & 0o077:
        raise PermissionError(
            HandoverWords.tr("{folder} can be used by other users").format(folder=folder)
        )


def socket_path() -> Path:
    """Where the running copy listens."""
    return runtime_dir() / "instance.sock"


def _take_lock() -> bool:
    handle = (runtime_dir() / "instance.lock").open("ab")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return False
    _held.append(handle)
    return True


def holds_lock() -> bool:
    """Whether this process is the running copy (it took the lock)."""
    return bool(_held)


def _send(request: Request) -> bool:
    path = socket_path()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(ANSWER_TIMEOUT)
        client.connect(str(path))
        owner = _peer_uid(client)
        if owner is not None and owner != os.getuid():  # the request is never said to it
            raise PermissionError(
                HandoverWords.tr("{socket} is answered by another user").format(socket=path)
            )
        client.sendall(request.to_line())
        if not client.recv(16).startswith(b"ok"):
            raise ConnectionError("the running spasm-stretch did not take the request")
    return True


def _peer_uid(client: socket.socket) -> int | None:
    """Who listens at the other end (SO_PEERCRED on Linux), or None where it cannot be asked."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    credentials = client.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    uid: int = struct.unpack("3i", credentials)[1]
    return uid


def hand_over(request: Request) -> bool:
    """True when a running copy took ``request`` (exit now); False when this copy is the one.

    Raises:
        OSError: a running copy holds the lock but does not answer.
    """
    if _take_lock():
        return False
    deadline = time.monotonic() + STARTING_TIMEOUT
    while True:
        try:
            return _send(request)
        except (FileNotFoundError, ConnectionRefusedError):
            # It has the lock but is not listening yet: starting up, or it just quit.
            if _take_lock():
                return False
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def release() -> None:
    """Let go of the lock (tests; the process's end does it otherwise)."""
    while _held:
        handle = _held.pop()
        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def pass_launch(command: str | None, routine: str = "", *, background: bool = False) -> int | None:
    """The CLI's one call before starting the window: an exit code, or None to start here.

    ``command`` is the CLI's (None, ``run``, ``relief`` or ``today``); a running
    copy takes it and this process ends with 0.
    """
    request = Request(
        "background" if background and command is None else command or "show", routine
    )
    try:
        runtime_dir()
    except OSError as exc:  # no private folder for the lock: run, but not as the single copy
        print(
            HandoverWords.tr(
                "spasm-stretch: cannot check for a running copy ({error}); starting anyway"
            ).format(error=exc),
            file=sys.stderr,
        )
        return None
    try:
        handed = hand_over(request)
    except OSError as exc:
        print(
            HandoverWords.tr(
                "spasm-stretch is already running but does not answer ({error}); "
                "close it, or end it, and start again"
            ).format(error=exc),
            file=sys.stderr,
        )
        return 1
    return 0 if handed else None
