"""Files, folders and stdin -> articles, by file type.

===========  ===================================================================
``.txt``     the whole file is one article's text (no title, no date)
``.jsonl``   one JSON object per line: ``{"id","title","text","published","source","url"}``
``.json``    a JSON array of such objects, one object, or JSON Lines
``.html``    one web page (trafilatura + htmldate), also ``.htm``
folder       every file above, recursively, in sorted order
``-``        stdin: JSON Lines when the first non-blank line starts with ``{``, else text
``http(s)``  a web page or an RSS/Atom feed (:func:`communique.ingest.web.fetch_url`)
===========  ===================================================================

A file named on the command line with another extension is read as text; inside folders only
the extensions above are read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from communique.errors import InputError
from communique.ingest.clean import Boilerplate, load_boilerplate, normalise_newlines
from communique.ingest.html import decode_html, html_to_article
from communique.ingest.records import make_article, record_to_article
from communique.ingest.web import Fetcher, fetch_url
from communique.model import Article

__all__ = ["EXTENSIONS", "Item", "read_file", "read_json_text", "read_paths", "read_stream"]

Item = Article | InputError
EXTENSIONS = (".txt", ".jsonl", ".json", ".html", ".htm")


def _read_bytes(path: Path) -> bytes | InputError:
    try:
        return path.read_bytes()
    except OSError as exc:
        return InputError(f"cannot read file: {exc.strerror or exc}", origin=str(path), code="E101")


def _decode(raw: bytes, origin: str) -> str | InputError:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"not UTF-8: byte 0x{raw[exc.start]:02x} at position {exc.start}", origin=origin,
                          code="E102", hint="convert the file to UTF-8 (iconv -f latin1 -t utf-8)")
    return text.removeprefix("\ufeff")


def _jsonl(text: str, origin: str, rules: Boilerplate) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"not JSON: {exc.msg} at column {exc.colno}", origin=origin, line=n, code="E103")
            continue
        yield record_to_article(record, boilerplate=rules, origin=origin, line=n)


def read_json_text(text: str, origin: str, rules: Boilerplate) -> Iterator[Item]:
    """Articles of a ``.json`` file: an array of records, one record, or JSON Lines.

    Array elements are numbered from 1 in place of line numbers.
    """
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield InputError(f"not JSON: {exc.msg}", origin=origin, line=exc.lineno, code="E103")
            return
        for n, record in enumerate(records, 1):
            yield record_to_article(record, boilerplate=rules, origin=origin, line=n)
        return
    try:
        record = json.loads(stripped)
    except json.JSONDecodeError:
        yield from _jsonl(text, origin, rules)
        return
    yield record_to_article(record, boilerplate=rules, origin=origin)


def _text(text: str, origin: str, rules: Boilerplate) -> Item:
    return make_article(text, boilerplate=rules, origin=origin)


def read_file(path: Path, rules: Boilerplate | None = None) -> Iterator[Item]:
    """Articles of one file, by its extension (unknown extensions are read as text)."""
    rules = rules or load_boilerplate()
    origin = str(path)
    raw = _read_bytes(path)
    if isinstance(raw, InputError):
        yield raw
        return
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        html = decode_html(raw, origin=origin)
        yield html if isinstance(html, InputError) else html_to_article(html, boilerplate=rules, origin=origin)
        return
    text = _decode(raw, origin)
    if isinstance(text, InputError):
        yield text
    elif suffix == ".jsonl":
        yield from _jsonl(text, origin, rules)
    elif suffix == ".json":
        yield from read_json_text(text, origin, rules)
    else:
        yield _text(text, origin, rules)


def read_stream(stream: TextIO, rules: Boilerplate | None = None, *, origin: str = "<stdin>") -> Iterator[Item]:
    """Articles from a stream: JSON Lines if the first non-blank line starts with ``{``, else one text.

    A stream with a binary ``buffer`` (``sys.stdin``) is decoded as UTF-8 here (E102 if it is not).
    """
    rules = rules or load_boilerplate()
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # decode ourselves: the locale's encoding is not the input's
        decoded = _decode(buffer.read(), origin)
        if isinstance(decoded, InputError):
            yield decoded
            return
        text = normalise_newlines(decoded)
    else:
        text = stream.read()
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):
        yield from _jsonl(text, origin, rules)
    else:
        yield _text(text, origin, rules)


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in EXTENSIONS and not path.name.startswith("."):
            yield path


def read_paths(
    paths: Iterable[str | Path],
    *,
    rules: Boilerplate | None = None,
    stdin: TextIO | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin, http(s) URLs), in order.

    Problems come out as :class:`InputError` items naming the file and line; reading goes on
    with the next record. Nothing is raised for bad input.
    """
    rules = rules or load_boilerplate()
    for entry in paths:
        name = str(entry)
        if name == "-":
            yield from read_stream(stdin or sys.stdin, rules)
        elif "://" in name:  # http(s) is fetched; file://, ftp:// ... are refused there (E130)
            yield from fetch_url(name, fetcher, boilerplate=rules)
        else:
            path = Path(entry)
            if path.is_dir():
                found = False
                for file in _walk(path):
                    found = True
                    yield from read_file(file, rules)
                if not found:
                    yield InputError(f"no {', '.join(EXTENSIONS)} files in this folder", origin=name, code="E101")
            elif not path.exists():
                yield InputError("no such file or folder", origin=name, code="E101")
            else:
                yield from read_file(path, rules)
