"""What the benches need to measure the app as a person launches it.

The real ``spasm-stretch`` command starts helper processes and threads, so
its cost is read from /proc over its whole process family; and a bench that
must reach the window the command builds does it through a ``sitecustomize``
put first on PYTHONPATH, which wraps ``spasm_stretch.app.build_window``.
It also starts what the app runs among: a private Xvfb, a tray host and a
PulseAudio with a null sink. Shared by bench/startup.py, bench/hold_cpu.py,
bench/resident.py and bench/wakeup_census.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
import importlib.util, os, sys
{textwrap.dedent(preamble).strip()}


class _Hook:  # a meta path finder needs only find_spec (importlib.abc costs ~4 ms)
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


def home_env(home: Path) -> dict[str, str]:
    """This environment with a person's folders under ``home`` (HOME, XDG_*_HOME, the runtime)."""
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"))
    for name in ("config", "data", "cache", "state"):
        env[f"XDG_{name.upper()}_HOME"] = str(home / name)
    return env


def private_home(home: Path, settings: str = "disclaimer_seen=true") -> dict[str, str]:
    """Make ``home`` a person's: the runtime folder and the settings file, then ``home_env``.

    ``settings`` are the file's ``[General]`` lines (the first-run notice read, by default).
    """
    (home / "run").mkdir(mode=0o700)
    config = home / "config" / "spasm-stretch"
    config.mkdir(parents=True)
    (config / "spasm-stretch.ini").write_text(f"[General]\n{settings}\n", encoding="utf-8")
    return home_env(home)


def real_command() -> list[str]:
    """The ``spasm-stretch`` script pip installed beside this Python, as a person runs it."""
    script = Path(sys.executable).parent / "spasm-stretch"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "spasm_stretch"]


def need(*tools: str) -> None:
    """Stop the bench with what to install when one of ``tools`` is missing."""
    for tool in tools:
        if shutil.which(tool) is None:
            sys.exit(f"needs {tool} (apt-get install {' '.join(t.lower() for t in tools)})")


def start_xvfb(display: str = "") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on ``display``, or on a free number it picks itself (never another's)."""
    screen = ["-screen", "0", "1280x900x24"]
    if display:
        return subprocess.Popen(["Xvfb", display, *screen], stderr=subprocess.DEVNULL), display
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), *screen],
                            stderr=subprocess.DEVNULL, pass_fds=(write,))  # fmt: skip
    os.close(write)
    with os.fdopen(read) as chosen:
        return xvfb, ":" + chosen.readline().strip()


def start_tray(display: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Trayer on ``display``: the tray host the app's icon docks in."""
    return subprocess.Popen(["trayer", "--edge", "top", "--align", "right"],
                            env=dict(env, DISPLAY=display), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip


def start_pulseaudio(home: Path, env: dict[str, str]) -> subprocess.Popen[bytes] | None:
    """A private PulseAudio with a null sink (no sound card needed), or None without one."""
    if shutil.which("pulseaudio") is None:
        return None
    config = home / "pulse.pa"
    config.write_text(
        "load-module module-native-protocol-unix\n"
        "load-module module-null-sink sink_name=bench\n"
        "set-default-sink bench\n"
        "load-module module-suspend-on-idle\n",
        encoding="utf-8",
    )
    pulse = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "-F", str(config)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(50):
        if (Path(env["XDG_RUNTIME_DIR"]) / "pulse" / "native").exists():
            return pulse
        time.sleep(0.1)
    pulse.kill()
    pulse.wait()
    return None
