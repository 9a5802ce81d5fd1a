"""Run a test in another language, from the translation tables in ``i18n-pending``.

The compiled ``.qm`` files are filled by the lead after the branches merge, so
a test that looks at German text reads the same tables the ``.qm`` is made
from, through a QTranslator of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import use_catalog, use_translator

TABLES = Path(__file__).resolve().parents[2] / "i18n-pending"


class TableTranslator(QTranslator):
    """Answers from the ``i18n-pending`` tables (singular and two plural forms)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.table: dict[tuple[str, str, str], Any] = {}
        for path in sorted(TABLES.glob("*.json")):
            for entry in json.loads(path.read_text(encoding="utf-8")):
                key = (entry["context"], entry["source"], entry.get("disambiguation") or "")
                self.table[key] = entry.get(language, "")

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The table's text, or the English when it has none (Qt fills in ``%n`` after)."""
        found = self.table.get((context, source, disambiguation or ""))
        if isinstance(found, list):
            return str(found[0 if n == 1 else 1])
        return str(found or source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty, so Qt asks it."""
        return False


@contextmanager
def speaking(language: str) -> Iterator[TableTranslator]:
    """Speak ``language`` (words and the locale's formats) inside the block, English after."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = TableTranslator(language)
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    use_translator(language, QCoreApplication.translate)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
        use_catalog(SOURCE_LANGUAGE)
