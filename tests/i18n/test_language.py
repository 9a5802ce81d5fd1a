"""Which language the app speaks: the command line, then the setting, then the system."""

from __future__ import annotations

import pytest

from spasm_stretch.i18n.language import choose_language, language_of, system_languages


@pytest.mark.parametrize(
    ("tag", "language"),
    [("de_DE.UTF-8", "de"), ("de_AT.UTF-8@euro", "de"), ("fr-CA", "fr"), ("es", "es"), ("C", "c")],
)
def test_the_language_part_of_a_locale_name(tag: str, language: str) -> None:
    assert language_of(tag) == language


def test_a_german_system_gets_german() -> None:
    assert choose_language(None, {"LANG": "de_DE.UTF-8"}) == "de"


def test_lc_all_wins_over_lang_and_language_lists_preferences() -> None:
    environ = {"LANG": "en_GB.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "it:es"}
    assert system_languages(environ) == ["it", "es", "fr"]
    assert choose_language(None, environ) == "es"  # Italian is not shipped; Spanish is next


def test_the_c_locale_ignores_language_as_gettext_does() -> None:
    assert choose_language(None, {"LANG": "C.UTF-8", "LANGUAGE": "de"}) == "en"


def test_an_unshipped_system_language_falls_back_to_english() -> None:
    assert choose_language(None, {"LANG": "ja_JP.UTF-8"}) == "en"


def test_asking_for_a_language_beats_the_system() -> None:
    assert choose_language("fr", {"LANG": "de_DE.UTF-8"}) == "fr"
    assert choose_language("xx", {"LANG": "de_DE.UTF-8"}) == "de"
