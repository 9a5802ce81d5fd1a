"""Problems found while loading routines, as values a user can read.

Loading never raises for bad input: every failure becomes a Problem that
names the file, the line and the field, so one broken file is reported and
every other routine still loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(Enum):
    """An error keeps the routine out; a warning only informs its author."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One message about one file, with the line when there is one."""

    path: Path
    message: str
    line: int | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line is not None else str(self.path)
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {prefix}{self.message}"
