"""Actions as their owners declare them: words, keys, tip, the slot, and a toolbar glyph.

Each controller makes its own actions with ``make_action`` and lists them;
the shell only places them in menus and the toolbar, and draws each one's
glyph (the ``GLYPH`` property) in the palette's text colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QPalette

from spasm_stretch.ui.widgets.icons import glyph

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

GLYPH = "glyph"  # the QAction property naming its toolbar glyph (ui/widgets/icons.py)


def make_action(
    owner: QWidget,
    text: str,
    keys: Sequence[str],
    tip: str,
    slot: Callable[[], object],
    *,
    icon: str = "",
    checkable: bool = False,
) -> QAction:
    """An action on ``owner`` (so its keys work on every page), its first key shown in the tip."""
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    shown_key = (
        QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    )
    action.setToolTip(f"{tip} ({shown_key})" if shown_key else tip)
    action.setStatusTip(tip)
    action.setCheckable(checkable)
    if icon:
        action.setProperty(GLYPH, icon)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def set_shortcuts(action: QAction, keys: Sequence[str]) -> None:
    """Give ``action`` these keys (a page can lend one of them to something else)."""
    action.setShortcuts([QKeySequence(key) for key in keys])


def draw_glyphs(actions: Sequence[QAction], palette: QPalette) -> None:
    """Draw each action's glyph in the palette's text colour, so it reads in light and dark."""
    colour = palette.color(QPalette.ColorRole.WindowText)
    for action in actions:
        name = action.property(GLYPH)
        if name:
            action.setIcon(glyph(str(name), colour))
