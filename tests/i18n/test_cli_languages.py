"""The terminal commands in the person's language: list, validate, help and loader messages.

The German, French and Spanish expected here are the words of the shipped
``.ts`` files, which the commands read without Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_stretch.cli import main
from spasm_stretch.core.loader import load_routine_text
from spasm_stretch.i18n.catalog import Catalog
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE
from spasm_stretch.i18n.text import use_catalog
from tests.helpers.routines import VALID_ROUTINE, with_line

Asked = tuple[str, list[str]]  # LANG, and the arguments before the command
GERMAN: Asked = ("de_DE.UTF-8", [])
FRENCH: Asked = ("de_DE.UTF-8", ["--lang", "fr"])  # --lang wins over the locale
ENGLISH: Asked = ("C.UTF-8", [])
COMMANDS = (
    "", "list", "validate", "show", "run", "relief", "today", "install-desktop",
    "uninstall-desktop", "autostart", "sounds", "history", "trace",
)  # fmt: skip
SIDES_LINE = 12  # "    sides: both" in VALID_ROUTINE; the messages below name it


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """``main`` installs a language for the whole process; later tests read English."""
    yield
    use_catalog(SOURCE_LANGUAGE)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A folder with one routine whose step has ``sides: maybe``."""
    (tmp_path / "bad.yaml").write_text(with_line(SIDES_LINE, "    sides: maybe"), "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("asked", "header", "origin"),
    [
        (GERMAN, "ID NAME BEREICH SCHRITTE DAUER HERKUNFT", "mitgeliefert"),
        (FRENCH, "ID NOM ZONE ÉTAPES DURÉE ORIGINE", "intégrée"),
        (ENGLISH, "ID NAME AREA STEPS TIME FROM", "built-in"),
    ],
)
def test_list_speaks_the_locale_or_the_lang_asked_for(
    asked: Asked,
    header: str,
    origin: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lang, args = asked
    monkeypatch.setenv("LANG", lang)
    code, out, _ = run([*args, "list"], capsys)
    assert code == 0
    first, *rows = out.splitlines()
    assert first.split() == header.split()
    assert all(row.endswith(origin) for row in rows)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (
            GERMAN,
            (
                "Zeile 12: Schritt 1 (First stretch): "
                "sides muss 'none' oder 'both' sein, gefunden: 'maybe'",
                "1 Datei mit Fehlern, 0 gültig",
            ),
        ),
        (
            FRENCH,
            (
                "ligne 12\u00a0: étape 1 (First stretch)\u00a0: "
                "sides doit valoir «\u00a0none\u00a0» ou «\u00a0both\u00a0», trouvé\u00a0: 'maybe'",
                "1 fichier avec des erreurs, 0 valide",
            ),
        ),
        (
            ENGLISH,
            (
                "line 12: step 1 (First stretch): sides must be 'none' or 'both', got 'maybe'",
                "1 file(s) with errors, 0 valid",
            ),
        ),
    ],
)
def test_validate_speaks_the_locale_or_the_lang_asked_for(
    asked: Asked,
    expected: tuple[str, str],
    broken: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (lang, args), (problem, summary) = asked, expected
    monkeypatch.setenv("LANG", lang)
    code, _, err = run([*args, "validate", str(broken)], capsys)
    assert code == 1
    assert err.splitlines() == [f"{broken / 'bad.yaml'}, {problem}", summary]


def test_spanish_names_a_missing_value_and_counts_valid_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.yaml").write_text(VALID_ROUTINE, "utf-8")
    (tmp_path / "empty-steps.yaml").write_text(
        VALID_ROUTINE.split("steps:")[0] + "steps:\n", "utf-8"
    )
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _, err = run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert err.splitlines() == [
        f"{tmp_path / 'empty-steps.yaml'}, línea 6: "
        "steps debe ser una lista no vacía, se encontró: nada",
        "1 archivo con errores, 1 válido",
    ]


def test_help_is_in_the_language_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--lang", "de", "--help"], capsys)
    assert code == 0
    assert "Nur allgemeine Informationen, keine medizinische Beratung." in out
    assert "--routines ORDNER" in out
    assert "Routinedateien oder -ordner prüfen" in out
    assert out.startswith("Aufruf: spasm-stretch")
    assert "Optionen:" in out
    assert "diese Hilfe zeigen und beenden" in out


def test_a_wrong_argument_is_reported_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["--lang", "fr", "list", "--no-such-option"], capsys)
    assert code == 2
    assert err.startswith("utilisation\u00a0: spasm-stretch")
    assert "spasm-stretch\u00a0: erreur\u00a0: " in err


@pytest.mark.parametrize("language", SHIPPED)
def test_every_help_page_prints_in_every_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Argparse %-formats help text, so a stray '%' in a translation would crash --help."""
    for command in COMMANDS:
        code, out, _ = run(["--lang", language, *command.split(), "--help"], capsys)
        assert code == 0, command
        assert f"spasm-stretch {command}".strip() in out.splitlines()[0], command


def test_german_list_still_starts_without_qt(tmp_path: Path) -> None:
    """Reading the German catalog keeps the terminal commands free of Qt."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "LANG": "de_DE.UTF-8", "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "spasm_stretch", "list"],
        capture_output=True, text=True, cwd=root, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[:6] == ["ID", "NAME", "BEREICH", "SCHRITTE", "DAUER", "HERKUNFT"]
    assert [line for line in done.stderr.splitlines() if "PySide6" in line] == []


def test_a_translator_may_reorder_a_loader_sentence() -> None:
    """Each loader problem is one sentence with named fields, not English pieces glued."""
    sides = "{where}sides must be 'none' or 'both', got {value}"
    step = "step {number} ({name}): "
    catalog = Catalog(
        "de",
        {
            ("LoaderWords", sides, ""): "{value} passt nicht zu sides ({where}erlaubt: none, both)",
            ("LoaderWords", step, ""): "Schritt {number} „{name}“: ",
        },
        {("LoaderWords", "a list of %n", ""): ("eine Liste mit %n Eintrag", "%n Einträgen")},
    )
    use_catalog("de", catalog)
    bad = load_routine_text(with_line(SIDES_LINE, "    sides: [a, b]"), Path("r.yaml"))
    assert [p.message for p in bad.problems] == [
        "2 Einträgen passt nicht zu sides (Schritt 1 „First stretch“: erlaubt: none, both)"
    ]


def test_german_list_names_body_areas_and_show_keeps_the_pose_capitals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """German nouns keep their capitals; routine files' English area ids are not shown."""
    _, listed, _ = run(["--lang", "de", "list"], capsys)
    rows = {line.split()[0]: line.split() for line in listed.splitlines()[1:]}
    assert "Wade" in rows["calf"] and "calf" not in rows["calf"][1:]
    assert "Ganzkörper" in rows["full-body"]
    _, shown, _ = run(["--lang", "de", "show", "back"], capsys)
    assert "Katze: Rücken rund machen" in shown
