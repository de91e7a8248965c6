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
``yes`` a boolean, ``2023-07-19`` a date, ``~`` / empty a null, quoted text always text — but
YAML 1.1's other numbers and dates (``0x2``, ``017``, ``1:30:00``, ``1_000``, a date with a
time) are text, as they would be in JSON (`facts.yamlscalars.construct`). A
date that does not exist (``2023-02-30``) is kept as its text, so that whoever expects a date
reports "2023-02-30 is not a valid date" at its position.

Limits (named constants):

* `MAX_DEPTH` — mappings and lists nested at most 64 deep.
* `max_alias_chars` — aliases may repeat at most 4 times as much text as the file holds (at
  least 1 MiB): a report repeats aliased text in full wherever it appears.
* `MAX_ALIAS_VALUES` — aliases (``*name``) may repeat at most 1,000,000 values in all; beyond
  that the file is refused as a likely "billion laughs" alias bomb, before anything is expanded
  (each alias costs O(1): the size of what an anchor names is known when the anchor closes).
  Aliased values are shared, not copied.
* The file size limit is `facts.document.MAX_FILE_BYTES`.

`parse_yaml_fast` reads the same data without positions and without reports: it stops at the
first thing `parse_yaml_collect` would report (`facts.document.NeedsLocation`), for the loader to
read the file again with `parse_yaml_collect`. It is a loop of its own (the hot loop, kept
lean), sharing the scalar rules (`facts.yamlscalars`, `_tagged`), after a still faster reader
for files in plain block YAML (`facts.blockyaml`); tests/test_load_fast.py checks that both
passes read every file alike.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import yaml
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

from rome_elements.base.diagnostics import Diagnostic, InputError, Problems
from rome_elements.facts.blockyaml import NotBlock, read_block
from rome_elements.facts.document import (
    Document,
    NeedsLocation,
    Positions,
    is_confidential_key,
    is_marked,
    marks_item,
)
from rome_elements.facts.yamlerrors import describe_reader_error, describe_syntax_error
from rome_elements.facts.yamlscalars import RESOLVERS, SPECIAL, TAG, construct, resolve

try:
    from yaml._yaml import CParser as _CParser

    _make_parser: Callable[[str | bytes], Any] = _CParser
    LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml: same events, slower
    _make_parser = yaml.SafeLoader
    LIBYAML = False

MAX_DEPTH = 64
"""Mappings and lists may be nested at most this deep."""

MAX_ALIAS_VALUES = 1_000_000
"""Aliases may repeat at most this many values (scalars, lists and mappings) in all."""

ALIAS_TEXT_FACTOR = 4
MIN_ALIAS_CHARS = 1 << 20
"""Aliases may repeat at most `ALIAS_TEXT_FACTOR` times as many characters of text as the file
holds, or this many (1 MiB) in a smaller file: every report repeats each aliased text in full
wherever it appears (one 5 MiB excerpt aliased 400 times would be 2 GB in each format)."""


def max_alias_chars(length: int) -> int:
    """How many characters aliases may repeat in all, in a file of `length` characters."""
    return max(ALIAS_TEXT_FACTOR * length, MIN_ALIAS_CHARS)


