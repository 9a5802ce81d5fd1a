"""Which language to speak: a choice on the command line, a setting, or the system's.

Qt-free, so the commands that print and exit decide the same way the window does
without importing Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SOURCE_LANGUAGE = "en"
# Languages with a complete interface and content; docs/translating.md adds one.
SHIPPED: tuple[str, ...] = ("en", "de", "fr", "es")
NAMES: Mapping[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}


def language_of(tag: str) -> str:
    """The language part of a locale name: ``de_AT.UTF-8@euro`` and ``de-AT`` give ``de``."""
    return re.split(r"[._@-]", tag.strip(), maxsplit=1)[0].lower()


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, most wanted first (POSIX order).

    ``LANGUAGE`` (a colon list) counts only when the locale is not C/POSIX, as
    gettext does; then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``.
    """
    locale = next(
        (environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), ""
    )
    if language_of(locale) in ("", "c", "posix"):
        return []
    wanted = [language_of(part) for part in environ.get("LANGUAGE", "").split(":") if part]
    wanted.append(language_of(locale))
    return list(dict.fromkeys(wanted))


def choose_language(requested: str | None, environ: Mapping[str, str]) -> str:
    """The shipped language to use.

    ``requested`` (``--lang`` or the setting) if shipped, else the first shipped
    one the system asks for, else English.
    """
    if requested and language_of(requested) in SHIPPED:
        return language_of(requested)
    return next((code for code in system_languages(environ) if code in SHIPPED), SOURCE_LANGUAGE)
