"""The cramp flow, the log and the doctor's report in French: words, dates and accents.

French is installed the way the app installs it (a compiled translation, the
default QLocale, the Text contexts reading Qt's translators), from a few
messages this file holds (tests/helpers/speak.py), so the tests do not wait
for the shipped catalogs to be filled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.layout import layout_problems
from tests.helpers.log import log_cramp, log_run
from tests.helpers.speak import Messages, window_speaking

WindowFactory = Callable[..., MainWindow]
START = datetime(2026, 2, 3, 3, 12).astimezone()  # a Tuesday in February
FRENCH: Messages = {
    ("ReliefView", "Which leg?  (keys {left} and {right})"):
        "Quelle jambe ?  (touches {left} et {right})",
    ("ReliefView", "\u25c0  LEFT leg"): "\u25c0  Jambe GAUCHE",
    ("ReliefView", "RIGHT leg  \u25b6"): "Jambe DROITE  \u25b6",
    ("HistoryView", "Your log"): "Votre journal des crampes",
    ("HistoryView", "Overview"): "Aperçu",
    ("HistoryView", "<b>%n</b> cramps logged"): [
        "<b>%n</b> crampe enregistrée", "<b>%n</b> crampes enregistrées",
    ],
    ("LogController", "When"): "Quand",
    ("LogController", "Length"): "Durée",
    ("ReportText", "Period: {first} to {last}. Printed {printed} (times are local, {zone})."):
        "Période : du {first} au {last}. Imprimé le {printed} (heures locales, {zone}).",
    ("ReportText", "Every cramp in the period ({count}), oldest first"):
        "Toutes les crampes de la période ({count}), de la plus ancienne à la plus récente",
    ("ReportText", "Date"): "Date",
    ("ReportText", "Severity"): "Intensité",
    ("PdfReportText", "page {page} of {pages}"): "page {page} sur {pages}",
}  # fmt: skip


@pytest.fixture
def history(tmp_path: Path) -> LogStore:
    """Two calf cramps in early February and one run of the calf stretch."""
    log = LogStore(tmp_path / "history.db")
    log_cramp(log, START, 3, "Calf or foot", side="left")
    log_cramp(log, START + timedelta(days=1), 12, "Calf or foot", side="right")
    log_run(log, "calf", "Calf stretch", START, START + timedelta(minutes=2), finished=True)
    return log


@pytest.fixture
def in_french(tmp_path: Path) -> Iterator[None]:
    """The application speaks French for the test."""
    with window_speaking("fr", FRENCH, tmp_path):
        yield


@pytest.mark.usefixtures("in_french")
def test_the_side_question_is_asked_in_french(
    make_window: WindowFactory, history: LogStore
) -> None:
    """After « Mollet », the page asks which leg in French, on French buttons."""
    window = make_window(history=history)
    window.picker.relief_buttons["calf"].click()
    view = window.cramp.view
    assert view.steps.currentWidget() is view.side_page
    assert view.side_heading.text() == "Quelle jambe ?  (touches L et R)"
    assert [b.text() for b in view.side_buttons.values()] == [
        "\u25c0  Jambe GAUCHE  (L)", "Jambe DROITE  \u25b6  (R)",
    ]  # fmt: skip


@pytest.mark.usefixtures("in_french")
def test_the_history_page_reads_french_words_and_dates(
    make_window: WindowFactory, history: LogStore
) -> None:
    """The History page: French totals and headings, each cramp dated the French way."""
    window = make_window(history=history)
    window.open_history()
    view = window.log.view
    assert "<b>2</b> crampes enregistrées" in view.totals.text()
    assert view.tabs.tabText(0) == "Aperçu"
    model = view.episodes.model()
    assert model is not None
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(2)]
    assert headers == ["Quand", "Durée"]
    assert view.cell(view.episodes, 1, 0) == "mar. 03/02/2026 03:12"  # oldest last


@pytest.mark.usefixtures("in_french")
def test_the_french_report_keeps_its_accents_as_text(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    """The PDF for a doctor, in French: « Période », « crampes », « déc. », « févr. » as text."""
    window = make_window(history=history)
    request = ReportRequest(date(2025, 12, 1), date(2026, 2, 28))
    path = window.log.export_pdf(tmp_path / "rapport.pdf", request)
    assert path is not None
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for expected in (
        "Période : du 1 déc. 2025 au 28 févr. 2026.",
        "Toutes les crampes de la période (2)",
        "Intensité",
        "3 févr. 2026",
        "page 1 sur",
    ):
        assert expected in text, (expected, text)


GERMAN: Messages = {
    ("HistoryView", "Your log"): "Ihr Krampfprotokoll",
    ("HistoryView", "Export &CSV..."): "&CSV exportieren...",
    ("HistoryView", "&PDF report for your doctor..."): "&PDF-Arztbericht...",
    ("HistoryView", "&Add a past cramp..."): "Krampf &nachtragen...",
    ("HistoryView", "&Edit..."): "&Ändern...",
    ("HistoryView", "&Delete"): "&Löschen",
}


def test_the_history_page_fits_german_at_200_percent(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    """German's long words beside the exports still fit an 800x600 window at 200 % text."""
    with window_speaking("de", GERMAN, tmp_path):
        window = make_window(history=history)
        window.services.settings.update(text_scale=200)
        window.resize(800, 600)
        window.open_history()
        view = window.log.view
        found = []
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += layout_problems(view)
        assert found == []
