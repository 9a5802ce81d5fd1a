"""The applications-menu entry, its icons, and the login entry: written, valid, removed."""

from __future__ import annotations

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
