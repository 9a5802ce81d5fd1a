"""Mutations of the shipped routines, the way a tester (or a bad editor) would damage them.

One seeded ``random.Random`` drives every choice, so the hypothesis property
test and ``bench/fuzz_loader.py`` share the same mutators, and any input
that escapes can be replayed from its seed.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

from spasm_stretch.resources import builtin_routines_dir

Mutator = Callable[[bytes, random.Random], bytes]

HUGE_NUMBERS = (
    b"1" + b"0" * 309, b"-1" + b"0" * 400, b"9" * 4301, b"1e309", b"-1e309", b"1e-400",
    b".inf", b"-.inf", b".nan", b".NaN", b"0x7fffffffffffffffffff", b"0o777777777777777777777",
    b"1_000_000_000_000", b"190:20:30", b"2e308", b"4.9e-324", b"-0", b"0b1111",
)  # fmt: skip
SWAPS = (
    b"", b"~", b"null", b"true", b"no", b"[]", b"{}", b"[1, 2]", b"{a: 1}", b"'text'",
    b'"30-20"', b'"1-1e9"', b"2026-11-03", b"2026-11-03T03:00:00Z", b"!!binary aGk=",
    b"!!python/object:os.system ls", b"&a x", b"*a", b"|\n  block", b">-\n  folded",
)  # fmt: skip
ODD_PATHS = (
    b'"."', b'"./"', b'"/"', b'".."', b'"../x.svg"', b'"/etc/passwd"', b'"pics/"',
    b'"pics/' + b"a" * 300 + b'.svg"', b'"' + b"b" * 300 + b'"', b'"locked/x.svg"',
    b'"pics/../../x.svg"', b'"fifo.svg"', b'"loop.svg"', b'"sneaky.svg"', b'"x\\u202e.svg"',
    b'"~/x.svg"', b'"//x.svg"', b'"pics//x.svg"', b'"pics/./x.svg"', b'"C:\\\\x.svg"',
    b'"x.svg\\0"', b'"\\t"', b'" "', b'"x.svg/"', b'"pics/x.svg"',
)  # fmt: skip


def shipped_routines() -> list[bytes]:
    """The built-in routine files, as bytes."""
    return [path.read_bytes() for path in sorted(builtin_routines_dir().glob("*.yaml"))]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    """Set a few bytes to random values (invalid UTF-8, control characters, NULs)."""
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if mutable:
            mutable[rng.randrange(len(mutable))] = rng.randrange(256)
    return bytes(mutable)


def delete_lines(data: bytes, rng: random.Random) -> bytes:
    """Remove one to three lines, leaving fields missing or indentation broken."""
    lines = _lines(data)
    for _ in range(rng.randint(1, 3)):
        if len(lines) > 1:
            del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def duplicate_line(data: bytes, rng: random.Random) -> bytes:
    """Repeat a line (duplicate keys, extra list items)."""
    lines = _lines(data)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return b"\n".join(lines)


def _replace_value(data: bytes, rng: random.Random, choices: tuple[bytes, ...]) -> bytes:
    lines = _lines(data)
    keyed = [i for i, line in enumerate(lines) if b": " in line or line.rstrip().endswith(b":")]
    if not keyed:
        return data
    at = rng.choice(keyed)
    key = lines[at].split(b":", 1)[0]
    lines[at] = key + b": " + rng.choice(choices)
    return b"\n".join(lines)


def swap_type(data: bytes, rng: random.Random) -> bytes:
    """Give a field a value of another type (list for text, date for seconds, tags...)."""
    return _replace_value(data, rng, SWAPS)


def huge_number(data: bytes, rng: random.Random) -> bytes:
    """Give a field a huge, tiny or non-finite number."""
    return _replace_value(data, rng, HUGE_NUMBERS)


def odd_path(data: bytes, rng: random.Random) -> bytes:
    """Point an image at a folder, a loop, a FIFO, a long name or outside the folder."""
    lines = _lines(data)
    images = [i for i, line in enumerate(lines) if line.lstrip().startswith(b"image:")]
    steps = [i for i, line in enumerate(lines) if line.lstrip().startswith(b"- name:")]
    if images:
        at = rng.choice(images)
        indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
        lines[at] = indent + b"image: " + rng.choice(ODD_PATHS)
    elif steps:
        at = rng.choice(steps)
        indent = b" " * (len(lines[at]) - len(lines[at].lstrip()) + 2)
        lines.insert(at + 1, indent + b"image: " + rng.choice(ODD_PATHS))
    return b"\n".join(lines)


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    """Nest a value in many levels of lists or mappings."""
    depth = rng.choice((17, 100, 5000))
    nested = (
        b"[" * depth + b"1" + b"]" * depth
        if rng.random() < 0.5
        else b"{a: " * depth + b"1" + b"}" * depth
    )
    return _replace_value(data, rng, (nested,))


def splice(data: bytes, rng: random.Random) -> bytes:
    """Cut the file short or paste a piece of it elsewhere."""
    if not data:
        return data
    start = rng.randrange(len(data))
    piece = data[start : start + rng.randint(1, 80)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:] if rng.random() < 0.5 else data[:at]


def odd_text(data: bytes, rng: random.Random) -> bytes:
    """Insert characters YAML and Unicode treat specially."""
    specials = (
        "\u202e", "\ufeff", "\u2028", "\x85", "\t", "\r", "\x1b", "%", "&", "*", "!", "|",
        "---\n", "...\n", "? ", "<b>", "\U0001f600", "\ud7ff", "\uffff",
    )  # fmt: skip
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(specials).encode("utf-8", "surrogatepass") + data[at:]


MUTATORS: tuple[Mutator, ...] = (
    flip_bytes, delete_lines, duplicate_line, swap_type, huge_number, odd_path,
    deep_nesting, splice, odd_text,
)  # fmt: skip


def mutate(sources: list[bytes], rng: random.Random) -> bytes:
    """One shipped routine with one to four mutations applied."""
    data = rng.choice(sources)
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(MUTATORS)(data, rng)
    return data


def make_sandbox(folder: Path) -> None:
    """Give ``folder`` the odd neighbours the odd paths point at (pictures, a FIFO, a loop)."""
    pics = folder / "pics"
    pics.mkdir(exist_ok=True)
    picture = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
    (pics / "x.svg").write_bytes(picture)
    (folder / "sneaky.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/hostname"/></svg>'
    )
    locked = folder / "locked"
    locked.mkdir(exist_ok=True)
    (locked / "x.svg").write_bytes(picture)
    locked.chmod(0)
    if not (folder / "fifo.svg").exists():
        os.mkfifo(folder / "fifo.svg")
    if not (folder / "loop.svg").is_symlink():
        (folder / "loop.svg").symlink_to(folder / "loop.svg")
