"""What the window lets go of while hidden in the tray, and where it comes back.

The pages the controllers can build again go (each controller keeps what is
live: a running or paused session, a routine waiting to be resumed, a timed
cramp); if the page shown was one of them, the window comes back on the
routine list. Then ``LetGoWhenHidden`` drops the native window and trims
the heap. Wired by the composition root, so the shell stays a shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spasm_stretch.ui.widgets.resting import LetGoWhenHidden

if TYPE_CHECKING:
    from spasm_stretch.ui.shell.window import MainWindow


def rest_when_hidden(window: MainWindow) -> LetGoWhenHidden:
    """Make ``window`` give back what it can each time it is hidden on purpose."""

    def release() -> None:
        shown = window.pages.currentWidget()
        for controller in (window.session, window.cramp, window.log):
            controller.release_pages()
        if shown is None or window.pages.indexOf(shown) < 0:  # it went: the list, when shown
            window.show_picker()

    return LetGoWhenHidden(window, release)
