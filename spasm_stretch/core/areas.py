"""Body areas: routine files name them in English; a person reads them in their language.

One table for every place an area is shown (the routine list, the editor,
``spasm-stretch list``), so the same area never reads two ways. A routine's
own area that is not one of these is shown as its author wrote it.
"""

from __future__ import annotations

from spasm_stretch.i18n.text import Text

# The areas the built-in routines use and the editor offers, as routine files write them.
KNOWN_AREAS = ("calf", "hamstring", "quadriceps", "neck", "back", "foot", "hand", "full body")


class AreaNames(Text):
    """The built-in body areas, as the interface names them."""


def _names() -> dict[str, str]:
    return {
        "back": AreaNames.tr("Back"),
        "calf": AreaNames.tr("Calf"),
        "foot": AreaNames.tr("Foot"),
        "full body": AreaNames.tr("Full body"),
        "hamstring": AreaNames.tr("Hamstring"),
        "hand": AreaNames.tr("Hand"),
        "neck": AreaNames.tr("Neck"),
        "quadriceps": AreaNames.tr("Quadriceps"),
    }


def area_name(area: str) -> str | None:
    """A known area in the interface's language; None for an area of the author's own."""
    return _names().get(area.strip().casefold())


def area_label(area: str) -> str:
    """An area as a list shows it: known ones translated, others as written, capitalised."""
    return area_name(area) or area.capitalize()


def area_of(text: str) -> str:
    """What a routine file says for an area typed or chosen as ``text``.

    A known area's name in the interface's language (or in English) gives its
    English name; anything else is the author's own area, kept as typed.
    """
    typed = text.strip()
    for area, name in _names().items():
        if typed.casefold() in (name.casefold(), area):
            return area
    return typed
