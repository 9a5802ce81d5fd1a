"""No two items of one menu share an access key (Alt+letter), in any language the app speaks."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from spasm_stretch.app import attach
from spasm_stretch.desktop import controller as controller_module
from spasm_stretch.desktop import notifications
from spasm_stretch.desktop.controller import DesktopController
from spasm_stretch.i18n.language import SHIPPED
from spasm_stretch.ui.services import Services
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.language import spoken

WindowFactory = Callable[..., MainWindow]


def access_key(text: str) -> str:
    """The letter after the single '&' of a menu text, lower case ('' for none)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found[1].lower() if found else ""


def clashes(items: list[QAction]) -> list[str]:
    """The texts of items whose access key another item of the same list also uses."""
    keys = [access_key(action.text()) for action in items if not action.isSeparator()]
    return [
        action.text() for action in items
        if not action.isSeparator() and (key := access_key(action.text())) and keys.count(key) > 1
    ]  # fmt: skip


def menus(bar: QMenuBar) -> list[QMenu]:
    """The menus of the bar, in order."""
    return [menu for action in bar.actions() if isinstance(menu := action.menu(), QMenu)]


@pytest.mark.parametrize("language", sorted(SHIPPED))
def test_no_menu_has_two_items_with_one_access_key(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Every menu of the bar (the desktop's item in File included), and the bar itself.

    "Edit routine…" and "Settings…" once both took E: Alt+F, E opened one of them
    by chance. Checked with the session running too, when Start reads Pause.
    """
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)

    def make(services: Services, window: MainWindow, **_: object) -> DesktopController:
        return DesktopController(services, window, tray=False, parent=window)

    monkeypatch.setattr(controller_module, "DesktopController", make)
    with spoken(language):
        window = make_window()
        attach(window)
        bar = window.menuBar()
        found = {"menu bar": clashes(bar.actions())}
        for running in (False, True):
            if running:
                window.session.start_routine("calf")
                window.refresh()
            for menu in menus(bar):
                found[f"{menu.title()} (running: {running})"] = clashes(menu.actions())
        if window.session.driver is not None:
            window.session.driver.stop()
    assert {where: texts for where, texts in found.items() if texts} == {}
