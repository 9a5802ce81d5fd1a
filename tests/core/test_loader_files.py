"""Hostile files and paths: each gives the loader's own message, never a traceback or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.problems import Problem, Severity
from tests.helpers.routines import VALID_ROUTINE, with_line

PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4"/></svg>'


def routine_with_image(folder: Path, image: str, name: str = "pic.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(with_line(14, f"    rest: 5\n    image: {image}"), encoding="utf-8")
    return path


def only_message(path: Path) -> str:
    result = load_routine_file(path)
    assert result.routine is None
    (problem,) = result.problems
    return str(problem)


@pytest.mark.parametrize("image", ['"."', '"./"', '"pics/"'])
def test_an_image_naming_a_folder_is_refused(tmp_path: Path, image: str) -> None:
    """image: "." or "./" names the file and line instead of raising IndexError."""
    (tmp_path / "pics").mkdir()
    path = routine_with_image(tmp_path, image)
    message = only_message(path)
    assert message.startswith(f"{path}, line 15: step 1 (First stretch): image ")
    assert "not a file name" in message or "was not found" in message


def test_a_hold_too_large_for_a_float_is_refused(tmp_path: Path) -> None:
    """hold: 10^309 is out of range, not an OverflowError."""
    path = tmp_path / "huge.yaml"
    path.write_text(with_line(11, "    hold: 1" + "0" * 309), encoding="utf-8")
    assert only_message(path) == (
        f"{path}, line 11: step 1 (First stretch): hold must be seconds between 1 and 600 "
        '(a number like 30 or a range like "20-30"), got a number too large to be seconds'
    )


def test_a_300_character_image_path_is_refused_with_a_short_message(tmp_path: Path) -> None:
    """An image name longer than the file system allows is reported, shortened, not raised."""
    (tmp_path / "pics").mkdir()
    path = routine_with_image(tmp_path, "pics/" + "a" * 300)
    message = only_message(path)
    assert "cannot be read (the name is too long for the file system)" in message
    assert len(message) < len(str(path)) + 200


def test_a_picture_in_an_unsearchable_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pics/ that may not be searched: the routine names the picture and the reason."""
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "x.svg").write_text(PICTURE, encoding="utf-8")
    path = routine_with_image(tmp_path, "pics/x.svg")
    real_stat = Path.stat

    def stat(self: Path, **kwargs: bool) -> os.stat_result:
        if self.parent.name == "pics":  # root ignores chmod, so refuse as the kernel would
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    assert only_message(path).endswith("image 'pics/x.svg' cannot be read (permission denied)")


def only_problem_beside_a_good_routine(folder: Path) -> Problem:
    """Load ``folder`` with a good routine added: it loads, and the one problem is returned."""
    (folder / "good.yaml").write_text(VALID_ROUTINE, encoding="utf-8")
    catalog = load_catalog([RoutineSource.folder(folder, "yours")])
    assert [r.id for r in catalog.routines] == ["test-routine"]
    (problem,) = catalog.problems
    return problem


def test_a_fifo_named_like_a_routine_does_not_block(tmp_path: Path) -> None:
    """A named pipe x.yaml is reported at once (open would otherwise wait for a writer)."""
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    problem = only_problem_beside_a_good_routine(tmp_path)
    assert str(problem) == f"{fifo}: this is a named pipe (FIFO), not a routine file; " + (
        "a routine is a text file"
    )


def test_a_symlink_loop_is_named_as_a_loop(tmp_path: Path) -> None:
    """Validating a link to itself says it loops, not that there is no such file."""
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    catalog = load_catalog([RoutineSource.folder(loop, "given")])
    (problem,) = catalog.problems
    assert problem.severity is Severity.ERROR
    assert (
        str(problem) == f"{loop}: this cannot be opened (a symbolic link that loops back on itself)"
    )


def test_a_symlink_loop_inside_a_folder_is_named(tmp_path: Path) -> None:
    """In a routines folder the loop is one message and the other files still load."""
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    assert "loops back on itself" in only_problem_beside_a_good_routine(tmp_path).message


