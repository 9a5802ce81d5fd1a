"""New, Duplicate and Edit: opens the editor on the right data and reports what was saved.

Comments in a hand-written file cannot survive a rewrite (the writer builds
clean YAML from the routine), so editing a file with comments is refused and
the file is offered to the person's own text editor, or duplicated into the
app's editor instead. Nothing is ever silently lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from spasm_stretch.core.loader import load_routine_text
from spasm_stretch.core.routine_files import ImageFinder, RoutineError, read_routine_text
from spasm_stretch.core.routine_writer import has_comments, remove_leftovers, routine_data
from spasm_stretch.i18n.text import Text
from spasm_stretch.ui.editor.questions import choose
from spasm_stretch.ui.picker.problems import open_in_system

if TYPE_CHECKING:  # types only (the editor's widgets are imported when it first opens)
    from spasm_stretch.core.model import Routine
    from spasm_stretch.ui.editor.dialog import RoutineEditor
    from spasm_stretch.ui.editor.library import RoutineLibrary

BUILT_IN = "built-in"
OPEN_TEXT_EDITOR = "open"
EDIT_A_COPY = "copy"


class EditorQuestions(Text):
    """What the editor asks before it opens a routine, and what a new one starts with."""


def ask_about_comments(parent: QWidget, file_name: str) -> str:
    """Ask what to do with a hand-commented file: OPEN_TEXT_EDITOR, EDIT_A_COPY or ""."""
    return choose(
        parent,
        EditorQuestions.tr("A file with comments"),
        EditorQuestions.tr(
            "{file} has comments written by hand. Saving from the editor would lose "
            "them, so it opens in your text editor instead (the list updates when you save "
            "it there). Or edit a copy in the app."
        ).format(file=file_name),
        [
            (
                OPEN_TEXT_EDITOR,
                EditorQuestions.tr("Open in text editor"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            (EDIT_A_COPY, EditorQuestions.tr("Edit a copy"), QMessageBox.ButtonRole.ActionRole),
        ],
    )


def blank_routine() -> dict[str, Any]:
    """What New starts from: one step, the fields a person must fill in."""
    from spasm_stretch.ui.editor.form import new_step

    return {
        "id": "my-routine",
        "name": EditorQuestions.tr("My routine"),
        "area": "calf",
        "summary": EditorQuestions.tr("What this routine is for."),
        "steps": [new_step(1)],
    }


class EditorController(QObject):
    """Owns the routine editor and its actions; the window only adds them to a menu.

    Signals:
        try_routine(object): run this (unsaved) Routine now.
        saved(str): the id of a routine just written to the user folder.
    """

    try_routine = Signal(object)
    saved = Signal(str)

    def __init__(
        self,
        window: QWidget,
        library: RoutineLibrary,
        *,
        opener: Callable[[Path], bool] = open_in_system,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.library = library
        self._opener = opener
        self.editor: RoutineEditor | None = None
        remove_leftovers(library.user_folder)  # an interrupted save's temporary files
        self.new_action = self._action(self.tr("&New routine…"), "Ctrl+N", self.new)
        self.duplicate_action = self._action(
            self.tr("&Duplicate routine…"), "Ctrl+D", self.duplicate
        )
        self.edit_action = self._action(self.tr("&Edit routine…"), "Ctrl+E", self.edit)
        self.actions = [self.new_action, self.duplicate_action, self.edit_action]

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(keys)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def is_own(self, routine_id: str) -> bool:
        """Whether ``routine_id`` is one of the person's own (editable) routines."""
        entry = next(
            (e for e in self.library.catalog().entries if e.routine.id == routine_id), None
        )
        return entry is not None and entry.origin != BUILT_IN

    def new(self) -> RoutineEditor:
        """Open the editor on a fresh routine, whose id follows the name typed."""
        editor = self._open(blank_routine(), None, exclude="")
        editor.form.id_follows_name = True
        return editor

    def duplicate(self, routine_id: str | None = None) -> RoutineEditor | None:
        """Open the editor on a copy of ``routine_id`` (or the highlighted routine)."""
        routine = self.library.find(routine_id)
        if routine is None:
            return None
        ids = {r.id for r in self.library.catalog().routines}
        new_id = f"{routine.id[:35]}-copy"
        number = 2
        while new_id in ids:
            new_id = f"{routine.id[:33]}-copy{number}"
            number += 1
        data = routine_data(routine, None, self.library.image_folders)
        data.update(id=new_id, name=self.tr("{routine} (copy)").format(routine=routine.name))
        editor = self._open(data, None, exclude="")
        self._stage_own_pictures(editor, routine)
        return editor

    def edit(self, routine_id: str | None = None) -> RoutineEditor | None:
        """Open the editor on one's own routine; a commented file goes to a text editor."""
        routine = self.library.find(routine_id)
        if routine is None or routine.source is None:
            return None
        if not self.is_own(routine.id):
            answer = QMessageBox.question(
                self._window,
                self.tr("Built-in routine"),
                self.tr(
                    "{routine} comes with the app and cannot be changed. Edit a copy of it instead?"
                ).format(routine=repr(routine.name)),
            )
            return self.duplicate(routine.id) if answer is QMessageBox.StandardButton.Yes else None
        try:
            text = read_routine_text(routine.source)
        except RoutineError as exc:
            QMessageBox.warning(
                self._window,
                self.tr("Cannot edit"),
                self.tr("{file}: {problem}").format(file=routine.source, problem=exc.message),
            )
            return None
        if has_comments(text):
            return self._refuse_commented(routine)
        # The file's own text, not the translation the list shows: saving writes this file.
        images = ImageFinder(self.library.image_folders)
        own = load_routine_text(text, routine.source, images).routine or routine
        data = routine_data(own, routine.source.parent, self.library.image_folders)
        return self._open(data, routine.source, exclude=routine.id)

    def _refuse_commented(self, routine: Routine) -> RoutineEditor | None:
        assert routine.source is not None
        choice = ask_about_comments(self._window, routine.source.name)
        if choice == OPEN_TEXT_EDITOR:
            self._opener(routine.source)
        elif choice == EDIT_A_COPY:
            return self.duplicate(routine.id)
        return None

    def _open(self, data: dict[str, Any], target: Path | None, *, exclude: str) -> RoutineEditor:
        from spasm_stretch.ui.editor.dialog import RoutineEditor

        if self.editor is not None:
            self.editor.close()
        taken = {r.id: r.name for r in self.library.catalog().routines if r.id != exclude}
        editor = RoutineEditor(
            data,
            self.library.user_folder,
            [self.library.user_folder, *self.library.image_folders],
            target=target,
            taken_ids=taken,
            parent=self._window,
        )
        editor.try_routine.connect(self.try_routine)
        editor.saved.connect(self.saved)
        if target is not None:
            editor.reload_wanted.connect(lambda: self.edit(exclude))
        self.editor = editor
        editor.show()
        return editor

    def _stage_own_pictures(self, editor: RoutineEditor, routine: Routine) -> None:
        """A copy takes its own copies of pictures that are not built-in."""
        for index, step in enumerate(routine.steps):
            image = step.image
            if image is None or any(image.is_relative_to(f) for f in self.library.image_folders):
                continue
            editor.form.steps.setCurrentRow(index)
            editor.add_picture(image)
        editor.form.steps.setCurrentRow(0)
