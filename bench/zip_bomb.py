"""What a hostile routine archive costs: a ~90 KB zip that inflates to 60 MiB of YAML.

Issue 24 measured 49 s and 2 GB for such a zip when ``routine.yaml`` was
inflated and parsed before its size was checked. Now the zip's directory is
checked first. Figures, each the median of ``--runs``:
1. refusing the bomb, against the yardstick of unpacking a normal export
   (a routine and one picture) in the same run, as a ratio;
2. the peak memory (VmHWM) of a fresh process that refuses it, against one
   that only imports the module.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.helpers, from a checkout

from spasm_stretch.core.routine_archive import ArchiveError, unpack_archive
from tests.helpers.archives import bomb

ROUTINE = """\
id: pumps
name: Pumps
area: calf
summary: Ten ankle pumps.
steps:
  - name: Ankle pumps
    instructions:
      - Point the toes, then pull them back.
    image: pictures/foot.png
    count: 10
    tempo: 2
"""

PEAK = (
    "import sys\n"
    "from pathlib import Path\n"
    "from spasm_stretch.core.routine_archive import ArchiveError, unpack_archive\n"
    "if len(sys.argv) > 1:\n"
    "    try:\n"
    "        unpack_archive(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    "    except ArchiveError:\n"
    "        pass\n"
    "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))\n"
)


def normal(path: Path) -> Path:
    """An export as the app writes it: the routine and a 200 KB picture."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("routine.yaml", ROUTINE)
        archive.writestr("pictures/foot.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 800)
    return path


def unpack_time(archive: Path, folder: Path, runs: int) -> float:
    """Median seconds to unpack (or refuse) ``archive``."""
    times = []
    for run in range(runs):
        target = folder / f"run-{archive.stem}-{run}"
        target.mkdir()
        start = time.perf_counter()
        with contextlib.suppress(ArchiveError):
            unpack_archive(archive, target)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_kib(*arguments: str) -> int:
    """The peak resident memory of a fresh process running PEAK with ``arguments``."""
    done = subprocess.run([sys.executable, "-c", PEAK, *arguments],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--mib", type=int, default=60, help="how far routine.yaml inflates")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        hostile = bomb(folder / "bomb.zip", args.mib * 1024 * 1024)
        yardstick = normal(folder / "normal.zip")
        bomb_s = unpack_time(hostile, folder, args.runs)
        normal_s = unpack_time(yardstick, folder, args.runs)
        (folder / "out").mkdir()
        base, refusing = peak_kib(), peak_kib(str(hostile), str(folder / "out"))
        zipped = hostile.stat().st_size
    print(f"bomb: {zipped / 1024:.0f} KB zip, {args.mib} MiB routine.yaml")
    print(f"refusing it: {bomb_s * 1000:.2f} ms; unpacking a normal export: "
          f"{normal_s * 1000:.2f} ms; ratio {bomb_s / normal_s:.2f}")  # fmt: skip
    print(f"peak memory: {refusing / 1024:.1f} MiB refusing it, {base / 1024:.1f} MiB "
          f"only importing; ratio {refusing / base:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
