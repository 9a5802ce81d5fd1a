"""What the benches need to measure the app as a person launches it.

The real ``spasm-stretch`` command starts helper processes and threads, so
its cost is read from /proc over its whole process family; and a bench that
must reach the window the command builds does it through a ``sitecustomize``
put first on PYTHONPATH, which wraps ``spasm_stretch.app.build_window``.
Shared by bench/startup.py, bench/hold_cpu.py and bench/resident.py.
"""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path


def family(pid: int) -> list[int]:
    """``pid`` and all its descendants still running (children of children too)."""
    found, queue = [], [pid]
    while queue:
        each = queue.pop()
        found.append(each)
        for task in Path(f"/proc/{each}/task").glob("*"):
            try:
                queue += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def _task_switches(task: Path) -> tuple[int, int] | None:
    """One thread's (voluntary, involuntary) context switches, or None once it has ended."""
    try:
        lines = (task / "status").read_text().splitlines()
    except OSError:
        return None
    found = {k: int(v) for k, _, v in (line.partition(":") for line in lines) if "ctxt" in k}
    return found.get("voluntary_ctxt_switches", 0), found.get("nonvoluntary_ctxt_switches", 0)


class Watch:
    """The context switches of a process family over a while, read thread by thread.

    Why not one sum before and one after: a thread that ends takes its
    counts with it, so a busy thread that ended in between (a sound thread,
    a thread pool's idle worker) made the difference small or negative
    (bench/resident.py printed -2.12 wake-ups/s on main 832d559). Here each
    thread (by id) counts from its first reading (from 0 for one born
    meanwhile) to its last, read every ``step`` seconds; one that ends loses
    only what it did after its last reading. Voluntary switches are the
    times a thread slept and was woken (its wake-ups); involuntary ones are
    preemptions, which grow with the machine's load, not the app's.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._first: dict[int, tuple[int, int]] = {}
        self._last: dict[int, tuple[int, int]] = {}
        self._owner: dict[int, int] = {}
        self._started = False
        self.read()
        self._started = True
        self.pids = [pid]

    def read(self) -> list[int]:
        """Read every thread of the family now; the family's pids."""
        pids = family(self.pid)
        for pid in pids:
            for task in Path(f"/proc/{pid}/task").glob("*"):
                counts = _task_switches(task)
                if counts is None:
                    continue
                tid = int(task.name)
                self._first.setdefault(tid, counts if not self._started else (0, 0))
                self._last[tid] = counts
                self._owner[tid] = pid
        self.pids = pids
        return pids

    def over(self, seconds: float, step: float = 0.5) -> float:
        """Keep reading for ``seconds``; the seconds it took."""
        start = time.monotonic()
        deadline = start + seconds
        while (left := deadline - time.monotonic()) > 0:
            time.sleep(min(step, left))
            self.read()
        return time.monotonic() - start

    def counted(self, *, voluntary_only: bool = False, main_only: bool = False) -> int:
        """Switches so far: all or the voluntary ones; of the family or of its first process."""
        total = 0
        for tid, last in self._last.items():
            if main_only and self._owner[tid] != self.pid:
                continue
            first = self._first[tid]
            total += last[0] - first[0]
            if not voluntary_only:
                total += last[1] - first[1]
        return total


def cpu_seconds(pids: list[int]) -> float:
    """CPU seconds of ``pids``: each one's own and its reaped children's (stat fields 14-17)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def site_wrapping_build_window(wrap: str, preamble: str = "") -> str:
    """A sitecustomize.py that runs ``wrap`` on the window ``build_window`` returns.

    ``wrap`` is the body of a function of ``window`` (indented as its own
    block); ``preamble`` is code the hook needs first (imports, constants).
    """
    body = textwrap.indent(textwrap.dedent(wrap).strip(), " " * 16)
    return f"""
import importlib.abc, importlib.util, os, sys
{textwrap.dedent(preamble).strip()}


class _Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "spasm_stretch.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            build = module.build_window

            def build_window(*args, **kwargs):
                window = build(*args, **kwargs)
{body}
                return window

            module.build_window = build_window

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _Hook())
"""
