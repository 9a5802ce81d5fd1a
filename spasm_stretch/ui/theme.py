"""Light and dark palettes and text size, applied to the whole application.

Fusion draws the same on every platform and honours a palette fully, so the
light and dark themes look as designed everywhere; "follow system" keeps the
platform's own palette and colour scheme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from spasm_stretch.settings import Theme
from spasm_stretch.ui.fonts import rescale_all

ACCENT = QColor("#2a9d8f")
ACCENT_DARK = QColor("#4cc2b4")
BASE_POINT_SIZE = 10.0


def _palette(dark: bool) -> QPalette:
    window, text, base, alt, button = (
        ("#1f2527", "#eef2f1", "#171c1e", "#252c2f", "#2b3336")
        if dark
        else ("#f6f8f7", "#1f2a2e", "#ffffff", "#eef2f1", "#e9eeec")
    )
    role = QPalette.ColorRole
    palette = QPalette()
    for name, value in (
        (role.Window, window), (role.WindowText, text), (role.Base, base),
        (role.AlternateBase, alt), (role.Text, text), (role.Button, button),
        (role.ButtonText, text), (role.ToolTipBase, base), (role.ToolTipText, text),
        (role.PlaceholderText, "#8a9a98"), (role.BrightText, "#ffffff"),
    ):  # fmt: skip
        palette.setColor(name, QColor(value))
    accent = ACCENT_DARK if dark else ACCENT
    palette.setColor(role.Highlight, accent)
    palette.setColor(role.HighlightedText, QColor("#0b1416" if dark else "#ffffff"))
    palette.setColor(role.Link, accent)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7d8b89"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7d8b89"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7d8b89"))
    return palette


def is_dark(app: QApplication) -> bool:
    """Whether the palette in use is a dark one."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: Theme, text_scale: int) -> None:
    """Apply ``theme`` and scale the base font to ``text_scale`` percent."""
    app.setStyle("Fusion")
    scheme = app.styleHints()
    if theme is Theme.SYSTEM:
        scheme.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
    else:
        dark = theme is Theme.DARK
        scheme.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setPalette(_palette(dark))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale / 100)
    app.setFont(font)
    rescale_all()
