"""Screenshot the routine editor in the light and dark themes, for docs/ and the README.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/editor_screenshots.py docs

The editor is filled with the counted example from docs/routine-format.md
(ten ankle pumps, then a towel stretch on both sides, given a photo), in
temporary settings and a temporary user folder, so nothing of the user's is
touched.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from spasm_stretch.app import window_for
from spasm_stretch.library import load_all
from spasm_stretch.settings.store import SettingsStore, Theme
from spasm_stretch.ui.editor.dialog import RoutineEditor
from spasm_stretch.ui.widgets.theme import apply_theme

ROOT = Path(__file__).resolve().parent.parent


def towel_photo(path: Path) -> Path:
    """A stand-in 'photo': a floor, a leg and a towel, drawn in a few rectangles."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8e2d6"))
    painter = QPainter(image)
    painter.fillRect(0, 430, 800, 170, QColor("#b08968"))
    painter.fillRect(150, 360, 420, 70, QColor("#4a5d7a"))
    painter.fillRect(560, 300, 40, 130, QColor("#d9a27e"))
    painter.fillRect(590, 250, 140, 30, QColor("#2a9d8f"))
    painter.end()
    image.save(str(path))
    return path


def documented_example() -> dict[str, Any]:
    """The counted-repetitions example from docs/routine-format.md, as plain data."""
    text = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if "count:" in b)
    data: dict[str, Any] = yaml.safe_load(block)
    return data


def fill(editor: RoutineEditor, picture: Path) -> None:
    """The documented example in the form, with a photo on the towel stretch."""
    editor.form.set_data(documented_example())
    editor.form.steps.setCurrentRow(1)
    editor.add_picture(picture)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        app = QApplication(sys.argv[:1])
        picture = towel_photo(Path(folder) / "towel.png")
        for theme in (Theme.LIGHT, Theme.DARK):
            apply_theme(app, theme, 100)
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            settings.setValue("disclaimer_seen", True)
            window = window_for(load_all([]), SettingsStore(settings), clock=lambda: 0.0)
            window.show()
            editor = window.editing.new()
            fill(editor, picture)
            editor.resize(980, 800)
            for _ in range(5):  # the form re-lays itself out as the picture's preview comes in
                app.processEvents()
            path = out / f"screenshot-editor-{theme.value}.png"
            editor.grab().save(str(path))
            print(path)
            editor.close()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
