"""Files, folders and stdin -> articles, by file type.

===========  ===================================================================
``.txt``     the whole file is one article's text (no title, no date)
``.jsonl``   one JSON object per line: ``{"id","title","text","published","source","url"}``;
             lines end at ``\n`` only (U+2028, U+2029, U+0085 inside a record are text)
``.json``    a JSON array of such objects, one object, or JSON Lines
``.html``    one web page (trafilatura + htmldate), also ``.htm``
folder       every file above, recursively, in sorted order
``-``        stdin: JSON Lines when the first non-blank line starts with ``{``, else text
``http(s)``  a web page or an RSS/Atom feed (:func:`communique.ingest.web.fetch_url`)
===========  ===================================================================

A file named on the command line with another extension is read as text; inside folders only
the extensions above are read (never ``manifest.csv`` / ``manifest.jsonl``, see
:mod:`communique.ingest.manifest`).

Each record is read, decoded and validated alone, so one bad record costs only itself: a line
with invalid UTF-8 (E102), JSON that is not JSON (E103), a number of more than 4,300 digits or
nesting too deep for the parser (E134), a record longer than ``Limits.max_record_bytes``
(E131) are rejects naming the file and line, and reading goes on with the next line. JSON Lines
are streamed, so a JSONL file of any size is read in bounded memory; a file read whole (text,
HTML, ``.json``, stdin text) larger than ``Limits.max_file_bytes`` is one reject (E132).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol, TextIO

from communique.errors import InputError
from communique.ingest.clean import Boilerplate, load_boilerplate
from communique.ingest.html import decode_html, html_to_article
from communique.ingest.manifest import MANIFEST_NAMES, Manifest, load_manifest
from communique.ingest.records import make_article, record_to_article, storable
from communique.ingest.web import Fetcher, fetch_url
from communique.model import Article

__all__ = ["EXTENSIONS", "Item", "Limits", "ReadOptions", "read_file", "read_json_text", "read_paths", "read_stream"]

Item = Article | InputError
EXTENSIONS = (".txt", ".jsonl", ".json", ".html", ".htm")

MB = 1024 * 1024


class _Lines(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class Limits:
    """Size limits of local input (settings ``max_record_mb`` and ``max_file_mb``).

    ``max_record_bytes`` bounds one JSON Lines line, one ``.txt`` file and one stdin text;
    ``max_file_bytes`` bounds a file read whole (``.html``, ``.json``).
    """

    max_record_bytes: int = 2 * MB
    max_file_bytes: int = 16 * MB


@dataclass
class ReadOptions:
    """How to read: limits, the sidecar manifest, and the date of articles without one."""

    limits: Limits = field(default_factory=Limits)
    manifest: Manifest = field(default_factory=Manifest.empty)
    published: dt.date | None = None
    _seen_dirs: set[Path] = field(default_factory=set)

    def load_manifests(self, folder: Path, *, recursive: bool) -> list[InputError]:
        """Load the ``manifest.csv`` / ``manifest.jsonl`` of ``folder`` (and of its subfolders
        when ``recursive``) not loaded yet; returns their problems."""
        problems: list[InputError] = []
        candidates = ([p for name in MANIFEST_NAMES for p in folder.rglob(name)] if recursive
                      else [folder / name for name in MANIFEST_NAMES])
        for path in sorted(candidates):
            if path.is_file() and path.parent not in self._seen_dirs:
                loaded = load_manifest(path)
                problems += loaded.problems
                self.manifest.add(Manifest(loaded.entries, []))
        self._seen_dirs.update(p.parent for p in candidates)
        return problems


def _too_big(size: int, limit: int, origin: str, *, setting: str, code: str, line: int | None = None) -> InputError:
    return InputError(f"{size:,} bytes is more than the limit of {limit:,}", origin=origin, line=line, code=code,
                      hint=f"split the input, or raise the setting {setting} (COMMUNIQUE_{setting.upper()})")


def _read_bytes(path: Path, limit: int, *, setting: str, code: str) -> bytes | InputError:
    origin = storable(str(path))
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
            if len(raw) > limit:
                size = path.stat().st_size
                return _too_big(max(size, len(raw)), limit, origin, setting=setting, code=code)
    except OSError as exc:
        return InputError(f"cannot read file: {exc.strerror or exc}", origin=origin, code="E101")
    return raw


def _decode(raw: bytes, origin: str, line: int | None = None) -> str | InputError:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"not UTF-8: byte 0x{raw[exc.start]:02x} at position {exc.start}", origin=origin,
                          line=line, code="E102", hint="convert the input to UTF-8 (iconv -f latin1 -t utf-8)")
    return text.removeprefix("\ufeff") if line in (None, 1) else text


def _lines(stream: _Lines, limit: int) -> Iterator[tuple[int, bytes | int]]:
    """``(number, line without its \\n)`` of each line; ``(number, length)`` for a line longer than
    ``limit`` bytes, which is skipped without being held in memory."""
    n = 0
    while chunk := stream.readline(limit + 1):
        n += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            size = len(chunk)
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(MB)
                size += len(chunk)
            yield n, size - chunk.endswith(b"\n")
            continue
        yield n, chunk.removesuffix(b"\n").removesuffix(b"\r")


def _loads(text: str, origin: str, line: int | None) -> object | InputError:
    """``json.loads``, with every way it fails as a reject (never an exception)."""
    try:
        value: object = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(f"not JSON: {exc.msg} at column {exc.colno}", origin=origin, line=line if line is not None
                          else exc.lineno, code="E103")
    except RecursionError:
        return InputError("JSON nested too deeply to read", origin=origin, line=line, code="E134",
                          hint="records are flat objects; nesting of ~1,000 levels is refused")
    except ValueError as exc:  # int_max_str_digits: a number of more than 4,300 digits
        reason = "a number of more than 4,300 digits" if "digits" in str(exc) else f"JSON out of range: {exc}"
        return InputError(storable(reason[:200]), origin=origin, line=line, code="E134",
                          hint="numbers of more than 4,300 digits are refused")
    return value


def _jsonl_stream(stream: _Lines, origin: str, rules: Boilerplate, opts: ReadOptions) -> Iterator[Item]:
    limit = opts.limits.max_record_bytes
    for n, raw in _lines(stream, limit):
        if isinstance(raw, int):
            yield _too_big(raw, limit, origin, setting="max_record_mb", code="E131", line=n)
            continue
        text = _decode(raw, origin, n)
        if isinstance(text, InputError):
            yield text
            continue
        if not text.strip():
            continue
        record = _loads(text, origin, n)
        yield record if isinstance(record, InputError) else record_to_article(
            record, boilerplate=rules, origin=origin, line=n, default_published=opts.published)


def _jsonl(text: str, origin: str, rules: Boilerplate, opts: ReadOptions | None = None) -> Iterator[Item]:
    raw = text.encode("utf-8", "surrogatepass")
    yield from _jsonl_stream(io.BytesIO(raw), origin, rules, opts or ReadOptions())


def read_json_text(text: str, origin: str, rules: Boilerplate, opts: ReadOptions | None = None) -> Iterator[Item]:
    """Articles of a ``.json`` file: an array of records, one record, or JSON Lines.

    Array elements are numbered from 1 in place of line numbers.
    """
    opts = opts or ReadOptions()
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = _loads(stripped, origin, None)
        if isinstance(records, InputError):
            yield records
        elif not isinstance(records, list):  # pragma: no cover - a '[' document is a list
            yield InputError("expected a JSON array", origin=origin, code="E104")
        else:
            for n, record in enumerate(records, 1):
                yield record_to_article(record, boilerplate=rules, origin=origin, line=n,
                                        default_published=opts.published)
        return
    record = _loads(stripped, origin, None)
    if isinstance(record, InputError):
        yield from _jsonl(text, origin, rules, opts)
        return
    yield record_to_article(record, boilerplate=rules, origin=origin, default_published=opts.published)


def _plain(path: Path, raw: bytes, rules: Boilerplate, opts: ReadOptions) -> Item:
    """A one-article file (text or HTML), with what a manifest says of it."""
    origin = storable(str(path))
    entry = opts.manifest.get(path)
    if path.suffix.lower() in (".html", ".htm"):
        html = decode_html(raw, origin=origin)
        if isinstance(html, InputError):
            return html
        page = html_to_article(html, boilerplate=rules, origin=origin, url=entry.url if entry else None,
                               published=opts.published)
        if entry is None or isinstance(page, InputError):
            return page
        given = {"published": entry.published, "title": entry.title, "source": entry.source, "url": entry.url}
        return page.model_copy(update={k: v for k, v in given.items() if v is not None})
    text = _decode(raw, origin)
    if isinstance(text, InputError):
        return text
    if entry is None:
        return make_article(text, boilerplate=rules, origin=origin, published=opts.published)
    return make_article(text, boilerplate=rules, origin=origin, published=entry.published or opts.published,
                        title=entry.title, source=entry.source, url=entry.url)


def read_file(path: Path, rules: Boilerplate | None = None, opts: ReadOptions | None = None) -> Iterator[Item]:
    """Articles of one file, by its extension (unknown extensions are read as text)."""
    rules = rules or load_boilerplate()
    opts = opts or ReadOptions()
    origin = storable(str(path))
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        try:
            with path.open("rb") as handle:
                yield from _jsonl_stream(handle, origin, rules, opts)
        except OSError as exc:
            yield InputError(f"cannot read file: {exc.strerror or exc}", origin=origin, code="E101")
        return
    if suffix in (".json", ".html", ".htm"):
        raw = _read_bytes(path, opts.limits.max_file_bytes, setting="max_file_mb", code="E132")
    else:
        raw = _read_bytes(path, opts.limits.max_record_bytes, setting="max_record_mb", code="E131")
    if isinstance(raw, InputError):
        yield raw
    elif suffix == ".json":
        text = _decode(raw, origin)
        if isinstance(text, InputError):
            yield from (_jsonl_stream(io.BytesIO(raw), origin, rules, opts) if not raw.lstrip().startswith(b"[")
                        else [text])
        else:
            yield from read_json_text(text, origin, rules, opts)
    else:
        yield _plain(path, raw, rules, opts)


def _binary(stream: TextIO | BinaryIO) -> BinaryIO:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # decode ourselves: the locale's encoding is not the input's
        return buffer  # type: ignore[no-any-return]
    data = stream.read()
    return io.BytesIO(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))


def read_stream(stream: TextIO, rules: Boilerplate | None = None, *, origin: str = "<stdin>",
                opts: ReadOptions | None = None) -> Iterator[Item]:
    """Articles from a stream: JSON Lines if the first non-blank line starts with ``{``, else one text.

    The stream is read as bytes (its ``buffer``, for ``sys.stdin``) and decoded as UTF-8 here,
    line by line for JSON Lines (E102 names the line).
    """
    rules = rules or load_boilerplate()
    opts = opts or ReadOptions()
    binary = _binary(stream)
    limit = opts.limits.max_record_bytes
    head = b""
    while (chunk := binary.readline(limit + 1)) and not chunk.strip():
        head += chunk
    if chunk.lstrip().startswith(b"{"):
        yield from _jsonl_stream(_Chain(head + chunk, binary), origin, rules, opts)
        return
    raw = head + chunk + binary.read(max(0, limit + 1 - len(head) - len(chunk)))
    if len(raw) > limit:
        yield _too_big(len(raw), limit, origin, setting="max_record_mb", code="E131")
        return
    text = _decode(raw, origin)
    yield text if isinstance(text, InputError) else make_article(text, boilerplate=rules, origin=origin,
                                                                 published=opts.published)


class _Chain:
    """Bytes already read, then the rest of a stream, read line by line."""

    def __init__(self, first: bytes, rest: _Lines) -> None:
        self._first = io.BytesIO(first)
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        """The next line, of at most ``size`` bytes."""
        line = self._first.readline(size)
        if line.endswith(b"\n") or 0 <= size <= len(line):
            return line
        return line + self._rest.readline(-1 if size < 0 else size - len(line))


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if (path.is_file() and path.suffix.lower() in EXTENSIONS and not path.name.startswith(".")
                and path.name.lower() not in MANIFEST_NAMES):
            yield path


def _read_entry(name: str, rules: Boilerplate, opts: ReadOptions, stdin: TextIO | None,
                fetcher: Fetcher | None) -> Iterator[Item]:
    if name == "-":
        yield from read_stream(stdin or sys.stdin, rules, opts=opts)
        return
    if "://" in name:  # http(s) is fetched; file://, ftp:// ... are refused there (E140)
        yield from fetch_url(name, fetcher, boilerplate=rules)
        return
    if not name.strip():
        yield InputError("an empty path names no file", origin=repr(name), code="E101",
                         hint="give a file, a folder (. for the working directory), a URL or -")
        return
    path = Path(name)
    origin = storable(name)
    if path.is_dir():
        yield from opts.load_manifests(path, recursive=True)
        found = False
        for file in _walk(path):
            found = True
            yield from read_file(file, rules, opts)
        if not found:
            yield InputError(f"no {', '.join(EXTENSIONS)} files in this folder", origin=origin, code="E101")
    elif not path.exists():
        yield InputError("no such file or folder", origin=origin, code="E101")
    else:
        yield from opts.load_manifests(path.parent, recursive=False)
        yield from read_file(path, rules, opts)


def read_paths(
    paths: Iterable[str | Path],
    *,
    rules: Boilerplate | None = None,
    stdin: TextIO | None = None,
    fetcher: Fetcher | None = None,
    limits: Limits | None = None,
    manifest: Path | None = None,
    published: dt.date | None = None,
) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin, http(s) URLs), in order.

    Problems come out as :class:`InputError` items naming the file and line; reading goes on
    with the next record. Nothing is raised for bad input. ``manifest`` is a sidecar manifest
    (:mod:`communique.ingest.manifest`) for plain files, on top of the ``manifest.csv`` /
    ``manifest.jsonl`` found in the folders read; ``published`` is the date of every article
    that has none of its own.
    """
    rules = rules or load_boilerplate()
    opts = ReadOptions(limits=limits or Limits(), published=published)
    if manifest is not None:
        loaded = load_manifest(manifest)
        opts.manifest.add(loaded)
        yield from loaded.problems
    for entry in paths:
        name = entry if isinstance(entry, str) else str(entry)
        yield from _read_entry(name, rules, opts, stdin, fetcher)
