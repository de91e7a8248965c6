"""Shared state and helpers of the case-file checks: where to report, how to read text."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Iterable
from functools import partial
from typing import Any, NamedTuple

from rome_elements.base.diagnostics import Diagnostic, Problems, Span, nearest
from rome_elements.facts.document import DataPath, Document, NeedsLocation
from rome_elements.facts.vocabulary import Vocabulary
from rome_elements.facts.wording import show

SUGGESTION_BUDGET = 300_000
"""Names compared in all when looking for "did you mean" suggestions (about a second)."""


class IdUse(NamedTuple):
    """Where an id was declared, and by what (accused, evidence item, fact)."""

    what: str
    path: DataPath


new_use: Callable[[tuple[str, DataPath]], IdUse] = partial(tuple.__new__, IdUse)  # in C


class Checker:
    """Collects diagnostics for one case file; every check reports here and goes on."""

    def __init__(self, doc: Document, vocabulary: Vocabulary, *, located: bool = True) -> None:
        self.doc = doc
        self.vocabulary = vocabulary
        self.located = located  # False: the first problem raises NeedsLocation (see facts.load)
        self.diags = Problems()
        self.ids: dict[str, IdUse] = {}
        self._budget = SUGGESTION_BUDGET
        self._suggested: set[tuple[DataPath, str]] = set()

    # ---- reporting -------------------------------------------------------------------------------

    def span(self, path: DataPath, *, key: bool = False) -> Span | None:
        found = self.doc.key_span(path) if key else self.doc.span(path)
        return found if found is not None else self.doc.nearest_span(path[:-1])

    def error(
        self,
        path: DataPath,
        message: str,
        *,
        key: bool = False,
        expected: str | None = None,
        suggestion: str | None = None,
        context: str | None = None,
        notes: Iterable[str] = (),
    ) -> None:
        """Report a problem with the value at `path` (or with its key, if `key`)."""
        if not self.located:
            raise NeedsLocation
        if self.diags.full():  # counted, not kept: millions of problems cost no memory
            self.diags.omitted += 1
            return
        span = self.span(path, key=key)
        all_notes = tuple(notes)
        if span is None and path:
            all_notes += (f"at {format_path(path)} in {self.doc.file}",)
        self.diags.append(
            Diagnostic(
                "error",
                message,
                span,
                expected=expected,
                suggestion=suggestion,
                context=context,
                notes=all_notes,
                quote=self.doc.quotable(span),
            )
        )

    def confidential(self, path: DataPath) -> bool:
        """Whether `path` lies inside an evidence item marked confidential (its values are
        then not quoted in messages either)."""
        if len(path) < 2 or path[0] != "evidence" or not isinstance(path[1], int):
            return False
        return self.doc.evidence_confidential(path[1])

    def where(self, path: DataPath) -> str:
        """'line L, column C' of the value at `path` (for notes), or its data path; with the
        file's name when it is another file (a situation's context, `facts.incident`)."""
        span = self.doc.span(path)
        if span is None:
            return format_path(path)
        if span.file != self.doc.file:
            return f"{span.file}, line {span.line}, column {span.column}"
        return f"line {span.line}, column {span.column}"

    # ---- reading values --------------------------------------------------------------------------

    def text(self, path: DataPath, value: Any) -> Any:
        """`value` as text where it was written as a plain scalar that YAML read as something
        else (``nationality: NO`` is false in YAML 1.1, ``id: 12`` a number): the text as
        written. Other values are returned unchanged, for the caller to reject."""
        if isinstance(value, (bool, int, float, datetime.date)):
            if not self.located:  # the text as written is known only to the located pass
                raise NeedsLocation
            raw = self.doc.raw(path)
            if raw is not None and raw.strip():
                return raw.strip()
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
        return value

    def suggest(self, name: str, pool: Collection[str]) -> str | None:
        """The nearest name in `pool`, within a budget: on a large file with many unknown
        names (ids), suggestions stop before they cost more than a moment. Small pools (keys,
        fact types, modes) are always searched; none once problems are only counted."""
        if self.diags.full():
            return None
        if len(pool) > 100:
            if self._budget < len(pool):
                return None
            self._budget -= len(pool)
        return nearest(name, pool)

    def unknown_key(
        self,
        path: DataPath,
        where: str,
        allowed: Iterable[str],
        context: str | None = None,
    ) -> None:
        name = path[-1]
        assert isinstance(name, str)
        pool = sorted(allowed)
        suggestion = self.suggest(name, pool)
        if suggestion is not None:
            self._suggested.add((path[:-1], suggestion))
        self.error(
            path,
            f"unknown key `{name}` in {where}",
            key=True,
            expected="one of " + ", ".join(f"`{k}`" for k in pool),
            suggestion=suggestion,
            context=context,
        )

    def missing_key(
        self,
        path: DataPath,
        name: str,
        message: str,
        expected: str | None,
        context: str | None = None,
    ) -> None:
        """Report that the mapping at `path` lacks `name` — unless an unknown key of that
        mapping was already reported with "did you mean `name`?"."""
        if (path, name) in self._suggested:
            return
        self.error(path, message, expected=expected, context=context)

    def known(self, what: str) -> set[str]:
        """Every id claimed by an accused, an evidence item or a fact (`what`)."""
        return {ident for ident, use in self.ids.items() if use.what == what}

    def claim_id(
        self, ident: str, what: str, path: DataPath, context: Callable[[], str | None]
    ) -> bool:
        """`register_id`, with the context of a message worked out only if there is one."""
        if "," not in ident and ident not in self.ids:
            self.ids[ident] = new_use((what, path))
            return True
        return self.register_id(ident, what, path, context())

    def register_id(self, ident: str, what: str, path: DataPath, context: str | None) -> bool:
        """Claim `ident` for one thing; False (with an error) if something else has it."""
        if "," in ident:
            self.error(
                path,
                f"the id {show(ident)} contains a comma; ids cannot (lists of ids on the command "
                "line are separated by commas)",
                context=context,
            )
        first = self.ids.get(ident)
        if first is None:
            self.ids[ident] = IdUse(what, path)
            return True
        self.error(
            path,
            f"the id `{ident}` is already used by {article(first.what)} {first.what}",
            context=context,
            notes=(
                f"it is first used at {self.where(first.path)}; every accused, evidence item "
                "and fact needs an id of its own",
            ),
        )
        return False


def article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"


def format_path(path: DataPath) -> str:
    out = ""
    for step in path:
        out += f"[{step + 1}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out or "the top level"
