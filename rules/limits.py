"""How large a DSL file may be: here, not in `rules.parse`, so that a library served from the
cache (`rules.load`) is loaded without importing Lark."""

MAX_DSL_BYTES = 16 * 1024 * 1024
"""DSL files larger than this (16 MiB; the bundled library is some 250 KiB) are refused."""
