"""The plan: a routine and settings become one contiguous timeline."""

from __future__ import annotations

import pytest

from spasm_stretch.core.model import FlowPose, HoldChoice, HoldRange, Routine, Side, Step
from spasm_stretch.core.plan import (
    PlanSettings,
    SegmentKind,
    format_duration,
    make_plan,
    plan_length,
)
from spasm_stretch.library import load_all


def routine(*steps: Step, prepare: float = 5, switch: float = 3) -> Routine:
    return Routine("r", "R", "calf", "s", tuple(steps), prepare=prepare, switch=switch)


def step(**fields: object) -> Step:
    base: dict[str, object] = {"name": "S", "instructions": ("Do it.",), "hold": HoldRange(20, 30)}
    base.update(fields)
    return Step(**base)  # type: ignore[arg-type]


def kinds(plan_routine: Routine, settings: PlanSettings | None = None) -> list[tuple[str, float]]:
    plan = make_plan(plan_routine, settings)
    return [
        (s.kind.value + ("" if s.side is Side.NONE else "-" + s.side.value), s.length)
        for s in plan.segments
    ]


def test_both_sides_holds_left_switches_then_holds_right() -> None:
    """A two-sided stretch is prepare, hold left, switch, hold right."""
    assert kinds(routine(step(both_sides=True))) == [
        ("prepare", 5),
        ("hold-left", 25),
        ("switch-right", 3),
        ("hold-right", 25),
    ]


@pytest.mark.parametrize(
    ("choice", "length"), [(HoldChoice.SHORT, 20), (HoldChoice.MEDIUM, 25), (HoldChoice.LONG, 30)]
)
def test_hold_setting_picks_within_the_range(choice: HoldChoice, length: float) -> None:
    """The user's short/medium/long choice picks the low end, middle or high end."""
    plan = make_plan(routine(step()), PlanSettings(hold=choice))
    assert [s.length for s in plan.segments if s.kind is SegmentKind.HOLD] == [length]


def test_rest_between_steps_but_not_after_the_last() -> None:
    """Rest follows every step but the last, and settings can override prepare and rest."""
    r = routine(step(rest=10), step(rest=10))
    assert kinds(r) == [("prepare", 5), ("hold", 25), ("rest", 10), ("prepare", 5), ("hold", 25)]
    assert kinds(r, PlanSettings(prepare=2, rest=0)) == [
        ("prepare", 2),
        ("hold", 25),
        ("prepare", 2),
        ("hold", 25),
    ]


def test_reps_on_one_side_relax_between_holds() -> None:
    """Repeated one-sided holds get a short relax between them, not a switch."""
    assert kinds(routine(step(reps=2, hold=HoldRange(5, 5)))) == [
        ("prepare", 5),
        ("hold", 5),
        ("rest", 3),
        ("hold", 5),
    ]


def test_flow_cycles_poses_for_the_hold_time_and_cuts_the_last() -> None:
    """Cat-cow alternates its poses until the hold time is used up exactly."""
    poses = (FlowPose("Cat", "up", 4), FlowPose("Cow", "down", 4))
    plan = make_plan(routine(step(hold=HoldRange(10, 10), flow=poses), prepare=0))
    assert [(s.pose.pose if s.pose else "", s.length) for s in plan.segments] == [
        ("Cat", 4),
        ("Cow", 4),
        ("Cat", 2),
    ]
    assert plan.active_total == 10


def test_segments_are_contiguous() -> None:
    """Each segment starts where the previous ended."""
    plan = make_plan(routine(step(both_sides=True, reps=2, rest=4), step()))
    for before, after in zip(plan.segments, plan.segments[1:], strict=False):
        assert after.start == pytest.approx(before.end)


def test_format_duration_reads_like_a_timer() -> None:
    """Durations show as m:ss."""
    assert [format_duration(s) for s in (0, 5, 59.6, 60, 393, -3)] == [
        "0:00",
        "0:05",
        "1:00",
        "1:00",
        "6:33",
        "0:00",
    ]


@pytest.mark.parametrize(
    "settings",
    [
        PlanSettings(),
        PlanSettings(hold=HoldChoice.LONG, prepare=0, rest=0),
        PlanSettings(hold=HoldChoice.SHORT, prepare=7.5, rest=3, only_side=Side.LEFT),
    ],
)
def test_the_lists_length_is_the_plans_total_to_the_last_digit(settings: PlanSettings) -> None:
    """The list shows ``plan_length``; a session runs ``make_plan``: they never disagree."""
    routines = load_all([]).routines
    assert routines
    for routine in routines:
        assert plan_length(routine, settings) == make_plan(routine, settings).total
