"""The words a session shows and says come from the chosen language's catalog, without Qt.

A small German catalog stands in for the shipped one, so these tests check
that every word goes through the catalog (and its fields are filled in),
whatever the shipped translations say.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest

from spasm_stretch.core.cue_words import side_words
from spasm_stretch.core.cues import spoken_phrase
from spasm_stretch.core.engine import EventKind
from spasm_stretch.core.habit import habit_line, today_line
from spasm_stretch.core.model import Side
from spasm_stretch.core.reminders import Due, Reminder
from spasm_stretch.i18n.catalog import Catalog
from spasm_stretch.i18n.text import use_catalog
from tests.core.test_cue_words import words
from tests.core.test_cues import CATALOG, run_whole
from tests.core.test_habit import BERLIN

GERMAN = Catalog(
    "de",
    {
        ("CueWords", "GET READY", ""): "VORBEREITEN",
        ("CueWords", "HOLD", ""): "HALTEN",
        ("CueWords", "HALFWAY", ""): "HALBZEIT",
        ("CueWords", "SWITCH → RIGHT", ""): "WECHSEL → RECHTS",
        ("CueWords", "DONE", ""): "FERTIG",
        ("CueWords", "NEXT: {step}", ""): "DANACH: {step}",
        ("CueWords", "TILT TO THE RIGHT", ""): "NACH RECHTS NEIGEN",
        ("CueWords", "LEFT LEG", ""): "LINKES BEIN",
        ("SpokenWords", "Switch sides", ""): "Seite wechseln",
        ("SpokenWords", "Routine complete. Well done.", ""): "Routine geschafft. Gut gemacht.",
        ("SessionWords", "Get into position: {step}", ""): "Position einnehmen: {step}",
        ("SessionWords", "Hold", ""): "Halten",
        ("SessionWords", " - left side", ""): " \u2013 linke Seite",
        ("HabitWords", "Thu", ""): "Do",
        ("HabitWords", "{weekday} at {time}", ""): "{weekday} um {time}",
        ("HabitWords", "{routine} {when} · {done}", ""): "{routine} {when} · {done}",
        ("HabitWords", "no routine done yet", ""): "noch keine Routine gemacht",
    },
    {
        ("HabitWords", "routine done {done} of the last %n days", ""): (
            "Routine an {done} von %n Tag gemacht",
            "Routine an {done} der letzten %n Tage gemacht",
        ),
    },
)


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    use_catalog("de", GERMAN)
    yield
    use_catalog("en")


def test_the_cue_words_flashed_on_screen_are_the_catalogs() -> None:
    shown = words("neck")
    assert shown[:2] == ["VORBEREITEN", "HALTEN"]
    assert "HALBZEIT" in shown
    assert "WECHSEL → RECHTS" in shown
    assert shown[-1] == "FERTIG"
    assert "DANACH: Lower-back rotation" in words("back")  # the step's name filled in


def test_the_side_shown_during_a_hold_is_the_catalogs() -> None:
    assert side_words("neck", "Neck side tilt", Side.RIGHT) == "NACH RECHTS NEIGEN  \u25b6"
    assert side_words("calf", "Calf stretch", Side.LEFT) == "\u25c0  LINKES BEIN"


def test_the_voice_and_the_event_lines_speak_the_catalogs_words() -> None:
    routine = CATALOG.find("calf")
    assert routine is not None
    events = run_whole("calf")
    phrases = [spoken_phrase(event, routine) for event in events]
    assert "Seite wechseln" in phrases
    assert phrases[-1] == "Routine geschafft. Gut gemacht."
    texts = [event.text for event in events if event.kind is EventKind.SEGMENT_STARTED]
    assert texts[:2] == ["Position einnehmen: Wall calf stretch", "Halten \u2013 linke Seite"]


def test_the_habit_line_and_weekdays_are_the_catalogs_not_the_c_locales() -> None:
    assert habit_line([True, False, True, False, False, False, True]) == (
        "Routine an 3 der letzten 7 Tage gemacht"
    )
    names = {"evening": "Abendroutine"}.__getitem__
    now = datetime(2026, 6, 9, 8, 0, tzinfo=BERLIN)
    thursday = Due(Reminder(time(7, 0), "evening"), datetime(2026, 6, 11, 7, 0, tzinfo=BERLIN))
    assert today_line(thursday, names, [], now, BERLIN) == (
        "Abendroutine Do um 07:00 · noch keine Routine gemacht"
    )
    assert date(2026, 6, 11).weekday() == 3  # a Thursday
