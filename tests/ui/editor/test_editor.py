"""The routine editor, driven through the window as a person would use it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from spasm_stretch.app import window_for
from spasm_stretch.cli import main
from spasm_stretch.core.engine import EventKind, SessionEvent
from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.model import Side
from spasm_stretch.core.routine_files import ImageFinder
from spasm_stretch.library import load_all
from spasm_stretch.resources import images_dir
from spasm_stretch.settings.store import SettingsStore
from spasm_stretch.ui.editor import controller as editor_controller
from spasm_stretch.ui.editor.dialog import RoutineEditor
from spasm_stretch.ui.editor.form import COUNTED, FLOW, HOLD, RoutineForm
from spasm_stretch.ui.shell.window import MainWindow
from spasm_stretch.user_paths import user_routines_dir
from tests.helpers.clock import FakeClock
from tests.helpers.windows import FakeVoice, day_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Iterator[MainWindow]:
    """A window whose F5 (and the editor's save) reloads the real catalog."""
    store = SettingsStore(
        QSettings(str(day_settings(tmp_path / "s.ini")), QSettings.Format.IniFormat)
    )
    made = window_for(
        load_all([]), store, clock=clock, reload_catalog=lambda: load_all([]), make_voice=FakeVoice
    )
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.editing.editor is not None:
        made.editing.editor.close()


def photo(path: Path, width: int = 2400, height: int = 1800) -> Path:
    """A PNG 'photo' larger than any screen."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    assert image.save(str(path))
    return path


def fill_pumps_and_towel(editor: RoutineEditor, picture: Path) -> None:
    """Type in 10 counted ankle pumps at 2 s and a 30 s towel stretch on both sides."""
    form = editor.form
    form.name.setText("Pumps and towel")
    form.id.setText("pumps-and-towel")
    form.area.setCurrentText("calf")
    form.summary.setText("Ten ankle pumps, then a towel calf stretch on each leg.")
    form.steps.setCurrentRow(0)
    form.step_name.setText("Ankle pumps")
    form.instructions.setPlainText("Sit with your legs out.\nPoint the toes, then pull back.")
    form.kind.setCurrentIndex(form.kind.findData(COUNTED))
    form.count.setValue(10)
    form.tempo.setValue(2)
    form.hold.setText("")
    form.rest.setValue(5)
    form.append_step()
    form.step_name.setText("Towel calf stretch")
    form.instructions.setPlainText("Loop a towel round the foot.\nPull gently and hold.")
    form.hold.setText("30")
    form.both_sides.setChecked(True)
    assert editor.add_picture(picture)


def run_to_end(window: MainWindow, clock: FakeClock) -> list[SessionEvent]:
    assert window.session.driver is not None
    events: list[SessionEvent] = []
    window.session.driver.event_fired.connect(events.append)
    while not events or events[-1].kind is not EventKind.ROUTINE_DONE:
        clock.advance(0.5)
        window.session.driver.refresh()
    return events


def test_create_save_validate_and_run_a_counted_routine_with_a_photo(
    window: MainWindow, clock: FakeClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """New routine: 10 counted pumps and a two-sided towel stretch with a PNG, saved and run."""
    editor = window.editing.new()
    fill_pumps_and_towel(editor, photo(tmp_path / "towel.png"))
    assert editor.save_button.isEnabled()
    assert editor.total.text() == "1:40 in all, 1:20 stretching"
    saved = editor.save()
    assert saved == user_routines_dir() / "pumps-and-towel.yaml"
    picture = user_routines_dir() / "pictures" / "towel.png"
    assert max(QImage(str(picture)).size().toTuple()) == 1600  # scaled down for display
    assert "image: pictures/towel.png" in saved.read_text(encoding="utf-8")
    assert main(["validate", str(saved)]) == 0
    assert "ok" in capsys.readouterr().out.lower()
    assert window.picker.current_id() == "pumps-and-towel"  # the list shows what was saved
    mask = os.umask(0)
    os.umask(mask)
    assert saved.stat().st_mode & 0o777 == 0o666 & ~mask  # readable like any file one saves
    window.session.start_routine("pumps-and-towel")
    assert window.session.view.phase.text() == "Get into position"
    events = run_to_end(window, clock)
    reps = [e.text for e in events if e.starts_segment and e.segment.repetition]
    assert reps == [f"Rep {k} of 10" for k in range(1, 11)]
    assert [e.segment.side for e in events if e.kind is EventKind.SWITCH_SIDES] == [Side.RIGHT]


def test_messages_appear_beside_the_field_as_one_types(window: MainWindow) -> None:
    """A hold of '30s' puts the loader's own message under Hold and disables Save."""
    editor = window.editing.new()
    editor.form.hold.setText("30s")
    error = editor.form.step_fields.errors["hold"]
    assert error.isVisible()
    assert "hold must be seconds between 1 and 600" in error.text()
    assert "got '30s'" in error.text()
    assert not editor.save_button.isEnabled()
    editor.form.hold.setText("30-20")
    assert error.isVisible() and 'runs low to high: write "20-30"' in error.text()
    editor.form.hold.setText("20-30")
    assert not error.isVisible()
    assert editor.save_button.isEnabled()


def test_an_id_already_taken_is_marked_on_the_id_field(window: MainWindow) -> None:
    """Giving a new routine the id of an existing one is refused beside the id."""
    editor = window.editing.new()
    editor.form.id.setText("calf")
    assert "already used by 'Calf stretch'" in editor.form.routine_fields.errors["id"].text()
    assert not editor.save_button.isEnabled()


def test_steps_reorder_with_keys(window: MainWindow, qtbot: QtBot) -> None:
    """Alt+Up on the step list moves the step up, and the saved order follows."""
    editor = window.editing.new()
    editor.form.append_step()
    editor.form.step_name.setText("Second")
    editor.activateWindow()
    editor.form.steps.setFocus()
    qtbot.waitUntil(editor.form.steps.hasFocus)
    qtbot.keyClick(editor.form.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s["name"] for s in editor.form.data()["steps"]] == ["Second", "Stretch 1"]


def test_try_it_runs_the_unsaved_draft(window: MainWindow) -> None:
    """Try it starts the routine as it stands, without writing any file."""
    editor = window.editing.new()
    editor.form.step_name.setText("Just trying")
    editor.try_button.click()
    assert window.session.driver is not None
    assert (
        window.session.routine is not None and window.session.routine.steps[0].name == "Just trying"
    )
    assert not user_routines_dir().exists() or not list(user_routines_dir().glob("*.yaml"))


def test_duplicate_of_a_built_in_saves_an_own_copy(window: MainWindow) -> None:
    """Duplicate works on built-in routines; the copy is 'yours' and loads the same steps."""
    editor = window.editing.duplicate("back")
    assert editor is not None
    assert editor.form.id.text() == "back-copy"
    saved = editor.save()
    assert saved is not None
    copy = load_routine_file(saved, ImageFinder([images_dir()])).routine
    original = window.services.catalog.current.find("back")
    assert copy is not None and original is not None
    assert copy.steps == original.steps
    assert window.editing.is_own("back-copy")


def test_editing_a_commented_file_opens_the_text_editor_instead(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hand-written file with comments is never rewritten: it goes to the text editor."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    path = folder / "mine.yaml"
    text = (
        "# my physio's routine\nid: mine\nname: Mine\narea: calf\nsummary: S.\nsteps:\n"
        "  - name: Stretch  # the one she showed me\n    instructions: [Do it.]\n    hold: 30\n"
    )
    path.write_text(text, encoding="utf-8")
    window.services.catalog.reload()
    opened: list[Path] = []

    def opener(target: Path) -> bool:
        opened.append(target)
        return True

    monkeypatch.setattr(window.editing, "_opener", opener)
    monkeypatch.setattr(
        editor_controller, "ask_about_comments", lambda *_: editor_controller.OPEN_TEXT_EDITOR
    )
    assert window.editing.edit("mine") is None
    assert opened == [path]
    assert path.read_text(encoding="utf-8") == text


def test_editing_an_own_plain_file_saves_over_it(window: MainWindow) -> None:
    """A file the editor wrote is edited in place and still loads."""
    editor = window.editing.new()
    saved = editor.save()
    assert saved is not None
    window.services.catalog.reload()
    again = window.editing.edit("my-routine")
    assert again is not None
    again.form.summary.setText("Changed.")
    assert again.save() == saved
    routine = load_routine_file(saved).routine
    assert routine is not None and routine.summary == "Changed."


@pytest.mark.parametrize(
    ("button", "expected"),
    [("Open in text editor", "open"), ("Edit a copy", "copy"), ("Cancel", "")],
)
def test_the_comments_question_returns_the_clicked_answer(
    window: MainWindow, qtbot: QtBot, button: str, expected: str
) -> None:
    """The real question box: each button gives its answer, Cancel gives none."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    assert editor_controller.ask_about_comments(window, "mine.yaml") == expected


def test_a_saved_routine_is_offered_to_the_cramp_buttons(window: MainWindow) -> None:
    """After saving a calf routine, Settings offers it for the calf cramp button."""
    window.preferences.open()
    assert window.preferences.dialog is not None
    window.preferences.dialog.close()
    editor = window.editing.new()
    editor.form.id.setText("my-calf")
    assert editor.save() is not None
    window.preferences.open()
    assert window.preferences.dialog is not None
    box = window.preferences.dialog.relief.boxes["calf"]
    assert "my-calf" in [box.itemData(i) for i in range(box.count())]
    window.preferences.dialog.close()


def test_a_new_routines_id_follows_its_name_until_typed(window: MainWindow, qtbot: QtBot) -> None:
    """Typing a name fills in a matching id; once the id is typed, the name leaves it alone."""
    editor = window.editing.new()
    editor.form.name.clear()
    qtbot.keyClicks(editor.form.name, "Ankle pumps (mine)")
    assert editor.form.id.text() == "ankle-pumps-mine"
    qtbot.keyClicks(editor.form.id, "-2")
    qtbot.keyClicks(editor.form.name, "!")
    assert editor.form.id.text() == "ankle-pumps-mine-2"


def test_a_taken_id_is_marked_even_while_other_fields_are_wrong(window: MainWindow) -> None:
    """Both the bad hold and the taken id are shown, each beside its field."""
    editor = window.editing.new()
    editor.form.hold.setText("30s")
    editor.form.id.setText("calf")
    assert "already used" in editor.form.routine_fields.errors["id"].text()
    assert "got '30s'" in editor.form.step_fields.errors["hold"].text()


def test_changing_a_steps_kind_keeps_only_what_belongs_to_it(window: MainWindow) -> None:
    """A 30 s hold made counted: no 30 s pause after each rep; made a hold again: 30 s back."""
    editor = window.editing.new()
    form = editor.form
    form.steps.setCurrentRow(0)
    assert form.hold.text() == "30"
    form.kind.setCurrentIndex(form.kind.findData(COUNTED))
    form.count.setValue(10)
    form.tempo.setValue(2)
    assert form.hold.text() == ""
    assert form.steps.currentItem().text().endswith("10 x 2 s")
    form.kind.setCurrentIndex(form.kind.findData(HOLD))
    assert form.hold.text() == "30"
    assert set(form.data()["steps"][0]) & {"count", "tempo", "flow"} == set()
    form.kind.setCurrentIndex(form.kind.findData(FLOW))
    form.add_pose.click()
    form.add_pose.click()
    assert len(form.data()["steps"][0]["flow"]) == 2
    form.kind.setCurrentIndex(form.kind.findData(COUNTED))
    step = form.data()["steps"][0]
    assert "flow" not in step and "hold" not in step and (step["count"], step["tempo"]) == (10, 2)
    editor.close()


def row_labels(form: RoutineForm) -> list[str]:
    """The step form's labels on screen, without their access-key marks."""
    layout = form.step_fields.layout
    labels = [layout.labelForField(box) for box in form.step_fields.widgets.values()]
    return [
        label.text().replace("&", "") for label in labels
        if isinstance(label, QLabel) and label.isVisibleTo(form)
    ]  # fmt: skip


def test_repetitions_and_the_repeat_of_a_set_have_two_names_never_reps(window: MainWindow) -> None:
    """Counted: "Repetitions" and "Sets"; a hold: "Repeat", n times. "Reps" is gone."""
    editor = window.editing.new()
    form = editor.form
    assert "Repeat:" in row_labels(form) and "Repetitions:" not in row_labels(form)
    assert form.reps.suffix() == " \u00d7"
    form.kind.setCurrentIndex(form.kind.findData(COUNTED))
    labels = row_labels(form)
    assert "Repetitions:" in labels and "Sets:" in labels
    assert not any(label.startswith("Reps") for label in labels)
    assert form.reps.accessibleName() == "Sets"
    editor.close()


def test_the_chosen_photo_is_shown_under_its_name_and_goes_with_no_picture(
    window: MainWindow, tmp_path: Path
) -> None:
    """A 2400x1800 photo chosen for a step is previewed, scaled down; "No picture" hides it."""
    editor = window.editing.new()
    form = editor.form
    assert not form.picture_preview.isVisibleTo(form)
    assert editor.add_picture(photo(tmp_path / "calf.png"))
    assert form.picture_preview.isVisibleTo(form)
    shown = form.picture_preview.pixmap()
    assert (shown.width(), shown.height()) == (213, 160)  # 2400x1800 within 240x160
    editor.resize(980, 800)
    for _ in range(6):
        QApplication.processEvents()
    assert form.picture_preview.size() == shown.size(), "whole, not squeezed by the form"
    assert shown.toImage().pixelColor(10, 10) == QColor("#88aacc")
    form.clear_picture.click()
    assert not form.picture_preview.isVisibleTo(form)
    editor.close()
