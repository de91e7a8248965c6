"""YAML to data, keeping the position of every key and value, with lawyer-readable errors.

libyaml (PyYAML's C parser) reads the text; this module builds plain Python data from its event
stream and records positions (see `facts.document.Positions`). It does not use
``yaml.compose``: the composer recurses in C and crashes the process on deeply nested input
(measured: ``[`` × 100,000 segfaults), and its node graph alone costs about 1.1 GB for a 31 MB
file (100,000 facts), against about 0.5 GB here for the data and its positions — built in no
more time than ``yaml.compose`` takes to build the graph (and less than half of
``yaml.load(..., CSafeLoader)``).

What it checks, each with file:line:column:

* YAML syntax (tabs used for indentation, unclosed quotes and brackets, a ``: `` inside an
  unquoted value …), rewritten in plain words;
* duplicate keys in a mapping — an error at the second, with a note pointing at the first
  (YAML loaders usually keep the last one silently);
* keys that are not plain names (lists or mappings as keys, aliases as keys, ``<<`` merges);
* YAML tags other than the standard scalar ones (``!!str``, ``!!int`` …);
* a second document (``---``) in the file; an empty file;
* the limits below.

Scalars are resolved as YAML 1.1 does (PyYAML's resolver): ``12`` is a whole number, ``true`` /
``yes`` a boolean, ``2023-07-19`` a date, ``~`` / empty a null, quoted text always text. A
date that does not exist (``2023-02-30``) is kept as its text, so that whoever expects a date
reports "2023-02-30 is not a valid date" at its position.

Limits (named constants):

* `MAX_DEPTH` — mappings and lists nested at most 64 deep.
* `MAX_ALIAS_VALUES` — aliases (``*name``) may repeat at most 1,000,000 values in all; beyond
  that the file is refused as a likely "billion laughs" alias bomb, before anything is expanded
  (each alias costs O(1): the size of what an anchor names is known when the anchor closes).
  Aliased values are shared, not copied.
* The file size limit is `facts.document.MAX_FILE_BYTES`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from facts.document import Document, Positions
from facts.yamlerrors import describe_reader_error, describe_syntax_error
from rules.diagnostics import Diagnostic, InputError

try:
    from yaml._yaml import CParser as _CParser

    _make_parser: Callable[[str], Any] = _CParser
    LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml: same events, slower
    _make_parser = yaml.SafeLoader
    LIBYAML = False

MAX_DEPTH = 64
"""Mappings and lists may be nested at most this deep."""

MAX_ALIAS_VALUES = 1_000_000
"""Aliases may repeat at most this many values (scalars, lists and mappings) in all."""

_TAG = "tag:yaml.org,2002:"
_BOOL = {
    "yes": True,
    "true": True,
    "on": True,
    "y": True,
    "no": False,
    "false": False,
    "off": False,
    "n": False,
}
_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    key: [(tag, regex) for tag, regex in entries]
    for key, entries in Resolver.yaml_implicit_resolvers.items()
    if key is not None
}
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_SEQ_TAGS = {None, "!", _TAG + "seq"}
_MAP_TAGS = {None, "!", _TAG + "map"}
_TYPE_WORDS = {
    _TAG + "int": "a whole number",
    _TAG + "float": "a number",
    _TAG + "bool": "true or false",
    _TAG + "null": "empty (null)",
    _TAG + "timestamp": "a date",
}


class _Seq:
    """Marks an open list on the key stack (lists have no pending key)."""


class _NoKey:
    """Marks an open mapping that waits for its next key."""


class _Skip:
    """Marks an open mapping whose next value is dropped (after a bad or duplicate key)."""


class _Root:
    """Marks that the next value is the top-level value."""


_SEQ = _Seq()
_NOKEY = _NoKey()
_SKIP = _Skip()
_ROOT = _Root()


class _Fatal(Exception):
    """Stop reading: the file cannot be read further."""


def parse_yaml(text: str, file: str) -> Document:
    """Parse a YAML case file; raise `InputError` on any problem (see `parse_yaml_collect`,
    which returns the problems that still leave usable data instead)."""
    doc, diags = parse_yaml_collect(text, file)
    if diags:
        raise InputError(diags)
    return doc


def parse_yaml_collect(text: str, file: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a YAML case file; return the document and the problems that did not stop reading.

    Raises `InputError` (with every problem found until then) when reading had to stop:
    broken syntax, an empty file, nesting too deep, an alias bomb.
    """
    builder = _Builder(text, file)
    try:
        data = builder.run()
    except _Fatal:
        raise InputError(builder.diags) from None
    return Document(file, text, data, data, builder.positions), builder.diags


