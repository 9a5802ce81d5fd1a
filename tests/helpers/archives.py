"""Hostile routine archives, shared by the import tests and bench/zip_bomb.py."""

from __future__ import annotations

import zipfile
from pathlib import Path


def bomb(path: Path, size: int) -> Path:
    """A small zip whose routine.yaml inflates to ``size`` bytes of YAML-looking list items."""
    line = b"- " + b"a" * 61 + b"\n"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("routine.yaml", "w") as member,
    ):
        for _ in range(size // len(line)):
            member.write(line)
    return path
