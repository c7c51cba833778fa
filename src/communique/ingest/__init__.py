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
E130  a URL (or feed item link, or redirect) that is not http(s)
E131  a host with a private/loopback/reserved address (``--allow-private`` allows it)
E132  a fetched body larger than the size limit
E133  a fetch that passed its deadline
E134  too many redirects
E135  feed items beyond the cap (the first ones are read)
====  =============================================================
"""

from __future__ import annotations

from communique.ingest.clean import Boilerplate, article_id, content_hash, load_boilerplate
from communique.ingest.fetch import FetchPolicy, HttpFetcher
from communique.ingest.files import EXTENSIONS, Item, read_file, read_paths, read_stream
from communique.ingest.html import html_to_article
from communique.ingest.records import make_article, parse_published, record_to_article
from communique.ingest.web import Fetcher, fetch_url

__all__ = [
    "EXTENSIONS",
    "STAGE_NAME",
    "Boilerplate",
    "FetchPolicy",
    "Fetcher",
    "HttpFetcher",
    "Item",
    "article_id",
    "content_hash",
    "fetch_url",
    "html_to_article",
    "load_boilerplate",
    "make_article",
    "parse_published",
    "read_file",
    "read_paths",
    "read_stream",
    "record_to_article",
]

STAGE_NAME = "communique.ingest.v1"
