"""Decide whether an SVG picture from a user's folder is self-contained enough to show.

Qt's SVG renderer follows ``<image href="/any/path">`` and loads that file,
so a routine's picture could display any image on the computer (a photo of
a document, another user's file). A picture is shown only when every
reference in it stays inside the picture itself: ``#fragment`` links and
``data:`` URIs. Entity declarations are refused too, because an entity can
build such a reference out of pieces a plain text search would not see.

The check parses the XML with expat (no network, no external entities), so
it reads what the renderer would read rather than guessing from the text.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from spasm_stretch.i18n.text import Text

MAX_PICTURE_BYTES = 1024 * 1024

_SELF_CONTAINED = re.compile(r"\s*(#|data:)", re.IGNORECASE)
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?\s*(?!#|data:)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)


class SvgWords(Text):
    """Why a picture is not shown; each completes "image 'x' cannot be shown: ..."."""


class _UnsafeError(Exception):
    """Raised from inside the parser's callbacks to stop at the first problem."""


def svg_problem(data: bytes) -> str | None:
    """Why ``data`` must not be shown, in words, or None when it is self-contained."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_entity(name: str, *_: object) -> None:
        raise _UnsafeError(
            SvgWords.tr("it declares the entity '{name}'; pictures must be plain SVG").format(
                name=name
            )
        )

    def external(*_: object) -> int:
        raise _UnsafeError(
            SvgWords.tr("it refers to an outside document type; pictures must be plain SVG")
        )

    open_elements: list[str] = []

    def element(name: str, attributes: dict[str, str]) -> None:
        open_elements.append(name.rpartition(" ")[2])
        for attribute, value in attributes.items():
            local = attribute.rpartition(" ")[2]
            if local == "href" and not _SELF_CONTAINED.match(value):
                raise _UnsafeError(
                    SvgWords.tr("it refers to an outside file ({name}); embed it instead").format(
                        name=repr(value[:60])
                    )
                )
            if _OUTSIDE_URL.search(value):
                raise _UnsafeError(
                    SvgWords.tr(
                        "it refers to an outside file in {attribute}; embed it instead"
                    ).format(attribute=local)
                )

    def end(_: str) -> None:
        open_elements.pop()

    def text(content: str) -> None:
        in_style = bool(open_elements) and open_elements[-1] == "style"
        if in_style and (_IMPORT.search(content) or _OUTSIDE_URL.search(content)):
            raise _UnsafeError(
                SvgWords.tr("its style sheet refers to an outside file; embed it instead")
            )

    parser.EntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = element
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _UnsafeError as exc:
        return str(exc)
    except expat.ExpatError as exc:
        return SvgWords.tr("it is not valid SVG ({reason}, line {line})").format(
            reason=expat.ErrorString(exc.code), line=exc.lineno
        )
    return None
