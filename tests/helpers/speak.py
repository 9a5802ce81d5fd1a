"""Make a test speak another language from a few messages of its own.

A test that needs some translated words builds them here, so it checks that
the code asks for the right (context, source) and formats dates the locale's
way, whatever wording the shipped catalogs hold today.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from spasm_stretch.i18n.catalog import Catalog
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import use_catalog, use_translator
from tests.helpers.translation_tool import TOOL

# (context, source) -> the translation; a list holds plural forms.
Messages = Mapping[tuple[str, str], "str | list[str]"]


def catalog(language: str, messages: Messages) -> Catalog:
    """A Qt-free catalog holding just ``messages``."""
    singular = {(c, s, ""): t for (c, s), t in messages.items() if isinstance(t, str)}
    plural = {(c, s, ""): tuple(t) for (c, s), t in messages.items() if isinstance(t, list)}
    return Catalog(language, singular, plural)


@contextmanager
def speaking(language: str, messages: Messages) -> Iterator[None]:
    """The Qt-free commands speak ``language`` from ``messages``; English again afterwards."""
    use_catalog(language, catalog(language, messages))
    try:
        yield
    finally:
        use_catalog(SOURCE_LANGUAGE)


def write_ts(language: str, messages: Messages, path: Path) -> Path:
    """A ``.ts`` file with ``messages``, as lupdate and a translator would leave it."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for (context, source), text in messages.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if isinstance(text, list):
            message.set("numerus", "yes")
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def compiled(language: str, messages: Messages, folder: Path) -> Path:
    """``messages`` compiled to a ``.qm`` Qt can load (skips the test without lrelease)."""
    if shutil.which(TOOL.tool("pyside6-lrelease")) is None:
        pytest.skip("pyside6-lrelease (ships with PySide6) is not installed")
    ts = write_ts(language, messages, folder / f"test_{language}.ts")
    qm = ts.with_suffix(".qm")
    TOOL.release(ts, qm)
    return qm


@contextmanager
def window_speaking(language: str, messages: Messages, folder: Path) -> Iterator[None]:
    """The running QApplication speaks ``language`` (words and locale) for the block."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(compiled(language, messages, folder)))
    before = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    use_translator(language, QCoreApplication.translate)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
        use_catalog(SOURCE_LANGUAGE)
