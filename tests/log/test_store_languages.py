"""The log in words in another language: dates the locale's way, the CSV still data."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from spasm_stretch.cli import main
from spasm_stretch.core.content import load_guidance
from spasm_stretch.core.log_review import review_log
from spasm_stretch.core.records import Episode, SessionRecord
from spasm_stretch.i18n.language import SOURCE_LANGUAGE
from spasm_stretch.i18n.text import use_catalog
from spasm_stretch.log.report import ReportRequest, report_html, write_csv, write_text
from spasm_stretch.log.store import LogStore
from spasm_stretch.resources import assets_dir
from spasm_stretch.user_paths import data_dir
from tests.helpers.log import log_cramp, log_run
from tests.helpers.speak import Messages, speaking

DOCTOR = load_guidance(assets_dir() / "content").doctor
START = datetime(2026, 2, 3, 3, 12).astimezone()  # a Tuesday in February
FRENCH: Messages = {
    ("ReportText", "Cramp episodes: {count}"): "Crampes : {count}",
    ("ReportText", "Routines done: {count}"): "Routines faites : {count}",
    ("ReportText", "finished"): "terminée",
    ("CrampText", "left"): "gauche",
    ("LogReviewText", "%n logged cramps lasted longer than {limit} minutes (the longest, "
     "{longest}, on {day})."): [
        "%n crampe enregistrée a duré plus de {limit} minutes (la plus longue : {longest}, "
        "le {day}).",
        "%n crampes enregistrées ont duré plus de {limit} minutes (la plus longue : "
        "{longest}, le {day}).",
    ],
}  # fmt: skip


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A command run here sets the process's language: the next test starts in English."""
    yield
    use_catalog(SOURCE_LANGUAGE)


def two_long_cramps() -> tuple[list[Episode], list[SessionRecord]]:
    cramps = [
        Episode(1, START, START + timedelta(minutes=12), "Calf or foot", (), (), "", side="left"),
        Episode(2, START + timedelta(days=1), START + timedelta(days=1, minutes=11), "Neck",
                (), (), ""),
    ]  # fmt: skip
    run = SessionRecord(1, "calf", "Calf stretch", START, START + timedelta(minutes=1), True, None)
    return cramps, [run]


def flag_line(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("  ! "))


def listing(language: str) -> list[str]:
    episodes, sessions = two_long_cramps()
    out = io.StringIO()
    messages: Messages = FRENCH if language == "fr" else {}
    with speaking(language, messages):
        review = review_log(episodes, sessions, DOCTOR, now=START + timedelta(days=2))
        write_text(episodes, sessions, review.flags, DOCTOR, out)
    return out.getvalue().splitlines()


def test_history_in_french_reads_french_dates_and_words() -> None:
    """French: 03/02/2026 in the listing, « 3 févr. 2026 » in the red flag, French words."""
    lines = listing("fr")
    assert lines[:3] == [
        "Routines faites : 1",
        "  03/02/2026 03:12  Calf stretch           terminée",
        "Crampes : 2",
    ]
    assert lines[3].startswith("  03/02/2026 03:12  Calf or foot (gauche)")
    flag = next(line for line in lines if line.startswith("  ! "))
    assert flag.startswith(
        "  ! 2 crampes enregistrées ont duré plus de 10 minutes (la plus longue : 12 min, "
        "le 3 févr. 2026)."
    )


def test_history_in_german_reads_german_dates() -> None:
    """German: 03.02.26 in the listing and « 3. Feb. 2026 » in the red flag."""
    lines = listing("de")
    assert lines[1] == "  03.02.26 03:12  Calf stretch           finished"
    assert "(the longest, 12 min, on 3. Feb. 2026)" in flag_line(lines)


def test_english_keeps_its_own_date_forms() -> None:
    """The source language prints dates as it always has (tests and scripts rely on it)."""
    lines = listing("en")
    assert lines[1] == "  2026-02-03 03:12  Calf stretch           finished"
    assert "(the longest, 12 min, on 03 Feb 2026)" in flag_line(lines)


