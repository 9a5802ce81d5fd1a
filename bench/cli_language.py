"""What speaking German costs the terminal commands: ``list`` under LANG=de against LANG=C.

The commands read translations from the ``.ts`` file (no Qt). Two figures:
1. whole processes of ``spasm-stretch list``, alternating the two locales,
   medians compared (the yardstick is the English run in the same session);
2. reading the catalog alone, for the shipped ``.ts`` and for a synthetic
   one of ``--messages`` entries (the size once every screen is translated),
   against the English process time.
Run it after filling the ``.ts`` files, or the German run reads an empty catalog.
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

from spasm_stretch.i18n.catalog import read_catalog, ts_path

MESSAGE = (
    '<message>\n    <location filename="../x.py" line="{n}"/>\n'
    "    <source>Source sentence number {n} of the interface, of a typical length</source>\n"
    "    <translation>Übersetzter Satz Nummer {n} der Oberfläche, ungefähr so lang</translation>\n"
    "</message>\n"
)


def run_list(language: str, env: dict[str, str]) -> float:
    """Seconds for one ``spasm-stretch list`` process under ``LANG=language``."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "list"],
        env={**env, "LANG": language},
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def synthetic_ts(folder: Path, messages: int) -> Path:
    """A German ``.ts`` of ``messages`` entries in 40 contexts, laid out as lupdate writes it."""
    per_context = max(1, messages // 40)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
    ]
    for context in range(0, messages, per_context):
        body = "".join(MESSAGE.format(n=n) for n in range(context, context + per_context))
        parts.append(f"<context>\n<name>Context{context}</name>\n{body}</context>\n")
    parts.append("</TS>\n")
    path = folder / "synthetic_de.ts"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def read_time(path: Path, runs: int) -> float:
    """Median seconds to read ``path`` into a catalog."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_catalog("de", path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--messages", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")
        run_list("C.UTF-8", env)  # warm the byte-code and file caches
        english: list[float] = []
        german: list[float] = []
        for _ in range(args.runs):
            english.append(run_list("C.UTF-8", env))
            german.append(run_list("de_DE.UTF-8", env))
        en, de = statistics.median(english), statistics.median(german)
        print(f"list, LANG=C.UTF-8 (yardstick): {en * 1000:7.1f} ms median of {args.runs}")
        print(f"list, LANG=de_DE.UTF-8:         {de * 1000:7.1f} ms  ratio {de / en:.3f}")
        shipped = ts_path("de")
        entries = shipped.read_text(encoding="utf-8").count("<message")
        size = read_time(shipped, args.runs)
        print(f"read the shipped de .ts ({entries} messages): {size * 1000:6.2f} ms")
        big = synthetic_ts(Path(home), args.messages)
        large = read_time(big, args.runs)
        print(
            f"read a synthetic .ts of {args.messages} messages: {large * 1000:6.2f} ms"
            f"  ({large / en:.1%} of the English list)"
        )


if __name__ == "__main__":
    main()
