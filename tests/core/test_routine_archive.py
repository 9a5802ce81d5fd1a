"""Routine archives: what an export holds, and what an import refuses."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from spasm_stretch.core.loader import load_routine_file, load_routine_text
from spasm_stretch.core.routine_archive import (
    ArchiveError,
    export_archive,
    free_id,
    install,
    renamed,
    unpack_archive,
)
from spasm_stretch.core.routine_files import MAX_FILE_BYTES
from tests.core.test_counted import PUMPS
from tests.helpers.archives import bomb

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
    new_id = free_id(["pumps", "pumps-2"], "pumps")
    assert new_id == "pumps-3"
    changed = renamed(text, new_id, "Pumps (pumps-3)")
    routine = load_routine_text(changed, Path("p.yaml")).routine
    assert routine is not None
    assert (routine.id, routine.name) == ("pumps-3", "Pumps (pumps-3)")
    assert changed.startswith("# mine\n")


def _as_flow(text: str) -> str:
    """The same routine written flow-style, as a JSON tool would write it."""
    return json.dumps(yaml.safe_load(text), ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_as_flow(PUMPS), id="flow-style"),
        pytest.param(PUMPS.replace("id: pumps\n", "id: >-\n  pumps\n"), id="folded"),
        pytest.param(PUMPS.replace("id: pumps\n", "id: |\n  pumps\n"), id="literal"),
        pytest.param(PUMPS.replace("id: pumps\n", "'id': 'pumps' # mine\n"), id="quoted"),
        pytest.param(PUMPS.replace("id: pumps\n", "id:\n  pumps\n"), id="next-line"),
        pytest.param(
            "# mine\n" + PUMPS.replace("name: Pumps\n", "name: >\n  Pumps\n"), id="folded-name"
        ),
    ],
)
def test_keep_both_renames_the_id_whatever_its_yaml_style(text: str) -> None:
    """The renamed copy loads with the new id, in every way YAML can write the id."""
    assert load_routine_text(text, Path("p.yaml")).routine is not None
    changed = renamed(text, "pumps-2", "Pumps (pumps-2)")
    routine = load_routine_text(changed, Path("p.yaml")).routine
    assert routine is not None and routine.id == "pumps-2"
    assert renamed(changed, "pumps-3").count("pumps-3") == 1  # a second import renames again


def test_a_zip_bomb_is_refused_from_its_directory_in_little_memory(tmp_path: Path) -> None:
    """A small zip holding 60 MiB of YAML: refused from its directory, in <= 100 MB of memory.

    (Its time is measured in bench/zip_bomb.py, against unpacking a normal export.)
    """
    archive = bomb(tmp_path / "bomb.zip", 60 * 1024 * 1024)
    assert archive.stat().st_size < 200 * 1024
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from spasm_stretch.core.routine_archive import ArchiveError, unpack_archive\n"
        "try:\n"
        "    unpack_archive(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except ArchiveError as exc:\n"
        "    print(exc)\n"
        # the peak of this process's own memory (ru_maxrss would count the forking parent's)
        "print(next(line.split()[1] for line in open('/proc/self/status')"
        " if line.startswith('VmHWM:')))\n"
    )
    (tmp_path / "out").mkdir()
    done = subprocess.run([sys.executable, "-c", script, str(archive), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    message, peak_kib = done.stdout.splitlines()
    assert message == "routine.yaml inside it is larger than 256 KiB"
    assert int(peak_kib) <= 100 * 1024
    assert list((tmp_path / "out").iterdir()) == []


def test_a_routine_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    """256 KiB of routine.yaml is read; one byte more is refused before parsing."""
    for size, refused in ((MAX_FILE_BYTES, False), (MAX_FILE_BYTES + 1, True)):
        path = tmp_path / f"{size}.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("routine.yaml", PUMPS + "#" * (size - len(PUMPS.encode())))
        folder = tmp_path / str(size)
        folder.mkdir()
        if refused:
            with pytest.raises(ArchiveError, match="larger than 256 KiB"):
                unpack_archive(path, folder)
        else:
            assert unpack_archive(path, folder).stat().st_size == size


def test_a_picture_is_whole_or_absent_after_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while copying a picture: told, nothing half-written, and the retry works."""
    source = own_routine(tmp_path / "mine")
    user = tmp_path / "user"

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ArchiveError, match=r"pictures/foot\.png cannot be written \(no space"):
        install(source, user, file_stem="pumps")
    assert [p.name for p in user.rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    target = install(source, user, file_stem="pumps")
    assert load_routine_file(target).routine is not None
    assert (user / "pictures" / "foot.png").read_bytes().endswith(b"foot")
