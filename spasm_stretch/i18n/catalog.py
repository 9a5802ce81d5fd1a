"""The translations of one language, read from its ``.ts`` file without Qt.

The window loads the compiled ``.qm`` through ``QTranslator``; the commands that
print and exit (``list``, ``validate``, ``history``...) must not import Qt, so
they read the same translations from the ``.ts`` source, which ships beside it.
Unfinished and vanished entries are left out, so they fall back to English as
they do in Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# Which plural form a count takes, as Qt's own rules for these languages say.
_PLURAL_RULES: Mapping[str, Callable[[int], int]] = {
    "fr": lambda n: 0 if n in (0, 1) else 1,
}


def _two_forms(n: int) -> int:
    return 0 if n == 1 else 1


def ts_path(language: str) -> Path:
    """The translation source for ``language``."""
    return TRANSLATIONS_DIR / f"spasm_stretch_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation Qt loads for ``language``."""
    return TRANSLATIONS_DIR / f"spasm_stretch_{language}.qm"


Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Catalog:
    """Finished translations keyed by (context, source, disambiguation)."""

    language: str
    singular: Mapping[Key, str] = field(default_factory=dict)
    plural: Mapping[Key, tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        """``source`` in this language (English if not translated), ``%n`` filled in."""
        key = (context, source, disambiguation or "")
        text = source
        if n >= 0 and key in self.plural:
            forms = self.plural[key]
            text = forms[min(_PLURAL_RULES.get(self.language, _two_forms)(n), len(forms) - 1)]
        elif key in self.singular:
            text = self.singular[key]
        return fill_count(text, n)


def fill_count(text: str, n: int) -> str:
    """Put the count in for ``%n`` (and ``%Ln``), as ``QCoreApplication.translate`` does."""
    if n < 0:
        return text
    return text.replace("%Ln", str(n)).replace("%n", str(n))


def ts_messages(ts: Path) -> Iterator[tuple[str, Element]]:
    """(context, message) for every message of ``ts`` the code still has (not vanished).

    Raises OSError or ``xml.etree.ElementTree.ParseError`` for a file that
    cannot be read.
    """
    import xml.etree.ElementTree as ET  # only when a language is read, not at every start

    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield name, message


def message_texts(message: Element) -> list[str | None]:
    """A message's translation: its plural forms, or its one text (None where empty)."""
    translation = message.find("translation")
    if translation is None:
        return [None]
    if message.get("numerus") == "yes":
        return [form.text for form in translation.iter("numerusform")] or [None]
    return [translation.text]


def is_finished(message: Element) -> bool:
    """A translation Qt would use: present, not marked unfinished, no form left empty."""
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") != "unfinished"
        and all(message_texts(message))
    )


def read_catalog(language: str, path: Path | None = None) -> Catalog:
    """The finished translations of ``language``; an empty catalog if there is none."""
    from xml.etree.ElementTree import ParseError

    singular: dict[Key, str] = {}
    plural: dict[Key, tuple[str, ...]] = {}
    try:
        messages = list(ts_messages(path or ts_path(language)))  # our own file, shipped
    except (OSError, ParseError):
        return Catalog(language)
    for name, message in messages:
        if not is_finished(message):
            continue
        key = (name, message.findtext("source", ""), message.findtext("comment", ""))
        texts = tuple(text or "" for text in message_texts(message))
        if message.get("numerus") == "yes":
            plural[key] = texts
        else:
            singular[key] = texts[0]
    return Catalog(language, singular, plural)
