"""The services the app builds once and hands to the shell, the controllers and the desktop side.

``app.py`` is the composition root: it makes one ``Services`` and gives it to
everything that needs the routine catalog, the settings, the log, the sound
output or the clock, so they are peers over the same objects instead of
reaching into each other (or into the window) for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from spasm_stretch.audio.output import AudioOutput
    from spasm_stretch.core.catalog import Catalog
    from spasm_stretch.core.clock import Clock
    from spasm_stretch.core.content import Guidance
    from spasm_stretch.log.store import LogStore
    from spasm_stretch.settings.model import SettingsModel
    from spasm_stretch.ui.log.keeper import LogKeeper
    from spasm_stretch.ui.widgets.message_bar import MessageArea


class RoutineCatalog(QObject):
    """The routines on offer now; ``reload`` reads the folders again.

    Signals:
        changed(): the catalog was loaded again.
    """

    changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        reload: Callable[[], Catalog] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = catalog
        self._reload = reload

    def reload(self) -> None:
        """Load the routine files again (after one was edited, added or imported)."""
        if self._reload is not None:
            self.current = self._reload()
            self.changed.emit()


@dataclass(frozen=True)
class Services:
    """What the controllers share: made once by the composition root.

    ``clock`` is already scaled by ``speed`` (``--speed`` for demonstrations);
    ``messages`` is the bar area at the top of the window, where every
    controller posts what the person should read.
    """

    catalog: RoutineCatalog
    settings: SettingsModel
    keeper: LogKeeper
    audio: AudioOutput
    clock: Clock
    speed: float
    guidance: Guidance
    messages: MessageArea
    history: LogStore | None
