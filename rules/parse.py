"""DSL text → AST (`rules.ast.Module`), with syntax errors a lawyer can act on.

The grammar lives in `grammar.lark` (LALR(1), contextual lexer). The parser is built once per
process; its tables are kept in the user's cache folder (`base.cache`: owner and mode checked,
HMAC verified before unpickling), which makes that ~10 ms instead of ~100 ms after the first
run. Lark's own file cache is not used: it unpickles its file before checking the hash, and
kept it in the shared temp folder. DSL files are limited to `MAX_DSL_BYTES`.

Syntax errors become `Diagnostic`s with the file, line and column, the tokens that would
have been valid there in the DSL's own words, and the nearest keyword when the offending word
looks like a misspelt one.
"""

from __future__ import annotations

import functools
import hashlib
import io
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer, Tree, UnexpectedInput, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken, VisitError
from lark.tree import Meta as LarkMeta

from rome_elements.base.diagnostics import Diagnostic, InputError, Span, nearest
from rome_elements.rules import ast
from rome_elements.rules.limits import MAX_DSL_BYTES

GRAMMAR = Path(__file__).with_name("grammar.lark")

# How each terminal is named in messages ("expected one of: `element`, `}`").
TOKEN_TEXT: dict[str, str] = {
    "NAME": "a name",
    "STRING": 'a quoted text ("…")',
    "DATE": "a date (YYYY-MM-DD)",
    "SIGNED_INT": "a whole number",
    "COMPARE": "a comparison (==, !=, <, <=, >, >=)",
    "BASE_TYPE": "a type (text, int, bool, date, ref)",
    "META_KEY": "`article`, `source`, `note`, `leading`, `unsettled`, `provenance`, `title`",
    "ELEMENT_META_KEY": "`note`, `source`, `provenance`, `footnote`, `mental`, `unsettled`",
    "OPTIONAL": "`?`",
    "LIST": "`[]`",
    "LBRACE": "`{`",
    "RBRACE": "`}`",
    "LPAR": "`(`",
    "RPAR": "`)`",
    "COMMA": "`,`",
    "COLON": "`:`",
    "DOT": "`.`",
    "$END": "the end of the file",
}

KEYWORDS = (
    "fact crime mode group standard option element requires use derived for when not and or "
    "as has accused true false one of text rank origins reliability credibility contradiction "
    "inference choice default article source note leading unsettled provenance title footnote "
    "mental state party declaration from to perpetrator mind withdrawal effective exclusion "
    "unless during "
    "unverified checked"
).split()


_LARK_OPTIONS: dict[str, Any] = {
    "parser": "lalr",
    "lexer": "contextual",
    "propagate_positions": True,
    "maybe_placeholders": True,
}


@functools.cache
def parser() -> Lark:
    from lark import __version__ as lark_version

    from rome_elements.base import cache

    grammar = GRAMMAR.read_text(encoding="utf-8")
    folder = cache.cache_dir()
    path = None
    if folder is not None:
        key = hashlib.sha256(
            f"{grammar}\0{lark_version}\0{sys.version_info[:2]}\0{sorted(_LARK_OPTIONS.items())}".encode()
        ).hexdigest()[:32]
        path = folder / f"grammar-{key}.pickle"
        saved = cache.read(path)
        if isinstance(saved, bytes):
            try:
                return Lark.load(io.BytesIO(saved))
            except Exception:  # noqa: BLE001 - a stale table: rebuild
                pass
    built = Lark(grammar, **_LARK_OPTIONS)
    if path is not None:
        buffer = io.BytesIO()
        built.save(buffer)
        cache.write(path, buffer.getvalue())
    return built


def parse_text(text: str, path: str) -> ast.Module:
    """Parse one DSL file's text. Raises `InputError` with the syntax error found."""
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        tree = parser().parse(text)
    except UnexpectedInput as err:
        raise InputError([_syntax_diagnostic(err, text, path)]) from None
    too_deep = _too_deeply_nested(tree, path)
    if too_deep is not None:
        raise InputError([too_deep])
    try:
        items = _ToAst(path).transform(tree)
    except VisitError as err:
        if isinstance(err.orig_exc, _LiteralError):
            raise InputError([err.orig_exc.diagnostic]) from None
        raise
    return ast.Module(path=path, items=tuple(items))


MAX_NESTING = 32
"""Requirements nest `and`, `or`, `not` and brackets at most this deep. The library's deepest
is 4; a deeper one is refused with a located message instead of exhausting Python's stack in
the passes that walk expressions (parse, check, normal form, compile)."""

