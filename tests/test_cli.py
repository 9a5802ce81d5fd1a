"""The terminal commands: list, validate and show, as a routine author uses them."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from spasm_stretch import __version__
from spasm_stretch.cli import main
from spasm_stretch.user_paths import user_routines_dir
from tests.helpers.log import log_cramp, log_run
from tests.helpers.routines import VALID_ROUTINE, with_line


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_user_folder_is_isolated_in_tests(isolated_user_folders: Path) -> None:
    """Tests never read or write the real per-user folder."""
    assert user_routines_dir().is_relative_to(isolated_user_folders)


def test_list_shows_the_builtin_routines_with_durations(capsys: pytest.CaptureFixture[str]) -> None:
    """The list command prints one line per built-in routine with its step count and total time."""
    code, out, err = run(["list"], capsys)
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "AREA", "STEPS", "TIME", "FROM"]
    by_id = {line.split()[0]: line for line in lines[1:]}
    assert set(by_id) == {
        "back", "calf", "calf-in-bed", "full-body", "hamstring", "neck", "quadriceps",
    }  # fmt: skip
    assert "Calf stretch" in by_id["calf"]
    assert by_id["calf"].split()[-2:] == ["1:00", "built-in"]
    assert " 7 " in by_id["full-body"]


def test_list_with_extra_folder_lists_good_and_reports_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--routines adds the good files, and each bad one is one line on stderr."""
    (tmp_path / "good.yaml").write_text(VALID_ROUTINE, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(with_line(11, "    hold: -5"), encoding="utf-8")
    code, out, err = run(["--routines", str(tmp_path), "list"], capsys)
    assert code == 0
    assert "test-routine" in out
    assert len(out.splitlines()) == 1 + 7 + 1
    assert err.splitlines() == [
        f"{bad}, line 11: step 1 (First stretch): hold must be seconds between 1 and 600 "
        '(a number like 30 or a range like "20-30"), got -5'
    ]


def test_list_says_when_a_user_routine_replaces_a_builtin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A user's routine with a built-in id replaces it, and list says which file it replaced."""
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "my-calf.yaml").write_text(with_line(1, "id: calf"), encoding="utf-8")
    _, out, _ = run(["list"], capsys)
    (line,) = [x for x in out.splitlines() if x.startswith("calf ")]
    assert "Test routine" in line
    assert "yours (replaces " in line
    assert line.endswith("calf.yaml)")


def test_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Validate exits 0 for good files and 1 with a file-and-line message for a bad one."""
    good = tmp_path / "good.yaml"
    good.write_text(VALID_ROUTINE, encoding="utf-8")
    assert run(["validate", str(good)], capsys)[:2] == (0, "ok: 1 routine(s) valid\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text(with_line(2, "name: [oops"), encoding="utf-8")
    code, _, err = run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert err.startswith(f"{bad}, line 3: this is not valid YAML")
    assert err.splitlines()[-1] == "1 file(s) with errors, 1 valid"


def test_validate_a_missing_path_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped path is an error, not a silent success."""
    code, _, err = run(["validate", str(tmp_path / "nope.yaml")], capsys)
    assert code == 1
    assert "no such file or folder" in err


