"""When a phrase may start: after the chime now sounding has ended, by the sound server's word.

The sample-cache player used to start a phrase at the app's own guess of
the chime's end (when it asked for the chime, plus its length). Under load
the chime itself starts late (the request waits for a busy process), so the
guess came first and speech began 81-161 ms over the end of its chime. Here
the server says it: each chime's sink input is known by the index its play
request answers with, and the server reports that index's removal
(``pa_context_subscribe``, SINK_INPUT remove) once its last sample has been
played out to the sink; the phrase waiting for it starts then.

Pure bookkeeping, no libpulse: the player calls it from the caller's thread
(a chime or a phrase asked for) and from libpulse's thread (answers and
events); one lock keeps the two apart. It never calls back: it returns the
phrase that is due, and the caller starts it.
"""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

Phrase = TypeVar("Phrase")


class AfterChime(Generic[Phrase]):
    """Chimes asked for, the server's sink inputs playing them, and one phrase waiting."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asked = 0  # chimes asked for (the newest is the one a phrase follows)
        self._ended = 0  # the newest chime known to have ended (or failed to start)
        self._sounding: dict[int, int] = {}  # sink input index -> its chime's number
        self._waiting: tuple[Phrase, int] | None = None

    def chime(self) -> int:
        """A chime is asked for: its number; a waiting phrase is dropped (the cue for now wins)."""
        with self._lock:
            self._asked += 1
            self._waiting = None
            return self._asked

    def started(self, chime: int, index: int) -> None:
        """The server plays chime number ``chime`` as sink input ``index``."""
        with self._lock:
            if chime > self._ended:
                self._sounding[index] = chime

    def failed(self, chime: int) -> Phrase | None:
        """Chime number ``chime`` will not sound: the phrase after it, if it is now due."""
        with self._lock:
            return self._end(chime)

    def removed(self, index: int) -> Phrase | None:
        """The server removed sink input ``index``: the phrase now due, if it was our chime."""
        with self._lock:
            chime = self._sounding.pop(index, None)
            return self._end(chime) if chime is not None else None

    def after(self, phrase: Phrase) -> bool:
        """True: no chime of ours sounds, start ``phrase`` now; False: it waits for the end."""
        with self._lock:
            if self._ended >= self._asked:
                return True
            self._waiting = (phrase, self._asked)
            return False

    def rest(self) -> None:
        """The connection closed: nothing of ours sounds, nothing waits."""
        with self._lock:
            self._ended = self._asked
            self._sounding.clear()
            self._waiting = None

    def _end(self, chime: int) -> Phrase | None:
        self._ended = max(self._ended, chime)
        waiting = self._waiting
        if waiting is not None and waiting[1] <= self._ended:
            self._waiting = None
            return waiting[0]
        return None
