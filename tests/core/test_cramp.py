"""The cramp flow: only what the person said reaches the log, and no false long-cramp alarm."""

from __future__ import annotations

from datetime import datetime, timedelta

from spasm_stretch.core.cramp import END_CHOICES, CrampFlow, Phase, ended_with, length_text
from spasm_stretch.core.records import EndKind, Episode
from tests.helpers.clock import FakeClock

START = datetime(2026, 11, 25, 3, 0).astimezone()
LIMIT = 600.0


def flow(clock: FakeClock) -> CrampFlow:
    return CrampFlow(clock, lambda: START, LIMIT)


def test_a_leg_asks_the_side_then_stretches_and_asks_if_it_eases() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    record = cramp.begin("Calf or foot", routine_id="calf", ask_side=True)
    assert (cramp.phase, record.end) == (Phase.SIDE, EndKind.OPEN)
    cramp.choose_side("left")
    assert cramp.phase is Phase.STRETCHING and cramp.record is not None
    assert cramp.record.side == "left"
    clock.advance(28)
    cramp.stretch_over()
    assert cramp.asked_at == 28
    clock.advance(5)
    ended = cramp.end_now()
    assert (ended.end, ended.minutes, ended.side) == (EndKind.TIMED, 33 / 60, "left")
    assert not cramp.active


def test_no_warning_while_the_question_waits_but_at_once_when_still_cramping() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin("Neck", routine_id="neck")
    clock.advance(60)
    cramp.stretch_over()
    clock.advance(LIMIT)
    assert cramp.timer.over_limit() and not cramp.warning_due()
    assert cramp.seconds_to_limit() is None
    cramp.still_cramping()
    assert cramp.warning_due()


def test_the_warning_counts_while_stretching_and_when_timed_by_hand() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin()
    assert cramp.phase is Phase.CONTINUING
    assert cramp.seconds_to_limit() == LIMIT
    clock.advance(LIMIT - 1)
    assert not cramp.warning_due()
    clock.advance(1)
    assert cramp.warning_due()


def test_closing_without_an_answer_never_gives_a_length() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin("Calf or foot", routine_id="calf", ask_side=True)
    clock.advance(3600)
    record = cramp.close_unanswered()
    assert record is not None
    assert (record.end, record.ended, record.minutes) == (EndKind.UNANSWERED, None, None)
    assert not record.end.length_known
    assert cramp.close_unanswered() is None


def test_a_late_yes_can_be_dated_to_the_end_of_the_stretch() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin("Back", routine_id="back")
    clock.advance(40)
    cramp.stretch_over()
    clock.advance(3 * 3600)
    assert cramp.end_when_asked().minutes == 40 / 60


def test_the_quick_answers_give_lengths_said_plainly() -> None:
    open_one = Episode(1, START, None, "Calf or foot", (), (), "", end=EndKind.UNANSWERED)
    texts = [length_text(ended_with(open_one, choice)) for choice in END_CHOICES]
    assert texts == ["about 3 min", "about 5 min", "about 10 min", "over 10 min", "end not known"]
    over = ended_with(open_one, END_CHOICES[3])
    assert over.minutes == 10 and over.end is EndKind.MORE_THAN
    assert length_text(open_one) == "end not known"
    still_open = Episode(1, START, None, "", (), (), "", end=EndKind.OPEN)
    assert length_text(still_open) == "end not recorded"
    timed = Episode(1, START, START + timedelta(seconds=95), "", (), (), "", end=EndKind.TIMED)
    assert length_text(timed) == "1 min 35 s"


def test_a_wall_clock_jump_does_not_stretch_a_cramp() -> None:
    """The end is the start plus monotonic time, whatever the wall clock says meanwhile."""
    clock = FakeClock()
    walls = iter([START, START + timedelta(hours=5)])
    cramp = CrampFlow(clock, lambda: next(walls), LIMIT)
    cramp.begin()
    clock.advance(90)
    assert cramp.end_now().minutes == 1.5


def test_an_answer_never_shortens_a_measured_cramp() -> None:
    """Answering "about 5 minutes" after 14:02 timed with the person keeps more than 14:02."""
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin("Neck", routine_id="neck")
    cramp.stretch_over()
    cramp.still_cramping()
    clock.advance(14 * 60 + 2)
    about_five = next(c for c in END_CHOICES if c.minutes == 5)
    assert about_five not in cramp.end_choices()
    ended = cramp.end_with(about_five)
    assert (ended.end, ended.seconds) == (EndKind.MORE_THAN, 14 * 60 + 2)
    assert ended.longer_than(10)


def test_the_longer_answers_are_kept_as_given() -> None:
    clock = FakeClock()
    cramp = flow(clock)
    cramp.begin("Neck", routine_id="neck")
    clock.advance(4 * 60)
    more = next(c for c in END_CHOICES if c.kind is EndKind.MORE_THAN)
    ended = cramp.end_with(more)
    assert (ended.end, ended.seconds) == (EndKind.MORE_THAN, 600)
