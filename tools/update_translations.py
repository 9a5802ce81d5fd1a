"""Refresh the translation sources from the code, then compile them for Qt.

    .venv/bin/python tools/update_translations.py          # update .ts, build .qm
    .venv/bin/python tools/update_translations.py --check  # list what is untranslated

``pyside6-lupdate`` adds every new interface string to each ``.ts`` file as
unfinished (and drops the ones the code no longer has); ``pyside6-lrelease``
compiles the ``.ts`` files to the ``.qm`` files the app loads. Both ship with
PySide6. See docs/translating.md.

A string that only moved to another class (its translation context) keeps
its translation: after lupdate, an unfinished message whose source text and
comment had a finished translation in a context the code no longer uses for
that text takes that translation over.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spasm_stretch.i18n.catalog import is_finished, qm_path, ts_messages, ts_path  # noqa: E402
from spasm_stretch.i18n.completeness import untranslated  # noqa: E402
from spasm_stretch.i18n.language import SHIPPED, SOURCE_LANGUAGE  # noqa: E402


def tool(name: str) -> str:
    """A PySide6 tool beside the running Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    """Every Python file of the app, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "spasm_stretch").rglob("*.py"))


Key = tuple[str, str]  # a message's source text and translator comment


def _key(message: ET.Element) -> Key:
    return message.findtext("source", ""), message.findtext("comment", "")


def finished_translations(ts: Path) -> dict[Key, dict[str, ET.Element]]:
    """Every finished translation in ``ts``: (source, comment) -> context -> <translation>."""
    found: dict[Key, dict[str, ET.Element]] = {}
    for context, message in ts_messages(ts):
        translation = message.find("translation")
        if translation is not None and is_finished(message):
            found.setdefault(_key(message), {})[context] = translation
    return found


def carry_moved(ts: Path, before: dict[Key, dict[str, ET.Element]]) -> int:
    """Give a moved string the translation it had in its old context; return how many."""
    tree = ET.parse(ts)
    now_in = {
        (context.findtext("name", ""), _key(message))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    carried = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            old = {
                name: element
                for name, element in before.get(_key(message), {}).items()
                if (name, _key(message)) not in now_in  # its old place is gone
            }
            if old:
                message.remove(translation)
                message.append(copy.deepcopy(next(iter(old.values()))))
                carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return carried


def update(language: str, ts: Path, extra: tuple[str, ...] = ()) -> None:
    """Bring ``ts`` up to date with the code's strings (and those of ``extra`` files)."""
    before = finished_translations(ts)
    _lupdate(language, ts, extra)
    if carry_moved(ts, before):
        _lupdate(language, ts, extra)  # in lupdate's own layout again


def _lupdate(language: str, ts: Path, extra: tuple[str, ...]) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            *extra,
            "-no-obsolete",
            "-locations",
            "relative",
            "-target-language",
            language,
            "-silent",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    """Update and compile every shipped language, or with --check only report gaps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings only")
    check = parser.parse_args().check
    missing = 0
    for language in SHIPPED:
        if language == SOURCE_LANGUAGE:
            continue
        if not check:
            update(language, ts_path(language))
            release(ts_path(language), qm_path(language))
        gaps = untranslated(ts_path(language))
        missing += len(gaps)
        print(f"{language}: {len(gaps)} untranslated")
        for context, source in gaps[:20] if check else ():
            print(f"  {context}: {source!r}")
    return 1 if check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
