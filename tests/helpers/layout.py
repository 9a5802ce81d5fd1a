"""Find text that does not fit its widget and sibling widgets that overlap.

What a person sees as clipping: a label or button whose text needs more room
than its contents rectangle (measured with the widget's own font metrics,
wrap-aware for word-wrapped labels), a widget that sticks out of its parent,
two visible siblings drawn over each other, content a scroll area cuts off
sideways, a countdown ring whose number, word or caption outgrows its box,
a column title narrower than its words, a stretch's picture squashed below
its least height, or instructions showing fewer than their least lines.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QWidget,
)

from spasm_stretch.ui.session.ring import CountdownRing
from spasm_stretch.ui.session.view import INSTRUCTION_LINES, PICTURE_LEAST, InstructionList
from spasm_stretch.ui.widgets.fit_label import FitButton
from spasm_stretch.ui.widgets.pictures import PictureView

SLACK = 1.5  # pixels: rounding between metrics and layout


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if label.buddy() is not None:  # "&Hold" is shown as "Hold" with H underlined
        text = re.sub(r"&(.)", r"\1", text)
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    width = rect.width() - 2 * label.margin()
    height = rect.height() - 2 * label.margin()
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        if label.wordWrap():
            document.setTextWidth(width)
        needed = document.size()
        need_w, need_h = needed.width(), needed.height()
    else:
        metrics = QFontMetricsF(label.font())
        flags = int(Qt.TextFlag.TextWordWrap.value) if label.wordWrap() else 0
        box = metrics.boundingRect(QRectF(0, 0, max(width, 1), 1e6), flags, text)
        need_w, need_h = box.width(), box.height()
        if label.wordWrap():
            # a single word longer than the line runs off the edge even when wrapping
            longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)
            need_w = max(need_w, longest)
    if need_w > width + SLACK or need_h > height + SLACK:
        return f"needs {need_w:.0f}x{need_h:.0f}, has {width}x{height}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() and button.icon().isNull():
        return None
    if isinstance(button, FitButton):  # its words shrink to its width, never its height
        words = QFontMetricsF(button.font()).horizontalAdvance(button.text())
        room = button.width() - FitButton.PADDING
        if words > room + SLACK:
            return f"words need {words:.0f}, has {room}"
        tall, has = button.sizeHint().height(), button.height()
        return f"needs {tall} high, has {has}" if has + SLACK < tall else None
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
        hint = button.sizeHint()
        if button.width() + SLACK < hint.width() or button.height() + SLACK < hint.height():
            return f"needs {hint.width()}x{hint.height()}, has {button.width()}x{button.height()}"
    return None


def _ring_problems(ring: CountdownRing) -> list[str]:
    problems = []
    for item in ring.texts():
        metrics = QFontMetricsF(item.font)
        box = metrics.boundingRect(item.rect, item.flags, item.text)
        if box.width() > item.rect.width() + SLACK or box.height() > item.rect.height() + SLACK:
            problems.append(
                f"ring text {item.text!r} needs {box.width():.0f}x{box.height():.0f}, "
                f"has {item.rect.width():.0f}x{item.rect.height():.0f}"
            )
    return problems


def _combo_problem(combo: QComboBox) -> str | None:
    """The choice shown cut short: 'Mitte jedes Bereichs (' in Settings at 200 %."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    words = QSize(
        math.ceil(QFontMetricsF(combo.font()).horizontalAdvance(text)), 1
    )  # as Qt sizes it
    need = (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, words, combo)
        .width()
    )
    return (
        f"shows {text!r} in {combo.width()} of {need} px" if combo.width() + SLACK < need else None
    )


def _header_problems(header: QHeaderView) -> list[str]:
    """Column titles cut short: "Whe..." for "When" at 200 %, as a tester found."""
    model = header.model()
    if model is None:
        return []
    problems = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        need, has = header.sectionSizeHint(logical), header.sectionSize(logical)
        if has + SLACK < need:
            title = str(model.headerData(logical, header.orientation()))
            problems.append(f"column title {title!r} needs {need}, has {has}")
    return problems


