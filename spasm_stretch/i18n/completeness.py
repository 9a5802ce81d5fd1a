"""What a translation still lacks or gets wrong: the checks behind the completeness test."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

_COUNT = re.compile(r"%L?n")


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, message) for every message of ``ts`` the code still has."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield name, message


def _texts(message: ET.Element) -> list[str | None]:
    translation = message.find("translation")
    if translation is None:
        return [None]
    if message.get("numerus") == "yes":
        return [form.text for form in translation.iter("numerusform")] or [None]
    return [translation.text]


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None and translation.get("type") != "unfinished" and all(_texts(message))
    )


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``ts`` that has no finished translation."""
    return [
        (context, message.findtext("source", ""))
        for context, message in _messages(ts)
        if not _finished(message)
    ]


def fields_of(text: str) -> set[str]:
    """The ``{name:spec}`` fields and ``%n`` a text fills in.

    Text that is no ``str.format`` template (a stray brace) has no fields.
    """
    found = {"%n"} if _COUNT.search(text) else set()
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return found
    return found | {f"{name}:{spec}" for _, name, spec, _ in parsed if name is not None}


def wrong_fields(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) where a translation drops or invents a field.

    A lost ``{name}`` would show a raw brace to the person (or raise at
    ``format``). A translation may use instead a field the translator comment
    (``#: {place}: ...`` above the ``tr`` call) says the code also fills; a
    plural form may leave ``%n`` out ("un calambre"); nothing else.
    """
    wrong = []
    for context, message in _messages(ts):
        source = message.findtext("source", "")
        wanted = fields_of(source)
        offered = fields_of(message.findtext("extracomment", ""))
        if message.get("numerus") == "yes":
            offered.add("%n")
        for text in filter(None, _texts(message)):
            got = fields_of(text)
            dropped = wanted - got - {"%n"} if "%n" in offered else wanted - got
            if not got <= wanted | offered or (dropped and not got & (offered - {"%n"})):
                wrong.append((context, source, text))
    return wrong