class _Builder:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.doc = Document(file, text, None)  # for locating offsets while building
        self.positions = Positions()
        self.diags: list[Diagnostic] = []
        self.constructor = SafeConstructor()

    # ---- diagnostics -----------------------------------------------------------------------------

    def error(
        self,
        message: str,
        start: int,
        end: int | None = None,
        *,
        expected: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> None:
        span = self.doc.span_at(start, end)
        self.diags.append(Diagnostic("error", message, span, expected=expected, notes=notes))

    def fatal(self, message: str, start: int, end: int | None = None, **kw: Any) -> _Fatal:
        self.error(message, start, end, **kw)
        return _Fatal()

    def where(self, packed: int) -> str:
        start = packed >> 32
        line, column = self.doc.line_column(start)
        return f"line {line}, column {column}"

    # ---- the event loop --------------------------------------------------------------------------

    def run(self) -> Any:
        try:
            return self._loop(_make_parser(self.text).get_event)
        except UnicodeEncodeError as exc:  # only for text that did not come from a file
            raise self.fatal(
                "the text contains a character that is not valid Unicode", exc.start
            ) from None
        except yaml.MarkedYAMLError as exc:
            self.diags.append(describe_syntax_error(exc, self.doc))
            raise _Fatal() from None
        except yaml.reader.ReaderError as exc:
            self.diags.append(describe_reader_error(exc, self.doc, in_bytes=LIBYAML))
            raise _Fatal() from None

    def _loop(self, get: Callable[[], Any]) -> Any:  # one hot loop, kept flat for speed
        K = 1 << 32
        # The open container is `top` (its positions `ptop`); `pending` says what comes next in
        # it: _SEQ (a list item), _NOKEY (a mapping key), _SKIP (a value to drop) or a key
        # (its value). Enclosing containers wait on `stack` with their state.
        stack: list[tuple[Any, list[int], Any, int, str | None, int]] = []
        top: Any = None
        ptop: list[int] = []
        pending: Any = _ROOT
        anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, number of values in it)
        open_anchors: set[str] = set()
        slots = self.positions.slots
        count = 0  # values read so far, aliases counted by the size of what they repeat
        alias_values = 0
        root: Any = None
        documents = 0
        Scalar, Alias = ScalarEvent, AliasEvent
        MapStart, MapEnd = MappingStartEvent, MappingEndEvent
        SeqStart, SeqEnd = SequenceStartEvent, SequenceEndEvent
        NOKEY, SKIP, SEQ, ROOT = _NOKEY, _SKIP, _SEQ, _ROOT
        resolvers = _RESOLVERS

        while True:
            ev = get()
            cls = ev.__class__
            value: Any
            if cls is Scalar:
                start = ev.start_mark.index
                pos = start * K + ev.end_mark.index
                value = ev.value
                count += 1
                if pending is NOKEY:  # a key: always its text
                    if ev.anchor is not None:
                        anchors[ev.anchor] = (value, 1)
                    if value in top or (value == "<<" and ev.implicit[0]):
                        self._bad_key(top, ptop, value, pos)
                        pending = SKIP
                    else:
                        pending = value
                        ptop.append(pos)
                    continue
                tag = ev.tag
                if tag is None:
                    if ev.implicit[0]:
                        candidates = resolvers.get(value[:1])
                        if candidates is not None:
                            for rtag, regex in candidates:
                                if regex.match(value):
                                    value = self._construct(rtag, value)
                                    break
                elif tag != "!":
                    value = self._tagged(tag, value, start, pos % K)
                if ev.anchor is not None:
                    anchors[ev.anchor] = (value, 1)
            elif cls is MapStart or cls is SeqStart:
                start = ev.start_mark.index
                if len(stack) >= MAX_DEPTH:
                    raise self.fatal(
                        f"the data is nested more than {MAX_DEPTH} levels deep here; "
                        "a case file never needs that many",
                        start,
                    )
                if ev.tag not in (_MAP_TAGS if cls is MapStart else _SEQ_TAGS):
                    self.error(
                        f"the YAML tag `{_short_tag(ev.tag)}` is not used in case files; remove it",
                        start,
                    )
                anchor = ev.anchor
                if anchor is not None:
                    open_anchors.add(anchor)
                stack.append((top, ptop, pending, start, anchor, count))
                top = {} if cls is MapStart else []
                ptop = []
                slots[id(top)] = ptop
                pending = NOKEY if cls is MapStart else SEQ
                continue
            elif cls is MapEnd or cls is SeqEnd:
                value = top
                top, ptop, pending, start, anchor, before = stack.pop()
                pos = start * K + ev.end_mark.index
                count += 1
                if anchor is not None:
                    anchors[anchor] = (value, count - before)
                    open_anchors.discard(anchor)
                if pending is NOKEY:
                    self._bad_key(top, ptop, None, pos)
                    pending = SKIP
                    continue
            elif cls is Alias:
                start = ev.start_mark.index
                pos = start * K + ev.end_mark.index
                name = ev.anchor
                found = anchors.get(name)
                if found is None:
                    self._bad_alias(name, name in open_anchors, start, pos % K)
                    value, size = None, 1
                else:
                    value, size = found
                    alias_values += size
                    if alias_values > MAX_ALIAS_VALUES:
                        raise self.fatal(
                            f"aliases (`*name`) repeat more than {MAX_ALIAS_VALUES:,} values in "
                            "this file; it is refused as a likely alias bomb",
                            start,
                            pos % K,
                        )
                count += size
                if pending is NOKEY:
                    self.error("a key cannot be an alias (`*name`); write the key out", start)
                    pending = SKIP
                    continue
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fatal(
                        "a second YAML document starts here; a case file holds one document "
                        "(remove the `---` line, or split the file)",
                        ev.start_mark.index,
                    )
                continue
            elif cls is StreamEndEvent or ev is None:
                break
            else:  # stream start, document end
                continue

            # place `value` (a scalar, a finished container, or an alias) in the open container
            if pending is SEQ:
                top.append(value)
                ptop.append(pos)
            elif pending is SKIP:
                pending = NOKEY
            elif pending is ROOT:
                root = value
                self.positions.root = pos
            else:
                top[pending] = value
                ptop.append(pos)
                pending = NOKEY

        if documents == 0:
            raise self.fatal("the case file is empty", 0)
        return root

    def _bad_key(
        self, mapping: dict[str, Any], plist: list[int], key: str | None, pos: int
    ) -> None:
        """Report a key that cannot be used: not a name, a merge key, or a duplicate."""
        start, end = divmod(pos, 1 << 32)
        if key is None:
            self.error("a key must be a plain name; a list or a mapping cannot be a key", start)
        elif key in mapping:
            first = list(mapping).index(key)
            self.error(
                f"the key `{key}` appears twice in this mapping",
                start,
                end,
                notes=(
                    f"it is first given at {self.where(plist[2 * first])}; "
                    "remove one of the two (many programs would silently keep only the last)",
                ),
            )
        else:
            self.error(
                "merge keys (`<<: *name`) are not supported in case files; write the keys out",
                start,
                end,
            )

    def _bad_alias(self, name: str, inside: bool, start: int, end: int) -> None:
        if inside:
            self.error(
                f"`*{name}` is used inside the value that `&{name}` names, "
                "which would make that value endless",
                start,
                end,
            )
        else:
            self.error(
                f"`*{name}` refers to an anchor `&{name}` that is not defined above this point",
                start,
                end,
            )

    # ---- scalars ---------------------------------------------------------------------------------

    def _construct(self, tag: str, value: str) -> Any:
        """The value of a plain scalar whose resolved tag is `tag`."""
        if tag == _TAG + "bool":
            return _BOOL[value.lower()]
        if tag == _TAG + "null":
            return None
        try:
            if tag == _TAG + "int" and value.isdecimal() and value.isascii() and value[0] != "0":
                return int(value)  # the common case, without YAML 1.1's octal and base 60 forms
            if tag == _TAG + "timestamp" and len(value) == 10:
                # e.g. 2023-02-30 raises: kept as text, reported where a date is expected
                return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
            node = ScalarNode(tag, value)
            if tag == _TAG + "int":
                return self.constructor.construct_yaml_int(node)
            if tag == _TAG + "float":
                return self.constructor.construct_yaml_float(node)
            if tag == _TAG + "timestamp":
                return self.constructor.construct_yaml_timestamp(node)
        except (ValueError, OverflowError, TypeError):
            return value  # e.g. 2023-02-30: kept as text, reported where a date is expected
        return value  # merge `<<`, value `=`: text

    def _tagged(self, tag: str, value: str, start: int, end: int) -> Any:
        """A scalar with an explicit tag (`!!int 12`)."""
        if tag == _TAG + "str":
            return value
        if tag in _SCALAR_TAGS:
            for rtag, regex in _RESOLVERS.get(value[0] if value else "", []):
                if rtag == tag and regex.match(value):
                    result = self._construct(tag, value)
                    if tag != _TAG + "timestamp" or not isinstance(result, str):
                        return result
            self.error(
                f"`{value}` is not {_TYPE_WORDS[tag]}, as its tag `{_short_tag(tag)}` says",
                start,
                end,
            )
            return value
        self.error(f"the YAML tag `{_short_tag(tag)}` is not used in case files; remove it", start)
        return value


def _short_tag(tag: str | None) -> str:
    if tag is None:
        return "!"
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
