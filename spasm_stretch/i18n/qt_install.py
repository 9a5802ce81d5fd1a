"""Install the chosen language into a running Qt application.

Our own ``.qm`` and Qt's ``qtbase`` one (standard buttons, file dialogs), and
the locale that formats dates and numbers. Interface text is set when widgets
are built, so a new language applies at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from spasm_stretch.i18n.catalog import qm_path
from spasm_stretch.i18n.language import SOURCE_LANGUAGE, language_of
from spasm_stretch.i18n.text import use_translator


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``app`` speak ``language``; returns the translators, which must stay referenced.

    The system locale still formats dates when it speaks the same language
    (``de_AT`` keeps Austrian formats); otherwise the language's own locale does.
    """
    if language_of(QLocale.system().name()) != language:
        QLocale.setDefault(QLocale(language))
    use_translator(language, QCoreApplication.translate)
    if language == SOURCE_LANGUAGE:
        return []
    ours, qt_own = QTranslator(app), QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = (
        ours.load(str(qm_path(language))),
        qt_own.load(QLocale(language), "qtbase", "_", qt_folder),
    )
    return [
        translator
        for translator, ok in zip((ours, qt_own), loaded, strict=True)
        if ok and app.installTranslator(translator)
    ]
