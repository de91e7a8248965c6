"""A cache of the checked library, keyed by a hash of everything that could change it.

The key covers the content of every DSL file (and its path), the grammar, and the source of
the `rules` package itself, so editing a `.el` file or upgrading `elements` invalidates it. The
cache lives in `$ELEMENTS_CACHE` or the user cache folder (`$XDG_CACHE_HOME/elements`, else
`~/.cache/elements`); set `ELEMENTS_CACHE=off` to disable it. A cache that cannot be read or
written is ignored: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_RULES = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    setting = os.environ.get("ELEMENTS_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "elements"


def _key(files: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for code in sorted(_RULES.glob("*.py")) + [_RULES / "grammar.lark"]:
        digest.update(code.name.encode())
        digest.update(code.read_bytes())
    for f in files:
        digest.update(str(f).encode())
        digest.update(b"\0")
        digest.update(f.read_bytes())
    return digest.hexdigest()[:32]


def cached(
    paths: Sequence[str | Path] | None, build: Callable[[Sequence[str | Path] | None], T]
) -> T:
    from rules.library import bundled_paths, expand_paths

    folder = cache_dir()
    if folder is None:
        return build(paths)
    try:
        files = expand_paths(paths) if paths else bundled_paths()
        target = folder / f"library-{_key(files)}.pickle"
    except OSError:
        return build(paths)
    try:
        with target.open("rb") as fh:
            value: T = pickle.load(fh)
        return value
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    value = build(paths)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".library-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
    return value
