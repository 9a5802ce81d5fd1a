"""Light, dark and night palettes and text size, applied to the whole application.

Fusion draws the same on every platform and honours a palette fully, so the
themes look as designed everywhere; "follow system" keeps the platform's own
palette and colour scheme. The night theme is for a dark bedroom at 3 a.m.:
low brightness everywhere, warm dim text, and nothing white to flash.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.widgets.fonts import rescale_all

ACCENT = QColor("#2a9d8f")
ACCENT_DARK = QColor("#4cc2b4")
BASE_POINT_SIZE = 10.0
_LOOK = "spasm_look"  # the theme and text size applied last, on the application object


THEME_COLOURS = {  # window, text, base, alternate base, button
    Theme.LIGHT: ("#f6f8f7", "#1f2a2e", "#ffffff", "#eef2f1", "#e9eeec"),
    Theme.DARK: ("#1f2527", "#eef2f1", "#171c1e", "#252c2f", "#2b3336"),
    Theme.NIGHT: ("#0c0b0a", "#9a8a72", "#080707", "#141210", "#181512"),
}
NIGHT_ACCENT = QColor("#7a5a34")  # a dim amber: no blue-white glare in the dark


def _palette(theme: Theme) -> QPalette:
    window, text, base, alt, button = THEME_COLOURS[theme]
    dark = theme is not Theme.LIGHT
    role = QPalette.ColorRole
    palette = QPalette()
    for name, value in (
        (role.Window, window), (role.WindowText, text), (role.Base, base),
        (role.AlternateBase, alt), (role.Text, text), (role.Button, button),
        (role.ButtonText, text), (role.ToolTipBase, base), (role.ToolTipText, text),
        (role.PlaceholderText, "#8a9a98"), (role.BrightText, text if dark else "#ffffff"),
    ):  # fmt: skip
        palette.setColor(name, QColor(value))
    accent = NIGHT_ACCENT if theme is Theme.NIGHT else ACCENT_DARK if dark else ACCENT
    palette.setColor(role.Highlight, accent)
    palette.setColor(role.HighlightedText, QColor("#0b1416" if dark else "#ffffff"))
    if theme is Theme.NIGHT:
        for dim in (role.Light, role.Midlight, role.Mid):
            palette.setColor(dim, QColor("#2a2520"))
    palette.setColor(role.Link, accent)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7d8b89"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7d8b89"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7d8b89"))
    return palette


NIGHT_OPACITY = 0.4  # pictures and coloured rings at night: no bright card in a dark room


def night_opacity(widget: QWidget) -> float:
    """How strongly ``widget`` should draw its own bright colours: less in the night theme."""
    night = QColor(THEME_COLOURS[Theme.NIGHT][0])
    return NIGHT_OPACITY if widget.palette().color(QPalette.ColorRole.Window) == night else 1.0


def is_night(hour: int, start: int, end: int) -> bool:
    """Whether ``hour`` falls in the night from ``start`` to ``end`` (which may cross midnight)."""
    if start == end:
        return False
    return start <= hour < end if start < end else hour >= start or hour < end


def chosen_theme(settings: AppSettings, when: datetime | None = None) -> Theme:
    """The theme to show now: the one chosen, or night in the night hours if asked for."""
    hour = (when or datetime.now()).hour
    if settings.night_auto and is_night(hour, settings.night_start, settings.night_end):
        return Theme.NIGHT
    return settings.theme


def apply_look(app: QApplication, settings: AppSettings, when: datetime | None = None) -> Theme:
    """Apply the theme for now and the text size, unless they are already shown; return it."""
    theme = chosen_theme(settings, when)
    if app.property(_LOOK) != _look(theme, settings.text_scale):
        apply_theme(app, theme, settings.text_scale)
    return theme


def _look(theme: Theme, text_scale: int) -> str:
    return f"{theme.value}/{text_scale}"


def apply_theme(app: QApplication, theme: Theme, text_scale: int) -> None:
    """Apply ``theme`` and scale the base font to ``text_scale`` percent."""
    app.setStyle("Fusion")
    scheme = app.styleHints()
    if theme is Theme.SYSTEM:
        scheme.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
    else:
        dark = theme is not Theme.LIGHT
        scheme.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setPalette(_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    rescale_all()
    app.setProperty(_LOOK, _look(theme, text_scale))
