"""Speak another language for one test: the app's translators in, then out again.

The window sets its text when its widgets are built, so a test enters
``spoken(...)`` before making its window. Afterwards the translators are
removed and the default locale and the Qt-free words are English again, so
the tests that follow read the English they assert.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.qt_install import install_language
from spasm_stretch.i18n.text import use_catalog


@contextmanager
def spoken(language: str) -> Iterator[None]:
    """Install ``language`` as the app does at startup, for the ``with`` block only."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_language(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
        use_catalog(SOURCE_LANGUAGE)
