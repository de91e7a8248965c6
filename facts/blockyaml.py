"""A reader for the plain block YAML that case files are written in, about three times faster
than libyaml's event stream; anything else is left to libyaml (`NotBlock`).

    read_block(source, max_depth) -> data          # or raises NotBlock

Case files are mostly lines of ``key: value``, lists of such mappings (``- id: E1``), and short
lists and mappings written on one line (``[E1, E2]``, ``{accused: a, crime: b, mode: c}``).
Those lines can be read one at a time, by their indentation, far faster than libyaml can hand
its events to Python. This reader takes exactly that part of YAML:

* a top-level mapping; in it, mappings and lists nested by indentation (a list may stand at the
  indentation of the key it belongs to), with keys that are plain names (letters, digits, ``_``,
  ``-``, not starting with a digit or ``-``; at most `_KEY_LENGTH` characters);
* values on the line of their key or list dash: plain scalars (not starting with an indicator),
  quoted scalars without escapes (``"…"`` without ``\\``, ``'…'``), and one-line flow lists and
  mappings of plain scalars;
* blank lines and comments;
* only characters that libyaml reads as they are: no tab, no carriage return, no byte-order mark
  nor any character YAML does not print.

Anything outside it — multi-line scalars, block scalars (``|``, ``>``), anchors and aliases, tags,
escapes, a second document, duplicate keys, nesting deeper than `max_depth` — raises `NotBlock`,
and the caller reads the file with libyaml: the reader never decides what a file means where it
might differ from libyaml. Where it reads a file, it gives the very data the fast libyaml pass
gives (`facts.yamlload.parse_yaml_fast`): plain scalars are resolved by the same rules
(`facts.yamlscalars`), and tests/test_block_yaml.py checks both alike on generated files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rome_elements.facts.yamlscalars import LONGEST_WORD, SPECIAL, WORD_FIRST, resolve


class NotBlock(Exception):
    """The text is not only plain block YAML (see the module): read it with libyaml."""


_KEY_LENGTH = 100
"""Keys are at most this long (libyaml refuses keys of more than 1,024 characters)."""

_KEY = rf"[A-Za-z_][A-Za-z0-9_-]{{0,{_KEY_LENGTH - 1}}}"
_HEAD = re.compile(rf"( *)(- +)?({_KEY})")
"""What stands before the first ``: `` of a line of ``key: value`` (fullmatch)."""
_LINE = re.compile(rf"( *)(- +)?(?:({_KEY}):(?= |$))?(.*)")
"""Any other line: its indentation, list dash, key, and the rest (fullmatch)."""

_ITEM = r"""[^ ,\[\]{}#:&*!|>'"%@`?-](?:[^,\[\]{}#:'"]*[^ ,\[\]{}#:'"])?"""
_FLOW_LIST = re.compile(rf"\[ *(?:({_ITEM}(?: *, *{_ITEM})*) *)?\]")
_FLOW_MAP = re.compile(rf"\{{ *(?:({_KEY}: +{_ITEM}(?: *, *{_KEY}: +{_ITEM})*) *)?\}}")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")

_UNSAFE = re.compile("[\x00-\t\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
"""Characters left to libyaml: tabs, carriage returns and the other line breaks YAML knows
(NEL, LS, PS), the byte-order mark, and every character YAML does not print: the complement
of what YAML prints (\\n, \\x20-\\x7e, \\xa0-\\u2027, \\u202a-\\ud7ff, \\ue000-\\ufefe,
\\uff00-\\ufffd, \\U00010000-\\U0010ffff), written as the few ranges it leaves out: the
negated class over every plane took 6 ms to compile, 2% of a small check."""
_PRINTED = bytes([10, *range(32, 127)])
"""The ASCII bytes that are not `_UNSAFE`."""

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""First characters of a value that are not plain text (quotes, flow, comments, anchors …)."""
_NOT_PLAIN = _INDICATORS | {" ", ""}
"""First characters of what follows a key that is not a plain scalar, or not only one."""


class _Nothing:
    """Marks a key or a dash with nothing after it on its line."""


_NOTHING = _Nothing()
_CHUNK = 1 << 20  # characters of text split into lines at a time


def read_block(source: str | bytes, max_depth: int) -> Any:
    """The data of a case file written in plain block YAML (the module says what that is),
    exactly as `facts.yamlload.parse_yaml_fast` reads it; `NotBlock` for anything else.
    `source` may be the file's bytes if they are ASCII. Lists and mappings are nested at most
    `max_depth` deep (one-line ones count)."""
    if isinstance(source, bytes):
        if source.translate(None, _PRINTED):
            raise NotBlock
        text = source.decode("ascii")
    elif _UNSAFE.search(source) is not None:
        raise NotBlock
    else:
        text = source
    root: dict[str, Any] = {}
    frames: list[tuple[Any, int, bool]] = []  # the containers around `top`, outermost first
    top: Any = root  # the open mapping or list
    indent = 0  # where its keys (or its dashes) stand
    is_map = True
    pending: str | None = None  # a key of `top` with nothing after it: a block may follow
    usual = 0  # where a line `key: value` adds to `top`: `indent` of a mapping, else -1
    next_item = -1  # where a dash starts the next item of the list around `top`, else -1
    heads: dict[str, _Head] = {}  # see `_head`
    known: dict[str, Any] = {}  # numbers and dates read so far (see `resolve`)
    not_plain, special, word_first, longest = _NOT_PLAIN, SPECIAL, WORD_FIRST, LONGEST_WORD
    for lines in _chunks(text):
        for line in lines:
            head, sep, rest = line.partition(": ")
            found = (heads.get(head) or _head(head, heads)) if sep else None
            if found is not None and found[0] == usual:  # the next key of `top`
                key = found[5]
            elif found is not None and found[1] == next_item:  # the next item of its list
                item: dict[str, Any] = {}
                frames[-1][0].append(item)
                top = item
                indent = usual = found[4]
                key = found[5]
            else:
                if found is not None:
                    _, _, at, dash, key_at, key = found
                else:
                    match = _LINE.fullmatch(line)
                    assert match is not None  # every line matches
                    spaces, dash_text, key, rest = match.groups()
                    if dash_text is None and key is None:
                        if rest and rest[0] != "#":
                            raise NotBlock  # a value on a line of its own (or a document marker)
                        continue  # a blank line or a comment
                    at = len(spaces)
                    dash = dash_text is not None
                    key_at = at + len(dash_text) if dash_text is not None else at
                if pending is not None:  # the value of `pending`: a block below it, or nothing
                    if at > indent or (at == indent and dash):
                        if len(frames) + 2 > max_depth or not (dash or key is not None):
                            raise NotBlock
                        block: Any = [] if dash else {}
                        top[pending] = block
                        frames.append((top, indent, is_map))
                        top, indent, is_map = block, at, not dash
                    pending = None
                while at < indent or (at == indent and not is_map and not dash):
                    if not frames:
                        raise NotBlock
                    top, indent, is_map = frames.pop()
                if at != indent:
                    raise NotBlock
                if not is_map:  # a list item: a value, or a mapping starting with its first key
                    if key is None:
                        value = _value(rest, known, len(frames) + 2, max_depth)
                        if value is _NOTHING:
                            raise NotBlock
                        top.append(value)
                        usual = next_item = -1
                        continue
                    if len(frames) + 2 > max_depth:
                        raise NotBlock
                    item = {}
                    top.append(item)
                    frames.append((top, indent, is_map))
                    top, indent, is_map = item, key_at, True
                elif dash or key is None:
                    raise NotBlock
                usual = indent
                next_item = frames[-1][1] if frames and not frames[-1][2] else -1
            # the value of `key`, a key of the mapping `top`
            char = rest[:1]
            if char in not_plain or ": " in rest or " #" in rest or rest[-1] in " :":
                if char == '"' and rest.find('"', 1) == len(rest) - 1:
                    if "\\" in rest:
                        raise NotBlock  # escapes: left to libyaml
                    value = rest[1:-1]
                else:
                    value = _value(rest, known, len(frames) + 2, max_depth)
                    if value is _NOTHING:
                        value = None
                        pending = key
                        usual = next_item = -1
            elif char in special and (len(rest) <= longest or char not in word_first):
                value = resolve(rest, known)
            else:
                value = rest
            if key in top:
                raise NotBlock  # duplicate keys are reported by the located pass
            top[key] = value
    if not root:
        raise NotBlock  # no document, or not a mapping: left to libyaml
    return root


def _chunks(text: str) -> Iterator[list[str]]:
    """The lines of `text` (split at ``\\n``), a chunk of the text at a time."""
    start = 0
    while True:
        end = text.find("\n", start + _CHUNK)
        if end < 0:
            yield text[start:].split("\n")
            return
        yield text[start:end].split("\n")
        start = end + 1


_Head = tuple[int, int, int, bool, int, str]
"""What the text before the first ``: `` of a line of ``key: value`` says: its indentation if it
has no list dash (else -2), its indentation if it has one (else -2), its indentation, whether it
has a dash, where its key stands, the key."""


def _head(head: str, heads: dict[str, _Head]) -> _Head | None:
    """What `head` says, if it is the head of a line of ``key: value`` (kept in `heads`: a file
    has few); None otherwise."""
    match = _HEAD.fullmatch(head)
    if match is None:
        return None
    spaces, dash, key = match.groups()
    at = len(spaces)
    if dash is None:
        found = (at, -2, at, False, at, key)
    else:
        found = (-2, at, at, True, at + len(dash), key)
    if len(heads) < 10_000:
        heads[head] = found
    return found


def _value(rest: str, known: dict[str, Any], level: int, max_depth: int) -> Any:
    """The value written after a key or a dash (`rest`: the rest of the line); `_NOTHING` if
    none. `level`: how deep a one-line list or mapping would be."""
    text = rest.lstrip(" ")
    char = text[:1]
    if not char or char == "#":
        return _NOTHING
    if char == '"':
        end = text.find('"', 1)
        if end < 0 or "\\" in text[:end]:
            raise NotBlock  # escapes, or text continued on the next line
        _after(text, end + 1)
        return text[1:end]
    if char == "'":
        match = _SINGLE.match(text)
        if match is None:
            raise NotBlock
        _after(text, match.end())
        return match.group(1).replace("''", "'")
    if char == "[" or char == "{":
        if level > max_depth:
            raise NotBlock
        match = (_FLOW_LIST if char == "[" else _FLOW_MAP).match(text)
        if match is None:
            raise NotBlock
        _after(text, match.end())
        inner = match.group(1)
        if char == "[":
            if inner is None:
                return []
            items = [item.strip(" ") for item in inner.split(",")]
            return [resolve(i, known) if i[0] in SPECIAL else i for i in items]
        mapping: dict[str, Any] = {}
        if inner is not None:
            for pair in inner.split(","):
                key, _, value = pair.partition(":")
                key = key.strip(" ")
                if key in mapping:
                    raise NotBlock
                mapping[key] = resolve(value.strip(" "), known)
        return mapping
    if char in _INDICATORS:
        raise NotBlock  # anchors, aliases, tags, block scalars, reserved indicators
    cut = text.find(" #")
    if cut >= 0:
        text = text[:cut]
    text = text.rstrip(" ")
    if ": " in text or text[-1] == ":":
        raise NotBlock  # a mapping where a value should be: reported by libyaml
    return resolve(text, known)


def _after(text: str, end: int) -> None:
    """Check that nothing but spaces and a comment follows a quoted or one-line value."""
    rest = text[end:]
    if rest and not (rest[0] == " " and rest.lstrip(" ")[:1] in ("", "#")):
        raise NotBlock
