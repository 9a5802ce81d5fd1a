"""The relief page's building blocks: guidance as readable text, and answers with their keys.

Kept apart from the page itself (``view``), which lays them out and follows
the cramp's questions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spasm_stretch.ui.widgets.fit_label import FitButton

HEADING = 1.2  # the questions and their big buttons, against the text size
COLUMNS = 3  # buttons per row: room for their words at 800 px with text at 200 %


def bullets(items: tuple[str, ...]) -> str:
    """``items`` as an HTML list, each escaped."""
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def text_page(markup: str, name: str) -> QTextBrowser:
    """Guidance a screen reader can reach with Tab and read line by line (a text, not a label).

    A label offers assistive technology only a name; a read-only text browser offers
    its text, with a caret the arrows move, and scrolls itself on a small screen.
    """
    page = QTextBrowser()
    page.setHtml(markup)
    page.setOpenLinks(False)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    page.setAccessibleName(name)
    page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return page


def question_page() -> tuple[QWidget, QVBoxLayout]:
    """One of the pages of the "what now?" area: a column with no margin of its own."""
    page = Question()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout


AGAIN_KEY = "A"  # "still cramping: stretch again", shown on its button (free on that page)


def with_key(text: str, key: str) -> str:
    """An answer's words with the key that gives it, as every answer on the page shows it."""
    return f"{text}  ({key})"


def big_button(text: str, name: str, key: str = "") -> QPushButton:
    """An answer in large bold words, with its ``key`` after them; ``name`` says it in full."""
    button = FitButton(with_key(text, key) if key else text, HEADING)
    button.setMinimumHeight(72)
    # Its words without the arrows a screen reader would spell out; the longer name after.
    button.setAccessibleName(
        button.text().replace("\u25c0", "").replace("\u25b6", "").replace("  ", " ").strip()
    )
    button.setAccessibleDescription(name)
    return button


def press_if_shown(button: QPushButton, page: QWidget) -> None:
    """Press ``button`` by its key, unless it is hidden for the question now shown."""
    if button.isVisibleTo(page):
        button.click()


class Question(QWidget):
    """One question of the page's stack, taking no room while another is shown.

    A stack is as tall as its tallest page (the end's eight answers): a short
    question ("Is it easing?") stood in wide empty bands above and below.
    """

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Its size while shown; none while hidden behind the question shown."""
        return QSize(0, 0) if self.isHidden() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Its smallest size while shown; none while hidden."""
        return QSize(0, 0) if self.isHidden() else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Its height at ``width`` while shown; none while hidden."""
        return 0 if self.isHidden() else super().heightForWidth(width)
