"""Skip, with the reason, tests that need a system library a fresh machine may lack.

PySide6's wheels bring Qt but not every library its plugins load: QtMultimedia
and QtTextToSpeech need libpulse0, and the xcb platform (the real window under
Xvfb) needs libxcb-cursor0. ``.ci/run`` installs them, so there every test runs;
on a machine without them the README's test command still passes, and the
skip reason says which package to install.
"""

from __future__ import annotations

import ctypes
import importlib
from types import ModuleType

import pytest

PACKAGE_OF = {"libpulse.so.0": "libpulse0", "libxcb-cursor.so.0": "libxcb-cursor0"}


def qt_module(name: str) -> ModuleType:
    """Import ``PySide6.<name>``, or skip the test naming the library it could not load."""
    try:
        return importlib.import_module(f"PySide6.{name}")
    except ImportError as exc:
        pytest.skip(f"PySide6.{name} cannot be loaded here ({exc}){_install_hint(str(exc))}")


def qt_module_missing(name: str) -> str:
    """Why ``PySide6.<name>`` cannot be imported here (with the package to install), or ""."""
    try:
        importlib.import_module(f"PySide6.{name}")
    except ImportError as exc:
        return f"PySide6.{name} cannot be loaded here ({exc}){_install_hint(str(exc))}"
    return ""


def library_missing(soname: str) -> str:
    """Why the shared library ``soname`` cannot be loaded, or "" when it can."""
    try:
        ctypes.CDLL(soname)
    except OSError as exc:
        return f"{exc}{_install_hint(soname)}"
    return ""


def _install_hint(text: str) -> str:
    packages = [package for soname, package in PACKAGE_OF.items() if soname in text]
    return f"; install {' and '.join(packages)} (.ci/run does)" if packages else ""
