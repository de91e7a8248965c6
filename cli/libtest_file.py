"""One library test file as it is read: its YAML document, and every problem found in it
reported at its place (file, line, column), with the test it belongs to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from rome_elements.base.diagnostics import Diagnostic, Span, nearest
from rome_elements.cli.libtest_model import DataPath
from rome_elements.engine.choices import Given
from rome_elements.facts.document import Document
from rome_elements.facts.model import Case
from rome_elements.facts.wording import show
from rome_elements.rules.library import Library


class TestFile:
    """A test file's document, the library its tests are read against, and where its
    problems go (`errors`, shared by every file of a run)."""

    __test__ = False  # not a pytest test class

    def __init__(self, doc: Document, lib: Library, errors: list[Diagnostic]) -> None:
        self.doc = doc
        self.lib = lib
        self.errors = errors
        self.inline: dict[int, Case | None] = {}  # inline cases of this file, by id(mapping)

    def error(
        self,
        path: DataPath,
        message: str,
        *,
        key: bool = False,
        expected: str | None = None,
        suggestion: str | None = None,
        context: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> None:
        self.errors.append(
            Diagnostic(
                "error",
                message,
                self.where(path, key=key),
                expected=expected,
                suggestion=suggestion,
                context=context,
                notes=notes,
            )
        )

    def where(self, path: DataPath, *, key: bool = False) -> Span | None:
        """The span of the value at `path` (of its key, with `key`), else of the nearest
        enclosing one."""
        span = self.doc.key_span(path) if key else self.doc.span(path)
        return span if span is not None else self.doc.nearest_span(path[:-1])

    def given(self, path: DataPath, text: str, *, key: bool = False) -> Given:
        return Given(text, self.where(path, key=key))

    def add(self, problems: Iterable[Diagnostic], context: str) -> None:
        """Problems found by the shared checks of `engine.choices`, in this test."""
        self.errors.extend(replace(d, context=context) for d in problems)

    def unknown_keys(
        self,
        path: DataPath,
        mapping: Mapping[str, Any],
        allowed: Mapping[str, str],
        where: str,
        context: str | None,
    ) -> bool:
        ok = True
        for key in mapping:
            if key not in allowed:
                ok = False
                self.error(
                    (*path, key),
                    f"unknown key `{key}` in {where}",
                    key=True,
                    expected="one of " + ", ".join(f"`{k}`" for k in allowed),
                    suggestion=nearest(key, allowed),
                    context=context,
                )
        return ok

    def text(self, path: DataPath, value: Any, what: str, context: str | None) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.error(path, f"{what} must be text, not {show(value)}", context=context)
        return None
