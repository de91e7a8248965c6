"""AST → DSL text. `parse(print(ast)) == ast` for every AST (spans aside)."""

from __future__ import annotations

from rome_elements.rules import ast


def quote(text: str) -> str:
    return (
        '"'
        + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        + '"'
    )


def operand(op: ast.Operand) -> str:
    if isinstance(op, ast.AccusedOperand):
        return "accused"
    if isinstance(op, ast.PerpetratorOperand):
        return "perpetrator"
    if isinstance(op, ast.RefOperand):
        return f"{op.target.value}.{op.attr.value}"
    if op.kind == "bool":
        return "true" if op.value else "false"
    if op.kind in ("int", "date"):
        return str(op.value)
    return quote(str(op.value))


def condition(c: ast.Condition) -> str:
    if c.op == "during":
        return f"during {operand(c.operand)}"
    return f"{c.attr.value} {ast.OP_TEXT[c.op]} {operand(c.operand)}"


def pattern(p: ast.PatternExpr) -> str:
    out = p.fact_type.value
    if p.conditions:
        out += "(" + ", ".join(condition(c) for c in p.conditions) + ")"
    if p.alias is not None:
        out += f" as {p.alias.value}"
    return out


def expr(e: ast.Expr, parent: str = "or") -> str:
    if isinstance(e, ast.PatternExpr):
        return pattern(e)
    if isinstance(e, ast.NotExpr):
        return "not " + pattern(e.pattern)
    if isinstance(e, ast.AndExpr):
        text = " and ".join(expr(i, "and") for i in e.items)
        return f"({text})" if parent == "and" else text
    text = " or ".join(_or_item(i) for i in e.items)
    return f"({text})" if parent in ("and", "or-nested") else text


def _or_item(e: ast.Expr) -> str:
    return expr(e, "or-nested") if isinstance(e, ast.OrExpr) else expr(e, "or")


def requirement(e: ast.Expr) -> str:
    if isinstance(e, ast.OrExpr):
        return " or ".join(_or_item(i) for i in e.items)
    if isinstance(e, ast.AndExpr):
        return " and ".join(expr(i, "and") for i in e.items)
    return expr(e)


def element(el: ast.Element, indent: str = "  ") -> list[str]:
    head = f"{indent}element {el.id.value} {el.kind.value}"
    if el.subkind is not None:
        head += f" {el.subkind.value}"
    lines = [head, f"{indent}  {quote(el.text)}"]
    if el.requires is not None:
        lines.append(f"{indent}  requires {requirement(el.requires)}")
    for u in el.unless:
        lines += _under(u.when, f"unless {requirement(u.expr)}", indent + "  ")
    for w in el.when:
        lines.append(f"{indent}  {when_text(w)}")
    for m in el.meta:
        lines += _under(m.when, f"{m.key} {quote(m.value)}", indent + "  ")
    return lines


def when_text(w: ast.When) -> str:
    """`when option == choice`."""
    return f"when {w.option.value} {'==' if w.op == 'eq' else '!='} {w.choice.value}"


def _under(when: tuple[ast.When, ...], clause: str, indent: str) -> list[str]:
    """A clause of an element, inside a `when` block for each condition it has."""
    if not when:
        return [f"{indent}{clause}"]
    return [
        f"{indent}{when_text(when[0])} {{",
        *_under(when[1:], clause, indent + "  "),
        f"{indent}}}",
    ]


def item(it: ast.Item) -> str:
    if isinstance(it, ast.FactDecl):
        lines = [f"fact {it.id.value} {quote(it.description)} {{"]
        for a in it.attrs:
            t = (
                f"one of ({', '.join(quote(c) for c in a.choices)})"
                if a.choices is not None
                else a.type
            )
            if a.is_list:
                t += "[]"
            line = f"  {a.name.value}: {t}{'?' if a.optional else ''}"
            if a.description:
                line += f" {quote(a.description)}"
            lines.append(line)
        return "\n".join(lines + ["}"])
    if isinstance(it, ast.StandardDecl):
        lines = [f"standard {it.id.value} {quote(it.title)} {{"]
        for c in it.clauses:
            v = (
                quote(str(c.value))
                if c.key
                in (
                    "text",
                    "article",
                    "source",
                    "note",
                    "leading",
                    "unsettled",
                    "provenance",
                    "title",
                )
                else str(c.value)
            )
            lines.append(f"  {c.key} {v}")
        return "\n".join(lines + ["}"])
    if isinstance(it, ast.StateDecl):
        lines = [f"state {quote(it.name)} {{"]
        for acc in it.acceptances:
            note = f" {quote(acc.note)}" if acc.note else ""
            if acc.basis == "party":
                lines.append(f"  party from {acc.start}{note}")
            else:
                end = f" to {acc.end}" if acc.end else ""
                lines.append(f"  declaration {quote(acc.basis)} from {acc.start}{end}{note}")
        for w in it.withdrawals:
            lines.append(f"  withdrawal effective {w.effective} {quote(w.note)}")
        for x in it.exclusions:
            scope = " ".join(n.value for n in x.scope)
            lines.append(
                f"  exclusion {quote(x.basis)} {x.category.value} {scope} from {x.start} to {x.end}"
            )
        lines += [f"  unverified {quote(u.note)}" for u in it.unverified]
        lines += [f"  checked {c.date} {quote(c.note)}" for c in it.checked]
        lines += [f"  {m.key} {quote(m.value)}" for m in it.meta]
        return "\n".join(lines + ["}"])
    if isinstance(it, ast.InferDecl):
        lines = [f"infer {it.id.value} {quote(it.title)} {{"]
        lines += [f"  {m.key} {quote(m.value)}" for m in it.meta]
        lines.append(f"  conclude {expr(it.conclusion)}")
        lines.append(f"  from {requirement(it.premises)}")
        return "\n".join(lines + ["}"])
    if isinstance(it, ast.OptionDecl):
        lines = [f"option {it.id.value} {quote(it.title)} {{"]
        lines += [f"  choice {c.id.value} {quote(c.text)}" for c in it.choices]
        if it.default is not None:
            lines.append(f"  default {it.default.value}")
        lines += [f"  {m.key} {quote(m.value)}" for m in it.meta]
        return "\n".join(lines + ["}"])
    lines = [f"{it.kind} {it.id.value} {quote(it.title)} {{"]
    lines += [f"  {m.key} {quote(m.value)}" for m in it.meta]
    for member in it.members:
        if isinstance(member, ast.Use):
            lines.append(f"  use {member.group.value}")
        elif isinstance(member, ast.Derived):
            lines.append(
                f"  derived {member.id.value} for {member.for_element.value} {quote(member.text)}"
            )
            lines += [f"    {m.key} {quote(m.value)}" for m in member.meta]
        else:
            lines += element(member)
    return "\n".join(lines + ["}"])


def module(m: ast.Module) -> str:
    return "\n\n".join(item(i) for i in m.items) + "\n"
