"""How much our loading and validation costs over bare YAML parsing.

Writes 1,000 routine files (copies of the built-ins under new ids), then
times, best of several interleaved runs, (a) reading them and parsing each with PyYAML's
C safe loader and nothing else, and (b) loading them through our catalog
(read, parse with lines, validate, check images). Prints both and the ratio.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.resources import builtin_routines_dir, images_dir

FILES = 1000
RUNS = 7


def make_files(folder: Path) -> list[Path]:
    sources = sorted(builtin_routines_dir().glob("*.yaml"))
    paths = []
    for number in range(FILES):
        source = sources[number % len(sources)]
        text = source.read_text(encoding="utf-8")
        old_id = yaml.safe_load(text)["id"]
        path = folder / f"routine-{number:04d}.yaml"
        path.write_text(text.replace(f"id: {old_id}", f"id: r{number}-{old_id}"), encoding="utf-8")
        paths.append(path)
    return paths


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_files(folder)
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def bare() -> None:
            for path in paths:
                yaml.load(path.read_text(encoding="utf-8"), Loader=loader)

        def ours() -> None:
            catalog = load_catalog([RoutineSource.folder(folder, "bench")], [images_dir()])
            assert len(catalog.routines) == FILES, catalog.problems[:3]

        # Interleaved, so both see the same machine load; best run of each.
        pairs = [(timed(bare), timed(ours)) for _ in range(RUNS)]
        bare_s = min(b for b, _ in pairs)
        ours_s = min(o for _, o in pairs)
    print(f"loader: {loader.__name__}, {FILES} files, best of {RUNS}")
    print(f"bare yaml.load : {bare_s * 1000:8.1f} ms")
    print(f"spasm-stretch  : {ours_s * 1000:8.1f} ms")
    print(f"ratio          : {ours_s / bare_s:8.2f}x  (validation adds {ours_s / bare_s - 1:+.0%})")


if __name__ == "__main__":
    main()
