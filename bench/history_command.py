"""`spasm-stretch history` and `list` as a person types them, against `python -c "import yaml"`.

A log of 100,000 routine runs and 20,000 cramps is written straight into
SQLite (as ``history_scale.py`` writes it) in a private data folder; each
command then runs as a fresh process, interleaved with the yardstick (a
Python that imports PyYAML, the least any command of ours does), and the
medians of the wall times are compared. ``--also PATH`` times the commands
of a second source tree (e.g. an older commit unpacked with ``git archive``)
in the same runs, for a before/after on the same machine at the same moment.
Targets (issue 25): ``history`` <= 10x the yardstick and <= 200 lines;
``list`` <= 2x.
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

sys.path.insert(0, str(Path(__file__).parent))
from history_scale import write_log  # a sibling bench script

COMMANDS = {
    "import yaml": ["-c", "import yaml"],
    "history": ["-m", "spasm_stretch", "history"],
    "history --all": ["-m", "spasm_stretch", "history", "--all"],
    "list": ["-m", "spasm_stretch", "list"],
}


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, int] | None:
    """Wall seconds of one run of ``python argv`` and the lines it printed.

    None when it fails (an older tree without that option).
    """
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *argv], env=env, capture_output=True, check=False, cwd=env["HOME"]
    )  # not the source tree: -m would import from it
    if done.returncode != 0:
        return None
    return time.perf_counter() - start, done.stdout.count(b"\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--cramps", type=int, default=20_000)
    parser.add_argument("--also", type=Path, help="a second source tree to time beside this one")
    args = parser.parse_args()
    trees = {"now": str(Path(__file__).resolve().parent.parent)}
    if args.also:
        trees["also"] = str(args.also.resolve())
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ, HOME=folder, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        # An installed app runs from byte-code caches (pip writes them); without them
        # every run would also compile the modules it imports (~40 ms).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in ("data", "config", "cache", "state"):
            env[f"XDG_{name.upper()}_HOME"] = str(home / name)
        (home / "data" / "spasm-stretch").mkdir(parents=True)
        write_log(home / "data" / "spasm-stretch" / "history.db", args.sessions, args.cramps)
        times: dict[tuple[str, str], list[float]] = {}
        lines: dict[tuple[str, str], int] = {}
        for path in trees.values():  # warm-up: byte-code caches, the routine cache
            for argv in COMMANDS.values():
                timed(argv, dict(env, PYTHONPATH=path))
        for _ in range(args.runs):  # interleaved: a busy moment hits every command alike
            for tree, path in trees.items():
                for name, argv in COMMANDS.items():
                    if name == "import yaml" and tree != "now":
                        continue
                    outcome = timed(argv, dict(env, PYTHONPATH=path))
                    if outcome is None:
                        continue
                    times.setdefault((tree, name), []).append(outcome[0])
                    lines[(tree, name)] = outcome[1]
    yard = statistics.median(times[("now", "import yaml")])
    print(f"log: {args.sessions:,} runs + {args.cramps:,} cramps; {args.runs} runs each, medians")
    print(f"{'tree':6} {'command':16} {'median':>8} {'x yaml':>7} {'lines':>8}")
    for (tree, name), values in times.items():
        median = statistics.median(values)
        print(f"{tree:6} {name:16} {median:>7.3f}s {median / yard:>6.1f}x {lines[(tree, name)]:>8}")
    print("targets: history <= 10x and <= 200 lines; list <= 2x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
