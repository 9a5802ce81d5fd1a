"""A second launch while the app runs: time until it exits, against a bare interpreter.

A running copy (offscreen, its own runtime and data folders) is started
first; then ``spasm-stretch relief`` is launched again and again, each time
a fresh process, alternating with ``python -c pass`` as the yardstick. The
figure covers interpreter start, the CLI's imports, the hand-over on the
socket and the running copy opening its relief page. The target is under
300 ms.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCH = [sys.executable, "-m", "spasm_stretch"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def wait_listening(path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                time.sleep(0.05)
            else:
                return
    raise SystemExit("the running copy never listened")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            (root / name).mkdir(mode=0o700)
            env[name] = str(root / name)
        with subprocess.Popen(
            [*LAUNCH, "--audio", "silent"], env=env, stderr=subprocess.DEVNULL
        ) as first:
            try:
                wait_listening(root / "XDG_RUNTIME_DIR" / "spasm-stretch" / "instance.sock")
                ours, bare = [], []
                for _ in range(runs):
                    ours.append(timed([*LAUNCH, "relief"], env))
                    bare.append(timed([sys.executable, "-c", "pass"], env))
            finally:
                first.terminate()
    mine, yard = statistics.median(ours), statistics.median(bare)
    print(f"second launch (relief), median of {runs}: {mine:.0f} ms (max {max(ours):.0f} ms)")
    print(f"bare interpreter start, median of {runs}: {yard:.0f} ms")
    print(f"ratio: {mine / yard:.1f}x a bare interpreter; target under 300 ms")


if __name__ == "__main__":
    main()
