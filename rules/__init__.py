"""The DSL: grammar, parser to a typed AST, semantic checks, compiler to a rule program.

text ─ parse.py ─→ ast.Module ─ library.py (index) ─ check.py ─→ Library
Library + charges ─ compile.py ─→ program.Program ─→ engine
"""
