"""A cache of the checked library, keyed by a hash of everything that could change it.

The key covers the content of every DSL file (and its path), the grammar, and the source of
the `rules` package itself, so editing a `.el` file or upgrading `elements` invalidates it. The
cache lives in `$ELEMENTS_CACHE` or the user cache folder (`$XDG_CACHE_HOME/elements`, else
`~/.cache/elements`); set `ELEMENTS_CACHE=off` to disable it. A cache that cannot be read or
written is ignored: it only ever saves time.

Every cache file (`write`) holds a header, the SHA-256 of its payload and the payload (a
pickle), so that a truncated or damaged file is refused (`read` returns None: rebuild) rather
than half-read. `engine.rete` keeps its compiled programs here too.

Frozen slots dataclasses (the AST: some 7,000 nodes and spans) are pickled as a call of their
constructor, which unpickles several times faster than the default (`dataclasses`' Python
``__setstate__`` walking `fields()` for every object).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os

# the C half of `pickle`: importing `pickle` itself (pure Python) takes a few milliseconds
from _pickle import Pickler, loads
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")
_RULES = Path(__file__).resolve().parent
_MAGIC = b"elements-cache-2\n"
_DIGEST = 32  # bytes of SHA-256


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
    found = read(target)
    if found is not None:
        return cast(T, found)
    value = build(paths)
    write(target, value)
    return value


@contextmanager
def gc_paused() -> Iterator[None]:
    """For building many small acyclic objects at once (unpickling, compiling): the cyclic
    collector would only scan them, and every collection it starts brings the next full one
    nearer (a full collection, after the imports, costs tens of milliseconds)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read(path: Path) -> Any:
    """The value `write` stored at `path`, or None when it is absent, damaged or unreadable."""
    try:
        with path.open("rb") as fh:
            data = fh.read()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    payload = memoryview(data)[head:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != data[len(_MAGIC) : head]:
        return None
    try:
        with gc_paused():
            return loads(payload)
    except Exception:  # stale classes, or anything else: rebuild
        return None


def write(path: Path, value: object) -> bool:
    """Store `value` at `path` atomically; False when it could not be stored."""
    import io
    import pickle

    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        payload = buffer.getbuffer()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, (_MAGIC, hashlib.sha256(payload).digest(), payload))
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False
    return True


def write_atomic(path: Path, chunks: Iterable[bytes | memoryview]) -> None:
    """Write `chunks` to `path` through a temporary file in the same folder, synced and then
    renamed over `path`: readers see the old file or the whole new one, never a part (the
    temporary file is removed if anything fails, an interruption included)."""
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def prune(folder: Path, pattern: str, keep: int) -> None:
    """Remove all but the `keep` most recently written files matching `pattern` in `folder`."""
    try:
        found = [(p.stat().st_mtime, p) for p in folder.glob(pattern)]
    except OSError:
        return
    if len(found) <= keep:
        return
    found.sort(key=lambda entry: entry[0], reverse=True)
    for _, path in found[keep:]:
        try:
            path.unlink()
        except OSError:
            pass


_Reduction = tuple[type, tuple[str, ...]] | None
_reductions: dict[type, _Reduction] = {}


def _reduction(cls: type) -> _Reduction:
    """(cls, its fields) when an instance can be pickled as ``cls(*values)``: a frozen slots
    dataclass whose every field is an argument of the generated ``__init__``."""
    if not (dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__):
        return None
    params = cls.__dict__.get("__dataclass_params__")
    if params is None or not params.frozen or not params.init:
        return None
    if hasattr(cls, "__post_init__") or "__reduce__" in cls.__dict__:
        return None
    every = cls.__dict__["__dataclass_fields__"].values()
    fields = dataclasses.fields(cls)
    if len(fields) != len(every) or not all(f.init and not f.kw_only for f in fields):
        return None  # no ClassVar or InitVar, every field a positional argument of __init__
    return cls, tuple(f.name for f in fields)


class _Pickler(Pickler):
    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        try:
            found = _reductions[cls]
        except KeyError:
            found = _reductions[cls] = _reduction(cls)
        if found is None:
            return NotImplemented
        return cls, tuple([getattr(obj, name) for name in found[1]])
