"""Every shipped language translates every interface string, and its .qm is current.

The check refreshes a copy of each .ts from the code with pyside6-lupdate, so
a string added to the code without a translation fails here, before release.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spasm_stretch.i18n.catalog import qm_path, ts_path
from spasm_stretch.i18n.completeness import untranslated, wrong_fields
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE
from tests.helpers.translation_tool import TOOL

TRANSLATED = [code for code in SHIPPED if code != SOURCE_LANGUAGE]


def refreshed(language: str, tmp_path: Path, extra: tuple[str, ...] = ()) -> Path:
    copy = tmp_path / ts_path(language).name
    shutil.copyfile(ts_path(language), copy)
    TOOL.update(language, copy, extra)
    return copy


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_interface_string_is_translated(language: str, tmp_path: Path) -> None:
    gaps = untranslated(refreshed(language, tmp_path))
    assert gaps == [], f"{len(gaps)} strings untranslated in {language}, e.g. {gaps[:5]}"


def test_a_string_added_without_translation_is_caught(tmp_path: Path) -> None:
    new = tmp_path / "new_page.py"
    new.write_text(
        'class NewPage:\n    def title(self):\n        return self.tr("A brand-new page")\n'
    )
    gaps = untranslated(refreshed("de", tmp_path, (str(new),)))
    assert ("NewPage", "A brand-new page") in gaps


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_translation_is_current(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    TOOL.release(ts_path(language), fresh)
    assert fresh.read_bytes() == qm_path(language).read_bytes(), (
        "run tools/update_translations.py and commit the .qm files"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_field(language: str) -> None:
    assert wrong_fields(ts_path(language)) == []


def test_a_lost_or_renamed_field_is_caught(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1" language="de"><context><name>C</name>'
        "<message><source>Cramp of {when}</source>"
        "<translation>Krampf von {wann}</translation></message>"
        "<message><source>{n} left</source><translation>noch {n}</translation></message>"
        "<message><source>In the {where}</source><extracomment>{place}: as written"
        "</extracomment><translation>{place}</translation></message>"
        '<message numerus="yes"><source>%n cramps</source><translation>'
        "<numerusform>ein Krampf</numerusform><numerusform>%n Krämpfe</numerusform>"
        "</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert wrong_fields(ts) == [("C", "Cramp of {when}", "Krampf von {wann}")]
