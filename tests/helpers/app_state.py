"""What a test changes application-wide, taken before it and put back after it.

A window applies its theme and text size to the whole QApplication (palette,
font, style, colour scheme, the "look" property), a language installs
translators and a default locale, a tray sets whether closing the last window
quits. All of it outlives the window, so a test that ran before would change
what the next one sees: night colours under a picture test, 200 % text under a
font test. ``restored`` undoes it, whatever order the tests run in. It also
deletes the widgets pytest-qt closed (they would otherwise live into the next
test) and fails a test that leaves a timer running (``leftover_timers``).

Imported by tests/conftest.py only once Qt is loaded, so the Qt-free tests
never import it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

_ATTRIBUTES = tuple(Qt.ApplicationAttribute)


@dataclass(frozen=True)
class AppState:
    """The application-wide settings a window or a language may change."""

    style: str
    colour_scheme: Qt.ColorScheme
    palette: QPalette
    font: QFont
    style_sheet: str
    properties: dict[bytes, object]
    locale: QLocale
    layout_direction: Qt.LayoutDirection
    quit_on_last_window_closed: bool
    attributes: dict[Qt.ApplicationAttribute, bool]
    names: tuple[str, str, str, str]
    icon: QIcon

    @classmethod
    def of(cls, app: QApplication) -> AppState:
        """The state of ``app`` now."""
        return cls(
            style=app.style().name(),
            colour_scheme=app.styleHints().colorScheme(),
            palette=QPalette(app.palette()),
            font=QFont(app.font()),
            style_sheet=app.styleSheet(),
            properties={
                bytes(name.data()): app.property(bytes(name.data()).decode())
                for name in app.dynamicPropertyNames()
            },
            locale=QLocale(),
            layout_direction=app.layoutDirection(),
            quit_on_last_window_closed=app.quitOnLastWindowClosed(),
            attributes=_attributes(),
            names=(
                app.applicationName(),
                app.applicationDisplayName(),
                app.organizationName(),
                app.desktopFileName(),
            ),
            icon=QIcon(app.windowIcon()),
        )

    def restore(self, app: QApplication) -> None:
        """Put ``app`` back as it was when this state was taken; change nothing that is."""
        now = AppState.of(app)
        if now.style != self.style:
            app.setStyle(self.style)
        if app.styleHints().colorScheme() != self.colour_scheme:
            app.styleHints().unsetColorScheme()
            if app.styleHints().colorScheme() != self.colour_scheme:
                app.styleHints().setColorScheme(self.colour_scheme)
        if app.styleSheet() != self.style_sheet:
            app.setStyleSheet(self.style_sheet)
        if app.palette() != self.palette:
            app.setPalette(self.palette)
        if app.font() != self.font:
            app.setFont(self.font)
        for name in now.properties.keys() - self.properties.keys():
            app.setProperty(name.decode(), None)  # an empty value removes it
        for name, value in self.properties.items():
            if now.properties.get(name) != value:
                app.setProperty(name.decode(), value)
        if QLocale() != self.locale:
            QLocale.setDefault(self.locale)
        if now.layout_direction != self.layout_direction:
            app.setLayoutDirection(self.layout_direction)
        app.setQuitOnLastWindowClosed(self.quit_on_last_window_closed)
        for attribute, on in self.attributes.items():
            if now.attributes[attribute] != on:
                app.setAttribute(attribute, on)
        if now.names != self.names:
            app.setApplicationName(self.names[0])
            app.setApplicationDisplayName(self.names[1])
            app.setOrganizationName(self.names[2])
            app.setDesktopFileName(self.names[3])
        if app.windowIcon().cacheKey() != self.icon.cacheKey():
            app.setWindowIcon(self.icon)
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def _attributes() -> dict[Qt.ApplicationAttribute, bool]:
    with warnings.catch_warnings():  # Qt 6 still lists, and warns about, its retired ones
        warnings.simplefilter("ignore", DeprecationWarning)
        return {a: QCoreApplication.testAttribute(a) for a in _ATTRIBUTES}


_pristine: AppState | None = None


def remember_pristine(app: QApplication) -> None:
    """Take the state of a QApplication just made, before any test changed it."""
    global _pristine  # noqa: PLW0603 - one application per test run
    if _pristine is None:
        _pristine = AppState.of(app)


def _application() -> QApplication | None:
    app = QCoreApplication.instance()
    return app if isinstance(app, QApplication) else None


def leftover_timers() -> list[QTimer]:
    """Delete what the test's widgets left to delete; return the timers still running, stopped.

    pytest-qt closes a test's widgets and asks for them to be deleted, but
    that happens at the next event loop, perhaps in the next test: a closed
    window's folder watcher or reminder timer would fire there, in another
    test's folders. Deleting them now ends that; a timer still running after
    is one the test started and left, on the application or an unclosed widget.
    """
    app = _application()
    if app is None:
        return []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    owners = [app, *QApplication.topLevelWidgets()]
    running = [
        timer
        for owner in owners
        if shiboken6.isValid(owner)
        for timer in owner.findChildren(QTimer)
        if timer.isActive()
    ]
    for timer in running:
        timer.stop()  # so it cannot fire in the tests that follow
    return running


@contextmanager
def restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the block, then undo its application-wide changes and remove its translators."""
    app = _application()
    if app is not None:
        remember_pristine(app)
    before = AppState.of(app) if app is not None else None
    installed: list[QTranslator] = []
    install: Callable[[QTranslator], bool] = QCoreApplication.installTranslator

    def installing(translator: QTranslator) -> bool:
        installed.append(translator)
        return install(translator)

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(installing))
    try:
        yield
    finally:
        leftover = leftover_timers()
        app = _application()
        if app is not None:
            for translator in installed:
                if shiboken6.isValid(translator):
                    QCoreApplication.removeTranslator(translator)
            state = before or _pristine
            if state is not None:
                state.restore(app)
    if leftover:
        owners = ", ".join(f"{type(t.parent()).__name__} ({t.interval()} ms)" for t in leftover)
        pytest.fail(f"timers left running after the test: {owners}")