_SCALAR_TAGS = {TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_SEQ_TAGS = {None, "!", TAG + "seq"}
_MAP_TAGS = {None, "!", TAG + "map"}
_TYPE_WORDS = {
    TAG + "int": "a whole number",
    TAG + "float": "a number",
    TAG + "bool": "true or false",
    TAG + "null": "empty (null)",
    TAG + "timestamp": "a date",
}


class _Seq:
    """Marks an open list on the key stack (lists have no pending key)."""


class _NoKey:
    """Marks an open mapping that waits for its next key."""


class _Skip:
    """Marks an open mapping whose next value is dropped (after a bad or duplicate key, `key`,
    None when the key was not text)."""

    __slots__ = ("key",)

    def __init__(self, key: str | None = None) -> None:
        self.key = key


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
        raise InputError(builder.doc.guard(builder.diags)) from None
    doc = Document(file, text, data, data, builder.positions)
    return doc, doc.guard(builder.diags)


class _Builder:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.doc = Document(file, text, None)  # for locating offsets while building
        self.positions = Positions()
        self.diags = Problems()

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
        if self.diags.full():
            self.diags.omitted += 1
            return
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
            with _LIGHT_LOCK:  # PyYAML's own events, not light ones made for another thread
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
        stack: list[tuple[Any, array[int], Any, int, str | None, int, int]] = []
        top: Any = None
        ptop = array("Q")
        pending: Any = _ROOT
        anchors: dict[str, tuple[Any, int, int]] = {}  # anchor -> (value, values, characters)
        open_anchors: set[str] = set()
        slots = self.positions.slots
        count = 0  # values read so far, aliases counted by the size of what they repeat
        chars = 0  # characters of text read so far, the same way
        alias_values = alias_chars = 0
        max_chars = max_alias_chars(len(self.text))
        root: Any = None
        documents = 0
        Scalar, Alias = ScalarEvent, AliasEvent
        MapStart, MapEnd = MappingStartEvent, MappingEndEvent
        SeqStart, SeqEnd = SequenceStartEvent, SequenceEndEvent
        NOKEY, SKIP, SEQ, ROOT = _NOKEY, _SKIP, _SEQ, _ROOT
        resolvers = RESOLVERS

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
                    chars += len(value)
                    if ev.anchor is not None:
                        anchors[ev.anchor] = (value, 1, len(value))
                    if value in top or (value == "<<" and ev.implicit[0]):
                        self._bad_key(top, ptop, value, pos)
                        pending = _Skip(value)
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
                                    value = construct(rtag, value)
                                    break
                elif tag != "!":
                    value = _tagged(tag, value, start, pos % K, self.error)
                length = len(value) if value.__class__ is str else 0  # as `_size` counts
                chars += length
                if ev.anchor is not None:
                    anchors[ev.anchor] = (value, 1, length)
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
                stack.append((top, ptop, pending, start, anchor, count, chars))
                top = {} if cls is MapStart else []
                ptop = array("Q")  # 8 bytes a position, not an int object of 32
                slots[id(top)] = ptop
                pending = NOKEY if cls is MapStart else SEQ
                continue
            elif cls is MapEnd or cls is SeqEnd:
                value = top
                if not value:  # nothing in it to locate: no positions kept ([] × 10,000,000)
                    del slots[id(value)]
                top, ptop, pending, start, anchor, before, chars_before = stack.pop()
                pos = start * K + ev.end_mark.index
                count += 1
                if anchor is not None:
                    anchors[anchor] = (value, count - before, chars - chars_before)
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
                    value, size, length = None, 1, 0
                else:
                    value, size, length = found
                    alias_values += size
                    alias_chars += length
                    if alias_values > MAX_ALIAS_VALUES:
                        raise self.fatal(
                            f"aliases (`*name`) repeat more than {MAX_ALIAS_VALUES:,} values in "
                            "this file; it is refused as a likely alias bomb",
                            start,
                            pos % K,
                        )
                    if alias_chars > max_chars:
                        raise self.fatal(
                            f"aliases (`*name`) repeat more than {max_chars:,} characters of "
                            f"text by this one ({ALIAS_TEXT_FACTOR} times the file's own, at "
                            "least 1 MiB); it is refused as a likely alias bomb",
                            start,
                            pos % K,
                            notes=(
                                "an alias stands for all the text of its anchor; every report "
                                "would repeat it in full each time",
                            ),
                        )
                count += size
                chars += length
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
            elif pending.__class__ is _Skip:
                if pending.key is not None:
                    self._dropped(top, pending.key, value)
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
        self, mapping: dict[str, Any], plist: Sequence[int], key: str | None, pos: int
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

    def _dropped(self, mapping: dict[str, Any], key: str, value: Any) -> None:
        """A value dropped after a duplicate or merge key still marks `mapping` confidential if
        it says so (``confidential: true`` given twice, ``<<: {confidential: true}``): the
        lines of such an item are never quoted, though the key is an error."""
        marked = self.positions.marked
        if key == "<<":
            merged = value if isinstance(value, list) else [value]
            if any(isinstance(m, dict) and marks_item(m, marked) for m in merged):
                marked.add(id(mapping))
        elif is_confidential_key(key) and is_marked(value):
            marked.add(id(mapping))

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


# ---- scalars (both passes) ---------------------------------------------------------------------


def _tagged(
    tag: str, value: str, start: int, end: int, error: Callable[[str, int, int | None], None]
) -> Any:
    """A scalar with an explicit tag (`!!int 12`); `error(message, start, end)` reports."""
    if tag == TAG + "str":
        return value
    if tag in _SCALAR_TAGS:
        for rtag, regex in RESOLVERS.get(value[0] if value else "", []):
            if rtag == tag and regex.match(value):
                result = construct(tag, value)
                if tag != TAG + "timestamp" or not isinstance(result, str):
                    return result
        error(
            f"`{value}` is not {_TYPE_WORDS[tag]}, as its tag `{_short_tag(tag)}` says",
            start,
            end,
        )
        return value
    error(f"the YAML tag `{_short_tag(tag)}` is not used in case files; remove it", start, None)
    return value


# ---- the fast pass -----------------------------------------------------------------------------


def parse_yaml_fast(source: str | bytes) -> Any:
    """The data of a YAML case file exactly as `parse_yaml_collect` reads it, without positions.

    Raises `NeedsLocation` at the first problem of any kind (anything `parse_yaml_collect` would
    report, fatal or not): the caller then reads the file again with `parse_yaml_collect`,
    which finds and words every problem. `source` may be the file's bytes if they are ASCII
    (then libyaml reads the very bytes it would get from the text).

    A file in plain block YAML, as case files usually are, is read by `facts.blockyaml`, three
    times faster than by libyaml; any other file by libyaml, about twice as fast as the located
    pass, keeping no positions. A third of the cost of reading a large file with PyYAML's C
    parser is building its event objects (their classes run a Python ``__init__``); while this
    pass runs, the parser builds light events instead (`_light_events`).
    """
    try:
        return read_block(source, MAX_DEPTH)
    except NotBlock:
        pass
    if not LIBYAML:  # pragma: no cover - PyYAML built without libyaml
        raise NeedsLocation
    with _light_events():
        try:
            return _fast_loop(_make_parser(source).get_event, len(source))
        except (yaml.YAMLError, UnicodeEncodeError):
            raise NeedsLocation from None


def _fast_loop(get: Callable[[], Any], length: int) -> Any:  # the located `_loop`, minus positions
    L = _LIGHT
    Scalar, Alias = L["ScalarEvent"], L["AliasEvent"]
    MapStart, MapEnd = L["MappingStartEvent"], L["MappingEndEvent"]
    SeqStart, SeqEnd = L["SequenceStartEvent"], L["SequenceEndEvent"]
    DocStart, StreamEnd = L["DocumentStartEvent"], L["StreamEndEvent"]
    if get().__class__ is not L["StreamStartEvent"]:  # pragma: no cover - another PyYAML
        raise NeedsLocation  # its C parser no longer builds the events named in its module
    stack: list[tuple[Any, Any, str | None]] = []  # (container, pending, anchor) of each open one
    push, pop = stack.append, stack.pop
    top: Any = None
    pending: Any = _ROOT
    root: Any = None
    anchors: dict[str, tuple[Any, int, int]] = {}  # anchor -> (value, values, characters)
    sizes: dict[int, tuple[int, int]] = {}  # id of each anchored list or mapping -> the same
    alias_values = alias_chars = 0
    max_chars = max_alias_chars(length)
    documents = 0
    special = SPECIAL
    known: dict[str, Any] = {}  # numbers and dates read so far (see `resolve`)
    keys: dict[str, str] = {}
    NOKEY, SEQ, ROOT = _NOKEY, _SEQ, _ROOT
    value: Any

    while True:
        ev = get()
        cls = ev.__class__
        if cls is Scalar:
            anchor, tag, implicit, value, _, _, _ = ev.args
            if pending is NOKEY:  # a key: always its text
                value = keys.setdefault(value, value)  # one string for each key name
                if value in top or (value == "<<" and implicit[0]):
                    raise NeedsLocation
                if anchor is not None:
                    anchors[anchor] = (value, 1, len(value))
                pending = value
                continue
            if tag is None:
                if implicit[0] and value[:1] in special:
                    value = resolve(value, known)
            elif tag != "!":
                value = _tagged(tag, value, 0, 0, _abort)
            if anchor is not None:
                anchors[anchor] = (value, 1, len(value) if value.__class__ is str else 0)
        elif cls is MapEnd or cls is SeqEnd:
            value = top
            top, pending, anchor = pop()
            if anchor is not None:
                measured = sizes[id(value)] = _size(value, sizes)
                anchors[anchor] = (value, *measured)
            if pending is NOKEY:
                raise NeedsLocation
        elif cls is MapStart or cls is SeqStart:
            anchor, tag, _, _, _, _ = ev.args
            if len(stack) >= MAX_DEPTH:
                raise NeedsLocation
            if cls is MapStart:
                if tag not in _MAP_TAGS:
                    raise NeedsLocation
                push((top, pending, anchor))
                top = {}
                pending = NOKEY
            else:
                if tag not in _SEQ_TAGS:
                    raise NeedsLocation
                push((top, pending, anchor))
                top = []
                pending = SEQ
            continue
        elif cls is Alias:
            found = anchors.get(ev.args[0])
            if found is None or pending is NOKEY:
                raise NeedsLocation
            value, size, chars = found
            alias_values += size
            alias_chars += chars
            if alias_values > MAX_ALIAS_VALUES or alias_chars > max_chars:
                raise NeedsLocation
        elif cls is DocStart:
            documents += 1
            if documents > 1:
                raise NeedsLocation
            continue
        elif cls is StreamEnd:
            break
        else:  # document end
            continue

        if pending is SEQ:
            top.append(value)
        elif pending is ROOT:
            root = value
        else:
            top[pending] = value
            pending = NOKEY

    if documents == 0:
        raise NeedsLocation
    return root


# PyYAML's C parser builds each event by calling the class named in its module (`yaml._yaml`),
# e.g. ``ScalarEvent(anchor, tag, implicit, value, start_mark, end_mark, style)``; the classes of
# `yaml.events` run a Python ``__init__`` that stores each argument, about a third of the cost of
# reading a large file. A light event is a subclass of the same class that also derives from
# BaseException, whose C constructor keeps the arguments as they are, in `args`; properties
# give them their usual names, so light events still work as events for anyone else.
_EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "StreamStartEvent": ("start_mark", "end_mark", "encoding"),
    "StreamEndEvent": ("start_mark", "end_mark"),
    "DocumentStartEvent": ("start_mark", "end_mark", "explicit", "version", "tags"),
    "DocumentEndEvent": ("start_mark", "end_mark", "explicit"),
    "AliasEvent": ("anchor", "start_mark", "end_mark"),
    "ScalarEvent": ("anchor", "tag", "implicit", "value", "start_mark", "end_mark", "style"),
    "SequenceStartEvent": ("anchor", "tag", "implicit", "start_mark", "end_mark", "flow_style"),
    "SequenceEndEvent": ("start_mark", "end_mark"),
    "MappingStartEvent": ("anchor", "tag", "implicit", "start_mark", "end_mark", "flow_style"),
    "MappingEndEvent": ("start_mark", "end_mark"),
}


