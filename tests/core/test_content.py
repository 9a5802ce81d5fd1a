"""The guidance content: complete, pointing at real routines, and checked like routines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.content import ContentError, load_guidance
from spasm_stretch.resources import assets_dir, builtin_routines_dir, images_dir

CONTENT = assets_dir() / "content"


def test_builtin_guidance_loads_with_the_seed_facts() -> None:
    """Five relief actions, four red flags (one about 10 minutes), and the disclaimer."""
    guidance = load_guidance(CONTENT)
    assert len(guidance.relief.checklist) == 5
    assert any("doctor" in item for item in guidance.relief.checklist)
    assert len(guidance.doctor.red_flags) == 4
    assert any("10 minutes" in flag for flag in guidance.doctor.red_flags)
    assert "not medical advice" in guidance.doctor.disclaimer
    assert len(guidance.prevention.tips) >= 5


def test_every_relief_button_starts_a_builtin_routine() -> None:
    """Each 'where is the cramp?' button names a routine that exists."""
    catalog = load_catalog([RoutineSource.folder(builtin_routines_dir(), "b")], [images_dir()])
    guidance = load_guidance(CONTENT)
    assert [a.label for a in guidance.relief.areas] == [
        "Calf or foot", "Back of thigh", "Front of thigh", "Neck", "Back",
    ]  # fmt: skip
    for area in guidance.relief.areas:
        assert catalog.find(area.routine_id) is not None, area


def test_a_broken_content_file_names_file_and_line(tmp_path: Path) -> None:
    """A mistake in a guidance file is reported like a routine mistake."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "doctor.yaml"
    path.write_text(
        path.read_text().replace("red_flags:\n", "red_flags: 5\nx:\n"), encoding="utf-8"
    )
    with pytest.raises(
        ContentError, match=rf"^{path}, line 4: red_flags must be a non-empty list$"
    ):
        load_guidance(folder)


def test_thresholds_and_log_choices_are_data() -> None:
    """The 10-minute flag, the 'frequent' rule of thumb and the log's choices come from YAML."""
    guidance = load_guidance(CONTENT)
    doctor = guidance.doctor
    assert (doctor.long_cramp_minutes, doctor.frequent_episodes, doctor.frequent_days) == (10, 3, 7)
    assert "reason to contact your doctor" in doctor.long_cramp_now
    assert "Night-time" in guidance.relief.tags and "Stretching" in guidance.relief.helped


@pytest.mark.parametrize("bad", ["0", "ten", "true", "1.5", "100000"])
def test_a_bad_threshold_names_file_line_and_field(tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "doctor.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "long_cramp_minutes: 10", f"long_cramp_minutes: {bad}"
    )
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(f"long_cramp_minutes: {bad}") + 1
    with pytest.raises(
        ContentError, match=rf"^{path}, line {line}: long_cramp_minutes must be a whole"
    ):
        load_guidance(folder)
