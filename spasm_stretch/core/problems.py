"""Problems found while loading routines, as values a user can read.

Loading never raises for bad input: every failure becomes a Problem that
names the file, the line and the field, so one broken file is reported and
every other routine still loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    from spasm_stretch.core.model import Routine


class ProblemWords(Text):
    """How a problem is placed in its file when printed."""


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
    missing: str = ""  # the field the message says is missing, for the editor to place it

    def __str__(self) -> str:
        warning = self.severity is Severity.WARNING
        if self.line is None and warning:
            text = ProblemWords.tr("{path}: warning: {message}")
        elif self.line is None:
            text = ProblemWords.tr("{path}: {message}")
        elif warning:
            text = ProblemWords.tr("{path}, line {line}: warning: {message}")
        else:
            text = ProblemWords.tr("{path}, line {line}: {message}")
        return text.format(path=self.path, line=self.line, message=self.message)


@dataclass(frozen=True)
class LoadResult:
    """What loading one file gave: a routine, or none, and what to tell its author.

    Kept here, beside Problem and away from the YAML loader, so that a result
    read back from the parsed-routine cache needs no YAML parser imported.
    """

    path: Path
    routine: Routine | None
    problems: tuple[Problem, ...]
    id_line: int | None = None
