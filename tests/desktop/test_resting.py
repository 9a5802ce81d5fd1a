"""Shown once, then closed to the tray with no session: nothing in the app wakes it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from spasm_stretch.app import attach
from spasm_stretch.desktop import notifications
from spasm_stretch.desktop.tray import Tray
from spasm_stretch.ui.shell.window import MainWindow
from tests.helpers.timers import live_timers

WindowFactory = Callable[..., MainWindow]


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_closed_to_the_tray_no_timer_runs_but_the_reminders_own(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No sweep, no tick, no check: the one wake left is the reminder alarm at its instant.

    Where the system has timerfd (Linux) that alarm is no Qt timer at all;
    elsewhere it is the reminder timer, single-shot. The sound output is
    among the services looked at: it keeps no timer between sessions.
    """
    monkeypatch.setattr(notifications, "_open_bus", lambda: None)
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    window = make_window()
    controller = attach(window)
    assert controller.tray is not None
    monkeypatch.setattr(controller.tray.icon, "showMessage", lambda *_: None)
    window.close()
    QApplication.processEvents()
    assert not window.isVisible() and window.windowHandle() is None
    services = [
        value
        for value in (getattr(window.services, f.name) for f in dataclasses.fields(window.services))
        if isinstance(value, QObject)
    ]
    assert window.services.audio in services
    running = [(t.path, t.single_shot) for t in live_timers([window, *services])]
    if controller.timer.alarm is not None:
        assert running == []
        assert controller.timer.alarm.at is not None  # midnight, or the next reminder
    else:
        assert running == [("QTimer < ReminderTimer < DesktopController < MainWindow", True)]
    controller.shut_down()
    QApplication.setQuitOnLastWindowClosed(True)
