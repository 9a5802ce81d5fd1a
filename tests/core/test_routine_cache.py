"""The parsed-routine cache: fast when files are unchanged, never trusted over a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.routine_cache import RACY_SECONDS, RoutineCache

ROUTINE = """\
id: mine-{n}
name: My stretch {n}
area: calf
summary: Number {n}.
steps:
  - name: Wall calf stretch
    image: calf.svg
    instructions:
      - Face a wall.
    hold: 30
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


def settled_clock(folder: Path) -> float:
    """A 'now' safely past the racy window of every file in ``folder``."""
    newest = max(max(p.stat().st_mtime, p.stat().st_ctime) for p in folder.iterdir())
    return newest + RACY_SECONDS + 1


def names(folder: Path, cache: RoutineCache) -> list[str]:
    catalog = load_catalog([RoutineSource.folder(folder, "yours")], cache=cache)
    return [routine.name for routine in catalog.routines]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "calf.svg").write_text(SVG, encoding="utf-8")
    for n in range(3):
        (routines / f"mine-{n}.yaml").write_text(ROUTINE.format(n=n), encoding="utf-8")
    return routines


def test_an_unchanged_folder_is_read_from_the_cache(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "cache" / "routines.pickle"
    now = settled_clock(folder)
    first = RoutineCache(store, now=lambda: now)
    assert names(folder, first) == ["My stretch 0", "My stretch 1", "My stretch 2"]
    assert (first.hits, first.reads) == (0, 3)
    second = RoutineCache(store, now=lambda: now)
    assert names(folder, second) == ["My stretch 0", "My stretch 1", "My stretch 2"]
    assert (second.hits, second.reads) == (3, 0)


def test_a_same_size_edit_with_the_old_time_put_back_is_read_again(
    folder: Path, tmp_path: Path
) -> None:
    """Size and mtime alike: the change time (and the cache's other keys) still tell."""
    store = tmp_path / "routines.pickle"
    now = settled_clock(folder)
    names(folder, RoutineCache(store, now=lambda: now))
    target = folder / "mine-1.yaml"
    before = target.stat()
    target.write_text(ROUTINE.format(n=7), encoding="utf-8")  # same length
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size
    cache = RoutineCache(store, now=lambda: now + 10)
    assert names(folder, cache) == ["My stretch 0", "My stretch 2", "My stretch 7"]
    assert cache.reads == 1


def test_a_file_changed_within_the_racy_window_is_not_kept(folder: Path, tmp_path: Path) -> None:
    """Exactly two seconds after its last change a file may still change unseen: not kept."""
    for other in ("mine-0.yaml", "mine-2.yaml"):
        (folder / other).unlink()
    info = (folder / "mine-1.yaml").stat()
    changed = max(info.st_mtime, info.st_ctime)
    store = tmp_path / "routines.pickle"
    names(folder, RoutineCache(store, now=lambda: changed + RACY_SECONDS))
    assert not store.exists()
    names(folder, RoutineCache(store, now=lambda: changed + RACY_SECONDS + 0.01))
    again = RoutineCache(store)
    names(folder, again)
    assert again.hits == 1


def test_a_damaged_cache_is_ignored_and_written_afresh(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "routines.pickle"
    for junk in (b"", b"\x80\x05not a pickle", b"\x80\x04K\x01."):  # empty, cut, not ours
        store.write_bytes(junk)
        now = settled_clock(folder)

        def clock(now: float = now) -> float:
            return now

        cache = RoutineCache(store, now=clock)
        assert len(names(folder, cache)) == 3
        assert cache.reads == 3
        assert RoutineCache(store).hits == 0  # counts start at zero; the file is readable again
        second = RoutineCache(store, now=clock)
        names(folder, second)
        assert second.hits == 3


def test_a_routine_whose_picture_is_gone_is_read_again_and_says_so(
    folder: Path, tmp_path: Path
) -> None:
    store = tmp_path / "routines.pickle"
    now = settled_clock(folder)
    names(folder, RoutineCache(store, now=lambda: now))
    (folder / "calf.svg").unlink()
    cache = RoutineCache(store, now=lambda: now + 10)
    catalog = load_catalog([RoutineSource.folder(folder, "yours")], cache=cache)
    assert cache.hits == 0
    assert any("calf.svg" in problem.message for problem in catalog.problems)


def test_a_file_with_a_problem_is_never_kept(folder: Path, tmp_path: Path) -> None:
    """Its warning is said at every start, in the language of that start."""
    (folder / "mine-0.yaml").write_text(ROUTINE.format(n=0).replace("calf.svg", "nosuch.svg"))
    store = tmp_path / "routines.pickle"
    now = settled_clock(folder)
    names(folder, RoutineCache(store, now=lambda: now))
    cache = RoutineCache(store, now=lambda: now)
    catalog = load_catalog([RoutineSource.folder(folder, "yours")], cache=cache)
    assert (cache.hits, cache.reads) == (2, 1)
    assert any("nosuch.svg" in problem.message for problem in catalog.problems)