def test_the_csv_stays_data_in_any_language() -> None:
    """The CSV keeps English headers, ISO instants and enum values whatever the language."""
    episodes, sessions = two_long_cramps()
    out = io.StringIO()
    with speaking("fr", FRENCH):
        write_csv(episodes, sessions, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["kind"] == "session" and rows[1]["side"] == "left"
    assert rows[1]["started"] == START.isoformat() and rows[1]["end"] == "timed"


def test_the_report_html_says_french_dates() -> None:
    """The doctor's report names its period and each cramp's day the French way."""
    episodes, sessions = two_long_cramps()
    with speaking("fr", {}):
        review = review_log(episodes, sessions, DOCTOR, now=START + timedelta(days=2))
        markup = report_html(
            episodes, review, DOCTOR, ReportRequest(date(2026, 1, 1), date(2026, 2, 28)),
            printed=START,
        )  # fmt: skip
    assert "1 janv. 2026" in markup and "28 févr. 2026" in markup
    assert "3 févr." in markup


def test_the_history_command_follows_lang_without_loading_qt() -> None:
    """`spasm-stretch --lang de history`: German dates and names, and Qt is never imported."""
    history = LogStore(data_dir() / "history.db")
    log_run(history, "calf", "Calf stretch", START, START + timedelta(minutes=1), finished=True)
    log_cramp(history, START, 3, "Calf or foot")
    history.close()
    script = (
        "import sys\n"
        "from spasm_stretch.cli import main\n"
        "code = main(['--lang', 'de', 'history'])\n"
        "assert 'PySide6' not in sys.modules, 'history imported Qt'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=dict(os.environ),
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "  03.02.26 03:12  Wadendehnung" in result.stdout
    assert "  03.02.26 03:12  Wade oder Fuß" in result.stdout


def test_lang_fr_history_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    """The same command in French, run in this process: French day order and French words.

    The log holds the English words of the guidance; the CSV, being data, keeps them.
    """
    history = LogStore(data_dir() / "history.db")
    log_cramp(history, START, 3, "Calf or foot", helped=("Stretching",), tags=("Night-time",))
    log_cramp(history, START + timedelta(hours=1), 1, "my big toe", helped=("ice cubes",))
    history.close()
    assert main(["--lang", "fr", "history"]) == 0
    out = capsys.readouterr().out
    assert "  03/02/2026 03:12  Mollet ou pied" in out
    assert "a aidé\u00a0: Étirement; étiquettes\u00a0: La nuit" in out
    assert "  03/02/2026 04:12  my big toe" in out and "ice cubes" in out
    assert main(["--lang", "fr", "history", "--csv"]) == 0
    rows = [
        r for r in csv.DictReader(io.StringIO(capsys.readouterr().out)) if r["kind"] == "episode"
    ]
    assert [(row["area"], row["helped"], row["tags"]) for row in rows] == [
        ("Calf or foot", "Stretching", "Night-time"), ("my big toe", "ice cubes", ""),
    ]  # fmt: skip


def test_spanish_short_dates_of_any_length_keep_the_columns_in_line() -> None:
    """Spanish writes 5/2/26 4:12 and 16/2/26 14:12: the areas still start in one column."""
    episodes = [
        Episode(n, START + timedelta(days=days, hours=hours), None, "Neck", (), (), "")
        for n, (days, hours) in enumerate(((2, 1), (13, 11)))
    ]
    out = io.StringIO()
    with speaking("es", {}):
        review = review_log(episodes, [], DOCTOR, now=START + timedelta(days=20))
        write_text(episodes, [], review.flags, DOCTOR, out)
    rows = [line for line in out.getvalue().splitlines() if "Neck" in line]
    assert rows[0].startswith("  5/2/26 4:12 ") and rows[1].startswith("  16/2/26 14:12 ")
    assert rows[0].index("Neck") == rows[1].index("Neck")
