"""What the editor and import/export need to know of the app: its routines and its folders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spasm_stretch.core.catalog import Catalog
    from spasm_stretch.core.model import Routine


@dataclass(frozen=True)
class RoutineLibrary:
    """The live catalog, the highlighted routine, the user's folder and the built-in pictures.

    Callables rather than values, because the window reloads its catalog
    (after a save, an import, or a change on disk) and the list's highlight
    moves; the controllers always act on the present ones.
    """

    catalog: Callable[[], Catalog]
    current_id: Callable[[], str | None]
    user_folder: Path
    image_folders: tuple[Path, ...]

    def find(self, routine_id: str | None = None) -> Routine | None:
        """``routine_id``'s routine, or the highlighted one when no id is given."""
        wanted = routine_id or self.current_id()
        return self.catalog().find(wanted) if wanted else None
