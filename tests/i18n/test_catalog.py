"""The Qt-free reading of a translation, as the terminal commands use it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_stretch.i18n.catalog import read_catalog
from spasm_stretch.i18n.text import Text, use_catalog

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context><name>ListText</name>
<message><source>Routines</source><translation>{routines}</translation></message>
<message><source>Not yet</source><translation type="unfinished">Noch nicht</translation></message>
<message numerus="yes"><source>%n steps</source>
<translation><numerusform>%n {one}</numerusform><numerusform>%n {many}</numerusform></translation>
</message>
</context></TS>
"""


class ListText(Text):
    """The context the sample file translates."""


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    use_catalog("en")


def write(tmp_path: Path, language: str, routines: str, one: str, many: str) -> Path:
    path = tmp_path / f"{language}.ts"
    text = TS.format(language=language, routines=routines, one=one, many=many)
    path.write_text(text, encoding="utf-8")
    return path


def test_words_and_plurals_come_from_the_ts_file(tmp_path: Path) -> None:
    use_catalog("de", read_catalog("de", write(tmp_path, "de", "Übungen", "Schritt", "Schritte")))
    assert ListText.tr("Routines") == "Übungen"
    assert ListText.tr("%n steps", "", 1) == "1 Schritt"
    assert ListText.tr("%n steps", "", 0) == "0 Schritte"
    assert ListText.tr("%n steps", "", 5) == "5 Schritte"


def test_french_says_zero_in_the_singular(tmp_path: Path) -> None:
    use_catalog("fr", read_catalog("fr", write(tmp_path, "fr", "Routines", "étape", "étapes")))
    assert ListText.tr("%n steps", "", 0) == "0 étape"
    assert ListText.tr("%n steps", "", 2) == "2 étapes"


def test_unfinished_and_unknown_text_stays_english(tmp_path: Path) -> None:
    use_catalog("de", read_catalog("de", write(tmp_path, "de", "Übungen", "Schritt", "Schritte")))
    assert ListText.tr("Not yet") == "Not yet"
    assert ListText.tr("Never marked") == "Never marked"


def test_a_missing_or_broken_file_means_english_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    for path in (broken, tmp_path / "absent.ts"):
        use_catalog("de", read_catalog("de", path))
        assert ListText.tr("%n steps", "", 3) == "3 steps"
