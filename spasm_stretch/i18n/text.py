"""Marking interface text for translation outside Qt objects.

Qt objects use ``self.tr(...)``. Everything else (Qt-free core modules, the
commands, plain helper functions) declares a context class and calls its
``tr``::

    class CrampText(Text):
        "Words of the cramp flow."

    CrampText.tr("%n cramps", "", count)

``pyside6-lupdate`` reads ``Name.tr(...)`` like a Qt class's ``tr``, so these
strings land in the same ``.ts`` files, with plural forms where a count is
passed. The class name is the context translators see, so give each module its
own, named for what it holds. In the window the words come from Qt's
installed translators; in a command that never imports Qt, from the ``.ts``
catalog of the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable

from spasm_stretch.i18n.catalog import Catalog, fill_count, read_catalog
from spasm_stretch.i18n.language import SOURCE_LANGUAGE

Translate = Callable[[str, str, "str | None", int], str]


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return fill_count(source, n)


_backend: Translate = _english
_language = SOURCE_LANGUAGE


def use_catalog(language: str, catalog: Catalog | None = None) -> None:
    """Speak ``language`` from its ``.ts`` catalog (the Qt-free commands)."""
    global _backend, _language  # noqa: PLW0603 - one language per process
    _language = language
    if language == SOURCE_LANGUAGE:
        _backend = _english
    else:
        _backend = (catalog or read_catalog(language)).translate


def use_translator(language: str, translate: Translate) -> None:
    """Speak ``language`` through ``translate`` (the window: Qt's installed translators)."""
    global _backend, _language
    _language, _backend = language, translate


def current_language() -> str:
    """The language the interface speaks now."""
    return _language


class Text:
    """A translation context for code that is not a Qt object (see the module's docstring).

    The context is the subclass's name, as ``pyside6-lupdate`` records it.
    """

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``source`` in the current language, with ``%n`` replaced by ``n`` when given."""
        return _backend(cls.__name__, source, disambiguation, n)
