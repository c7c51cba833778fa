"""Ingest: text, JSON Lines, HTML, folders, stdin, URLs and feeds -> :class:`Article`.

::

    >>> items = list(read_paths(["news/", "extra.jsonl"]))
    >>> articles = [i for i in items if isinstance(i, Article)]
    >>> rejects = [i for i in items if isinstance(i, InputError)]

Readers *yield* problems as :class:`InputError` values (never raise them), so one bad line never
stops a batch; the caller counts them and keeps them in the store's ``rejects`` table.

Error codes:

====  =============================================================
E101  file or folder missing or unreadable
E102  not UTF-8 (and, for HTML, no usable declared charset)
E103  a line (or ``.json`` file) that is not JSON
E104  a record that is not an object or has no string ``"text"``
E105  empty text (after boilerplate removal)
E106  ``published`` is not an ISO date or datetime
E107  a field of the wrong type (``"title": 3.5``)
E108  an HTML page without main text
E109  a URL that cannot be fetched
E110  a feed that is not well-formed XML
E131  a record (JSONL line, ``.txt`` file, stdin text) over ``max_record_mb``
E132  a file read whole (``.html``, ``.json``) over ``max_file_mb``
E133  an id given twice in one ingest with different texts (a warning: the later one is stored as ``ID~HASH``)
E134  JSON the parser refuses: a number of > 4,300 digits, nesting too deep
E135  a lone surrogate (``"\\ud800"``) in a field: not valid Unicode
E136  ``published`` outside 1800-01-01 .. today + 2 days
E137  a bad row in a manifest (:mod:`communique.ingest.manifest`)
E140  a URL (or feed item link, or redirect) that is not http(s)
E141  a host with a private/loopback/reserved address (``--allow-private`` allows it)
E142  a fetched body larger than the size limit
E143  a fetch that passed its deadline
E144  too many redirects
E145  feed items beyond the cap (the first ones are read)
====  =============================================================

Publication dates: a JSON record's own ``published``, else ``published=`` (``--published``); a
plain file's (``.txt``, ``.html``) manifest entry, else (HTML) the page's own date, else
``published=``. Accepted dates lie between 1800-01-01 and today (UTC) plus two days.
"""

from __future__ import annotations

from communique.ingest.clean import Boilerplate, article_id, content_hash, load_boilerplate
from communique.ingest.fetch import FetchPolicy, HttpFetcher
from communique.ingest.files import EXTENSIONS, MB, Item, Limits, ReadOptions, read_file, read_paths, read_stream
from communique.ingest.html import html_to_article
from communique.ingest.manifest import MANIFEST_NAMES, Manifest, ManifestEntry, load_manifest
from communique.ingest.records import (
    EARLIEST_PUBLISHED,
    check_published,
    make_article,
    parse_published,
    record_to_article,
)
from communique.ingest.web import Fetcher, fetch_url

__all__ = [
    "EARLIEST_PUBLISHED",
    "EXTENSIONS",
    "MANIFEST_NAMES",
    "MB",
    "STAGE_NAME",
    "Boilerplate",
    "FetchPolicy",
    "Fetcher",
    "HttpFetcher",
    "Item",
    "Limits",
    "Manifest",
    "ManifestEntry",
    "ReadOptions",
    "article_id",
    "check_published",
    "content_hash",
    "fetch_url",
    "html_to_article",
    "load_boilerplate",
    "load_manifest",
    "make_article",
    "parse_published",
    "read_file",
    "read_paths",
    "read_stream",
    "record_to_article",
]

STAGE_NAME = "communique.ingest.v1"
