"""The app in the applications menu and at login: freedesktop desktop entries and icons.

``install`` writes ``spasm-stretch.desktop`` (with "Cramp help now" and
"Start today's routine" actions) into the user's applications folder and the
icon into the hicolor theme: the SVG, plus PNGs rendered from it with
QSvgRenderer for panels that do not draw SVG, and the AppStream metainfo
(what a software centre shows: summary, description, screenshots, releases)
into the user's metainfo folder. ``uninstall`` removes exactly what
``install`` wrote. ``set_autostart`` writes or removes the login entry,
which starts the app hidden in the tray (``--background``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spasm_stretch.i18n.text import Text
from spasm_stretch.resources import assets_dir

APP_ID = "spasm-stretch"
ENTRY_NAME = f"{APP_ID}.desktop"
METAINFO_NAME = "io.github.spasm_stretch.spasm_stretch.metainfo.xml"  # named by its <id>
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
_offscreen: list[object] = []  # an application made only to render icons, kept alive
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class EntryWords(Text):
    """Why a desktop entry was not written."""


@dataclass(frozen=True)
class Installed:
    """The files an install wrote (or an uninstall removed)."""

    files: tuple[Path, ...]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, else ``~/.config``."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def launcher() -> list[str]:
    """The command that starts this install of the app, as absolute as it can be."""
    script = Path(sys.argv[0])
    if script.name == APP_ID and script.is_file():
        return [str(script.absolute())]
    beside = Path(sys.executable).parent / APP_ID
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "spasm_stretch"]


class EntryError(Exception):
    """A desktop entry that cannot be written as the spec asks, with the reason."""


def _quote(argument: str) -> str:
    """One Exec argument as the Desktop Entry spec asks: ``%`` doubled, quoted if reserved.

    Inside the quotes the double quote, backtick, dollar and backslash each
    take a backslash; an empty argument is quoted so it is not lost.
    """
    argument = argument.replace("%", "%%")
    if argument and not _RESERVED & set(argument):
        return argument
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'


_STRING_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _exec(command: list[str], *extra: str) -> str:
    """The Exec value: each argument quoted, then escaped as a string value.

    A string value cannot hold a raw tab or newline (they are written escaped); other
    control characters and names that are not UTF-8 cannot be written at all.
    """
    line = " ".join(_quote(part) for part in [*command, *extra])
    escaped = "".join(_STRING_ESCAPES.get(c, c) for c in line)
    bad = [c for c in escaped if ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF]
    if bad:
        raise EntryError(
            EntryWords.tr(
                "the command {command} holds a character a desktop entry cannot carry ({code})"
            ).format(command=" ".join(command), code=f"U+{ord(bad[0]):04X}")
        )
    return escaped


# The entry's own words in each shipped language. A desktop entry carries every
# language at once (``Name[de]=``), read by the menu in the desktop's language, so
# these live here rather than in the interface catalogs, which speak one at a time.
ENTRY_WORDS: Mapping[str, Mapping[str, str]] = {
    "de": {
        "GenericName": "Dehnübungen bei Muskelkrämpfen",
        "Comment": "Geführte Dehnungen bei Muskelkrämpfen, Soforthilfe und Erinnerungen",
        "Keywords": "Krampf;Muskelkrampf;Wadenkrampf;Spasmus;dehnen;Dehnung;Übung;Erinnerung;",
        "relief": "Soforthilfe bei Krampf",
        "today": "Heutige Routine starten",
    },
    "fr": {
        "GenericName": "Étirements contre les crampes",
        "Comment": "Étirements guidés pour les crampes musculaires, soulagement rapide, rappels",
        "Keywords": "crampe;spasme;étirement;étirer;exercice;rappel;",
        "relief": "Soulager une crampe",
        "today": "Démarrer la routine du jour",
    },
    "es": {
        "GenericName": "Estiramientos para calambres",
        "Comment": "Estiramientos guiados para calambres musculares, alivio rápido y recordatorios",
        "Keywords": "calambre;espasmo;estiramiento;estirar;ejercicio;recordatorio;",
        "relief": "Alivio rápido de un calambre",
        "today": "Iniciar la rutina de hoy",
    },
}


def _translated(key: str, word: str | None = None) -> list[str]:
    """``key[de]=...`` and so on for each language that has ``word`` (default: ``key``)."""
    return [f"{key}[{language}]={words[word or key]}" for language, words in ENTRY_WORDS.items()]


def _launchable(command: list[str]) -> list[str]:
    """``command``, started through ``env`` when its program's path holds a ``%``.

    The spec writes that ``%`` as ``%%``, but GLib looks the program up before
    it turns ``%%`` back into ``%``, finds no such file and drops the entry;
    with ``env`` first, the path is only an argument and reaches it intact.
    """
    return ["/usr/bin/env", *command] if command and "%" in command[0] else command


def entry_text(command: list[str], *, autostart: bool = False) -> str:
    """The desktop entry, in every shipped language; for login, it starts hidden, no actions."""
    command = _launchable(command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=spasm-stretch",
        "GenericName=Stretching for cramps",
        "Comment=Guided stretches for muscle cramps, quick relief, and reminders",
        f"Exec={_exec(command, '--background') if autostart else _exec(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "Keywords=cramp;spasm;stretch;stretching;exercise;reminder;",
        f"StartupWMClass={APP_ID}",
        *_translated("GenericName"),
        *_translated("Comment"),
        *_translated("Keywords"),
    ]
    if autostart:
        lines += ["NoDisplay=true", "X-GNOME-Autostart-enabled=true"]
        return "\n".join(lines) + "\n"
    lines += [
        "StartupNotify=true",
        "Actions=relief;today;",
        "",
        "[Desktop Action relief]",
        "Name=Cramp help now",
        *_translated("Name", "relief"),
        f"Exec={_exec(command, 'relief')}",
        "",
        "[Desktop Action today]",
        "Name=Start today's routine",
        *_translated("Name", "today"),
        f"Exec={_exec(command, 'today')}",
    ]
    return "\n".join(lines) + "\n"


def entry_path() -> Path:
    """Where the applications-menu entry goes."""
    return data_home() / "applications" / ENTRY_NAME


def metainfo_path() -> Path:
    """Where the AppStream metainfo goes (``/usr/share/metainfo`` in a system package)."""
    return data_home() / "metainfo" / METAINFO_NAME


def metainfo_source() -> Path:
    """The metainfo the app carries (in the wheel, with the other assets)."""
    return assets_dir() / "metainfo" / METAINFO_NAME


def autostart_path() -> Path:
    """Where the login entry goes."""
    return config_home() / "autostart" / ENTRY_NAME


def _icon_paths() -> list[Path]:
    hicolor = data_home() / "icons" / "hicolor"
    return [hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] + [
        hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in PNG_SIZES
    ]


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a reader never sees half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)


def write_entry(path: Path, text: str) -> None:
    """Write a desktop entry only once ``desktop-file-validate`` accepts it (where installed).

    ``install-desktop`` and ``autostart on`` both come here, so neither can
    report success for an entry the desktop would refuse; a refused entry
    leaves the old one (or none) in place and raises EntryError with why.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    trial = path.with_name(f".{path.stem}-new.desktop")  # the validator wants .desktop
    trial.write_text(text, encoding="utf-8")
    try:
        problem = _validation_problem(trial)
        if problem:
            raise EntryError(
                EntryWords.tr("desktop-file-validate refuses the entry: {problem}").format(
                    problem=problem
                )
            )
        trial.replace(path)
    finally:
        trial.unlink(missing_ok=True)


