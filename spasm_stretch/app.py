"""Start the Qt application and its main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from spasm_stretch.user_paths import APP_NAME


def run_app(args: argparse.Namespace) -> int:
    """Open the main window over every routine and run the event loop."""
    from spasm_stretch.cli import load_all
    from spasm_stretch.ui.routine_list_window import RoutineListWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = RoutineListWindow(load_all(args.routines))
    window.show()
    return app.exec()
