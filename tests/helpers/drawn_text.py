"""Every text a page draws, with the colour it is drawn in and what is behind it.

A label's colours can be read from its palette, but text a widget paints
itself (the countdown ring, the routine rows, the chart's labels, a table's
headers) cannot: a paused number drawn at 27 % opacity read 1.95:1 while
every palette role looked fine. So each widget on the page is painted once
more, alone, into a paint device that records each text item it draws (the
words, where, and the pen's colour, alpha and the painter's opacity), and
the page is grabbed as a picture: the background of a text is the most
common colour inside its box, and its colour is the pen's, blended over that
background as the painter blends it.

The ring paints its words into a cached picture first, out of this
recorder's sight; its boxes come from ``CountdownRing.texts()`` and its text
colour is read from the pixels (the one that differs most from the
background), which can only under-state the contrast of text that is there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPaintEngineState,
    QPainterPath,
    QPixmap,
    QRegion,
    QTextItem,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from spasm_stretch.ui.session.ring import CountdownRing

_METRIC = QPaintDevice.PaintDeviceMetric


@dataclass(frozen=True)
class DrawnText:
    """One run of text as it reached the screen."""

    widget: QWidget
    text: str
    box: QRect  # in the page's coordinates
    colour: QColor  # the text's colour, already blended over the background
    background: QColor


@dataclass(frozen=True)
class _Item:
    text: str
    box: QRectF  # in the painting widget's coordinates
    colour: QColor
    opacity: float


class _Recorder(QPaintEngine):
    """A paint engine that keeps the text items drawn with it and draws nothing."""

    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.items: list[_Item] = []

    def begin(self, pdev: QPaintDevice) -> bool:
        del pdev
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def updateState(self, state: QPaintEngineState) -> None:  # noqa: N802 - Qt override
        del state

    def drawPixmap(  # noqa: N802 - Qt override
        self, r: QRectF | QRect, pm: QPixmap | QImage, sr: QRectF | QRect
    ) -> None:
        del r, pm, sr

    def drawPath(self, path: QPainterPath) -> None:  # noqa: N802 - Qt override
        del path

    def drawImage(self, *args: object) -> None:  # noqa: N802 - Qt override
        del args

    def drawPolygon(self, *args: object) -> None:  # noqa: N802 - Qt override
        del args  # Qt's own falls back from one overload to the other, for ever

    def drawTextItem(self, p: object, textItem: QTextItem) -> None:  # noqa: N802, N803
        assert isinstance(p, QPointF)  # what QPainter hands its engine
        painter = self.painter()
        box = QRectF(
            p.x(), p.y() - textItem.ascent(), textItem.width(),
            textItem.ascent() + textItem.descent(),
        )  # fmt: skip
        self.items.append(
            _Item(
                textItem.text(),
                painter.combinedTransform().mapRect(box),
                QColor(painter.pen().color()),
                painter.opacity(),
            )
        )


class _Device(QPaintDevice):
    """A paint device the size of one widget, painted through ``_Recorder``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self._size = widget.size()
        self.recorder = _Recorder()

    def paintEngine(self) -> QPaintEngine:  # noqa: N802 - Qt override
        return self.recorder

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        values = {
            _METRIC.PdmWidth: self._size.width(),
            _METRIC.PdmHeight: self._size.height(),
            _METRIC.PdmWidthMM: self._size.width() * 254 // 960,
            _METRIC.PdmHeightMM: self._size.height() * 254 // 960,
            _METRIC.PdmDpiX: 96, _METRIC.PdmDpiY: 96,
            _METRIC.PdmPhysicalDpiX: 96, _METRIC.PdmPhysicalDpiY: 96,
            _METRIC.PdmDepth: 32, _METRIC.PdmNumColors: 0xFFFFFF,
            _METRIC.PdmDevicePixelRatio: 1,
            _METRIC.PdmDevicePixelRatioScaled: int(QPaintDevice.devicePixelRatioFScale()),
        }  # fmt: skip
        return values.get(metric, 0)