def test_a_dangling_link_is_named_as_such(tmp_path: Path) -> None:
    """A link to a file that is gone says so, instead of 'no such file'."""
    link = tmp_path / "gone.yaml"
    link.symlink_to(tmp_path / "missing.yaml")
    (problem,) = load_catalog([RoutineSource.folder(link, "given")]).problems
    assert problem.message == "this link points to a file that does not exist"


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/hostname"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="file:///home/someone/photo.png"/></svg>',
        '<!DOCTYPE svg [<!ENTITY p "/etc/hostname">]>'
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="&p;"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(/tmp/x.css);</style></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(/tmp/x.svg#g)"/></svg>',
        "<svg",
    ],
)
def test_a_picture_that_pulls_in_outside_files_is_refused(tmp_path: Path, svg: str) -> None:
    """An SVG that would show a file from elsewhere keeps its routine out, with a message."""
    (tmp_path / "sneaky.svg").write_text(svg, encoding="utf-8")
    path = routine_with_image(tmp_path, "sneaky.svg")
    assert "image 'sneaky.svg' cannot be shown: it" in only_message(path)


def test_a_self_contained_picture_is_accepted(tmp_path: Path) -> None:
    """Fragment links and data: URIs stay inside the picture, so they are fine."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<defs><rect id="r" width="2" height="2"/></defs><use xlink:href="#r"/>'
        '<image href="data:image/png;base64,iVBORw0KGgo="/>'
        '<rect style="fill:url(#r)"/></svg>'
    )
    (tmp_path / "fine.svg").write_text(svg, encoding="utf-8")
    path = routine_with_image(tmp_path, "fine.svg")
    routine = load_routine_file(path).routine
    assert routine is not None
    assert routine.steps[0].image == tmp_path / "fine.svg"


def test_bidi_controls_are_removed_from_names_and_instructions(tmp_path: Path) -> None:
    """U+202E cannot make a name display reversed: the loader drops every bidi control."""
    text = with_line(2, "name: \u202eenituor\u202c Test").replace(
        "- Do the first thing.", "- \u2067Do\u2069 the \u200ffirst thing."
    )
    text = text.replace("name: First stretch", "name: First \u202dstretch")
    path = tmp_path / "bidi.yaml"
    path.write_text(text, encoding="utf-8")
    routine = load_routine_file(path).routine
    assert routine is not None
    assert routine.name == "enituor Test"
    assert routine.steps[0].name == "First stretch"
    assert routine.steps[0].instructions[0] == "Do the first thing."


def test_a_name_of_only_bidi_controls_is_refused(tmp_path: Path) -> None:
    """A name that would be empty without its controls is not text."""
    path = tmp_path / "empty.yaml"
    path.write_text(with_line(2, 'name: "\u202e\u202c"'), encoding="utf-8")
    assert "line 2: name must be text" in only_message(path)


@pytest.mark.parametrize("name", ["photo.png", "photo.JPG", "photo.jpeg", "photo.webp"])
def test_png_jpeg_and_webp_pictures_are_accepted(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"not decoded by the loader")
    result = load_routine_file(routine_with_image(tmp_path, name))
    assert result.routine is not None
    assert result.routine.steps[0].image == tmp_path / name


def test_another_picture_format_is_named_with_the_ones_that_work(tmp_path: Path) -> None:
    (tmp_path / "photo.bmp").write_bytes(b"BM")
    message = only_message(routine_with_image(tmp_path, "photo.bmp"))
    assert "image 'photo.bmp' is not a picture the app can show: use SVG, PNG, JPEG or WebP" in (
        message
    )


def test_image_side_says_which_side_the_picture_shows(tmp_path: Path) -> None:
    (tmp_path / "p.svg").write_text(PICTURE, encoding="utf-8")
    path = tmp_path / "side.yaml"
    path.write_text(
        with_line(14, "    rest: 5\n    image: p.svg\n    image_side: right"), encoding="utf-8"
    )
    result = load_routine_file(path)
    assert result.routine is not None and result.routine.steps[0].image_side.value == "right"
    path.write_text(
        with_line(14, "    rest: 5\n    image: p.svg\n    image_side: up"), encoding="utf-8"
    )
    assert "image_side must be 'left' or 'right'" in only_message(path)
