"""A routine left by Stop or for the relief page waits, paused, with a way back.

Esc or F1 pressed by mistake, or a quick look at the relief page, must not
cost the whole routine: the session is paused rather than ended, and a bar
offers to go back to it for a while. Only when the offer runs out (or
another routine starts, or the window closes) is the session ended and
logged as stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from spasm_stretch.qt_driver import SessionDriver
    from spasm_stretch.ui.widgets.message_bar import MessageArea

RESUME_SECONDS = 120.0  # long enough to read a relief tip or find the remote
KEY = "resume"


class ResumeOffer(QObject):
    """Offers "Resume" in a bar while a paused session waits.

    Signals:
        resumed(): the session runs again: show it.
        expired(): the offer ran out: end the waiting session.
    """

    resumed = Signal()
    expired = Signal()

    def __init__(
        self, messages: MessageArea, parent: QObject | None = None, *,
        seconds: float = RESUME_SECONDS,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._messages = messages
        self._seconds = seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._driver: SessionDriver | None = None

    def park(self, driver: SessionDriver, text: str, button: str) -> None:
        """Pause ``driver``'s session and offer ``button`` with ``text`` to resume it."""
        self._driver = driver
        driver.pause()
        driver.set_display_ticks(False)
        self._messages.post(KEY, text, [(button, self.resume)], closable=False)
        self._timer.start(round(self._seconds * 1000))

    def withdraw(self) -> None:
        """Take the offer away (the session was ended some other way)."""
        self._driver = None
        self._timer.stop()
        self._messages.remove(KEY)

    def resume(self) -> None:
        """Run the waiting session again (its button, or Space)."""
        driver = self._driver
        self.withdraw()
        if driver is not None:
            driver.set_display_ticks(True)
            driver.resume()
            self.resumed.emit()

    def waiting(self) -> bool:
        """Whether a session is waiting to be resumed."""
        return self._timer.isActive()

    def _expire(self) -> None:
        self.withdraw()
        self.expired.emit()
