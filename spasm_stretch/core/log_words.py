"""The log's words: stored in English, shown in the person's language.

The log keeps the labels a person ticks (where, what helped, tags) and the
name of each routine they ran. Stored as shown, a log written in English and
read in German would count "Calf or foot" and "Wade oder Fuß" as two areas,
and every change of language would split it again. So the log holds the
English labels of the guidance (which every log written before translations
already holds), and this one place turns them into the current language for
reading and back into English for saving. A label the guidance does not know
(a free text, an old label of one's own) is kept and shown as it is.

Built once from the English and the shown guidance, whose lists match entry
for entry (``core/content_language.py``), and from the routines the catalog
shows. Qt-free, so the window, the report and the terminal read the same.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spasm_stretch.core.content import Relief, load_guidance
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.log_review import LogReview
    from spasm_stretch.core.model import Routine
    from spasm_stretch.core.records import Episode, SessionRecord

ELSEWHERE = "Elsewhere"  # the area a person picks when none of the guidance's fits


class LogWordsText(Text):
    """Words a person can choose for the log that the guidance files do not hold."""


def elsewhere() -> str:
    """The area choice for a cramp in none of the guidance's areas, as the person reads it."""
    return LogWordsText.tr("Elsewhere")


@dataclass(frozen=True)
class Pairs:
    """One list of labels in English and as shown, for turning a label either way."""

    shown: Mapping[str, str] = field(default_factory=dict)  # English -> shown
    stored: Mapping[str, str] = field(default_factory=dict)  # shown -> English

    @classmethod
    def of(cls, english: Iterable[str], shown: Iterable[str]) -> Pairs:
        """The pairs of two lists that match entry for entry (the first of equal labels wins)."""
        pairs = list(zip(english, shown, strict=True))
        return cls(dict(reversed(pairs)), {said: word for word, said in reversed(pairs)})

    def show(self, label: str) -> str:
        """``label`` as stored, in the current language (unknown labels as they are)."""
        return self.shown.get(label, label)

    def store(self, label: str) -> str:
        """``label`` as shown, in English for the log (unknown labels as they are)."""
        return self.stored.get(label, label)


@dataclass(frozen=True)
class LogWords:
    """Turns what the log stores into what a person reads, and back.

    The default turns nothing: the English app, and any test that does not
    speak another language.
    """

    areas: Pairs = Pairs()
    helped: Pairs = Pairs()
    tags: Pairs = Pairs()
    routine_names: Mapping[str, str] = field(default_factory=dict)  # routine id -> name shown

    @classmethod
    def between(cls, english: Relief, shown: Relief, routines: Iterable[Routine] = ()) -> LogWords:
        """The words of ``english`` and ``shown`` guidance, and of the catalog's ``routines``."""
        return cls(
            areas=Pairs.of(
                [*(a.label for a in english.areas), ELSEWHERE],
                [*(a.label for a in shown.areas), elsewhere()],
            ),
            helped=Pairs.of(english.helped, shown.helped),
            tags=Pairs.of(english.tags, shown.tags),
            routine_names={r.id: r.name for r in routines},
        )

    def shown_episode(self, episode: Episode) -> Episode:
        """``episode`` as the log holds it, with its labels in the current language."""
        return self._episode(episode, Pairs.show)

    def stored_episode(self, episode: Episode) -> Episode:
        """``episode`` as a person gave it, with its labels in English for the log."""
        return self._episode(episode, Pairs.store)

    def _episode(self, episode: Episode, turn: Callable[[Pairs, str], str]) -> Episode:
        return dataclasses.replace(
            episode,
            area=turn(self.areas, episode.area),
            helped=tuple(turn(self.helped, item) for item in episode.helped),
            tags=tuple(turn(self.tags, item) for item in episode.tags),
        )

    def shown_session(self, record: SessionRecord) -> SessionRecord:
        """A routine run with its routine's name as the catalog shows it, if it knows the id."""
        name = self.routine_names.get(record.routine_id, record.routine_name)
        return dataclasses.replace(record, routine_name=name)

    def shown_review(self, review: LogReview) -> LogReview:
        """``review`` with its areas, routines and longest cramp in the current language.

        Two stored labels shown alike (an English and an old translated one)
        are counted as one.
        """
        ids = dict(zip((name for name, _ in review.by_routine), review.routine_ids, strict=False))
        return dataclasses.replace(
            review,
            by_area=_merged(review.by_area, self.areas.show),
            by_routine=_merged(
                review.by_routine, lambda name: self.routine_names.get(ids.get(name, ""), name)
            ),
            weeks=tuple(
                dataclasses.replace(
                    week, by_area=tuple(sorted(_merged(week.by_area, self.areas.show)))
                )
                for week in review.weeks
            ),
            longest=review.longest and self.shown_episode(review.longest),
        )


def _merged(
    counts: tuple[tuple[str, int], ...], show: Callable[[str], str]
) -> tuple[tuple[str, int], ...]:
    """``counts`` renamed by ``show``, equal names added up, most first (ties keep their order)."""
    tally: Counter[str] = Counter()
    for label, count in counts:
        tally[show(label)] += count
    return tuple(sorted(tally.items(), key=lambda item: -item[1]))


def log_words(
    folder: Path,
    language: str,
    shown: Relief,
    routines: Iterable[Routine] = (),
    *,
    cache_folder: Path | None = None,
) -> LogWords:
    """The log's words for the guidance in ``folder`` shown (as ``shown``) in ``language``.

    Raises:
        ContentError: when the English guidance cannot be read.
    """
    if language == SOURCE_LANGUAGE:
        return LogWords()
    english = load_guidance(folder, cache_folder=cache_folder).relief  # cached: see content
    return LogWords.between(english, shown, routines)
