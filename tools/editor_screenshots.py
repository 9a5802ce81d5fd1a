"""Screenshot the routine editor in the light and dark themes, for docs/ and the README.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python tools/editor_screenshots.py docs

The editor is filled with the example from docs/routine-format.md (ten
counted ankle pumps, then a towel stretch on both sides with a photo), in
temporary settings and a temporary user folder, so nothing of the user's is
touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from spasm_stretch.cli import load_all
from spasm_stretch.settings import SettingsStore, Theme
from spasm_stretch.ui.editor.dialog import RoutineEditor
from spasm_stretch.ui.editor.form import COUNTED
from spasm_stretch.ui.main_window import MainWindow
from spasm_stretch.ui.theme import apply_theme


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


def fill(editor: RoutineEditor, picture: Path) -> None:
    """The documented example, typed into the form."""
    form = editor.form
    form.name.setText("Ankle pumps and towel stretch")
    form.id.setText("pumps-and-towel")
    form.summary.setText("Ten ankle pumps to warm up, then a towel calf stretch on each leg.")
    form.step_name.setText("Ankle pumps")
    form.instructions.setPlainText(
        "Sit with your legs out in front of you.\n"
        "Point your toes away, then pull them back towards you."
    )
    form.kind.setCurrentText(COUNTED)
    form.count.setValue(10)
    form.tempo.setValue(2)
    form.hold.setText("")
    form.rest.setValue(5)
    form.append_step()
    form.step_name.setText("Towel calf stretch")
    form.instructions.setPlainText("Loop a towel round the ball of your foot and pull gently.")
    form.hold.setText("30")
    form.both_sides.setChecked(True)
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
            window = MainWindow(load_all([]), SettingsStore(settings), clock=lambda: 0.0)
            window.show()
            editor = window.editing.new()
            fill(editor, picture)
            editor.resize(980, 800)
            app.processEvents()
            path = out / f"screenshot-editor-{theme.value}.png"
            editor.grab().save(str(path))
            print(path)
            editor.close()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
