"""What a translation still lacks: the check behind the completeness test and the tools."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``ts`` that has no finished translation."""
    gaps = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = (
                [form.text for form in translation.iter("numerusform")]
                if translation is not None and message.get("numerus") == "yes"
                else [translation.text if translation is not None else None]
            )
            if translation is None or translation.get("type") == "unfinished" or not all(texts):
                gaps.append((name, message.findtext("source", "")))
    return gaps
