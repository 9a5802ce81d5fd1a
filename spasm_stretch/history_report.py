"""The history as a terminal listing or CSV, for `spasm-stretch history [--csv]`."""

from __future__ import annotations

import csv
from typing import TextIO

from spasm_stretch.history import Episode, History, SessionRecord

CSV_COLUMNS = (
    "kind", "started", "ended", "minutes", "area", "routine", "finished",
    "stopped_at_step", "helped", "tags", "note",
)  # fmt: skip


def _minutes(episode: Episode) -> str:
    return "" if episode.minutes is None else f"{episode.minutes:.1f}"


def _session_outcome(record: SessionRecord) -> str:
    if record.finished:
        return "finished"
    if record.ended is None:
        return "not ended (the app closed during it)"
    return f"stopped at step {record.stopped_at_step}"


def write_text(history: History, out: TextIO) -> None:
    """Print sessions and cramp episodes, oldest first, in plain words."""
    sessions = history.sessions()
    episodes = history.episodes()
    print(f"Routines done: {len(sessions)}", file=out)
    for record in sessions:
        when = record.started.strftime("%Y-%m-%d %H:%M")
        print(f"  {when}  {record.routine_name:<22} {_session_outcome(record)}", file=out)
    print(f"Cramp episodes: {len(episodes)}", file=out)
    for episode in episodes:
        when = episode.started.strftime("%Y-%m-%d %H:%M")
        minutes = f"{episode.minutes:.0f} min" if episode.minutes is not None else "open"
        extra = "; ".join(
            part
            for part in (
                f"helped: {', '.join(episode.helped)}" if episode.helped else "",
                f"tags: {', '.join(episode.tags)}" if episode.tags else "",
                episode.note,
            )
            if part
        )
        print(f"  {when}  {episode.area or '?':<14} {minutes:>7}  {extra}".rstrip(), file=out)


def write_csv(history: History, out: TextIO) -> None:
    """One row per session and per episode, for a spreadsheet or a doctor."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record in history.sessions():
        writer.writerow(
            ["session", record.started.isoformat(),
             record.ended.isoformat() if record.ended else "", "", "", record.routine_id,
             int(record.finished), record.stopped_at_step or "", "", "", ""]
        )  # fmt: skip
    for episode in history.episodes():
        writer.writerow(
            ["episode", episode.started.isoformat(),
             episode.ended.isoformat() if episode.ended else "", _minutes(episode),
             episode.area, "", "", "", ";".join(episode.helped), ";".join(episode.tags),
             episode.note]
        )  # fmt: skip
