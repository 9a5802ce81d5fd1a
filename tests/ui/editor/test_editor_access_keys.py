"""No two controls the editor shows at once share an access key (Alt+letter), in any language."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from spasm_stretch.i18n.language import SHIPPED
from spasm_stretch.ui.editor.form import COUNTED, FLOW, HOLD
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.language import spoken

WindowFactory = Callable[..., MainWindow]


def access_key(text: str) -> str:
    """The letter after the single '&' of a label or button text, lower case ('' for none)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found[1].lower() if found else ""


def shown_keys(dialog: QWidget) -> dict[str, list[str]]:
    """Each access key the dialog shows, with the texts that carry it.

    A label's key moves the focus to its buddy, a button's presses it: both
    count, and only while visible (a hold's fields are hidden for a counted
    step, so a hidden field's letter may be reused).
    """
    keys: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        labels_a_field = isinstance(widget, QLabel) and widget.buddy() is not None
        if (labels_a_field or isinstance(widget, QAbstractButton)) and (
            key := access_key(text := widget.text())  # type: ignore[attr-defined]
        ):
            keys.setdefault(key, []).append(text)
    return keys


@pytest.mark.parametrize("language", sorted(SHIPPED))
def test_no_two_visible_controls_of_the_editor_share_an_access_key(
    make_window: WindowFactory, language: str
) -> None:
    """Alt+N once went to the routine's Name or the step's Repetitions by chance.

    Checked for every step kind, since each shows its own fields.
    """
    with spoken(language):
        window = make_window()
        editor = window.editing.new()
        editor.show()
        found = []
        for kind in (HOLD, COUNTED, FLOW):
            editor.form.kind.setCurrentIndex(editor.form.kind.findData(kind))
            QApplication.processEvents()
            found += [
                f"{kind}: {' / '.join(texts)}"
                for texts in shown_keys(editor).values()
                if len(texts) > 1
            ]
        editor.close()
    assert found == []