def test_show_prints_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    """Show lists each segment with its start, length and what to do."""
    code, out, _ = run(["show", "calf"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Calf stretch (calf): 1:00 in all, 0:50 stretching"
    assert [line.split()[:2] for line in lines[2:]] == [
        ["0:00", "0:05"],
        ["0:05", "0:25"],
        ["0:30", "0:05"],
        ["0:35", "0:25"],
    ]
    assert lines[3].endswith("hold left")
    assert lines[4].endswith("switch to the right side")


def test_show_accepts_a_routine_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An author can show the timeline of a file before installing it."""
    path = tmp_path / "mine.yaml"
    path.write_text(VALID_ROUTINE, encoding="utf-8")
    code, out, _ = run(["show", str(path)], capsys)
    assert code == 0
    assert "Cat: Arch up" in out


def test_show_unknown_routine(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id names the known ids instead of failing silently."""
    code, _, err = run(["show", "elbow"], capsys)
    assert code == 1
    assert err.startswith("no routine with the id 'elbow'; known ids: back, calf")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"spasm-stretch {__version__}\n"


def test_module_entry_point_never_shows_a_traceback(tmp_path: Path) -> None:
    """Running `python -m spasm_stretch` validate on a hostile file exits 1 with a plain message."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("a: &a [1]\nb: [*a, *a]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "spasm_stretch", "validate", str(bomb)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"{bomb}, line 1: anchors (&a) are not allowed" in done.stderr


def test_validate_finds_duplicate_ids_across_given_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files named on one command line with the same id: the second is an error."""
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text(VALID_ROUTINE, encoding="utf-8")
    code, _, err = run(["validate", str(first), str(second)], capsys)
    assert code == 1
    assert err.startswith(f"{second}, line 1: the id 'test-routine' is already used by a.yaml")


def test_validate_a_folder_named_like_a_routine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Validating a folder called calf.yaml says it is a folder instead of passing."""
    folder = tmp_path / "calf.yaml"
    folder.mkdir()
    code, _, err = run(["validate", str(folder)], capsys)
    assert code == 1
    assert err.startswith(f"{folder}: this is a folder, not a routine file")


def test_validate_with_nothing_to_check_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder without routine files is not reported as all valid."""
    code, _, err = run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert err == "no routine files (.yaml or .yml) found\n"


def test_history_and_csv_show_the_signs_a_person_ticked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ticked numbness and skin changes raise flags in 'history' and fill the CSV columns.

    The same words in a note raise nothing.
    """
    from datetime import datetime, timedelta

    from spasm_stretch.log.store import LogStore
    from spasm_stretch.user_paths import data_dir

    history = LogStore(data_dir() / "history.db")
    start = datetime(2026, 11, 3, 3, 12).astimezone()
    log_cramp(history, start, 2, "calf", note="numb, skin looks odd")
    log_cramp(history, start + timedelta(days=9), 2, "calf", signs=("numbness",))
    log_cramp(history, start + timedelta(days=18), 2, "calf", signs=("skin_changes",))
    history.close()
    _, out, _ = run(["history"], capsys)
    flags = [line for line in out.splitlines() if line.startswith("  ! ")]
    assert flags == [
        "  ! One logged cramp came with numbness (on 12 Nov 2026). Spasms that cause swelling,"
        " weakness or numbness are a reason to contact your doctor. (met on 12 Nov 2026)",
        "  ! One logged cramp came with skin changes (on 21 Nov 2026). Skin changes along with"
        " spasms are a reason to contact your doctor. (met on 21 Nov 2026)",
    ]
    assert "signs: Numbness" in out
    _, out, _ = run(["history", "--csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["numbness"], r["skin_changes"], r["swelling"]) for r in rows] == [
        ("0", "0", "0"), ("1", "0", "0"), ("0", "1", "0"),
    ]  # fmt: skip


def test_history_lists_sessions_and_episodes_and_exports_csv(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """'history' prints the log in words; '--csv' gives one row per session and episode."""
    from datetime import datetime, timedelta

    from spasm_stretch.log.store import LogStore
    from spasm_stretch.user_paths import data_dir

    history = LogStore(data_dir() / "history.db")
    start = datetime(2026, 11, 3, 3, 12).astimezone()
    log_run(history, "calf", "Calf stretch", start, start + timedelta(minutes=1), finished=True)
    log_cramp(history, start, 12, "calf", helped=("stretch",), tags=("night-time",), side="left")
    history.close()
    code, out, _ = run(["history"], capsys)
    assert code == 0
    assert out.splitlines() == [
        "Routines done: 1",
        "  2026-11-03 03:12  Calf stretch           finished",
        "Cramp episodes: 1",
        "  2026-11-03 03:12  calf (left)                     12 min  "
        "helped: stretch; tags: night-time",
        "",
        "When to see a doctor — your log shows:",
        "  ! One logged cramp lasted longer than 10 minutes (12 min, on 03 Nov 2026)."
        " A cramp that lasts this long is a reason to contact your doctor. (met on 03 Nov 2026)",
        "Spasms that happen often or get in the way of daily life deserve attention. If they get"
        " worse, ask your doctor for a physical examination. This app gives general information"
        " only. It is not medical advice and cannot diagnose anything.",
    ]
    code, out, _ = run(["history", "--csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["routine"], r["area"], r["minutes"]) for r in rows] == [
        ("session", "calf", "", ""), ("episode", "", "calf", "12.0")
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_list_reads_the_cache_with_the_same_output_and_no_yaml_parser(
    language: str, isolated_user_folders: Path
) -> None:
    """From the second run on, list answers from the cache: same lines, no YAML parser loaded."""
    root = Path(__file__).resolve().parents[1]
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "spasm_stretch",
        "--lang",
        language,
        "list",
    ]
    runs = [
        subprocess.run(command, capture_output=True, text=True, cwd=root, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout
    assert len(runs[0].stdout.splitlines()) == 8  # the heading and the seven built-ins

    def parsers(run: subprocess.CompletedProcess[str]) -> list[str]:
        found = (line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines())
        return [name for name in found if name.split(".")[0] == "yaml" or name.endswith(".loader")]

    assert "yaml.loader" in parsers(runs[0])  # the first run reads the files
    assert parsers(runs[1]) == []
    cache = isolated_user_folders / "cache" / "spasm-stretch" / f"routines-{language}.pickle"
    assert cache.is_file()
