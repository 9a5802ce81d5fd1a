"""The terminal side of the desktop entries: install-desktop, uninstall-desktop, autostart."""

from __future__ import annotations

import argparse
from typing import TextIO

from spasm_stretch.desktop import entry
from spasm_stretch.i18n.text import Text


class DesktopCommandWords(Text):
    """What install-desktop, uninstall-desktop and autostart print."""


def desktop_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run one of the desktop-entry commands; say what was written or removed."""
    try:
        if args.command == "install-desktop":
            installed = entry.install()
            print(
                DesktopCommandWords.tr("added to the applications menu: {file}").format(
                    file=installed.files[0]
                ),
                file=out,
            )
            print(
                DesktopCommandWords.tr(
                    "icons: %n files in the hicolor theme", "", len(installed.files) - 1
                ),
                file=out,
            )
            return 0
        if args.command == "uninstall-desktop":
            removed = entry.uninstall()
            print(DesktopCommandWords.tr("removed %n file(s)", "", len(removed.files)), file=out)
            for path in removed.files:
                print(f"  {path}", file=out)
            return 0
        path = entry.set_autostart(args.state == "on")
        done = (
            DesktopCommandWords.tr("spasm-stretch starts at login, hidden in the tray ({file})")
            if args.state == "on"
            else DesktopCommandWords.tr("spasm-stretch no longer starts ({file})")
        )
        print(done.format(file=path), file=out)
    except (OSError, entry.EntryError) as exc:
        print(
            DesktopCommandWords.tr("could not write the desktop entry: {error}").format(error=exc),
            file=err,
        )
        return 1
    return 0
