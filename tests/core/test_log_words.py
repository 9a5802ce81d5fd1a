"""The log's words without Qt: stored in English, shown in the person's language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from spasm_stretch.core.catalog import RoutineSource, load_catalog
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.log_review import review_log
from spasm_stretch.core.log_words import LogWords, log_words
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import use_catalog
from spasm_stretch.log.store import LogStore
from spasm_stretch.resources import assets_dir, builtin_routines_dir, images_dir

CONTENT = assets_dir() / "content"
START = datetime(2026, 2, 3, 3, 12).astimezone()


@pytest.fixture
def german() -> Iterator[LogWords]:
    """The words of the shipped German guidance and routines, German spoken meanwhile."""
    use_catalog("de")
    try:
        routines = load_catalog(
            [RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()], "de"
        ).routines
        yield log_words(CONTENT, "de", load_guidance(CONTENT, "de").relief, routines)
    finally:
        use_catalog(SOURCE_LANGUAGE)


def cramp(area: str, helped: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> Episode:
    return Episode(0, START, START + timedelta(minutes=2), area, helped, tags, "")


def test_a_german_cramp_is_stored_in_english_and_read_back_in_german(german: LogWords) -> None:
    said = cramp("Wade oder Fuß", ("Dehnen", "Massage"), ("Nachts",))
    stored = german.stored_episode(said)
    assert (stored.area, stored.helped, stored.tags) == (
        "Calf or foot", ("Stretching", "Massage"), ("Night-time",),
    )  # fmt: skip
    assert german.shown_episode(stored) == said
    assert german.stored_episode(stored) == stored  # saving twice changes nothing
    assert german.stored_episode(cramp("Andere Stelle")).area == "Elsewhere"


def test_a_label_the_guidance_does_not_know_is_kept_as_it_is(german: LogWords) -> None:
    own = cramp("my big toe", ("ice cubes",), ("after the match",))
    assert german.stored_episode(own) == own
    assert german.shown_episode(own) == own


def test_an_english_and_a_german_calf_cramp_are_two_of_one_area(
    german: LogWords, tmp_path: Path
) -> None:
    """One cramp logged before translations, one through the German page: "Wade oder Fuß 2"."""
    history = LogStore(tmp_path / "history.db")
    history.add_episode(cramp("Calf or foot"))
    history.add_episode(german.stored_episode(cramp("Wade oder Fuß")))
    history.add_episode(cramp("Neck"))
    doctor = load_guidance(CONTENT, "de").doctor
    later = START + timedelta(days=1)
    for review in (
        history.review(doctor, now=later),
        review_log(history.episodes(), [], doctor, now=later),
    ):
        shown = german.shown_review(review)
        assert shown.by_area == (("Wade oder Fuß", 2), ("Nacken", 1))
        assert shown.weeks[-1].by_area == (("Nacken", 1), ("Wade oder Fuß", 2))


def test_two_stored_labels_shown_alike_are_added_up(german: LogWords) -> None:
    """A label stored in German by an earlier build counts with its English twin."""
    review = review_log(
        [cramp("Calf or foot"), cramp("Wade oder Fuß"), cramp("Neck"), cramp("Neck")],
        [], load_guidance(CONTENT).doctor, now=START,
    )  # fmt: skip
    assert german.shown_review(review).by_area == (("Nacken", 2), ("Wade oder Fuß", 2))


def test_routine_runs_show_the_catalog_name_by_id_else_the_stored_one(
    german: LogWords, tmp_path: Path
) -> None:
    """In the lists and in the totals alike, even for a name the routine no longer has."""
    runs = [
        SessionRecord(0, "calf", "Calf stretch", START, None, False, None),
        SessionRecord(0, "gone", "A routine since deleted", START, None, False, None),
        SessionRecord(0, "calf", "Calf stretch", START, None, False, None),
        SessionRecord(0, "neck", "Neck release", START, None, False, None),  # an older name
    ]
    assert [german.shown_session(r).routine_name for r in runs] == [
        "Wadendehnung", "A routine since deleted", "Wadendehnung", "Nackendehnung",
    ]  # fmt: skip
    history = LogStore(tmp_path / "history.db")
    for run in runs:
        history.add_session(run)
    doctor = load_guidance(CONTENT).doctor
    for review in (
        history.review(doctor, now=START),
        review_log(history.episodes(), history.sessions(), doctor, now=START),
    ):
        assert german.shown_review(review).by_routine == (
            ("Wadendehnung", 2), ("A routine since deleted", 1), ("Nackendehnung", 1),
        )  # fmt: skip


def test_in_english_nothing_is_turned() -> None:
    """The English app shows the log exactly as stored, byte for byte."""
    words = log_words(CONTENT, SOURCE_LANGUAGE, load_guidance(CONTENT).relief)
    review = review_log([cramp("Neck"), cramp("Calf or foot")], [], load_guidance(CONTENT).doctor,
                        now=START)  # fmt: skip
    assert words.shown_review(review) == review
    run = SessionRecord(1, "calf", "An older name", START, None, False, None)
    assert words.shown_session(run) == run
    assert words.stored_episode(cramp("Elsewhere")) == cramp("Elsewhere")


def test_the_english_routine_name_is_kept_beside_the_shown_one() -> None:
    (calf,) = (
        r
        for r in load_catalog(
            [RoutineSource.folder(builtin_routines_dir(), "built-in")], [images_dir()], "de"
        ).routines
        if r.id == "calf"
    )
    assert (calf.name, calf.original_name) == ("Wadendehnung", "Calf stretch")
    assert dataclasses.replace(calf, name="x").original_name == "Calf stretch"
