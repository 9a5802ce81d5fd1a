"""Pages that scroll up and down instead of clipping on a small screen with large text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

FITS_800_600 = QSize(760, 560)  # a dialog with its frame on an 800x600 screen


class _VerticalScroll(QScrollArea):
    """A scroll area whose page is as tall as its wrapped lines need at the page's width.

    Qt sizes a resizable page's height for the page's preferred width. When the
    viewport is narrower (a small screen, large text, a longer language), wrapped
    labels and form rows need more height than that, and every row was squeezed.
    """

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        """Follow the page's layout changes too (rows added, words changed)."""
        super().setWidget(widget)
        widget.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focus)

    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the control that takes the focus into view, by Tab or by the program."""
        page = self.widget()
        if new is not None and page is not None and page.isAncestorOf(new):
            # After the layout has run: focus set as a page opens comes before its geometry.
            QTimer.singleShot(0, self, lambda: self._reveal(new))

    def _reveal(self, widget: QWidget) -> None:
        if widget is QApplication.focusWidget():
            self.ensureWidgetVisible(widget, 8, 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Re-measure the page when its layout changes."""
        page = self.widget()
        if page is not None and watched is page and event.type() is QEvent.Type.LayoutRequest:
            self._fit_height()
            self._keep_focus_in_view()  # the page changed under the focus (a tab switched)
        return super().eventFilter(watched, event)

    def _keep_focus_in_view(self) -> None:
        page = self.widget()
        focus = QApplication.focusWidget()
        if focus is not None and page is not None and page.isAncestorOf(focus):
            QTimer.singleShot(0, self, lambda: self._reveal(focus))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Re-measure the page when the viewport's size changes, and keep the focus in view.

        A scroll bar comes or goes (the width), or a message bar above takes more or less
        room (the height): the focused control may now be under the viewport's edge.
        """
        if event.type() is QEvent.Type.Resize:
            self._fit_height()
            self._keep_focus_in_view()
        return super().viewportEvent(event)

    def _fit_height(self) -> None:
        page = self.widget()
        if page is not None and page.hasHeightForWidth():
            needed = page.heightForWidth(self.viewport().width())
            if needed > 0 and needed != page.minimumHeight():
                page.setMinimumHeight(needed)


def vertical_scroll(content: QWidget, name: str) -> QScrollArea:
    """``content`` at the width it is given, scrolling when it is taller than its room.

    The area itself never takes the keyboard (it drew no focus, so Tab seemed
    lost in it); the controls in it do, and each is scrolled into view as it
    takes the focus. ``name`` is what a screen reader calls the area.
    """
    scroll = _VerticalScroll()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setAccessibleName(name)
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def fit_screen(
    dialog: QWidget, page: QWidget, narrowest: int, largest: QSize = FITS_800_600
) -> None:
    """Size ``dialog`` for its scrolling ``page``: as the page wants, within the screen."""
    screen = dialog.screen().availableGeometry()
    hint = page.sizeHint()
    dialog.resize(
        min(max(narrowest, hint.width() + 40), screen.width(), largest.width()),
        min(hint.height() + 80, screen.height() - 40, largest.height()),
    )
