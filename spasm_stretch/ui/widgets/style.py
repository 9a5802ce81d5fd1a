"""Fusion, with check boxes, radio buttons and fields a person can find in every theme.

Fusion outlines an indicator in the window colour darkened by 40 % and fills
it with the base colour: 1.5:1 against a light page, 1.4:1 in dark and 1.1:1
at night, so an unticked box all but vanished. WCAG asks 3:1 of what
identifies a control (1.4.11, non-text contrast). This style lets Fusion draw
the indicator, then strokes its edge in the text colour faded only as far as
that ratio allows, against whichever of the page and the box's fill is
closer to it. Fields (line edits, spin boxes, combo boxes, text areas) had
the same trouble, 1.0:1 to 2.1:1 in every theme; they get the same edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from spasm_stretch.ui.widgets.contrast import contrast_ratio, muted

CONTROL_CONTRAST = 3.2  # WCAG 1.4.11 asks 3:1 of a control's edge; a little over
EDGE_SHARE = 0.55  # how far from the background toward the text the edge starts
_FRAMED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)

_FIELDS = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)


def edge_colour(palette: QPalette) -> QPen:
    """The pen an indicator's edge is drawn with: 3:1 or more against page and fill."""
    role = QPalette.ColorRole
    text = palette.color(role.WindowText)
    behind = min(
        (palette.color(role.Window), palette.color(role.Base)),
        key=lambda colour: contrast_ratio(colour, text),
    )
    return QPen(muted(text, behind, EDGE_SHARE, minimum=CONTROL_CONTRAST))


class FramedIndicators(QProxyStyle):
    """Fusion whose check box and radio button indicators have a visible edge."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does, then an edge around indicators and line edits."""
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_FrameLineEdit:
            # a spin box's or combo box's own line edit is inside the edge drawn for it
            inner = widget is not None and isinstance(
                widget.parentWidget(), (QAbstractSpinBox, QComboBox)
            )
            if not inner:
                _stroke_field(painter, option)
            return
        if element not in _FRAMED:
            return
        radio = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
        # a smoothed one-pixel circle spreads over two pixels at its sides: a little wider
        width = max(1.6 if radio else 1.0, option.rect.height() / 14)
        _stroke(painter, option, width, radius=None if radio else 1.5)

    def drawComplexControl(  # noqa: N802 - Qt override
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does, then an edge around spin boxes and combo boxes."""
        super().drawComplexControl(control, option, painter, widget)
        if control in _FIELDS:
            _stroke_field(painter, option)

    def drawControl(  # noqa: N802 - Qt override
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does, then an edge around a text area's sunken frame."""
        super().drawControl(element, option, painter, widget)
        sunken = isinstance(widget, QFrame) and widget.frameShadow() is QFrame.Shadow.Sunken
        if element is QStyle.ControlElement.CE_ShapedFrame and sunken:
            _stroke_field(painter, option)


def _stroke_field(painter: QPainter, option: QStyleOption) -> None:
    """A one-pixel edge, 3:1 or more, just inside a field's rectangle."""
    _stroke(painter, option, 1.0, radius=2)


def _stroke(painter: QPainter, option: QStyleOption, width: float, radius: float | None) -> None:
    """An edge of ``width`` just inside ``option.rect``: rounded by ``radius``, or a circle."""
    pen = edge_colour(option.palette)
    pen.setWidthF(width)
    half = width / 2
    box = QRectF(option.rect).adjusted(half, half, -half, -half)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if radius is None:
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, radius, radius)
    painter.restore()
