"""A per-user cache of built objects (the checked library, Lark's parse tables, compiled rete
programs), each stored under a key that hashes everything that could change it.

`rules.load` keys the checked library by the content of every DSL file (and its path), the
grammar, and the source of the `rules` and `base` packages (`digest_files`), so editing a `.el`
file or upgrading `rome-elements` invalidates it. The cache lives in `$ELEMENTS_CACHE` or the
user cache folder (`$XDG_CACHE_HOME/elements`, else `~/.cache/elements`); set
`ELEMENTS_CACHE=off` to disable it. A cache that cannot be read or written is ignored: it only
ever saves time.

Cache files are pickles, and unpickling runs code, so a cache file must come from this user:

* The folder is created 0700 and used only if it is owned by the current user and not
  writable by group or others (`cache_dir`); otherwise the cache is ignored, with one notice on
  standard error (never a failure). The shared temp folder is never used.
* Every cache file (`write`) holds a header, an HMAC-SHA256 of its name and payload keyed by a
  per-user random secret (`hmac-key` in the folder: 32 bytes, 0600, created atomically and
  exclusively), and the payload. `read` checks the file's owner and mode and the HMAC *before*
  unpickling: a damaged, truncated or planted file is refused (None: rebuild). A plain hash
  would not do: anyone can compute one.

`engine.rete` keeps its compiled programs here too, and `rules.parse` Lark's parse tables.

Frozen slots dataclasses (the AST: some 7,000 nodes and spans) are pickled as a call of their
constructor, which unpickles several times faster than the default (`dataclasses`' Python
``__setstate__`` walking `fields()` for every object).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import os
import stat
import sys

# the C half of `pickle`: importing `pickle` itself (pure Python) takes a few milliseconds
from _pickle import Pickler, loads
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from rome_elements.base.fileio import read_limited, write_atomic

__all__ = ["cache_dir", "digest_files", "gc_paused", "memoised", "prune", "read", "write"]

T = TypeVar("T")
_MAGIC = b"elements-cache-3\n"
_DIGEST = 32  # bytes of HMAC-SHA256
_KEY_NAME = "hmac-key"
_KEY_BYTES = 32
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

_secrets: dict[str, bytes | None] = {}  # folder → its key, or None when the folder is unsafe
_noticed: list[str] = []


def cache_dir() -> Path | None:
    """The cache folder, created if need be; None when caching is off or the folder is unsafe
    (not the user's, writable by others) or unusable."""
    setting = os.environ.get("ELEMENTS_CACHE")
    if setting == "off":
        return None
    if setting:
        folder = Path(setting)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "elements"
    return folder if _secret(folder) is not None else None


def _notice(message: str) -> None:
    """Say once per process why the cache is not used (a notice, never a failure)."""
    if not _noticed:
        _noticed.append(message)
        try:
            sys.stderr.write(f"note: {message}; running without the cache\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _unsafe(info: os.stat_result, private: bool) -> str | None:
    """Why a folder or file with this status must not be trusted, if it must not."""
    uid = _uid()
    if uid is not None and info.st_uid != uid:
        return "is not owned by you"
    if info.st_mode & (0o077 if private else 0o022):
        return "is readable or writable by others" if private else "is writable by others"
    return None


def _secret(folder: Path) -> bytes | None:
    name = str(folder)
    if name not in _secrets:
        _secrets[name] = _open_folder(folder)
    return _secrets[name]


def _open_folder(folder: Path) -> bytes | None:
    """The folder's HMAC key, after checking the folder; None (with a notice if it is unsafe)
    when it cannot be trusted or used."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None  # cannot be created (read-only home, …): silently no cache
    if not stat.S_ISDIR(info.st_mode):
        return None
    problem = _unsafe(info, private=False)
    if problem:
        _notice(
            f"the cache folder {folder} {problem} (make it yours and `chmod 700` it, "
            "or set ELEMENTS_CACHE to another folder)"
        )
        return None
    path = folder / _KEY_NAME
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC)
        except FileNotFoundError:
            if not _create_key(folder, path):
                return None
            continue  # read the key now there: ours, or that of a process that came first
        except OSError:
            _notice(f"the cache key {path} cannot be read (delete it)")
            return None
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            problem = _unsafe(info, private=True) or (
                None if stat.S_ISREG(info.st_mode) else "is not a regular file"
            )
            key = fh.read(_KEY_BYTES + 1)
        if problem is None and len(key) != _KEY_BYTES:
            problem = "is damaged"
        if problem:
            _notice(f"the cache key {path} {problem} (delete it)")
            return None
        return key
    return None


def _create_key(folder: Path, path: Path) -> bool:
    """Create the folder's key atomically: written whole to a new 0600 file (O_EXCL), then
    linked to its name, which fails if another process was first (its key is then used)."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=".hmac-key.", suffix=".tmp", dir=folder)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(os.urandom(_KEY_BYTES))
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
    except OSError:
        return False
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return True


def _mac(key: bytes, path: Path, payload: memoryview | bytes) -> bytes:
    mac = hmac.new(key, _MAGIC, hashlib.sha256)
    mac.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
    mac.update(payload)
    return mac.digest()


def digest_files(code: Sequence[Path], files: Sequence[Path], limit: int) -> str:
    """A key for what is built from `files` by `code`: the name and content of every code file
    and the path and content of every input file (each read up to `limit` bytes; `TooLarge`
    beyond). Raises OSError for an input that is not a regular file (a FIFO or a device reads
    differently twice: never cache it)."""
    digest = hashlib.sha256()
    for path in code:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for f in files:
        if not f.is_file():
            raise OSError(f"{f} is not a regular file")
        digest.update(str(f).encode())
        digest.update(b"\0")
        digest.update(read_limited(f, limit))
    return digest.hexdigest()[:32]


def memoised(name: Callable[[], str], build: Callable[[], T]) -> T:
    """`build()`, or what an earlier `build()` stored under the file name `name()` in the cache
    folder. Without a usable folder, or when `name()` raises OSError, it simply builds."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        target = folder / name()
    except OSError:
        return build()
    found = read(target)
    if found is not None:
        return cast(T, found)
    value = build()
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
    """The value `write` stored at `path`, or None when it is absent, damaged, unreadable or
    not authentic (its HMAC is checked before anything is unpickled)."""
    key = _secret(path.parent)
    if key is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None
            problem = _unsafe(info, private=False)
            if problem:
                _notice(f"the cache file {path} {problem}")
                return None
            data = fh.read()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    payload = memoryview(data)[head:]
    if not data.startswith(_MAGIC) or not hmac.compare_digest(
        _mac(key, path, payload), data[len(_MAGIC) : head]
    ):
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

    key = _secret(path.parent)
    if key is None:
        return False
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        payload = buffer.getbuffer()
        write_atomic(path, (_MAGIC, _mac(key, path, payload), payload), mode=0o600)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False
    return True


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
