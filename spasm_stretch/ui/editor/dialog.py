"""The editor window: the form, the loader's verdict beside each field, a live preview.

Every change is checked at once by writing the draft as YAML and loading it
with the app's own loader, so the editor can never accept what the app
would refuse, and its messages are the same ones ``spasm-stretch validate``
prints.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.core.loader import load_routine_text
from spasm_stretch.core.plan import format_duration, make_plan
from spasm_stretch.core.problems import LoadResult, Problem, Severity
from spasm_stretch.core.routine_archive import free_id
from spasm_stretch.core.routine_files import (
    MAX_FILE_BYTES,
    ImageError,
    ImageFinder,
    read_regular_file,
)
from spasm_stretch.core.routine_writer import (
    dump_routine_data,
    free_file_name,
    routine_yaml,
    write_text_atomically,
)
from spasm_stretch.core.yaml_tree import YamlError, YamlPath, parse
from spasm_stretch.ui.editor.form import RoutineForm
from spasm_stretch.ui.editor.preview import TimelineStrip
from spasm_stretch.ui.editor.questions import choose
from spasm_stretch.ui.editor.stage import PictureStage, preview_image
from spasm_stretch.ui.widgets.keys import tab_in_shown_order

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine

RELOAD, OVERWRITE, SAVE_COPY = "reload", "overwrite", "copy"


def fingerprint(path: Path) -> str | None:
    """What ``path`` holds now, to tell whether it changed since it was opened (None: gone)."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES + 1)
    except (OSError, ValueError, RuntimeError):
        return None
    return hashlib.sha256(data).hexdigest()