_NESTING = frozenset({"or_expr", "and_expr", "negation"})


def _too_deeply_nested(tree: Tree[Any], path: str) -> Diagnostic | None:
    """An error at the first expression nested more than `MAX_NESTING` deep, if any (found
    without recursion, in source order)."""
    stack: list[tuple[Any, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, Tree):
            continue
        if node.data in _NESTING:
            depth += 1
            if depth > MAX_NESTING:
                meta = node.meta
                return Diagnostic(
                    "error",
                    f"expression nested too deeply: more than {MAX_NESTING} levels of "
                    "`and`, `or`, `not` and brackets",
                    Span(path, getattr(meta, "line", 1), getattr(meta, "column", 1)),
                    notes=("split the requirement into elements or groups (`use`)",),
                )
        stack.extend((child, depth) for child in reversed(node.children))
    return None


def parse_file(path: str | Path) -> ast.Module:
    from rome_elements.base.fileio import TooLarge, read_limited

    p = Path(path)
    try:
        raw = read_limited(p, MAX_DSL_BYTES)
    except TooLarge:
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"{p} is larger than {MAX_DSL_BYTES // 1024 // 1024} MiB; "
                    "DSL files are limited to that size",
                )
            ]
        ) from None
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise InputError([Diagnostic("error", f"cannot read {p}: {reason}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        col = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError(
            [Diagnostic("error", "this file is not valid UTF-8 text", Span(str(path), line, col))]
        ) from None
    return parse_text(text.replace("\r\n", "\n"), str(path))


# ---- syntax errors ---------------------------------------------------------------------------


def _describe(tokens: set[str]) -> str:
    words = []
    for name in sorted(tokens):
        if name in TOKEN_TEXT:
            words.append(TOKEN_TEXT[name])
        else:
            pattern = parser().get_terminal(name).pattern
            value = getattr(pattern, "value", name)
            words.append(f"`{value}`")
    unique = sorted(set(words))
    if len(unique) == 1:
        return unique[0]
    return "one of: " + ", ".join(unique)


def _keyword_tokens(tokens: set[str]) -> dict[str, str]:
    """Literal keywords among the acceptable tokens, by their text."""
    out: dict[str, str] = {}
    for name in tokens:
        try:
            pattern = parser().get_terminal(name).pattern
        except KeyError:
            continue
        if pattern.type == "str" and pattern.value.isidentifier():
            out[pattern.value] = name
        elif name in {"META_KEY", "ELEMENT_META_KEY", "BASE_TYPE"}:
            for word in pattern.value.strip("()?:").split("|"):
                w = word.strip().strip('"')
                if w.isidentifier():
                    out[w] = name
    return out


def _syntax_diagnostic(err: UnexpectedInput, text: str, path: str) -> Diagnostic:
    line, column = err.line, err.column
    if line is None or line < 1:  # end of input: point just past the last character
        lines = text.split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    expected: set[str] = set()
    found = ""
    suggestion = None
    width = 1
    if isinstance(err, UnexpectedToken):
        expected = set(err.accepts or err.expected)
        tok: Token = err.token
        if tok.type == "$END":
            found = "the end of the file"
        else:
            found = f"`{tok.value}`"
            width = max(1, len(str(tok.value).split("\n")[0]))
        if tok.type == "NAME":
            keywords = _keyword_tokens(expected)
            suggestion = nearest(str(tok.value), keywords)
    elif isinstance(err, UnexpectedCharacters):
        expected = set(err.allowed or ())
        pos = err.pos_in_stream or 0
        ch = text[pos] if pos < len(text) else ""
        found = "a line break" if ch == "\n" else f"`{ch}`"
        if ch == '"':
            found = "unclosed"
            expected = set()
    elif isinstance(err, UnexpectedEOF):
        expected = set(err.expected)
        found = "the end of the file"
    message = f"unexpected {found}" if found else "syntax error"
    if found == "unclosed":
        message = 'this text is never closed: a `"` without its closing `"` on the same line'
        expected = set()
    span = Span(path, line, column, line, column + width)
    return Diagnostic(
        "error",
        message,
        span,
        expected=_describe(expected) if expected else None,
        suggestion=suggestion,
    )


# ---- parse tree → AST ------------------------------------------------------------------------


class _LiteralError(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def _check_date(tok: Token, span: Span) -> None:
    import datetime

    try:
        datetime.date.fromisoformat(str(tok))
    except ValueError:
        raise _LiteralError(Diagnostic("error", f"{tok} is not a valid date", span)) from None


def _flat(clauses: tuple[Any, ...]) -> list[Any]:
    """An element's clauses with each `when` block's own in its place (a block is a list)."""
    return [c for clause in clauses for c in (clause if isinstance(clause, list) else [clause])]


def _unquote(token: Token) -> str:
    raw = str(token)
    body = raw[3:-3] if raw.startswith('"""') else raw[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    text = "".join(out)
    if raw.startswith('"""'):
        text = " ".join(text.split())  # long texts are folded onto one line, as law text is quoted
    return text


@v_args(inline=True, meta=True)
class _ToAst(Transformer[Token, Any]):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    # helpers
    def _span(self, meta: LarkMeta) -> Span:
        if getattr(meta, "empty", True):
            return Span(self.path, 1, 1)
        return Span(self.path, meta.line, meta.column, meta.end_line, meta.end_column)

    def _tspan(self, tok: Token) -> Span:
        return Span(self.path, tok.line or 1, tok.column or 1, tok.end_line, tok.end_column)

    def _name(self, tok: Token) -> ast.Name:
        return ast.Name(str(tok), self._tspan(tok))

    @v_args(inline=False, meta=False)
    def start(self, items: list[Any]) -> list[Any]:
        return items

    # fact types
    def fact_decl(self, meta: LarkMeta, name: Token, desc: Token, *attrs: ast.AttrDecl) -> Any:
        return ast.FactDecl(self._name(name), _unquote(desc), tuple(attrs), self._span(meta))

    def attr_decl(
        self, meta: LarkMeta, name: Token, atype: Any, optional: Token | None, desc: Token | None
    ) -> Any:
        kind, is_list, choices = atype
        return ast.AttrDecl(
            self._name(name),
            kind,
            is_list,
            optional is not None,
            choices,
            _unquote(desc) if desc is not None else "",
            self._span(meta),
        )

    def base_type(self, meta: LarkMeta, base: Token, lst: Token | None) -> Any:
        return (str(base), lst is not None, None)

    def choice_type(self, meta: LarkMeta, *choices: Token) -> Any:
        return ("text", False, tuple(_unquote(c) for c in choices))

    # scopes
    def _scope(
        self, kind: ast.ScopeKind, meta: LarkMeta, name: Token, title: Token, rest: Any
    ) -> Any:
        metas = tuple(x for x in rest if isinstance(x, ast.Meta))
        members = tuple(x for x in rest if not isinstance(x, ast.Meta))
        return ast.Scope(kind, self._name(name), _unquote(title), metas, members, self._span(meta))

    def crime_decl(self, meta: LarkMeta, name: Token, title: Token, *rest: Any) -> Any:
        return self._scope("crime", meta, name, title, rest)

    def mode_decl(self, meta: LarkMeta, name: Token, title: Token, *rest: Any) -> Any:
        return self._scope("mode", meta, name, title, rest)

    def group_decl(self, meta: LarkMeta, name: Token, title: Token, *rest: Any) -> Any:
        return self._scope("group", meta, name, title, rest)

    def meta_clause(self, meta: LarkMeta, key: Token, value: Token) -> Any:
        return ast.Meta(str(key), _unquote(value), self._span(meta))

    element_meta = meta_clause

    def use_decl(self, meta: LarkMeta, name: Token) -> Any:
        return ast.Use(self._name(name), self._span(meta))

    def element_decl(
        self,
        meta: LarkMeta,
        name: Token,
        kind: Token,
        subkind: Token | None,
        text: Token,
        *clauses: Any,
    ) -> Any:
        requires = [c for c in clauses if isinstance(c, tuple) and c[0] == "requires"]
        expr = requires[0][1] if requires else None
        if len(requires) > 1:
            raise _LiteralError(
                Diagnostic(
                    "error",
                    f"element `{name}` has more than one `requires` clause",
                    requires[1][2],
                    expected="one `requires` per element; combine them with `and` / `or`",
                )
            )
        flat = _flat(clauses)
        metas = tuple(c for c in flat if isinstance(c, ast.Meta))
        whens = tuple(c for c in flat if isinstance(c, ast.When))
        unless = tuple(c for c in flat if isinstance(c, ast.Defeater))
        return ast.Element(
            self._name(name),
            self._name(kind),
            self._name(subkind) if subkind is not None else None,
            _unquote(text),
            expr,
            metas,
            whens,
            self._span(meta),
            self._tspan(text),
            unless,
        )

    def requires_clause(self, meta: LarkMeta, expr: Any) -> Any:
        return ("requires", expr, self._span(meta))

    def unless_clause(self, meta: LarkMeta, expr: Any) -> Any:
        return ast.Defeater(expr, (), self._span(meta))

    def when_block(
        self, meta: LarkMeta, option: Token, op: Token, choice: Token, *clauses: Any
    ) -> Any:
        """The block's defeaters and notes, each with the block's condition (a list: the
        element's clauses, in order)."""
        when = self.when_clause(meta, option, op, choice)
        flat = _flat(clauses)
        return [replace(c, when=(when, *c.when)) for c in flat]

    def when_clause(self, meta: LarkMeta, option: Token, op: Token, choice: Token) -> Any:
        if str(op) not in ("==", "!="):
            raise _LiteralError(
                Diagnostic("error", f"`when` compares with == or !=, not {op}", self._tspan(op))
            )
        return ast.When(
            self._name(option),
            "eq" if str(op) == "==" else "ne",
            self._name(choice),
            self._span(meta),
        )

    def derived_decl(
        self, meta: LarkMeta, name: Token, target: Token, text: Token, *metas: Any
    ) -> Any:
        return ast.Derived(
            self._name(name), self._name(target), _unquote(text), tuple(metas), self._span(meta)
        )

    # expressions
    def or_expr(self, meta: LarkMeta, *items: Any) -> Any:
        return ast.OrExpr(tuple(items), self._span(meta))

    def and_expr(self, meta: LarkMeta, *items: Any) -> Any:
        return ast.AndExpr(tuple(items), self._span(meta))

    def negation(self, meta: LarkMeta, item: Any) -> Any:
        if not isinstance(item, ast.PatternExpr):
            raise _LiteralError(
                Diagnostic(
                    "error",
                    "`not` applies to a single fact pattern, not to a group in parentheses",
                    self._span(meta),
                    expected="`not fact_type(...)`; "
                    "write `not a and not b` instead of `not (a or b)`",
                )
            )
        return ast.NotExpr(item, self._span(meta))

    def pattern(self, meta: LarkMeta, name: Token, *rest: Any) -> Any:
        alias = rest[-1] if rest else None
        conds = tuple(c for c in rest[:-1] if c is not None)
        return ast.PatternExpr(
            self._name(name),
            conds,
            self._name(alias) if alias is not None else None,
            self._span(meta),
        )

    def compare(self, meta: LarkMeta, attr: Token, op: Token, operand: Any) -> Any:
        return ast.Condition(self._name(attr), ast.OPS[str(op)], operand, self._span(meta))

    def has(self, meta: LarkMeta, attr: Token, operand: Any) -> Any:
        return ast.Condition(self._name(attr), "has", operand, self._span(meta))

    def during(self, meta: LarkMeta, operand: Any) -> Any:
        return ast.Condition(
            ast.Name("during", self._span(meta)), "during", operand, self._span(meta)
        )

    def ref(self, meta: LarkMeta, target: Token, attr: Token) -> Any:
        return ast.RefOperand(self._name(target), self._name(attr), self._span(meta))

    def accused(self, meta: LarkMeta) -> Any:
        return ast.AccusedOperand(self._span(meta))

    def perpetrator(self, meta: LarkMeta) -> Any:
        return ast.PerpetratorOperand(self._span(meta))

    def string(self, meta: LarkMeta, tok: Token) -> Any:
        return ast.Lit(_unquote(tok), "text", self._tspan(tok))

    def integer(self, meta: LarkMeta, tok: Token) -> Any:
        return ast.Lit(int(tok), "int", self._tspan(tok))

    def date(self, meta: LarkMeta, tok: Token) -> Any:
        _check_date(tok, self._tspan(tok))
        return ast.Lit(str(tok), "date", self._tspan(tok))

    def true(self, meta: LarkMeta) -> Any:
        return ast.Lit(True, "bool", self._span(meta))

    def false(self, meta: LarkMeta) -> Any:
        return ast.Lit(False, "bool", self._span(meta))

    # standards and options
    def standard_decl(self, meta: LarkMeta, name: Token, title: Token, *clauses: Any) -> Any:
        return ast.StandardDecl(self._name(name), _unquote(title), tuple(clauses), self._span(meta))

    def standard_meta(self, meta: LarkMeta, key: Token, value: Token) -> Any:
        return ast.Clause(str(key), _unquote(value), self._span(meta))

    def _clause(self, key: str, meta: LarkMeta, value: Token, kind: str) -> ast.Clause:
        v: str | int = (
            int(value) if kind == "int" else _unquote(value) if kind == "str" else str(value)
        )
        return ast.Clause(key, v, self._span(meta))

    def standard_text(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("text", meta, value, "str")

    def standard_rank(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("rank", meta, value, "int")

    def standard_origins(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("origins", meta, value, "int")

    def standard_reliability(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("reliability", meta, value, "name")

    def standard_credibility(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("credibility", meta, value, "int")

    def standard_contradiction(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("contradiction", meta, value, "name")

    def standard_inference(self, meta: LarkMeta, value: Token) -> Any:
        return self._clause("inference", meta, value, "name")

    def option_decl(self, meta: LarkMeta, name: Token, title: Token, *clauses: Any) -> Any:
        choices = tuple(c for c in clauses if isinstance(c, ast.Choice))
        defaults = [c for c in clauses if isinstance(c, ast.Name)]
        metas = tuple(c for c in clauses if isinstance(c, ast.Meta))
        return ast.OptionDecl(
            self._name(name),
            _unquote(title),
            choices,
            defaults[0] if defaults else None,
            metas,
            self._span(meta),
        )

    def infer_decl(self, meta: LarkMeta, name: Token, title: Token, *rest: Any) -> Any:
        *metas, conclusion, premises = rest
        return ast.InferDecl(
            self._name(name),
            _unquote(title),
            tuple(metas),
            conclusion,
            premises,
            self._span(meta),
        )

    def state_decl(self, meta: LarkMeta, name: Token, *clauses: Any) -> Any:
        acc = tuple(c for c in clauses if isinstance(c, ast.Acceptance))
        metas = tuple(c for c in clauses if isinstance(c, ast.Meta))
        withdrawals = tuple(c for c in clauses if isinstance(c, ast.Withdrawal))
        exclusions = tuple(c for c in clauses if isinstance(c, ast.Exclusion))
        unverified = tuple(c for c in clauses if isinstance(c, ast.Unverified))
        checked = tuple(c for c in clauses if isinstance(c, ast.Checked))
        return ast.StateDecl(
            _unquote(name),
            acc,
            metas,
            self._span(meta),
            withdrawals=withdrawals,
            exclusions=exclusions,
            unverified=unverified,
            checked=checked,
        )

    def state_party(self, meta: LarkMeta, start: Token, note: Token | None) -> Any:
        _check_date(start, self._tspan(start))
        return ast.Acceptance(
            "party", str(start), None, _unquote(note) if note else "", self._span(meta)
        )

    def state_declaration(
        self,
        meta: LarkMeta,
        text: Token,
        start: Token,
        end: Token | None,
        note: Token | None,
    ) -> Any:
        _check_date(start, self._tspan(start))
        if end is not None:
            _check_date(end, self._tspan(end))
        return ast.Acceptance(
            _unquote(text),
            str(start),
            str(end) if end else None,
            _unquote(note) if note else "",
            self._span(meta),
        )

    def state_withdrawal(self, meta: LarkMeta, effective: Token, note: Token) -> Any:
        _check_date(effective, self._tspan(effective))
        return ast.Withdrawal(str(effective), _unquote(note), self._span(meta))

    def state_exclusion(self, meta: LarkMeta, text: Token, *rest: Token) -> Any:
        *names, start, end = rest
        _check_date(start, self._tspan(start))
        _check_date(end, self._tspan(end))
        return ast.Exclusion(
            _unquote(text),
            self._name(names[0]),
            tuple(self._name(n) for n in names[1:]),
            str(start),
            str(end),
            self._span(meta),
        )

    def state_unverified(self, meta: LarkMeta, note: Token) -> Any:
        return ast.Unverified(_unquote(note), self._span(meta))

    def state_checked(self, meta: LarkMeta, date: Token, note: Token) -> Any:
        _check_date(date, self._tspan(date))
        return ast.Checked(str(date), _unquote(note), self._span(meta))

    def state_meta(self, meta: LarkMeta, key: Token, value: Token) -> Any:
        return ast.Meta(str(key), _unquote(value), self._span(meta))

    def option_choice(self, meta: LarkMeta, name: Token, text: Token) -> Any:
        return ast.Choice(self._name(name), _unquote(text), self._span(meta))

    def option_default(self, meta: LarkMeta, name: Token) -> Any:
        return self._name(name)

    def option_meta(self, meta: LarkMeta, key: Token, value: Token) -> Any:
        return ast.Meta(str(key), _unquote(value), self._span(meta))
