"""Every shipped language translates every interface string, and its .qm is current.

The check refreshes a copy of each .ts from the code with pyside6-lupdate, so
a string added to the code without a translation fails here, before release.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from spasm_stretch.i18n.catalog import qm_path, ts_path
from spasm_stretch.i18n.completeness import untranslated
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in SHIPPED if code != SOURCE_LANGUAGE]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = load_tool()


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
