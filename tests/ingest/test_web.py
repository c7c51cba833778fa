"""URL and feed ingest through a fake fetcher (no network)."""

from __future__ import annotations

import datetime as dt

from communique.errors import InputError
from communique.ingest import fetch_url, read_paths
from communique.model import Article

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body} The talks lasted most of the afternoon and ended with a short joint statement
read out to reporters waiting outside the ministry building in the capital.</p>
<p>Both delegations said they would meet again before the end of the year to review progress
on the trade agreement signed last spring.</p></article></body></html>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example feed</title>
<item><title>One</title><link>https://news.example/one</link><pubDate>Tue, 02 Mar 2021 08:00:00 GMT</pubDate></item>
<item><title>Two</title><link>https://news.example/two</link></item>
<item><title>Gone</title><link>https://news.example/gone</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>One</title><link href="https://news.example/one"/><published>2021-03-05T10:00:00Z</published></entry>
</feed>"""


def page(title: str, body: str) -> bytes:
    return PAGE.format(title=title, body=body).encode()


SITE = {
    "https://news.example/one": page("Ministers meet", "The ministers met in the capital on Monday."),
    "https://news.example/two": page("Envoys talk", "Two envoys spoke by phone on Tuesday."),
    "https://news.example/rss": RSS,
    "https://news.example/atom": ATOM,
}


def fetcher(url: str) -> bytes:
    if url not in SITE:
        raise OSError(f"404 for {url}")
    return SITE[url]


def test_web_page_is_one_article() -> None:
    [article] = list(fetch_url("https://news.example/one", fetcher=fetcher))
    assert isinstance(article, Article)
    assert "met in the capital" in article.text
    assert article.url == "https://news.example/one" and article.title == "Ministers meet"


def test_web_rss_items_fetched_with_feed_dates() -> None:
    items = list(fetch_url("https://news.example/rss", fetcher=fetcher))
    one, two, gone = items
    assert isinstance(one, Article) and one.published == dt.date(2021, 3, 2)
    assert isinstance(two, Article) and two.published is None
    assert isinstance(gone, InputError) and gone.code == "E109" and "news.example/gone" in str(gone)


def test_web_atom_entries() -> None:
    [one] = list(fetch_url("https://news.example/atom", fetcher=fetcher))
    assert isinstance(one, Article) and one.published == dt.date(2021, 3, 5)


def test_web_unreachable_and_broken_feed() -> None:
    [error] = list(fetch_url("https://news.example/missing", fetcher=fetcher))
    assert isinstance(error, InputError) and error.code == "E109"
    broken = {"https://x.example/feed": b"<rss><channel><item>"}
    [error] = list(fetch_url("https://x.example/feed", fetcher=broken.__getitem__))
    assert isinstance(error, InputError) and error.code == "E110"


def test_web_read_paths_passes_urls_to_fetcher() -> None:
    items = list(read_paths(["https://news.example/two"], fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["Article"]
