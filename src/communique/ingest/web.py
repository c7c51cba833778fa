"""URLs and RSS/Atom feeds -> articles, through an injectable fetcher.

A fetcher is any ``(url) -> bytes`` function; the default is :class:`~communique.ingest.fetch.HttpFetcher`,
which applies the :class:`~communique.ingest.fetch.FetchPolicy` (http(s) only at every hop, no
private addresses unless allowed, a body-size limit, one deadline per fetch, a redirect limit).
Tests pass a fake one, so no test needs the network (the pattern of httpx's ``MockTransport``)::

    pages = {"https://example.org/a": b"<html>...</html>"}
    list(fetch_url("https://example.org/a", fetcher=pages.__getitem__))

A page becomes one article. A feed becomes one article per item (at most ``policy.max_items``):
each item's link is checked (http(s) only, whatever the fetcher) and fetched, and the item's
``pubDate`` (or Atom ``published``) is the date when the page has none. A refused or failed item
is one reject; the other items are still read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from urllib.parse import urljoin

from communique.errors import InputError
from communique.ingest.clean import Boilerplate, load_boilerplate
from communique.ingest.fetch import FetchPolicy, HttpFetcher, check_url
from communique.ingest.html import decode_html, html_to_article
from communique.ingest.records import parse_published
from communique.model import Article

__all__ = ["Fetcher", "fetch_url"]

Fetcher = Callable[[str], bytes]

_ATOM = "{http://www.w3.org/2005/Atom}"


def _fetch(url: str, fetcher: Fetcher) -> bytes | InputError:
    refused = check_url(url)
    if refused is not None:
        return refused
    try:
        return fetcher(url)
    except InputError as exc:  # refused by the fetch policy: already says what and how to allow it
        return exc
    except Exception as exc:  # any fetcher failure is this URL's problem, reported, never swallowed
        return InputError(f"cannot fetch: {exc}", origin=url, code="E109")


def _is_feed(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _feed_items(raw: bytes, origin: str) -> list[tuple[str, dt.date | None]] | InputError:
    """``(link, published)`` of each item of an RSS 2.0, RSS 1.0 or Atom feed."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        return InputError(f"not a well-formed feed: {exc}", origin=origin, code="E110")
    items: list[tuple[str, dt.date | None]] = []
    for item in root.iter():
        tag = item.tag.rsplit("}", 1)[-1]
        if tag == "item":
            link = next((c.text for c in item if c.tag.rsplit("}", 1)[-1] == "link" and c.text), None)
            date_text = next((c.text for c in item if c.tag.rsplit("}", 1)[-1] in ("pubDate", "date") and c.text),
                             None)
            if link:
                items.append((link.strip(), _feed_date(date_text)))
        elif item.tag == f"{_ATOM}entry":
            link_el = item.find(f"{_ATOM}link[@href]")
            date_el = item.find(f"{_ATOM}published")
            if date_el is None:
                date_el = item.find(f"{_ATOM}updated")
            if link_el is not None:
                items.append((link_el.attrib["href"], _feed_date(date_el.text if date_el is not None else None)))
    return items


def _feed_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return email.utils.parsedate_to_datetime(text.strip()).date()
    except (TypeError, ValueError):
        pass
    try:
        return parse_published(text.strip())
    except ValueError:
        return None


def _page(url: str, raw: bytes, boilerplate: Boilerplate, published: dt.date | None) -> Article | InputError:
    html = decode_html(raw, origin=url)
    if isinstance(html, InputError):
        return html
    return html_to_article(html, boilerplate=boilerplate, origin=url, url=url, published=published)


def fetch_url(
    url: str, fetcher: Fetcher | None = None, *, boilerplate: Boilerplate | None = None,
    policy: FetchPolicy | None = None,
) -> Iterator[Article | InputError]:
    """Articles from one web page or every item of one RSS/Atom feed.

    Yields an :class:`InputError` for a URL that is refused (E140-E144, see
    :mod:`communique.ingest.fetch`) or cannot be fetched (E109), a broken feed (E110), the items
    beyond ``policy.max_items`` (one E145) or a page without main text (E108); the other items are
    still read. ``fetcher`` defaults to an :class:`HttpFetcher` with ``policy`` (which defaults to
    the fetcher's own when it is an :class:`HttpFetcher`).
    """
    rules = boilerplate or load_boilerplate()
    if policy is None:
        policy = fetcher.policy if isinstance(fetcher, HttpFetcher) else FetchPolicy()
    fetch = fetcher or HttpFetcher(policy)
    raw = _fetch(url, fetch)
    if isinstance(raw, InputError):
        yield raw
        return
    if not _is_feed(raw):
        yield _page(url, raw, rules, None)
        return
    items = _feed_items(raw, url)
    if isinstance(items, InputError):
        yield items
        return
    for relative, published in items[:policy.max_items]:
        link = urljoin(url, relative)
        page = _fetch(link, fetch)
        yield page if isinstance(page, InputError) else _page(link, page, rules, published)
    if len(items) > policy.max_items:
        yield InputError(f"the feed lists {len(items)} items; only the first {policy.max_items} were read",
                         origin=url, code="E145", hint="raise COMMUNIQUE_FEED_MAX_ITEMS to read more")
