"""The cramp happening now, as a state machine that only logs what the person said.

A cramp starts when the person says where it is (or starts the timer by
hand); reading the relief page starts nothing. For a leg the side is asked
first; after the stretch the app asks whether it is easing. Its length is
known only when the person says it is over (or says about how long it
lasted): a cramp nobody answered for stays open, and closing the app marks it
unanswered, to be asked about at the next start, never ended at the closing
time. The long-cramp warning fires only while the person is with the cramp
(stretching, or having said it is still cramping), so a stretch left to
finish on its own never raises a false "see your doctor".

Elapsed time is ``now - start`` on a monotonic clock; the logged end is the
logged start plus that, so a wall-clock change cannot stretch a cramp.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from spasm_stretch.core.cramp_timer import CrampTimer
from spasm_stretch.core.records import EndKind, Episode
from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.clock import Clock


class CrampText(Text):
    """Words of the cramp flow: how long a cramp lasted, and the answers about its end."""


class Phase(Enum):
    """Where the cramp now being helped stands."""

    NONE = "none"  # no cramp
    SIDE = "side"  # the area is known; which leg?
    STRETCHING = "stretching"  # its relief stretch is running
    ASKING = "asking"  # the stretch is over: is it easing?
    CONTINUING = "continuing"  # still cramping (the person said so, or is timing it by hand)


@dataclass(frozen=True)
class EndChoice:
    """A quick answer to "when did that cramp end?"."""

    words: Callable[[], str]  # its label, in the language spoken when it is shown
    minutes: float | None
    kind: EndKind

    @property
    def label(self) -> str:
        """The answer as the person reads it."""
        return self.words()


END_CHOICES = (
    EndChoice(lambda: CrampText.tr("A few minutes"), 3, EndKind.ESTIMATED),
    EndChoice(lambda: CrampText.tr("About 5 minutes"), 5, EndKind.ESTIMATED),
    EndChoice(lambda: CrampText.tr("About 10 minutes"), 10, EndKind.ESTIMATED),
    EndChoice(lambda: CrampText.tr("More than 10 minutes"), 10, EndKind.MORE_THAN),
    EndChoice(lambda: CrampText.tr("I don't know"), None, EndKind.UNKNOWN),
)


def clock_text(seconds: int) -> str:
    """Whole seconds as a timer shows them: 14:02, or 1:02:05."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def end_choices(known_seconds: float, limit_seconds: float) -> tuple[EndChoice, ...]:
    """The answers to "about how long did it last?" that never shorten what was measured.

    ``known_seconds`` is how long the app knows the cramp lasted: the first
    answer starts from it ("More than 14:02") and the usual answers follow
    only where they are longer. "I don't know" is left out once the known
    length is past the limit, so a question cannot erase a measured red flag.
    """
    known = round(known_seconds)
    timed: list[EndChoice] = []
    if known >= 60:
        timed.append(
            EndChoice(
                lambda: CrampText.tr("More than {time} (as timed)").format(time=clock_text(known)),
                known / 60,
                EndKind.MORE_THAN,
            )
        )
    longer = [
        choice
        for choice in END_CHOICES
        if (choice.minutes is None and known <= limit_seconds)
        or (choice.minutes is not None and choice.minutes * 60 > known)
    ]
    return (*timed, *longer)


def ended_with(episode: Episode, choice: EndChoice) -> Episode:
    """``episode`` with the end the person chose for it."""
    ended = None if choice.minutes is None else episode.started + timedelta(minutes=choice.minutes)
    return dataclasses.replace(episode, ended=ended, end=choice.kind)


def side_text(side: str) -> str:
    """A logged side ("left", "right", or "") as the person reads it."""
    return {"left": CrampText.tr("left"), "right": CrampText.tr("right")}.get(side, side)


def leg_text(side: str) -> str:
    """The leg of a logged side ("left leg", "right leg") as the person reads it."""
    return {"left": CrampText.tr("left leg"), "right": CrampText.tr("right leg")}.get(side, side)


def length_text(episode: Episode) -> str:
    """How long a cramp lasted in words, including how sure that is."""
    minutes = episode.minutes
    if episode.end is EndKind.OPEN:
        return CrampText.tr("end not recorded")
    if minutes is None:
        return CrampText.tr("end not known")
    if episode.end is EndKind.MORE_THAN:
        return CrampText.tr("over {minutes} min").format(minutes=f"{minutes:.0f}")
    if episode.end is EndKind.ESTIMATED:
        return CrampText.tr("about {minutes} min").format(minutes=f"{minutes:.0f}")
    seconds = episode.seconds or 0
    if seconds < 60:
        return CrampText.tr("{seconds} s").format(seconds=seconds)
    whole, rest = divmod(seconds, 60)
    if rest == 0:
        return CrampText.tr("{minutes} min").format(minutes=whole)
    return CrampText.tr("{minutes} min {seconds} s").format(minutes=whole, seconds=rest)