class RoutineEditor(QDialog):
    """Edits one routine's plain data; saves it to ``folder`` (or over ``target``).

    The file's content is remembered when it is opened; if another program
    changed it by the time of saving, the person is asked (reload theirs,
    overwrite with mine, save mine as a copy) instead of it being lost.

    Signals:
        try_routine(object): run this unsaved Routine now.
        saved(str): the id of the routine just written.
        reload_wanted(): open the file again as it is on disk now.
    """

    try_routine = Signal(object)
    saved = Signal(str)
    reload_wanted = Signal()

    def __init__(
        self,
        data: dict[str, Any],
        folder: Path,
        image_folders: Sequence[Path],
        *,
        target: Path | None = None,
        taken_ids: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit routine: {name}").format(name=data.get("name", ""))
            if target
            else self.tr("New routine")
        )
        self.folder = folder
        self.target = target
        self.opened_as = fingerprint(target) if target is not None else None
        self.stage = PictureStage()
        self._image_folders = tuple(image_folders)
        self._taken = dict(taken_ids or {})
        self.routine: Routine | None = None
        self._previewed: Path | None = None
        self.form = RoutineForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.viewport().installEventFilter(self)  # its width arranges the form (fit_width)
        self._scroll = scroll
        self.timeline = TimelineStrip()
        self.total = QLabel()
        self.total.setAccessibleDescription(self.tr("Total time"))
        self.try_button = QPushButton(self.tr("&Try it"))
        self.try_button.setToolTip(self.tr("Run the routine as it is now, without saving it"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.try_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        tab_in_shown_order(self.buttons)
        preview = QHBoxLayout()
        preview.addWidget(self.total)
        preview.addWidget(self.timeline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(preview)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self.validate)
        self.form.steps.currentRowChanged.connect(self.validate)
        self.form.picture_wanted.connect(self._choose_picture)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.try_button.clicked.connect(self._try)
        self.finished.connect(lambda _code: self.stage.close())
        self.form.set_data(data)
        screen = self.screen().availableGeometry()  # an 800x600 screen: the form scrolls
        self.resize(min(980, screen.width()), min(760, screen.height() - 40))
        self.validate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The form's viewport changed size: lay the form out for its width."""
        if watched is self._scroll.viewport() and event.type() is QEvent.Type.Resize:
            self.form.fit_width(self._scroll.viewport().width())
        return super().eventFilter(watched, event)

    def load_result(self) -> tuple[str, LoadResult]:
        """The draft as YAML text, and what the loader makes of it."""
        text = dump_routine_data(self.form.data())
        where = self.target or self.folder / "draft.yaml"
        images = ImageFinder([self.stage.root, *self._image_folders])
        return text, load_routine_text(text, where, images)

    def validate(self) -> Routine | None:
        """Check the draft, show each message beside its field, and update the preview."""
        text, result = self.load_result()
        problems = list(result.problems)
        routine = result.routine
        draft_id = self.form.id.text().strip()
        if draft_id in self._taken:  # said at once, even while other fields are still wrong
            problems.append(
                Problem(
                    result.path,
                    self.tr(
                        "the id '{id}' is already used by {routine}; give this routine its own id"
                    ).format(id=draft_id, routine=repr(self._taken[draft_id])),
                    1,  # the draft is written with its id on the first line
                )
            )
            routine = None
        self._place(text, problems)
        self.routine = routine
        plan = make_plan(routine) if routine is not None else None
        self.timeline.set_plan(plan)
        self.total.setText(
            self.tr("{total} in all, {active} stretching").format(
                total=format_duration(plan.total), active=format_duration(plan.active_total)
            )
            if plan is not None
            else self.tr("Fix the marked fields to see the timeline")
        )
        self.save_button.setEnabled(routine is not None)
        self.try_button.setEnabled(routine is not None)
        self._preview_picture()
        return routine

    def _preview_picture(self) -> None:
        """Show the current step's picture in the form, read again only when it changes."""
        name = self.form.picture.text()
        where = (self.target or self.folder / "draft.yaml").parent
        found = None
        if name:
            try:
                found = ImageFinder([self.stage.root, *self._image_folders]).find(where, name)
            except ImageError:  # the loader's message is beside the field already
                found = None
        if found is not None and found == self._previewed:
            return
        self._previewed = found
        self.form.show_picture(preview_image(found) if found is not None else None)

    def _place(self, text: str, problems: list[Problem]) -> None:
        try:
            lines = parse(text).lines
        except YamlError:
            lines = {}
        routine: dict[str, str] = {}
        steps: dict[int, dict[str, str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.severity is not Severity.ERROR:
                continue
            path = _path_of(problem, lines)
            if path and path[0] == "steps" and len(path) >= 2 and isinstance(path[1], int):
                field = str(path[2]) if len(path) >= 3 else "general"
                steps.setdefault(path[1], {})[field] = problem.message
            elif path and path[0] != "steps":
                routine[str(path[0])] = problem.message
            else:
                general.append(problem.message)
        self.form.show_problems(routine, steps, general)

    def add_picture(self, source: Path) -> bool:
        """Use the picture file ``source`` for the current step (copied when saving)."""
        try:
            name = self.stage.add(source)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Picture not used"), str(exc))
            return False
        self.form.set_picture(name)
        return True

    def _choose_picture(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.svg)"),
        )
        if chosen:
            self.add_picture(Path(chosen))

    def _try(self) -> None:
        routine = self.validate()
        if routine is not None:
            self.try_routine.emit(routine)

    def save(self) -> Path | None:
        """Write the routine to the user folder; None (and a message) when it cannot be."""
        routine = self.validate()
        if routine is None:
            return None
        if self.target is not None and fingerprint(self.target) != self.opened_as:
            choice = self.ask_changed_on_disk(self.target, gone=fingerprint(self.target) is None)
            if choice == RELOAD:
                self.reject()
                self.reload_wanted.emit()
                return None
            if choice == SAVE_COPY:
                return self._save_copy(routine)
            if choice != OVERWRITE:
                return None
        target = self.target or free_file_name(self.folder, routine.id)
        image_folders = [self.stage.root, *self._image_folders]
        text = routine_yaml(routine, target.parent, image_folders)
        try:
            self.stage.copy_into(target.parent, _picture_names(self.form.data()))
            write_text_atomically(target, text)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{file} cannot be written: {reason}").format(
                    file=target, reason=exc.strerror
                ),
            )
            return None
        self.target = target
        self.opened_as = fingerprint(target)
        self.saved.emit(routine.id)
        self.accept()
        return target

    def ask_changed_on_disk(self, path: Path, *, gone: bool) -> str:
        """The file changed (or went) since it was opened: RELOAD, OVERWRITE, SAVE_COPY or ""."""
        text = (
            self.tr("{file} was deleted or moved since you opened it here.")
            if gone
            else self.tr(
                "{file} was changed by another program since you opened it here. "
                "Saving now would lose those changes."
            )
        ).format(file=path.name)
        reload = (RELOAD, self.tr("Reload theirs"), QMessageBox.ButtonRole.ResetRole)
        answers = [] if gone else [reload]
        answers += [
            (OVERWRITE, self.tr("Overwrite with mine"), QMessageBox.ButtonRole.DestructiveRole),
            (SAVE_COPY, self.tr("Save mine as a copy"), QMessageBox.ButtonRole.AcceptRole),
        ]
        return choose(self, self.tr("Changed on disk"), text, answers)

    def _save_copy(self, routine: Routine) -> Path | None:
        """Keep the other program's file as it is; write mine under a free id and file name."""
        new_id = free_id([*self._taken, routine.id], routine.id)
        self.form.id.setText(new_id)
        self.form.name.setText(self.tr("{routine} (copy)").format(routine=routine.name))
        self.target, self.opened_as = None, None
        return self.save()


def _path_of(problem: Problem, lines: Mapping[YamlPath, int]) -> YamlPath:
    """The field a message is about: the deepest path on its line, or the missing field it names."""
    on_line = [path for path, line in lines.items() if line == problem.line]
    path: YamlPath = max(on_line, key=len, default=())
    if problem.missing:
        parent = path if path and (path[-1] == "steps" or isinstance(path[-1], int)) else path[:-1]
        path = (*parent, problem.missing)
    return path


def _picture_names(data: dict[str, Any]) -> list[str]:
    names = []
    for step in data.get("steps", []):
        names += [str(step["image"])] if "image" in step else []
        names += [str(pose["image"]) for pose in step.get("flow", []) if "image" in pose]
    return names
