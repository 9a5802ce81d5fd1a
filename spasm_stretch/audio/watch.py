"""When the sound output looks at its player during a session, and why not more often.

A look (``AudioOutput.check``) asks the player whether it still works and
the server's socket whether it is there: a wake-up of the app and one of
the sound server. Twice a second for a whole hold that was 2 of its wake-ups
a second, and a resting app must not look at all (issue 25). So the output
looks twice a second only while it must:

- for SETTLE_SECONDS after a session starts or a player is taken on, while
  its connection is made on a thread of its own (and may be refused);
- for the whole session when the player cannot tell of its own loss, when a
  device is chosen (it may come and go), or when a lesser player stands in
  for a lost one (sound comes back when the server does).

A player that tells of its loss (the sample cache's ``on_lost``, called on
libpulse's own thread when the connection ends) is otherwise left alone: its
loss arrives as a queued signal and is looked at at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

HEALTH_MS = 500
SETTLE_SECONDS = 2.0


class PlayerWatch(QObject):
    """Says when to look at the player: twice a second while ``needed``, and on its loss.

    Signals:
        look(): look at the player now (the output's ``check``).
    """

    look = Signal()
    _lost = Signal()  # from the player's own thread: its server connection ended

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settle_until = 0.0
        self.running = False  # a session runs: looks happen only then
        self._timer = QTimer(self)
        self._timer.setInterval(HEALTH_MS)
        self._timer.timeout.connect(self.look)
        self._lost.connect(self._heard_of_loss)  # queued: emitted on the player's thread

    def take(self, player: object) -> None:
        """The output uses ``player`` from now on: hear of its loss from it, where it can say so.

        Taken on during a session, it is looked at for SETTLE_SECONDS at least.
        """
        if tells_of_loss(player):
            player.on_lost = self._lost.emit  # type: ignore[attr-defined]
        if self.running:
            self.start()

    def start(self) -> None:
        """A session started, or a player was taken on in one: look for SETTLE_SECONDS at least."""
        self.running = True
        self._settle_until = self._clock() + SETTLE_SECONDS
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        """The session ended (or the output closed): no look until the next."""
        self.running = False
        self._timer.stop()

    def looked(self, needed: bool) -> None:
        """After a look: go on looking only while ``needed`` or still settling."""
        if self._timer.isActive() and not needed and self._clock() >= self._settle_until:
            self._timer.stop()

    def _heard_of_loss(self) -> None:
        if self.running:
            self.look.emit()
            self.start()


def tells_of_loss(player: object) -> bool:
    """True for a player that says itself when its server connection ends."""
    return hasattr(player, "on_lost")
