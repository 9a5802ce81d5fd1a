"""Parse one YAML document into plain values plus the line each value sits on.

Routine authors need to be told *where* a mistake is, and PyYAML's plain
``safe_load`` forgets positions. So this module drives the safe parser
event by event (the C parser where available), building dicts, lists and
scalars itself and recording a 1-based line for every path. Because it sees
each event, it can refuse anchors, aliases, explicit tags, duplicate keys and
deep nesting *before* anything expands, which is what makes alias bombs and
``!!python`` tags harmless.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spasm_stretch.i18n.text import Text

if TYPE_CHECKING:
    import yaml  # noqa: TC004 - bound at the first parse, by _loader_class


def _loader_class() -> type[yaml.SafeLoader | yaml.CSafeLoader]:
    """PyYAML's C loader (else its Python one), imported at the first parse, not before.

    A start that finds every routine and the guidance in their caches never
    parses YAML, so it does not pay PyYAML's import (~15 ms). The module's
    functions below all run inside a parse, after this has bound ``yaml``.
    """
    module = importlib.import_module("yaml")
    globals()["yaml"] = module
    found: type[yaml.SafeLoader | yaml.CSafeLoader] = getattr(
        module, "CSafeLoader", module.SafeLoader
    )
    return found


MAX_DEPTH = 16

YamlPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_TAG + name for name in ("str", "int", "float", "bool", "null"))
_COLLECTION_TAGS = frozenset({_TAG + "map", _TAG + "seq"})
_STR = _TAG + "str"
_INDENTING_TAB = re.compile(r"^[ \t]*\t[ \t]*[^ \t\r\n]", re.MULTILINE)


class YamlWords(Text):
    """Why a routine file is not plain YAML data, for its author.

    PyYAML's own explanation (the ``{reason}`` of "not valid YAML") stays in English.
    """


class YamlError(Exception):
    """A document that cannot be turned into plain data, with the line to blame."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Document:
    """Plain data (dicts, lists, scalars) plus the line of every value in it."""

    data: Any
    lines: Mapping[YamlPath, int] = field(default_factory=dict)

    def line_of(self, path: YamlPath) -> int:
        """Return the line of ``path``, or of its nearest parent that has one.

        A missing field has no line of its own; its parent mapping's line is
        the closest place an author can look.
        """
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


@dataclass
class _Frame:
    container: Any  # dict or list; the hot loop tells them apart by exact type
    path: YamlPath
    key: str | None = None
    key_line: int = 0


