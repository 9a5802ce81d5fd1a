"""The log as the person sees and corrects it: the history page, edits with undo, exports.

Reading goes straight to the history; every change goes through the
LogKeeper, so a full disk or a read-only file delays a correction instead of
losing it. A deleted cramp can be brought back from the message bar's Undo
or with Ctrl+Z for as long as the bar shows.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStackedWidget, QWidget

from spasm_stretch.core.cramp import length_text
from spasm_stretch.core.log_review import LogReview, date_text, review_log, weeks_between
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.log.model import PagedLog
from spasm_stretch.ui.widgets.actions import make_action
from spasm_stretch.ui.widgets.resting import release

if TYPE_CHECKING:  # types only (the page, its editor and the reports load when first used)
    from spasm_stretch.core.records import Episode, SessionRecord
    from spasm_stretch.log.report import ReportRequest
    from spasm_stretch.ui.log.view import HistoryView
    from spasm_stretch.ui.services import Services

UNDO_SECONDS = 12.0
UNDO = "undo-delete"


class LogController(QObject):
    """Fills the history page and carries out what the person asks of the log.

    It owns the History page and its actions (Ctrl+H, Ctrl+Z); the red flags
    the person has read are kept in the settings.

    Signals:
        changed(): the log was changed here (refresh what shows it).
        acknowledged(object): the frozenset of red-flag keys the person has read.
        leave_session(): the History page opens over a routine: it waits, paused.
        shown(): the History page is on screen (actions and title follow).
    """

    changed = Signal()
    acknowledged = Signal(object)
    leave_session = Signal()
    shown = Signal()

    def __init__(self, services: Services, pages: QStackedWidget, owner: QWidget) -> None:
        super().__init__(owner)
        self.keeper = services.keeper
        self.guidance = services.guidance
        self.settings = services.settings
        self.pages = pages
        self._parent = owner
        self._deleted: Episode | None = None
        self._undo_until = 0.0
        self._flag_keys: frozenset[str] = frozenset()
        # The last summary and the state of the log it was made from, to reopen the page at once.
        self._summary: tuple[object, LogReview, list[SessionRecord]] | None = None
        self.summary_later_from = 20_000  # rows: a longer log is summed up after the page shows
        self.history_action = make_action(
            owner, self.tr("&History"), ["Ctrl+H"],
            self.tr("Your log of cramps and routines, and reports"), self.open, icon="chart",
        )  # fmt: skip
        self.undo_action = make_action(
            owner, self.tr("&Undo delete"), ["Ctrl+Z"],
            self.tr("Bring back the cramp just deleted"), self.undo,
        )  # fmt: skip
        self.actions = [self.history_action, self.undo_action]
        self.changed.connect(self._refill)
        self.acknowledged.connect(lambda keys: self.settings.update(acknowledged_flags=keys))

    # --- the History page ------------------------------------------------------

    @functools.cached_property
    def view(self) -> HistoryView:
        """The log page, built the first time it is opened."""
        from spasm_stretch.ui.log.view import HistoryView

        view = HistoryView()
        view.export_csv.connect(self.export_csv)
        view.export_pdf.connect(self.export_pdf)
        view.add_requested.connect(self.add)
        view.edit_requested.connect(self.edit)
        view.delete_requested.connect(self.delete)
        view.flags_read.connect(lambda: self.acknowledge(self.settings.value.acknowledged_flags))
        self.pages.addWidget(view)
        return view

    def showing(self) -> bool:
        """Whether the History page is on screen (without building it)."""
        return self.pages.currentWidget() is self.__dict__.get("view")

    def release_pages(self) -> None:
        """Let the History page go (the window is hidden in the tray); built again when opened."""
        release(self.pages, self.__dict__.pop("view", None))

    def open(self) -> None:
        """Ctrl+H: the log, its weekly chart, and the red flags it meets."""
        self.leave_session.emit()
        view = self.view
        self.fill(view, self.settings.value.acknowledged_flags)
        self.pages.setCurrentWidget(view)
        view.tabs.setFocus()
        self.shown.emit()

    def _refill(self) -> None:
        if self.showing():
            self.fill(self.view, self.settings.value.acknowledged_flags)

    # --- reading -------------------------------------------------------------

    def records(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> tuple[list[Episode], list[SessionRecord]]:
        """Cramps and routine runs, all or those started from ``since`` and before ``until``.

        Nothing, and a message, if the log cannot be read.
        """
        history = self.keeper.writer.history
        if history is None:
            return [], []
        try:
            return (
                history.episodes(since=since, until=until),
                history.sessions(since=since, until=until),
            )
        except sqlite3.Error as exc:
            self._unreadable(exc)
            return [], []

    def _unreadable(self, exc: sqlite3.Error) -> None:
        self.keeper.messages.post(
            "log-unreadable", self.tr("Your log could not be read: {error}").format(error=exc)
        )

    def review(self, episodes: Sequence[Episode], sessions: Sequence[SessionRecord]) -> LogReview:
        """The log summed up as of now."""
        return review_log(episodes, sessions, self.guidance.doctor, now=now())

    def fill(self, view: HistoryView, acknowledged: frozenset[str]) -> None:
        """Show the log on the history page: its lists at once, and its summary.

        The lists are read a page at a time; the summary comes from SQL, is kept
        while the log is unchanged, and for a long log is added up just after
        the page shows, so neither part holds the window up for long.
        """
        from spasm_stretch.log.report import episode_details, session_outcome, where_text
        from spasm_stretch.ui.log.view import when

        history = self.keeper.writer.history
        words = self.keeper.words
        cramps, runs = 0, 0
        try:
            if history is not None:
                cramps, runs = history.counts()
        except sqlite3.Error as exc:
            self._unreadable(exc)
        view.show_lists(
            PagedLog([self.tr("When"), self.tr("Length"), self.tr("Where"),
                      self.tr("Severity, what helped, tags, note")],
                     [lambda e: when(e.started), length_text, where_text, episode_details],
                     self._page(lambda h, o, n: map(words.shown_episode, h.episodes_page(o, n))),
                     cramps),
            PagedLog([self.tr("When"), self.tr("Routine"), self.tr("Outcome")],
                     [lambda s: when(s.started), lambda s: s.routine_name, session_outcome],
                     self._page(lambda h, o, n: map(words.shown_session, h.sessions_page(o, n))),
                     runs),
        )  # fmt: skip
        if cramps + runs > self.summary_later_from and not self._summary_current():
            view.show_reading()
            QTimer.singleShot(0, lambda: self._fill_summary(view, acknowledged))
        else:
            self._fill_summary(view, acknowledged)

    def _summary_current(self) -> bool:
        history = self.keeper.writer.history
        try:
            return (
                history is not None
                and self._summary is not None
                and self._summary[0] == self._mark(history)
            )
        except sqlite3.Error:
            return False

    @staticmethod
    def _mark(history: LogStore) -> object:
        today = now()
        return (history.change_mark(), today.date(), today.hour)

    def _fill_summary(self, view: HistoryView, acknowledged: frozenset[str]) -> None:
        history = self.keeper.writer.history
        today = now()
        try:
            if history is None:
                raise sqlite3.OperationalError("no log")
            if not self._summary_current():
                self._summary = (
                    self._mark(history),
                    history.review(self.guidance.doctor, now=today),
                    history.sessions(since=today - timedelta(days=8)),
                )
            assert self._summary is not None
            _, review, recent = self._summary
        except sqlite3.Error as exc:
            if history is not None:
                self._unreadable(exc)
            review, recent = self.review([], []), []
        self._flag_keys = frozenset(flag.key for flag in review.flags)
        view.show_summary(
            recent,
            self.keeper.words.shown_review(review),
            self.guidance.doctor,
            flags_read=self._flag_keys <= acknowledged,
        )

    def _page(
        self, read: Callable[[LogStore, int, int], Iterable[Any]]
    ) -> Callable[[int, int], Sequence[Any]]:
        """A page reader that gives nothing (rather than raising) once the log cannot be read."""

        def fetch(offset: int, limit: int) -> Sequence[Any]:
            history = self.keeper.writer.history
            try:
                return [] if history is None else list(read(history, offset, limit))
            except sqlite3.Error:
                return []

        return fetch

    def acknowledge(self, acknowledged: frozenset[str]) -> None:
        """The person has read the red flags shown: keep the box closed until a new one."""
        self.acknowledged.emit(acknowledged | self._flag_keys)
        self.changed.emit()

    # --- correcting ------------------------------------------------------------

    def _edit(self, episode: Episode | None) -> Episode | None:
        from spasm_stretch.ui.log.cramp_editor import CrampEditor

        shown = None if episode is None else self.keeper.words.shown_episode(episode)
        editor = CrampEditor(self.guidance.relief, shown, self._parent)
        try:
            return editor.episode() if editor.exec() == QDialog.DialogCode.Accepted else None
        finally:
            editor.deleteLater()

    def add(self, episode: Episode | None = None) -> None:
        """Add a cramp from earlier (``episode`` given, or asked for in the form)."""
        episode = episode or self._edit(None)
        if episode is not None:
            self.keeper.save_episode(self.keeper.writer.new_key(), episode)
            self.changed.emit()

    def edit(self, episode_id: int, changed: Episode | None = None) -> None:
        """Put right what the log says about cramp ``episode_id``."""
        episode = self._find(episode_id)
        if episode is None:
            return
        changed = changed or self._edit(episode)
        if changed is not None:
            self.keeper.save_episode(self.keeper.writer.adopt_episode(episode), changed)
            self.changed.emit()

    def delete(self, episode_id: int) -> None:
        """Take cramp ``episode_id`` out of the log, with an undo for a while."""
        episode = self._find(episode_id)
        if episode is None:
            return
        self.keeper.delete_episode(self.keeper.writer.adopt_episode(episode))
        self._deleted = episode
        self._undo_until = time.monotonic() + UNDO_SECONDS
        self.keeper.messages.post(
            UNDO,
            self.tr("The cramp of {when} was deleted.").format(
                when=date_text(episode.started, "weekday_time")
            ),
            [(self.tr("Undo (Ctrl+Z)"), self.undo)],
            seconds=UNDO_SECONDS,
        )
        self.changed.emit()

    def undo(self) -> None:
        """Bring back the cramp deleted last, while its undo is still offered."""
        if self._deleted is None or time.monotonic() > self._undo_until:
            return
        episode, self._deleted = self._deleted, None
        self.keeper.messages.remove(UNDO)
        self.keeper.save_episode(self.keeper.writer.new_key(), dataclasses.replace(episode, id=0))
        self.changed.emit()

    def _find(self, episode_id: int) -> Episode | None:
        history = self.keeper.writer.history
        try:
            return None if history is None else history.episode(episode_id)
        except sqlite3.Error as exc:
            self._unreadable(exc)
            return None

    # --- exports -----------------------------------------------------------------

    def _save_path(self, caption: str, name: str, kinds: str) -> Path | None:
        start = str(Path.home() / f"{name}-{now():%Y-%m-%d}")
        chosen, _ = QFileDialog.getSaveFileName(self._parent, caption, start, kinds)
        return Path(chosen) if chosen else None

    def _failed(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self._parent)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the whole log as CSV (asking where, unless ``path`` is given)."""
        from spasm_stretch.log.report import write_csv

        path = path or self._save_path(self.tr("Export the log as CSV"), "cramp-log", "CSV (*.csv)")
        if path is None:
            return None
        episodes, sessions = self.records()
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                write_csv(episodes, sessions, out)
        except OSError as exc:
            self._failed(
                self.tr("Could not export"),
                self.tr("The log could not be saved as {path}: {error}").format(
                    path=path, error=exc
                ),
            )
            return None
        self.keeper.messages.post(
            "exported", self.tr("Log saved as {path}").format(path=path), seconds=8
        )
        return path

    def export_pdf(
        self, path: Path | None = None, request: ReportRequest | None = None
    ) -> Path | None:
        """Save the report for a doctor (asking what it covers and where, unless given)."""
        from spasm_stretch.log.report import report_html
        from spasm_stretch.ui.log.pdf import write_pdf
        from spasm_stretch.ui.log.report_dialog import ReportDialog

        if request is None:
            dialog = ReportDialog(now().date(), self._parent)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            request = dialog.request()
            dialog.deleteLater()
            if not accepted:
                return None
        path = path or self._save_path(
            self.tr("Save a report for your doctor"), "cramp-report", "PDF (*.pdf)"
        )
        if path is None:
            return None
        # From the first day's local midnight to the one after the last day: read only the period.
        start = datetime.combine(request.first, datetime.min.time()).astimezone()
        after = datetime.combine(request.last + timedelta(days=1), datetime.min.time()).astimezone()
        episodes, sessions = self.records(start, after)
        review = dataclasses.replace(
            self.review(episodes, sessions),
            weeks=weeks_between(episodes, request.first, request.last),
        )
        words = self.keeper.words
        markup = report_html(
            [words.shown_episode(e) for e in episodes],
            words.shown_review(review),
            self.guidance.doctor,
            request,
            printed=now(),
        )
        try:
            write_pdf(markup, path, self.tr("Muscle cramp log"))
        except OSError as exc:
            self._failed(self.tr("Could not save the report"), f"{path}: {exc}")
            return None
        self.keeper.messages.post(
            "exported", self.tr("Report saved as {path}").format(path=path), seconds=8
        )
        return path
