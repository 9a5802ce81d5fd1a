"""The catalog: many folders, overrides by id, and bad files never hiding good ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.problems import Severity
from spasm_stretch.resources import builtin_routines_dir, images_dir
from tests.helpers.routines import VALID_ROUTINE, with_line

SEED_IDS = {"calf", "calf-in-bed", "hamstring", "quadriceps", "neck", "back", "full-body"}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_routines_all_load_cleanly() -> None:
    """The built-in routines load with no error and no warning."""
    catalog = load_catalog(
        [RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()]
    )
    assert catalog.problems == ()
    assert {r.id for r in catalog.routines} == SEED_IDS


def test_every_builtin_step_has_an_existing_picture() -> None:
    """No built-in step is left without an illustration."""
    catalog = load_catalog(
        [RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()]
    )
    for routine in catalog.routines:
        for step in routine.steps:
            assert step.image is not None, f"{routine.id}: {step.name}"
            assert step.image.is_file()


def test_bad_files_do_not_hide_good_ones(tmp_path: Path) -> None:
    """A folder mixing good and broken files lists every good routine and one error per bad file."""
    folder = tmp_path / "mine"
    write(folder, "good.yaml", VALID_ROUTINE)
    write(folder, "other.yml", with_line(1, "id: other-routine"))
    write(folder, "broken.yaml", with_line(11, "    hold: -5"))
    write(folder, "empty.yaml", "")
    write(folder, "notes.txt", "not a routine, ignored")
    (folder / "dir.yaml").mkdir()
    catalog = load_catalog([RoutineSource.folder(folder, "--routines")])
    assert {r.id for r in catalog.routines} == {"test-routine", "other-routine"}
    assert sorted(p.path.name for p in catalog.errors) == ["broken.yaml", "dir.yaml", "empty.yaml"]


def test_duplicate_id_in_one_folder_is_an_error_on_the_id_line(tmp_path: Path) -> None:
    """Two files with one id: the first wins, the second is named with its id line."""
    folder = tmp_path / "mine"
    write(folder, "a.yaml", VALID_ROUTINE)
    second = write(folder, "b.yaml", VALID_ROUTINE)
    catalog = load_catalog([RoutineSource.folder(folder, "mine")])
    assert len(catalog.routines) == 1
    (problem,) = catalog.problems
    assert str(problem) == (
        f"{second}, line 1: the id 'test-routine' is already used by a.yaml; "
        "give each routine its own id"
    )


def test_user_routine_replaces_builtin_with_same_id(tmp_path: Path) -> None:
    """A user's calf.yaml replaces the built-in calf routine, and says which file it replaced."""
    user = tmp_path / "user"
    write(user, "calf.yaml", with_line(1, "id: calf"))
    catalog = load_catalog(
        [
            RoutineSource.folder(builtin_routines_dir(), "built-in"),
            RoutineSource.folder(user, "yours"),
        ],
        [images_dir()],
    )
    (entry,) = [e for e in catalog.entries if e.routine.id == "calf"]
    assert entry.routine.name == "Test routine"
    assert entry.origin == "yours"
    assert entry.replaces == builtin_routines_dir() / "calf.yaml"


def test_missing_optional_folder_is_silent_and_missing_named_folder_is_not(tmp_path: Path) -> None:
    """No user folder yet is normal; a --routines folder that does not exist is reported."""
    catalog = load_catalog(
        [
            RoutineSource.folder(tmp_path / "nope", "yours", optional=True),
            RoutineSource.folder(tmp_path / "typo", "x"),
        ]
    )
    (problem,) = catalog.problems
    assert str(problem) == f"{tmp_path / 'typo'}: no such file or folder"


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed is named, and the other folders still load."""
    locked = tmp_path / "locked"
    locked.mkdir()
    good = tmp_path / "good"
    write(good, "good.yaml", VALID_ROUTINE)
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    catalog = load_catalog([RoutineSource.folder(locked, "a"), RoutineSource.folder(good, "b")])
    assert [r.id for r in catalog.routines] == ["test-routine"]
    (problem,) = catalog.problems
    assert problem.severity is Severity.ERROR
    assert str(problem) == f"{locked}: this folder cannot be read (permission denied)"
