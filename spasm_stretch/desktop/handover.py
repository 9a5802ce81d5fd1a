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
    """The app's folder in the user's runtime folder (private, emptied at logout)."""
    base = os.environ.get("XDG_RUNTIME_DIR") or str(
        Path(tempfile.gettempdir()) / f"spasm-stretch-{os.getuid()}"
    )
    folder = Path(base) / "spasm-stretch"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


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
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(ANSWER_TIMEOUT)
        client.connect(str(socket_path()))
        client.sendall(request.to_line())
        if not client.recv(16).startswith(b"ok"):
            raise ConnectionError("the running spasm-stretch did not take the request")
    return True


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
