"""Routine archives: what an export holds, and what an import refuses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.routine_archive import (
    ArchiveError,
    export_archive,
    free_id,
    install,
    renamed,
    unpack_archive,
)
from tests.core.test_counted import PUMPS

WITH_PICTURE = PUMPS.replace("    count: 10\n", "    image: pictures/foot.png\n    count: 10\n")


def own_routine(folder: Path) -> Path:
    """A routine file with a photo in pictures/ and a comment, as a person's folder holds."""
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "foot.png").write_bytes(b"\x89PNG\r\n\x1a\nfoot")
    path = folder / "pumps.yaml"
    path.write_text("# from my physio\n" + WITH_PICTURE, encoding="utf-8")
    return path


def test_export_holds_the_routine_as_written_and_its_own_pictures(tmp_path: Path) -> None:
    """The zip has routine.yaml (comments kept) and pictures/foot.png, nothing else."""
    source = own_routine(tmp_path / "mine")
    members = export_archive(source, tmp_path / "pumps.zip")
    assert members == ["routine.yaml", "pictures/foot.png"]
    with zipfile.ZipFile(tmp_path / "pumps.zip") as archive:
        assert archive.read("routine.yaml").decode().startswith("# from my physio\n")
        assert archive.read("pictures/foot.png").endswith(b"foot")


def test_an_export_unpacks_and_installs_to_a_loadable_routine(tmp_path: Path) -> None:
    """Export, unpack elsewhere, install into another folder: the same routine loads there."""
    source = own_routine(tmp_path / "mine")
    export_archive(source, tmp_path / "pumps.zip")
    (tmp_path / "unpacked").mkdir()
    unpacked = unpack_archive(tmp_path / "pumps.zip", tmp_path / "unpacked")
    target = install(unpacked, tmp_path / "other", file_stem="pumps")
    loaded = load_routine_file(target).routine
    original = load_routine_file(source).routine
    assert loaded is not None and original is not None
    assert loaded.steps[0].image == tmp_path / "other" / "pictures" / "foot.png"
    assert loaded.steps[0].count == original.steps[0].count == 10


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"notes.txt": b"hello"}, "has no routine.yaml"),
        ({f"x{n}.png": b"" for n in range(70)}, "holds 70 files"),
    ],
)
def test_unpack_refuses_what_is_not_a_routine_archive(
    tmp_path: Path, members: dict[str, bytes], words: str
) -> None:
    """A zip without routine.yaml, or with dozens of files, is refused with the reason."""
    path = tmp_path / "odd.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(ArchiveError, match=words):
        unpack_archive(path, tmp_path)


def test_unpack_refuses_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    """A renamed text file gives a message, not a traceback."""
    path = tmp_path / "fake.zip"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ArchiveError, match="not a readable zip"):
        unpack_archive(path, tmp_path)


def test_unpack_writes_nothing_outside_its_folder(tmp_path: Path) -> None:
    """A picture named '../evil.png' in a hostile archive is not written anywhere."""
    path = tmp_path / "evil.zip"
    text = PUMPS.replace("    count: 10\n", "    image: ../evil.png\n    count: 10\n")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("routine.yaml", text)
        archive.writestr("../evil.png", b"x")
    (tmp_path / "in").mkdir()
    unpacked = unpack_archive(path, tmp_path / "in")
    assert not (tmp_path / "evil.png").exists()
    assert load_routine_file(unpacked).routine is None  # the loader names the bad path


def test_a_different_picture_of_the_same_name_is_never_overwritten(tmp_path: Path) -> None:
    """Installing next to another routine's pictures/foot.png refuses rather than replaces."""
    source = own_routine(tmp_path / "mine")
    (tmp_path / "user" / "pictures").mkdir(parents=True)
    (tmp_path / "user" / "pictures" / "foot.png").write_bytes(b"someone else's")
    with pytest.raises(ArchiveError, match=r"different picture called pictures/foot\.png"):
        install(source, tmp_path / "user", file_stem="pumps")
    assert (tmp_path / "user" / "pictures" / "foot.png").read_bytes() == b"someone else's"


def test_keep_both_renames_id_and_name_and_keeps_comments() -> None:
    """The imported copy gets a free id and a telling name; the rest of the text is untouched."""
    text = "# mine\n" + PUMPS
    result = load_routine_text(text, Path("p.yaml"))
    new_id = free_id(["pumps", "pumps-2"], "pumps")
    assert new_id == "pumps-3"
    changed = renamed(text, result.id_line, new_id, "Pumps (pumps-3)")
    routine = load_routine_text(changed, Path("p.yaml")).routine
    assert routine is not None
    assert (routine.id, routine.name) == ("pumps-3", "Pumps (pumps-3)")
    assert changed.startswith("# mine\n")
