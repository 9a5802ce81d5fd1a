"""The applications-menu entry, its icons, and the login entry: written, valid, removed."""

from __future__ import annotations

import os
import select
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spasm_stretch.cli import main
from spasm_stretch.desktop import entry

VALIDATOR = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(
    VALIDATOR is None, reason="desktop-file-validate (desktop-file-utils) is not installed"
)


def tree(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


def validated_entry(command: str) -> str:
    """Install the entry for ``command``; its text, once desktop-file-validate accepts it."""
    installed = entry.install([command])
    assert VALIDATOR is not None
    done = subprocess.run(
        [VALIDATOR, str(installed.files[0])], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    return installed.files[0].read_text(encoding="utf-8")


@needs_validator
def test_installed_entry_passes_desktop_file_validate(qtbot: QtBot) -> None:
    """install-desktop writes an entry the freedesktop validator accepts, with both actions."""
    text = validated_entry("/opt/my apps/spasm-stretch")
    assert 'Exec="/opt/my apps/spasm-stretch" relief' in text
    assert "Name=Cramp help now" in text and "Name=Start today's routine" in text
    assert "StartupWMClass=spasm-stretch" in text


def test_install_then_uninstall_leaves_nothing_behind(
    isolated_user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The commands: icons in hicolor (SVG and PNGs), then every file and folder gone again."""
    before = tree(isolated_user_folders)
    assert main(["install-desktop"]) == 0
    data = isolated_user_folders / "data"
    hicolor = data / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "spasm-stretch.svg").is_file()
    png = (hicolor / "48x48" / "apps" / "spasm-stretch.png").read_bytes()
    assert png.startswith(b"\x89PNG") and png[16:24] == (48).to_bytes(4) * 2
    assert (data / "applications" / "spasm-stretch.desktop").is_file()
    metainfo = data / "metainfo" / "io.github.spasm_stretch.spasm_stretch.metainfo.xml"
    assert b'<launchable type="desktop-id">spasm-stretch.desktop<' in metainfo.read_bytes()
    assert main(["uninstall-desktop"]) == 0
    assert tree(isolated_user_folders) == before
    out = capsys.readouterr().out
    assert "added to the applications menu" in out and "removed 11 file(s)" in out


def test_autostart_on_then_off(isolated_user_folders: Path) -> None:
    """Start at login: the entry starts the app with --background; off removes it."""
    before = tree(isolated_user_folders)
    assert main(["autostart", "on"]) == 0
    assert entry.autostart_enabled()
    text = entry.autostart_path().read_text(encoding="utf-8")
    assert "--background" in text.splitlines()[6]
    if VALIDATOR is not None:
        assert subprocess.run([VALIDATOR, str(entry.autostart_path())], check=False).returncode == 0
    assert main(["autostart", "off"]) == 0
    assert not entry.autostart_enabled()
    assert tree(isolated_user_folders) == before


def test_an_unwritable_folder_is_a_message_not_a_traceback(
    isolated_user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file where the autostart folder should be: exit 1 with the reason."""
    (isolated_user_folders / "config" / "autostart").write_text("not a folder")
    assert main(["autostart", "on"]) == 1
    assert "could not write the desktop entry" in capsys.readouterr().err


@needs_validator
def test_the_entry_speaks_german_french_and_spanish(qtbot: QtBot) -> None:
    """Menus in another language read the entry's own translations; the validator still agrees."""
    lines = validated_entry("/usr/bin/spasm-stretch").splitlines()
    assert "GenericName[de]=Dehnübungen bei Muskelkrämpfen" in lines
    for language in ("de", "fr", "es"):
        for key in ("GenericName", "Comment", "Keywords"):
            assert sum(line.startswith(f"{key}[{language}]=") for line in lines) == 1
        assert sum(line.startswith(f"Name[{language}]=") for line in lines) == 2  # both actions
    assert "Name[fr]=Démarrer la routine du jour" in lines
    assert "Name[es]=Alivio rápido de un calambre" in lines


def spec_arguments(value: str) -> list[str]:
    """An Exec value read back as the Desktop Entry spec says (an independent reading).

    String escapes first (backslash s, n, t, r and a doubled backslash), then
    quoting: inside double quotes a backslash escapes the double quote,
    backtick, dollar and backslash; last, ``%%`` is a literal ``%``.
    """
    unescaped, index = "", 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            index += 1
            char = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[index]]
        unescaped += char
        index += 1
    arguments: list[str] = []
    current, quoted, started, index = "", False, False, 0
    while index < len(unescaped):
        char = unescaped[index]
        if quoted and char == "\\":
            index += 1
            assert unescaped[index] in '"`$\\'
            current += unescaped[index]
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            assert quoted or char not in entry._RESERVED, f"unquoted reserved {char!r}"
            current, started = current + char, True
        index += 1
    assert not quoted
    if started:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


HOSTILE_PATHS = [
    "/opt/100% sure/spasm-stretch",
    "/opt/%f%u%%/spasm-stretch",
    '/home/a b/it\'s/"quoted"/$HOME/`id`/back\\slash/spasm-stretch',
    "/opt/tab\there/new\nline/spasm-stretch",
    "/opt/&;|<>~*?#()/spasm-stretch",
    "/opt/ünïcødé/日本/spasm-stretch",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_exec_is_quoted_as_the_spec_says(path: str) -> None:
    """Every Exec line reads back as exactly the command and its argument."""
    lines = entry.entry_text([path, "-m", "x y"]).splitlines()
    execs = [line.removeprefix("Exec=") for line in lines if line.startswith("Exec=")]
    expected = [path, "-m", "x y"]
    prefix = ["/usr/bin/env"] if "%" in path else []
    assert [spec_arguments(value) for value in execs] == [
        [*prefix, *expected],
        [*prefix, *expected, "relief"],
        [*prefix, *expected, "today"],
    ]


@needs_validator
@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_an_entry_for_any_install_path_passes_the_validator(
    tmp_path: Path, path: str, isolated_user_folders: Path
) -> None:
    written = entry.set_autostart(True, [path])
    assert VALIDATOR is not None
    done = subprocess.run([VALIDATOR, str(written)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


GIO = shutil.which("gio")


@pytest.mark.skipif(GIO is None, reason="gio (libglib2.0-bin) is not installed")
def test_glib_starts_the_app_from_a_path_with_percent_and_quotes(tmp_path: Path) -> None:
    """GLib's own launcher runs the program at a hostile path with exactly that path."""
    folder = tmp_path / "100% a$b`c\"d'e\\f g&h;(i)"
    folder.mkdir()
    fifo = tmp_path / "argv"
    os.mkfifo(fifo)
    program = folder / "spasm-stretch"
    program.write_text(f'#!/bin/sh\nprintf "%s|" "$0" "$@" > {shlex.quote(str(fifo))}\n')
    program.chmod(0o755)
    desktop = tmp_path / "t.desktop"
    desktop.write_text(entry.entry_text([str(program)]), encoding="utf-8")
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert GIO is not None
        subprocess.run([GIO, "launch", str(desktop)], check=True, timeout=30)
        said = b""
        while not said.endswith(b"|"):
            readable, _, _ = select.select([reader], [], [], 10)
            assert readable, "the launched program never ran"
            said += os.read(reader, 4096)
    finally:
        os.close(reader)
    assert said.decode() == f"{program}|"


def fake_validator(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desktop-file-validate that refuses every entry."""
    tool = folder / "desktop-file-validate"
    tool.write_text('#!/bin/sh\necho "$1: error: refused for the test"\nexit 1\n')
    tool.chmod(0o755)
    monkeypatch.setattr(entry, "validator", lambda: str(tool))


@pytest.mark.parametrize("command", [["autostart", "on"], ["install-desktop"]])
def test_an_entry_the_validator_refuses_is_not_written_and_is_told(
    tmp_path: Path,
    isolated_user_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """Autostart on uses the same checked writer as install-desktop: exit 1, no entry."""
    fake_validator(tmp_path, monkeypatch)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert "desktop-file-validate refuses the entry" in err and "refused for the test" in err
    assert not entry.autostart_path().exists() and not entry.entry_path().exists()
    assert [p for p in isolated_user_folders.rglob("*.desktop")] == []


def test_a_control_character_in_the_path_is_told(
    isolated_user_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A path no desktop entry can carry: exit 1 with the reason, nothing written."""
    monkeypatch.setattr(entry, "launcher", lambda: ["/opt/bell\x07/spasm-stretch"])
    assert main(["autostart", "on"]) == 1
    assert "U+0007" in capsys.readouterr().err
    assert not entry.autostart_path().exists()


APPSTREAM = shutil.which("appstreamcli")


@pytest.mark.skipif(APPSTREAM is None, reason="appstreamcli (appstream) is not installed")
def test_the_metainfo_passes_appstreamcli_validate() -> None:
    """A software centre (or a packager) takes it as is: no error, warning, info or nit."""
    assert APPSTREAM is not None
    done = subprocess.run(
        [APPSTREAM, "validate", "--no-net", "--pedantic", str(entry.metainfo_source())],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful." in done.stdout, done.stdout


def test_the_metainfo_names_this_version_and_the_menu_entry() -> None:
    """Its latest release is the version the app reports; it launches the entry install writes."""
    from xml.etree import ElementTree

    from spasm_stretch import __version__

    root = ElementTree.parse(entry.metainfo_source()).getroot()
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert root.findtext("launchable") == entry.ENTRY_NAME
    assert root.findtext("icon") == entry.APP_ID
    assert f"{root.findtext('id')}.metainfo.xml" == entry.METAINFO_NAME
    assert "not medical advice" in "".join(root.find("description").itertext())  # type: ignore[union-attr]
