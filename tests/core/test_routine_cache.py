"""The parsed-routine cache: fast when files are unchanged, never trusted over a file."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.routine_cache import MAGIC, RACY_SECONDS, RoutineCache

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


def framed(payload: bytes) -> bytes:
    """``payload`` as a cache file holds it: the header, its CRC-32, then the bytes."""
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def test_a_damaged_cache_is_ignored_and_written_afresh(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "routines.pickle"
    old = pickle.dumps(("an older version", {}))
    for junk in (b"", b"\x80\x05not a pickle", b"\x80\x04K\x01.", framed(b"\x80\x04K\x01."),
                 framed(old), old):  # empty, cut, not ours, another version's  # fmt: skip
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


class Trap:
    """Unpickling this would create a file: a cache that is not ours must build nothing."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path, str]]:
        return (Path.write_text, (Path(self.marker), "ran"))


def test_a_foreign_cache_runs_no_code_and_is_replaced(folder: Path, tmp_path: Path) -> None:
    """A pickle naming any global but the model's (here: a file write) is refused, not run."""
    store = tmp_path / "routines.pickle"
    marker = tmp_path / "ran"
    trap = pickle.dumps(("x", {"a": Trap(str(marker))}), protocol=pickle.HIGHEST_PROTOCOL)
    now = settled_clock(folder)
    for payload in (trap, framed(trap)):
        store.write_bytes(payload)
        cache = RoutineCache(store, now=lambda: now)
        assert len(names(folder, cache)) == 3
        assert not marker.exists()
        assert cache.reads == 3
    assert store.read_bytes().startswith(MAGIC)


@given(data=st.data())
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
def test_a_cache_damaged_anywhere_never_shows_what_the_files_do_not_say(
    folder: Path, tmp_path: Path, data: st.DataObject
) -> None:
    """Any byte changed, cut or added: the names are the files' own, and nothing crashes."""
    store = tmp_path / "fuzz" / "routines.pickle"
    now = settled_clock(folder)
    if not store.exists():
        names(folder, RoutineCache(store, now=lambda: now))
    good = store.read_bytes()
    damaged = bytearray(good)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, max(len(damaged) - 1, 0)))
        kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if kind == "flip" and damaged:
            damaged[at] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del damaged[at:]
        elif kind == "insert":
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    store.write_bytes(bytes(damaged))
    cache = RoutineCache(store, now=lambda: now)
    assert names(folder, cache) == ["My stretch 0", "My stretch 1", "My stretch 2"]
    assert cache.hits in (0, 3)
    store.write_bytes(good)


def test_a_name_damaged_inside_the_cache_is_not_shown(folder: Path, tmp_path: Path) -> None:
    """One changed byte in a cached name still unpickles; the checksum refuses it."""
    store = tmp_path / "routines.pickle"
    now = settled_clock(folder)
    names(folder, RoutineCache(store, now=lambda: now))
    store.write_bytes(store.read_bytes().replace(b"My stretch 1", b"My stretch 7"))
    cache = RoutineCache(store, now=lambda: now)
    assert names(folder, cache) == ["My stretch 0", "My stretch 1", "My stretch 2"]
    assert cache.reads == 3


WRITER = """
import sys, time
from pathlib import Path
from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.routine_cache import RoutineCache
folder, store, now = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
for _ in range(25):
    cache = RoutineCache(store, now=lambda: now)
    load_catalog([RoutineSource.folder(folder, "yours")], cache=cache)
"""


def test_two_copies_writing_at_once_leave_one_whole_cache(folder: Path, tmp_path: Path) -> None:
    """Each copy writes its own folder's routines 25 times over the other's: never a mix."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "calf.svg").write_text(SVG, encoding="utf-8")
    (other / "theirs.yaml").write_text(ROUTINE.format(n=9), encoding="utf-8")
    store = tmp_path / "shared" / "routines.pickle"
    now = max(settled_clock(folder), settled_clock(other))
    root = Path(__file__).resolve().parents[2]
    copies = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(store), str(now)], cwd=root)
        for path in (folder, other)
    ]
    assert [copy.wait(timeout=60) for copy in copies] == [0, 0]
    assert [p.name for p in store.parent.iterdir()] == ["routines.pickle"]  # no part left
    hits = []
    written = store.read_bytes()
    for path, count in ((folder, 3), (other, 1)):
        store.write_bytes(written)  # each check reads the cache as the copies left it
        cache = RoutineCache(store, now=lambda: now)
        assert len(names(path, cache)) == count
        hits.append(cache.hits)
    assert hits in ([3, 0], [0, 1])  # whichever wrote last, all of it


BROKEN = "id: broken\nname: [unclosed\nsteps: 3\n"


def test_a_routine_with_an_error_says_it_at_every_start(folder: Path, tmp_path: Path) -> None:
    """A broken file is read and reported each time, the same words, never served as fine."""
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    store = tmp_path / "routines.pickle"
    now = settled_clock(folder)
    said = []
    for _ in range(3):
        cache = RoutineCache(store, now=lambda: now)
        catalog = load_catalog([RoutineSource.folder(folder, "yours")], cache=cache)
        said.append([str(problem) for problem in catalog.errors])
        assert cache.reads >= 1
    assert said[0] and said[0] == said[1] == said[2]
    assert "broken.yaml" in said[0][0]


TRANSLATION = """\
name: Meine Dehnung {n}
summary: Nummer {n}.
steps:
  - name: Wadendehnung an der Wand
    instructions:
      - Zur Wand stellen.
"""


def test_a_translation_added_changed_or_removed_is_seen(folder: Path, tmp_path: Path) -> None:
    """The German cache follows the translation file as closely as the routine's own."""
    store = tmp_path / "routines-de.pickle"
    side = folder / "translations" / "de" / "mine-1.yaml"

    def german() -> list[str]:
        clock = settled_clock(folder) + 10
        cache = RoutineCache(store, language="de", now=lambda: clock)
        catalog = load_catalog([RoutineSource.folder(folder, "yours")], language="de", cache=cache)
        return sorted(routine.name for routine in catalog.routines)

    assert german() == ["My stretch 0", "My stretch 1", "My stretch 2"]
    side.parent.mkdir(parents=True)
    side.write_text(TRANSLATION.format(n=1), encoding="utf-8")
    assert german() == ["Meine Dehnung 1", "My stretch 0", "My stretch 2"]
    assert german() == ["Meine Dehnung 1", "My stretch 0", "My stretch 2"]  # from the cache
    before = side.stat()
    side.write_text(TRANSLATION.format(n=7), encoding="utf-8")  # same length, old time put back
    os.utime(side, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert german() == ["Meine Dehnung 7", "My stretch 0", "My stretch 2"]
    side.unlink()
    assert german() == ["My stretch 0", "My stretch 1", "My stretch 2"]


def test_a_write_cut_short_by_a_kill_is_cleared_once_stale(folder: Path, tmp_path: Path) -> None:
    """A part file a killed copy left is removed by the next write, once a minute old."""
    store = tmp_path / "cache" / "routines.pickle"
    store.parent.mkdir()
    stale, fresh = (store.parent / f".routines.pickle.{tag}.part" for tag in ("old1", "new1"))
    for part in (stale, fresh):
        part.write_bytes(b"half a cache")
    os.utime(stale, (0, 0))
    now = settled_clock(folder)
    names(folder, RoutineCache(store, now=lambda: now))
    assert sorted(p.name for p in store.parent.iterdir()) == [fresh.name, store.name]
