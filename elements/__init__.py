"""`rome_elements`: element analysis of Rome Statute charges.

The one import package of the `rome-elements` distribution. Its root folder is the repository's
`elements/`, the law library: DSL files for crimes, modes of liability, standards of proof and
the fact vocabulary (`*.el`), with the library's own tests (`tests/`). Its subpackages are the
repository's other top-level folders, installed under this name (see `pyproject.toml`):

- `rome_elements.base`: the ground floor — diagnostics, text safety, file I/O, the cache, the
  vocabulary of statuses and grades; imports nothing of the others;
- `rome_elements.rules`: the DSL (grammar, parser, checks, compiler);
- `rome_elements.facts`: the case file (models, loading with located errors);
- `rome_elements.engine`: evaluation, weighing, the report;
- `rome_elements.cli`: the `elements` command and its renderers.

Data flows one way: base → rules, facts → engine → cli (ARCHITECTURE.md).
"""

__version__ = "0.1.0"