def _argument(i: int) -> property:
    return property(lambda self: self.args[i])


_LIGHT: dict[str, type] = {
    name: type(
        name,
        (BaseException, getattr(yaml.events, name)),
        {"__slots__": (), "__module__": __name__}
        | {field: _argument(i) for i, field in enumerate(fields)},
    )
    for name, fields in _EVENT_FIELDS.items()
}
_LIGHT_LOCK = threading.Lock()
"""Held while a pass reads events: light events are never made while the located pass reads.
(Other code calling PyYAML's C parser in another thread meanwhile gets light events, which
behave as events except for ``type(event) is ScalarEvent``.)"""


@contextmanager
def _light_events() -> Iterator[None]:
    """While the block runs, PyYAML's C parser builds light events (one block at a time)."""
    module = sys.modules["yaml._yaml"]
    with _LIGHT_LOCK:
        saved = {name: getattr(module, name) for name in _LIGHT}
        try:
            for name, light in _LIGHT.items():
                setattr(module, name, light)
            yield
        finally:
            for name, cls in saved.items():
                setattr(module, name, cls)


def _abort(message: str, start: int, end: int | None) -> None:
    raise NeedsLocation


def _size(value: Any, sizes: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """How many values the located pass counts in a list or mapping (itself, its keys, and its
    values) and how many characters of text are in its keys and text values (the located pass
    counts the same); lists and mappings already counted are looked up in
    `sizes`. Numbers, dates, booleans and nulls count no characters."""
    n, chars = 1, 0
    if isinstance(value, dict):
        n += len(value)
        chars += sum(map(len, value))
        value = value.values()
    for item in value:
        if isinstance(item, (dict, list)):
            known = sizes.get(id(item))
            more = known if known is not None else _size(item, sizes)
            n += more[0]
            chars += more[1]
        else:
            n += 1
            chars += len(item) if isinstance(item, str) else 0
    return n, chars


def _short_tag(tag: str | None) -> str:
    if tag is None:
        return "!"
    return "!!" + tag[len(TAG) :] if tag.startswith(TAG) else tag
