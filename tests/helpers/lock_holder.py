"""Another program holding the log's write lock: a second process in ``BEGIN EXCLUSIVE``.

The process says "held" once it has the lock and keeps it until told to let
go (a line on its stdin), so a test waits on the lock itself, never on time.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE episodes SET note = note")  # a change not yet committed, as a real writer has
print("held", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


class HeldLock:
    """The lock held by the second process until ``release``."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def release(self) -> None:
        """Tell the other program to let go, and wait until it has."""
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)


@contextmanager
def lock_held(path: Path) -> Iterator[HeldLock]:
    """Hold the log at ``path`` locked from another process for the ``with`` block."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    held = HeldLock(process)
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "held\n"
        yield held
    finally:
        held.release()
        if process.poll() is None:
            process.kill()
            process.wait()
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()
