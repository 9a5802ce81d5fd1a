"""Light, dark and night palettes and text size, applied to the whole application.

Fusion draws the same on every platform and honours a palette fully, so the
themes look as designed everywhere (with indicators edged to be seen, see
``style.py``); "follow system" keeps the platform's own
palette and colour scheme. The night theme is for a dark bedroom at 3 a.m.:
low brightness everywhere, warm dim text, and nothing white to flash.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from spasm_stretch.settings.store import AppSettings, Theme
from spasm_stretch.ui.widgets.fonts import rescale_all
from spasm_stretch.ui.widgets.style import FramedIndicators

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

ACCENT_DARK = QColor("#4cc2b4")
BASE_POINT_SIZE = 10.0
_LOOK = "spasm_look"  # the theme and text size applied last, on the application object


THEME_COLOURS = {  # window, text, base, alternate base, button
    Theme.LIGHT: ("#f6f8f7", "#1f2a2e", "#ffffff", "#eef2f1", "#e9eeec"),
    Theme.DARK: ("#1f2527", "#eef2f1", "#171c1e", "#252c2f", "#2b3336"),
    Theme.NIGHT: ("#0c0b0a", "#9a8a72", "#080707", "#141210", "#181512"),
}
# Selections carry text, so their colours are chosen as a pair at 4.5:1 or more
# (the accent itself, white on #2a9d8f, read 3.3:1): a deeper teal by day, and
# at night a dim amber under warm light text rather than a bright bar.
SELECTION_COLOURS = {  # highlight, highlighted text
    Theme.LIGHT: ("#1f7a70", "#ffffff"),  # 5.2:1
    Theme.DARK: ("#4cc2b4", "#0b1416"),  # 8.6:1
    Theme.NIGHT: ("#4a3820", "#c0ab88"),  # 5.0:1
}
PLACEHOLDER_COLOURS = {  # hints in empty fields are read too: 4.5:1 on the field
    Theme.LIGHT: "#5f6f6d",  # 5.3:1 on white
    Theme.DARK: "#8a9a98",  # 5.9:1
    Theme.NIGHT: "#8a7b65",  # 4.8:1, as warm as the night's text
}
NIGHT_LINK = QColor("#b08850")  # links in words: the old dim amber (#7a5a34) read 3.1:1
HIGH_CONTRAST_COLOURS = {  # dark: white on black; light: black on white (21:1 either way)
    True: ("#000000", "#ffffff", "#000000", "#000000", "#000000"),
    False: ("#ffffff", "#000000", "#ffffff", "#ffffff", "#ffffff"),
}
HIGH_CONTRAST_ACCENT = {True: QColor("#ffff00"), False: QColor("#00008b")}  # yellow / dark blue


def desktop_wants_high_contrast(app: QApplication) -> bool:
    """Whether the desktop asks apps for high contrast, where Qt (6.10+) reports it.

    Qt reads it from the platform (the XDG desktop portal's ``contrast`` on
    GNOME and KDE, the Windows high-contrast setting, macOS's increased
    contrast); elsewhere it says "no preference", and the chosen theme stays.
    """
    hints = getattr(app.styleHints(), "accessibility", None)
    if hints is None:  # Qt before 6.10
        return False
    return bool(hints().contrastPreference() == Qt.ContrastPreference.HighContrast)


def _high_contrast_palette(*, dark: bool) -> QPalette:
    """The desktop's high-contrast wish, followed: pure black and white, a loud accent."""
    palette = _palette(Theme.DARK if dark else Theme.LIGHT, HIGH_CONTRAST_COLOURS[dark])
    role = QPalette.ColorRole
    accent = HIGH_CONTRAST_ACCENT[dark]
    for name in (role.Highlight, role.Link):
        palette.setColor(name, accent)
    palette.setColor(role.HighlightedText, QColor("#000000" if dark else "#ffffff"))
    palette.setColor(role.PlaceholderText, QColor("#c0c0c0" if dark else "#404040"))
    for group_role in (role.Text, role.ButtonText, role.WindowText):  # still 7:1 when disabled
        palette.setColor(
            QPalette.ColorGroup.Disabled, group_role, QColor("#a0a0a0" if dark else "#505050")
        )
    return palette


def _palette(theme: Theme, colours: tuple[str, str, str, str, str] | None = None) -> QPalette:
    window, text, base, alt, button = colours or THEME_COLOURS[theme]
    dark = theme is not Theme.LIGHT
    role = QPalette.ColorRole
    palette = QPalette()
    for name, value in (
        (role.Window, window), (role.WindowText, text), (role.Base, base),
        (role.AlternateBase, alt), (role.Text, text), (role.Button, button),
        (role.ButtonText, text), (role.ToolTipBase, base), (role.ToolTipText, text),
        (role.BrightText, text if dark else "#ffffff"),
    ):  # fmt: skip
        palette.setColor(name, QColor(value))
    highlight, highlighted = SELECTION_COLOURS[theme]
    palette.setColor(role.Highlight, QColor(highlight))
    palette.setColor(role.HighlightedText, QColor(highlighted))
    palette.setColor(role.PlaceholderText, QColor(PLACEHOLDER_COLOURS[theme]))
    if theme is Theme.NIGHT:
        for dim in (role.Light, role.Midlight, role.Mid):
            palette.setColor(dim, QColor("#2a2520"))
    link = NIGHT_LINK if theme is Theme.NIGHT else ACCENT_DARK if dark else QColor(highlight)
    palette.setColor(role.Link, link)
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
    if app.property(_LOOK) != _look(app, theme, settings.text_scale):
        apply_theme(app, theme, settings.text_scale)
    return theme


def _look(app: QApplication, theme: Theme, text_scale: int) -> str:
    follows = theme is Theme.SYSTEM and desktop_wants_high_contrast(app)
    return f"{theme.value}{'/high-contrast' if follows else ''}/{text_scale}"


def _follow_desktop_contrast(app: QApplication) -> None:
    """Switch the high-contrast look on or off as the desktop's setting changes (once per app)."""
    hints = getattr(app.styleHints(), "accessibility", None)
    if hints is None or app.property("spasm_follows_contrast"):
        return
    app.setProperty("spasm_follows_contrast", True)

    def changed() -> None:
        look = str(app.property(_LOOK) or "")
        if look.startswith(f"{Theme.SYSTEM.value}/"):  # the text size is the look's last part
            apply_theme(app, Theme.SYSTEM, int(look.rsplit("/", 1)[1]))

    hints().contrastPreferenceChanged.connect(changed)


def apply_theme(app: QApplication, theme: Theme, text_scale: int) -> None:
    """Apply ``theme`` and scale the base font to ``text_scale`` percent."""
    app.setStyle(FramedIndicators())  # a new one each time: the application deletes the old
    scheme = app.styleHints()
    if theme is Theme.SYSTEM:
        scheme.unsetColorScheme()
        _follow_desktop_contrast(app)
        if desktop_wants_high_contrast(app):
            dark = scheme.colorScheme() is Qt.ColorScheme.Dark
            app.setPalette(_high_contrast_palette(dark=dark))
        else:
            app.setPalette(app.style().standardPalette())
    else:
        dark = theme is not Theme.LIGHT
        scheme.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setPalette(_palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    rescale_all()
    app.setProperty(_LOOK, _look(app, theme, text_scale))
