"""The wheel carries the routines and assets, so an installed app finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_routines_assets_and_entry_point(tmp_path: Path) -> None:
    """A built wheel holds every built-in routine and translation, every picture, the command."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("spasm_stretch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for routine in sorted((ROOT / "routines").glob("*.yaml")):
        assert f"spasm_stretch/routines/{routine.name}" in names
    for side in sorted(
        path
        for top in ("routines", "assets")
        for path in (ROOT / top).glob("**/translations/*/*.yaml")
    ):
        assert f"spasm_stretch/{side.relative_to(ROOT).as_posix()}" in names
    for language in ("de", "fr", "es"):  # the window loads the .qm, the commands read the .ts
        for kind in ("qm", "ts"):
            assert f"spasm_stretch/i18n/translations/spasm_stretch_{language}.{kind}" in names
    for image in sorted((ROOT / "assets" / "images").glob("*.svg")):
        assert f"spasm_stretch/assets/images/{image.name}" in names
    metainfo = "spasm_stretch/assets/metainfo/io.github.spasm_stretch.spasm_stretch.metainfo.xml"
    assert metainfo in names  # a packager takes the AppStream file from the wheel
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "spasm-stretch = spasm_stretch.cli:main" in text
