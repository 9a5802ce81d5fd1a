"""House rules a newcomer can rely on: no dead code.

A ratchet (issue 21): it holds now, and a change that breaks it fixes the
code, or changes the rule here on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WHITELIST = ROOT / "tools" / "vulture_whitelist.py"
SCANNED = ("spasm_stretch", "tools", "bench")
MIN_CONFIDENCE = 60  # every unused function, method, class, attribute and variable


# --- dead code ------------------------------------------------------------


def whitelisted_names() -> set[str]:
    """The names tools/vulture_whitelist.py reads (each line is ``_.name``)."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "_"
    }


def test_vulture_finds_no_dead_code() -> None:
    """Nothing in the app, the tools or the benches is unused but for the whitelist's reasons.

    vulture runs without the whitelist and the two are compared both ways:
    every finding must be named there (or the code removed), and every name
    there must still be a finding (or its line removed).
    """
    vulture = pytest.importorskip(
        "vulture", reason="vulture is not installed (pip install -e '.[dev]')"
    )
    scan = vulture.Vulture(verbose=False)
    scan.scavenge([str(ROOT / folder) for folder in SCANNED], exclude=[str(WHITELIST)])
    found = scan.get_unused_code(min_confidence=MIN_CONFIDENCE)
    listed = whitelisted_names()
    unexplained = [item.get_report() for item in found if item.name not in listed]
    assert unexplained == [], (
        "unused code: remove it, or add it to tools/vulture_whitelist.py with the reason\n"
        + "\n".join(unexplained)
    )
    stale = sorted(listed - {item.name for item in found})
    assert stale == [], f"in tools/vulture_whitelist.py but no longer unused: {stale}"
