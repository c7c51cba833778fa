"""A disk cache of what start-up builds from data files, keyed by the content it is built from.

    >>> table = cached("places", [gazetteer_text, code_of(places_module)], build_table)

The first run builds the value and pickles it under the cache directory; later runs (and the
``--workers`` processes) read it back, which is several times faster than parsing the YAML,
validating the entries and indexing the gazetteers again. The file name is a digest of the key's
parts (the data files' text, the source of the code that builds the value, the versions of the
libraries it reads), so any change to them builds a new value: nothing needs to be cleared by
hand, and a stale entry is never read.

The directory is ``$COMMUNIQUE_CACHE_DIR``, else ``$XDG_CACHE_HOME/communique``, else
``~/.cache/communique``; ``COMMUNIQUE_CACHE_DIR=off`` turns the cache off. A directory that cannot
be written, or a file that cannot be read back, only costs the time of building the value again.
The files are pickles written by this user for this user (as trusted as the installed package).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

__all__ = ["cache_dir", "cached", "code_of"]

T = TypeVar("T")

#: bumped when the file layout of the cache changes
_FORMAT = b"communique-cache 1"


def cache_dir() -> Path | None:
    """The cache directory, or None when ``COMMUNIQUE_CACHE_DIR`` is ``off``."""
    env = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if env is not None and env.strip().lower() in ("off", "0", "none", ""):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique"


def code_of(*modules: ModuleType) -> bytes:
    """The source of ``modules``: a key part that changes whenever the code building a value does."""
    out = []
    for module in modules:
        path = getattr(module, "__file__", None)
        out.append(Path(path).read_bytes() if path else module.__name__.encode())
    return b"\0".join(out)


def cached(kind: str, key: Iterable[bytes | str], build: Callable[[], T]) -> T:
    """The value ``build()`` returns for ``key``, from the cache when it holds it (see module doc)."""
    where = cache_dir()
    if where is None:
        return build()
    digest = hashlib.sha256(_FORMAT)
    for part in key:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    path = where / f"{kind}-{digest.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)
        return value
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file (or classes since renamed): build again, overwrite it
        pass
    value = build()
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=where, prefix=f".{kind}-", delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass
    return value
