"""What a translation still lacks or gets wrong: the checks behind the completeness test."""

from __future__ import annotations

import re
import string
from pathlib import Path

from spasm_stretch.i18n.catalog import is_finished, message_texts, ts_messages

_COUNT = re.compile(r"%L?n")


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in ``ts`` that has no finished translation."""
    return [
        (context, message.findtext("source", ""))
        for context, message in ts_messages(ts)
        if not is_finished(message)
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
    for context, message in ts_messages(ts):
        source = message.findtext("source", "")
        wanted = fields_of(source)
        offered = fields_of(message.findtext("extracomment", ""))
        if message.get("numerus") == "yes":
            offered.add("%n")
        for text in filter(None, message_texts(message)):
            got = fields_of(text)
            dropped = wanted - got - {"%n"} if "%n" in offered else wanted - got
            if not got <= wanted | offered or (dropped and not got & (offered - {"%n"})):
                wrong.append((context, source, text))
    return wrong
