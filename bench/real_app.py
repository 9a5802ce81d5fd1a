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


def switches(pids: list[int]) -> int:
    """Context switches of every thread of ``pids`` (voluntary and not): their wake-ups."""
    total = 0
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                for line in (task / "status").read_text().splitlines():
                    if "ctxt_switches:" in line:
                        total += int(line.split()[1])
            except OSError:
                continue
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
