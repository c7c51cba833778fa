"""Sidecar manifests: publication date, title, source and URL of plain files (``.txt``, ``.html``).

A plain text file carries no metadata, so a folder of ``.txt`` articles would come out undated.
A manifest names them, one row per file, with ``path`` relative to the manifest's own folder::

    path,published,title,source,url
    2021/talks.txt,2021-05-06,Ministers meet,Example Post,https://example.org/talks
    2021/visit.html,2021-05-09,,,

or as JSON Lines, ``{"path": "2021/talks.txt", "published": "2021-05-06", ...}`` per line.
Only ``path`` is required; empty cells are "not given". A manifest is found

* as ``--manifest FILE`` on the command line, or
* as ``manifest.csv`` / ``manifest.jsonl`` in a folder being ingested (or one of its
  subfolders), or in the folder of a file given on the command line.

Its values win over what an HTML page says about itself. Records of ``.jsonl`` and ``.json``
files carry their own fields and are not looked up. A bad row is a reject (E137) naming the
manifest and its line; the other rows still apply.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

from communique.errors import InputError
from communique.ingest.records import check_published, parse_published, storable, unencodable

__all__ = ["MANIFEST_NAMES", "Manifest", "ManifestEntry", "load_manifest"]

#: File names of manifests found in folders; they are never read as articles.
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")

_FIELDS = ("path", "published", "title", "source", "url")


@dataclass(frozen=True)
class ManifestEntry:
    """What a manifest says of one file (``None``: not given)."""

    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass
class Manifest:
    """Entries by resolved file path, from every manifest loaded so far, and their problems."""

    entries: dict[Path, ManifestEntry]
    problems: list[InputError]

    @classmethod
    def empty(cls) -> Manifest:
        """A manifest with no entries."""
        return cls({}, [])

    def add(self, other: Manifest) -> None:
        """Take ``other``'s entries (an earlier entry for the same file wins) and problems."""
        for path, entry in other.entries.items():
            self.entries.setdefault(path, entry)
        self.problems += other.problems

    def get(self, path: Path) -> ManifestEntry | None:
        """The entry of ``path``, if a manifest names it."""
        return self.entries.get(_key(path))


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _row_entry(row: dict[str, object], base: Path) -> tuple[Path, ManifestEntry]:
    """One row as ``(resolved path, entry)``; raises ValueError naming the problem."""
    unknown = sorted(str(k) for k in row if k not in _FIELDS and k is not None)
    if unknown:
        raise ValueError(f"unknown column {unknown[0]!r} (known: {', '.join(_FIELDS)})")
    values: dict[str, str | None] = {}
    for name in _FIELDS:
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name!r} must be a string, got {type(value).__name__}")
        if value is not None and unencodable(value) is not None:
            raise ValueError(f"{name!r} holds a lone surrogate")
        values[name] = value.strip() if value and value.strip() else None
    path = values["path"]
    if path is None:
        raise ValueError("no 'path'")
    published = parse_published(values["published"])
    problem = check_published(published)
    if problem is not None:
        raise ValueError(problem)
    entry = ManifestEntry(published=published, title=values["title"], source=values["source"], url=values["url"])
    return _key(base / path), entry


def _rows(text: str, suffix: str) -> list[tuple[int, object]]:
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        return [(reader.line_num, row) for row in reader]
    rows: list[tuple[int, object]] = []
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                rows.append((n, json.loads(line)))
            except (ValueError, RecursionError) as exc:
                rows.append((n, exc))
    return rows


def load_manifest(path: Path) -> Manifest:
    """The entries of the CSV (``.csv``) or JSON Lines (any other name) manifest at ``path``.

    Never raises for bad input: an unreadable file is one E101 problem, a bad row one E137
    problem naming the line.
    """
    origin = storable(str(path))
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except OSError as exc:
        return Manifest({}, [InputError(f"cannot read manifest: {exc.strerror or exc}", origin=origin, code="E101")])
    except UnicodeDecodeError as exc:
        return Manifest({}, [InputError(f"manifest is not UTF-8 (byte {exc.start})", origin=origin, code="E102")])
    out = Manifest.empty()
    try:
        rows = _rows(text, path.suffix.lower())
    except csv.Error as exc:
        return Manifest({}, [InputError(f"not a CSV manifest: {exc}", origin=origin, code="E137")])
    for n, row in rows:
        try:
            if isinstance(row, Exception):
                raise ValueError(f"not JSON: {row}")
            if not isinstance(row, dict):
                raise ValueError(f"expected an object with {', '.join(_FIELDS)}")
            key, entry = _row_entry(row, path.parent)
        except ValueError as exc:
            out.problems.append(InputError(storable(str(exc)), origin=origin, line=n, code="E137",
                                           hint="manifest rows are path,published,title,source,url"))
            continue
        out.entries.setdefault(key, entry)
    return out