class CrampFlow:
    """One cramp at a time: its phase, its timer, and the record the log should hold."""

    def __init__(self, clock: Clock, wall: Callable[[], datetime], limit_seconds: float) -> None:
        self.timer = CrampTimer(clock, limit_seconds)
        self._wall = wall
        self.phase = Phase.NONE
        self.record: Episode | None = None
        self.routine_id = ""  # the area's stretch, to offer again
        self.asked_at: float | None = None  # seconds into the cramp when its stretch ended

    @property
    def active(self) -> bool:
        """Whether a cramp is being helped now."""
        return self.phase is not Phase.NONE

    @property
    def known_seconds(self) -> float:
        """How long the cramp is known to have lasted so far (0 when none is being helped).

        The timer while the person is with it (naming the leg, stretching, or
        having said it is still cramping); the stretch's end while "is it
        easing?" waits for an answer.
        """
        if not self.active:
            return 0.0
        if self.phase is Phase.ASKING and self.asked_at is not None:
            return self.asked_at
        return self.timer.elapsed()

    def end_choices(self) -> tuple[EndChoice, ...]:
        """The "how long did it last?" answers for this cramp: none shorter than measured."""
        return end_choices(self.known_seconds, self.timer.limit)

    def begin(self, area: str = "", *, routine_id: str = "", ask_side: bool = False) -> Episode:
        """A new cramp, where the person said it is (``area`` "" when timed by hand)."""
        self.timer.start()
        self.routine_id = routine_id
        self.asked_at = None
        self.record = Episode(0, self._wall(), None, area, (), (), "", end=EndKind.OPEN)
        if ask_side:
            self.phase = Phase.SIDE
        else:
            self.phase = Phase.STRETCHING if routine_id else Phase.CONTINUING
        return self.record

    def set_area(self, area: str, routine_id: str, *, ask_side: bool) -> None:
        """The person named (another) area for the cramp already being timed."""
        self.routine_id = routine_id
        self.note(area=area, side="")
        self.phase = Phase.SIDE if ask_side else Phase.STRETCHING

    def choose_side(self, side: str) -> None:
        """Left or right leg: its stretch starts now."""
        self.note(side=side)
        self.phase = Phase.STRETCHING

    def stretching(self) -> None:
        """The stretch for this cramp is running (again)."""
        if self.active:
            self.phase = Phase.STRETCHING

    def stretch_over(self) -> None:
        """The stretch ended (finished or stopped): time to ask whether it is easing."""
        if self.phase is Phase.STRETCHING:
            self.phase = Phase.ASKING
            self.asked_at = self.timer.elapsed()

    def still_cramping(self) -> None:
        """The person says it is not easing: it goes on, and the limit counts again."""
        if self.active:
            self.phase = Phase.CONTINUING

    def note(self, **changes: object) -> None:
        """Change what the record says (area, side, helped, tags, note, severity)."""
        if self.record is not None:
            self.record = dataclasses.replace(self.record, **changes)  # type: ignore[arg-type]

    def end_now(self) -> Episode:
        """The person says it is over, now: its length is the time since it started."""
        assert self.record is not None
        self.timer.stop()
        ended = self.record.started + timedelta(seconds=round(self.timer.elapsed()))
        return self._finish(dataclasses.replace(self.record, ended=ended, end=EndKind.TIMED))

    def end_when_asked(self) -> Episode:
        """It was over when its stretch ended (said later, after the question went unanswered)."""
        assert self.record is not None
        self.timer.stop()
        seconds = self.timer.elapsed() if self.asked_at is None else self.asked_at
        ended = self.record.started + timedelta(seconds=round(seconds))
        return self._finish(dataclasses.replace(self.record, ended=ended, end=EndKind.TIMED))

    def end_with(self, choice: EndChoice) -> Episode:
        """The person says about how long it lasted; never shorter than what was measured.

        An answer shorter than the known length (or "I don't know" past the
        limit) logs the known length as "more than" that, so the log keeps it.
        """
        assert self.record is not None
        known = round(self.known_seconds)
        self.timer.stop()
        if choice not in end_choices(known, self.timer.limit) and known:
            choice = EndChoice(lambda: "", known / 60, EndKind.MORE_THAN)
        return self._finish(ended_with(self.record, choice))

    def close_unanswered(self) -> Episode | None:
        """The app is closing and nobody said when the cramp ended: ask at the next start."""
        if self.record is None or not self.active:
            return None
        self.timer.stop()
        return self._finish(dataclasses.replace(self.record, end=EndKind.UNANSWERED))

    def discard(self) -> None:
        """Not a cramp after all."""
        self.timer.reset()
        self.phase = Phase.NONE
        self.record = None

    def _finish(self, record: Episode) -> Episode:
        self.record = None
        self.phase = Phase.NONE
        return record

    def warning_due(self) -> bool:
        """Whether the long-cramp warning should show: the limit is passed with the person here."""
        return self.timer.over_limit() and self.phase in (
            Phase.SIDE, Phase.STRETCHING, Phase.CONTINUING,
        )  # fmt: skip

    def seconds_to_limit(self) -> float | None:
        """Seconds until the limit, while a cramp is being timed."""
        return self.timer.seconds_to_limit() if self.active else None
