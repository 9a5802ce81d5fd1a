"""The guidance kept between starts: read once, then reused while its files are unchanged."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from spasm_stretch.core import yaml_tree
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.routine_cache import RACY_SECONDS
from spasm_stretch.resources import assets_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped guidance, its files' times set safely in the past."""
    copied = Path(shutil.copytree(assets_dir() / "content", tmp_path / "content"))
    for path in copied.rglob("*.yaml"):
        os.utime(path, (0, 0))
    return copied


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every YAML text parsed while the test runs."""
    seen: list[str] = []
    real = yaml_tree.parse

    def counting(text: str) -> yaml_tree.Document:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(yaml_tree, "parse", counting)  # content imports it when it parses
    monkeypatch.setattr("spasm_stretch.core.content_language.parse", counting)
    return seen


def later(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Wall-clock time, as the cache compares file times with it, ``seconds`` from now."""
    now = time.time() + seconds
    monkeypatch.setattr(time, "time", lambda: now)


def test_unchanged_guidance_is_not_parsed_again(
    folder: Path, tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second start takes the German guidance from the cache: no YAML parsed."""
    later(monkeypatch, RACY_SECONDS + 1)  # past the racy window of the copy's change times
    first = load_guidance(folder, "de", cache_folder=tmp_path / "cache")
    assert len(parses) == 6  # three files and their German
    again = load_guidance(folder, "de", cache_folder=tmp_path / "cache")
    assert again == first
    assert len(parses) == 6
    assert first.prevention.title != load_guidance(folder).prevention.title  # German, not English


def test_a_same_size_edit_with_its_old_time_put_back_is_read(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The change time tells the cache what the size and modification time hide."""
    later(monkeypatch, RACY_SECONDS + 1)
    cache = tmp_path / "cache"
    assert load_guidance(folder, cache_folder=cache).prevention.title == "Preventing cramps"
    target = folder / "prevention.yaml"
    target.write_text(target.read_text().replace("Preventing cramps", "Avoiding cramps!"))
    os.utime(target, (0, 0))
    later(monkeypatch, RACY_SECONDS + 1)
    assert load_guidance(folder, cache_folder=cache).prevention.title == "Avoiding cramps!"


def test_a_translation_added_later_is_shown(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A guidance translation that appears after the cache was written is shown at once."""
    german = folder / "translations" / "de" / "prevention.yaml"
    text = german.read_text(encoding="utf-8")
    german.unlink()
    later(monkeypatch, RACY_SECONDS + 1)
    cache = tmp_path / "cache"
    english = load_guidance(folder, "de", cache_folder=cache).prevention.title
    assert english == "Preventing cramps"
    german.write_text(text, encoding="utf-8")
    translated = load_guidance(folder, "de", cache_folder=cache).prevention.title
    assert translated != english
    assert translated == load_guidance(folder, "de").prevention.title


def test_a_damaged_guidance_cache_is_ignored(
    folder: Path, tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Empty, cut short or with a changed word: the files are read, and their words shown."""
    later(monkeypatch, RACY_SECONDS + 1)
    cache = tmp_path / "cache"
    expected = load_guidance(folder, cache_folder=cache)
    kept = cache / "guidance-en.pickle"
    good = kept.read_bytes()
    for damaged in (b"", good[:-5], good.replace(b"Preventing cramps", b"Preventing crampz")):
        kept.write_bytes(damaged)
        before = len(parses)
        assert load_guidance(folder, cache_folder=cache) == expected
        assert len(parses) == before + 3  # read from the files again