def parse(text: str) -> Document:
    """Parse ``text`` as exactly one YAML document of plain data.

    Raises:
        YamlError: for syntax errors, tabs used as indentation, empty input,
            anchors, aliases, tags, duplicate keys, non-text keys, nesting
            deeper than ``MAX_DEPTH`` and more than one document.
    """
    _reject_indenting_tabs(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise YamlError(
            line, YamlWords.tr("the text holds a character that is not valid Unicode")
        ) from None
    loader = _loader_class()(text)
    try:
        return _build(loader)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise YamlError(
            line,
            YamlWords.tr("the file holds a control character (#x{code:04x})").format(
                code=exc.character
            ),
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(mark.line + 1, len(text.splitlines()) or 1) if mark is not None else 1
        raise YamlError(
            line,
            YamlWords.tr("this is not valid YAML ({reason})").format(
                reason=exc.problem or exc.context
            ),
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(
            1, YamlWords.tr("this is not valid YAML ({reason})").format(reason=exc)
        ) from None
    finally:
        loader.dispose()


def _reject_indenting_tabs(text: str) -> None:
    found = _INDENTING_TAB.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise YamlError(
            line, YamlWords.tr("a tab is used for indentation; indent with spaces only")
        )


def _build(loader: Any) -> Document:
    """The document's values from the parser's events, with the line of each.

    Kept as one loop: it is the hot path of loading every routine at start
    (``bench/load_routines.py``), so it dispatches on the exact event type, and
    the stack of open mappings and lists it keeps would only be passed back and
    forth between helpers. PyYAML's stubs type events and marks loosely (the C
    and Python parsers differ), so the parser is handled as Any here and below.
    """
    loader.get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        raise YamlError(1, YamlWords.tr("the file is empty"))
    loader.get_event()  # document start
    lines: dict[YamlPath, int] = {}
    stack: list[_Frame] = []
    first_chars = loader.yaml_implicit_resolvers  # PyYAML keys its implicit types by first char
    root: Any = None
    path: YamlPath
    while True:
        event = loader.get_event()
        kind = type(event)
        if kind is yaml.DocumentEndEvent:
            break
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            continue
        line = event.start_mark.line + 1
        if event.anchor is not None:  # aliases carry their anchor's name too
            _reject_references(event, line)
        frame = stack[-1] if stack else None
        if frame is not None and frame.key is None and type(frame.container) is dict:
            if kind is not yaml.ScalarEvent or event.tag not in (None, "!"):
                _reject_key(event, line)
            key = event.value
            if key in frame.container:
                first = lines[(*frame.path, key)]
                raise YamlError(
                    line,
                    YamlWords.tr(
                        "the field '{field}' is given twice (first on line {first})"
                    ).format(field=key, first=first),
                )
            frame.key = key
            frame.key_line = line
            continue
        if kind is yaml.ScalarEvent:
            text = event.value
            if event.tag is None and (not event.implicit[0] or text[:1] not in first_chars):
                value = text  # quoted, or no implicit type starts with this character
            else:
                value = _scalar(loader, event, line)
        else:
            value = _collection(event, line)
        if frame is None:
            root, path = value, ()
        elif frame.key is not None:
            frame.container[frame.key] = value
            path, line = (*frame.path, frame.key), frame.key_line
            frame.key = None
        else:
            frame.container.append(value)
            path = (*frame.path, len(frame.container) - 1)
        lines[path] = line
        if kind is not yaml.ScalarEvent:
            if len(stack) >= MAX_DEPTH:
                raise YamlError(
                    line,
                    YamlWords.tr("the data is nested more than {depth} levels deep").format(
                        depth=MAX_DEPTH
                    ),
                )
            stack.append(_Frame(value, path))
    if not loader.check_event(yaml.StreamEndEvent):
        extra = loader.peek_event().start_mark.line + 1
        raise YamlError(
            extra, YamlWords.tr("a second document starts here; put one routine in each file")
        )
    return Document(root, lines)


def _reject_references(event: Any, line: int) -> None:
    if type(event) is yaml.AliasEvent:
        raise YamlError(
            line,
            YamlWords.tr("aliases (*{name}) are not allowed; write the value out").format(
                name=event.anchor
            ),
        )
    if event.anchor is not None:
        raise YamlError(
            line,
            YamlWords.tr("anchors (&{name}) are not allowed; write the value out").format(
                name=event.anchor
            ),
        )


def _scalar(loader: Any, event: Any, line: int) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return event.value  # quoted: always text
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    elif tag not in _SCALAR_TAGS:
        raise _tag_error(tag, line)
    if tag == _STR:
        return event.value
    construct = loader.yaml_constructors.get(tag)
    if construct is None:
        return event.value
    try:
        return construct(loader, yaml.ScalarNode(tag, event.value, style=event.style))
    except (yaml.YAMLError, ValueError) as exc:
        raise YamlError(
            line,
            YamlWords.tr("the value {value} cannot be read ({reason})").format(
                value=repr(event.value), reason=exc
            ),
        ) from None


def _collection(event: Any, line: int) -> dict[str, Any] | list[Any]:
    tag = event.tag
    if tag is not None and tag != "!" and tag not in _COLLECTION_TAGS:
        raise _tag_error(tag, line)
    return {} if type(event) is yaml.MappingStartEvent else []


def _tag_error(tag: str, line: int) -> YamlError:
    shown = "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
    return YamlError(
        line,
        YamlWords.tr("the tag {tag} is not allowed; a routine holds plain data only").format(
            tag=shown
        ),
    )


def _reject_key(event: Any, line: int) -> None:
    """Raise for a key that is a list, a mapping or a tagged value."""
    if type(event) is not yaml.ScalarEvent:
        raise YamlError(
            line, YamlWords.tr("a field name must be a plain word, not a list or mapping")
        )
    raise _tag_error(str(event.tag), line)
