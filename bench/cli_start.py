"""Start-up of the terminal commands against ``python -c "import yaml"``.

Each run is a fresh process; runs alternate between the commands and the
yardstick, and medians are compared. ``list`` reads and validates every
built-in routine (with PyYAML's C loader) and prints a table, so its floor is
the yardstick plus that work. Target (issue 17): at most 2x the yardstick,
and no PySide6 module imported (checked here with ``python -X importtime``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

YARDSTICK = [sys.executable, "-c", "import yaml"]
SCRIPT = Path(sys.executable).with_name("spasm-stretch")  # what pip installs, as a user runs it
ENTRY = (
    [sys.executable, str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "spasm_stretch"]
)
COMMANDS = {
    "list": [*ENTRY, "list"],
    "show calf": [*ENTRY, "show", "calf"],
    "--version": [*ENTRY, "--version"],
}


def seconds(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of ``command`` (output thrown away; it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def qt_modules(env: dict[str, str]) -> list[str]:
    """The PySide6/shiboken modules ``list`` imports (should be none)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *COMMANDS["list"][1:]],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True,
    )  # fmt: skip
    names = (line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines())
    return sorted({name for name in names if name.startswith(("PySide6", "shiboken6"))})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
        for name in ("config", "data", "cache"):
            env[f"XDG_{name.upper()}_HOME"] = str(Path(home) / name)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from byte-code caches
        times: dict[str, list[float]] = {"yardstick": [], **{name: [] for name in COMMANDS}}
        for command in [YARDSTICK, *COMMANDS.values()]:
            seconds(command, env)  # warm the file and byte-code caches
        for _ in range(args.runs):
            times["yardstick"].append(seconds(YARDSTICK, env))
            for name, command in COMMANDS.items():
                times[name].append(seconds(command, env))
        qt = qt_modules(env)
    base = statistics.median(times["yardstick"])
    print(f"median of {args.runs} runs each; target: each command <= 2x the yardstick")
    yardstick = 'python -c "import yaml"'
    print(f"{yardstick:28} {base * 1000:6.1f} ms")
    for name in COMMANDS:
        median = statistics.median(times[name])
        print(f"{'spasm-stretch ' + name:28} {median * 1000:6.1f} ms  {median / base:5.2f}x")
    print(f"PySide6 modules imported by list: {', '.join(qt) or 'none'}")


if __name__ == "__main__":
    main()