def _validation_problem(path: Path) -> str:
    """What desktop-file-validate says is wrong with ``path`` ("" if nothing, or no tool)."""
    tool = validator()
    if tool is None:
        return ""
    try:
        done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False,
                              timeout=30)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return ""  # a broken validator does not stop the entry being written
    if done.returncode == 0:
        return ""
    return (done.stdout + done.stderr).replace(str(path), path.name).strip()


def _render_pngs(svg: Path) -> dict[int, bytes]:
    """The icon at each PNG size; needs a Qt GUI application (made offscreen if none)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _offscreen.append(QGuiApplication([APP_ID, "-platform", "offscreen"]))
    renderer = QSvgRenderer(str(svg))
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 wants str
        pngs[size] = bytes(data.data())
    return pngs


def install(command: list[str] | None = None) -> Installed:
    """Put the app in the applications menu: the entry and its icons."""
    text = entry_text(command or launcher())  # a command no entry can carry stops here
    svg = assets_dir() / "icons" / f"{APP_ID}.svg"
    pngs = _render_pngs(svg)
    scalable, *sized = _icon_paths()
    _write(scalable, svg.read_bytes())
    for path, size in zip(sized, PNG_SIZES, strict=True):
        _write(path, pngs[size])
    write_entry(entry_path(), text)
    _write(metainfo_path(), metainfo_source().read_bytes())
    return Installed((entry_path(), metainfo_path(), scalable, *sized))


def _remove(paths: list[Path], stop: Path) -> tuple[Path, ...]:
    removed = []
    for path in paths:
        if path.exists():
            path.unlink()
            removed.append(path)
        folder = path.parent
        while folder != stop and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return tuple(removed)


def uninstall() -> Installed:
    """Remove the entry and icons ``install`` wrote, and folders left empty by that."""
    return Installed(_remove([entry_path(), metainfo_path(), *_icon_paths()], data_home()))


def autostart_enabled() -> bool:
    """Whether the app starts at login."""
    return autostart_path().is_file()


def set_autostart(on: bool, command: list[str] | None = None) -> Path:
    """Start at login (hidden in the tray), or no longer; returns the entry's path."""
    path = autostart_path()
    if on:
        write_entry(path, entry_text(command or launcher(), autostart=True))
    else:
        _remove([path], config_home())
    return path


def validator() -> str | None:
    """``desktop-file-validate``, when installed (desktop-file-utils)."""
    return shutil.which("desktop-file-validate")
