"""Every test runs at a local time it chose, not at the hour the machine happens to show."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from spasm_stretch.log import store
from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.widgets import theme
from tests.helpers.wall_clock import DEFAULT, LocalTime

AUTO_NIGHT = AppSettings(theme=Theme.LIGHT, night_auto=True, night_start=22, night_end=7)


def test_the_app_reads_the_tests_local_time(local_time: LocalTime) -> None:
    """The log's 'now' is the frozen weekday noon, in the machine's own time zone."""
    assert local_time.moment == DEFAULT
    assert store.now() == DEFAULT.astimezone()
    local_time.advance(timedelta(days=1, hours=11, minutes=59))
    assert store.now() == datetime(2026, 11, 26, 23, 59).astimezone()
    assert date.today() == date(2026, 11, 26)


def test_the_automatic_night_theme_follows_the_tests_clock(local_time: LocalTime) -> None:
    """At 23:00 and 03:00 the automatic night theme is due; at 07:00 and noon it is not."""
    for hour, expected in (
        (23, Theme.NIGHT),
        (3, Theme.NIGHT),
        (7, Theme.LIGHT),
        (12, Theme.LIGHT),
    ):
        local_time.set(datetime(2026, 11, 25, hour, 0))
        assert theme.chosen_theme(AUTO_NIGHT) is expected, hour


def test_real_dates_are_still_dates_to_the_app() -> None:
    """The stand-in classes change only now() and today(): a real datetime still counts."""
    assert datetime.now() == DEFAULT, "this module's datetime is the stand-in too"
    assert isinstance(DEFAULT, datetime), "a datetime made before the test still counts"
    assert isinstance(datetime(2026, 1, 1), datetime)
    assert datetime.fromisoformat("2026-01-01T03:00:00+00:00").hour == 3
