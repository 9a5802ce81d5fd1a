"""The local time zone, checked once at start so no clock reading can raise later.

The C library accepts zones Python's ``datetime`` cannot hold: ``TZ=UTC+24``
(an offset of a whole day or more) makes every ``datetime.now().astimezone()``
raise ValueError, which would stop the log from recording a cramp. Such a
zone is replaced, for this process only, by UTC, and the person is told: a
log written in UTC is right about every instant, only shown in another zone.
"""

from __future__ import annotations

import os
import time
from collections.abc import MutableMapping
from datetime import UTC, datetime

from spasm_stretch.i18n.text import Text


class ZoneText(Text):
    """What the app says when the computer's time zone cannot be used."""


_fallback = {"message": ""}  # what use_usable_zone said, for the window to show as well


def fallback_message() -> str:
    """The message of the fallback to UTC made in this process, or "" when none was needed."""
    return _fallback["message"]


def zone_problem() -> str:
    """Why the local zone cannot be used (Python's own words), or "" when it can."""
    try:
        datetime.now().astimezone()
        datetime(2000, 1, 1, tzinfo=UTC).astimezone()  # stored instants are read back this way
    except (ValueError, OverflowError, OSError) as exc:
        return str(exc) or type(exc).__name__
    return ""


def use_usable_zone(environ: MutableMapping[str, str] | None = None) -> str:
    """Fall back to UTC when the local zone cannot be used; returns the message to show, or ""."""
    problem = zone_problem()
    if not problem:
        return ""
    environ = os.environ if environ is None else environ
    given = environ.get("TZ", "")
    environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):
        time.tzset()
    _fallback["message"] = ZoneText.tr(
        "The computer's time zone ({zone}) cannot be used ({problem}); "
        "times are shown and logged in UTC instead."
    ).format(zone=given or ZoneText.tr("not set"), problem=problem.rstrip("."))
    return _fallback["message"]
