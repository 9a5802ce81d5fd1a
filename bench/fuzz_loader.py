"""Fuzz the routine loader: many mutated routine files, zero escaped exceptions.

Mutates the shipped routines (byte flips, lost and repeated lines, swapped
value types, huge and non-finite numbers, deep nesting, odd image paths
pointing at folders, FIFOs, link loops, locked folders and outside files,
special characters) with the same mutators as the property test in
``tests/core/test_loader_fuzz.py``, loads each through the real file path,
and plans every routine that loads. Prints the inputs tried, how many gave
a routine or a message, every exception that escaped (0 is the bar, with
the seed to replay it) and the time per input against loading an unmutated
routine in the same run.

    .venv/bin/python bench/fuzz_loader.py [INPUTS] [SEED]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.helpers, from a checkout

from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.plan import make_plan
from spasm_stretch.core.routine_files import ImageFinder
from spasm_stretch.resources import images_dir
from tests.helpers.mutations import make_sandbox, mutate, shipped_routines

DEFAULT_INPUTS = 20_000


def main() -> int:
    inputs = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_INPUTS
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    sources = shipped_routines()
    escaped: Counter[str] = Counter()
    first_seen: dict[str, tuple[int, str]] = {}
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        make_sandbox(folder)
        path = folder / "fuzz.yaml"
        images = ImageFinder([images_dir()])

        yardstick_start = time.perf_counter()
        for index in range(500):
            path.write_bytes(sources[index % len(sources)])
            load_routine_file(path, images)
        yardstick = (time.perf_counter() - yardstick_start) / 500

        started = time.perf_counter()
        for index in range(inputs):
            input_seed = seed * 1_000_003 + index
            path.write_bytes(mutate(sources, random.Random(input_seed)))
            try:
                result = load_routine_file(path, images)
                if result.routine is not None:
                    make_plan(result.routine)
                    outcomes["routine"] += 1
                else:
                    outcomes["message"] += 1
            except Exception as exc:  # counting what escapes is the point
                kind = f"{type(exc).__name__}: {str(exc)[:80]}"
                escaped[kind] += 1
                first_seen.setdefault(kind, (input_seed, traceback.format_exc(limit=3)))
        per_input = (time.perf_counter() - started) / inputs
    print(f"inputs tried        : {inputs}")
    print(f"loaded as a routine : {outcomes['routine']}")
    print(f"refused with message: {outcomes['message']}")
    print(f"escaped exceptions  : {sum(escaped.values())}")
    for kind, count in escaped.most_common():
        replay_seed, trace = first_seen[kind]
        print(f"  {count:6d} x {kind}  (first: random.Random({replay_seed}))")
        print("         " + trace.strip().replace("\n", "\n         "))
    print(f"time per input      : {per_input * 1e6:8.1f} us (write + load + plan)")
    print(f"unmutated routine   : {yardstick * 1e6:8.1f} us (write + load)")
    print(f"ratio               : {per_input / yardstick:8.2f}x")
    return 1 if escaped else 0


if __name__ == "__main__":
    sys.exit(main())
