"""The translations of one language, read from its ``.ts`` file without Qt.

The window loads the compiled ``.qm`` through ``QTranslator``; the commands that
print and exit (``list``, ``validate``, ``history``...) must not import Qt, so
they read the same translations from the ``.ts`` source, which ships beside it.
Unfinished and vanished entries are left out, so they fall back to English as
they do in Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# Which plural form a count takes, as Qt's own rules for these languages say.
_PLURAL_RULES: Mapping[str, Callable[[int], int]] = {
    "fr": lambda n: 0 if n in (0, 1) else 1,
}


_NOT_FINISHED = ("unfinished", "vanished", "obsolete")


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


def read_catalog(language: str, path: Path | None = None) -> Catalog:
    """The finished translations of ``language``; an empty catalog if there is none."""
    import xml.etree.ElementTree as ET  # only when a language is read, not at every start

    source = path or ts_path(language)
    singular: dict[Key, str] = {}
    plural: dict[Key, tuple[str, ...]] = {}
    try:
        root = ET.parse(source).getroot()  # our own file, shipped with the app
    except (OSError, ET.ParseError):
        return Catalog(language)
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if all(forms):
                    plural[key] = forms
            elif translation.text:
                singular[key] = translation.text
    return Catalog(language, singular, plural)
