"""With German installed, the picker and the session screen speak German.

They use the shipped German translations, which cover every screen
(tests/i18n/test_translations_complete.py makes sure of that).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel

from spasm_stretch.core.plan import SegmentKind
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.pages import run_until, segment_kind_is

WindowFactory = Callable[..., MainWindow]
pytestmark = pytest.mark.parametrize("language", ["de"], indirect=True)


def test_the_picker_speaks_german(language: str, make_window: WindowFactory) -> None:
    del language
    window = make_window()
    titles = [label.text() for label in window.picker.findChildren(QLabel)]
    assert "Routine wählen" in titles
    assert window.session.start_action.text() == "&Starten"
    assert window.picker.only_yours.text() == "Nur eigene"


def test_the_session_screen_speaks_german(
    language: str, make_window: WindowFactory, clock: FakeClock
) -> None:
    del language
    window = make_window()
    window.session.start_routine("calf")
    view = window.session.view
    assert view.phase.text() == "Position einnehmen"
    assert window.session.start_action.text() == "&Pause"
    run_until(window, clock, segment_kind_is(window, SegmentKind.HOLD))
    assert view.phase.text() == "Halten"
    assert view.side.text() == "\u25c0  LINKES BEIN"
    assert view.overall.text().startswith("Schritt 1 von 1")
    assert window.windowTitle().endswith("\u2013 spasm-stretch")
    assert window.session.driver is not None
    window.session.driver.stop()
    assert window.session.finished_view.heading.text() == "Einheit abgebrochen"


def test_the_body_areas_are_named_in_german_and_filter_by_that_name(
    language: str, make_window: WindowFactory
) -> None:
    """A routine's area is an English word in its file; the picker shows it in German."""
    del language
    window = make_window()
    picker = window.picker
    choices = [picker.area.itemText(i) for i in range(picker.area.count())]
    assert {"Alle Bereiche", "Wade", "Rücken", "Nacken"} <= set(choices)
    picker.area.setCurrentText("Wade")
    assert set(picker.visible_ids()) == {"calf", "calf-in-bed"}
