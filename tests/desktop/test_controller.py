"""The desktop controller with the real window: launches, reminders and their settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from spasm_stretch.app import attach
from spasm_stretch.core.engine import SessionState
from spasm_stretch.core.reminders import Due, Reminder
from spasm_stretch.desktop import controller as controller_module
from spasm_stretch.desktop import notifications
from spasm_stretch.desktop.controller import DesktopController
from spasm_stretch.desktop.handover import Request
from spasm_stretch.desktop.tray import Tray
from spasm_stretch.settings.store import Theme
from spasm_stretch.ui.services import Services
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.clock import FakeWallClock

WindowFactory = Callable[..., MainWindow]
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def desktop(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, DesktopController, FakeWallClock]:
    """A window with its controller on a fake wall clock, no tray and no notification service."""
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)
    clock = FakeWallClock(datetime(2026, 6, 1, 21, 30, tzinfo=BERLIN))

    def make(services: Services, window: MainWindow, **_: object) -> DesktopController:
        return DesktopController(
            services, window, tray=False, zone=BERLIN, now=clock, parent=window
        )

    monkeypatch.setattr(controller_module, "DesktopController", make)
    window = make_window()
    return window, attach(window), clock


def reminders_waiting(controller: DesktopController) -> bool:
    """Whether the reminder timer will wake: its wall alarm set, or its Qt timer running."""
    alarm = controller.timer.alarm
    return controller.timer.timer.isActive() or (alarm is not None and alarm.at is not None)


def set_reminders(window: MainWindow, controller: DesktopController, *rules: Reminder) -> None:
    """Save reminders as the dialog does, and re-aim as a settings change does."""
    window.services.settings.replace(replace(window.services.settings.value, reminders=rules))
    controller.apply_settings(window.services.settings.value)


def test_launch_requests_open_relief_and_routines(
    desktop: tuple[MainWindow, DesktopController, FakeWallClock],
) -> None:
    """`spasm-stretch relief` and `run calf` handed over: the running window does them."""
    window, controller, _ = desktop
    controller.handle(Request("relief"))
    assert window.pages.currentWidget() is window.cramp.view
    controller.handle(Request("run", "calf"))
    assert window.session.routine is not None and window.session.routine.id == "calf"
    assert (
        window.session.driver is not None
        and window.session.driver.session.state is SessionState.READY
    )


def test_a_reminder_a_minute_ahead_asks_and_start_starts_the_routine(
    qtbot: QtBot, desktop: tuple[MainWindow, DesktopController, FakeWallClock]
) -> None:
    """No tray, no service: the reminder asks in the window; Start runs the routine."""
    window, controller, clock = desktop
    set_reminders(window, controller, Reminder(time(21, 31), "neck"))
    assert window.picker.today.text() == "Neck stretch at 21:31 · no routine done yet"
    clock.advance(timedelta(minutes=1))
    controller.timer.timer.timeout.emit()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert box.isVisible() and "Neck stretch" in box.text()
    start = next(b for b in box.findChildren(QPushButton) if b.text() == "Start")
    start.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.session.routine is not None and window.session.routine.id == "neck"
    assert (
        window.session.driver is not None
        and window.session.driver.session.state is SessionState.RUNNING
    )


def test_reminders_dialog_edits_are_saved_and_re_aim(
    qtbot: QtBot, desktop: tuple[MainWindow, DesktopController, FakeWallClock]
) -> None:
    """Adding a reminder in the dialog saves it and the schedule points at it."""
    window, controller, _ = desktop
    controller.open_dialog()
    dialog = controller.dialog
    assert dialog is not None
    dialog.add_button.click()
    assert len(window.services.settings.value.reminders) == 1
    assert (
        window.services.settings.store.load().reminders == window.services.settings.value.reminders
    )
    assert controller.timer.next_due is not None
    dialog.rows[0].bedtime.setChecked(True)
    assert window.services.settings.store.load().reminders[0].bedtime
    dialog.close()


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_closing_keeps_the_app_in_the_tray_when_chosen_and_quit_quits(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked once on the first close: Yes hides to the tray, says so once; Quit really closes."""
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window()
    controller = attach(window)
    assert controller.tray is not None
    told: list[str] = []
    monkeypatch.setattr(controller.tray.icon, "showMessage", lambda title, _: told.append(title))
    window.close()
    assert not window.isVisible() and asked == ["Keep running in the tray?"]
    assert told == ["spasm-stretch is still running"]
    assert window.services.settings.store.load().keep_in_tray is True
    assert reminders_waiting(controller)  # reminders still come
    controller.handle(Request("show"))
    assert window.isVisible()
    window.close()
    assert len(asked) == 1 and len(told) == 1  # asked and told once, remembered
    controller.quit()
    assert not reminders_waiting(controller)
    QApplication.setQuitOnLastWindowClosed(True)


def test_bedtime_reminder_opens_its_routine_in_the_dark_and_today_picks_the_reminder(
    desktop: tuple[MainWindow, DesktopController, FakeWallClock],
) -> None:
    """Start on a bedtime reminder: the routine runs on a dark palette; 'today' picks it too."""
    window, controller, clock = desktop
    bedtime = Reminder(time(22, 0), "calf", bedtime=True)
    set_reminders(window, controller, bedtime)
    controller.start_reminder(Due(bedtime, clock()))
    assert window.session.routine is not None and window.session.routine.id == "calf"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.show_picker()
    controller.handle(Request("today"))
    assert (
        window.session.driver is not None
        and window.session.driver.session.state is SessionState.RUNNING
    )
    assert window.session.routine.id == "calf"
    window.services.settings.replace(
        replace(window.services.settings.value, theme=Theme.SYSTEM)
    )  # as other tests expect


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_reminders_keep_the_app_in_the_tray_and_quitting_with_them_asks(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reminders set, nothing said about the tray: closing keeps them coming, unasked.

    Quit asks first, and No keeps the app running.
    """
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window()
    controller = attach(window)
    assert controller.tray is not None
    monkeypatch.setattr(controller.tray.icon, "showMessage", lambda *_: None)
    set_reminders(window, controller, Reminder(time(21, 30), "calf"))
    assert window.services.settings.value.keep_in_tray is None
    window.close()
    assert not window.isVisible() and asked == [], "reminders keep it in the tray, unasked"
    assert reminders_waiting(controller)
    controller.quit()
    assert asked == ["Quit spasm-stretch?"] and reminders_waiting(controller)
    controller.quit()
    assert len(asked) == 2 and not reminders_waiting(controller)
    QApplication.setQuitOnLastWindowClosed(True)


def test_adding_a_reminder_does_not_answer_the_tray_question(
    desktop: tuple[MainWindow, DesktopController, FakeWallClock],
) -> None:
    window, controller, _ = desktop
    controller.open_dialog()
    dialog = controller.dialog
    assert dialog is not None
    dialog.add_button.click()
    assert window.services.settings.store.load().reminders
    assert window.services.settings.store.load().keep_in_tray is None
    assert dialog.keep_in_tray.isChecked(), "shown on: reminders keep the app in the tray"
    dialog.close()