def _shown(widget: QWidget, page: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None and current is not page:
        if not current.isVisible() or current.width() <= 0 or current.height() <= 0:
            return False
        current = current.parentWidget()
    return True


def _background(image: QImage, box: QRect) -> QColor:
    """What the letters stand on: the middle colour, by lightness, of their box.

    Letters cover well under half of their box, so the middle colour is the
    background's, a gradient's (a button's) middle too.
    """
    step = max(1, round((box.width() * box.height() / 1500) ** 0.5))  # ~1500 samples at most
    colours = sorted(
        (QColor.fromRgba(image.pixel(x, y)) for x in range(box.left(), box.right() + 1, step)
         for y in range(box.top(), box.bottom() + 1, step)),
        key=_luminance,
    )  # fmt: skip
    return colours[len(colours) // 2]


def _around(image: QImage, box: QRect) -> QColor:
    """The middle colour, by lightness, of a frame three pixels wide just outside ``box``."""
    outer = box.adjusted(-3, -3, 3, 3).intersected(image.rect())
    colours = sorted(
        (QColor.fromRgba(image.pixel(x, y)) for x in range(outer.left(), outer.right() + 1)
         for y in range(outer.top(), outer.bottom() + 1) if not box.contains(x, y)),
        key=_luminance,
    )  # fmt: skip
    return colours[len(colours) // 2]


def _blend(colour: QColor, alpha: float, under: QColor) -> QColor:
    return QColor.fromRgbF(
        alpha * colour.redF() + (1 - alpha) * under.redF(),
        alpha * colour.greenF() + (1 - alpha) * under.greenF(),
        alpha * colour.blueF() + (1 - alpha) * under.blueF(),
    )


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _ring_texts(ring: CountdownRing, page: QWidget, image: QImage) -> list[DrawnText]:
    found = []
    for item in ring.texts():
        if not item.text:
            continue
        local = item.rect.toAlignedRect()
        box = QRect(ring.mapTo(page, local.topLeft()), local.size()).intersected(image.rect())
        if box.isEmpty():
            continue
        back = _background(image, box)
        ink = max(
            {image.pixel(x, y) for x in range(box.left(), box.right() + 1)
             for y in range(box.top(), box.bottom() + 1)},
            key=lambda rgb: contrast(QColor.fromRgba(rgb), back),
        )  # fmt: skip
        found.append(DrawnText(ring, item.text, box, QColor.fromRgba(ink), back))
    return found


def drawn_texts(page: QWidget) -> list[DrawnText]:
    """Every non-blank text run drawn on ``page`` where it can be seen."""
    image = page.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = page.devicePixelRatioF()
    if ratio != 1:
        image = image.scaled(page.size())
    found: list[DrawnText] = []
    for widget in [page, *page.findChildren(QWidget)]:
        if widget.isWindow() and widget is not page:
            continue
        if not _shown(widget, page) or not widget.isEnabled():
            continue  # WCAG asks nothing of a control that cannot be used
        if isinstance(widget, CountdownRing):
            found += _ring_texts(widget, page, image)
            continue
        device = _Device(widget)
        widget.render(device, QPoint(), QRegion(), QWidget.RenderFlag(0))
        visible = widget.visibleRegion()
        for item in device.recorder.items:
            if not item.text.strip():
                continue
            local = item.box.toAlignedRect().intersected(visible.boundingRect())
            if local.isEmpty() or not visible.intersects(local):
                continue
            box = QRect(widget.mapTo(page, local.topLeft()), local.size())
            box = box.intersected(image.rect())
            if box.isEmpty():
                continue
            back = _background(image, box)
            alpha = item.colour.alphaF() * item.opacity
            ink = _blend(item.colour, alpha, back)
            found.append(DrawnText(widget, item.text, box, ink, back))
    return found


def indicator_edges(page: QWidget) -> list[tuple[QAbstractButton, float]]:
    """Each visible check box's and radio button's indicator, with its faintest side.

    A side's contrast is its strongest pixel (in the middle third of a band
    three pixels deep at the indicator's edge) against the page just outside
    the indicator; the faintest of the four sides is what a person may miss.
    """
    image = page.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if page.devicePixelRatioF() != 1:
        image = image.scaled(page.size())
    found: list[tuple[QAbstractButton, float]] = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, (QCheckBox, QRadioButton)) or not _shown(button, page):
            continue
        if not button.isEnabled():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        local = button.style().subElementRect(element, option, button)
        if not QRegion(local).subtracted(button.visibleRegion()).isEmpty():
            continue  # scrolled partly out of view: what is behind it is not what shows
        box = QRect(button.mapTo(page, local.topLeft()), local.size())
        found.append((button, _faintest_side(image, box)))
    return found


FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)


def field_edges(page: QWidget) -> list[tuple[QWidget, float]]:
    """Each visible, enabled field (line edit, spin box, combo, text area), with its faintest side.

    What tells a person where a field is, is its edge or its fill against the
    page around it; a side's contrast is its strongest pixel in a band three
    pixels deep inside the field's edge (the middle third of that side)
    against the page just outside. A line edit inside a spin box or combo box
    is judged as part of it.
    """
    image = page.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if page.devicePixelRatioF() != 1:
        image = image.scaled(page.size())
    found: list[tuple[QWidget, float]] = []
    for field in page.findChildren(QWidget):
        if not isinstance(field, FIELDS) or not _shown(field, page) or not field.isEnabled():
            continue
        if isinstance(field, QLineEdit) and isinstance(field.parentWidget(), FIELDS):
            continue
        local = field.rect()
        if not QRegion(local).subtracted(field.visibleRegion()).isEmpty():
            continue  # scrolled partly out of view: what is behind it is not what shows
        box = QRect(field.mapTo(page, local.topLeft()), local.size())
        if not image.rect().contains(box.adjusted(-3, -3, 3, 3)):
            continue
        found.append((field, _faintest_side(image, box)))
    return found


def _faintest_side(image: QImage, box: QRect) -> float:
    """The contrast of ``box``'s faintest side against the page just outside it.

    A side's contrast is its strongest pixel in a band three pixels deep inside
    the edge (the middle third of that side) against the middle colour around.
    """
    back = _around(image, box)
    third_w, third_h = max(1, box.width() // 3), max(1, box.height() // 3)
    bands = (
        QRect(box.left() + third_w, box.top(), third_w, 3),
        QRect(box.left() + third_w, box.bottom() - 2, third_w, 3),
        QRect(box.left(), box.top() + third_h, 3, third_h),
        QRect(box.right() - 2, box.top() + third_h, 3, third_h),
    )
    return min(
        max(
            contrast(QColor.fromRgba(image.pixel(x, y)), back)
            for x in range(band.left(), band.right() + 1)
            for y in range(band.top(), band.bottom() + 1)
        )
        for band in bands
    )
