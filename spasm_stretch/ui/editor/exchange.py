"""Import and export of routines: File menu actions and files dropped on the window.

An import is checked with the app's loader before anything is copied, shown
to the person (name, area, steps, total time) to confirm, and an id that is
already in use asks whether to replace that routine or keep both.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from spasm_stretch.core.loader import load_routine_file
from spasm_stretch.core.plan import format_duration, make_plan
from spasm_stretch.core.routine_archive import (
    ArchiveError,
    export_archive,
    free_id,
    install,
    renamed,
    unpack_archive,
)
from spasm_stretch.core.routine_files import ImageFinder, RoutineError, read_routine_text
from spasm_stretch.i18n.text import Text
from spasm_stretch.ui.editor.questions import choose

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine
    from spasm_stretch.ui.editor.library import RoutineLibrary

IMPORT_SUFFIXES = (".yaml", ".yml", ".zip")
REPLACE, KEEP_BOTH = "replace", "both"


class ExchangeWords(Text):
    """What import and export say and ask."""


def describe_import(routine: Routine) -> str:
    """What a person is told before a routine is copied in."""
    plan = make_plan(routine)
    count = len(routine.steps)
    # English has no plural catalog: "1 step" is its own message, every other count a plural
    steps = ExchangeWords.tr("1 step") if count == 1 else ExchangeWords.tr("%n steps", "", count)
    return ExchangeWords.tr("{name}\n{area}  ·  {steps}  ·  {duration}\n\n{summary}").format(
        name=routine.name,
        area=routine.area.capitalize(),
        steps=steps,
        duration=format_duration(plan.total),
        summary=routine.summary,
    )


def ask_import(parent: QWidget, description: str) -> bool:
    """Show what is about to be imported; True to go ahead."""
    answer = QMessageBox.question(
        parent,
        ExchangeWords.tr("Import routine"),
        ExchangeWords.tr("Import this routine?\n\n{routine}").format(routine=description),
    )
    return answer is QMessageBox.StandardButton.Yes


def ask_clash(parent: QWidget, routine_id: str, existing: str) -> str:
    """An id already in use: REPLACE, KEEP_BOTH, or "" to cancel."""
    return choose(
        parent,
        ExchangeWords.tr("A routine with this id exists"),
        ExchangeWords.tr(
            "You already have {routine} with the id {id}. "
            "Replace it with the imported one, or keep both?"
        ).format(routine=repr(existing), id=repr(routine_id)),
        [
            (REPLACE, ExchangeWords.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole),
            (KEEP_BOTH, ExchangeWords.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole),
        ],
    )


def ask_import_path(parent: QWidget) -> Path | None:
    """The file to import, chosen in a file dialog."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        ExchangeWords.tr("Import routine"),
        "",
        ExchangeWords.tr("Routines (*.zip *.yaml *.yml)"),
    )
    return Path(chosen) if chosen else None


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to write an export, chosen in a file dialog."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        ExchangeWords.tr("Export routine"),
        suggested,
        ExchangeWords.tr("Routine archive (*.zip)"),
    )
    return Path(chosen) if chosen else None


class ExchangeController(QObject):
    """File → Import routine…, File → Export routine…, and dropping files on the window.

    Signals:
        imported(str): the id of a routine just copied into the user folder.
    """

    imported = Signal(str)

    def __init__(self, window: QWidget, library: RoutineLibrary) -> None:
        super().__init__(window)
        self._window = window
        self.library = library
        self.import_action = QAction(self.tr("&Import routine…"), window)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(self.tr("E&xport routine…"), window)
        self.export_action.triggered.connect(self.export)
        self.actions = [self.import_action, self.export_action]
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Accept routine files dragged onto the window, and import them when dropped."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # the drag events all derive from it
            files = _dropped_files(event)
            if files:
                event.acceptProposedAction()
                if kind is QEvent.Type.Drop:
                    for path in files:
                        self.import_file(path)
                return True
        return super().eventFilter(watched, event)

    def choose_import(self) -> Path | None:
        """Ask for a file and import it."""
        path = ask_import_path(self._window)
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> Path | None:
        """Check, show, and copy ``path`` (a .yaml or an exported .zip) into the user folder."""
        with tempfile.TemporaryDirectory(prefix="spasm-stretch-import-") as folder:
            try:
                source = unpack_archive(path, Path(folder)) if path.suffix == ".zip" else path
            except ArchiveError as exc:
                return self._refuse(path, str(exc))
            result = load_routine_file(source, ImageFinder(self.library.image_folders))
            routine = result.routine
            if routine is None:
                shown = f"{path} ({source.name})" if source != path else str(path)
                messages = (str(p).replace(str(source), shown) for p in result.problems)
                return self._refuse(path, "\n".join(messages))
            if not ask_import(self._window, describe_import(routine)):
                return None
            try:
                text = read_routine_text(source)
                target, target_id = self._install(source, text, routine)
            except (ArchiveError, RoutineError, OSError) as exc:
                return self._refuse(path, str(exc))
        if target is not None:
            self.imported.emit(target_id)
        return target

    def _install(self, source: Path, text: str, routine: Routine) -> tuple[Path | None, str]:
        """Copy the routine in, asking about an id clash; the file written and its id."""
        catalog = self.library.catalog()
        entry = next((e for e in catalog.entries if e.routine.id == routine.id), None)
        if entry is None:
            return install(
                source, self.library.user_folder, text=text, file_stem=routine.id
            ), routine.id
        choice = ask_clash(self._window, routine.id, entry.routine.name)
        if choice == REPLACE:
            own = entry.routine.source
            in_folder = own is not None and own.parent == self.library.user_folder
            replace = own if in_folder else None
            target = install(
                source, self.library.user_folder, text=text, replace=replace, file_stem=routine.id
            )
            return target, routine.id
        if choice == KEEP_BOTH:
            new_id = free_id([r.id for r in catalog.routines], routine.id)
            text = renamed(text, new_id, f"{routine.name} ({new_id})")
            return install(source, self.library.user_folder, text=text, file_stem=new_id), new_id
        return None, ""

    def _refuse(self, path: Path, reason: str) -> Path | None:
        """Say why ``path`` was not imported; returns None, the import's result."""
        QMessageBox.warning(
            self._window,
            self.tr("Not imported"),
            self.tr("{file} was not imported:\n{reason}").format(file=path.name, reason=reason),
        )
        return None

    def export(self, routine_id: str | None = None, destination: Path | None = None) -> Path | None:
        """Write the routine (or the highlighted one) and its pictures to one .zip."""
        routine = self.library.find(routine_id)
        if routine is None or routine.source is None:
            return None
        destination = destination or ask_export_path(self._window, f"{routine.id}.zip")
        if destination is None:
            return None
        try:
            export_archive(routine.source, destination)
        except ArchiveError as exc:
            QMessageBox.warning(self._window, self.tr("Not exported"), str(exc))
            return None
        return destination


def _dropped_files(event: QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES]
