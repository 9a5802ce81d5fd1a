"""The log as the window writes it: kept when refused, retried, and honest when it cannot.

Wraps the Qt-free LogWriter with what needs Qt: a retry timer while
something is still waiting to be written, and one message in the window's
message bar when the log stops accepting writes (and one when it does again),
however many writes fail in between. Writes run on the window's thread but
never wait for the log: the window's store gives up on a lock another
program holds after WRITE_WAIT (50 ms), the write is kept, and it is retried
every LOCKED_RETRY_SECONDS until the lock goes (every RETRY_SECONDS for a
read-only file or a full disk, which do not clear as quickly).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from spasm_stretch.core.log_words import LogWords
from spasm_stretch.user_paths import cache_dir

if TYPE_CHECKING:
    from spasm_stretch.core.records import Episode, SessionRecord
    from spasm_stretch.log.writer import LogWriter
    from spasm_stretch.ui.widgets.message_bar import MessageArea

RETRY_SECONDS = 10.0  # how often a log that could not be written is tried again
LOCKED_RETRY_SECONDS = 1.0  # ... and one another program holds locked: written soon after
STORAGE = "storage"  # the message bar's key for storage trouble
HISTORY = "history"  # ... and for what opening the log found


class LogKeeper(QObject):
    """Every write the window makes to the history goes through here.

    So here, and only here, a cramp's labels as the person chose them become
    the English ones the log keeps (``words``), whichever page wrote it.
    """

    def __init__(
        self,
        writer: LogWriter,
        messages: MessageArea,
        parent: QObject | None = None,
        *,
        words: LogWords | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.messages = messages
        self.words = words or LogWords()
        self._told = False
        self._retry = QTimer(self)
        self._retry.timeout.connect(self.flush)

    def save_episode(self, key: int, episode: Episode) -> None:
        """Write the latest state of the cramp ``key`` (now or later), its labels in English."""
        self.writer.save_episode(key, self.words.stored_episode(episode))
        self._report()

    def delete_episode(self, key: int) -> None:
        """Take the cramp ``key`` out of the log (now or later)."""
        self.writer.delete_episode(key)
        self._report()

    def save_session(self, key: int, record: SessionRecord) -> None:
        """Write the latest state of the routine run ``key`` (now or later)."""
        self.writer.save_session(key, record)
        self._report()

    def flush(self) -> None:
        """Try again to write what is waiting."""
        self.writer.flush()
        self._report()

    def spill_folders(self) -> list[Path]:
        """Where records the log refused wait for the next start: beside it, else the cache."""
        history = self.writer.history
        return [] if history is None else [history.path.parent, cache_dir()]

    def recover(self) -> None:
        """Merge what an earlier run could not write into the log, and say so."""
        found = self.writer.recover(self.spill_folders())
        if found:
            saved = not self.writer.pending
            if found == 1:
                text = (
                    self.tr("1 entry that could not be saved last time is now in your log.")
                    if saved
                    else self.tr("1 entry that could not be saved last time is kept until it can.")
                )
            else:
                text = (
                    self.tr(
                        "%n entries that could not be saved last time are now in your log.",
                        "",
                        found,
                    )
                    if saved
                    else self.tr(
                        "%n entries that could not be saved last time are kept until it can.",
                        "",
                        found,
                    )
                )
            self.messages.post("recovered", text, seconds=12)
        self._report()

    def stop(self) -> None:
        """The window is closing: a last try, then a side file for whatever is still refused."""
        self.writer.flush()
        if self.writer.pending:
            self.writer.spill(self.spill_folders())
        self._retry.stop()

    def _report(self) -> None:
        interval = round((LOCKED_RETRY_SECONDS if self.writer.busy else RETRY_SECONDS) * 1000)
        if not self.writer.refused:
            self._retry.stop()
        elif not self._retry.isActive() or self._retry.interval() != interval:
            self._retry.start(interval)
        if self.writer.pending:
            if not self._told:
                self._told = True
                self.messages.remove(HISTORY)  # the opening notice said less: one bar, not two
                reason = self.writer.failure or self.tr("the log file cannot be written")
                self.messages.post(
                    STORAGE,
                    self.tr(
                        "Your log cannot be saved right now ({reason}). Timers, "
                        "stretches and warnings work as usual; this cramp and this session are "
                        "kept and saved as soon as the log can be written."
                    ).format(reason=reason),
                )
        elif self._told:
            self._told = False
            self.messages.post(
                STORAGE, self.tr("Your log can be written again; everything is saved."), seconds=8
            )
