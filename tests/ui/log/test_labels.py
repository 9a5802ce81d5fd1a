"""One log in one language: German choices are stored in English and English entries read German.

A log written in English (every log before translations) and read in German
must not split "Calf or foot" and "Wade oder Fuß" into two areas, nor a
routine into two names. The window speaks the shipped German here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from spasm_stretch.log.report import ReportRequest
from spasm_stretch.log.store import LogStore, now
from spasm_stretch.ui.log.cramp_editor import CrampEditor
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.cramp_form import in_editor
from tests.helpers.log import log_cramp, log_open_cramp, log_run

WindowFactory = Callable[..., MainWindow]
pytestmark = pytest.mark.parametrize("language", ["de"], indirect=True)


@pytest.fixture
def history(tmp_path: Path) -> LogStore:
    return LogStore(tmp_path / "history.db")


@pytest.mark.usefixtures("language")
def test_a_cramp_noted_on_the_german_relief_page_is_logged_in_english(
    make_window: WindowFactory, history: LogStore
) -> None:
    """Wade oder Fuß, Dehnen and Nachts reach the log as the English guidance words."""
    window = make_window(history=history)
    window.open_relief()
    view = window.cramp.view
    view.timer_button.click()
    view.area.setCurrentText("Wade oder Fuß")
    view.helped[0].setChecked(True)
    view.tags[0].setChecked(True)
    view.timer_button.click()
    window.cramp.relief_for_area("neck")  # a new cramp, from its area button
    view.area.setCurrentText("Andere Stelle")
    calf, elsewhere = history.episodes()
    assert (calf.area, calf.helped, calf.tags) == ("Calf or foot", ("Stretching",), ("Night-time",))
    assert elsewhere.area == "Elsewhere"


@pytest.mark.usefixtures("language")
def test_english_entries_read_in_german_and_count_with_german_ones(
    make_window: WindowFactory, history: LogStore, tmp_path: Path
) -> None:
    """The list, the detail and the doctor's report say Wade oder Fuß, two of them in one row."""
    day = now() - timedelta(days=1)
    log_cramp(history, day, 3, "Calf or foot", helped=("Stretching",), tags=("Night-time",))
    log_cramp(history, day - timedelta(hours=2), 2, "my big toe")  # a label of one's own
    window = make_window(history=history)
    window.open_relief()
    window.cramp.view.timer_button.click()
    window.cramp.view.area.setCurrentText("Wade oder Fuß")
    window.cramp.view.timer_button.click()
    window.open_history()
    view = window.log.view
    assert [view.cell(view.episodes, row, 2) for row in range(3)] == [
        "Wade oder Fuß", "Wade oder Fuß", "my big toe",
    ]  # fmt: skip
    view.choose_row(1)
    assert "Dehnen" in view.detail.text() and "Nachts" in view.detail.text()
    request = ReportRequest(date.today() - timedelta(days=7), date.today())
    path = window.log.export_pdf(tmp_path / "bericht.pdf", request)
    assert path is not None
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Wade oder Fuß 2" in text
    assert "Calf or foot" not in text


@pytest.mark.usefixtures("language")
def test_an_english_entry_opens_ticked_in_the_german_editor_and_stays_english(
    make_window: WindowFactory, history: LogStore
) -> None:
    log_cramp(
        history, now() - timedelta(days=1), 3, "Back of thigh",
        helped=("Massage", "Warmth"), tags=("After exercise",),
    )  # fmt: skip
    window = make_window(history=history)
    window.open_history()
    view = window.log.view
    view.choose_row(0)
    seen: dict[str, object] = {}

    def look_and_add(editor: CrampEditor) -> None:
        seen["area"] = editor.area.currentText()
        seen["ticked"] = [box.text() for box in (*editor.helped, *editor.tags) if box.isChecked()]
        seen["boxes"] = len(editor.helped) + len(editor.tags)
        editor.helped[0].setChecked(True)  # Dehnen

    in_editor(look_and_add)
    view.edit_button.click()
    assert seen == {
        "area": "Oberschenkel hinten",
        "ticked": ["Massage", "Wärme", "Nach dem Sport"],
        "boxes": 10,  # the guidance's boxes only: no English ones added beside them
    }
    (edited,) = history.episodes()
    assert (edited.area, edited.helped, edited.tags) == (
        "Back of thigh", ("Stretching", "Massage", "Warmth"), ("After exercise",),
    )  # fmt: skip


@pytest.mark.usefixtures("language")
def test_a_german_routine_run_is_logged_by_its_english_name_and_shown_in_german(
    make_window: WindowFactory, history: LogStore
) -> None:
    log_run(history, "calf", "Calf stretch", now() - timedelta(days=1), None, finished=False)
    log_run(history, "gone", "A routine since deleted", now() - timedelta(days=2), None,
            finished=False)  # fmt: skip
    window = make_window(history=history)
    window.session.start_routine("calf")
    assert [s.routine_name for s in history.sessions()] == [
        "A routine since deleted", "Calf stretch", "Calf stretch",
    ]  # fmt: skip
    window.open_history()
    view = window.log.view
    assert [view.cell(view.sessions, row, 1) for row in range(3)] == [
        "Wadendehnung", "Wadendehnung", "A routine since deleted",
    ]  # fmt: skip


@pytest.mark.usefixtures("language")
def test_the_question_about_an_english_cramp_left_open_names_its_area_in_german(
    make_window: WindowFactory, history: LogStore
) -> None:
    log_open_cramp(history, now() - timedelta(hours=3), "Back of thigh")
    window = make_window(history=history)
    bar = window.messages.showing("ask-end")
    assert bar is not None
    assert "Oberschenkel hinten" in bar.label.text()
    assert "thigh" not in bar.label.text()
