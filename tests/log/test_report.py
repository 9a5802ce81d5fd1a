"""The CSV a spreadsheet opens: every cell shown as text, never run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest

from spasm_stretch.core.records import EndKind, Episode
from spasm_stretch.log.report import safe_cell, write_csv

START = datetime(2026, 11, 25, 3, 0).astimezone()


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_run_is_neutralised(text: str) -> None:
    assert safe_cell(text) == "'" + text


def test_ordinary_text_is_left_alone() -> None:
    assert safe_cell("woke me at 3 = bad night") == "woke me at 3 = bad night"


def test_the_csv_has_side_severity_and_how_the_end_is_known() -> None:
    episode = Episode(
        1, START, START + timedelta(minutes=5), "=Calf", ("Stretching",), ("@night",),
        "=cmd|' /C calc'!A0", side="left", severity=7, end=EndKind.ESTIMATED,
    )  # fmt: skip
    out = io.StringIO()
    write_csv([episode], [], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["side"], row["severity"], row["end"], row["minutes"]) == (
        "left", "7", "estimated", "5.0",
    )  # fmt: skip
    assert (row["area"], row["tags"], row["note"]) == ("'=Calf", "'@night", "'=cmd|' /C calc'!A0")