def _cut_sideways(area: QScrollArea) -> list[str]:
    """Content wider than a scroll area that never scrolls sideways is cut off on the right."""
    content = area.widget()
    if area.horizontalScrollBarPolicy() is not Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    if content is None or content.width() <= area.viewport().width() + SLACK:
        return []
    return [f"{_name(area)} cuts its content: {content.width()} wide in {area.viewport().width()}"]


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__}({label[:50]!r})"


def _children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not child.isWindow() and _shown(child)
    ]


def _overlap_ignored(parent: QWidget) -> bool:
    # Scroll areas stack their viewport and bars by design; a toolbar stacks its own handle.
    return isinstance(parent, (QAbstractScrollArea, QToolBar))


PRIMARY = "primary_action"  # a widget property: the page's main button, never scrolled away


def _has_words(widget: QWidget) -> bool:
    return isinstance(widget, (QLabel, QAbstractButton)) and bool(widget.text())


def _squeezed(widget: QWidget) -> str | None:
    """Words on screen in a widget its layout squeezed to nothing (so no other check sees it)."""
    if widget.isVisible() and _has_words(widget) and (widget.width() < 2 or widget.height() < 2):
        return f"{_name(widget)} squeezed to {widget.width()}x{widget.height()}"
    return None


def _scrolled_away(widget: QWidget) -> str | None:
    """A page's main button or the focused control outside what its scroll area shows."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            box = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
            if not viewport.rect().adjusted(-1, -1, 1, 1).contains(box):
                return f"{_name(widget)} is scrolled out of view in {_name(parent)}"
        parent = parent.parentWidget()
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Every clipped text, widget sticking out of its parent and overlap under ``root``.

    Also words squeezed into a zero-size widget, and a page's main button
    (``PRIMARY``) or the focused control scrolled out of its scroll area's view.
    """
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    focus = root.focusWidget()
    for widget in widgets:
        if widget.isWindow() and widget is not root:
            continue
        if not all(_shown(w) for w in _ancestors(widget, root)):
            continue
        squeezed = _squeezed(widget)
        if squeezed:
            problems.append(squeezed)
        if not _shown(widget):
            continue
        if widget.property(PRIMARY) or (widget is focus and widget.isVisible()):
            away = _scrolled_away(widget)
            if away:
                problems.append(away)
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, CountdownRing):
            problems += [f"{_name(widget)}: {p}" for p in _ring_problems(widget)]
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QHeaderView):
            problems += [f"{_name(widget)}: {p}" for p in _header_problems(widget)]
        elif isinstance(widget, PictureView) and widget.height() + SLACK < PICTURE_LEAST:
            problems.append(f"picture squashed to {widget.height()} px (least {PICTURE_LEAST})")
        elif isinstance(widget, InstructionList) and _lines(widget) < INSTRUCTION_LINES:
            lines = _lines(widget)
            problems.append(f"instructions show {lines:.1f} lines (least {INSTRUCTION_LINES})")
        if problem:
            problems.append(f"{_name(widget)} clipped: {problem}")
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            problems += _cut_sideways(widget)
        children = _children(widget)
        if not isinstance(widget, QAbstractScrollArea) and not _in_scroll_area(widget):
            inside = QRect(0, 0, widget.width(), widget.height())
            for child in children:
                if not inside.adjusted(-1, -1, 1, 1).contains(child.geometry()):
                    problems.append(f"{_name(child)} sticks out of {_name(widget)}")
        if _overlap_ignored(widget):
            continue
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems


def _lines(area: QAbstractScrollArea) -> float:
    """How many lines of its text a scroll area shows at once."""
    return area.viewport().height() / area.fontMetrics().height()


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    chain = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        chain.append(parent)
        parent = parent.parentWidget()
    return chain
